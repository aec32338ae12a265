"""What the store answers: documents, actors, events, relations and claims by filter, support, search, bundles."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import NamedTuple

from sqlalchemy import Connection, Engine, Select, and_, exists, func, or_, select, text, union, union_all

from ..corroboration import Sources, Support
from ..frames import Results
from ..model import Actor, Bundle, Claim, Document, Duplicate, Event, Evidence, Mention, Relation
from . import schema as t
from .order import actor_page, by_role, members, newest, of_role
from .rows import event_from, location_from


@dataclass(frozen=True)
class Filters:
    """What the query commands, the exports and the web app select by; each field left None selects all.

    ``actor``: an actor id or any of its names; ``type``: a PLOVER event type (or a relation predicate, or a
    claim kind); ``since``/``until``: ISO dates, compared at the precision of each item's date; ``place``: words
    of a place name, or an ISO alpha-3 country code; ``text``: words in the item's evidence; ``document``:
    items with evidence in that document. Relations and claims have no place: ``place`` leaves them out, and
    their dates are those of the documents that report them.
    """

    actor: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    text: str | None = None
    document: str | None = None

    def __bool__(self) -> bool:
        return any(getattr(self, f) for f in self.__dataclass_fields__)


class Edge(NamedTuple):
    """A link of the actor network: a relation (weighed by its evidence) or the events of one dyad and type."""

    source: str
    target: str
    label: str  # a predicate, or a PLOVER event type
    weight: int
    kind: str  # "relation" or "event": said by where the edge comes from, never guessed from its label


@dataclass(frozen=True)
class Hit:
    """A sentence that matched a search, in its document."""

    document: str
    title: str | None
    evidence: Evidence


NO_FILTERS = Filters()


def _on_or_after(column, since: str):
    return column >= func.substr(since, 1, func.length(column))


def _on_or_before(column, until: str):
    return func.substr(column, 1, len(until)) <= until


class Reader:
    """The reading half of :class:`~conflictgraph.store.Store`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sources: Sources | None = None
        self._sources_key: int | None = None

    def changed(self) -> None:
        self._sources = None

    # -- documents ------------------------------------------------------------------------------------------

    def version(self, connection: Connection | None = None) -> int:
        """A number that changes whenever the store does: every stored batch adds documents, numbered in order.

        ``connection``: an open one to ask on (its transaction is ended, so the next call sees new batches).
        """
        if connection is not None:
            try:
                return connection.execute(select(func.max(t.documents.c.seq))).scalar() or 0
            finally:
                connection.rollback()
        with self.engine.connect() as c:
            return c.execute(select(func.max(t.documents.c.seq))).scalar() or 0

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as c:
            out = {name: c.execute(select(func.count()).select_from(table)).scalar() or 0
                   for name, table in (("documents", t.documents), ("actors", t.actors), ("mentions", t.mentions),
                                       ("relations", t.relations), ("events", t.events), ("claims", t.claims))}
            out["copies"] = c.execute(select(func.count(t.duplicates.c.document.distinct()))).scalar() or 0
        return out

    def documents(self, limit: int | None = None, offset: int = 0, *, ids: Iterable[str] | None = None,
                  order: str = "newest") -> Results[Document]:
        """Documents, newest published first (``order="arrival"``: in the order they were stored)."""
        d = t.documents.c
        query = select(t.documents)
        if ids is not None:
            query = query.where(d.id.in_(list(ids)))
        if order == "arrival":
            query = query.order_by(d.seq)
        else:
            query = query.order_by(d.published.is_(None), d.published.desc(), d.seq.desc())
        with self.engine.connect() as c:
            rows = c.execute(query.limit(limit).offset(offset)).all()
            found = Results((Document(id=r.id, source=r.source, text=r.text, title=r.title, outlet=r.outlet,
                                      published=r.published, published_basis=r.published_basis,
                                      language=r.language) for r in rows),
                            "documents")
            by_id = {doc.id: doc for doc in found}
            if by_id:
                x = t.duplicates.c
                for row in c.execute(select(t.duplicates).where(x.document.in_(list(by_id)))
                                     .order_by(x.document, x.other, x.relation)):
                    by_id[row.document].duplicates.append(Duplicate(row.other, row.similarity, row.relation))
        return found

    def document(self, document_id: str) -> Document | None:
        found = self.documents(ids=[document_id])
        return found[0] if found else None

    def stored_texts(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes (``content_hash`` of a text) the store already holds."""
        wanted = list(hashes)
        with self.engine.connect() as c:
            return set(c.execute(select(t.documents.c.content_hash)
                                 .where(t.documents.c.content_hash.in_(wanted))).scalars()) if wanted else set()

    def holding(self, documents: Iterable[Document]) -> list[str]:
        """The ids of these documents whose text the store holds (under their id or another)."""
        from .write import content_hash

        hashes = {d.id: content_hash(d.text) for d in documents}
        known = self.stored_texts(hashes.values())
        return [i for i, digest in hashes.items() if digest in known]

    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these document ids the store already holds."""
        wanted = list(ids)
        with self.engine.connect() as c:
            return set(c.execute(select(t.documents.c.id).where(t.documents.c.id.in_(wanted))).scalars()) \
                if wanted else set()

    def copies(self, limit: int | None = None, offset: int = 0) -> list[tuple[str, Duplicate]]:
        """Every duplicate entry, as (the document that holds it, the entry), newest copies first."""
        x, d = t.duplicates.c, t.documents.c
        with self.engine.connect() as c:
            rows = c.execute(select(t.duplicates).join(t.documents, d.id == x.document)
                             .order_by(d.published.is_(None), d.published.desc(), d.seq.desc(), x.other, x.relation)
                             .limit(limit).offset(offset))
            return [(r.document, Duplicate(r.other, r.similarity, r.relation)) for r in rows]

    def copied_by(self, document_id: str) -> list[tuple[str, Duplicate]]:
        """The documents whose duplicate entries point at this one, with those entries."""
        x = t.duplicates.c
        with self.engine.connect() as c:
            rows = c.execute(select(t.duplicates).where(x.other == document_id).order_by(x.document, x.relation))
            return [(r.document, Duplicate(r.other, r.similarity, r.relation)) for r in rows]

    def mentions(self, document_id: str) -> Results[Mention]:
        m = t.mentions.c
        with self.engine.connect() as c:
            rows = c.execute(select(t.mentions).where(m.document == document_id).order_by(m.start, m.end, m.type))
            return Results((Mention(r.document, r.start, r.end, r.text, r.type, r.actor, r.value,
                                    location_from(r.geo)) for r in rows), "mentions")

    def search(self, words: str, limit: int = 50) -> Results[Hit]:
        """Sentences that hold all these words (full-text, ranked), with their documents' titles."""
        terms = re.findall(r"\w+", words)
        if not terms:
            return Results([], "hits")
        with self.engine.connect() as c:
            if c.dialect.name == "sqlite":
                query = " ".join('"' + term.replace('"', "") + '"' for term in terms)
                rows = c.execute(text(
                    "SELECT f.document, f.start, s.\"end\", s.text, d.title FROM sentences_fts f "
                    "JOIN sentences s ON s.document = f.document AND s.start = f.start "
                    "JOIN documents d ON d.id = f.document "
                    "WHERE sentences_fts MATCH :q ORDER BY f.rank, d.seq, f.start LIMIT :n"),
                    {"q": query, "n": limit}).all()
            else:
                rows = c.execute(text(
                    "SELECT s.document, s.start, s.\"end\", s.text, d.title FROM sentences s "
                    "JOIN documents d ON d.id = s.document "
                    "WHERE to_tsvector('english', s.text) @@ plainto_tsquery('english', :q) "
                    "ORDER BY ts_rank(to_tsvector('english', s.text), plainto_tsquery('english', :q)) DESC, "
                    "d.seq, s.start LIMIT :n"), {"q": " ".join(terms), "n": limit}).all()
        return Results((Hit(r[0], r[4], Evidence(r[0], int(r[1]), int(r[2]), r[3])) for r in rows), "hits")

    # -- actors ---------------------------------------------------------------------------------------------

    def actor_ids(self, name: str) -> set[str]:
        """The actors an id or a name (any alias, any case) stands for."""
        with self.engine.connect() as c:
            return set(c.execute(union(
                select(t.actors.c.id).where(or_(t.actors.c.id == name, func.lower(t.actors.c.name) == name.casefold())),
                select(t.aliases.c.actor).where(t.aliases.c.folded == name.casefold()))).scalars())

    def _actors(self, c, ids: Iterable[str] | None = None, query: Select | None = None,
                with_aliases: bool = True) -> list[Actor]:
        a = t.actors.c
        if query is None:
            query = select(t.actors).order_by(a.id)
        if ids is not None:
            query = query.where(a.id.in_(list(ids)))
        rows = c.execute(query).all()
        aliases: dict[str, list[str]] = defaultdict(list)
        if rows and with_aliases:
            for actor, alias in c.execute(select(t.aliases.c.actor, t.aliases.c.alias)
                                          .where(t.aliases.c.actor.in_([r.id for r in rows]))
                                          .order_by(t.aliases.c.actor, t.aliases.c.alias)):
                aliases[actor].append(alias)
        return [Actor(r.id, r.name, r.kind, sorted(aliases[r.id], key=lambda x: (x != r.name, x)), r.country,
                      r.wikidata) for r in rows]

    def actors_by_id(self, ids: Iterable[str], *, aliases: bool = True) -> dict[str, Actor]:
        """The stored actors among these ids, by id (one query, however many); ``aliases=False``: without their
        aliases (``aliases`` is [] then), for what only needs their names."""
        wanted = sorted(set(ids))
        found: dict[str, Actor] = {}
        with self.engine.connect() as c:
            for start in range(0, len(wanted), 500):
                found.update((a.id, a) for a in self._actors(c, wanted[start:start + 500], with_aliases=aliases))
        return found

    def actor(self, actor_id: str) -> Actor | None:
        with self.engine.connect() as c:
            found = self._actors(c, [actor_id])
        return found[0] if found else None

    def actors(self, filters: Filters | None = None, limit: int | None = None, offset: int = 0) -> Results[Actor]:
        """Actors by name; ``actor`` and ``text`` filters match their names, the others the events they took part in."""
        filters = filters or NO_FILTERS
        a = t.actors.c
        query = select(t.actors).order_by(a.name, a.id)
        if filters.actor:
            query = query.where(a.id.in_(self.actor_ids(filters.actor) or {""}))
        if filters.text:
            query = query.where(exists().where(t.aliases.c.actor == a.id,
                                               t.aliases.c.folded.contains(filters.text.casefold(), autoescape=True)))
        event_filters = Filters(type=filters.type, since=filters.since, until=filters.until, place=filters.place,
                                document=filters.document)
        if event_filters:
            chosen = self._event_query(event_filters).subquery()
            query = query.where(or_(a.id.in_(select(chosen.c.source)), a.id.in_(select(chosen.c.target)),
                                    a.id.in_(select(t.event_actors.c.actor)
                                             .where(t.event_actors.c.event.in_(select(chosen.c.id))))))
        with self.engine.connect() as c:
            return Results(self._actors(c, query=query.limit(limit).offset(offset)), "actors")

    def active_actors(self, limit: int = 10) -> list[tuple[Actor, int]]:
        """The actors in most events, as source or target, with that number."""
        e = t.events.c
        roles = union_all(select(e.source.label("actor")).where(e.source.is_not(None)),
                          select(e.target.label("actor")).where(e.target.is_not(None))).subquery()
        with self.engine.connect() as c:
            counted = c.execute(select(roles.c.actor, func.count().label("n")).group_by(roles.c.actor)
                                .order_by(func.count().desc(), roles.c.actor).limit(limit)).all()
            actors = {a.id: a for a in self._actors(c, [row.actor for row in counted])}
        return [(actors[row.actor], row.n) for row in counted if row.actor in actors]

    # -- events, relations, claims --------------------------------------------------------------------------

    def _evidence_filter(self, kind: str, item_column, filters: Filters):
        v = t.evidence.c
        conditions = []
        if filters.text:
            conditions.append(exists().where(v.kind == kind, v.item == item_column,
                                             func.lower(v.text).contains(filters.text.casefold(), autoescape=True)))
        if filters.document:
            # IN over the document's evidence (an index look-up), not EXISTS per item: that walked every event.
            conditions.append(item_column.in_(select(v.item).where(v.document == filters.document, v.kind == kind)))
        return conditions

    def _event_query(self, filters: Filters) -> Select:
        e = t.events.c
        query = select(t.events)
        if filters.actor:
            ids = self.actor_ids(filters.actor) or {""}
            query = query.where(or_(e.source.in_(ids), e.target.in_(ids), e.id.in_(members(ids))))
        if filters.type:
            query = query.where(e.type == filters.type.upper())
        if filters.since:
            query = query.where(_on_or_after(e.date, filters.since))
        if filters.until:
            query = query.where(_on_or_before(e.date, filters.until))
        if filters.place:
            place = filters.place.strip()
            query = query.where(or_(e.place.contains(place.casefold(), autoescape=True), e.country == place.upper()))
        return query.where(*self._evidence_filter("event", e.id, filters))

    def events(self, filters: Filters | None = None, limit: int | None = None, offset: int = 0,
               *, order: str = "newest", located: bool = False, role: str | None = None) -> Results[Event]:
        """Events, newest date first and undated last (``order="arrival"``: in the order they were stored);
        ``located``: only those with a location; ``role`` ("source" or "target", with ``filters.actor`` an actor
        id): only the events where that actor has that role, read through the role's index."""
        e, filters = t.events.c, filters or NO_FILTERS
        if role not in (None, "source", "target") or role and not filters.actor:
            raise ValueError(f"role must be 'source' or 'target', with an actor to filter by; got {role!r}")
        # A page of an actor's events, in either role.
        roles = role is None and bool(filters.actor) and limit is not None and order != "arrival"
        query = self._event_query(replace(filters, actor=None) if roles or role else filters)
        params: dict = {}
        if located:
            query = query.where(e.location.is_not(None))
        if role:  # one role, through its index, newest first (and the joint events it is a later member of)
            query = of_role(query, role, filters.actor, limit, offset)
        elif roles and not located and not replace(filters, actor=None):  # only the actor: the statement is ready
            query, params = actor_page(), {"ids": sorted(self.actor_ids(filters.actor) or {""}), "limit": limit,
                                           "offset": offset}
        elif order == "arrival":
            query = query.order_by(e.seq).limit(limit).offset(offset)
        elif roles:  # each role through its index
            query = by_role(query, self.actor_ids(filters.actor) or {""}, limit, offset)
        else:
            query = query.order_by(*newest(e)).limit(limit).offset(offset)
        with self.engine.connect() as c:
            found = Results((event_from(row) for row in c.execute(query, params).all()), "events")
            self._attach(c, "event", found)
        return found

    def event_dates(self, filters: Filters | None = None) -> list[tuple[str | None, str, int]]:
        """How many of the selected events fall on each (date, type), at each date's precision: a timeline's
        counts, for all the events, without reading them."""
        with self.engine.connect() as c:
            chosen = self._event_query(filters or NO_FILTERS).subquery()
            rows = c.execute(select(chosen.c.date, chosen.c.type, func.count())
                             .group_by(chosen.c.date, chosen.c.type)
                             .order_by(chosen.c.date, chosen.c.type)).all()
        return [(row[0], row[1], int(row[2])) for row in rows]

    def count_events(self, filters: Filters | None = None) -> int:
        with self.engine.connect() as c:
            chosen = self._event_query(filters or NO_FILTERS).subquery()
            return c.execute(select(func.count()).select_from(chosen)).scalar() or 0

    def _dated(self, kind: str, item_column, filters: Filters) -> list:
        """Conditions that an item's reporting documents fall within since/until."""
        if not (filters.since or filters.until):
            return []
        v, d = t.evidence.c, t.documents.c
        inside = [v.kind == kind, v.item == item_column, d.id == v.document]
        if filters.since:
            inside.append(_on_or_after(d.published, filters.since))
        if filters.until:
            inside.append(_on_or_before(d.published, filters.until))
        return [exists().where(and_(*inside))]

    def _relation_query(self, filters: Filters, role: str | None = None) -> Select:
        r = t.relations.c
        query = select(t.relations)
        if role not in (None, "subject", "object") or role and not filters.actor:
            raise ValueError(f"role must be 'subject' or 'object', with an actor to filter by; got {role!r}")
        if role == "subject":
            query = query.where(r.subject == filters.actor)
        elif role == "object":  # a relation of the actor with itself is listed once, as its subject's
            query = query.where(r.object == filters.actor, r.subject != filters.actor)
        elif filters.actor:
            ids = self.actor_ids(filters.actor) or {""}
            query = query.where(or_(r.subject.in_(ids), r.object.in_(ids)))
        if filters.type:
            query = query.where(r.predicate == filters.type.lower())
        return query.where(*self._evidence_filter("relation", r.id, filters), *self._dated("relation", r.id, filters))

    def relations(self, filters: Filters | None = None, limit: int | None = None, offset: int = 0,
                  *, role: str | None = None, order: str = "name") -> Results[Relation]:
        """Relations by subject, predicate and object (``order="strongest"``: those with the most evidence
        sentences first, then so); ``role`` ("subject" or "object", with ``filters.actor`` an actor id): only the
        relations where that actor has that role (its relations with itself count as subject only)."""
        filters = filters or NO_FILTERS
        query = self._relation_query(filters, role)
        if filters.place:
            return Results([], "relations")
        r, v = t.relations.c, t.evidence.c
        by_name = (r.subject, r.predicate, r.object)
        if order == "strongest":
            sentences = select(func.count()).where(v.kind == "relation", v.item == r.id).scalar_subquery()
            query = query.order_by(sentences.desc(), *by_name)
        elif order == "name":
            query = query.order_by(*by_name)
        else:
            raise ValueError(f"order must be 'name' or 'strongest'; got {order!r}")
        with self.engine.connect() as c:
            rows = c.execute(query.limit(limit).offset(offset)).all()
            found = Results((Relation(row.subject, row.predicate, row.object) for row in rows), "relations")
            self._attach(c, "relation", found, [row.id for row in rows])
        return found

    def count_relations(self, filters: Filters | None = None, *, role: str | None = None) -> int:
        """How many relations ``relations(filters, role=role)`` lists."""
        filters = filters or NO_FILTERS
        query = self._relation_query(filters, role)
        if filters.place:
            return 0
        with self.engine.connect() as c:
            return c.execute(select(func.count()).select_from(query.subquery())).scalar() or 0

    def claims(self, filters: Filters | None = None, limit: int | None = None, offset: int = 0) -> Results[Claim]:
        filters = filters or NO_FILTERS
        if filters.place:
            return Results([], "claims")
        k = t.claims.c
        query = select(t.claims).order_by(k.seq)
        if filters.actor:
            query = query.where(k.speaker.in_(self.actor_ids(filters.actor) or {""}))
        if filters.type:
            query = query.where(k.kind == filters.type.lower())
        if filters.text:
            words = filters.text.casefold()
            query = query.where(or_(func.lower(k.text).contains(words, autoescape=True),
                                    *self._evidence_filter("claim", k.id, Filters(text=filters.text))))
        query = query.where(*self._evidence_filter("claim", k.id, Filters(document=filters.document)),
                            *self._dated("claim", k.id, filters))
        with self.engine.connect() as c:
            rows = c.execute(query.limit(limit).offset(offset)).all()
            found = Results((Claim(row.speaker, row.speaker_text, row.text, row.kind) for row in rows), "claims")
            self._attach(c, "claim", found, [row.id for row in rows])
        return found

    def _attach(self, c, kind: str, items: list, ids: list[str] | None = None) -> None:
        """Fill each item's evidence, in document order, then text order."""
        ids = ids if ids is not None else [item.id for item in items]
        if not ids:
            return
        v, d = t.evidence.c, t.documents.c
        found: dict[str, list[Evidence]] = defaultdict(list)
        for start in range(0, len(ids), 500):  # keep the IN list within every database's limits
            rows = c.execute(select(v.item, v.document, v.start, v.end, v.text).join(t.documents, d.id == v.document)
                             .where(v.kind == kind, v.item.in_(ids[start:start + 500]))
                             .order_by(v.item, d.seq, v.start)).all()
            for item, document, begin, end, words in rows:
                found[item].append(Evidence(document, begin, end, words))
        for item, item_id in zip(items, ids, strict=False):
            item.evidence = found[item_id]

    # -- corroboration, the network, bundles ----------------------------------------------------------------

    def sources(self) -> Sources:
        """Documents grouped into independent sources by the copies the store found.

        Rebuilt when the copies change, also when another process (an ingest beside a running web app) wrote them.
        """
        with self.engine.connect() as c:
            key = c.execute(select(func.count()).select_from(t.duplicates)).scalar()
            if self._sources is None or key != self._sources_key:
                self._sources = Sources(c.execute(select(t.duplicates.c.document, t.duplicates.c.other)).all())
                self._sources_key = key
        return self._sources

    def support(self, item: Event | Relation | Claim) -> Support:
        """How many documents report the item, and how many independent sources (copies count once)."""
        return self.sources().support(item.evidence)

    def edges(self, filters: Filters | None = None) -> list[Edge]:
        """The actor network: relations (weighed by evidence) and event dyads (by events)."""
        filters = filters or NO_FILTERS
        out: list[Edge] = []
        chosen = self._event_query(filters).subquery()
        with self.engine.connect() as c:
            if not filters.place:  # relations have no place
                # Each relation's sentences counted by the database: reading them all cost more than the network.
                kept, v = self._relation_query(filters).subquery(), t.evidence.c
                columns = (kept.c.subject, kept.c.object, kept.c.predicate)
                out += [Edge(*row, "relation") for row in c.execute(
                    select(*columns, func.count(v.item))
                    .select_from(kept.outerjoin(t.evidence, and_(v.kind == "relation", v.item == kept.c.id)))
                    .group_by(kept.c.id, *columns).order_by(kept.c.subject, kept.c.predicate, kept.c.object))]
            dyads = {(row[0], row[1], row[2]): int(row[3]) for row in c.execute(
                select(chosen.c.source, chosen.c.target, chosen.c.type, func.count())
                .where(chosen.c.source.is_not(None), chosen.c.target.is_not(None),
                       chosen.c.source != chosen.c.target, chosen.c.sources.is_(None), chosen.c.targets.is_(None))
                .group_by(chosen.c.source, chosen.c.target, chosen.c.type))}
            # A joint event (few) is a dyad of each of its sources with each of its targets
            for row in c.execute(select(chosen).where(chosen.c.target.is_not(None),
                                                      or_(chosen.c.sources.is_not(None),
                                                          chosen.c.targets.is_not(None)))):
                event = event_from(row)
                for pair in {(s, x, event.type) for s in event.actors("source") for x in event.actors("target")
                             if s != x}:
                    dyads[pair] = dyads.get(pair, 0) + 1
        out += [Edge(*pair, n, "event") for pair, n in sorted(dyads.items())]
        return out

    def bundle(self, filters: Filters | None = None) -> Bundle:
        """A conflictgraph/1 bundle of what the filters select, with the documents and actors it refers to.

        Without filters, everything the store knows, in a fixed order: the same store gives the same bundle.
        """
        filters = filters or NO_FILTERS
        events = self.events(filters, order="arrival")
        relations, claims = self.relations(filters), self.claims(filters)
        if filters:
            cited = {e.document for item in [*events, *relations, *claims] for e in item.evidence}
            documents = [d for d in self.documents(order="arrival") if d.id in cited]
        else:
            documents = self.documents(order="arrival")
        kept = {d.id for d in documents}
        for document in documents:
            document.duplicates = [x for x in document.duplicates if x.document in kept]
        mentions = [m for d in documents for m in self.mentions(d.id)]
        referenced = {m.actor for m in mentions if m.actor}
        referenced |= {x for e in events for x in (*e.actors("source"), *e.actors("target"))}
        referenced |= {x for r in relations for x in (r.subject, r.object)}
        referenced |= {c.speaker for c in claims if c.speaker}
        with self.engine.connect() as c:
            actors = self._actors(c, sorted(referenced))
        return Bundle(documents=documents, actors=actors, mentions=mentions, relations=relations, events=events,
                      claims=claims)


    # -- for briefings: what a selection cites, read in a few queries whatever its size -------------------------

    def document_meta(self, ids: Iterable[str]) -> dict[str, Document]:
        """These documents by id, without their text (``text`` is ''): titles, outlets, dates and addresses."""
        d, wanted = t.documents.c, sorted(set(ids))
        found: dict[str, Document] = {}
        with self.engine.connect() as c:
            for start in range(0, len(wanted), 500):
                for r in c.execute(select(d.id, d.source, d.title, d.outlet, d.published, d.published_basis)
                                   .where(d.id.in_(wanted[start:start + 500]))):
                    found[r.id] = Document(id=r.id, source=r.source, text="", title=r.title, outlet=r.outlet,
                                           published=r.published, published_basis=r.published_basis)
        return found

    def relations_among(self, actor_ids: Iterable[str]) -> list[Relation]:
        """The relations whose subject and object are both among these actors, with their evidence."""
        wanted, r = sorted(set(actor_ids)), t.relations.c
        if not wanted:
            return []
        rows: list = []
        with self.engine.connect() as c:
            for start in range(0, len(wanted), 500):
                rows += c.execute(select(t.relations).where(r.subject.in_(wanted[start:start + 500]))).all()
            rows = sorted((row for row in rows if row.object in set(wanted)),
                          key=lambda row: (row.subject, row.predicate, row.object))
            found = [Relation(row.subject, row.predicate, row.object) for row in rows]
            self._attach(c, "relation", found, [row.id for row in rows])
        return found

    def claims_in(self, documents: Iterable[str], speakers: Iterable[str] | None = None) -> list[Claim]:
        """The claims with evidence in these documents (made by one of ``speakers``, if given), in stored order."""
        k, v, wanted = t.claims.c, t.evidence.c, sorted(set(documents))
        ids: set[str] = set()
        with self.engine.connect() as c:
            for start in range(0, len(wanted), 500):
                ids |= set(c.execute(select(v.item).where(v.kind == "claim", v.document.in_(wanted[start:start + 500])))
                           .scalars())
            query = select(t.claims).where(k.id.in_(sorted(ids))).order_by(k.seq)
            if speakers is not None:
                query = query.where(k.speaker.in_(sorted(set(speakers))))
            rows = c.execute(query).all() if ids else []
            found = [Claim(row.speaker, row.speaker_text, row.text, row.kind) for row in rows]
            self._attach(c, "claim", found, [row.id for row in rows])
        return found
