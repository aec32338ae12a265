"""Merge a batch's events and claims into the stored ones with a few set-based statements, not a few per item.

The rules are the serial ones (:mod:`conflictgraph.core.identity`): an event merges into the stored event it
agrees with best among the newest ``EVENT_CANDIDATES`` of each look-up (:func:`look_ups`: by the merge rule's
own keys, so that only stored events that can share two arguments with it are read, however large the store), a
copy's report of a stored event or claim adds evidence to it, and each item sees what the items before it in the
batch wrote. Instead of asking the database for each event, the batch reads every look-up's rows at once
(:class:`EventView`), merges in memory, with the batch's own inserts and changes applied to what it read, and
writes the new events, the changed ones and all the evidence in one statement each. The view answers each
look-up as the table would: where a look-up's rows were cut at its limit and the batch's changes took some of
them out of it, it reads that look-up again, deeper.

PostgreSQL: the stored events merged into are locked as rows (``SELECT … FOR UPDATE``) before they are written,
and read again; if another writer changed one since the batch read it, the batch's events are merged again from
a new reading, as if that writer had come first.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from sqlalchemy import Connection, bindparam, delete, select, text, update

from ..core.identity import absorb, agreement, claim_id, repeats, same_words, sentence_key
from ..errors import WriteConflict
from ..model import Claim, Event, Evidence
from . import schema as t
from .rows import EVENT_COLUMNS, among, event_of, event_row, insert_all, member_rows, next_seqs

# How many stored events a look-up reads at most, newest first (by the merge keys, few fill it).
EVENT_CANDIDATES = 200
# How many times a batch merges its events again when another writer changed a stored one it merges into.
RELOOK = 5
# Numbers of arrival above every stored one, for the batch's new events until they get theirs (in this order).
NEW = 1 << 62
# Rows this process's batches read, by what read them (benchmarks/write_growth.py prints them an article).
READ: Counter = Counter()

Look = tuple  # a look-up: (kind, type, actor, other actor, date); kinds as in LOOKUPS


class Pending:
    """The evidence a batch adds, by kind and item: the first of two sentences at one place is kept (and the stored
    one before both, by ``ON CONFLICT DO NOTHING``); indexed by document, for the look-ups of copies."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str, str, int], Evidence] = {}
        self.by_document: dict[tuple[str, str], list[tuple[str, Evidence]]] = {}

    def add(self, kind: str, item: str, evidence) -> None:
        for e in evidence:
            if (kind, item, e.document, e.start) not in self.rows:
                self.rows[kind, item, e.document, e.start] = e
                self.by_document.setdefault((kind, e.document), []).append((item, e))

    def update(self, other: Pending) -> None:
        for (kind, item, _, _), e in other.rows.items():
            self.add(kind, item, [e])

    def write(self, connection: Connection) -> None:
        if self.rows:
            insert_all(connection, t.evidence, [
                {"kind": kind, "item": item, "document": e.document, "start": e.start, "end": e.end, "text": e.text}
                for (kind, item, _, _), e in self.rows.items()])


def look_ups(event: Event) -> list[Look]:
    """The stored events ``event`` may merge into, by the merge rule's own keys
    (:func:`~conflictgraph.core.identity.agreement`): the same type, dates that agree (one a prefix of the other, or
    either none), and two arguments in common, among a source, a target, the same date and a place on each side. A
    role in common means the stored event's first actor of the role (its ``source`` or ``target`` column) is one of
    this event's (:func:`~conflictgraph.core.identity.same_actors`). So the two share, at this event's own date, an
    actor of a role or (both located) the date; or, at any date that agrees, the (source, target) pair, or an actor
    and a place on each side. Each look-up is (kind, type, actor, other actor, date), "" where a kind has none."""
    t, dated = event.type, event.date or ""
    roles = [(role, event.actors(role)) for role in ("source", "target")]
    looks: list[Look] = []
    if dated:  # the same date, and an actor or a place
        looks += [(role + "_at", t, actor, "", dated) for role, actors in roles for actor in actors]
        if event.location is not None:
            looks.append(("placed_at", t, "", "", dated))
        # other dates that agree: the coarser ones that hold it, the finer ones inside it, none
        dates = [("at", dated[:n]) for n in (4, 7) if n < len(dated)]
        dates += [("within", dated)] if len(dated) < 10 else []
        dates.append(("undated", ""))
    else:
        dates = [("any", "")]
    for mode, value in dates:
        looks += [("pair_" + mode, t, source, target, value)
                  for source in event.actors("source") for target in event.actors("target")]
        if event.location is not None:
            looks += [(f"{role}_placed_{mode}", t, actor, "", value) for role, actors in roles for actor in actors]
    return looks


# Each look-up as SQL, newest first, cut at :lim rows, each read from an index in that order (migration 0008) where
# it names the date, so that it stops at its limit: {t} the type, {a} an actor, {b} the other role's, {d} a date.
# At any date ("any", an undated event's): ``seq > 0`` (every row's) is the predicate of the indexes of migration 0010,
# which hold those look-ups' order (seq after the key, not the date) and which only they can read: a look-up by a
# date range reads the key's rows of those dates from the date's index.
DATES = {"at": "date = {d}", "within": "date > {d} AND date < {d} || '~'", "undated": "date IS NULL",
         "any": "seq > 0"}
LOOKUPS = {
    "source_at": "type = {t} AND source = {a} AND date = {d}",
    "target_at": "type = {t} AND target = {a} AND date = {d}",
    "placed_at": "type = {t} AND date = {d} AND location IS NOT NULL",
    **{f"pair_{mode}": " AND ".join(filter(None, ["type = {t} AND source = {a} AND target = {b}", where]))
       for mode, where in DATES.items()},
    **{f"{role}_placed_{mode}": " AND ".join(filter(None, [f"type = {{t}} AND {role} = {{a}}", where,
                                                            "location IS NOT NULL"]))
       for role in ("source", "target") for mode, where in DATES.items()},
}
PARAMETERS = {kind: [p for p in "tabd" if f"{{{p}}}" in where] for kind, where in LOOKUPS.items()}
# Each look-up's order, newest first (``seq`` descending: the same rows in every one), said so that only the index
# meant for it gives that order. Planned for any value (PostgreSQL: the values are arrays), a key is estimated at a
# few rows, and the planner would read a key's rows from an index in ``seq`` order without the date (type, actor,
# seq), filtering the dates, sooner than sort a few: for a key of thousands of events and a date few of them have
# (none, or a month), that reads them all. Undated: the date too (all null), which the date's indexes give and that
# one does not; within a date range: an expression of seq, which no index gives, so each reads the range from the
# date's index and sorts it (as many rows as the key has in the range).
ORDERS = {"at": "seq DESC", "within": "seq + 0 DESC", "undated": "date DESC, seq DESC", "any": "seq DESC"}
ORDER = {kind: ORDERS[kind.rpartition("_")[2]] for kind in LOOKUPS}
COLUMNS = ", ".join(EVENT_COLUMNS)
# PostgreSQL: every look-up of a batch in one statement, each cut at its own limit (a lateral subquery each).
LATERAL = " UNION ALL ".join(
    f"SELECT '{kind}' AS look, p.t, p.a, p.b, p.d, e.* FROM unnest(CAST(:{kind}_t AS text[]), "
    f"CAST(:{kind}_a AS text[]), CAST(:{kind}_b AS text[]), CAST(:{kind}_d AS text[])) AS p(t, a, b, d) "
    f"CROSS JOIN LATERAL (SELECT {COLUMNS} FROM events WHERE {where.format(t='p.t', a='p.a', b='p.b', d='p.d')} "
    f"ORDER BY {ORDER[kind]} LIMIT :lim) AS e"
    for kind, where in LOOKUPS.items())
# The setting the look-ups are planned with (see EventView.load).
LATERAL_PLAN = "SET LOCAL enable_bitmapscan = off"


def lateral_params(looks: list[Look], limit: int) -> dict:
    """LATERAL's parameters: each kind's look-ups as four arrays (type, actor, other actor, date), and the limit."""
    params: dict = {"lim": limit}
    for kind in LOOKUPS:
        for i, name in enumerate("tabd", 1):
            params[f"{kind}_{name}"] = [look[i] for look in looks if look[0] == kind]
    return params


ONE = {kind: text(f"SELECT {COLUMNS} FROM events WHERE {where.format(t=':t', a=':a', b=':b', d=':d')} "
                  f"ORDER BY {ORDER[kind]} LIMIT :lim")
       for kind, where in LOOKUPS.items()}


def finds(look: Look, event: Event) -> bool:
    """Whether the look-up ``look`` finds ``event`` (as its SQL does): the view answers look-ups from what it holds."""
    kind, t, a, b, d = look
    if event.type != t:
        return False
    family, _, mode = kind.rpartition("_")
    if family == "placed":
        return event.date == d and event.location is not None
    if family == "pair":
        if event.source != a or event.target != b:
            return False
    else:
        role, _, placed = family.partition("_")
        if getattr(event, role) != a or placed and event.location is None:
            return False
    date = event.date
    return {"at": date == d, "within": date is not None and d < date < d + "~", "undated": date is None,
            "any": True}[mode]


class EventView:
    """The rows of the events table a batch's look-ups read, with the batch's inserts and changes applied."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.state: dict[str, Event] = {}  # every row read or inserted, as it is now (without evidence)
        self.seq: dict[str, int] = {}
        self.read: dict[str, tuple] = {}  # stored rows as read: their values after the id and the number
        self.new: list[str] = []  # the batch's new events, in order
        self.changed: set[str] = set()  # stored events the batch changed
        self.index: dict[tuple, set[str]] = {}  # look-up -> ids of the rows it finds now
        self.cut: dict[Look, int | None] = {}  # look-up read -> the lowest number it read, if its limit cut it

    def load(self, looks: list[Look], limit: int | None = None) -> None:
        """Read these look-ups' newest ``limit`` rows each (EVENT_CANDIDATES; a row the view holds is kept as it is
        now)."""
        if not looks:
            return
        limit = limit or EVENT_CANDIDATES
        found: dict[Look, list[int]] = {look: [] for look in looks}
        if self.connection.dialect.name == "postgresql":
            params = lateral_params(looks, limit)
            # Planned for any value (the values are arrays), a key's look-up is estimated at a few rows, so the
            # planner may read a key's rows in any order and sort them: for a key of thousands of rows (a frequent
            # actor's located events) that reads them all. Without bitmap scans each is read in its index's order,
            # newest first, and stops at its limit; the setting is back on for the rest of the transaction.
            self.connection.exec_driver_sql(LATERAL_PLAN)
            rows = self.connection.execute(text(LATERAL), params).all()
            self.connection.exec_driver_sql("SET LOCAL enable_bitmapscan = on")
            for row in rows:
                READ["event look-ups"] += 1
                values = tuple(row)  # the look-up (kind, type, actor, other actor, date), then the event's columns
                found[values[:5]].append(values[6])
                self._hold(values[5:])
        else:
            for look in looks:
                params = {name: look[i] for i, name in enumerate("tabd", 1) if name in PARAMETERS[look[0]]}
                for row in self.connection.execute(ONE[look[0]], {**params, "lim": limit}):
                    READ["event look-ups"] += 1
                    found[look].append(row.seq)
                    self._hold(tuple(row))
        for look, seqs in found.items():
            self.cut[look] = min(seqs) if len(seqs) >= limit else None

    def load_ids(self, ids) -> None:
        """Read these stored events (those a copy's evidence names)."""
        wanted = sorted(set(ids) - self.state.keys())
        if wanted:
            for row in self.connection.execute(select(t.events).where(among(self.connection, t.events.c.id, wanted))):
                self._hold(tuple(row))

    def _hold(self, values: tuple) -> None:
        """Hold a stored row (its values in EVENT_COLUMNS' order), unless the view holds it already."""
        if values[0] not in self.state:
            self.read[values[0]] = values[2:]
            self._set(event_of(values), values[1])

    def _set(self, event: Event, seq: int) -> None:
        old = self.state.get(event.id)
        if old is not None:
            for key in _keys(old):
                self.index[key].discard(old.id)
        self.state[event.id], self.seq[event.id] = event, seq
        for key in _keys(event):
            self.index.setdefault(key, set()).add(event.id)

    def candidates(self, event: Event) -> list[Event]:
        """What the serial look-ups would find now: each look-up's newest ``EVENT_CANDIDATES`` rows, by id."""
        found: set[str] = set()
        for look in look_ups(event):
            found |= self._newest(look)
        return sorted((self.state[i] for i in found), key=lambda x: x.id)

    def _newest(self, look: Look) -> set[str]:
        limit = EVENT_CANDIDATES
        while True:
            ids = {i for i in self.index.get(_found_by(look), ()) if finds(look, self.state[i])}
            lowest = self.cut[look]
            # Rows the view does not hold are older than the lowest it read: its answer is whole if it holds enough
            # rows at least as new (the batch's changes may have taken some of those read out of the look-up).
            if lowest is None or sum(self.seq[i] >= lowest for i in ids) >= EVENT_CANDIDATES:
                return set(sorted(ids, key=lambda i: -self.seq[i])[:EVENT_CANDIDATES])
            limit *= 2
            self.load([look], limit)

    def rows(self, ids) -> dict[str, Event]:
        """These events as they are now (copies: the caller may add evidence)."""
        return {i: replace(self.state[i], evidence=[]) for i in ids}

    def insert(self, event: Event) -> None:
        self.new.append(event.id)
        self._set(replace(event, evidence=[]), NEW + len(self.new))

    def merge(self, into: str, event: Event) -> None:
        """Fold ``event`` into the event ``into`` (stored or the batch's own)."""
        merged = replace(self.state[into], evidence=[])
        absorb(merged, event)
        merged.evidence = []
        self._set(merged, self.seq[into])
        if into in self.read:
            self.changed.add(into)

    def held_as_read(self) -> bool:
        """Lock the stored events the batch changes (PostgreSQL: their rows, until the batch commits) and tell
        whether they are still as the batch read them. SQLite has one writer."""
        ids = sorted(self.changed)
        if not ids or self.connection.dialect.name != "postgresql":
            return True
        rows = self.connection.execute(select(t.events).where(among(self.connection, t.events.c.id, ids))
                                       .order_by(t.events.c.id).with_for_update()).all()
        return all(tuple(row)[2:] == self.read[row.id] for row in rows)

    def write(self) -> None:
        """Insert the batch's new events (numbered in order) and update the stored ones it changed."""
        c = self.connection
        if self.new:
            seqs = next_seqs(c, t.events, len(self.new))
            insert_all(c, t.events, [{"id": i, "seq": seq, **event_row(self.state[i])}
                                     for i, seq in zip(self.new, seqs, strict=True)], new=False)
        if self.changed:
            c.execute(update(t.events).where(t.events.c.id == bindparam("_id")),
                      [{"_id": i, **event_row(self.state[i])} for i in sorted(self.changed)])
        # The members of joint events' lists: a changed event's as it is now (its rows are locked with it)
        listed = [i for i in sorted(self.changed) if self.read[i][-2:] != self._lists(i)]
        if listed:
            c.execute(delete(t.event_actors).where(among(c, t.event_actors.c.event, listed)))
        members = [row for i in [*self.new, *listed] for row in member_rows(i, self.state[i])]
        if members:
            insert_all(c, t.event_actors, members, new=False)

    def _lists(self, event_id: str) -> tuple:
        """An event's list columns as its row holds them (to tell whether a change changed them)."""
        row = event_row(self.state[event_id])
        return (row["sources"], row["targets"])


def _keys(event: Event) -> list[tuple]:
    """The keys a held row is found by (each look-up then asks :func:`finds` of those rows)."""
    return [("source", event.type, event.source), ("target", event.type, event.target),
            ("pair", event.type, event.source, event.target), ("date", event.type, event.date)]


def _found_by(look: Look) -> tuple:
    """The key of the rows among which ``look`` finds its own."""
    kind, t, a, b, d = look
    if kind == "placed_at":
        return ("date", t, d)
    if kind.startswith("pair_"):
        return ("pair", t, a, b)
    return (kind.partition("_")[0], t, a)


class Repeats:
    """A copy's report of a stored event or claim (:func:`~conflictgraph.core.identity.repeats`): the evidence the
    store holds in the documents the batch's copy (or original), read once a batch, and the batch's own."""

    def __init__(self, connection: Connection, partners: dict[str, set[str]], own: set[str]) -> None:
        self.partners = partners
        others = sorted({o for document in own for o in partners.get(document, ())} - own)
        self.stored: dict[tuple[str, str], list[tuple[str, Evidence]]] = {}
        if others:
            v = t.evidence.c
            for row in connection.execute(select(v.kind, v.item, v.document, v.start, v.end, v.text)
                                          .where(v.kind.in_(("event", "claim")),
                                                 among(connection, v.document, others))):
                self.stored.setdefault((row.kind, row.document), []).append(
                    (row.item, Evidence(row.document, row.start, row.end, row.text)))

    def items(self, kind: str) -> set[str]:
        return {item for (k, _), rows in self.stored.items() if k == kind for item, _ in rows}

    def of(self, item: Event | Claim, pending: Pending, rows_of) -> list:
        """The items ``item`` only repeats, the same words first: ``rows_of(ids)`` gives them as they are now."""
        others = {other for e in item.evidence for other in self.partners.get(e.document, ())}
        if not others:
            return []
        kind = "event" if isinstance(item, Event) else "claim"
        rows = [row for other in sorted(others)
                for row in self.stored.get((kind, other), []) + pending.by_document.get((kind, other), [])]
        keys = {sentence_key(e.text) for e in item.evidence}
        ids = sorted({i for i, e in rows if sentence_key(e.text) in keys})
        if not ids:
            return []
        found = rows_of(ids)
        for i, e in rows:
            if i in found:
                found[i].evidence.append(e)
        return sorted(((i, found[i]) for i in found if repeats(item, found[i], self.partners)),
                      key=lambda pair: (not same_words(item, pair[1]), pair[0]))  # the same words first


def add_events(connection: Connection, events: list[Event], repeated: Repeats, pending: Pending) -> None:
    """Merge the batch's events into the store (see the module's docstring)."""
    if not events:
        return
    looks = sorted({look for event in events for look in look_ups(event)}, key=lambda x: tuple(map(str, x)))
    for _ in range(RELOOK):
        view = EventView(connection)
        view.load(looks)
        view.load_ids(repeated.items("event"))
        evidence = Pending()
        for event in events:
            copied = repeated.of(event, evidence, view.rows)
            if copied:  # a copy's report of a stored event: its evidence, not a new event
                best = copied[0][0]
            else:
                best, best_agree = None, 1
                for candidate in view.candidates(event):
                    agree = agreement(candidate, event)
                    if agree is not None and agree > best_agree:
                        best, best_agree = candidate.id, agree
            if best is None:
                view.insert(event)
                evidence.add("event", event.id, event.evidence)
            else:
                view.merge(best, event)
                evidence.add("event", best, event.evidence)
        if view.held_as_read():
            view.write()
            pending.update(evidence)
            return
    raise WriteConflict(f"{len(events)} events: the stored events they merge into kept changing")


def add_claims(connection: Connection, claims: list[Claim], repeated: Repeats, pending: Pending) -> None:
    """Claims by id (speaker, words, sentence): a new one is inserted, a stored one gets the evidence; a copy's
    report of a stored claim (its speaker perhaps resolved otherwise) adds its evidence to that claim."""
    if not claims:
        return
    ids = [claim_id(claim) for claim in claims]
    c = t.claims.c
    known = {row.id: Claim(row.speaker, row.speaker_text, row.text, row.kind, []) for row in connection.execute(
        select(c.id, c.speaker, c.speaker_text, c.text, c.kind).where(among(connection, c.id, sorted(
            set(ids) | repeated.items("claim")))))}
    new = []
    for claim, cid in zip(claims, ids, strict=True):
        copied = repeated.of(claim, pending, lambda wanted: {
            i: Claim(known[i].speaker, known[i].speaker_text, known[i].text, known[i].kind, []) for i in wanted})
        if copied:
            pending.add("claim", copied[0][0], claim.evidence)
            continue
        if cid not in known:
            known[cid] = Claim(claim.speaker, claim.speaker_text, claim.text, claim.kind, [])
            new.append(cid)
        pending.add("claim", cid, claim.evidence)
    if new:
        seqs = next_seqs(connection, t.claims, len(new))
        insert_all(connection, t.claims, [  # another writer's at the same moment: kept
            {"id": i, "seq": seq, "speaker": known[i].speaker, "speaker_text": known[i].speaker_text,
             "text": known[i].text, "kind": known[i].kind} for i, seq in zip(new, seqs, strict=True)])
