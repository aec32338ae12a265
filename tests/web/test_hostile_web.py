"""The web app against careless and hostile requests (issue 17): IPv6 hosts, LIKE wildcards in filters."""

from __future__ import annotations

import socket
import warnings

import httpx
import pytest

from conflictgraph.store import Filters
from conflictgraph.web.app import host_of


def test_an_ipv6_host_header_is_understood(store):
    from conflictgraph.web import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    app = create_app(store=store, allowed_hosts=["127.0.0.1", "localhost", "::1"])
    with TestClient(app, base_url="http://[::1]:8765") as client:
        assert client.get("/api/overview").status_code == 200
        assert client.get("/api/overview", headers={"host": "[::1]"}).status_code == 200
        assert client.get("/api/overview", headers={"host": "evil.example:8765"}).status_code == 400
        assert client.get("/api/overview", headers={"host": "[::2]:8765"}).status_code == 400


@pytest.mark.parametrize(("header", "host"), [
    ("[::1]:8765", "::1"), ("[::1]", "::1"), ("localhost:8765", "localhost"), ("LOCALHOST", "localhost"),
    ("127.0.0.1", "127.0.0.1"), ("", ""), ("[", ""),
])
def test_host_of(header, host):
    assert host_of(header) == host


def _ipv6() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as s:
            s.bind(("::1", 0))
        return True
    except OSError:
        return False


@pytest.mark.skipif(not _ipv6(), reason="no IPv6 loopback on this machine")
def test_serve_on_ipv6_loopback_answers(store_url):
    from conflictgraph.web import create_app
    from conflictgraph.web.server import allowed_hosts, running

    app = create_app(store_url, allowed_hosts=allowed_hosts("::1"))
    with running(app, host="::1") as base:
        assert base.startswith("http://[::1]:")
        assert httpx.get(base + "/api/overview", timeout=30).status_code == 200


def test_like_wildcards_in_a_filter_match_themselves(client, store):
    assert store.events() and not store.events(Filters(text="%%"))
    assert not store.events(Filters(text="ir_q"))  # "iraq" would match an unescaped _
    assert not store.actors(Filters(text="%"))
    assert not store.claims(Filters(text="%%"))
    assert not store.events(Filters(place="%"))
    page = client.get("/api/events", params={"text": "%%"}).json()
    assert page["total"] == 0 and page["items"] == []


def test_cached_answers_follow_the_store(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from conflictgraph import api
    from conflictgraph.web import cache, create_app

    monkeypatch.setattr(cache, "CHECK_SECONDS", 0.0)
    url = f"sqlite:///{tmp_path / 'store.db'}"
    article = "Militants attacked a checkpoint near Mosul on Monday, killing three soldiers, police said.\n"
    api.ingest([article], db=url)
    app = create_app(url)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        first = client.get("/api/overview").json()
        assert client.get("/api/overview").json() == first  # from the cache
        api.ingest([article.replace("Monday", "Friday").replace("Mosul", "Kirkuk")], db=url)  # another process
        after = client.get("/api/overview").json()
        assert after["counts"]["documents"] == first["counts"]["documents"] + 1


def test_many_clients_at_once_get_the_same_answers(live_url):
    from concurrent.futures import ThreadPoolExecutor

    paths = ["/api/overview", "/api/events", "/", "/api/network", "/api/timeline"] * 10

    def fetch(path: str) -> tuple[str, int, bytes]:
        response = httpx.get(live_url + path, timeout=60)
        return path, response.status_code, response.content

    with ThreadPoolExecutor(max_workers=50) as pool:  # threads: the browser tests may hold an event loop
        results = list(pool.map(fetch, paths))
    assert all(status == 200 for _, status, _ in results)
    by_path: dict[str, set[bytes]] = {}
    for path, _, body in results:
        by_path.setdefault(path, set()).add(body)
    assert all(len(bodies) == 1 for bodies in by_path.values())
