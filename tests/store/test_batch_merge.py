"""A batch's events merged set-based (store/merge.py) give the rows the per-event merge gave: each event looked up
in the table as the events before it left it, newest EVENT_CANDIDATES of each look-up, best agreement first."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import text

from conflictgraph.core.identity import absorb, agreement
from conflictgraph.model import Actor, Bundle, Document, Event, Evidence, Location
from conflictgraph.store import Store, merge
from conflictgraph.store.rows import event_from, event_row

SOURCES = ["a", "b", "c", None]
TARGETS = ["x", "y", None]
DATES = [None, "2020", "2020-01", "2020-01-03", "2020-01-04", "2020-02"]
PLACES = [None, Location(name="Aleppo", country="SY", lat=36.2, lon=37.16), Location(name="Gaza", country="PS",
                                                                                      lat=None, lon=None)]
# Two articles that are not copies of each other (a copy's report of an event merges by another rule).
TEXTS = {"d0": "Rockets struck the base on Tuesday, officials said. Nobody claimed the attack.",
         "d1": "Gunmen opened fire on a checkpoint near the river crossing before dawn; two guards were hurt."}


def events(r: random.Random, n: int, document: str, prefix: str) -> list[Event]:
    return [Event(id=f"{prefix}{i}", type=r.choice(["ASSAULT", "COERCE"]), date=r.choice(DATES),
                  source=r.choice(SOURCES), target=r.choice(TARGETS), location=r.choice(PLACES),
                  fatalities=r.choice([None, 2, 5]), evidence=[Evidence(document, 0, 20, TEXTS[document][:20])])
            for i in range(n)]


def bundle(document: str, items: list[Event]) -> Bundle:
    actors = [Actor(id=i, name=i.upper(), kind="armed_group") for i in ("a", "b", "c", "x", "y")]
    return Bundle(documents=[Document(id=document, source=f"{document}.txt", text=TEXTS[document])],
                  actors=actors, events=items)


def serial_merge(connection, items: list[Event], limit: int) -> None:
    """The per-event merge the store did before: look up, compare, insert or update, one event at a time."""
    for event in items:
        looks = []
        if event.date:
            looks += [("date = :d", event.date[:n]) for n in (4, 7, 10) if n <= len(event.date)]
            if len(event.date) < 10:
                looks.append(("date > :d AND date < :d || '~'", event.date))
        for column, value in (("source", event.source), ("target", event.target)):
            if value:
                looks.append((f"{column} = :d" + (" AND date IS NULL" if event.date else ""), value))
        found = {}
        for where, value in looks:
            for row in connection.execute(text(f"SELECT * FROM events WHERE type = :t AND {where} "
                                               "ORDER BY seq DESC LIMIT :lim"), {"t": event.type, "d": value,
                                                                                 "lim": limit}):
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
        else:
            absorb(best, event)
            columns = event_row(best)
            connection.execute(text(f"UPDATE events SET {', '.join(f'{c} = :{c}' for c in columns)} WHERE id = :id"),
                               {**columns, "id": best.id})


def rows(url: str) -> list[tuple]:
    with Store.open(url) as store, store.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(
            "SELECT id, type, mode, source, target, date, location, fatalities, injuries FROM events ORDER BY seq"))]


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
    assert len(expected) < 140, "some of the batch's events merged into stored ones"


def test_the_view_reads_a_look_up_deeper_when_the_batch_took_rows_out_of_it(tmp_path, monkeypatch):
    """Four stored events dated 2020 (a look-up cut at 3 rows reads the newest three); the batch dates the newest
    two more precisely, so the look-up now finds the two older ones, which the view had not read."""
    monkeypatch.setattr(merge, "EVENT_CANDIDATES", 3)
    stored = [Event(id=f"s{i}", type="ASSAULT", date="2020", source=s, target=t,
                    evidence=[Evidence("d0", 0, 20, TEXTS["d0"][:20])])
              for i, (s, t) in enumerate(["ax", "bx", "cx", "ay"])]
    url = f"sqlite:///{tmp_path / 'store.db'}"
    with Store.open(url) as store:
        store.add(bundle("d0", stored))
        with store.engine.begin() as connection:
            probe = Event(id="p", type="ASSAULT", date="2020", source="a", target="x")
            view = merge.EventView(connection)
            view.load(merge.look_ups(probe))
            assert set(view.state) == {"s1", "s2", "s3"}
            for i in ("s2", "s3"):
                view.merge(i, Event(id="n", type="ASSAULT", date="2020-01-03", source=view.state[i].source,
                                    target=view.state[i].target))
            assert [e.id for e in view.candidates(probe)] == ["s0", "s1", "s2", "s3"]
            assert view.state["s2"].date == "2020-01-03" and view.changed == {"s2", "s3"}
