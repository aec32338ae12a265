"""Pages of events read through migration 0003's indexes: the same events, in the same order, as the queries
they replaced (an OR of an actor's two roles, sorted whole; ``date IS NULL, date DESC, seq DESC``), on both
backends; and the migration itself, up from 0002 and back."""

from __future__ import annotations

import random
import warnings

import pytest
from sqlalchemy import insert, inspect, or_, select
from support import SEEDS

from conflictgraph import api
from conflictgraph.store import Filters, Store
from conflictgraph.store import schema as t

NEW_INDEXES = {("events", "ix_events_date_seq"), ("events", "ix_events_source_date_seq"),
               ("events", "ix_events_target_date_seq"), ("events", "ix_events_dyad"),
               ("documents", "ix_documents_id_seq")}


def old_events(store: Store, ids: set[str] | None = None, event_type: str | None = None) -> list[str]:
    """Event ids by the queries before migration 0003: both roles in one OR, then everything sorted."""
    e = t.events.c
    query = select(e.id)
    if ids is not None:  # (and, since migration 0007, as any member of a joint event's list of actors)
        members = select(t.event_actors.c.event).where(t.event_actors.c.actor.in_(ids))
        query = query.where(or_(e.source.in_(ids), e.target.in_(ids), e.id.in_(members)))
    if event_type:
        query = query.where(e.type == event_type)
    with store.engine.connect() as c:
        return list(c.execute(query.order_by(e.date.is_(None), e.date.desc(), e.seq.desc())).scalars())


def fill(store: Store, seed: int = 17, count: int = 400) -> None:
    """Actors, one document and events written straight into the tables: many ties on a date, undated events,
    events of an actor against itself, and events of two actors that share a name (one look-up, both ids)."""
    rng = random.Random(seed)
    actors = ["a", "b", "c", "d", "e"]
    dates = [None, None, "2020", "2020-01", "2020-01-15", "2020-01-15", "2020-02-01", "2021-06", "2019-12-31"]
    with store.batch() as writer:
        c = writer.connection
        c.execute(insert(t.documents), [{"id": "doc", "seq": 1, "source": "doc.txt", "text": "x" * 100,
                                         "content_hash": "h", "ingested_at": "2024-01-01T00:00:00"}])
        c.execute(insert(t.actors), [{"id": a, "name": a.upper(), "kind": "group"} for a in actors])
        c.execute(insert(t.aliases), [{"actor": a, "alias": "Twin", "folded": "twin"} for a in ("b", "c")])
        rows, evidence = [], []
        for seq in range(1, count + 1):
            source, target = rng.choice([None, *actors]), rng.choice([None, *actors])
            rows.append({"id": f"ev{seq:04d}", "seq": seq, "type": rng.choice(["ASSAULT", "COERCE", "PROTEST"]),
                         "source": source, "target": target, "date": rng.choice(dates)})
            evidence.append({"kind": "event", "item": f"ev{seq:04d}", "document": "doc", "start": seq % 90,
                             "end": seq % 90 + 5, "text": "xxxxx"})
        c.execute(insert(t.events), rows)
        c.execute(insert(t.evidence), evidence)


def test_a_page_of_an_actors_events_is_the_old_querys_page(url):
    with Store.open(url) as store:
        fill(store)
        for name, ids in [("a", {"a"}), ("b", {"b"}), ("Twin", {"b", "c"}), ("E", {"e"}), ("nobody", {""})]:
            assert store.actor_ids(name) == ids or ids == {""}
            expected = old_events(store, ids)
            assert [e.id for e in store.events(Filters(actor=name))] == expected  # no limit: the plain query
            for limit, offset in [(1, 0), (10, 0), (50, 7), (200, 0), (30, 150), (500, 0), (10, 1000)]:
                page = store.events(Filters(actor=name), limit=limit, offset=offset)
                assert [e.id for e in page] == expected[offset:offset + limit], (name, limit, offset)
            typed = store.events(Filters(actor=name, type="ASSAULT"), limit=20, offset=5)
            assert [e.id for e in typed] == old_events(store, ids, "ASSAULT")[5:25]
        self_events = [e for e in store.events(Filters(actor="a"), limit=400) if e.source == e.target == "a"]
        assert self_events, "the data should hold events of an actor against itself"
        assert len({e.id for e in store.events(Filters(actor="a"), limit=400)}) == len(old_events(store, {"a"}))


def test_pages_of_all_events_are_in_the_old_order(url):
    with Store.open(url) as store:
        fill(store, seed=3)
        expected = old_events(store)
        assert [e.id for e in store.events()] == expected
        for offset in (0, 50, 333, 399):
            assert [e.id for e in store.events(limit=50, offset=offset)] == expected[offset:offset + 50]
        assert [e.id for e in store.events(Filters(type="COERCE"), limit=40)] == old_events(store, None, "COERCE")[:40]


def test_the_seeds_actors_pages_are_the_old_querys(url):
    api.ingest([SEEDS], db=url)
    with Store.open(url) as store:
        actors = {x for e in store.events() for x in (e.source, e.target) if x}
        assert len(actors) > 10
        for actor in sorted(actors):
            expected = old_events(store, store.actor_ids(actor))
            for limit, offset in [(3, 0), (200, 0), (2, 1)]:
                page = store.events(Filters(actor=actor), limit=limit, offset=offset)
                assert [e.id for e in page] == expected[offset:offset + limit], actor
            whole = {e.id: e for e in store.events(Filters(actor=actor))}
            assert all(e.evidence == whole[e.id].evidence for e in store.events(Filters(actor=actor), limit=200))


def _indexes(store: Store) -> set[tuple[str, str]]:
    """The named column indexes of the two tables (SQLAlchemy does not reflect SQLite's expression indexes of
    migration 0006, and says so; they are not the ones this test is about)."""
    with store.engine.connect() as c, warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        found = inspect(c)
        return {(table, ix["name"]) for table in ("events", "documents") for ix in found.get_indexes(table)}


def test_the_migration_adds_the_indexes_to_an_old_store_and_keeps_its_data(url):
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from conflictgraph.store import MIGRATIONS
    from conflictgraph.store.order import newest

    api.ingest([SEEDS], db=url)
    with Store.open(url) as store:
        assert NEW_INDEXES <= _indexes(store)
        before = (store.counts(), [e.id for e in store.events()])
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with store.engine.execution_options(write=True).begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0002_document_language")  # a store as the last release left it
        assert not NEW_INDEXES & _indexes(store)
        with store.engine.connect() as c:  # the new order needs no index (read by id: the rows have no lists)
            ids = list(c.execute(select(t.events.c.id).order_by(*newest(t.events.c))).scalars())
        assert (store.counts(), ids) == before
    with Store.open(url) as store:  # opening migrates it
        assert NEW_INDEXES <= _indexes(store)
        assert (store.counts(), [e.id for e in store.events()]) == before
        with store.engine.connect() as c:
            head = ScriptDirectory.from_config(config).get_current_head()  # 0003 and the migrations after it
            assert c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head


def test_sqlite_reads_pages_through_the_indexes(tmp_path):
    """The plans the indexes are for: no sort of every event for a page, one index per role."""
    url = f"sqlite:///{tmp_path / 'plan.db'}"
    with Store.open(url) as store:
        fill(store)
        store.optimize()
        from sqlalchemy.dialects import sqlite

        from conflictgraph.store.order import by_role, newest

        def plan(query) -> str:
            sql = str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
            with store.engine.connect() as c:
                return " | ".join(row[3] for row in c.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))

        page = plan(select(t.events).order_by(*newest(t.events.c)).limit(50).offset(100))
        assert "ix_events_date_seq" in page and "TEMP B-TREE" not in page
        roles = plan(by_role(select(t.events), {"a"}, 50, 0))
        assert "ix_events_source_date_seq" in roles and "ix_events_target_date_seq" in roles


def test_the_networks_relation_weights_are_their_sentences(url):
    """edges() counts each relation's evidence in the database; it was the length of the evidence read whole."""
    from conflictgraph.store.read import Edge

    api.ingest([SEEDS], db=url)
    with Store.open(url) as store:
        for filters in [Filters(), Filters(actor="iran"), Filters(type="backs"), Filters(since="2020-01"),
                        Filters(text="militia"), Filters(place="IRQ"), Filters(actor="nobody at all")]:
            relations = [Edge(r.subject, r.object, r.predicate, len(r.evidence), "relation")
                         for r in store.relations(filters)]
            edges = store.edges(filters)
            assert [e for e in edges if e.kind == "relation"] == relations, filters
            assert all(e.weight > 0 for e in relations)
        assert any(e.weight > 1 for e in store.edges() if e.kind == "relation")


def test_a_page_of_one_role_is_the_newest_events_of_that_role(url):
    with Store.open(url) as store:
        fill(store)
        for actor in ("a", "b", "e"):
            everything = store.events(Filters(actor=actor), limit=400)
            for role in ("source", "target"):
                mine = [e.id for e in everything if getattr(e, role) == actor]
                assert mine, (actor, role)
                for limit, offset in [(1, 0), (7, 0), (20, 3), (500, 0)]:
                    page = store.events(Filters(actor=actor), limit=limit, offset=offset, role=role)
                    assert [e.id for e in page] == mine[offset:offset + limit], (actor, role, limit, offset)
                    assert all(e.evidence for e in page)
            typed = store.events(Filters(actor=actor, type="ASSAULT"), limit=5, role="target")
            assert [e.id for e in typed] == [e.id for e in everything if e.target == actor and e.type == "ASSAULT"][:5]
        with pytest.raises(ValueError, match="role"):
            store.events(Filters(), limit=5, role="source")


def test_an_actors_page_shows_its_newest_events_of_each_role(url):
    # Before, the page took the actor's 4 x limit newest events and split them by role: an actor that acted in
    # that many recent events showed none it was the target of.
    from conflictgraph.web.views import View

    with Store.open(url) as store:
        fill(store)
        with store.batch() as writer:  # the newest ten events: "a" acting on "b"
            writer.connection.execute(insert(t.events), [
                {"id": f"late{i}", "seq": 1000 + i, "type": "ASSAULT", "source": "a", "target": "b", "date": "2030"}
                for i in range(10)])
        everything = store.events(Filters(actor="a"), limit=400)
        assert all(e.source == "a" for e in everything[:10])
        detail = View(store).actor_detail("a", limit=2)
        assert [e.id for e in detail.events_as_source] == [e.id for e in everything if e.source == "a"][:2]
        assert [e.id for e in detail.events_as_target] == [e.id for e in everything if e.target == "a"][:2]
        assert len(detail.events_as_target) == 2
