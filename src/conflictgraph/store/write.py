"""Merge one extracted batch into the store: documents, copies, actors, mentions, relations, events, claims.

A new report of something the store knows adds evidence to it, not a second item: relations by (subject,
predicate, object), claims by speaker, words and sentence, events by the same agreement that merges them
within a batch: the rules are the core's (:mod:`conflictgraph.core.identity`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict
from datetime import UTC, datetime

from sqlalchemy import Connection, func, insert, select, union_all, update

from ..core.identity import absorb, agreement, claim_id, partners_of, relation_id, repeats, same_words, sentence_key
from ..errors import WriteConflict
from ..model import Bundle, Claim, Document, Event, Evidence, Location, Relation
from . import schema as t
from .copies import StoredCopies

# How many stored events of the same type and compatible date a new event is compared with, newest first.
EVENT_CANDIDATES = 200

Sentences = dict[str, list[tuple[int, int]]]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def location_json(location: Location | None) -> str | None:
    return json.dumps(asdict(location), ensure_ascii=False, sort_keys=True) if location else None


def location_from(value: str | None) -> Location | None:
    return Location(**json.loads(value)) if value else None


def add_batch(connection: Connection, bundle: Bundle, sentences: Sentences, copies: StoredCopies) -> None:
    """Write a batch's bundle on ``connection``, inside the caller's transaction."""
    partners = partners_of(_add_documents(connection, bundle.documents, sentences, copies))
    _add_actors(connection, bundle)
    if bundle.mentions:
        connection.execute(insert(t.mentions), [
            {"document": m.document, "start": m.start, "end": m.end, "type": m.type, "text": m.text,
             "actor": m.actor, "value": m.value, "geo": location_json(m.geo)} for m in bundle.mentions])
    seqs: dict[str, int] = {}
    for relation in bundle.relations:
        _add_relation(connection, relation)
    for event in bundle.events:
        _add_event(connection, event, partners, seqs)
    for claim in bundle.claims:
        _add_claim(connection, claim, partners, seqs)


def _next_seq(connection: Connection, table, seqs: dict[str, int] | None = None):
    """The next number of arrival. PostgreSQL: the table's sequence (migration 0004), as an expression the insert
    evaluates (writers write at once). SQLite (one writer): with ``seqs``, the batch's own count, read from the
    table once a batch (the batch holds the store's write lock: no one else adds to the table meanwhile)."""
    if connection.dialect.name == "postgresql":
        return func.nextval(sequence(table))
    if seqs is None or table.name not in seqs:
        seq = (connection.execute(select(func.max(table.c.seq))).scalar() or 0) + 1
    else:
        seq = seqs[table.name]
    if seqs is not None:
        seqs[table.name] = seq + 1
    return seq


def sequence(table) -> str:
    """The PostgreSQL sequence that numbers a table's rows in order of arrival (migration 0004)."""
    return f"cg_{table.name}_seq"


def _insert_new(connection: Connection, table):
    """``INSERT … ON CONFLICT DO NOTHING``: a row whose key the store holds stays as it is, without a look-up."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return dialect_insert(table).on_conflict_do_nothing()


def _add_documents(connection: Connection, documents: list[Document], sentences: Sentences,
                   copies: StoredCopies) -> list[tuple[str, str]]:
    """Insert the documents and their sentences; the copy pairs they make with stored ones (and each other)."""
    pairs = []
    seqs: dict[str, int] = {}
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for document in documents:
        connection.execute(insert(t.documents).values(
            id=document.id, seq=_next_seq(connection, t.documents, seqs), source=document.source,
            title=document.title, outlet=document.outlet, published=document.published,
            published_basis=document.published_basis, language=document.language, text=document.text,
            content_hash=content_hash(document.text), ingested_at=now))
        rows = [{"document": document.id, "start": s, "end": e, "text": document.text[s:e]}
                for s, e in sentences.get(document.id, [])]
        if rows:
            connection.execute(insert(t.sentences), rows)
            if connection.dialect.name == "sqlite":
                connection.exec_driver_sql(
                    "INSERT INTO sentences_fts (text, document, start) VALUES (?, ?, ?)",
                    [(r["text"], r["document"], r["start"]) for r in rows])
        # Copies are looked for one document at a time, so that a copy within the batch is found too.
        for holder, entries in copies.add(document).items():
            for entry in entries:
                pairs.append((holder, entry.document))
                connection.execute(_insert_new(connection, t.duplicates).values(
                    document=holder, other=entry.document, relation=entry.relation, similarity=entry.similarity))
    return pairs


def actor_rank(row) -> tuple:
    """Of two records of one actor id, the one a store keeps is the lower: the better identified (a Wikidata id,
    a country), then by kind and name, so that the store is the same whatever order its batches came in."""
    return (row.wikidata is None, row.wikidata or "", row.country is None, row.country or "", row.kind, row.name)


def _add_actors(connection: Connection, bundle: Bundle) -> None:
    """Actors by ``INSERT … ON CONFLICT DO NOTHING`` (in id order, as every writer inserts them); a stored record
    of an id (another batch's: a local name guessed another kind) gives way to a better ranked one under its row
    lock, so that the store keeps the same record whichever writer came first; aliases are unioned."""
    actors = sorted(bundle.actors, key=lambda a: a.id)
    if not actors:
        return
    ids = [a.id for a in actors]
    connection.execute(_insert_new(connection, t.actors), [
        {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "wikidata": a.wikidata} for a in actors])
    stored = {row.id: row for row in connection.execute(select(t.actors).where(t.actors.c.id.in_(ids)))}
    for a in actors:
        if actor_rank(a) < actor_rank(stored[a.id]):
            held = connection.execute(select(t.actors).where(t.actors.c.id == a.id).with_for_update()).one()
            if actor_rank(a) < actor_rank(held):
                connection.execute(update(t.actors).where(t.actors.c.id == a.id).values(
                    name=a.name, kind=a.kind, country=a.country, wikidata=a.wikidata))
    # An alias past the column's 256 characters is a run-on entity, not a name: left out on every backend.
    rows = {(a.id, alias) for a in actors for alias in a.aliases if len(alias) <= 256}
    if rows:
        connection.execute(_insert_new(connection, t.aliases), [
            {"actor": actor, "alias": alias, "folded": alias.casefold()} for actor, alias in sorted(rows)])


def _add_evidence(connection: Connection, kind: str, item: str, evidence: Iterable[Evidence]) -> None:
    have: set[tuple[str, int]] = set()  # the first of two sentences at one place; the stored one before both
    rows = []
    for e in evidence:
        if (e.document, e.start) not in have:
            have.add((e.document, e.start))
            rows.append({"kind": kind, "item": item, "document": e.document, "start": e.start, "end": e.end,
                         "text": e.text})
    if rows:
        connection.execute(_insert_new(connection, t.evidence), rows)


def _add_relation(connection: Connection, relation: Relation) -> None:
    rid = relation_id(relation)
    connection.execute(_insert_new(connection, t.relations).values(
        id=rid, subject=relation.subject, predicate=relation.predicate, object=relation.object))
    _add_evidence(connection, "relation", rid, relation.evidence)


def _add_claim(connection: Connection, claim: Claim, partners: dict[str, set[str]] | None = None,
               seqs: dict[str, int] | None = None) -> None:
    copied = _copied(connection, claim, partners) if partners else []
    if copied:  # a copy's report of a stored claim (its speaker perhaps resolved otherwise): its evidence only
        _add_evidence(connection, "claim", copied[0][0], claim.evidence)
        return
    cid = claim_id(claim)
    if not connection.execute(select(t.claims.c.id).where(t.claims.c.id == cid)).first():
        connection.execute(_insert_new(connection, t.claims).values(  # another writer's at the same moment: kept
            id=cid, seq=_next_seq(connection, t.claims, seqs), speaker=claim.speaker, speaker_text=claim.speaker_text,
            text=claim.text, kind=claim.kind))
    _add_evidence(connection, "claim", cid, claim.evidence)


def event_row(event: Event) -> dict:
    place = event.location
    return {"type": event.type, "mode": event.mode, "source": event.source, "target": event.target,
            "date": event.date, "location": location_json(place),
            "place": place.name.casefold() if place and place.name else None,
            "country": place.country if place else None,
            "fatalities": event.fatalities, "injuries": event.injuries}


def event_from(row) -> Event:
    return Event(id=row.id, type=row.type, mode=row.mode, source=row.source, target=row.target, date=row.date,
                 location=location_from(row.location), fatalities=row.fatalities, injuries=row.injuries)


def _candidates(connection: Connection, event: Event) -> list[Event]:
    """Stored events that may report the same occurrence: same type, and a date that agrees (one is a prefix of
    the other: 2020-01 and 2020-01-03), or, where either has no date, the same source or target.

    Each look-up walks an index and takes at most ``EVENT_CANDIDATES`` rows, newest first, so the cost does not
    grow with the store.
    """
    e = t.events.c
    queries = []
    if event.date:
        for n in (4, 7, 10):  # the same date, and the coarser ones it is in: 2020-01 and 2020 for 2020-01-03
            if n <= len(event.date):
                queries.append(select(t.events).where(e.type == event.type, e.date == event.date[:n]))
        if len(event.date) < 10:  # finer dates inside it: 2020-01-03 for 2020-01
            queries.append(select(t.events).where(e.type == event.type, e.date > event.date,
                                                  e.date < event.date + "~"))
    # Without a date on one side, two reports agree on two arguments only through the same source or target.
    for column, value in ((e.source, event.source), (e.target, event.target)):
        if value:
            query = select(t.events).where(e.type == event.type, column == value)
            queries.append(query.where(e.date.is_(None)) if event.date else query)
    found: dict[str, Event] = {}
    if not queries:
        return []
    # One round trip for all of them (each still takes its own newest rows).
    limited = [query.order_by(e.seq.desc()).limit(EVENT_CANDIDATES).subquery().select() for query in queries]
    for row in connection.execute(union_all(*limited) if len(limited) > 1 else limited[0]):
        found.setdefault(row.id, event_from(row))
    return sorted(found.values(), key=lambda x: x.id)


def _copied(connection: Connection, item: Event | Claim, partners: dict[str, set[str]]) -> list:
    """Stored events (or claims) that ``item`` only repeats: reported in the matching sentence of a document its
    own copies or is copied by (:mod:`conflictgraph.core.identity`)."""
    others = {other for e in item.evidence for other in partners.get(e.document, ())}
    if not others:
        return []
    kind, table = ("event", t.events) if isinstance(item, Event) else ("claim", t.claims)
    v = t.evidence.c
    rows = connection.execute(select(v.item, v.document, v.start, v.end, v.text)
                              .where(v.kind == kind, v.document.in_(sorted(others)))).all()
    keys = {sentence_key(e.text) for e in item.evidence}
    ids = sorted({row.item for row in rows if sentence_key(row.text) in keys})
    if not ids:
        return []
    found = {row.id: event_from(row) if kind == "event" else
             Claim(row.speaker, row.speaker_text, row.text, row.kind, [])
             for row in connection.execute(select(table).where(table.c.id.in_(ids)))}
    for row in rows:
        if row.item in found:
            found[row.item].evidence.append(Evidence(row.document, row.start, row.end, row.text))
    return sorted(((i, found[i]) for i in found if repeats(item, found[i], partners)),
                  key=lambda pair: (not same_words(item, pair[1]), pair[0]))  # the same words first


def _add_event(connection: Connection, event: Event, partners: dict[str, set[str]] | None = None,
               seqs: dict[str, int] | None = None) -> None:
    for _ in range(RELOOK):
        copied = _copied(connection, event, partners) if partners else []
        if copied:  # a copy's report of a stored event: its evidence, not a new event
            best = copied[0][1]
        else:
            best, best_agree = None, 1
            for candidate in _candidates(connection, event):
                agree = agreement(candidate, event)
                if agree is not None and agree > best_agree:
                    best, best_agree = candidate, agree
        if best is None:
            connection.execute(insert(t.events).values(id=event.id, seq=_next_seq(connection, t.events, seqs),
                                                       **event_row(event)))
            _add_evidence(connection, "event", event.id, event.evidence)
            return
        if _held_as_read(connection, best):
            absorb(best, event)
            connection.execute(update(t.events).where(t.events.c.id == best.id).values(**event_row(best)))
            _add_evidence(connection, "event", best.id, event.evidence)
            return
    raise WriteConflict(f"event {event.id}: the stored event it merges into kept changing")


# How many times an event looks for its match again when another writer changed the one it found meanwhile.
RELOOK = 5


def _held_as_read(connection: Connection, found: Event) -> bool:
    """Lock the stored event ``found`` (PostgreSQL: its row, until the batch commits) and tell whether it is still
    as it was read: another writer may have merged a report into it meanwhile (dated it, named its source), and
    the event is then looked for again, as if that writer had come first. SQLite has one writer."""
    if connection.dialect.name != "postgresql":
        return True
    row = connection.execute(select(t.events).where(t.events.c.id == found.id).with_for_update()).one()
    return event_row(event_from(row)) == event_row(found)
