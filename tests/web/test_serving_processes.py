"""What the processes of `serve` do beside answering: share their answers (``serve --workers N``), and keep what
they loaded out of the cycle collector's walks once they are ready."""

from __future__ import annotations

import gc
import warnings

import pytest

from conflictgraph.web import create_app
from conflictgraph.web.app import GC_THRESHOLDS
from conflictgraph.web.shared import SharedAnswers
from conflictgraph.web.views import View


def client_of(app):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    return TestClient(app, base_url="http://127.0.0.1")


def test_a_second_process_answers_from_what_the_first_computed(store, tmp_path, monkeypatch, ids):
    computed: list[str] = []
    detail = View.actor_detail

    def counted(self, actor_id, *args, **kwargs):
        computed.append(actor_id)
        return detail(self, actor_id, *args, **kwargs)

    monkeypatch.setattr(View, "actor_detail", counted)
    first = client_of(create_app(store=store, shared_answers=str(tmp_path)))
    second = client_of(create_app(store=store, shared_answers=str(tmp_path)))
    url = f"/api/actors/{ids['actor']}"
    answer = first.get(url)
    assert answer.status_code == 200 and computed == [ids["actor"]]
    again = second.get(url)
    assert again.content == answer.content and again.headers["content-type"] == answer.headers["content-type"]
    assert computed == [ids["actor"]], "the second process computed the answer again"
    assert second.get(f"/actors/{ids['actor']}").status_code == 200 and len(computed) == 2  # a page: computed once
    assert first.get(f"/actors/{ids['actor']}").status_code == 200 and len(computed) == 2
    assert second.get("/api/actors/nobody-at-all").status_code == 404
    assert first.get("/api/actors/nobody-at-all").status_code == 404 and computed[-2:] == ["nobody-at-all"] * 2


def test_shared_answers_follow_the_store_version(tmp_path):
    shared, other = SharedAnswers(tmp_path), SharedAnswers(tmp_path)
    key = ("/api/overview", b"limit=3")
    headers = [(b"content-type", b"application/json"), (b"content-length", b"2")]
    shared.put(1, key, headers, b"{}")
    assert other.get(1, key) == (headers, b"{}")
    assert other.get(1, ("/api/overview", b"")) is None
    assert other.get(2, key) is None  # the store changed: the old answers are gone
    assert not (tmp_path / "1").exists() and shared.get(2, key) is None
    (tmp_path / "2" / "junk").write_bytes(b"\x00")
    assert shared.get(2, ("/x", b"")) is None  # a file it cannot read is no answer, not an error


def test_a_serving_process_keeps_what_it_loaded_out_of_the_collectors_walks(store_url):
    threshold = gc.get_threshold()
    gc.unfreeze()  # as a new process starts
    try:
        with client_of(create_app(store_url)):
            assert gc.get_freeze_count() == 0 and gc.get_threshold() == threshold  # an app of a test or a tool
        with client_of(create_app(store_url, warm=True)):  # as serve makes it
            assert gc.get_freeze_count() > 10_000 and gc.get_threshold() == GC_THRESHOLDS
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


@pytest.fixture
def ids(store):
    actor = next(a for a, _ in store.active_actors(5))
    return {"actor": actor.id}


def test_serve_with_two_workers_shares_answers_and_removes_them_when_it_stops(store_url, tmp_path, ids):
    """End to end: `serve --workers 2` answers, files the answers in its folder, and removes it when stopped."""
    import os
    import signal
    import subprocess
    import sys
    import time

    import httpx

    from conflictgraph.web.server import free_port

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "conflictgraph", "serve", "--db", store_url, "--port", str(port),
                               "--workers", "2"], env={**os.environ, "TMPDIR": str(tmp_path)},
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline, answer = time.monotonic() + 90, None
        while answer is None and time.monotonic() < deadline and server.poll() is None:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/actors/{ids['actor']}", timeout=30)
            except httpx.HTTPError:
                time.sleep(0.3)
        assert answer is not None and answer.status_code == 200, server.stderr.read() if server.poll() else "no answer"
        folders = list(tmp_path.glob("conflictgraph-answers-*"))
        assert len(folders) == 1 and any(f.is_file() for f in folders[0].rglob("*"))
        for _ in range(6):  # whichever process answers, the same bytes
            assert httpx.get(f"http://127.0.0.1:{port}/api/actors/{ids['actor']}", timeout=30).content == answer.content
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    assert not list(tmp_path.glob("conflictgraph-answers-*"))
