"""Names read from the titles written with a person's name: the body before the title, the party after the name, the
place before its official's title."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Doc, Span, Token

from ..gazetteer import Gazetteer, normalize
from ..knowledge import Knowledge, normalize_name
from . import text_of
from .entity_matchers import Candidate, Matchers, _people, _taken
from .entity_places import _large_place


def _bodies_before_titles(doc: Doc, accepted: list[Candidate], matchers: Matchers, gazetteer: Gazetteer,
                          knowledge: Knowledge) -> list[Candidate]:
    """A body's name the statistical model left out before a title that opens a person's name or stands in apposition
    to it: "Labour MP Diane Abbott", "M23 spokesman Lawrence Kanyuka", "the ELN's top commander, Antonio Garcia"
    (docs/annotation.md, *Relations*: titles written with a name state the tie; the relation stage reads it). The
    proper nouns, capitalized, compounded into the title or its possessor right before the person's mention; not a
    large place the gazetteer knows, a state's name or demonym, a portfolio before an office's title ("Environment
    Minister"; but "Labour MP"), a group's common noun alone ("Rebel spokesman"), a title or a rank ("Attorney
    General", "Major General") unless the name ends in a body's word ("Foreign Office Minister X"), a participle or
    a qualifier alone ("Retired Colonel X", "Acting Director Y"), the end of a longer name ("Save the Children
    director Z")."""
    out: list[Candidate] = []
    taken = bytearray(len(text_of(doc)) + 1)
    for c in accepted:
        # ("Republican Sen. X": a word the model named NORP is a party's name where the knowledge base knows the
        # party by it, not a people's: "Chechen leader Y")
        if not (_loose_norp(c) and knowledge.find(f"{text_of(doc)[c.start:c.end]} Party")):
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    # where a province's or a town's name the document tags ends: "Alberta NDP Leader X", "Ontario Liberal leader
    # Y" name a province's branch of a party after the place (not a state's: "U.S. Army Gen. Z")
    province_ends = set()
    for c in accepted:
        if c.type == "GPE" and (place := gazetteer.resolve(text_of(doc)[c.start:c.end], loose=False)) is not None \
                and place.level in ("admin1", "city"):
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is not None:
                province_ends.add(span[-1].idx)
    ends = []  # where a title that tells of a person ends (the index after it)
    for span in _people(doc, accepted):
        # "M23 spokesman Maj. Willy Ngoma" (but "Republican Sen. X": a legislator's title itself)
        i = _before_abbreviated_titles(doc, span.start, matchers, matchers.party_titles)
        if i > 0 and doc[i - 1].text == ",":
            i -= 1  # "The ELN's top commander, Antonio Garcia"
        ends.append(i)
        # "Antonio Garcia, the ELN's top commander,": a title in apposition after the name
        ends += [c.i + 1 for c in span.root.children if c.dep_ == "appos" and c.i >= span.end and c.pos_ == "NOUN"]
    for i in ends:
        title = _title_ending(doc, i, matchers.body_titles)
        # ("Crown prosecutor X": a job's title, after which a word is no party's name; but an acronym before it
        # is a body's: "ELN negotiator X", "OPP Commissioner Y")
        if title is None:
            continue
        # (a title that heads one kind of body only is read before a name of that kind: heads_only)
        party = title in matchers.party_titles or title.split()[-1] in matchers.party_titles \
            or _acronym_before(doc, i - len(title.split()), matchers)
        if not party and title not in matchers.kind_heads:
            continue
        heads_only = None if party else matchers.kind_heads[title]
        i -= len(title.split())
        while i > 0 and doc[i - 1].lower_ in matchers.title_qualifiers and doc[i - 1].is_lower:
            i -= 1  # "Hamas political chief X" (a capitalized qualifier may be the name itself)
        if i > 0 and doc[i - 1].tag_ == "POS":
            i -= 1  # "the ELN's top commander"
        end = i
        # (a name the tagger took for an adjective or a common noun is still compounded, "Conservative/JJ MP", "PC/NN
        # MLA"; "Democratic" qualifies)
        while i > 0 and (doc[i - 1].pos_ == "PROPN" and doc[i - 1].dep_ in ("compound", "nmod", "amod", "poss")
                         or doc[i - 1].dep_ == "compound" and (doc[i - 1].pos_ == "ADJ" or doc[i - 1].is_upper)
                         or i == end and _party_word(doc[i - 1], title, matchers, knowledge)) \
                and not doc[i - 1].is_lower and doc[i - 1].head.i >= i and doc[i - 1].text[:1].isalnum() \
                and not (i < end and doc[i - 1].idx in province_ends):
            i -= 1
        if i == end:
            continue
        # (a longer name read only in part: "Save the Children director X")
        if i >= 2 and doc[i - 1].is_lower and doc[i - 1].pos_ in ("DET", "ADP", "CCONJ") and doc[i - 2].is_title \
                and doc[i - 2].pos_ not in ("DET", "ADP", "CCONJ", "ADV", "PRON"):
            continue
        words = doc[i:end]
        name = words.text
        if heads_only is not None and words[-1].lower_ not in heads_only:
            continue  # ("Toronto Police Superintendent X": a rank; "Granite School District Superintendent Y" a head)
        # (a title's word may open a name that ends in a body's word: "Foreign Office Minister X")
        body = words[-1].lower_ in matchers.org_words
        # ("Box Elder School District Superintendent X": a name the model read only in part before a head's title of
        # one kind of body is the whole name; the caller drops the part)
        inside = heads_only is not None and all(
            words.start_char <= c.start and c.end <= words.end_char for c in accepted
            if c.start < words.end_char and words.start_char < c.end)
        if any(taken[words.start_char:words.end_char]) and not inside \
                or any((w.text in matchers.titles or w.lower_ in matchers.title_words) and not body for w in words) \
                or len(words) == 1 and (words[0].lower_ in matchers.not_bodies | matchers.title_qualifiers
                                        or words[0].lower_.endswith(("ed", "ing"))) \
                or name.lower() in matchers.portfolios and title.split()[-1] in matchers.portfolio_titles \
                or normalize_name(name) in matchers.demonyms or knowledge.find(name) or _large_place(name, gazetteer):
            continue
        # ("Republican Sen. X": the party the knowledge base knows by the adjective's "... Party")
        party = knowledge.find(f"{name} Party") if len(words) == 1 and words[0].ent_type_ == "NORP" else None
        out.append(Candidate(words.start_char, words.end_char, "ORG", party, "ner"))
    return out


def _before_abbreviated_titles(doc: Doc, i: int, matchers: Matchers, keep: Collection[str] = ()) -> int:
    """The index before the abbreviated titles ("Maj.", "Dr.") that stand right before token ``i``, except those
    in ``keep``."""
    while i > 0 and doc[i - 1].text in matchers.titles and doc[i - 1].text.endswith(".") \
            and doc[i - 1].lower_ not in keep:
        i -= 1
    return i


def _title_ending(doc: Doc, i: int, titles: Iterable[str]) -> str | None:
    """The first of ``titles`` (lower-case words) that the tokens right before index ``i`` spell."""
    return next((t for t in titles if i >= len(t.split())
                 and " ".join(w.lower_ for w in doc[i - len(t.split()):i]) == t), None)


def _acronym_before(doc: Doc, i: int, matchers: Matchers) -> bool:
    """Whether an acronym in capitals (two to six letters) stands right before the title at ``i`` written in lower
    case, or before its lower-case qualifiers and a possessive: "ELN negotiator", "the ELN's chief negotiator"."""
    if i <= 0 or i >= len(doc) or not doc[i].is_lower:
        return False
    while i > 0 and doc[i - 1].lower_ in matchers.title_qualifiers and doc[i - 1].is_lower:
        i -= 1
    if i > 0 and doc[i - 1].tag_ == "POS":
        i -= 1
    t = doc[i - 1] if i > 0 else None
    return t is not None and t.is_upper and t.is_alpha and 2 <= len(t.text) <= 6


def _parties_after_names(doc: Doc, accepted: list[Candidate], matchers: Matchers,
                         knowledge: Knowledge) -> list[Candidate]:
    """A party named right after a person's name: a word the model named NORP in apposition to the name, which the
    knowledge base knows as "<word> Party" ("X, a Florida Republican", "Y, a Democrat from Ohio"), and the party's
    letter of US news before a state's abbreviation ("Sen. X, R-Ariz.", "Rep. Y (D-Calif.)"; names.yaml
    ``party_letters``). The body's mention, linked to the party; the relation stage reads the tie."""
    out: list[Candidate] = []
    people = {doc.char_span(c.start, c.end, alignment_mode="expand").root.i for c in accepted
              if c.type == "PERSON" and doc.char_span(c.start, c.end, alignment_mode="expand") is not None}
    for c in accepted:
        if not _loose_norp(c):
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        party = knowledge.find(f"{span.text} Party") if span is not None and len(span) == 1 else None
        if party and span.root.dep_ == "appos" and span.root.head.i in people:
            out.append(Candidate(c.start, c.end, "ORG", party, "ner"))
    text = text_of(doc)
    for match in matchers.party_letter.finditer(text) if matchers.party_letter else ():
        party = knowledge.find(matchers.party_letters[match.group("letter")])
        if party and any(c.type == "PERSON" and 0 <= match.start() - c.end <= 3 for c in accepted):
            out.append(Candidate(match.start("letter"), match.end("letter"), "ORG", party, "ner"))
    return out


def _loose_norp(c: Candidate) -> bool:
    """A NORP the model named that no known actor's name or demonym holds ("Republican", "Democratic")."""
    return c.type == "NORP" and c.actor is None


def _party_word(token: Token, title: str, matchers: Matchers, knowledge: Knowledge) -> bool:
    """A capitalized adjective or common noun right before a legislator's title is a party's name, which the tagger
    took for an adjective or a noun: "Conservative/JJ leader X", "Labour/NN MP X" (relations.yaml
    ``legislator_titles``); not the first word of a sentence (capitalized as any word there), nor a faith's word
    (collectives.yaml ``modifier_words``: "Sunni lawmaker X"). A word the model named as a people or a party (NORP)
    is a party's only where the knowledge base knows "<word> Party" ("Republican Sen. X"; not "Chechen leader Y")."""
    if title not in matchers.legislator_titles or token.dep_ not in ("amod", "compound") \
            or token.pos_ not in ("ADJ", "NOUN") or not token.is_title:
        return False
    if token.ent_type_ == "NORP":
        return knowledge.find(f"{token.text} Party") is not None
    return not token.is_sent_start and token.lower_ not in matchers.faiths


def _lone_name(token: Token, end: int) -> bool:
    """A word of a person's entity the tagger took for a name that ends by ``end``, before a government's title ("Nova"
    of "Nova Scotia Premier X", "Zamfara State" of "Zamfara State Governor Y"): part of a place's name where the
    words with it are one the gazetteer knows (``_untagged_office_places``)."""
    doc = token.doc
    if token.ent_type_ != "PERSON":
        return False
    i = token.i
    while i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
        i += 1
    return i < end


_DIVISION_WORDS = {"state", "province", "region", "oblast", "governorate", "county", "district", "prefecture"}


def _untagged_place_after(doc: Doc, i: int, taken: bytearray, gazetteer: Gazetteer) -> Candidate | None:
    """The place after an official's titled name, "of" and one to three capitalized words the statistical model
    tagged as nothing ("Governor Babagana Zulum of Borno State"): a first-level division or a town the gazetteer
    knows under that name, or under it less a division's word ("State", "Province", "Region")."""
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    j = i + 1 + (doc[i + 1].lower_ == "the")
    k = j
    while k < len(doc) and k - j < 3 and doc[k].is_title and doc[k].is_alpha and doc[k].ent_iob_ == "O" \
            and not taken[doc[k].idx]:
        k += 1
    if k == j or k < len(doc) and doc[k].is_title and doc[k].is_alpha:
        return None
    if _known_division(doc[j:k], gazetteer):
        return Candidate(doc[j].idx, doc[k - 1].idx + len(doc[k - 1].text), "GPE", None, "place")
    return None


def _untagged_office_places(doc: Doc, accepted: list[Candidate], matchers: Matchers,
                           gazetteer: Gazetteer) -> list[Candidate]:
    """A place's name the statistical model tagged as nothing, written as the title of its own government's official
    right before the official's name: "Ontario Premier Kathleen Wynne", "Kano Governor Abba Yusuf" (the model tags
    "Calgary MLA X" or "South Carolina Governor Y" as a place, not always). The proper nouns, capitalized and
    untagged, right before a title of relations.yaml ``place_offices`` (and its ``before`` words: "Kharkiv regional
    governor X") that the person's mention follows; a first-level division or a town the gazetteer knows under that
    very name (docs/annotation.md, *Relations*: the head of a government leads it; the actors stage makes the place its
    government's actor)."""
    titles = matchers.place_office_titles
    if not titles:
        return []
    taken = _taken(text_of(doc), accepted)
    found = []
    for span in _people(doc, accepted):
        i = _before_abbreviated_titles(doc, span.start, matchers)  # "Kano Governor Dr. X"
        title = _title_ending(doc, i, titles)
        if title is None:
            continue
        after = _untagged_place_after(doc, span.end, taken, gazetteer)
        if after is not None:
            found.append(after)  # "Governor Babagana Zulum of Borno State"
        end = titled = i - len(title.split())
        while end > 0 and doc[end - 1].lower_ in matchers.place_office_before:
            end -= 1  # "Kharkiv regional governor X", "Lagos State Governor Y"
        start = end
        while start > 0 and end - start < 3 and doc[start - 1].is_title and not doc[start - 1].is_stop \
                and doc[start - 1].is_alpha and (doc[start - 1].tag_ in ("NNP", "JJ") or doc[start - 1].is_sent_start) \
                and (doc[start - 1].ent_iob_ == "O" and not any(taken[doc[start - 1].idx:doc[start - 1].idx + 1])
                     or _lone_name(doc[start - 1], titled)):
            start -= 1
        if start == end or start > 0 and doc[start - 1].is_title and doc[start - 1].tag_ == "NNP":
            continue  # (a word of a longer name: "New Ontario Premier X" is no place's)
        if _known_division(doc[start:end], gazetteer):
            found.append(Candidate(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), "GPE", None, "place"))
    return found


def _known_division(words: Span, gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer knows these words as a first-level division or a town under that very name, or under it
    less a division's word after it ("Zamfara State", "Borno State")."""
    for span in (words, words[:-1]) if len(words) > 1 and words[-1].lower_ in _DIVISION_WORDS else (words,):
        place = gazetteer.resolve(span.text, loose=False)
        if place is not None and normalize(place.name) == normalize(span.text) and place.level in (
                "admin1", "city") and not gazetteer.is_common_word(span.text):
            return True
    return False
