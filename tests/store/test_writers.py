"""Many writers into one PostgreSQL store (store/locks.py, docs/scale.md): batches written at the same moment merge
as if written one after the other; a batch waits only for one that merges into the same things."""

from __future__ import annotations

import json
import threading
import time

import pytest
from support import ROOT, SEEDS

from conflictgraph import api
from conflictgraph.model import Bundle
from conflictgraph.readers import read_text
from conflictgraph.store import Filters, Store
from conflictgraph.store.locks import batch_keys, take

NEWS_DEV = ROOT / "tests" / "data" / "news-gold" / "articles" / "dev"


@pytest.fixture(scope="module")
def parts():
    """Extracted batches: A (two seeds), B (a third seed, a copy of A's second, and A's first again), and news
    articles one a batch."""
    seeds = api.read_inputs(sorted(SEEDS.glob("*.txt"))[:3])
    copy = read_text(seeds[1].text + "\n\nReporting by the wire.\n", source="copy-of-seed-1")
    pipeline = api._pipeline(api.INGEST_STAGES, None)
    extract = lambda docs: api._extract_for_store(docs, pipeline, 1)  # noqa: E731
    news = api.read_inputs(sorted(NEWS_DEV.glob("*.txt"))[:6])
    original, its_copy = extract([seeds[1]]), extract([copy])
    return {"A": extract(seeds[:2]), "B": extract([seeds[2], copy, seeds[0]]),
            # the copy and its original alone, documents only: no event or document of theirs meets the other's
            "original": (Bundle(documents=original[0].documents), original[1]),
            "copy": (Bundle(documents=its_copy[0].documents), its_copy[1]),
            "news": [extract([d]) for d in news]}


def export(url: str) -> dict:
    """The store's content less what depends on which writer came first (documents' numbers, a merged event's id)."""
    with Store.open(url) as store:
        bundle = json.loads(store.bundle(Filters()).to_json())
    spans = lambda item: sorted((e["document"], e["start"], e["end"]) for e in item["evidence"])  # noqa: E731
    return {
        "documents": sorted(json.dumps(d, sort_keys=True) for d in bundle["documents"]),
        "actors": sorted(json.dumps(a, sort_keys=True) for a in bundle["actors"]),
        **{section: sorted(json.dumps({**{k: v for k, v in item.items() if k not in ("id", "evidence")},
                                       "evidence": spans(item)}, sort_keys=True) for item in bundle[section])
           for section in ("relations", "events", "claims")},
    }


def new_store(postgres_server, name: str) -> str:
    postgres_server.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    postgres_server.admin(f'CREATE DATABASE "{name}"')
    return postgres_server.url(name)


def write_serially(url: str, *batches) -> dict:
    with Store.open(url) as store:
        for bundle, sentences in batches:
            store.add(bundle, sentences)
    return export(url)


def write_at_once(url: str, parts: dict, names: tuple[str, str]) -> dict[str, set[str]]:
    """Write two batches from two threads released by a barrier; what each left out as stored by the other."""
    Store.open(url).close()  # migrated before the race
    barrier, errors, skipped = threading.Barrier(2), [], {}

    def write(name: str) -> None:
        try:
            with Store.open(url, migrate=False) as store:
                barrier.wait()
                skipped[name] = store.add(*parts[name])
        except Exception as exc:  # noqa: BLE001 - the test reports it
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(name,)) for name in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not errors
    return skipped


def test_two_writers_released_at_once_merge_as_one_after_the_other(postgres_server, parts):
    one_way = write_serially(new_store(postgres_server, "cg_writers_ab"), parts["A"], parts["B"])
    other_way = write_serially(new_store(postgres_server, "cg_writers_ba"), parts["B"], parts["A"])
    assert len(one_way["documents"]) == 4  # A's first seed once
    assert any(json.loads(d)["duplicates"] for d in one_way["documents"]), "B's copy of A's seed is found"
    for attempt in range(3):
        url = new_store(postgres_server, f"cg_writers_at_once_{attempt}")
        skipped = write_at_once(url, parts, ("A", "B"))
        assert sorted(len(s) for s in skipped.values()) == [0, 1]  # A's first seed: stored by one, left out by other
        assert export(url) in (one_way, other_way)


def test_a_copy_and_its_original_written_at_once_are_found_as_copies(postgres_server, parts):
    one_way = write_serially(new_store(postgres_server, "cg_copies_oc"), parts["original"], parts["copy"])
    other_way = write_serially(new_store(postgres_server, "cg_copies_co"), parts["copy"], parts["original"])
    assert all(json.loads(d)["duplicates"] for d in one_way["documents"])
    for attempt in range(3):
        url = new_store(postgres_server, f"cg_writers_copies_{attempt}")
        write_at_once(url, parts, ("original", "copy"))
        assert export(url) in (one_way, other_way)


def conflicting(a: dict[int, bool], b: dict[int, bool]) -> bool:
    return any(a[k] or b[k] for k in a.keys() & b.keys())


def test_a_writer_waits_only_for_one_that_merges_into_the_same_things(postgres_server, parts):
    url = new_store(postgres_server, "cg_writers_wait")
    Store.open(url).close()
    held = parts["news"][0]
    free = next(p for p in parts["news"][1:] if not conflicting(batch_keys(held[0]), batch_keys(p[0])))
    same = (Bundle(documents=held[0].documents), held[1])  # the same article again: waits, then is left out
    release, inside, done = threading.Event(), threading.Event(), {}

    def hold() -> None:  # a writer in the middle of its batch: holding its keys, writing
        with Store.open(url, migrate=False) as store, store.batch() as writer:
            take(writer.connection, batch_keys(held[0]))
            inside.set()
            release.wait(timeout=120)
            writer.add(*held)

    def write(name, part) -> None:
        with Store.open(url, migrate=False) as store:
            done[name] = (store.add(*part), time.monotonic())

    holder = threading.Thread(target=hold)
    holder.start()
    assert inside.wait(timeout=120)
    writers = [threading.Thread(target=write, args=args) for args in (("free", free), ("same", same))]
    for thread in writers:
        thread.start()
    writers[0].join(timeout=120)
    assert "free" in done, "a batch that merges into nothing the held one does is written meanwhile"
    time.sleep(1)
    assert "same" not in done, "a batch of the same article waits for the held one"
    released = time.monotonic()
    release.set()
    holder.join(timeout=120)
    writers[1].join(timeout=120)
    assert done["same"][0] == {held[0].documents[0].id} and done["same"][1] >= released
    with Store.open(url, migrate=False) as store:
        assert store.counts()["documents"] == 2


def test_any_two_events_that_can_merge_lock_a_key_in_common():
    """Every pair of events that agree on two arguments (they would merge) conflicts on a key (one holds it
    exclusively); the keys of events that cannot merge stay apart often enough to let their writers run at once.
    Joint events' lists of actors too: a list shares a role with a list or an actor among it, in any order."""
    import math
    import random

    from conflictgraph.core.identity import agreement
    from conflictgraph.model import Event, Evidence, Location
    from conflictgraph.store.locks import event_keys

    r = random.Random(7)
    places = [Location(name=n, country=None, lat=lat, lon=lon) for n, lat, lon in
              [("Aleppo", 36.2, 37.16), ("Azaz", 36.59, 37.05), ("Idlib", 35.93, 36.63), ("Tromsø", 69.65, 18.96),
               ("Hammerfest", 70.66, 23.68), ("Suva", -18.14, 178.44), ("Taveuni", -16.8, -179.97)]]
    places += [Location(name="Gaza", country="PS", lat=None, lon=None)]

    def event() -> Event:
        date = r.choice([None, "2020", "2020-01", "2020-01-03", "2020-01-04", "2020-02", "2021"])
        place = r.choice([None, *places])
        if place and place.lat is not None and r.random() < 0.5:  # a point a few km away, under another name
            place = Location(name=place.name + " outskirts", country=None, lat=place.lat + r.uniform(-0.2, 0.2),
                             lon=place.lon + r.uniform(-0.2, 0.2) / math.cos(math.radians(place.lat)))
        made = Event(id="e", type=r.choice(["ASSAULT", "PROTEST"]), mode=None, date=date, location=place,
                     evidence=[Evidence("d", 0, 1, "x")])
        # one actor, none, or a joint event's list (in either order: "a and b", "b and a")
        made.set_actors("source", r.choice([[], ["a"], ["b"], ["a", "b"], ["b", "a"], ["a", "e"]]))
        made.set_actors("target", r.choice([[], ["c"], ["d"], ["c", "d"], ["d", "c"]]))
        return made

    def keys(e: Event) -> dict[int, bool]:
        out: dict[int, bool] = {}
        for _, k, exclusive in event_keys(e):
            out[k] = out.get(k, False) or exclusive
        return out

    merging = apart = apart_free = 0
    for _ in range(10000):
        a, b = event(), event()
        ka, kb = keys(a), keys(b)
        conflict = any(ka[k] or kb[k] for k in ka.keys() & kb.keys())
        agree = agreement(a, b)
        if agree is not None and agree > 1:
            merging += 1
            assert conflict, (a, b)
        else:
            apart += 1
            apart_free += not conflict
    assert merging > 100 and apart_free > apart / 2


def test_events_of_one_date_and_actor_meet_only_where_the_other_role_does_not_differ():
    """A state's sanctions of one year on two others cannot merge (their targets differ): their batches are
    written at once; a sanction of that year on no one named may merge with either, and meets both."""
    from conflictgraph.model import Event
    from conflictgraph.store.locks import event_keys

    def keys(source, target) -> dict[int, bool]:
        out: dict[int, bool] = {}
        for _, k, exclusive in event_keys(Event(id="e", type="SANCTION", date="2015", source=source, target=target)):
            out[k] = out.get(k, False) or exclusive
        return out

    on_c, on_d, on_anyone, by_b = keys("a", "c"), keys("a", "d"), keys("a", None), keys("b", "c")
    assert not conflicting(on_c, on_d) and not conflicting(on_c, by_b)
    assert conflicting(on_c, on_anyone) and conflicting(on_d, on_anyone) and conflicting(on_c, keys("a", "c"))
