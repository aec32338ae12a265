"""Offices and bodies the text names by a title or a common noun and no name: a place's officials, an office
or a body described by its noun, bodies acting together."""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc, Token

from ..knowledge import normalize_name
from . import text_of
from .groups import LOCAL, SCOPE, GroupNouns, carries_event, opens_sentence


def _place_officials(doc: Doc, nouns: GroupNouns, scope: str, taken: Collection[int],
                     is_place: Callable[[Token], bool] | None = None) -> list[tuple[int, int, str]]:
    """The office of a town's or a province's own government that the text names by its title and its place but by
    no person: "California's attorney general said", "the governor of Borno State condemned", "the mayor of Mariupol
    accused" (collectives.yaml ``place_office_titles``). The office is the actor of what its holder does
    (docs/annotation.md, Actor and recipient: officials become actors with a kind and a country; Statements: the
    person as the text names them), one actor of the document named "<title> of <place>"; the mention is the title's
    words only, so that the place stays the place of the acts the sentence tells. Not a state's office ("Russia's
    ambassador", "the president of Kenya": the person the text names, else the state), nor a title before a name
    ("Governor Babagana Zulum", "the mayor, Ivan Fedorov": the person)."""
    found: list[tuple[int, int, str]] = []
    for i in nouns.positions(doc, nouns.office_ids):
        token = doc[i]
        if token.pos_ != "NOUN" or token.idx in taken or token.is_title and not opens_sentence(token):
            continue
        title = next((t for t in nouns.place_offices if token.i + 1 >= len(t.split()) and " ".join(
            w.lower_ for w in doc[token.i + 1 - len(t.split()):token.i + 1]) == t), None)
        if title is None or token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ == "PERSON":
            continue
        # "the Kano governor condemned": the place the title is written after, which the model may take for a person
        before = _place_before_title(token, len(title.split()), is_place)
        place_words = {t.i for t in before.subtree} if before is not None else set()
        if any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" and c.i not in place_words
               for c in token.children):
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None:
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        owner = owner or before
        if owner is None:
            continue
        words = [t for t in owner.subtree if t.dep_ not in ("det", "case") and t.text not in ("'s", "’s", "'")
                 and t.i <= owner.i]
        places = [t for t in words if t.ent_type_ in ("GPE", "LOC") or is_place is not None and t.is_title
                  and is_place(t)]
        # (a place's name the model took for a person is no person beside the title: "the governor of Borno")
        if _person_beside(token, owner, place_words | {t.i for t in places}):
            continue  # "Ivan Fedorov, the mayor of Melitopol", "the mayor of Melitopol, Ivan Fedorov": the person
        if not places or normalize_name(" ".join(t.text for t in words)) in nouns.states \
                or normalize_name(owner.text) in nouns.states:
            continue  # "Kenya's governor" names no place's office; "the president of Kenya" is the state's
        start = doc[token.i + 1 - len(title.split())]
        place = " ".join(t.text for t in words)
        key = f"{LOCAL}ORG:{normalize_name(f'{title} of {place}')}{SCOPE}{scope}"
        found.append((start.idx, token.idx + len(token.text), key))
    return found


def _place_before_title(token: Token, size: int, is_place: Callable[[Token], bool] | None) -> Token | None:
    """The place a definite title is written after ("the Kano governor", "the Kano state governor", "the Kharkiv
    regional governor", "the Mariupol mayor"): the first word the parse compounds into the title, where it is a place,
    "the" opens the phrase and only words in lower case stand between it and the title, as "the governor of Kano"
    names it (docs/annotation.md, *An unnamed office holder*: an office titled with its place is that place's; *A
    town's mayor*, E18) (plt)."""
    first = token.doc[token.i + 1 - size]
    before = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < first.i]
    det = next((c for c in token.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or not before:
        return None
    owner = min(before, key=lambda c: c.i)
    words = [t for t in owner.subtree if t.i < first.i]
    if det.i > owner.left_edge.i or any(not t.is_lower for t in token.doc[owner.i + 1:first.i]):
        return None  # only words in lower case between the place and the title ("regional", "state")
    return owner if any(t.ent_type_ in ("GPE", "LOC") or is_place is not None and t.is_title and is_place(t)
                        for t in words) else None


def _described_offices(doc: Doc, nouns: GroupNouns, scope: str, taken: Collection[int]) -> list[tuple[int, int, str]]:
    """An office or a body the text names by its common noun alone, made definite by "the", as the subject of an act
    or a statement: "the governor commuted", "the judge ordered", "the police chief apologised", "the city council
    voted", "the interior ministry denied" (collectives.yaml ``described_offices``; docs/annotation.md, Actor and
    recipient: officials and unnamed bodies become actors with a kind and a country). One actor of the document
    named by its words (the actors stage gives it its country; pipeline/descriptions.py ``link_offices`` makes it
    the person the text named earlier with that title: "Mayor Ryan Bingham ... the mayor announced"). Not "a judge"
    nor "judges" (one of many, no one body), nor an office with a possessor or an "of" phrase ("Kenya's governor",
    "the governor of Kano": ``_place_officials``), nor a title with a person beside it ("the mayor, Ivan Fedorov"),
    nor one the text introduced as one of many or unnamed ("a fellow judge, who did not want to be named ... the
    judge said": docs/annotation.md, *Indefinite speakers*),
    nor a noun that only qualifies another ("the council's decision"), nor one that is no subject of an act ("the
    judge was relying on", "he appeared before the judge")."""
    found: list[tuple[int, int, str]] = []
    for i in nouns.positions(doc, nouns.described_ids):
        token = doc[i]
        if token.pos_ != "NOUN" or token.tag_ != "NN" or token.idx in taken or token.dep_ != "nsubj":
            continue
        verb = token.head
        if verb.pos_ not in ("VERB", "AUX") or not (verb.lemma_.lower() in nouns.acts or verb.lower_ in nouns.acts
                                                    or carries_event(verb, nouns)):
            continue
        children = list(token.children)
        dets = [c for c in children if c.dep_ == "det"]
        if len(dets) != 1 or dets[0].lower_ != "the" or any(
                c.dep_ in ("poss", "nummod", "appos") or c.dep_ == "prep" and c.lower_ == "of" for c in children):
            continue
        if any(t.ent_type_ == "PERSON" for t in token.subtree) or token.i + 1 < len(doc) and (
                doc[token.i + 1].ent_type_ == "PERSON" or doc[token.i + 1].text == "," and token.i + 2 < len(doc)
                and doc[token.i + 2].ent_type_ == "PERSON"):
            continue  # "the mayor, Ivan Fedorov, said": the person
        left = [c for c in children if c.i < token.i and c.dep_ in ("amod", "compound") and c.i > dets[0].i]
        start = left[0] if left else token
        if any(t.ent_type_ and t.ent_type_ not in ("GPE", "NORP") or t.pos_ == "PROPN" and not t.ent_type_
               for t in doc[start.i:token.i]):
            continue  # ("the Kano governor" is the place's; a name the parse missed is no description)
        words = " ".join(t.lower_ for t in doc[start.i:token.i + 1])
        title = next((t for t in nouns.described_offices if words == t or words.endswith(f" {t}")), None)
        if title is None or any(t.lower_ == token.lower_ and _indefinite(t) for t in doc[:token.i]):
            continue  # ("a fellow court judge, who did not want to be named ... the judge said": one unnamed)
        found.append((start.idx, token.idx + len(token.text), f"{LOCAL}ORG:{normalize_name(words)}{SCOPE}{scope}"))
    return found


def _acting_bodies(doc: Doc, nouns: GroupNouns, scope: str, taken: Collection[int]) -> list[tuple[int, int, str]]:
    """Bodies the text names by a plural a common word qualifies, as the subject of an act or a statement: "rights
    groups condemned the arrest", "aid agencies warned of famine", "opposition parties boycotted the vote"
    (collectives.yaml ``acting_bodies``): they acted together, one collective actor of the document, as "students
    stormed" is (``_acting_people``; docs/annotation.md, Actor and recipient: collective actors are actors). Not a
    plural no word qualifies ("groups said"), nor one a name or a demonym qualifies ("Palestinian groups": the
    entities stage's), nor a count's or an owner's ("two groups", "their unions"), nor the subject of a passive."""
    found: list[tuple[int, int, str]] = []
    for token in doc:
        if token.tag_ != "NNS" or token.pos_ != "NOUN" or token.lemma_.lower() not in nouns.acting_bodies \
                or token.idx in taken or token.dep_ != "nsubj":
            continue
        verb = token.head
        if verb.pos_ != "VERB" or not (verb.lemma_.lower() in nouns.acts or verb.lower_ in nouns.acts
                                       or carries_event(verb, nouns)):
            continue
        children = list(token.children)
        if any(c.dep_ in ("nummod", "poss") or c.dep_ == "det" and c.lower_ != "the" for c in children):
            continue
        left = [c for c in children if c.i < token.i and c.dep_ in ("amod", "compound")]
        start = min((c.left_edge for c in left), key=lambda t: t.i, default=None)  # ("human rights groups")
        if start is None or any(t.ent_type_ or t.pos_ == "PROPN" or t.lower_ in nouns.not_names
                                for t in doc[start.i:token.i]):
            continue
        text = text_of(doc)[start.idx:token.idx + len(token.text)]
        found.append((start.idx, token.idx + len(token.text), f"{LOCAL}ORG:{normalize_name(text)}{SCOPE}{scope}"))
    return found


def _person_beside(title: Token, owner: Token, place_words: Collection[int] = ()) -> bool:
    """Whether an office's title is a named person's: in apposition to a person ("Ivan Fedorov, the mayor of
    Melitopol"), with a person in its phrase (but for the words of the place before it, ``place_words``, which the
    model may take for a person: "the Kano governor"), or with a person set off right after its place ("the mayor of
    Melitopol, Ivan Fedorov, said")."""
    doc = title.doc
    if title.dep_ == "appos" and title.head.ent_type_ == "PERSON" or any(
            t.ent_type_ == "PERSON" and t.i not in place_words for t in title.subtree):
        return True
    end = max(max(t.i for t in owner.subtree), title.i) + 1
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "PERSON"


def _indefinite(head: Token) -> bool:
    """Whether a noun is made indefinite by "a", "an" or "one" ("a judge", "one official")."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in head.children)
