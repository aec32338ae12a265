"""The merge keys a batch locks before it is written into PostgreSQL, so that many writers write at once.

A batch waits only for the batches that merge into what it merges into, not for every other batch. Before it
reads anything, its transaction takes one PostgreSQL advisory lock (``pg_advisory_xact_lock``, held until the
commit) on a 64-bit hash of each key below, all in one statement and in sorted order, so that two batches never
wait for each other in a circle:

- **documents**: the text's hash and the id (exclusive): two writers of one article take turns, and the second
  leaves it out (:mod:`.fresh`); a document's sentences, mentions, LSH rows and anchors are its own.
- **copies**: each LSH bucket of the document's MinHash (one a band) and each of its anchor sentences
  (exclusive): two documents are copy candidates only if they share one of these
  (:class:`~conflictgraph.store.copies.StoredCopies`), so a copy and its original written at the same moment take
  turns, and the second finds the first.
- **events**: an event can merge only with one of the same type whose date agrees (one is a prefix of the other)
  or, where one has no date, with the same source or target (:func:`~conflictgraph.core.identity.agreement`).
  So a dated event locks its type and date at its own precision exclusively and the coarser dates that hold it
  shared (a day: the day, and its month and year shared), which makes any two agreeing dates meet; an undated
  event locks its type with its source and with its target exclusively, a dated one those shared (it reads the
  undated ones, and may date one). An event merged into a stored one is also locked as a row and read again
  (:mod:`.write`): two batches that date one stored event two ways take turns there.
- Actors, aliases, relations, claims and evidence need no lock: they are inserted with ``ON CONFLICT DO NOTHING``
  on their unique keys, and an actor's record is changed only under its row lock, by the order-free rank.

What a lock does not prevent (two writers inserting one new actor or relation, each waiting for the other's
row) PostgreSQL detects as a deadlock; the batch's transaction is then rolled back and run again
(:meth:`conflictgraph.store.Store.add`).
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, text

from ..model import Bundle
from .copies import StoredCopies
from .write import content_hash


def key(*parts: object) -> int:
    """A signed 64-bit lock key of ``parts`` (PostgreSQL's bigint)."""
    data = "\x1f".join(str(p) for p in parts).encode("utf-8")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big", signed=True)


def batch_keys(bundle: Bundle, copies: StoredCopies) -> dict[int, bool]:
    """The keys a batch locks: key -> exclusive (True) or shared (False); exclusive wins where a batch asks both."""
    keys: dict[int, bool] = {}

    def lock(k: int, exclusive: bool) -> None:
        keys[k] = keys.get(k, False) or exclusive

    for document in bundle.documents:
        lock(key("document", content_hash(document.text)), True)
        lock(key("id", document.id), True)
        for kind, value in copies.keys(document):
            lock(key("copy", kind, value), True)
    for event in bundle.events:
        if event.date:
            for n in (4, 7, 10):
                if n <= len(event.date):
                    lock(key("event", event.type, event.date[:n]), n >= len(event.date))
        for role, actor in (("source", event.source), ("target", event.target)):
            if actor:
                lock(key("event", event.type, role, actor), not event.date)
    return keys


# One statement takes them all, in key order: the aggregate calls the lock functions on the sorted rows of the
# subquery (OFFSET 0 keeps it a subquery), one after the other, each exclusive or shared.
TAKE = text(
    "SELECT count(CASE WHEN x THEN pg_advisory_xact_lock(k)::text ELSE pg_advisory_xact_lock_shared(k)::text END)"
    " FROM (SELECT k, x FROM unnest(CAST(:keys AS bigint[]), CAST(:exclusive AS boolean[])) AS u(k, x)"
    " ORDER BY k OFFSET 0) AS ordered")

def take(connection: Connection, keys: dict[int, bool]) -> None:
    """Lock ``keys`` until the transaction ends, in sorted order, waiting for the writers that hold them."""
    if keys:
        ordered = sorted(keys)
        connection.execute(TAKE, {"keys": ordered, "exclusive": [keys[k] for k in ordered]})
