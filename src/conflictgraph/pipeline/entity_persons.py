"""Persons the statistical model misses or mistypes: names introduced or titled, a person's role in the clause,
honorifics, surnames repeated."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..gazetteer import Gazetteer
from ..knowledge import Knowledge
from . import text_of
from .entity_matchers import Candidate, Matchers, _taken
from .entity_places import _large_place
from .entity_states import _countries_named
from .place_names import is_place


NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


def _introduced_names(doc: Doc, matchers: Matchers, knowledge: Knowledge) -> list[Candidate]:
    """A name a verb introduces ("the gunman was identified as Mevlut Mert Altintas", "police named the attacker as
    X Y"; names.yaml ``name_introducers``) is a person's, where the statistical model missed or cut it: the proper
    nouns, two or more, that end in the object of the verb's "as"; not a title, a body's word or a known name."""
    out = []
    for token in doc:
        if token.lemma_.lower() not in matchers.introducers or token.pos_ not in ("VERB", "AUX"):
            continue
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                    continue
                start = obj.i
                while start > prep.i + 1 and doc[start - 1].pos_ == "PROPN" \
                        and start <= doc[start - 1].head.i <= obj.i and doc[start - 1].dep_ in ("compound", "flat"):
                    start -= 1
                words = doc[start:obj.i + 1]
                if len(words) < 2 or any(not t.text[:1].isupper() or t.text in matchers.titles
                                         or t.lower_ in matchers.org_words for t in words):
                    continue
                if knowledge.find(words.text):
                    continue
                out.append(Candidate(words.start_char, words.end_char, "PERSON", None, "ner"))
    return out


def _titled_names(doc: Doc, matchers: Matchers, knowledge: Knowledge, gazetteer: Gazetteer,
                  taken: list[Candidate]) -> list[Candidate]:
    """A name an appositive titles as an office holder ("Ruto, Kenya's president, met ...", "Petro, Colombia's
    president"; names.yaml ``titles``) is a person's, where the statistical model missed it or took it for a place:
    the proper nouns the appositive hangs on (docs/annotation.md, Actor: the person as the text names them, not the
    state). Not a name the knowledge base knows, nor a place the gazetteer knows as a country ("Nigeria, the bloc's
    chair")."""
    titles = matchers.folded_titles

    def office(noun: Token) -> bool:  # "Kenya's president", "its commander", "the group's leader"
        # (a body's title before "of" and its name too: "a co-founder of the Wagner group", relations.yaml's leader,
        # member and spokesperson words)
        return noun.pos_ == "NOUN" and (
            noun.lower_ in titles and any(g.dep_ in ("poss", "amod", "compound") for g in noun.children)
            or (noun.lower_ in titles or noun.lower_ in matchers.body_titles)
            and any(of_name(g) for g in noun.children))

    def of_name(prep: Token) -> bool:  # "a co-founder of the Wagner group", "the leader of JNIM"
        return prep.dep_ == "prep" and prep.lower_ == "of" and any(
            o.dep_ == "pobj" and (o.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                                           for c in o.children)) for o in prep.children)

    out = []
    for token in doc:
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue
        # (the title after the name, or before it: "Its commander, Twan Mrat Naing, said", a name the model took for
        # a work of art)
        if not any(c.dep_ == "appos" and office(c) for c in token.children) \
                and not (token.dep_ == "appos" and token.head.i < token.i and office(token.head)
                         and doc[token.head.i + 1].text == ","):
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == token.i \
                and doc[start - 1].dep_ in ("compound", "flat"):
            start -= 1
        words = doc[start:token.i + 1]
        if any(t.text in matchers.titles or t.lower_ in matchers.org_words for t in words):
            continue
        if knowledge.find(words.text) or any(c.start <= words.start_char < c.end for c in taken):
            continue
        place = gazetteer.resolve(words.text, loose=False)
        if place is not None and place.level in ("country", "admin1"):
            continue
        out.append(Candidate(words.start_char, words.end_char, "PERSON", None, "ner"))
    return out


def _large_places_not_people(accepted: list[Candidate], doc: Doc, matchers: Matchers,
                             gazetteer: Gazetteer) -> list[Candidate]:
    """A one-word "person" of the statistical model that the gazetteer knows as a first-level division or a large
    town ("the rebels had taken Goma", "fighting in Rakhine") is that place where nothing marks a person: it is no
    word of a person's name the document gives in full ("Anne Hidalgo ... Hidalgo said"), no title stands before it
    ("Mayor Hidalgo") and no honorific, and the clause gives it no person's role (``_person_by_role``: "arrested
    Jackson", "Florence said", "Jackson, 34,"). Wherever the story is set: `_relabel_places` needs a country named."""
    text = doc.text
    names = {w for c in accepted if c.type == "PERSON" for w in text[c.start:c.end].split()[:-1] or ()}
    names |= {text[c.start:c.end].split()[-1] for c in accepted
              if c.type == "PERSON" and len(text[c.start:c.end].split()) >= 2}
    for c in accepted:
        name = text[c.start:c.end]
        if c.source != "ner" or c.type != "PERSON" or c.actor or " " in name or name in names:
            continue
        before = text[max(0, c.start - 30):c.start].split()
        if before and (before[-1] in matchers.titles or before[-1].rstrip(".") in matchers.titles):
            continue
        if _large_place(name, gazetteer) and not _person_by_role(c, doc, matchers):
            c.type = "GPE"
    return accepted


def _person_by_role(candidate: Candidate, doc: Doc, matchers: Matchers) -> bool:
    """Whether the clause gives a one-word name a role only a person has: the object of a verb done to people alone
    (names.yaml ``person_object_verbs``: "Police in Ukraine arrested Jackson", "Florence was charged"), the subject
    of a verb of saying ("Jackson said", "Florence told reporters"), or a name before an age ("Jackson, 34,"). A town
    is taken, shelled, reached or fought in; it is not arrested, does not speak and has no age (fig)."""
    if re.match(r"\s*,\s*\d{1,3}\s*,", doc.text[candidate.end:candidate.end + 8]):
        return True  # "Jackson, 34, was charged"
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.dep_ in ("conj", "appos") and token.head.i != token.i and token.head.pos_ == "PROPN":
        token = token.head  # "arrested Jackson and Okafor"
    verb = token.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    return (token.dep_ in ("dobj", "nsubjpass") and lemma in matchers.person_object_verbs
            or token.dep_ == "nsubj" and lemma in matchers.saying_verbs)


def _places_read_as_people(accepted: list[Candidate], doc: Doc, matchers: Matchers,
                           gazetteer: Gazetteer) -> list[Candidate]:
    """A one-word 'person' right before a title in lower case and the person who holds it ("Tigray leader
    Debretsion Gebremichael", "Darfur governor Minni Minawi") is the place the title is of, where the gazetteer knows
    it as a country, a first-level division or a city of 100,000: a person's name is not followed by another's."""
    starts = {c.start for c in accepted if c.type == "PERSON"}
    out = []
    for c in accepted:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if c.source == "ner" and c.type == "PERSON" and not c.actor and span is not None and len(span) == 1:
            after = span.end
            while after < len(doc) and doc[after].is_lower and doc[after].lower_ in matchers.folded_titles:
                after += 1
            if after > span.end and after < len(doc) and doc[after].idx in starts and is_place(span.text, [],
                                                                                                 gazetteer):
                c = replace(c, type="GPE")
        out.append(c)
    return out


def _people_read_as_places(accepted: list[Candidate], doc: Doc, matchers: Matchers,
                           gazetteer: Gazetteer) -> list[Candidate]:
    """A place the model read that the gazetteer does not know and no actor is, is a person where the parse joins it
    to a person ("arrested Nnamdi Kanu, Ousmane Sonko and Imran Khan": a list holds things of one kind) or an honorific
    for people alone opens it ("Sheikh Hasina's party", "Chancellor Scholz said": names.yaml ``honorifics``). So is a
    body's name of one to three proper nouns that such an honorific opens and that holds no body's word nor a kind
    of place's ("German Chancellor Olaf Scholz" the model took for a body; not "President Hotel")."""
    people = {t.i for c in accepted if c.type == "PERSON"
              for t in doc.char_span(c.start, c.end, alignment_mode="expand") or ()}
    out = []
    for c in accepted:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if (c.source == "ner" and c.type in ("GPE", "LOC", "ORG") and not c.actor and span is not None
                and all(t.text[:1].isupper() for t in span)
                and gazetteer.resolve(span.text, countries=[], loose=False) is None):
            root = span.root
            joined = {t.i for t in root.conjuncts} | ({root.head.i} if root.dep_ == "conj" else set())
            before = doc[span.start - 1] if span.start > 0 else None
            titled = before is not None and before.text.lower().rstrip(".") in matchers.honorifics
            if c.type == "ORG" and not (titled and _bare_name(span, matchers, gazetteer) and gazetteer.resolve(
                    doc[span.start - 1:span.end].text, countries=[], loose=False) is None):
                pass  # a body stays a body but for the name an honorific makes a person's
            elif joined & people or titled:
                c = replace(c, type="PERSON")
        out.append(c)
    return out


def _bare_name(span: Span, matchers: Matchers, gazetteer: Gazetteer) -> bool:
    """Whether a span is one to three capitalized proper nouns with no body's word and no kind of place's in it (a
    person's name, as far as its words tell: "Olaf Scholz", not "Elizabeth Hospital" nor "Assembly")."""
    return 1 <= len(span) <= 3 and all(
        t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.lower_ not in matchers.org_words
        and t.lower_ not in matchers.kind_words and not gazetteer.is_common_word(t.text) for t in span)


def _untagged_titled_people(doc: Doc, accepted: list[Candidate], matchers: Matchers,
                            gazetteer: Gazetteer) -> list[Candidate]:
    """The proper nouns right after an honorific for people alone (names.yaml ``honorifics``: "met President Ruto",
    "Chancellor Scholz met") that the parse compounds the honorific into, which the model tagged nothing and no
    mention covers, are a person's name: the title makes the person (``_people_read_as_places`` does the same for a
    name the model mistyped). Not where the gazetteer knows the title and the name together as a place (ranks and
    offices open places' names: "General Santos", "Prince Rupert"; the name alone may be a village anywhere: "Ruto"),
    nor a name holding a body's or a kind of place's word ("General Assembly")."""
    taken = _taken(text_of(doc), accepted)
    out: list[Candidate] = []
    for title in doc[:-1]:
        if not title.is_title or title.text.lower().rstrip(".") not in matchers.honorifics \
                or title.dep_ != "compound" or title.head.i <= title.i or title.head.i - title.i > 3:
            continue
        name = doc[title.i + 1:title.head.i + 1]
        if any(t.ent_iob_ != "O" or any(taken[t.idx:t.idx + len(t)]) for t in name) \
                or not _bare_name(name, matchers, gazetteer) \
                or gazetteer.resolve(doc[title.i:name.end].text, countries=[], loose=False) is not None:
            continue
        out.append(Candidate(name.start_char, name.end_char, "PERSON", None, "ner"))
    return out


def _repeated_surnames(text: str, accepted: list[Candidate], knowledge: Knowledge,
                       gazetteer: Gazetteer) -> list[Candidate]:
    """Every bare occurrence of the surname of a person the document names in full is that person: "Marc Emery ...
    Emery was released", "Munir Abdulkader ... Abdulkader was arrested", where the statistical model found no name
    or took the surname for an organisation or a place (the actors stage links the surname to the full name). Not a
    surname that is a known actor's name or a country's or division's ("Jordan"), nor one inside a longer name."""
    surnames: set[str] = set()
    for c in accepted:
        words = [w for w in text[c.start:c.end].split() if w.rstrip(",") not in NAME_SUFFIXES]
        if c.type == "PERSON" and len(words) >= 2 and re.fullmatch(r"[A-Z][\w'’-]{2,}", words[-1]):
            surnames.add(words[-1])
    out = list(accepted)
    countries: set[str] | None = None
    for surname in sorted(surnames):
        place = gazetteer.resolve(surname, loose=False)
        if knowledge.find(surname) or place is not None and place.level == "country":
            continue
        if place is not None and place.level == "admin1":
            # "Anne Hidalgo ... Hidalgo said": a division's name is the person's surname where the document names
            # nothing else of that division's country (a story on Mexico keeps Hidalgo the state)
            if countries is None:
                countries = _countries_named(text, [c for c in accepted if c.type != "PERSON"], knowledge, gazetteer)
            if place.country in countries:
                continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            over = [c for c in out if c.start < match.end() and match.start() < c.end]
            if not over:
                out.append(Candidate(match.start(), match.end(), "PERSON", None, "ner"))
            elif len(over) == 1 and (over[0].start, over[0].end) == match.span() and over[0].source == "ner" \
                    and over[0].type in ("ORG", "GPE", "LOC", "NORP", "FAC") and not over[0].actor:
                over[0].type = "PERSON"
    return sorted(out, key=lambda c: (c.start, c.end))
