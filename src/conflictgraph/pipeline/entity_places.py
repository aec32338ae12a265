"""Places the statistical model mistypes or misses: in a country the document names, held or attacked ground, untagged
towns and regions."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..gazetteer import Gazetteer, normalize
from ..knowledge import Knowledge, normalize_name, word_set
from . import text_of
from .entity_matchers import NER_LABELS, Candidate, Matchers, _taken
from .place_names import SMALL_TOWN, is_place, named_as_place, place_list, repeated_place_spans


_LOCATIVE = re.compile(r"\b(?:the|in|at|near|from|outside)\s+$", re.IGNORECASE)  # before a place's name
_IN_PLACE = re.compile(r"\b(?:in|near|outside)\s+$")  # a preposition that puts something in a place


def _relabel_places(accepted: list[Candidate], text: str, knowledge: Knowledge,
                    gazetteer: Gazetteer) -> list[Candidate]:
    """A one-word 'person' that is a place in a country the document names is that place ("Basrah"); an unknown
    'organisation' whose whole name is a country, a first-level division or a town there is that place too, and
    one that lists places of one country ("Haris and Varzaqan", "Ingham or Townsville") is those places."""
    countries, states = [], set()
    for c in accepted:
        record = knowledge.get(c.actor) if c.actor else None
        if record is not None and record.kind == "state" and record.country:
            countries.append(record.country)
            states.add(record.country)
        elif c.type in ("GPE", "LOC") and (area := gazetteer.resolve(text[c.start:c.end], countries=countries,
                                                                     loose=False)) is not None:
            # A division ("Queensland", "Ky.") says which country the article is in as a state's name does.
            countries += [area.country] if area.level in ("country", "admin1") and area.country else []
    persons = [text[c.start:c.end] for c in accepted if c.type == "PERSON"]
    named_states = [code for code in countries if code in states]
    # the countries of the armed groups and forces the document names ("ELN guerrillas": Colombia), for a name after a
    # place preposition ("killed five ELN guerrillas in Arauca")
    homes = named_states + [r.country for c in accepted if c.actor and (r := knowledge.get(c.actor)) is not None
                            and r.kind != "state" and r.country and r.country not in named_states]
    for c in accepted:
        name = text[c.start:c.end]
        if c.source == "ner" and c.type in ("ORG", "NORP", "PERSON") and not c.actor and (
                c.type != "PERSON" and is_place(name, named_states, gazetteer) or named_as_place(text, c.start, c.end)
                and (gazetteer.resolve(name, countries=countries) is not None or c.type in ("ORG", "PERSON")
                     and not place_list(text, c.start, c.end, countries, gazetteer))
                or c.type == "ORG" and " " not in name and _IN_PLACE.search(text, max(0, c.start - 12), c.start)
                and is_place(name, homes, gazetteer)):
            # "the southern city of Shiraz" spaCy took for a person; "the villages of Foua and Kfraya" it took for
            # an organisation, which the text names a place though the gazetteer does not know it (a town is no
            # party: docs/annotation.md, Actor and recipient); "in Arauca" after an armed group of Colombia's
            c.type = "GPE"
        if c.source != "ner" or c.type != "PERSON" or " " in name or not countries:
            continue
        if any(p != name and p.endswith(" " + name) for p in persons):
            continue  # the surname of someone named in full
        place = gazetteer.resolve(name, countries=countries, loose=False)
        if place is not None and (place.country in states or place.country in countries and _LOCATIVE.search(
                text, max(0, c.start - 12), c.start) and normalize(place.name) == normalize(name)
                and gazetteer.population(place) >= SMALL_TOWN):
            c.type = "GPE"  # "Basrah" in a story on Iraq; "the Cairns police" in one on Queensland
    out = []
    for c in accepted:
        parts = place_list(text, c.start, c.end, countries, gazetteer) if c.source == "ner" and c.type == "ORG" \
            and not c.actor else []
        out += [Candidate(start, end, "GPE", None, "ner") for start, end in parts] or [c]
    return out


def _without_inner_states(candidates: list[Candidate], text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """A known name inside a longer place name is part of that name: "Western Australia", "New Mexico", "East
    Azerbaijan", "British Columbia", "Fars Province" are divisions, "North London" part of a city, not Australia,
    Mexico, Britain or the Fars news agency."""
    places = [c for c in candidates if c.source == "ner" and c.type in ("GPE", "LOC", "FAC")]
    inner = set()
    for c in candidates:
        if c.source != "knowledge":
            continue
        for p in places:
            if p.start <= c.start and c.end <= p.end and p.length > c.length and (
                    (place := gazetteer.resolve(text[p.start:p.end], loose=False)) is not None
                    and place.level != "country"):
                inner.add(id(c))
                break
    return [c for c in candidates if id(c) not in inner]


def _repeated_places(text: str, accepted: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    places = [(c.start, c.end, c.type) for c in accepted if c.type in ("GPE", "LOC") and c.source in ("ner", "place")]
    others = [(c.start, c.end) for c in accepted]
    people = [text[c.start:c.end] for c in accepted if c.type in ("PERSON", "ORG")]
    spans = repeated_place_spans(text, places, others, people, gazetteer)
    return [Candidate(start, end, kind, None, "place") for start, end, kind in spans]


def _held_places(accepted: list[Candidate], doc: Doc, matchers: Matchers) -> list[Candidate]:
    """A name a participle of holding qualifies, hyphened to its holder ("insurgent-held Karabilah", "rebel-held
    Douma", "Houthi-controlled Hodeidah"; collectives.yaml ``holder_words``), is a place wherever the document
    writes it, not the person the statistical model took a town it does not know for: a held thing is ground
    (docs/annotation.md, Place; the events stage makes its holder the recipient of an attack on it)."""
    text = text_of(doc)
    held: set[str] = set()
    for c in accepted:
        if c.source != "ner" or c.actor or c.type not in ("PERSON", "ORG", "NORP"):
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and any(
                t.dep_ in ("amod", "compound") and t.lower_ in matchers.holders and t.i < span.start and t.i >= 2
                and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_ for t in span.root.children):
            held.add(text[c.start:c.end])
    if not held:
        return accepted
    return [replace(c, type="GPE") if c.source == "ner" and not c.actor and c.type in ("PERSON", "ORG", "NORP")
            and text[c.start:c.end] in held else c for c in accepted]


def _assailed(span: Span, matchers: Matchers) -> bool:
    """Whether a name is what an act done to places as often as to parties is done to: the object of "shelled",
    "captured", "struck" (or the subject of their passive), the "of", "on" or "against" phrase of "the shelling",
    "the capture", "the assault" (plover.yaml ``place_patient_verbs``, ``place_patient_nouns``)."""
    root = span.root
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head  # "shelled Kherson and Mykolaiv"
    head = root.head
    # (the parser takes a name after the verb for an adverbial noun as often: "recaptured Wad Madani on Saturday")
    if (root.dep_ in ("dobj", "nsubjpass") or root.dep_ == "npadvmod" and root.i > head.i) and head.pos_ == "VERB":
        return head.lemma_.lower() in matchers.place_patient_verbs or head.lower_ in matchers.place_patient_verbs
    if root.dep_ == "pobj" and head.lower_ in matchers.place_patient_preps and head.head.pos_ == "NOUN":
        return head.head.lower_ in matchers.place_patient_nouns
    return False


def _assailed_places(accepted: list[Candidate], doc: Doc, matchers: Matchers, gazetteer: Gazetteer,
                     knowledge: Knowledge) -> list[Candidate]:
    """A name the statistical model took for a person or a body that an act done to places is done to ("Russian
    troops captured Chasiv Yar", "the shelling of Kherson": ``_assailed``) is the place the gazetteer knows by it, a
    town or a division in a country the document names (by an actor's or a place's name, or by a people's adjective
    that opens a body's: "Ukrainian troops retook Kupiansk") or a first-level division or a town of 100,000 anywhere,
    wherever the document writes it (docs/annotation.md, Place; a town is no party: *Actor and recipient*). Not a
    word of a person's name the document gives in full, nor a name after a title or an honorific, nor a common word,
    nor a name the gazetteer does not hold (plt)."""
    text = text_of(doc)
    countries: set[str] = set()
    for c in accepted:
        # a body a people's adjective opens names its state ("Ukrainian troops", "Malian soldiers")
        record = (knowledge.get(c.actor) if c.actor else None) or knowledge.get(
            matchers.demonyms.get(normalize_name(text[c.start:c.end].split()[0]), ""))
        if record is not None and record.country:
            countries.add(record.country)
        elif c.type in ("GPE", "LOC") and (area := gazetteer.resolve(text[c.start:c.end], loose=False)) is not None \
                and area.level in ("country", "admin1") and area.country:
            countries.add(area.country)
    people = {text[c.start:c.end] for c in accepted if c.type == "PERSON" and " " in text[c.start:c.end]}
    places: set[str] = set()
    for c in accepted:
        name = text[c.start:c.end]
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if c.source != "ner" or c.actor or c.type not in ("PERSON", "ORG", "NORP") or span is None or not (
                1 <= len(span) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in span)) or any(
                p != name and set(name.split()) & set(p.split()) for p in people):
            continue  # a word of a person's name the document gives in full ("Anne Hidalgo ... Hidalgo")
        before = doc[span.start - 1] if span.start else None
        if before is not None and (before.text in matchers.titles or before.text.lower().rstrip(".") in
                                   matchers.honorifics | matchers.folded_titles):
            continue
        if not _assailed(span, matchers) or gazetteer.is_common_word(name):
            continue
        place = gazetteer.resolve(name, countries=tuple(countries), loose=False)
        if place is not None and place.level in ("city", "admin2", "admin1") and (
                place.country in countries or _large_place(name, gazetteer)):
            places.add(name)
    if not places:
        return accepted
    return [replace(c, type="GPE") if c.source == "ner" and not c.actor and c.type in ("PERSON", "ORG", "NORP")
            and text[c.start:c.end] in places else c for c in accepted]


# A word the parse did not take for a name qualifies a group as a place's name only if it is a first-level
# division or a town this large by its own name ("Odesa", "Goma"): common words that are also small towns'
# names ("Federal", "Naval", "Union") are not.
LARGE_TOWN = 100_000


def _untagged_places(doc: Doc, accepted: list[Candidate], matchers: Matchers, gazetteer: Gazetteer,
                     knowledge: Knowledge) -> list[Candidate]:
    """A one-word proper name the statistical model tagged as nothing, after a place preposition or as the object of
    a verb ("drones struck Odesa", "shelled Donetsk", "struck a tanker off Hodeidah"), is a place (docs/annotation.md,
    Place: the most specific place the text names for the event) where the gazetteer knows it under that very name
    as a first-level division or a town of 100,000, or as a town of 10,000 in the country of an actor the document
    names (the Houthis' Yemen, the M23's Congo); a word the model left untagged, or tagged alone with a type the
    bundle has no use for where an act done to places is done to it ("bombed Sittwe" read as a product:
    ``_odd_type_assailed``), is no person's or body's name it recognised. Not a common word, nor a word of a name
    the document gives elsewhere, nor one after a title."""
    countries = tuple(dict.fromkeys(r.country for c in accepted if c.actor and (r := knowledge.get(c.actor))
                                    is not None and r.country))
    text = text_of(doc)
    taken = _taken(text, accepted)
    names = {w for c in accepted if c.type in ("PERSON", "ORG") for w in text[c.start:c.end].split()}
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_iob_ != "O" and not _odd_type_assailed(token, matchers) \
                or not token.is_title or any(taken[token.idx:token.idx + len(token)]) or token.text in names:
            continue
        if any(n.pos_ == "PROPN" for n in (doc[token.i - 1] if token.i else None, doc[token.i + 1]
                                             if token.i + 1 < len(doc) else None) if n is not None):
            continue  # a word of a longer name
        # (the parser takes an untagged object for an adverbial noun as often: "shelled Aleppo on Wednesday")
        placed = token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPS or token.dep_ in (
            "dobj", "npadvmod", "nsubjpass") and token.head.pos_ == "VERB"
        if not placed or token.i and doc[token.i - 1].text in matchers.titles or gazetteer.is_common_word(token.text):
            continue
        local = gazetteer.resolve(token.text, countries=countries) if countries else None
        if _large_place(token.text, gazetteer) or local is not None and local.country in countries and (
                local.level == "admin1" or gazetteer.population(local) >= SMALL_TOWN):
            found.append(Candidate(token.idx, token.idx + len(token), "GPE", None, "place"))
    return found


def _odd_type_assailed(token: Token, matchers: Matchers) -> bool:
    """Whether a word the model tagged alone with a type the bundle has no use for (a product, a work of art) is the
    object of an act done to places ("Myanmar junta jets bombed Sittwe", read as a product; ``_assailed``)."""
    doc = token.doc
    return token.ent_iob_ == "B" and token.ent_type_ not in NER_LABELS and not (
        token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I") and _assailed(doc[token.i:token.i + 1], matchers)


def _places_before_place_nouns(doc: Doc, accepted: list[Candidate], gazetteer: Gazetteer,
                               knowledge: Knowledge) -> list[Candidate]:
    """A proper name the model tagged as nothing or as no mention type of the bundle (a PRODUCT), compounded on a
    noun of a division ("the Kursk region", "Donetsk oblast", "Tillaberi province", "Zamfara state": names.yaml
    ``division_nouns``), is the place the gazetteer knows by that name: the place of an event, the polity a governor
    heads (docs/annotation.md, *Place*; relations.yaml ``place_offices``)."""
    nouns = word_set(knowledge.lexicon("names"), "division_nouns")
    taken = _taken(text_of(doc), accepted)
    found = []
    for token in doc:
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (after is None or after.lower_ not in nouns or token.dep_ != "compound" or token.head.i != after.i
                or not token.is_title or token.ent_type_ in NER_LABELS
                or any(taken[token.idx:token.idx + len(token)])):
            continue
        if gazetteer.is_common_word(token.text) or gazetteer.resolve(token.text, loose=False) is None:
            continue
        found.append(Candidate(token.idx, token.idx + len(token), "GPE", None, "place"))
    return found


_PLACE_PREPS = {"in", "of", "off", "at", "near", "outside", "inside", "into", "around", "across", "on", "toward",
                "towards", "to", "from"}


def _large_place(word: str, gazetteer: Gazetteer) -> bool:
    """Whether ``word`` is the name of a first-level division or of a town of LARGE_TOWN people or more."""
    place = gazetteer.resolve(word, loose=False)
    if place is None or normalize(place.name) != normalize(word) or gazetteer.is_common_word(word):
        return False
    return place.level == "admin1" or place.level == "city" and gazetteer.population(place) >= LARGE_TOWN
