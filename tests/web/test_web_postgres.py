"""The web app over PostgreSQL answers what it answers over SQLite: the pages' queries (an actor's events one
query per role from a prepared statement, pages in index order, the network's counts, the map's located events)
run on both backends."""

from __future__ import annotations

import warnings
from urllib.parse import quote

import pytest

from conflictgraph import api
from conflictgraph.store import Store
from conflictgraph.web.app import create_app

SEEDS_URLS = ["/api/overview", "/api/events", "/api/events?offset=5&limit=7", "/api/events?type=ASSAULT",
              "/api/events?since=2020-01&until=2021", "/api/events.geojson", "/api/events.geojson?limit=3",
              "/api/network", "/api/network?actor=iran&limit=5", "/api/network?place=IRQ", "/api/timeline",
              "/api/actors", "/api/documents", "/api/events?actor=iran&limit=3&offset=1"]


@pytest.fixture(scope="module")
def both(tmp_path_factory, postgres_server):
    from support import SEEDS

    sqlite = f"sqlite:///{tmp_path_factory.mktemp('pg-web') / 'store.db'}"
    postgres_server.admin("CREATE DATABASE cg_web_pg")
    postgresql = postgres_server.url("cg_web_pg")
    for url in (sqlite, postgresql):
        api.ingest([SEEDS], db=url)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette would rather have httpx2
        from fastapi.testclient import TestClient
    clients = {}
    stores = [Store.open(url) for url in (sqlite, postgresql)]
    for name, store in zip(("sqlite", "postgresql"), stores, strict=True):
        clients[name] = TestClient(create_app(store=store), base_url="http://127.0.0.1")
    yield clients
    for store in stores:
        store.close()
    postgres_server.admin("DROP DATABASE cg_web_pg WITH (FORCE)")


def test_postgresql_answers_as_sqlite_does(both):
    actors = [a["actor"]["id"] for a in both["sqlite"].get("/api/overview").json()["active_actors"]]
    documents = [d["id"] for d in both["sqlite"].get("/api/documents").json()["items"]]
    assert actors and documents
    urls = [*SEEDS_URLS, *(f"/api/actors/{quote(a, safe='')}" for a in actors),
            *(f"/api/events?actor={quote(a, safe='')}&limit=4" for a in actors),
            *(f"/api/documents/{quote(d, safe='')}" for d in documents)]
    for url in urls:
        answers = [both[name].get(url) for name in ("sqlite", "postgresql")]
        assert [a.status_code for a in answers] == [200, 200], url
        assert answers[0].json() == answers[1].json(), url
