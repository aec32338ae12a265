"""A batch's events merged set-based (store/merge.py) give the rows the per-event merge gave: each event looked up
in the table as the events before it left it, newest EVENT_CANDIDATES of each look-up, best agreement first."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import text

from conflictgraph.core.identity import absorb, agreement
from conflictgraph.model import Actor, Bundle, Document, Event, Evidence, Location
from conflictgraph.store import Store, merge, schema
from conflictgraph.store.rows import EVENT_COLUMNS, event_from, event_of, event_row, location_json, member_rows

# One actor, none, or a joint event's list (PLOVER's joint and reciprocal actors), in either order.
SOURCES = [["a"], ["b"], ["c"], [], ["a", "b"], ["b", "a"], ["c", "a"]]
TARGETS = [["x"], ["y"], [], ["x", "y"]]
DATES = [None, "2020", "2020-01", "2020-01-03", "2020-01-04", "2020-02"]
PLACES = [None, Location(name="Aleppo", country="SY", lat=36.2, lon=37.16), Location(name="Gaza", country="PS",
                                                                                      lat=None, lon=None)]
# Two articles that are not copies of each other (a copy's report of an event merges by another rule).
TEXTS = {"d0": "Rockets struck the base on Tuesday, officials said. Nobody claimed the attack.",
         "d1": "Gunmen opened fire on a checkpoint near the river crossing before dawn; two guards were hurt."}


def events(r: random.Random, n: int, document: str, prefix: str) -> list[Event]:
    made = []
    for i in range(n):
        event = Event(id=f"{prefix}{i}", type=r.choice(["ASSAULT", "COERCE"]), date=r.choice(DATES),
                      location=r.choice(PLACES), fatalities=r.choice([None, 2, 5]),
                      evidence=[Evidence(document, 0, 20, TEXTS[document][:20])])
        event.set_actors("source", r.choice(SOURCES))
        event.set_actors("target", r.choice(TARGETS))
        made.append(event)
    return made


def bundle(document: str, items: list[Event]) -> Bundle:
    actors = [Actor(id=i, name=i.upper(), kind="armed_group") for i in ("a", "b", "c", "x", "y")]
    return Bundle(documents=[Document(id=document, source=f"{document}.txt", text=TEXTS[document])],
                  actors=actors, events=items)


def serial_merge(connection, items: list[Event], limit: int | None) -> None:
    """The per-event merge: look up, compare, insert or update, one event at a time; each look-up of
    ``merge.look_ups`` read as its SQL reads it, cut at ``limit`` rows; with ``limit`` None every stored event of
    the type is compared (what the rule merges, whatever the look-ups)."""
    for event in items:
        found = {}
        if limit is None:
            queries = [("SELECT * FROM events WHERE type = :t", {"t": event.type})]
        else:
            queries = [(f"SELECT * FROM events WHERE {merge.LOOKUPS[look[0]].format(t=':t', a=':a', b=':b', d=':d')}"
                        " ORDER BY seq DESC LIMIT :lim",
                        {"t": look[1], "a": look[2], "b": look[3], "d": look[4], "lim": limit})
                       for look in merge.look_ups(event)]
        for query, params in queries:
            for row in connection.execute(text(query), {k: v for k, v in params.items() if f":{k}" in query}):
                found.setdefault(row.id, event_from(row))
        best, best_agree = None, 1
        for candidate in sorted(found.values(), key=lambda x: x.id):
            agree = agreement(candidate, event)
            if agree is not None and agree > best_agree:
                best, best_agree = candidate, agree
        if best is None:
            seq = connection.execute(text("SELECT coalesce(max(seq), 0) + 1 FROM events")).scalar()
            columns = {"id": event.id, "seq": seq, **event_row(event)}
            connection.execute(text(f"INSERT INTO events ({', '.join(columns)}) "
                                    f"VALUES ({', '.join(':' + c for c in columns)})"), columns)
            written = event
        else:
            absorb(best, event)
            columns = event_row(best)
            connection.execute(text(f"UPDATE events SET {', '.join(f'{c} = :{c}' for c in columns)} WHERE id = :id"),
                               {**columns, "id": best.id})
            written = best
        connection.execute(text("DELETE FROM event_actors WHERE event = :id"), {"id": written.id})
        for member in member_rows(written.id, written):
            connection.execute(text("INSERT INTO event_actors (event, role, position, actor) "
                                    "VALUES (:event, :role, :position, :actor)"), member)


ROWS = ("SELECT id, type, mode, source, target, date, location, fatalities, injuries, sources, targets FROM events "
        "ORDER BY seq")
MEMBERS = "SELECT event, role, position, actor FROM event_actors ORDER BY event, role, position"


def rows(url: str) -> list[tuple]:
    with Store.open(url) as store, store.engine.connect() as connection:
        return [tuple(row) for query in (ROWS, MEMBERS) for row in connection.execute(text(query))]


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_batch_merges_its_events_as_one_event_after_the_other(tmp_path, monkeypatch, seed):
    """Events of few types, dates and arguments, so that many merge, with look-ups cut at 3 rows: an event the
    batch dates more precisely leaves a look-up, and the batch must read that look-up deeper to answer as the
    table would."""
    monkeypatch.setattr(merge, "EVENT_CANDIDATES", 3)
    r = random.Random(seed)
    stored = bundle("d0", events(r, 60, "d0", "s"))
    new = events(r, 80, "d1", "n")
    urls = [f"sqlite:///{tmp_path / name}.db" for name in ("serial", "batch")]
    for url in urls:
        with Store.open(url) as store:
            store.add(stored)
    with Store.open(urls[0]) as store, store.engine.begin() as connection:
        serial_merge(connection, new, 3)
    with Store.open(urls[1]) as store:
        store.add(bundle("d1", new))
    expected = rows(urls[0])
    assert rows(urls[1]) == expected
    assert len([row for row in expected if len(row) > 4]) < 140, "some of the batch's events merged into stored ones"


@pytest.mark.parametrize("seed", [1, 2])
def test_postgresql_merges_a_batch_as_one_event_after_the_other(postgres_db_url, monkeypatch, seed):
    """The same on PostgreSQL, where a batch reads all its look-ups in one statement (a lateral subquery each, read
    through the indexes of migration 0006): the per-event merge is run in a transaction rolled back after."""
    monkeypatch.setattr(merge, "EVENT_CANDIDATES", 3)
    r = random.Random(seed)
    stored = bundle("d0", events(r, 60, "d0", "s"))
    new = events(r, 80, "d1", "n")
    with Store.open(postgres_db_url) as store:
        store.add(stored)
        with store.engine.connect() as connection, connection.begin() as transaction:
            serial_merge(connection, new, 3)
            expected = [tuple(row) for query in (ROWS, MEMBERS) for row in connection.execute(text(query))]
            transaction.rollback()
        store.add(bundle("d1", new))
    assert rows(postgres_db_url) == expected
    assert len([row for row in expected if len(row) > 4]) < 140, "some of the batch's events merged into stored ones"


@pytest.mark.parametrize("seed", [5, 6, 7])
def test_the_look_ups_by_merge_key_find_every_event_the_rule_merges_into(url, seed):
    """Uncut, the look-ups by the rule's keys (an actor at the same date, the same date with a place, a (source,
    target) pair or an actor with a place at any date that agrees) merge as comparing each new event with every
    stored event of its type would, on both backends: none the rule would merge into is left unread."""
    r = random.Random(seed)
    stored = bundle("d0", events(r, 80, "d0", "s"))
    new = events(r, 120, "d1", "n")
    with Store.open(url) as store:
        store.add(stored)
        with store.engine.connect() as connection, connection.begin() as transaction:
            serial_merge(connection, new, None)
            expected = [tuple(row) for query in (ROWS, MEMBERS) for row in connection.execute(text(query))]
            transaction.rollback()
        store.add(bundle("d1", new))
        with store.engine.connect() as connection:
            got = [tuple(row) for query in (ROWS, MEMBERS) for row in connection.execute(text(query))]
    assert got == expected
    assert len([row for row in expected if len(row) > 4]) < 200, "some of the batch's events merged into stored ones"


def test_a_look_up_reads_only_events_that_can_share_two_arguments(url):
    """An event of 2020-01-03 by a and on x, in Aleppo, reads none of the stored events of its type and date range
    that cannot merge with it: another source's on another target unplaced, another day's by a unplaced and on
    another target, a located one of another day with other actors; it reads its pair's of the year, a's at its
    date, and the located one of its date."""
    aleppo = PLACES[1]
    stored = [Event(id=i, type="ASSAULT", date=date, source=source, target=target, location=place,
                    evidence=[Evidence("d0", 0, 20, TEXTS["d0"][:20])])
              for i, date, source, target, place in [
                  ("no1", "2020-01-03", "b", "y", None), ("no2", "2020-01-04", "a", "y", None),
                  ("no3", "2020-01-05", "c", None, aleppo), ("no4", "2020", "b", None, None),
                  ("pair", "2020", "a", "x", None), ("actor", "2020-01-03", "a", "y", None),
                  ("place", "2020-01-03", "c", None, PLACES[2])]]
    probe = Event(id="p", type="ASSAULT", date="2020-01-03", source="a", target="x", location=aleppo)
    with Store.open(url) as store:
        store.add(bundle("d0", stored))
        with store.engine.connect() as connection:
            view = merge.EventView(connection)
            view.load(merge.look_ups(probe))
            assert set(view.state) == {"pair", "actor", "place"}
            assert [e.id for e in view.candidates(probe)] == ["actor", "pair", "place"]


def test_a_row_read_by_position_is_the_tables(tmp_path):
    """The merge reads events' rows as tuples in EVENT_COLUMNS' order: the table's."""
    assert tuple(c.name for c in schema.events.c) == EVENT_COLUMNS
    url = f"sqlite:///{tmp_path / 'store.db'}"
    stored = events(random.Random(5), 30, "d0", "s")
    with Store.open(url) as store:
        store.add(bundle("d0", stored))
        with store.engine.connect() as connection:
            for row in connection.execute(text("SELECT * FROM events")):
                assert event_of(tuple(row)) == event_from(row)
    assert {e.location is not None for e in stored} == {True, False}


def test_the_view_reads_a_look_up_deeper_when_the_batch_took_rows_out_of_it(tmp_path, monkeypatch):
    """Four stored events of a's dated 2020 (the look-up of a's events of that date, cut at 3 rows, reads the newest
    three); the batch dates the newest two more precisely, so the look-up now finds the oldest, which the view had
    not read, and no longer the two (of another date, they share only a source with the probe)."""
    monkeypatch.setattr(merge, "EVENT_CANDIDATES", 3)
    stored = [Event(id=f"s{i}", type="ASSAULT", date="2020", source="a", target=target,
                    evidence=[Evidence("d0", 0, 20, TEXTS["d0"][:20])])
              for i, target in enumerate(["x", "y", "b", "c"])]
    url = f"sqlite:///{tmp_path / 'store.db'}"
    with Store.open(url) as store:
        store.add(bundle("d0", stored))
        with store.engine.begin() as connection:
            probe = Event(id="p", type="ASSAULT", date="2020", source="a")
            view = merge.EventView(connection)
            view.load(merge.look_ups(probe))
            assert set(view.state) == {"s1", "s2", "s3"}
            for i in ("s2", "s3"):
                view.merge(i, Event(id="n", type="ASSAULT", date="2020-01-03", source="a",
                                    target=view.state[i].target))
            assert [e.id for e in view.candidates(probe)] == ["s0", "s1"]
            assert view.state["s2"].date == "2020-01-03" and view.changed == {"s2", "s3"}


@pytest.mark.parametrize(("stored_date", "new_date"), [
    ("2020-01", "2020"), ("2020-01-03", "2020"), ("2020-01-03", "2020-01"),  # finer dates inside a year, a month
    (None, "2020-01-03"), ("2020-01-03", None),  # an undated one and a dated one, by source and target
])
def test_a_report_finds_the_stored_event_by_each_kind_of_look_up(url, stored_date, new_date):
    """Each look-up kind (migration 0006's indexes read the year's and month's finer dates and the undated events)
    finds the stored event among others of its type that it must not merge with."""
    others = [Event(id=f"o{i}", type="ASSAULT", date=date, source=source, target=target,
                    evidence=[Evidence("d0", 0, 20, TEXTS["d0"][:20])])
              for i, (date, source, target) in enumerate([("2020-02", "a", "y"), ("2020-01-04", "b", "y"),
                                                          (None, "c", "x"), ("2020", "b", None)])]
    stored = Event(id="s", type="ASSAULT", date=stored_date, source="a", target="x",
                   evidence=[Evidence("d0", 0, 20, TEXTS["d0"][:20])])
    report = Event(id="n", type="ASSAULT", date=new_date, source="a", target="x",
                   evidence=[Evidence("d1", 0, 20, TEXTS["d1"][:20])])
    with Store.open(url) as store:
        store.add(bundle("d0", [*others, stored]))
        store.add(bundle("d1", [report]))
        found = {e.id: e for e in store.events()}
    assert sorted(found) == ["o0", "o1", "o2", "o3", "s"]
    assert found["s"].date == max(stored_date or "", new_date or "", key=len)
    assert [e.document for e in found["s"].evidence] == ["d0", "d1"]


def test_a_store_migrated_from_0007_gets_the_merge_key_indexes_and_merges_as_before(url):
    """Opening a store of migration 0007 (the year, month and undated indexes of 0006) replaces those with the
    merge-key indexes of 0008; a report then merges into the event stored before, found by its pair."""
    from alembic import command
    from alembic.config import Config

    from conflictgraph.store import MIGRATIONS

    def indexes(store) -> set[str]:
        query = ("SELECT indexname FROM pg_indexes WHERE tablename = 'events'" if store.engine.dialect.name ==
                 "postgresql" else "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'")
        with store.engine.connect() as connection:
            return set(connection.execute(text(query)).scalars())

    stored = Event(id="s", type="ASSAULT", date="2020-01-03", source="a", target="x",
                   evidence=[Evidence("d0", 0, 20, TEXTS["d0"][:20])])
    with Store.open(url) as store:
        store.add(bundle("d0", [stored]))
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with store.engine.execution_options(write=True).begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0007_event_actor_lists")
        names = indexes(store)
        assert "ix_events_type_year_seq" in names and "ix_events_type_pair_date_seq" not in names
    with Store.open(url) as store:
        names = indexes(store)
        assert {"ix_events_type_pair_date_seq", "ix_events_located_type_date_seq"} <= names
        assert not names & {"ix_events_type_year_seq", "ix_events_type_month_seq", "ix_events_type_source_undated"}
        store.add(bundle("d1", [Event(id="n", type="ASSAULT", date="2020", source="a", target="x",
                                      evidence=[Evidence("d1", 0, 20, TEXTS["d1"][:20])])]))
        found = store.events()
    assert [(e.id, e.date, [v.document for v in e.evidence]) for e in found] == [("s", "2020-01-03", ["d0", "d1"])]


def _scans(plan: dict) -> list[dict]:
    """The plan's nodes that read the events table, with the rows each returned over all its loops."""
    found = [plan] if plan.get("Relation Name") == "events" else []
    for child in plan.get("Plans", []):
        found += _scans(child)
    return found


def test_an_undated_events_look_ups_read_newest_first_and_stop_at_their_limit(postgres_db_url):
    """An undated event may merge into its pair's events of any date, and (both located) into an actor's located
    ones: those look-ups read their key newest first from an index in that order (migration 0010) and stop at the
    limit, instead of reading the key's every event (of every date) to sort them; the rows found are the newest."""
    rng = random.Random(3)
    aleppo = PLACES[1]
    rows = []
    # The pair (a, x) and the actors' located events, of many dates, among a few events each of many other actors:
    # planned for any value, a key's look-up is estimated at a few rows, which a bitmap scan would read and sort.
    others = [f"o{k}" for k in range(300)]
    for seq in range(1, 4001):
        source, target = (rng.choice(["a", "a", "b"]), rng.choice(["x", "x", "y"])) if seq % 3 == 0 else (
            rng.choice(others), rng.choice(others))
        day = f"20{rng.randrange(18, 24)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        rows.append({"id": f"e{seq:04d}", "seq": seq, "type": "ASSAULT", "source": source, "target": target,
                     "date": rng.choice([day, day[:7], day[:4], None]),
                     "location": rng.choice([None, location_json(PLACES[2])]), "place": None})
    probe = Event(id="p", type="ASSAULT", date=None, source="a", target="x", location=aleppo)
    looks = merge.look_ups(probe)
    assert {look[0] for look in looks} == {"pair_any", "source_placed_any", "target_placed_any"}
    limit = 20
    with Store.open(postgres_db_url) as store:
        store.add(bundle("d0", []))
        with store.engine.begin() as connection:
            connection.execute(schema.actors.insert(), [{"id": o, "name": o.upper(), "kind": "armed_group"}
                                                        for o in others])
            connection.execute(schema.events.insert(), rows)
            connection.exec_driver_sql("ANALYZE events")
        with store.engine.begin() as connection:
            connection.exec_driver_sql(merge.LATERAL_PLAN)
            plan = connection.execute(text("EXPLAIN (ANALYZE, FORMAT JSON) " + merge.LATERAL),
                                      merge.lateral_params(looks, limit)).scalar()[0]["Plan"]
            view = merge.EventView(connection)
            view.load(looks, limit)
    scans = [s for s in _scans(plan) if s.get("Actual Loops", 0)]
    assert scans and all(s["Node Type"] == "Index Scan" and s["Scan Direction"] == "Backward" for s in scans)
    # The rows each read: those it returned and those its conditions left out after reading them.
    assert all((s["Actual Rows"] + s.get("Rows Removed by Filter", 0)) * s["Actual Loops"] <= limit for s in scans)
    # The rows found: each look-up's newest, as reading every row of the key and sorting them finds them.
    by_seq = sorted(rows, key=lambda r: -r["seq"])
    newest = {"pair_any": [r for r in by_seq if r["source"] == "a" and r["target"] == "x"][:limit],
              "source_placed_any": [r for r in by_seq if r["source"] == "a" and r["location"]][:limit],
              "target_placed_any": [r for r in by_seq if r["target"] == "x" and r["location"]][:limit]}
    assert set(view.state) == {r["id"] for found in newest.values() for r in found}
