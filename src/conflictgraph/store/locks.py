"""The merge keys a batch locks before it is written into PostgreSQL, so that many writers write at once.

A batch waits only for the batches that merge into what it merges into, not for every other batch. Before it
reads anything, its transaction takes one PostgreSQL advisory lock (``pg_advisory_xact_lock``, held until the
commit) on a 64-bit hash of each key below, all in one statement and in sorted order, so that two batches never
wait for each other in a circle:

- **documents**: the text's hash and the id (exclusive): two writers of one article take turns, and the second
  leaves it out (:mod:`.fresh`); a document's sentences, mentions, LSH rows and anchors are its own.
- **copies** take no lock (an LSH bucket is shared by unrelated articles too often: locking each one made
  nearly every pair of batches wait for each other). They are checked at the commit instead: a batch, under the
  lock that numbers its documents in the order of commit, looks for copies among the documents committed since it
  began (:meth:`~conflictgraph.store.copies.StoredCopies.missed`), and is written again if it finds one.
- **events**: two events merge only if they have one type, dates that agree (one a prefix of the other) and two
  arguments in common (:func:`~conflictgraph.core.identity.agreement`). :func:`event_keys` turns that rule into
  keys, so that any two events that could merge lock one key in common, one of them exclusively
  (``tests/store/test_writers.py`` checks it on random pairs, joint events' lists of actors among them): their
  (source, target) pair, or an actor with
  the place, or, at the same date, one actor (whose other role's actors do not differ) or the same place (by
  name, or by 1-degree cell for points 30 km apart), each at the event's date, read (shared) at the coarser
  dates and with no date. Events of other days, actors or places do not meet. An event merged into a stored
  one is also locked as a row and read again (:mod:`.merge`): two batches that date one stored event two ways
  take turns there.
- Actors, aliases, relations, claims and evidence need no lock: they are inserted with ``ON CONFLICT DO NOTHING``
  on their unique keys, and an actor's record is changed only under its row lock, by the order-free rank.

What a lock does not prevent (two writers inserting one new actor or relation, each waiting for the other's
row) PostgreSQL detects as a deadlock; the batch's transaction is then rolled back and run again
(:meth:`conflictgraph.store.Store.add`).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterator

from sqlalchemy import Connection, text

from ..core.identity import SAME_PLACE_KM
from ..model import Bundle, Event, Location
from .write import content_hash


def key(*parts: object) -> int:
    """A signed 64-bit lock key of ``parts`` (PostgreSQL's bigint)."""
    data = "\x1f".join(str(p) for p in parts).encode("utf-8")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big", signed=True)


def batch_keys(bundle: Bundle) -> dict[int, bool]:
    """The keys a batch locks: key -> exclusive (True) or shared (False); exclusive wins where a batch asks both."""
    keys: dict[int, bool] = {}
    for _, k, exclusive in merge_keys(bundle):
        keys[k] = keys.get(k, False) or exclusive
    return keys


def merge_keys(bundle: Bundle) -> Iterator[tuple[str, int, bool]]:
    """Each key a batch locks, as (what it is: document, event date, pair, actor, place; key; exclusive)."""
    for document in bundle.documents:
        yield "document", key("document", content_hash(document.text)), True
        yield "document", key("id", document.id), True
    for event in bundle.events:
        yield from event_keys(event)


def event_keys(event: Event) -> Iterator[tuple[str, int, bool]]:
    """What another event must share with this one to merge with it (:func:`~conflictgraph.core.identity.agreement`:
    the same type, dates that agree, and two arguments in common). The date is one only where both dates are the
    same; otherwise the two must share source and target, or one of them and a place. So an event locks, at its
    own date (or none), its (source, target) pair and, if it has a place, each of its actors, exclusively; at its
    own date also each actor with the other role's (the same date plus one argument, where the other role does not
    contradict: an actor with "any" other one shared, an actor without one with "any" exclusively) and the place;
    and at each coarser date that holds
    its own (2020 and 2020-01 for 2020-01-03), and with no date, the pair and the actors shared: an event dated
    less precisely (or not at all) that could take it locks them exclusively. An event that can share two
    arguments with no other (an undated one with a source only) locks nothing."""
    # A joint event's actors of a role are several (PLOVER's joint and reciprocal actors): two events share a role
    # where one's actors are among the other's (core.identity.same_actors), so they have at least one in common,
    # and each key of an actor below is taken for each of its actors (and each pair of them for the pair).
    sources, targets = event.actors("source"), event.actors("target")
    actors = [("source", actor) for actor in sources] + [("target", actor) for actor in targets]
    located = event.location is not None
    t = event.type

    def two_arguments(date: str | None, exclusive: bool) -> Iterator[tuple[str, int, bool]]:
        for source in sources:
            for target in targets:
                yield "event pair", key("event", t, date, "pair", source, target), exclusive
        if located:
            for role, actor in actors:
                yield "event actor", key("event", t, date, role, actor), exclusive

    dated = event.date or ""
    yield from two_arguments(None, not dated)  # with no date: the undated ones' keys, which dated ones read
    for n in (4, 7, 10):
        if n < len(dated):  # a coarser date: the events dated so read this one
            yield from two_arguments(dated[:n], False)
    if dated:
        yield from two_arguments(dated, True)
        # The same date is one argument: one more is enough, an actor in the same role, unless the other role's
        # actors differ (a contradiction). So the key of an actor names the other role's actor: exclusively, and
        # its "any actor" key shared; an event without one locks that "any actor" key exclusively. Two sanctions
        # imposed by one state in 2015 on two others do not meet; one on nobody named meets both.
        roles = (("source", sources), ("target", targets))
        for (role, mine), (other_role, others) in (roles, roles[::-1]):
            for actor in mine:
                same = ("event", t, dated, "same", role, actor, other_role)
                for other in others:
                    yield "event date", key(*same, other), True
                yield "event date", key(*same, ANY), not others
        if located:  # the same place: the same name, or points at most 30 km apart (SAME_PLACE_KM)
            yield from place_keys(event.location, ("event", t, dated))


def place_keys(place: Location, prefix: tuple) -> Iterator[tuple[str, int, bool]]:
    """Its name exclusively; with a point, its 1-degree cell exclusively, and shared the cells around it that a
    point at most SAME_PLACE_KM away may be in (those whose edge is that near): two such points are in one cell, or
    one of them reads the other's."""
    yield "event place", key(*prefix, "name", place.name), True
    if place.lat is None or place.lon is None:
        return
    row, column = math.floor(place.lat), math.floor(place.lon)
    own = _cell(row, column)
    yield "event place", key(*prefix, "cell", *own), True
    # Kilometres to the cell's edges; a degree of longitude is narrowest on the side nearer a pole (a point 30 km
    # away may be a little nearer still: a degree further).
    narrowest = KM_PER_DEGREE * math.cos(math.radians(min(89.9, max(abs(row), abs(row + 1)) + 1)))
    rows = [row] + [r for r, near in ((row - 1, (place.lat - row) * KM_PER_DEGREE),
                                      (row + 1, (row + 1 - place.lat) * KM_PER_DEGREE)) if near <= SAME_PLACE_KM]
    columns = [column] + [c for c, near in ((column - 1, (place.lon - column) * narrowest),
                                            (column + 1, (column + 1 - place.lon) * narrowest))
                          if near <= SAME_PLACE_KM]
    for r, c in sorted({_cell(r, c) for r in rows for c in columns} - {own}):
        yield "event place", key(*prefix, "cell", r, c), False


def _cell(row: int, column: int) -> tuple[int, int]:
    """A 1-degree cell; past 70 degrees of latitude (where a degree of longitude is narrower than 38 km, and
    nearer the pole narrower than SAME_PLACE_KM) the whole row is one cell."""
    return (row, column % 360) if -POLAR <= row < POLAR else (row, 0)


POLAR = 70
# The key part that stands for any actor in a role (no actor id is empty).
ANY = ""
KM_PER_DEGREE = 110.5  # of latitude, at most (110.57 at the equator): a point's near edges are never left out


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
