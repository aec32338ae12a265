"""When two events, relations or claims are one item, and how one report is folded into another.

One owner for these rules: the pipeline's merge stages use them within a batch, the store uses them when a
new batch meets what it holds, so a bundle and a store agree on what is "the same".
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache

from ..gazetteer import distance_km
from ..knowledge import slugify
from ..model import Claim, Event, Evidence, Location, Relation
from .copies import content_words
from .vocabulary import SYMMETRIC_PREDICATES

SAME_PLACE_KM = 30.0
SCOPE_TAG_CHARS = 60  # of a document's slugged id, in the id of an actor of its own (half of actors.MAX_ID)


def scope_tag(document: str) -> str:
    """The ending of the id of an actor that is one document's own (a body named by common words, "the police" of
    that article: pipeline/groups.py): the document's id, slugged and cut ("police-a1" for document a1)."""
    return "-" + slugify(document)[:SCOPE_TAG_CHARS]


# -- events -----------------------------------------------------------------------------------------------------


def same_place(a: Location | None, b: Location | None) -> bool:
    if a is None or b is None:
        return True
    if a.name == b.name:
        return True
    return None not in (a.lat, b.lat) and distance_km(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM


def same_date(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


ROLES = ("source", "target")


def same_actors(a: Event, b: Event, role: str) -> bool | None:
    """Whether two events name the same actors in ``role``: True where both name the same ones, in any order
    ("Turkey and Russia" are "Russia and Turkey"), or where one names fewer of the other's, beginning with the
    same first actor (a report that names only "Russia" of "Russia and Turkey agreed", as two events with one
    actor each are one only where it is the same); None where they differ otherwise (a contradiction); False where
    either names none."""
    mine, theirs = a.actors(role), b.actors(role)
    if not mine or not theirs:
        return False
    x, y = set(mine), set(theirs)
    if x == y or (x <= y or y <= x) and mine[0] == theirs[0]:
        return True
    return None


def crossed(a: Event, b: Event) -> bool:
    """Whether two attacks cross their parties: the actor of one is the recipient of the other ("A gunman shot the
    ambassador" and "the gunman was killed by police"; "the army shelled the rebels" and "the rebels retaliated
    against the army"). Each is its own act (docs/annotation.md, One event or several: the killing of an attacker
    by the police is its own event, other actor and recipient); PLOVER codes violence both sides use as one event
    with both as actors, not as an attack and its mirror."""
    if a.type != "ASSAULT":
        return False
    return bool(set(a.actors("source")) & set(b.actors("target")) or set(a.actors("target")) & set(b.actors("source")))


def agreement(a: Event, b: Event) -> int | None:
    """How many arguments two events share, or None where one contradicts the other."""
    if a.type != b.type or not same_date(a.date, b.date) or not same_place(a.location, b.location):
        return None
    roles = [same_actors(a, b, role) for role in ROLES]
    if None in roles or crossed(a, b):
        return None
    agree = sum(roles) + (a.date is not None and a.date == b.date)
    return agree + (a.location is not None and b.location is not None)


def absorb(into: Event, other: Event) -> None:
    """Fold a second report of an event into the first: the more precise date and place, known tolls, and the
    actors of a role the first names none of (a role's actors are the first report's, as they were before lists:
    a report that names more of a joint event's parties does not add them to the actors of one that named some)."""
    for role in ROLES:
        into.set_actors(role, into.actors(role) or other.actors(role))
    into.mode = into.mode or other.mode
    if other.date and (into.date is None or len(other.date) > len(into.date)):
        into.date = other.date
    if other.location and (into.location is None or other.location.name != into.location.name
                           and into.location.name in (other.location.name or "")):
        into.location = other.location
    into.location = into.location or other.location
    into.fatalities = into.fatalities if into.fatalities is not None else other.fatalities
    into.injuries = into.injuries if into.injuries is not None else other.injuries
    keys = {e.key() for e in into.evidence}
    into.evidence += [e for e in other.evidence if e.key() not in keys]


def merge_all(events: list[Event], *, same_sentence: bool,
              apart: Callable[[Event, Event], bool] | None = None) -> list[Event]:
    """Merge reports of one occurrence: in a sentence, any that agree; elsewhere, those sharing two arguments.
    ``apart`` tells two reports that are two acts whatever they share (two coordinated acts of one sentence)."""
    merged: list[Event] = []
    for event in events:
        for kept in merged:
            agree = agreement(kept, event) if apart is None or not apart(kept, event) else None
            if agree is not None and (same_sentence and one_place(kept, event) or agree >= 2):
                absorb(kept, event)
                break
        else:
            merged.append(event)
    return merged


def one_place(a: Event, b: Event) -> bool:
    """Two events split by place in one sentence stay apart ("the consulate in Basra and the embassy in Baghdad")."""
    return a.location is None or b.location is None or a.location.name == b.location.name


def event_id(event: Event) -> str:
    """A stable id from what the event is and where it was first reported."""
    first = event.evidence[0]
    parts = [event.type, event.date, event.source, event.target, event.location.name if event.location else None,
             first.document, first.start]
    # A joint event's other actors (an event with one actor per role keeps the id it had before lists)
    parts += [",".join(event.actors(role)) for role in ROLES if len(event.actors(role)) > 1]
    key = "|".join(str(x) for x in parts)
    return "ev-" + hashlib.sha256(key.encode()).hexdigest()[:12]


# -- relations --------------------------------------------------------------------------------------------------


def relation_key(relation: Relation) -> tuple[str, str, str]:
    """Two relations are one when subject, predicate and object are; of a tie with no direction
    (``SYMMETRIC_PREDICATES``: "allied_with"), when the two actors are, in either order (the key holds them in id
    order)."""
    subject, obj = relation.subject, relation.object
    if relation.predicate in SYMMETRIC_PREDICATES and obj < subject:
        subject, obj = obj, subject
    return (subject, relation.predicate, obj)


def relation_id(relation: Relation) -> str:
    return "rel-" + hashlib.sha256("|".join(relation_key(relation)).encode("utf-8")).hexdigest()[:12]


def merge_relations(relations: list[Relation]) -> list[Relation]:
    """One relation per key, with all its evidence in order; relations in key order."""
    merged: dict[tuple[str, str, str], dict[tuple[str, int, int], Evidence]] = {}
    for relation in relations:
        evidence = merged.setdefault(relation_key(relation), {})
        for item in relation.evidence:
            evidence.setdefault(item.key(), item)
    return [
        Relation(s, p, o, [evidence[k] for k in sorted(evidence)])
        for (s, p, o), evidence in sorted(merged.items())
    ]


# -- claims -----------------------------------------------------------------------------------------------------


def claim_key(claim: Claim) -> tuple[str, str, str]:
    """Two claims are one when the same speaker says the same words in the same sentence (white space aside)."""
    sentence = " ".join(claim.evidence[0].text.split()) if claim.evidence else ""
    return (claim.speaker or claim.speaker_text, " ".join(claim.text.split()), sentence)


def claim_id(claim: Claim) -> str:
    return "cl-" + hashlib.sha256("|".join(claim_key(claim)).encode("utf-8")).hexdigest()[:12]


def merge_claims(claims: list[Claim]) -> list[Claim]:
    """One claim per key, with the evidence of all its reports; claims in the order of their first sentence."""
    merged: dict[tuple[str, str, str], Claim] = {}
    for claim in claims:
        key = claim_key(claim)
        if key not in merged:
            merged[key] = Claim(claim.speaker, claim.speaker_text, claim.text, claim.kind, list(claim.evidence))
            continue
        known = {e.key() for e in merged[key].evidence}
        merged[key].evidence += [e for e in claim.evidence if e.key() not in known]
    for claim in merged.values():
        claim.evidence.sort(key=Evidence.key)
    return sorted(merged.values(), key=lambda c: (c.evidence[0].key() if c.evidence else ("", 0, 0), c.text))


# -- copies repeat their original's reports -------------------------------------------------------------------
# Two events merge across documents only when they share two arguments, so an event with fewer ("militias were
# blamed") is never merged, and each copy of an article would add it again. But the same sentence in a document
# and in its copy (a derived_from or near_duplicate pair, as the copy detector finds them) is one report: an event
# that a copy's sentence gives, of the type an event of the original's matching sentence has and contradicting it
# in nothing, is that event, with one more piece of evidence. The batch's copy-merge stage and the store use these.


# Every pair of a copy's items and the kept ones asks again for the same sentences, within a batch: a few hundred.
# An entry is about 1.5 KB (the sentence and its words), so 65,536 of them held 100 MB of a long ingest's worker.
@lru_cache(maxsize=1 << 12)
def sentence_key(text: str) -> frozenset[str]:
    """What two sentences must share to be the same sentence in two copies: their content words."""
    return frozenset(content_words(text))


def repeats(item: Event | Claim, kept: Event | Claim, partners: dict[str, set[str]]) -> bool:
    """True if ``item`` is ``kept`` as a copy reports it: an event of the same type and no argument against, or a
    claim of the same words, with a sentence of its evidence matching one of ``kept``'s in a document it copies
    or is copied by. A claim of the same words, or of the same speaker (a copy's parse may cut a quote otherwise:
    the whole paraphrase, not the quote in it), in that sentence is the claim repeated."""
    if {e.document for e in item.evidence} & {e.document for e in kept.evidence}:
        return False  # two items of one document are two reports: only another document repeats one
    if isinstance(item, Event) and isinstance(kept, Event):
        if item.type != kept.type or agreement(kept, as_partner_tells(item, kept, partners)) is None:
            return False
    elif isinstance(item, Claim) and isinstance(kept, Claim):
        if sentence_key(item.text) != sentence_key(kept.text) and not (item.speaker and item.speaker == kept.speaker):
            return False
    else:
        return False
    return shares_sentence(item.evidence, kept.evidence, partners)


def as_partner_tells(item: Event, kept: Event, partners: dict[str, set[str]]) -> Event:
    """``item`` with the actors that are its document's own ("the police" of a copy, ``police-a2``) named as those
    of the document ``kept`` is told in that it copies or is copied by (``police-a1``): a copy's police are its
    original's, so the two reports of one arrest are one event, not two acts of two forces."""
    theirs = {e.document for e in kept.evidence}
    tags = {scope_tag(mine): scope_tag(other) for mine in sorted({e.document for e in item.evidence})
            for other in sorted(theirs & partners.get(mine, set()))[:1]}
    if not tags:
        return item

    def renamed(actor: str) -> str:
        return next((actor[:-len(mine)] + other for mine, other in tags.items() if actor.endswith(mine)), actor)

    told = replace(item, sources=list(item.sources), targets=list(item.targets))
    for role in ROLES:
        told.set_actors(role, [renamed(a) for a in item.actors(role)])
    return told


def shares_sentence(mine: list[Evidence], theirs_list: list[Evidence], partners: dict[str, set[str]]) -> bool:
    theirs: dict[str, set[frozenset[str]]] = {}
    for evidence in theirs_list:
        theirs.setdefault(evidence.document, set()).add(sentence_key(evidence.text))
    for evidence in mine:
        key = sentence_key(evidence.text)
        if key and any(key in theirs.get(other, ()) for other in partners.get(evidence.document, ())):
            return True
    return False


def same_words(item: Event | Claim, kept: Event | Claim) -> bool:
    return isinstance(item, Claim) and isinstance(kept, Claim) and sentence_key(item.text) == sentence_key(kept.text)


def partners_of(links: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Copy pairs (either direction) as a map from each document to the documents it shares text with."""
    partners: dict[str, set[str]] = {}
    for a, b in links:
        partners.setdefault(a, set()).add(b)
        partners.setdefault(b, set()).add(a)
    return partners


def merge_copies(items: list, partners: dict[str, set[str]]) -> list:
    """The events (or claims), each one that only repeats an earlier one (in a copy's sentence) folded into it."""
    kept: list = []
    for item in items:
        involved = {e.document for e in item.evidence} & partners.keys()
        found = [k for k in kept if repeats(item, k, partners)] if involved else []
        target = min(found, key=lambda k: not same_words(item, k), default=None)  # the same words first
        if target is None:
            kept.append(item)
            continue
        if isinstance(item, Event):
            absorb(target, item)
        else:
            known = {e.key() for e in target.evidence}
            target.evidence += [e for e in item.evidence if e.key() not in known]
        target.evidence.sort(key=Evidence.key)
    return kept
