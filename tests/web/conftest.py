"""Fixtures of the web tests: one store of the seed articles plus a hostile one, the app over it, a live server."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "examples" / "seeds"

# An article whose text, title and outlet carry markup: every page must show it as text and never run it.
HOSTILE_ID = "900_hostile"
HOSTILE_TEXT = """Militants attack checkpoint near Mosul <script>window.__pwned=1</script>

Islamic State militants attacked an Iraqi army checkpoint near Mosul on Monday, killing three soldiers \
<script>window.__pwned=1</script> and wounding five others, police said.

"We will strike again <img src=x onerror=window.__pwned=2>," an Islamic State spokesman said in a statement.
"""
HOSTILE_META = {"title": "Checkpoint attack <script>window.__pwned=3</script>", "outlet": "Test <b>Wire</b>",
                "published": "2021-03-01", "url": "javascript:window.__pwned=4"}


@pytest.fixture(scope="session")
def hostile_id() -> str:
    return HOSTILE_ID


@pytest.fixture(scope="session")
def store_url(tmp_path_factory) -> str:
    """A SQLite store of the five seed articles and the hostile one (ingested once: the extraction is slow)."""
    from conflictgraph import api

    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile"
    hostile.mkdir()
    (hostile / f"{HOSTILE_ID}.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    (hostile / f"{HOSTILE_ID}.meta.json").write_text(json.dumps(HOSTILE_META), encoding="utf-8")
    url = f"sqlite:///{folder / 'web.db'}"
    report = api.ingest([SEEDS, hostile], db=url)
    assert not report.failed, report.failed
    return url


@pytest.fixture(scope="session")
def store(store_url):
    from conflictgraph.store import Store

    with Store.open(store_url) as opened:
        yield opened


@pytest.fixture(scope="session")
def app(store):
    from conflictgraph.web import create_app

    return create_app(store=store)


@pytest.fixture(scope="session")
def client(app):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette would rather have httpx2
        from fastapi.testclient import TestClient
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client


@pytest.fixture(scope="session")
def live_url(app):
    """The app served by uvicorn in a thread on 127.0.0.1 and a free port."""
    from conflictgraph.web.server import running

    with running(app) as base:
        yield base
