"""Merge one extracted batch into the store: documents, copies, actors, mentions, relations, events, claims.

A new report of something the store knows adds evidence to it, not a second item: relations by (subject,
predicate, object), claims by speaker, words and sentence, events by the same agreement that merges them
within a batch: the rules are the core's (:mod:`conflictgraph.core.identity`).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from sqlalchemy import Connection, insert, select, update

from ..core.identity import partners_of, relation_id
from ..model import Bundle, Document, Relation
from . import schema as t
from .copies import StoredCopies
from .merge import Pending, Repeats, add_claims, add_events
from .rows import among, insert_all, location_json, next_seqs

__all__ = ["Sentences", "add_batch", "content_hash"]

Sentences = dict[str, list[tuple[int, int]]]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def add_batch(connection: Connection, bundle: Bundle, sentences: Sentences, copies: StoredCopies) -> None:
    """Write a batch's bundle on ``connection``, inside the caller's transaction."""
    partners = partners_of(_add_documents(connection, bundle.documents, sentences, copies))
    _add_actors(connection, bundle)
    if bundle.mentions:
        insert_all(connection, t.mentions, [
            {"document": m.document, "start": m.start, "end": m.end, "type": m.type, "text": m.text,
             "actor": m.actor, "value": m.value, "geo": location_json(m.geo)} for m in bundle.mentions], new=False)
    pending = Pending()  # the evidence of every relation, event and claim: one statement at the end
    _add_relations(connection, bundle.relations, pending)
    repeated = Repeats(connection, partners, {d.id for d in bundle.documents})
    add_events(connection, bundle.events, repeated, pending)
    add_claims(connection, bundle.claims, repeated, pending)
    pending.write(connection)


def _add_documents(connection: Connection, documents: list[Document], sentences: Sentences,
                   copies: StoredCopies) -> list[tuple[str, str]]:
    """Insert the documents and their sentences; the copy pairs they make with stored ones (and each other, each
    with those before it in the batch)."""
    if not documents:
        return []
    now = datetime.now(UTC).isoformat(timespec="seconds")
    seqs = next_seqs(connection, t.documents, len(documents))
    connection.execute(insert(t.documents), [
        {"id": d.id, "seq": seq, "source": d.source, "title": d.title, "outlet": d.outlet, "published": d.published,
         "published_basis": d.published_basis, "language": d.language, "text": d.text,
         "content_hash": content_hash(d.text), "minhash": copies.signature(d),
         "sentence_words": copies.words(d), "ingested_at": now}
        for d, seq in zip(documents, seqs, strict=True)])
    rows = [{"document": d.id, "start": s, "end": e, "text": d.text[s:e]}
            for d in documents for s, e in sentences.get(d.id, [])]
    if rows:
        insert_all(connection, t.sentences, rows, new=False)
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("INSERT INTO sentences_fts (text, document, start) VALUES (?, ?, ?)",
                                       [(r["text"], r["document"], r["start"]) for r in rows])
    entries = copies.add_all(documents)
    duplicates: dict[tuple[str, str, str], dict] = {}
    for holder, e in entries:
        duplicates.setdefault((holder, e.document, e.relation), {"document": holder, "other": e.document,
                                                                 "relation": e.relation, "similarity": e.similarity})
    if duplicates:
        insert_all(connection, t.duplicates, list(duplicates.values()))
    return [(holder, e.document) for holder, e in entries]


def actor_rank(row) -> tuple:
    """Of two records of one actor id, the one a store keeps is the lower: the better identified (a Wikidata id,
    a country), then by kind and name, so that the store is the same whatever order its batches came in."""
    return (row.wikidata is None, row.wikidata or "", row.country is None, row.country or "", row.kind, row.name)


def _add_actors(connection: Connection, bundle: Bundle) -> None:
    """Actors by ``INSERT … ON CONFLICT DO NOTHING`` (in id order, as every writer inserts them; one statement a
    table, :func:`.rows.insert_all`); a stored record
    of an id (another batch's: a local name guessed another kind) gives way to a better ranked one under its row
    lock, so that the store keeps the same record whichever writer came first; aliases are unioned."""
    actors = sorted(bundle.actors, key=lambda a: a.id)
    if not actors:
        return
    ids = [a.id for a in actors]
    insert_all(connection, t.actors, [
        {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "wikidata": a.wikidata} for a in actors])
    stored = {row.id: row for row in connection.execute(select(t.actors).where(among(connection, t.actors.c.id, ids)))}
    for a in actors:
        if actor_rank(a) < actor_rank(stored[a.id]):
            held = connection.execute(select(t.actors).where(t.actors.c.id == a.id).with_for_update()).one()
            if actor_rank(a) < actor_rank(held):
                connection.execute(update(t.actors).where(t.actors.c.id == a.id).values(
                    name=a.name, kind=a.kind, country=a.country, wikidata=a.wikidata))
    # An alias past the column's 256 characters is a run-on entity, not a name: left out on every backend.
    rows = {(a.id, alias) for a in actors for alias in a.aliases if len(alias) <= 256}
    if rows:
        insert_all(connection, t.aliases, [
            {"actor": actor, "alias": alias, "folded": alias.casefold()} for actor, alias in sorted(rows)])


def _add_relations(connection: Connection, relations: list[Relation], pending: Pending) -> None:
    """Relations by (subject, predicate, object): ``INSERT … ON CONFLICT DO NOTHING``, all in one statement."""
    if not relations:
        return
    rows = {}
    for relation in relations:
        rid = relation_id(relation)
        rows.setdefault(rid, {"id": rid, "subject": relation.subject, "predicate": relation.predicate,
                              "object": relation.object})
        pending.add("relation", rid, relation.evidence)
    insert_all(connection, t.relations, list(rows.values()))
