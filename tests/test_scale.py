"""Ingest on a Dask cluster (docs/scale.md): a real scheduler and two `dask worker` processes writing into one
PostgreSQL store, two ingests at once, a worker killed mid-ingest; every store compared with a serial ingest's."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import ROOT, SEEDS

from conflictgraph import api
from conflictgraph.readers import read_text
from conflictgraph.web.server import free_port

pytest.importorskip("distributed")

NEWS_DEV = ROOT / "tests" / "data" / "news-gold" / "articles" / "dev"
BATCH = 4
BIN = Path(sys.executable).parent


def export(url: str) -> str:
    from conflictgraph.store import Filters, Store

    with Store.open(url) as store:
        return store.bundle(Filters()).to_json()


def same_content(data: str) -> dict:
    """An export less what depends on which writer came first: the order of arrival (documents are sorted) and
    the id a merged event keeps (the first report's). Documents with their copy pairs, actors, relations, events
    and claims with all their evidence stay."""
    bundle = json.loads(data)
    spans = lambda item: sorted((e["document"], e["start"], e["end"]) for e in item["evidence"])  # noqa: E731
    return {
        "documents": sorted(json.dumps(d, sort_keys=True) for d in bundle["documents"]),
        "actors": sorted(json.dumps(a, sort_keys=True) for a in bundle["actors"]),
        "mentions": sorted(json.dumps(m, sort_keys=True) for m in bundle["mentions"]),
        **{section: sorted(json.dumps({**{k: v for k, v in item.items() if k not in ("id", "evidence")},
                                       "evidence": spans(item)}, sort_keys=True) for item in bundle[section])
           for section in ("relations", "events", "claims")},
    }


def ingest_command(paths, url: str, *options: str) -> list[str]:
    return [str(BIN / "conflictgraph"), "ingest", *map(str, paths), "--db", url, "--batch-size", str(BATCH),
            "--quiet", *options]


def start_worker(scheduler: str) -> subprocess.Popen:
    return subprocess.Popen([str(BIN / "dask"), "worker", scheduler, "--nthreads", "1", "--no-nanny",
                             "--no-dashboard", "--memory-limit", "0"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def wait_for_workers(scheduler: str, count: int) -> None:
    from distributed import Client

    with Client(scheduler, timeout="30s") as client:
        client.wait_for_workers(count, timeout=90)


def start_scheduler() -> tuple[str, subprocess.Popen]:
    address = f"tcp://127.0.0.1:{free_port()}"
    process = subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port",
                                address.rsplit(":", 1)[1], "--no-dashboard"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(1)
    return address, process


def stop(processes: list[subprocess.Popen]) -> None:
    for process in reversed(processes):
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="module")
def cluster():
    """A `dask scheduler` and two `dask worker` processes on this machine; its address, and its processes."""
    address, scheduler = start_scheduler()
    processes = [scheduler]
    try:
        processes += [start_worker(address) for _ in range(2)]
        wait_for_workers(address, 2)
        yield address, processes
    finally:
        stop(processes)


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    """The seeds, 19 news articles and a copy of the second seed (the last one): 25, in batches of 4 (a serial
    ingest cuts them so too); the copy and its original are in different batches."""
    copy = tmp_path_factory.mktemp("copy") / "copy-of-001.txt"
    seeds = sorted(SEEDS.glob("*.txt"))
    copy.write_text(seeds[1].read_text(encoding="utf-8") + "\n\nReporting by the wire.\n", encoding="utf-8")
    return [*seeds, *sorted(NEWS_DEV.glob("*.txt"))[:19], copy]


@pytest.fixture(scope="module")
def serial(postgres_server, articles):
    """The export of a serial ingest of the articles into PostgreSQL."""
    postgres_server.admin("CREATE DATABASE cg_scale_serial")
    url = postgres_server.url("cg_scale_serial")
    report = api.ingest(articles, db=url, batch_size=BATCH)
    assert len(report.added) == len(articles) and not report.failed
    data = export(url)
    assert any(d["duplicates"] for d in json.loads(data)["documents"])  # the copy is found as one
    return data


def test_a_dask_ingest_stores_what_a_serial_one_does(cluster, articles, serial, postgres_db_url):
    done = subprocess.run(ingest_command(articles, postgres_db_url, "--scheduler", cluster[0]),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    # One ingest's batches are written in input order, so the store is the serial one, byte for byte.
    assert export(postgres_db_url) == serial
    assert len(json.loads(serial)["events"]) > 50


def test_two_ingests_at_once_on_overlapping_inputs_both_succeed(cluster, articles, serial, postgres_db_url):
    # 8 articles in both; the same batches as the serial ingest's; the copy in one, its original in the other.
    first, second = articles[:16], articles[8:]
    runs = [subprocess.Popen(ingest_command(paths, postgres_db_url, "--scheduler", cluster[0]),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for paths in (first, second)]
    for run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
    assert same_content(export(postgres_db_url)) == same_content(serial)


def test_workers_writing_at_once_store_what_a_serial_ingest_does(cluster, articles, serial, postgres_db_url):
    # --any-order: each worker writes its batch as soon as it has extracted it, while the others write theirs.
    done = subprocess.run(ingest_command(articles, postgres_db_url, "--scheduler", cluster[0], "--any-order"),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert same_content(export(postgres_db_url)) == same_content(serial)


def test_a_worker_killed_mid_ingest_loses_nothing_and_stores_nothing_twice(articles, serial, postgres_db_url):
    """The worker dies with a batch in hand, and with it the only copy of everything it held, the pipeline the
    tasks share among them: the cluster has one worker when the ingest starts, and the next one joins after the
    death (a pipeline scattered to the workers was lost so, and with it every task of the ingest, 4 December)."""
    from distributed import Client
    from sqlalchemy import create_engine, text

    address, scheduler = start_scheduler()
    doomed = start_worker(address)
    processes = [scheduler, doomed]
    engine = create_engine(postgres_db_url)
    try:
        wait_for_workers(address, 1)
        run = subprocess.Popen(ingest_command(articles, postgres_db_url, "--scheduler", address),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        with Client(address, timeout="30s") as client:
            worker = next(iter(client.scheduler_info()["workers"]))
            busy = False
            deadline = time.monotonic() + 240
            # Until the worker has a batch of the ingest in hand (to extract or to write), so not stored yet.
            while not busy and run.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
                held = client.processing(workers=[worker]).get(worker, ())
                busy = any(str(key).startswith(("extract-", "write-")) for key in held)
            assert busy and run.poll() is None, "the worker must die with work in hand, the ingest under way"
            os.killpg(doomed.pid, signal.SIGKILL)
            with engine.connect() as connection:
                if connection.execute(text("SELECT to_regclass('documents')")).scalar():
                    assert connection.execute(text("SELECT count(*) FROM documents")).scalar() < len(articles)
            processes.append(start_worker(address))
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*), count(DISTINCT content_hash) FROM documents")).one() \
                == (len(articles), len(articles))
    finally:
        engine.dispose()
        stop(processes)
    assert export(postgres_db_url) == serial  # complete, and nothing in it twice


def test_local_workers_with_sqlite_extract_and_one_writer_writes(tmp_path):
    paths = sorted(SEEDS.glob("*.txt"))
    one, many = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'many.db'}"
    api.ingest(paths, db=one, batch_size=BATCH)
    done = subprocess.run(ingest_command(paths, many, "--workers", "2"), capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert export(many) == export(one)


def test_the_local_workers_keep_no_profile_of_their_tasks():
    """Dask's profiler kept a tree of sampled frames for each second of work, the last 1,000 of them: a worker's
    memory grew for its first 17 minutes of extraction (docs/scale.md, Long run). The workers ``--workers N``
    starts run without it, and with Dask's configuration otherwise."""
    import dask.config
    from distributed import Client

    from conflictgraph.distributed import local_cluster

    def busy() -> float:
        end = time.perf_counter() + 0.5
        while time.perf_counter() < end:
            pass
        return end

    def held(dask_worker) -> tuple:
        return (len(dask_worker.profile_history), len(dask_worker.profile_keys_history),
                "profile" in dask_worker.periodic_callbacks, dask.config.get("distributed.admin.log-length"))

    with local_cluster(1) as cluster, Client(cluster) as client:
        client.submit(busy, pure=False).result()
        time.sleep(1.5)  # a profile cycle is a second
        assert list(client.run(held).values()) == [(0, 0, False, dask.config.get("distributed.admin.log-length"))]


def test_a_bad_article_fails_alone_on_the_cluster(tmp_path):
    import parallel_stage  # noqa: F401 - registers the stage that breaks on its marker
    from distributed import Client

    from conflictgraph.api import INGEST_STAGES, IngestReport
    from conflictgraph.distributed import ingest_on_cluster
    from conflictgraph.pipeline import REGISTRY, Pipeline
    from conflictgraph.store import Store

    names = list(INGEST_STAGES)
    names.insert(names.index("actors"), parallel_stage.NAME)
    documents = api.read_inputs(sorted(SEEDS.glob("*.txt"))[:3])
    documents.insert(1, read_text("Rockets hit the base. BREAK-HERE, officials said.", source="bad"))
    report, lines = IngestReport(), []
    with Client(processes=False, n_workers=1, threads_per_worker=1, dashboard_address=":0") as client, \
            Store.open(f"sqlite:///{tmp_path / 'store.db'}") as store:
        ingest_on_cluster(client, store, documents, documents, report, lambda e: lines.append(str(e)),
                          batch_size=2, pipeline=Pipeline(names), extract_batch=api._extract_batch,
                          write_parts=api._write_parts, progress=None)
        assert store.counts()["documents"] == 3
    assert lines == ["bad: extraction failed (ValueError: this stage breaks here)"]
    REGISTRY.pop(parallel_stage.NAME, None)
    sys.modules.pop("parallel_stage", None)
    assert sorted(report.added) == sorted(d.id for d in documents if d.source != "bad")


def test_batches_are_cut_as_a_serial_ingest_cuts_them():
    from conflictgraph.distributed import cut
    from conflictgraph.store import content_hash

    docs = [read_text(f"Article {i}: rockets hit the base.", source=f"a{i}") for i in range(7)]
    repeat = read_text(docs[2].text, source="again")  # the same text under another name: left out
    listed = [*docs[:3], repeat, *docs[3:]]
    assert [[d.source for d in b] for b in cut(listed, docs, set(), 3)] == [["a0", "a1", "a2"], ["a3", "a4", "a5"],
                                                                           ["a6"]]
    # a0-a2 stored whole, a3 stored (by another ingest): the first batch is left out, the second extracted whole
    stored = {content_hash(d.text) for d in docs[:4]}
    assert [[d.source for d in b] for b in cut(listed, docs[4:], stored, 3)] == [["a3", "a4", "a5"], ["a6"]]
