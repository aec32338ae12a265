"""A killed ingest leaves the store consistent, and running it again completes the work with no duplicates."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import create_engine, func, select, text
from support import ROOT, SEEDS

from conflictgraph import api
from conflictgraph.store import Store, normalize_url
from conflictgraph.store import schema as t

BATCH = 2


@pytest.fixture
def articles(tmp_path):
    """The seeds and the re3d-dev texts as article files: enough batches to be killed in the middle of."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in SEEDS.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    with open(ROOT / "tests" / "data" / "re3d-dev.jsonl", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            (folder / f"re3d_{number:03d}.txt").write_text(json.loads(line)["text"], encoding="utf-8")
    return folder


@pytest.fixture(params=["sqlite", "postgresql"])
def two_stores(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'killed.db'}", f"sqlite:///{tmp_path / 'clean.db'}"
        return
    server = request.getfixturevalue("postgres_server")
    names = [f"cg_kill_{os.getpid()}_{n}" for n in ("killed", "clean")]
    for name in names:
        server.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.admin(f'CREATE DATABASE "{name}"')
    yield tuple(server.url(name) for name in names)
    for name in names:
        server.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def stored_documents(url: str) -> int:
    engine = create_engine(normalize_url(url))
    try:
        with engine.connect() as c:
            return c.execute(select(func.count()).select_from(t.documents)).scalar() or 0
    except Exception:  # noqa: BLE001 - the schema may not exist yet
        return 0
    finally:
        engine.dispose()


def assert_consistent(url: str) -> None:
    """Every row points at rows that exist, and every stored document has its sentences and copies index."""
    engine = create_engine(normalize_url(url))
    with engine.connect() as c:
        documents = set(c.execute(select(t.documents.c.id)).scalars())
        for table in (t.sentences, t.mentions, t.evidence, t.lsh_buckets):
            orphans = set(c.execute(select(table.c.document).distinct()).scalars()) - documents
            assert not orphans, f"{table.name} rows of documents never stored: {orphans}"
        assert set(c.execute(select(t.sentences.c.document).distinct()).scalars()) == documents
        actors = set(c.execute(select(t.actors.c.id)).scalars())
        for column in (t.mentions.c.actor, t.events.c.source, t.events.c.target, t.relations.c.subject):
            assert set(c.execute(select(column).distinct().where(column.is_not(None))).scalars()) <= actors
        items = {("event", i) for i in c.execute(select(t.events.c.id)).scalars()}
        items |= {("relation", i) for i in c.execute(select(t.relations.c.id)).scalars()}
        items |= {("claim", i) for i in c.execute(select(t.claims.c.id)).scalars()}
        cited = set(c.execute(select(t.evidence.c.kind, t.evidence.c.item).distinct()).all())
        assert {tuple(x) for x in cited} == items, "every item has evidence, and all evidence belongs to an item"
        if c.dialect.name == "sqlite":
            assert c.execute(text("PRAGMA foreign_key_check")).all() == []
            fts = c.execute(text("SELECT count(*) FROM sentences_fts")).scalar()
            assert fts == c.execute(select(func.count()).select_from(t.sentences)).scalar()
    engine.dispose()


def test_sigkill_mid_batch_then_rerun(articles, two_stores):
    killed, clean = two_stores
    total = len(list(articles.glob("*.txt")))
    command = [sys.executable, "-m", "conflictgraph", "ingest", str(articles), "--db", killed,
               "--batch-size", str(BATCH), "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    try:
        while stored_documents(killed) < 2 * BATCH:
            assert process.poll() is None, f"ingest ended before it could be killed: {process.stderr.read()}"
            assert time.monotonic() < deadline, "ingest stored nothing in 240 s"
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    before = stored_documents(killed)
    assert 2 * BATCH <= before < total, "killed in the middle of the work"
    assert before % BATCH == 0, "only whole batches are stored"
    assert_consistent(killed)

    report = api.ingest([articles], db=killed, batch_size=BATCH)
    assert len(report.skipped) == before and len(report.added) == total - before and not report.failed
    assert_consistent(killed)

    api.ingest([articles], db=clean, batch_size=BATCH)
    with Store.open(killed) as a, Store.open(clean) as b:
        assert a.counts() == b.counts()
        assert a.bundle().to_json() == b.bundle().to_json()
