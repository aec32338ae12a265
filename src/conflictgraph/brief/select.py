"""Read what a briefing needs from the store, in a few queries: the selected events, claims, relations and actors,
the documents they cite and the independent sources those documents form."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..corroboration import Sources, Support
from ..model import Actor, Claim, Document, Event, Relation
from ..store import Filters, Store

# Events of the same type this many days either side of the selection are read as other versions of its events.
VERSION_DAYS = 3


@dataclass(frozen=True)
class Criteria:
    """What a briefing covers: any of one or more actors, a place, an event type, a period."""

    actors: tuple[str, ...] = ()
    place: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None

    def filters(self) -> list[Filters]:
        """The store filters that together select the briefing's events (one per actor, or one)."""
        base = {"place": self.place, "type": self.type, "since": self.since, "until": self.until}
        return [Filters(actor=a, **base) for a in self.actors] or [Filters(**base)]

    def describe(self) -> str:
        """"Kataib Hezbollah; IRQ; 2019-12-01 to 2020-01-31"."""
        parts = [" or ".join(self.actors)] if self.actors else []
        parts += [x for x in (self.place, self.type) if x]
        if self.since or self.until:
            parts.append(f"{self.since or 'the start'} to {self.until or 'the end'}")
        return "; ".join(parts) or "everything in the store"


@dataclass
class Selection:
    """Everything a briefing is written from, read once."""

    criteria: Criteria
    events: list[Event]
    claims: list[Claim]
    relations: list[Relation]
    actors: dict[str, Actor]
    documents: dict[str, Document]
    sources: Sources
    nearby: list[Event] = field(default_factory=list)  # same-type events around the selection: other versions
    actor_ids: set[str] = field(default_factory=set)  # the actors the criteria name

    def support(self, item: Event | Relation | Claim) -> Support:
        return self.sources.support(item.evidence)

    def name(self, actor_id: str | None) -> str | None:
        if actor_id is None:
            return None
        actor = self.actors.get(actor_id)
        return actor.name if actor else actor_id


def select(store: Store, criteria: Criteria) -> Selection:
    """Read the selection: its events, the claims and relations of its actors and documents, what they cite."""
    events: dict[str, Event] = {}
    for filters in criteria.filters():
        for event in store.events(filters):
            events.setdefault(event.id, event)
    chosen = sorted(events.values(), key=lambda e: (e.date or "", e.id))
    named: set[str] = set()
    for name in criteria.actors:
        named |= store.actor_ids(name)
    involved = {x for e in chosen for x in e.actors("source") + e.actors("target")} | named
    documents = {v.document for e in chosen for v in e.evidence}
    if criteria.actors and not criteria.place:
        claims: dict[tuple, Claim] = {}
        for name in criteria.actors:
            for claim in store.claims(Filters(actor=name, since=criteria.since, until=criteria.until)):
                claims.setdefault(_claim_key(claim), claim)
        said = list(claims.values())
    else:
        said = store.claims_in(documents)  # what was said in the articles that report the events
    relations = store.relations_among(involved)
    if named:  # the named actors' own ties, also to actors outside the selection's events
        seen = {(r.subject, r.predicate, r.object) for r in relations}
        for name in criteria.actors:
            for relation in store.relations(Filters(actor=name)):
                if (relation.subject, relation.predicate, relation.object) not in seen:
                    seen.add((relation.subject, relation.predicate, relation.object))
                    relations.append(relation)
    nearby = _nearby(store, chosen, events)
    cited = documents | {v.document for item in [*said, *relations, *nearby] for v in item.evidence}
    ids = involved | {c.speaker for c in said if c.speaker} | {x for r in relations for x in (r.subject, r.object)}
    ids |= {x for e in nearby for x in e.actors("source") + e.actors("target")}
    return Selection(criteria=criteria, events=chosen, claims=said, relations=relations,
                     actors=store.actors_by_id(ids), documents=store.document_meta(cited), sources=store.sources(),
                     nearby=nearby, actor_ids=named)


def _claim_key(claim: Claim) -> tuple:
    return (claim.speaker, claim.text, tuple(v.key() for v in claim.evidence))


def _nearby(store: Store, chosen: list[Event], have: dict[str, Event]) -> list[Event]:
    """Stored events of the selection's types dated within ``VERSION_DAYS`` of one of its dated events, not in it.

    One query per type and run of days (the windows of events close in time are joined).
    """
    days: dict[str, list[date]] = {}
    for e in chosen:
        if e.date and len(e.date) == 10:
            days.setdefault(e.type, []).append(date.fromisoformat(e.date))
    found: list[Event] = []
    pad = timedelta(days=VERSION_DAYS)
    for event_type, dates in sorted(days.items()):
        windows: list[list[date]] = []
        for day in sorted(set(dates)):
            if windows and day - pad <= windows[-1][1] + pad:
                windows[-1][1] = day
            else:
                windows.append([day, day])
        for first, last in windows:
            found += [e for e in store.events(Filters(type=event_type, since=(first - pad).isoformat(),
                                                      until=(last + pad).isoformat()))
                      if e.id not in have and e.date and len(e.date) == 10]
    return found
