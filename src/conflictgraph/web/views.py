"""Read the store for one request and shape what it answers into the API's models: pages and JSON share them.

Only the store's read API is called here; nothing in the web layer writes SQL or touches files.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from urllib.parse import quote

from ..corroboration import Sources
from ..model import APPROXIMATE_LEVELS, Actor, Claim, Document, Duplicate, Event, Evidence, Relation
from ..store import Filters, Store
from . import schemas as s

# The map draws at most this many events: past it, the newest are shown. (The timeline counts them all.)
MAP_LIMIT = 3000
# An actor's page shows this many of its relations in each role, those with the most evidence first; a link
# leads to the others (a busy actor has over a hundred, some with a thousand sentences).
RELATIONS_SHOWN = 20


@lru_cache(maxsize=65536)  # an answer names the same few actors and documents many times: quote each once
def actor_url(actor_id: str) -> str:
    return f"/actors/{quote(actor_id, safe='')}"


@lru_cache(maxsize=65536)
def _document_path(document_id: str) -> str:
    return f"/documents/{quote(document_id, safe='')}"


def document_url(document_id: str, start: int | None = None) -> str:
    url = _document_path(document_id)
    return url if start is None else f"{url}#s-{start}"


class View:
    """The store as one request sees it; actors and document titles looked up once per request."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._actors: dict[str, Actor | None] = {}
        self._named: dict[str, Actor | None] = {}  # actors read for their names and kinds, without aliases
        self._titles: dict[str, str | None] = {}
        self._sources: Sources | None = None

    # -- building blocks ----------------------------------------------------------------------------------------

    def actor_obj(self, actor_id: str) -> Actor | None:
        if actor_id not in self._actors:
            self._actors[actor_id] = self.store.actor(actor_id)
        return self._actors[actor_id]

    def preload_items(self, events: Iterable[Event] = (), relations: Iterable[Relation] = (),
                      claims: Iterable[Claim] = ()) -> None:
        """Look up in one query the actors these items name (one query each would cost more than the items)."""
        self.preload([*(x for e in events for x in (*e.actors("source"), *e.actors("target"))),
                      *(x for r in relations for x in (r.subject, r.object)), *(c.speaker for c in claims)])

    def preload(self, ids: Iterable[str | None]) -> None:
        """Look up in one query the names of the actors these ids name that this request has not seen yet."""
        missing = {i for i in ids if i and i not in self._actors and i not in self._named}
        if missing:
            found = self.store.actors_by_id(missing, aliases=False)
            self._named.update({i: found.get(i) for i in missing})

    def named(self, actor_id: str) -> Actor | None:
        """The actor for its name and kind (its aliases may not have been read)."""
        if actor_id in self._actors:
            return self._actors[actor_id]
        if actor_id not in self._named:
            self.preload([actor_id])
        return self._named[actor_id]

    def ref(self, actor_id: str | None) -> s.ActorRef | None:
        if actor_id is None:
            return None
        actor = self.named(actor_id)
        return s.ActorRef(id=actor_id, name=actor.name if actor else actor_id, url=actor_url(actor_id))

    def titles(self, ids: set[str]) -> dict[str, str | None]:
        missing = ids - self._titles.keys()
        if missing:
            for document in self.store.documents(ids=missing):
                self._titles[document.id] = document.title
        return {i: self._titles.get(i) for i in ids}

    @staticmethod
    def evidence(items: list[Evidence]) -> list[s.EvidenceOut]:
        return [s.EvidenceOut(document=e.document, start=e.start, end=e.end, text=e.text,
                              url=document_url(e.document, e.start)) for e in items]

    def support(self, item: Event | Relation | Claim) -> s.SupportOut:
        if self._sources is None:  # once a request: the store checks the copies have not changed on each call
            self._sources = self.store.sources()
        found = self._sources.support(item.evidence)
        return s.SupportOut(documents=found.documents, sources=found.sources)

    def event(self, event: Event) -> s.EventOut:
        location = event.location
        return s.EventOut(
            id=event.id, type=event.type, mode=event.mode, source=self.ref(event.source), target=self.ref(event.target),
            sources=[r for x in event.sources if (r := self.ref(x))],
            targets=[r for x in event.targets if (r := self.ref(x))],
            date=event.date, date_precision=event.date_precision, fatalities=event.fatalities,
            injuries=event.injuries,
            location=s.LocationOut(name=location.name, country=location.country, lat=location.lat, lon=location.lon,
                                   geonames_id=location.geonames_id, level=location.level,
                                   approximate=location.level in APPROXIMATE_LEVELS) if location else None,
            support=self.support(event), evidence=self.evidence(event.evidence))

    def relation(self, relation: Relation) -> s.RelationOut:
        subject, obj = self.ref(relation.subject), self.ref(relation.object)
        assert subject is not None and obj is not None
        return s.RelationOut(subject=subject, predicate=relation.predicate, object=obj,
                             support=self.support(relation), evidence=self.evidence(relation.evidence))

    def claim(self, claim: Claim) -> s.ClaimOut:
        return s.ClaimOut(speaker=self.ref(claim.speaker), speaker_text=claim.speaker_text, text=claim.text,
                          kind=claim.kind, support=self.support(claim), evidence=self.evidence(claim.evidence))

    @staticmethod
    def actor(actor: Actor) -> s.ActorOut:
        return s.ActorOut(id=actor.id, name=actor.name, kind=actor.kind, country=actor.country,
                          wikidata=actor.wikidata, aliases=actor.aliases, url=actor_url(actor.id))

    def duplicate(self, document_id: str, duplicate: Duplicate) -> s.DuplicateOut:
        return s.DuplicateOut(document=document_id, title=self.titles({document_id})[document_id],
                              similarity=duplicate.similarity, relation=duplicate.relation,
                              url=document_url(document_id))

    def summary(self, document: Document) -> s.DocumentSummary:
        self._titles[document.id] = document.title
        return s.DocumentSummary(
            id=document.id, title=document.title, outlet=document.outlet, published=document.published,
            published_basis=document.published_basis, language=document.language, source=document.source,
            url=document_url(document.id),
            duplicates=[self.duplicate(x.document, x) for x in document.duplicates])

    # -- what the pages and the API ask for ------------------------------------------------------------------

    def overview(self, latest: int = 10, active: int = 10, copies: int = 20) -> s.Overview:
        counts = self.store.counts()
        latest_events = self.store.events(limit=latest)
        self.preload_items(latest_events)
        return s.Overview(
            counts=counts,
            latest_events=[self.event(e) for e in latest_events],
            active_actors=[s.ActiveActor(actor=self.actor(a), events=n) for a, n in self.store.active_actors(active)],
            copies=self.copies(copies, counts.get("copies", 0)))

    def copies(self, limit: int, total: int) -> list[s.CopyOut]:
        """Documents flagged as copies, newest first, each with the first document it copies."""
        if not total:
            return []
        first: dict[str, Duplicate] = {}
        for holder, duplicate in self.store.copies(limit=limit * 4):
            first.setdefault(holder, duplicate)
        chosen = list(first)[:limit]
        documents = {d.id: d for d in self.store.documents(ids=chosen)}
        return [s.CopyOut(document=self.summary(documents[i]), of=self.duplicate(first[i].document, first[i]))
                for i in chosen if i in documents]

    def events(self, filters: Filters, limit: int, offset: int) -> s.Page[s.EventOut]:
        found = self.store.events(filters, limit, offset)
        self.preload(x for e in found for x in (*e.actors("source"), *e.actors("target")))
        return s.Page[s.EventOut](total=self.store.count_events(filters), limit=limit, offset=offset,
                                  items=[self.event(e) for e in found])

    def geojson(self, filters: Filters, limit: int = MAP_LIMIT) -> s.FeatureCollection:
        features: list[s.Feature] = []
        offset, page, truncated = 0, 500, False
        # Events without coordinates are skipped, so read located ones in pages until ``limit`` of them are found.
        while True:
            batch = self.store.events(filters, limit=page, offset=offset, located=True)
            self.preload(x for e in batch for x in (*e.actors("source"), *e.actors("target")))
            for event in batch:
                where = event.location
                if where is None or where.lat is None or where.lon is None:
                    continue
                if len(features) == limit:
                    truncated = True
                    break
                features.append(s.Feature(geometry=s.Point(coordinates=(where.lon, where.lat)),
                                          properties=self.event(event)))
            if truncated or len(batch) < page:
                break
            offset += page
        return s.FeatureCollection(features=features, truncated=truncated)

    def timeline(self, filters: Filters, by: str | None = None) -> s.Timeline:
        return timeline(self.store.event_dates(filters), by)

    def actors(self, filters: Filters, limit: int, offset: int) -> s.Page[s.ActorOut]:
        total = self.store.counts()["actors"] if not filters else None
        return s.Page[s.ActorOut](total=total, limit=limit, offset=offset,
                                  items=[self.actor(a) for a in self.store.actors(filters, limit, offset)])

    def actor_detail(self, actor_id: str, limit: int = 50, relations: int = RELATIONS_SHOWN) -> s.ActorDetail | None:
        """The actor with its ``relations`` strongest relations in each role, its ``limit`` newest events in each
        role and its first ``limit`` claims; the totals say how many more there are."""
        actor = self.actor_obj(actor_id)
        if actor is None:
            return None
        mine = Filters(actor=actor_id)
        out = self.store.relations(mine, limit=relations, role="subject", order="strongest")
        into = self.store.relations(mine, limit=relations, role="object", order="strongest")
        # The newest events of each role, each read through its index: an actor that acted in many recent events
        # still shows those it was the target of.
        as_source = self.store.events(mine, limit=limit, role="source")
        as_target = self.store.events(mine, limit=limit, role="target")
        claims = self.store.claims(mine, limit=limit)
        self.preload_items([*as_source, *as_target], [*out, *into], claims)
        return s.ActorDetail(
            actor=self.actor(actor),
            relations_out=[self.relation(r) for r in out],
            relations_out_total=self._total(out, relations, lambda: self.store.count_relations(mine, role="subject")),
            relations_in=[self.relation(r) for r in into],
            relations_in_total=self._total(into, relations, lambda: self.store.count_relations(mine, role="object")),
            events_total=self.store.count_events(mine),
            events_as_source=[self.event(e) for e in as_source],
            events_as_target=[self.event(e) for e in as_target],
            claims=[self.claim(c) for c in claims])

    @staticmethod
    def _total(page: list, limit: int, count) -> int:
        """How many items there are in all, given a first page of at most ``limit`` (counted only if it is full)."""
        return len(page) if len(page) < limit else count()

    def relations(self, actor: str | None, role: str | None, limit: int, offset: int) -> s.Page[s.RelationOut]:
        """A page of relations, those with the most evidence first (of ``actor``, in ``role`` if given)."""
        chosen = Filters(actor=actor)
        found = self.store.relations(chosen, limit, offset, role=role, order="strongest")
        self.preload_items(relations=found)
        return s.Page[s.RelationOut](total=self.store.count_relations(chosen, role=role), limit=limit, offset=offset,
                                     items=[self.relation(r) for r in found])

    def network(self, filters: Filters, limit: int) -> s.Network:
        edges = sorted(self.store.edges(filters), key=lambda x: (-x[3], x[0], x[1], x[2]))
        kept = edges[:limit]
        weights: Counter[str] = Counter()
        for edge in kept:
            weights[edge.source] += edge.weight
            weights[edge.target] += edge.weight
        nodes = []
        self.preload(weights)
        for actor_id, weight in sorted(weights.items()):
            actor = self.named(actor_id)
            nodes.append(s.NetworkNode(id=actor_id, name=actor.name if actor else actor_id,
                                       kind=actor.kind if actor else None, weight=weight, url=actor_url(actor_id)))
        return s.Network(nodes=nodes, truncated=len(edges) > limit, edges=[
            s.NetworkEdge(source=e.source, target=e.target, label=e.label, weight=e.weight, kind=e.kind)
            for e in kept])

    def documents(self, limit: int, offset: int) -> s.Page[s.DocumentSummary]:
        return s.Page[s.DocumentSummary](total=self.store.counts()["documents"], limit=limit, offset=offset,
                                         items=[self.summary(d) for d in self.store.documents(limit, offset)])

    def document(self, document_id: str) -> s.DocumentOut | None:
        document = self.store.document(document_id)
        if document is None:
            return None
        here = Filters(document=document_id)
        events, relations, claims = self.store.events(here), self.store.relations(here), self.store.claims(here)
        self.preload_items(events, relations, claims)
        return s.DocumentOut(
            **self.summary(document).model_dump(), text=document.text,
            copied_by=[self.duplicate(other, x) for other, x in self.store.copied_by(document_id)],
            mentions=[s.MentionOut(start=m.start, end=m.end, text=m.text, type=m.type, actor=m.actor, value=m.value)
                      for m in self.store.mentions(document_id)],
            events=[self.event(e) for e in events],
            relations=[self.relation(r) for r in relations],
            claims=[self.claim(c) for c in claims])

    def search(self, words: str, limit: int) -> list[s.HitOut]:
        return [s.HitOut(document=h.document, title=h.title, evidence=self.evidence([h.evidence])[0])
                for h in self.store.search(words, limit)]


def timeline(dated: list[tuple[str | None, str, int]], by: str | None = None, truncated: bool = False) -> s.Timeline:
    """Sum (date, type, count) per bucket; ``by`` None picks days for a span up to 120 days, weeks up to 3 years."""
    days = [(date.fromisoformat(d), t, n) for d, t, n in dated if d and len(d) == 10]
    months = [(date.fromisoformat(d + "-01"), t, n) for d, t, n in dated if d and len(d) == 7]
    if by is None:
        span = (max(x for x, _, _ in days) - min(x for x, _, _ in days)).days if days else 0
        by = "day" if span <= 120 else "week" if span <= 3 * 366 else "month"
    points = days + (months if by == "month" else [])
    undated = sum(n for _, _, n in dated) - sum(n for _, _, n in points)
    if not points:
        return s.Timeline(by=by, buckets=[], series={}, undated=undated, truncated=truncated)  # type: ignore[arg-type]

    def bucket(day: date) -> date:
        if by == "week":
            return day - timedelta(days=day.weekday())
        return day.replace(day=1) if by == "month" else day

    def following(day: date) -> date:
        if by == "month":
            return (day + timedelta(days=32)).replace(day=1)
        return day + timedelta(days=1 if by == "day" else 7)

    first, last = min(bucket(d) for d, _, _ in points), max(bucket(d) for d, _, _ in points)
    buckets, day = [], first
    while day <= last:
        buckets.append(day)
        day = following(day)
    index = {b: i for i, b in enumerate(buckets)}
    series: dict[str, list[int]] = {}
    for day, kind, count in points:
        series.setdefault(kind, [0] * len(buckets))[index[bucket(day)]] += count
    return s.Timeline(by=by, buckets=[b.isoformat() for b in buckets], undated=undated,  # type: ignore[arg-type]
                      series=dict(sorted(series.items())), truncated=truncated)
