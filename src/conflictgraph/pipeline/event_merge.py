"""One event per real occurrence: merge reports of the same event across sentences and documents."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from ..gazetteer import distance_km
from ..model import Event, Location
from . import CorpusContext, stage

SAME_PLACE_KM = 30.0


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


@stage("event-merge", requires=("events",), provides=("event-merge",), scope="corpus")
def merge_events(corpus: CorpusContext) -> None:
    """One event per occurrence across the batch, in text order, with stable ids."""
    events = [replace(e, evidence=list(e.evidence)) for ctx in corpus.docs for e in ctx.events]
    merged = merge_all(events, same_sentence=False)
    merged.sort(key=lambda e: (e.evidence[0].document, e.evidence[0].start, e.type, e.date or "",
                               e.location.name if e.location else ""))
    for event in merged:
        first = event.evidence[0]
        key = "|".join(str(x) for x in (event.type, event.date, event.source, event.target,
                                          event.location.name if event.location else None,
                                          first.document, first.start))
        event.id = "ev-" + hashlib.sha256(key.encode()).hexdigest()[:12]
    corpus.notes["events"] = merged
