"""Where the sources disagree: stored events that may be one occurrence told differently by different sources, and
items that rest on one source, or only on copies of one article.

The store merges two reports into one event only when they agree (``pipeline/event_merge.py``): same type,
dates and places that agree, no two different sources or targets. So two sources that give one occurrence a
different date, place, perpetrator or target leave two events in the store, and a toll that differs shows as
two events whose tolls differ. Here, two events are versions of one occurrence when they are of the same type,
dated within ``VERSION_DAYS`` of each other, agree on at least two of source, target and place, differ on at
least one of date, place, source, target, deaths and injuries, and each rests on a source the other lacks.
That they are one occurrence is a reading, not a fact: the briefing says so.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date

from ..core.identity import same_place
from ..model import Event
from .select import VERSION_DAYS, Selection

FIELDS = ("date", "place", "source", "target", "deaths", "injuries")


@dataclass
class Disagreement:
    """Two or more events that may be one occurrence, and the fields on which their sources differ."""

    events: list[Event]
    differ: list[str]  # among FIELDS


def _day(event: Event) -> date | None:
    return date.fromisoformat(event.date) if event.date and len(event.date) == 10 else None


def _role(event: Event, role: str) -> frozenset[str] | None:
    """The actors of a role as a set (PLOVER's joint actors: "Turkey and Russia" is "Russia and Turkey"), or None."""
    return frozenset(event.actors(role)) or None


def _values(event: Event) -> dict[str, object]:
    location = event.location
    return {"date": event.date, "place": location, "source": _role(event, "source"), "target": _role(event, "target"),
            "deaths": event.fatalities, "injuries": event.injuries}


def compare(a: Event, b: Event) -> tuple[int, list[str]] | None:
    """(how many of source, target and place they share, the fields they differ on), or None if they cannot be
    one occurrence (another type, or dates too far apart)."""
    if a.type != b.type:
        return None
    da, db = _day(a), _day(b)
    if da is None or db is None or abs((da - db).days) > VERSION_DAYS:
        return None
    shared = sum(_role(a, r) is not None and _role(a, r) == _role(b, r) for r in ("source", "target"))
    places = a.location is not None and b.location is not None
    shared += places and same_place(a.location, b.location)
    va, vb = _values(a), _values(b)
    differ = [f for f in FIELDS if va[f] is not None and vb[f] is not None and f != "place" and va[f] != vb[f]]
    if places and not same_place(a.location, b.location):
        differ.insert(1, "place")
    return shared, sorted(differ, key=FIELDS.index)


def disagreements(selection: Selection) -> list[Disagreement]:
    """Groups of versions of one occurrence among the selection's events and the events around them."""
    sources = selection.sources
    pool = sorted({e.id: e for e in [*selection.events, *selection.nearby]}.values(),
                  key=lambda e: (e.date or "", e.id))
    chosen = {e.id for e in selection.events}
    by_type: dict[str, list[Event]] = {}
    for event in pool:
        if _day(event) is not None:
            by_type.setdefault(event.type, []).append(event)
    of = {e.id: {sources.source(v.document) for v in e.evidence} for e in pool}
    groups: list[Disagreement] = []
    for events in by_type.values():
        days = [_day(e).toordinal() for e in events]  # type: ignore[union-attr]
        for i, a in enumerate(events):
            if a.id not in chosen:
                continue
            # A selected event and the events of its type within VERSION_DAYS that are versions of it; not
            # transitively, or a run of events a day apart would become one "occurrence".
            group = Disagreement([a], [])
            for b in events[bisect_left(days, days[i] - VERSION_DAYS):bisect_right(days, days[i] + VERSION_DAYS)]:
                if b.id == a.id:
                    continue
                found = compare(a, b)
                if found is None or found[0] < 2 or not found[1]:
                    continue
                if not (of[a.id] - of[b.id] and of[b.id] - of[a.id]):
                    continue  # one source tells both: not sources disagreeing
                group.events.append(b)
                group.differ = sorted(set(group.differ) | set(found[1]), key=FIELDS.index)
            ids = {e.id for e in group.events}
            if len(ids) > 1 and not any(ids <= {e.id for e in g.events} for g in groups):
                groups = [g for g in groups if not {e.id for e in g.events} <= ids]
                groups.append(group)
    for group in groups:
        group.events.sort(key=lambda e: (e.date or "", e.id))
    return sorted(groups, key=lambda g: (g.events[0].date or "", g.events[0].id))


@dataclass
class Flags:
    """The selected items that rest on one article, or only on copies of one article."""

    single: list[Event]
    copies: list[Event]


def flags(selection: Selection) -> Flags:
    single, copies = [], []
    for event in selection.events:
        support = selection.support(event)
        if support.sources == 1:
            (single if support.documents == 1 else copies).append(event)
    return Flags(single, copies)
