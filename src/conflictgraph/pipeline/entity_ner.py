"""Read the statistical model's entities as candidate mentions: joined across wraps and titles, cut to the name,
headlines discounted."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..core.dates import MONTH
from ..gazetteer import Gazetteer, normalize
from . import text_of
from .entity_matchers import NER_LABELS, Candidate, Matchers


LEADING_WORDS = {"the", "The", "a", "an"}
POSSESSIVE = ("’s", "'s", "’", "'")


# Words a headline leaves in lower case; any other lowercase word means the line is prose.
HEADLINE_SMALL_WORDS = {"with", "from", "into", "onto", "over", "than", "that", "this", "after", "about", "amid",
                        "upon", "near", "under", "against", "despite", "during", "without", "within", "between"}


def _place_before_title(ent: Span, person: Candidate, matchers: Matchers, gazetteer: Gazetteer) -> list[Candidate]:
    """The place whose title a person's entity opened with ("Calgary" of "Calgary MLA Sandra Jansen"), which the
    person's mention left out: a place the gazetteer knows, for the actors stage's government of a place's
    official."""
    if person.type != "PERSON" or person.start <= ent.start_char:
        return []
    words = []
    for token in ent:
        if token.text in matchers.titles or token.idx >= person.start:
            break
        words.append(token)
    if not words or not all(t.pos_ == "PROPN" for t in words):
        return []
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    name = text_of(ent.doc)[start:end]
    place = gazetteer.resolve(name, loose=False)
    return [Candidate(start, end, "GPE", None, "ner")] if place is not None and normalize(place.name) == normalize(
        name) else []


def _headline_spans(text: str) -> list[tuple[int, int]]:
    """Top lines in headline case ("Oil Smuggling, Drug Running by Iran-Backed Militias"): capitals say little."""
    spans = []
    for match in list(re.finditer(r"[^\n]+", text))[:3]:  # a headline, a kicker, site chrome: the top lines
        words = [w for w in match.group().split() if len(w) > 3 and w[0].isalpha()]
        lowercase = [w for w in words if w[0].islower() and w.lower() not in HEADLINE_SMALL_WORDS]
        if len(words) >= 3 and not lowercase and not match.group().rstrip().endswith((".", ":")):
            spans.append(match.span())
    return spans


def _headline_only(c: Candidate, text: str, headlines: list[tuple[int, int]]) -> bool:
    """A statistical name found only in headline-case lines is most likely capitalized prose."""
    if c.type not in ("PERSON", "ORG", "NORP") or not any(s <= c.start < e for s, e in headlines):
        return False
    name = text[c.start:c.end]
    for match in re.finditer(re.escape(name), text):
        if not any(s <= match.start() < e for s, e in headlines):
            return False
    return True


def _strip_span(span: Span) -> Span:
    """The span without a leading article or a trailing possessive."""
    start, end = span.start, span.end
    while start < end - 1 and span.doc[start].text in LEADING_WORDS:
        start += 1
    while end > start + 1 and span.doc[end - 1].text in POSSESSIVE:
        end -= 1
    return span.doc[start:end]


def _wrap(token: Token) -> bool:
    """Whether a white-space token is a hard wrap inside a sentence ("lawyer John\n    Bonifaz"): the parse did not
    start a sentence after its line break (nlp.line_breaks)."""
    doc = token.doc
    return "\n" in token.text and token.text.count("\n") == 1 and token.i + 1 < len(doc) \
        and not doc[token.i + 1].is_space and not doc[token.i + 1].is_sent_start


def _joined_across_wraps(doc: Doc) -> list[Span]:
    """The statistical model's entities, a name that a hard wrap cuts in two joined again: it tags each line's part
    apart ("John\n    " and "Bonifaz", both PERSON), so the person was two names. Two entities of one label with
    nothing between them but the wrap are one; an entity a wrap cuts otherwise is left as it was (cut at the
    break)."""
    out: list[Span] = []
    for ent in doc.ents:
        last = out[-1] if out else None
        words = [t for t in last if not t.is_space] if last is not None else []
        # one label on both lines; or a given name alone before the wrap, whose surname the model took for a
        # place or a body on its own ("John\n    Bonifaz": PERSON, then GPE)
        same = last is not None and last.label_ == ent.label_ and ent.label_ in ("PERSON", "ORG", "GPE")
        given = last is not None and last.label_ == "PERSON" and len(words) == 1 and len(ent) == 1 \
            and ent.label_ in ("GPE", "ORG", "NORP")
        if last is not None and words and (same or given):
            between = ([last[-1]] if last[-1].is_space else []) + list(doc[last.end:ent.start])
            if len(between) == 1 and _wrap(between[0]) and ent[0].is_title:
                out[-1] = Span(doc, last.start, ent.end, label=last.label_)
                continue
        out.append(ent)
    return out


def _titled_runs(ents: list[Span], matchers: Matchers) -> list[Span]:
    """An entity that ends in the one-word title of a place's government, and the person's names right after it
    ("Kherson Governor | Oleksandr | Prokudin": the tagger took the place and the title for one person, then each
    name for another), are one person's entity, "Kherson Governor Oleksandr Prokudin", which the candidate reads as
    "Calgary MLA Sandra Jansen" (the place before the title, the person after it; relations.yaml ``place_offices``).
    And a person's entity and a one-word one right after it that the parse compounds into one name ("Iyad Ag |
    Ghaly")."""
    out: list[Span] = []
    titled = False  # whether the last entity kept is a title's run already
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and ent.label_ == last.label_ == "PERSON" and ent.start == last.end and len(ent) == 1 \
                and last[-1].dep_ == "compound" and last[-1].head.i == ent.start and ent[0].pos_ == "PROPN" \
                and ent[0].is_title and last[-1].whitespace_ and len(last) < 4:
            out[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")  # "Iyad Ag | Ghaly": one name
            continue
        if last is not None and ent.label_ == "PERSON" and ent.start == last.end and len(ent) <= 3 \
                and all(t.is_title and t.pos_ == "PROPN" for t in ent) and (titled or last.label_ in (
                "PERSON", "ORG", "GPE") and len(last) > 1 and last[-1].is_title
                and last[-1].lower_ in matchers.place_office_words) and len(last) + len(ent) <= 6:
            out[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
            titled = True
            continue
        out.append(ent)
        titled = False
    return out


def _places_bodies(ents: list[Span], matchers: Matchers) -> list[Span]:
    """A place's name and the capitalized words before it that the parse compounds into it, each a word of a kind of
    body (names.yaml ``kind_words``: "Police") or of a ministry's field (relations.yaml ``portfolios``:
    "Environment"), are one body's name, that place's ("Police Scotland", "Environment Canada", "Transport
    Scotland"): the statistical model, unsure of a sentence's first capital, took only the place. Not a title
    before it ("Defense Secretary Austin"), nor words another entity holds."""
    out: list[Span] = []
    for ent in ents:
        first = ent.start
        while first > 0 and (word := ent.doc[first - 1]).pos_ == "PROPN" and word.is_title and word.ent_iob_ == "O" \
                and word.dep_ == "compound" and word.head.i == ent.end - 1 and word.lower_ in (
                matchers.kind_words | matchers.portfolios):
            first -= 1
        opens = first == 0 or not ent.doc[first - 1].is_title
        out.append(Span(ent.doc, first, ent.end, label="ORG") if ent.label_ == "GPE" and first < ent.start and opens
                   else ent)
    return out


def _places_after_bodies(ents: list[Span], matchers: Matchers) -> list[Span]:
    """A one-word name the model took for a body, "in" which a body named right before it is, is a place: "the
    Islamic Association in Brandbergen", as "the Somali Community Association in Rinkeby" (a body is in a place, not
    in another body). Not a name the knowledge base knows, nor one holding a body's word ("in Parliament")."""
    out: list[Span] = []
    for ent in ents:
        word = ent[-1]
        last = out[-1] if out else None
        if ent.label_ == "ORG" and len(ent) == 1 and last is not None and last.label_ == "ORG" \
                and word.dep_ == "pobj" and word.head.lower_ == "in" and word.head.i == last.end \
                and word.head.head.i == last.end - 1 and word.lower_ not in matchers.org_words \
                and ent.text.lower() not in matchers.forms_folded:
            ent = Span(ent.doc, ent.start, ent.end, label="GPE")
        out.append(ent)
    return out


def _one_building(ents: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """Two names joined by "and" before a building's word are one building's name: "the Saint Peter and Saint Paul
    Coptic Orthodox Church", "Sts. Cyril and Methodius Cathedral" (the tagger takes the first saint for a town, and
    the town made the attack two, one in Saint Peter, Minnesota). The building's word is one of the kinds of place
    that name no place (data/not_places.txt: Church, Mosque, Hospital ...); a state before it is a list ("Iraq and
    the Al-Rasheed Hotel")."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and ent.label_ in ("FAC", "ORG", "PERSON") and last.label_ in (
                "FAC", "GPE", "LOC", "PERSON", "ORG") and (
                gazetteer.is_common_word(ent[-1].text) and ent.start == last.end + 1
                and ent.doc[last.end].lower_ in ("and", "&")
                and all(t.is_title or t.is_punct or t.lower_ == "the" for t in last)
                and ((place := gazetteer.resolve(last.text)) is None or place.level != "country")):
            out[-1] = Span(ent.doc, last.start, ent.end, label="FAC" if ent.label_ == "PERSON" else ent.label_)
            continue
        out.append(ent)
    return out


# A day and month right before a year the tagger took alone: "29 Apr | 2020", "April 29, | 2020".
_DAY_BEFORE_YEAR = re.compile(rf"(?<![\w.])(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH})\.?,?|(?:{MONTH})\.?\s+\d{{1,2}}"
                              rf"(?:st|nd|rd|th)?,?)\s+$", re.IGNORECASE)


def _person_after_title(span: Span, matchers: Matchers) -> Span | None:
    """The person's name after a legislator's title inside a body's entity ("Labour MP Jess Phillips"), or after the
    one-word title of a place's government ("Manitoba Premier Brian Pallister", "Kherson Governor X" taken whole for
    a body: relations.yaml ``place_offices``): two or three capitalized proper nouns that close the entity, after a
    title (relations.yaml ``legislator_titles``) that is not its first word; no body's word among them."""
    inner = [t.i for t in span[1:-2] if t.lower_ in matchers.legislator_titles
             or t.is_title and t.lower_ in matchers.place_office_words]
    if not inner:
        return None
    name = span.doc[inner[-1] + 1:span.end]
    if not 2 <= len(name) <= 3 or any(t.pos_ != "PROPN" or not t.is_title or t.lower_ in matchers.org_words
                                      for t in name):
        return None
    return name


def _surname_left_out(span: Span, matchers: Matchers) -> Span:
    """A person's entity with the surname the tagger left out right after it: "Iyad Ag | Ghaly" of "JNIM leader Iyad
    Ag Ghaly", where the entity's last word is a compound of the next, a capitalized proper noun the tagger named
    nothing (not a body's or a title's word: "Vladimir Putin Administration", "X Jr." stay as they are; not one
    before a title: "Nova | Scotia Premier X")."""
    doc = span.doc
    end = span.end
    while end < len(doc) and end - span.start < 5 and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end \
            and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].ent_iob_ == "O" and doc[end].is_alpha \
            and doc[end].lower_ not in matchers.org_words and doc[end].text not in matchers.titles \
            and doc[end - 1].whitespace_ and not (end + 1 < len(doc) and doc[end + 1].text in matchers.titles):
        end += 1  # (not a word that qualifies a title after it: "Nova | Scotia Premier X" is a place's)
    return doc[span.start:end] if end > span.end else span


def _ner_candidate(ent: Span, matchers: Matchers) -> Candidate | None:
    label = ent.label_
    if label not in NER_LABELS:
        return None
    breaks = [t.i for t in ent if "\n" in t.text and not _wrap(t)]
    if breaks:  # a name never runs across a line break, but a hard wrap's: keep what comes before it
        ent = ent.doc[ent.start:breaks[0]]
        if not len(ent):
            return None
    span = ent if label in ("DATE", "TIME", "MONEY", "QUANTITY") else _strip_span(ent)
    if label == "DATE" and re.fullmatch(r"\d{4}", span.text) and (
            day := _DAY_BEFORE_YEAR.search(text_of(span.doc), max(0, span.start_char - 24), span.start_char)):
        # the tagger took only the year of "On 29 Apr 2020": the day and month before it are the same date
        span = span.doc.char_span(day.start(), span.end_char, alignment_mode="expand") or span
    if label in ("PERSON", "ORG") and _capital_of_common_noun(span) and span.text.lower() not in matchers.forms_folded \
            and span[0].head.lower_ not in matchers.folded_titles:
        return None  # ... not a known name, nor a body before a title ("Labour leader Keir Starmer")
    words = {t.text.lower() for t in span}
    if label in ("GPE", "ORG", "NORP") and all(t.text in matchers.titles or t.is_punct for t in span) \
            and any(t.text.endswith(".") and t.text[:-1].isalpha() for t in span) \
            and span.text.lower() not in matchers.forms_folded:
        return None  # an abbreviated title alone ("Det." taken for a place) names nothing
    if label == "PERSON":
        start = span.start
        while start < span.end and span.doc[start].text in matchers.titles | {"."}:
            start += 1
        if start == span.end:
            return None  # a title alone ("Cmdr.") names no one
        # "Calgary MLA Sandra Jansen", "Toronto Councillor X": a place's name before a title; the name is after it
        inner = [t.i for t in span.doc[start:span.end - 1] if t.text in matchers.titles and t.i > start]
        if inner and all(t.pos_ == "PROPN" for t in span.doc[start:inner[-1]]) and span.doc[span.end - 1].is_title:
            start = inner[-1] + 1
            while start < span.end - 1 and span.doc[start].text in matchers.titles | {"."}:
                start += 1
        span = span.doc[start:span.end]
        span = _surname_left_out(span, matchers)
        if words & matchers.org_words:
            label = "ORG"
    elif label == "GPE" and words & matchers.org_words:
        label = "ORG"
    elif label == "LOC" and words & matchers.body_heads and len(span) > 1:
        label = "ORG"  # "Bloc Québécois" taken for a region: a body's head names a body (names.yaml body_heads)
    elif label == "ORG" and (person := _person_after_title(span, matchers)) is not None:
        # "Labour MP Jess Phillips" taken whole for a body: the person is the name after the legislator's title (the
        # party's name before it is read as one, _bodies_before_titles)
        span, label = person, "PERSON"
    if not span.text.strip() or not any(ch.isalnum() for ch in span.text):
        return None
    return Candidate(span.start_char, span.end_char, label, None, "ner")


def _capital_of_common_noun(span: Span) -> bool:
    """Whether a one-word name is only a sentence's first word that qualifies a common noun after it ("Cabin crew at
    Lufthansa", "Ground staff walked out"): the tagger read no proper noun there, and a name would be one (issue 11,
    helper act). "Hamas fighters", "Reuters reported" keep theirs."""
    if len(span) != 1 or not span[0].is_sent_start or span[0].tag_ in ("NNP", "NNPS") or not span[0].is_title:
        return False
    head = span[0].head
    return head.i == span[0].i + 1 and head.tag_ in ("NN", "NNS") and head.text.islower()
