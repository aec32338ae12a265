"""When two events, relations or claims are one item, and how one report is folded into another.

One owner for these rules: the pipeline's merge stages use them within a batch, the store uses them when a
new batch meets what it holds, so a bundle and a store agree on what is "the same".
"""

from __future__ import annotations

import hashlib

from ..gazetteer import distance_km
from ..model import Claim, Event, Evidence, Location, Relation

SAME_PLACE_KM = 30.0


# -- events -----------------------------------------------------------------------------------------------------


def same_place(a: Location | None, b: Location | None) -> bool:
    if a is None or b is None:
        return True
    if a.name == b.name:
        return True
    return None not in (a.lat, b.lat) and distance_km(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM


def same_date(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def agreement(a: Event, b: Event) -> int | None:
    """How many arguments two events share, or None where one contradicts the other."""
    if a.type != b.type or not same_date(a.date, b.date) or not same_place(a.location, b.location):
        return None
    if any(x is not None and y is not None and x != y for x, y in ((a.source, b.source), (a.target, b.target))):
        return None
    shared = [(a.source, b.source), (a.target, b.target), (a.date, b.date)]
    agree = sum(x is not None and x == y for x, y in shared)
    return agree + (a.location is not None and b.location is not None)


def absorb(into: Event, other: Event) -> None:
    """Fold a second report of an event into the first: the more precise date and place, known tolls."""
    into.source, into.target = into.source or other.source, into.target or other.target
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


def merge_all(events: list[Event], *, same_sentence: bool) -> list[Event]:
    """Merge reports of one occurrence: in a sentence, any that agree; elsewhere, those sharing two arguments."""
    merged: list[Event] = []
    for event in events:
        for kept in merged:
            agree = agreement(kept, event)
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
    key = "|".join(str(x) for x in (event.type, event.date, event.source, event.target,
                                      event.location.name if event.location else None,
                                      first.document, first.start))
    return "ev-" + hashlib.sha256(key.encode()).hexdigest()[:12]


# -- relations --------------------------------------------------------------------------------------------------


def relation_key(relation: Relation) -> tuple[str, str, str]:
    """Two relations are one when subject, predicate and object are."""
    return (relation.subject, relation.predicate, relation.object)


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
