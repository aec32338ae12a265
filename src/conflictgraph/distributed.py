"""Ingest on a Dask cluster (``ingest --workers N`` / ``--scheduler tcp://HOST:PORT``); docs/scale.md says why so.

The batches are cut as a serial ingest cuts them (``batch_size`` consecutive articles of the input, less what it
repeats), so each batch's bundle is the one a serial ingest makes. Each batch is one Dask task that extracts it
(the whole pipeline, on one worker) and, with PostgreSQL, a second task on the same worker that writes it straight
into the store in one transaction. By default the write of batch k waits for that of batch k-1, so that one
ingest's batches are merged in input order and the store is the serial ingest's, whatever the number of workers;
with ``in_order=False`` (``ingest --any-order``) the workers write as soon as they have extracted, at the same time.
Writers (of one ingest or of several) wait for each other only on what they merge into: each batch locks its merge
keys (:mod:`conflictgraph.store.locks`), and a document another writer stored first is left out inside the
transaction (:mod:`conflictgraph.store.fresh`). With SQLite, the workers only extract: this process writes every
batch, in order (one writer).

A worker that dies loses nothing stored: Dask runs its lost tasks again on another worker, and a redone write
finds its committed documents stored and adds nothing twice. A bad article fails alone, its one-line error sent
back here; ``progress`` counts the articles of every batch written.
"""

from __future__ import annotations

import logging
import resource
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .errors import ConflictgraphError, InputError

if TYPE_CHECKING:
    from distributed import Client, Future

    from .api import IngestReport
    from .model import Document
    from .pipeline import Pipeline
    from .store import Store

# Batches in flight at once, per worker: enough to keep every worker busy while the oldest one is written.
AHEAD = 3
# A failed task (not a lost worker: Dask redoes those by itself) is tried this many more times.
RETRIES = 2

Failure = tuple[str, str]  # (source, cause) of an InputError: it travels between processes as these two strings


def connect(scheduler: str | None, workers: int) -> tuple[Client, Callable[[], None]]:
    """A client of the cluster at ``scheduler``, or of a local cluster of ``workers`` processes started here;
    and what closes it (the local cluster with it)."""
    try:
        from distributed import Client
    except ImportError:
        raise ConflictgraphError("--workers and --scheduler need Dask: pip install 'conflictgraph[dask]'") from None
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except OSError as exc:
            raise ConflictgraphError(f"{scheduler}: no Dask scheduler answers there ({exc})") from None
        return client, client.close
    cluster = local_cluster(workers, silence_logs=logging.CRITICAL)
    client = Client(cluster)

    def close() -> None:
        client.close()
        cluster.close()

    return client, close


def worker_config() -> dict[str, Any]:
    """The Dask configuration of the workers this process starts: Dask's own, without its statistical profiler.

    A worker's profiler samples the stack of its running task every 10 ms and keeps a tree of the sampled frames
    for each second, the last 1,000 seconds of them twice over (``Worker.profile_history`` and, per task prefix,
    ``profile_keys_history``: ``distributed.admin.low-level-log-length``). With the pipeline's deep stacks a worker
    grew by about 350 dicts a second of work, 79 MB in 798 seconds, until 1,000 seconds were held (docs/scale.md,
    Long run); nobody reads those profiles here (the dashboard is on a random port)."""
    import dask.config

    return {"distributed": dask.config.merge(dask.config.get("distributed"),
                                             {"worker": {"profile": {"enabled": False}}})}


def local_cluster(workers: int, **options: Any) -> Any:
    """A local Dask cluster of ``workers`` processes of one thread each, configured by :func:`worker_config`."""
    from distributed import LocalCluster

    # A nanny passes ``config`` to its worker (at its start, and again when it starts it anew after a death).
    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                        config=worker_config(), **options)


def ingest_on_cluster(
    client: Client, store: Store, documents: list[Document], fresh: list[Document], report: IngestReport,
    failed: Callable[[InputError], None], *, batch_size: int, pipeline: Pipeline, extract_batch: Callable,
    write_parts: Callable, progress: Callable[[int, int], None] | None, in_order: bool = True,
) -> None:
    """Extract (and with PostgreSQL write) ``fresh``'s batches on the cluster; ``documents`` is the whole input,
    ``fresh`` what of it the store does not hold. ``extract_batch`` and ``write_parts`` are the serial ingest's
    steps (``api._extract_batch``, ``api._write_parts``): the workers run them as they are. ``in_order``: the write
    of a batch waits for the one before (the store is the serial ingest's); else the workers write at once."""
    from .store import content_hash

    url = store.engine.url.render_as_string(hide_password=False)
    workers_write = store.engine.dialect.name == "postgresql"
    # The pipeline the tasks share is itself a task, not data scattered to the workers: a worker that dies with
    # the only copy of scattered data takes with it every task that needs it (Dask forgets them, and this
    # client's futures are cancelled), while a task's result Dask makes again, elsewhere.
    shared = client.submit(shared_pipeline, pipeline, pure=False)
    batches = cut(documents, fresh, store.stored_texts(content_hash(d.text) for d in documents), batch_size)
    wanted = {d.id for d in fresh}
    done = len(documents) - len(fresh)
    ahead = AHEAD * max(1, len(client.scheduler_info().get("workers", {})))
    # (batch, its extraction, its write): the futures are held until the next batch is written, so that Dask can
    # redo a write whose result was lost with its worker while the next one still waits for it.
    queue: deque[tuple[list[Document], Future, Future | None]] = deque()
    previous: Future | None = None
    written: tuple[Future, ...] = ()
    pending = iter(batches)

    def submit() -> bool:
        nonlocal previous
        batch = next(pending, None)
        if batch is None:
            return False
        extracted = client.submit(extract, extract_batch, shared, batch, pure=False, retries=RETRIES)
        if workers_write:
            previous = client.submit(write, write_parts, url, shared, batch, extracted,
                                     previous if in_order else None, pure=False, retries=RETRIES)
        queue.append((batch, extracted, previous if workers_write else None))
        return True

    while len(queue) < ahead and submit():
        pass
    while queue:
        batch, extracted, writing = queue.popleft()
        result = (writing or extracted).result()
        for future in written:
            future.release()
        written = (extracted, writing) if writing else ()
        if not writing:
            extracted.release()
        if workers_write:
            stored, failures, timing, waited, conflicts = result
            report.lock_waits.append(waited)
            report.conflicts += conflicts
        else:
            parts, failures, seconds = result
            started = time.perf_counter()
            stored = write_parts(store, batch, parts, pipeline, failed, report.timings)
            timing = (len(stored), seconds, time.perf_counter() - started)
        for source, cause in failures:
            failed(InputError(source, cause))
        report.added += stored
        report.skipped += [i for i in store.holding(batch) if i not in stored]  # another writer stored them
        report.timings.append(timing)
        done += sum(d.id in wanted for d in batch)
        if progress:
            progress(done, len(documents))
        submit()
    for future in written:
        future.release()


def cut(documents: list[Document], fresh: list[Document], stored_hashes: set[str],
        batch_size: int) -> list[list[Document]]:
    """The batches a serial ingest of ``documents`` into an empty store makes (less the input's repeats and the
    articles refused before extraction), without those the store holds whole. A batch the store holds in part is
    extracted whole, so that its bundle stays the serial one; the write leaves out what is stored."""
    from .store import content_hash

    wanted = {d.id for d in fresh}
    listed, seen = [], set()
    for document in documents:
        digest = content_hash(document.text)
        if digest not in seen and (document.id in wanted or digest in stored_hashes):
            seen.add(digest)
            listed.append(document)
    batches = [listed[i:i + batch_size] for i in range(0, len(listed), batch_size)]
    return [batch for batch in batches if any(d.id in wanted for d in batch)]


# -- on a worker ---------------------------------------------------------------------------------------------------

_STORES: dict[str, Any] = {}
# What this worker spent, for benchmarks (:func:`usage`): CPU seconds of its thread extracting and writing, and the
# SQL statements its writes sent.
_USAGE = {"extract_cpu": 0.0, "write_cpu": 0.0, "statements": 0}


def shared_pipeline(pipeline: Pipeline) -> Pipeline:
    """The pipeline every batch's tasks take: unpickled on the worker that runs this (a pipeline pickles as its
    stage names and settings, with its knowledge where it is not the built-in one), and fetched from it by the
    others once each."""
    return pipeline


def extract(extract_batch: Callable, pipeline: Pipeline, batch: list[Document]) -> tuple[Any, list[Failure], float]:
    """A batch's parts (bundle and sentences), the articles that failed, the seconds it took."""
    started, cpu = time.perf_counter(), time.thread_time()
    failures: list[Failure] = []
    parts = extract_batch(batch, pipeline, 1, lambda e: failures.append((e.source, e.cause)))
    _USAGE["extract_cpu"] += time.thread_time() - cpu
    return parts, failures, time.perf_counter() - started


def write(write_parts: Callable, url: str, pipeline: Pipeline, batch: list[Document],
          extracted: tuple[Any, list[Failure], float],
          _previous: object) -> tuple[list[str], list[Failure], tuple[int, float, float], float, int]:
    """Store an extracted batch from the worker (``_previous``, the write of the batch before, is there to make
    this one wait for it); the ids stored, the articles that failed, its timing (articles, seconds extracting,
    seconds writing), the seconds of the writing spent waiting for the merge-key locks, and how many times a
    transaction crossed another writer's and was written again."""
    from .store import Store

    parts, failures, seconds = extracted
    failures = list(failures)
    store = _STORES.get(url)
    if store is None:
        store = _STORES[url] = Store.open(url, migrate=False)  # the client migrated it
    started, waited, conflicts = time.perf_counter(), store.lock_wait, store.conflicts
    cpu, statements = time.thread_time(), store.statements
    stored = write_parts(store, batch, parts, pipeline, lambda e: failures.append((e.source, e.cause)), [])
    _USAGE["write_cpu"] += time.thread_time() - cpu
    _USAGE["statements"] += store.statements - statements
    return (stored, failures, (len(stored), seconds, time.perf_counter() - started), store.lock_wait - waited,
            store.conflicts - conflicts)


def usage() -> dict[str, float]:
    """What this worker spent extracting and writing (CPU seconds, statements), and its peak resident memory."""
    return {**_USAGE, "peak_rss": peak_rss()}


def peak_rss() -> int:
    """This process's peak resident memory, in bytes (a benchmark asks every worker)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
