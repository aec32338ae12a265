"""People the text names by what they are or do, not by a group's noun: armed people, a person's circle, a
crowd, and plurals of people acting together."""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from ..knowledge import normalize_name
from . import text_of
from .groups import LOCAL, SCOPE, GroupNouns, carries_event, definite, plural_owner, qualifiers

WIELDING = "wielding"  # "machete-wielding men": a word so ending makes people armed, as armed_people_words do


def armed_people(noun: Token, people: Collection[str], armed: Collection[str], heads: Collection[str]) -> bool:
    """Whether a noun is a plural of people an armed word qualifies ("armed men", "masked men", "machete-wielding
    youths"), or a noun of armed people ("gunmen", "bandits"): an armed collective (collectives.yaml ``people_nouns``,
    ``armed_people_words``, ``armed_heads``), which assaults what it storms (pipeline/events.py)."""
    if noun.lower_ in heads:
        return True  # "gunmen", "bandits": armed people by their noun alone
    return noun.tag_ in ("NNS", "NNPS") and noun.lemma_.lower() in people and any(
        c.dep_ in ("amod", "compound") and c.i < noun.i and (c.lower_ in armed or c.lower_.endswith(WIELDING) or any(
            g.lower_ in armed for g in c.subtree)) for c in noun.children)


def _armed_people(doc: Doc, nouns: GroupNouns, scope: str, taken: Collection[int]) -> list[tuple[int, int, str]]:
    """Armed people the text does not name: "armed men", "masked men", "machete-wielding youths" (a plural of
    collectives.yaml ``people_nouns`` an ``armed_people_words`` word qualifies) are one armed collective of the
    document, as "gunmen" are; "the men" after them are that body."""
    found: list[tuple[int, int, str]] = []
    last: dict[str, str] = {}  # the people noun -> the key of the armed body named last with it
    for token in doc:
        if token.tag_ not in ("NNS", "NNPS") or token.lemma_.lower() not in nouns.people:
            continue
        left = [t for t in qualifiers(token, nouns) if t.dep_ in ("amod", "compound", "punct")]
        marks = [t for t in left if t.lower_ in nouns.armed or t.lower_.endswith(WIELDING)]
        start = marks[0] if marks else None
        if start is None and "-" in "".join(t.text for t in left):
            # "heavily-armed", "machete-wielding": a hyphened word the tokenizer split
            joined = "".join(t.text for t in left).lower()
            start = left[0] if any(w in joined for w in ("-armed", "-wielding", "-clad")) else None
        if start is not None:
            while start.i >= 2 and doc[start.i - 1].text == "-" and not doc[start.i - 1].whitespace_ \
                    and not doc[start.i - 2].whitespace_:
                start = doc[start.i - 2]  # "machete-wielding men": the whole hyphened word
            if start.idx in taken:
                continue
            key = f"{LOCAL}ORG:{normalize_name(text_of(doc)[start.idx:token.idx + len(token.text)])}{SCOPE}{scope}"
            last[token.lower_] = key
            found.append((start.idx, token.idx + len(token.text), key))
        elif not left and token.lower_ in last and definite(token) and token.idx not in taken:
            found.append((token.idx, token.idx + len(token.text), last[token.lower_]))
    return found


def _entourage(doc: Doc, nouns: GroupNouns, scope: str, taken: Collection[int],
               is_place: Callable[[Token], bool] | None = None) -> list[tuple[int, int, str]]:
    """A person's circle named by the person's possessive ("Walsh's family", "Ms Raggi's top environmental adviser",
    "Kabila's bodyguards"; collectives.yaml ``entourage_nouns``): they, not the person, act where they are the
    subject (docs/annotation.md, Actor and recipient: who did it, as the text names them), one actor of the
    document. Only a possessor the tagger names as a person; the span is the noun and its own modifiers, the name
    stays the person's. The possessor is a proper name that is no place and no people (the tagger's types of names
    are unsure here: "Raggi" may be tagged a place, "Kabila" an organisation)."""
    found = []
    for token in doc:
        if token.lower_ not in nouns.entourage or token.pos_ != "NOUN" or token.dep_ in ("compound", "poss"):
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ != "PROPN" or owner.ent_type_ in ("NORP", "LOC", "FAC") \
                or is_place is not None and is_place(owner):
            continue
        words = [t for t in token.subtree if owner.i < t.i <= token.i and t.dep_ in ("amod", "compound", "case")
                 and t.head.i == token.i and t.lower_ not in ("'s", "’s", "'")]
        start = min([t for t in words if t.i > owner.i + 1] + [token], key=lambda t: t.i)
        if start.idx in taken:
            continue
        name = f"{owner.text} {text_of(doc)[start.idx:token.idx + len(token.text)]}"
        found.append((start.idx, token.idx + len(token.text), f"{LOCAL}ORG:{normalize_name(name)}{SCOPE}{scope}"))
    return found


def _assembled(doc: Doc, nouns: GroupNouns, scope: str, taken: Collection[int]) -> list[tuple[int, int, str]]:
    """People who gather, march or rally together (collectives.yaml ``assembly_verbs``) as a crowd the text does
    not name: "More than 1,000 people gathered at a rally", "Thousands of students marched through Dhaka". The
    plural of ``people_nouns`` that is the verb's subject, or in the "of" phrase of its subject ("thousands of"),
    is one body of the document, the actor of what it did together (PLOVER, PROTEST: the protesters are its actor);
    so is a nationality's plural ("Kurds"), and the people by whom a protest, a rally or a march is held ("days of
    protests by Turks")."""
    found = []
    for token in doc:
        if token.idx in taken or not (token.tag_ == "NNS" and token.lemma_.lower() in nouns.people
                                      or _people_of_a_nation(token)):
            continue
        subject = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
        if subject.dep_ == "nsubj" and subject.head.pos_ == "VERB" and subject.head.lemma_.lower() in nouns.assembling \
                or token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.head.pos_ == "NOUN" \
                and token.head.head.lemma_.lower() in nouns.assembling:
            # "Thousands of Kurds marched", "days of protests by Turks", "rallies by students": the crowd
            found.append((token.idx, token.idx + len(token.text),
                          f"{LOCAL}ORG:{normalize_name(token.text)}{SCOPE}{scope}"))
    return found


def _acting_people(doc: Doc, nouns: GroupNouns, scope: str, taken: Collection[int]) -> list[tuple[int, int, str]]:
    """People the text names only by a plural of what they are or do, as the subject of an active verb: "Students
    stormed the building", "Villagers attacked a police post", "Kherson residents protested", "Lawyers boycotted the
    courts" (collectives.yaml ``people_nouns`` and ``occupation_nouns``). They did it together: one collective actor
    of the document with the words that qualify the noun (docs/annotation.md, Actor and recipient: collective actors
    are actors, "protesters", "students", "villagers"); so are those a crowd's count names ("Thousands of students
    stormed the parliament", "Hundreds of villagers attacked": collectives.yaml ``crowd_counts``). The verb tells an
    act or a statement (an event, light or report verb of plover.yaml), not "went home early". Not as the subject
    of a passive ("students were detained", whose agent acted), nor a number's or a determiner's few ("three
    students", "some residents"), who are people the act befell or a part of a crowd, not a body; the same noun later
    in the document ("the students") is that body."""
    found: list[tuple[int, int, str]] = []
    last: dict[str, str] = {}  # the noun's lemma -> the key of the body named with it
    for i in nouns.positions(doc, nouns.acting_ids, LEMMA):
        token = doc[i]
        if token.idx in taken or token.tag_ != "NNS" or token.pos_ != "NOUN":
            continue
        lemma = token.lemma_.lower()
        if lemma not in nouns.occupations and lemma not in nouns.people:
            continue
        subject = token
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in nouns.crowd_counts:
            subject = token.head.head  # "Thousands of students stormed": a crowd of them acted together
        if subject.dep_ != "nsubj" or subject.head.pos_ != "VERB":
            continue
        if subject.head.lemma_.lower() not in nouns.acts and subject.head.lower_ not in nouns.acts \
                and not carries_event(subject.head, nouns):
            continue  # "The workers at the plant went home early": no act, no body acting (w40)
        owner = plural_owner(token)
        if any(c.dep_ in ("nummod", "det", "poss") and (c.dep_ != "det" or c.lower_ != "the")
               and (owner is None or c.i != owner.i) for c in token.children):
            continue  # "three students", "some residents", "their lawyers": people, not a body
        left = [t for t in qualifiers(token, nouns) if t.dep_ in ("amod", "compound")]
        # "the victims' families accused": the people of those its plural possessive names, a body of their own
        start = owner if owner is not None else left[0] if left else token
        left = left or ([owner] if owner is not None else [])
        text = text_of(doc)[start.idx:token.idx + len(token.text)]
        key = last.get(lemma) if not left else None
        key = key or f"{LOCAL}ORG:{normalize_name(text)}{SCOPE}{scope}"
        last.setdefault(lemma, key)
        found.append((start.idx, token.idx + len(token.text), key))
    return found


def _people_of_a_nation(token: Token) -> bool:
    """Whether a word is a nationality's or a people's plural ("Turks", "Kurds", "Armenians"): a crowd where they
    assemble, not their state (docs/annotation.md, Actor and recipient: collective actors are actors)."""
    return token.tag_ in ("NNPS", "NNS") and token.ent_type_ == "NORP" and token.text.endswith("s") \
        and not token.text.isupper()
