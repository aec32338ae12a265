"""The document stages in worker processes (``extract --processes N``); the corpus stages once, in this one.

Each worker (started with ``forkserver``, or ``spawn`` where there is none) rebuilds the pipeline from its pickle
(its names, knowledge, gazetteer and settings) and loads the spaCy model once; the pool then serves every batch
with the same pipeline and process count (an ingest's batches, repeated ``extract_documents`` calls) until the
program exits. A batch is cut into as many runs of consecutive documents as there are workers, of about the same
number of characters; each worker parses its run and keeps the parses. The pipeline's stages then go in order: a
stretch of document stages runs in every worker on its documents, a corpus stage runs here on the whole batch,
and what a stage found travels with each document's context (its record, mentions, relations, events, claims),
both ways. So each document meets the same stages with the same inputs as in one process, and the bundle is the
same, byte for byte, whatever the number of processes.

A corpus stage that runs here sees each document's context without its parse (``ctx.doc`` is None), as the
built-in ones need none; the sentence spans of each document are in ``corpus.sentences``.
"""

from __future__ import annotations

import atexit
import importlib
import multiprocessing
import os
import pickle
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from .pipeline import CorpusContext, DocContext, Pipeline, trim_span

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from .model import Document

# What a document's context carries from stage to stage, beside its record: every field a stage may fill (a field
# added to DocContext travels without being listed here), not the parse nor the knowledge, which each process has.
CARRIED = tuple(f.name for f in fields(DocContext) if f.name not in ("document", "doc", "knowledge"))


def sentence_spans(ctx: DocContext) -> list[tuple[int, int]]:
    """The (start, end) of each of the document's sentences in its parse, trimmed of white space, none empty."""
    spans = (trim_span(ctx.document.text, s.start_char, s.end_char) for s in ctx.doc.sents)
    return [(a, b) for a, b in spans if b > a]


def phases(pipeline: Pipeline) -> list[tuple[str, int, int]]:
    """The pipeline's stages as (scope, start, stop) stretches of consecutive stages of one scope."""
    found: list[tuple[str, int, int]] = []
    for i, current in enumerate(pipeline.stages):
        if found and found[-1][0] == current.scope:
            found[-1] = (current.scope, found[-1][1], i + 1)
        else:
            found.append((current.scope, i, i + 1))
    return found


def chunks(documents: list[Document], count: int) -> list[list[Document]]:
    """``documents`` cut into at most ``count`` runs of consecutive documents, none empty, of similar lengths."""
    total = sum(len(d.text) for d in documents)
    cuts, done = [0], 0
    for i, document in enumerate(documents[:-1]):
        done += len(document.text)
        if len(cuts) < count and done * count >= total * len(cuts):
            cuts.append(i + 1)
    return [documents[a:b] for a, b in zip(cuts, [*cuts[1:], len(documents)], strict=True)]


def _state(ctx: DocContext) -> dict[str, Any]:
    return {"document": ctx.document, **{name: getattr(ctx, name) for name in CARRIED}}


def _apply(ctx: DocContext, state: dict[str, Any]) -> None:
    """Take what another process's stages made of this document: its record's fields in place, the rest whole."""
    for f in fields(ctx.document):
        setattr(ctx.document, f.name, getattr(state["document"], f.name))
    for name in CARRIED:
        setattr(ctx, name, state[name])


def _serve(conn: Connection, modules: list[str], pipeline_data: bytes) -> None:
    """A worker: rebuild the pipeline, then run stretches of document stages on its documents until told to stop."""
    from .nlp import load_nlp, parse

    for module in modules:  # where the pipeline's stages are registered: a plugin's, a program's own
        importlib.import_module(module)
    pipeline: Pipeline = pickle.loads(pipeline_data)
    corpus: CorpusContext | None = None
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        states, start, stop, fresh = message
        try:
            sentences = None
            if fresh or corpus is None:  # a new batch: parse it, and keep the parses for its later stretches
                documents = [state["document"] for state in states]
                corpus = pipeline.corpus(documents, parse(load_nlp(), (d.text for d in documents), batch_size=16))
                sentences = {ctx.document.id: sentence_spans(ctx) for ctx in corpus.docs}
            for ctx, state in zip(corpus.docs, states, strict=True):
                _apply(ctx, state)
            pipeline.run(corpus, start, stop)
            conn.send(("ok", ([_state(ctx) for ctx in corpus.docs], sentences)))
        except BaseException as exc:  # noqa: BLE001 - the main process raises it, as one process would
            corpus = None
            conn.send(("error", _picklable(exc)))


def _picklable(exc: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - an exception that does not travel goes as its type and message
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


class Workers:
    """A pool of worker processes, each with the pipeline built and the model loaded."""

    def __init__(self, pipeline: Pipeline, processes: int) -> None:
        self.pipeline, self.processes = pipeline, processes
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        data = pickle.dumps(pipeline)
        modules = sorted({getattr(s.make, "func", s.make).__module__ for s in pipeline.stages} - {"__main__"})
        if "forkserver" in methods:  # imported once in the server the workers fork from, not once in each
            context.set_forkserver_preload(["__main__", "spacy", "conflictgraph.nlp", *modules])
        self._conns: list[Connection] = []
        self._procs: list[Any] = []
        for _ in range(processes):
            ours, theirs = context.Pipe()
            process = context.Process(target=_serve, args=(theirs, modules, data), daemon=True,
                                      name="conflictgraph-worker")
            process.start()
            theirs.close()
            self._conns.append(ours)
            self._procs.append(process)

    def run(self, documents: list[Document]) -> CorpusContext:
        """The batch through the whole pipeline: document stages in the workers, corpus stages here."""
        pipeline = self.pipeline
        corpus = CorpusContext([DocContext(d, None, pipeline.knowledge) for d in documents],  # type: ignore[arg-type]
                               pipeline.knowledge)
        bounds, at = [], 0
        for run in chunks(documents, self.processes):
            bounds.append((at, at + len(run)))
            at += len(run)
        conns = self._conns[:len(bounds)]
        fresh = True
        for scope, start, stop in phases(pipeline):
            if scope == "corpus":
                pipeline.run(corpus, start, stop)
                continue
            for conn, (a, b) in zip(conns, bounds, strict=True):
                conn.send(([_state(ctx) for ctx in corpus.docs[a:b]], start, stop, fresh))
            fresh = False
            replies = [self._receive(conn) for conn in conns]  # every reply, so that none is left for the next
            failed = next((value for status, value in replies if status == "error"), None)
            if failed is not None:
                raise failed
            for (a, b), (_, (states, spans)) in zip(bounds, replies, strict=True):
                for ctx, state in zip(corpus.docs[a:b], states, strict=True):
                    _apply(ctx, state)
                corpus.sentences.update(spans or {})
        return corpus

    def _receive(self, conn: Connection) -> tuple[str, Any]:
        try:
            return conn.recv()
        except EOFError:
            self.close()
            raise RuntimeError("a worker process ended unexpectedly") from None

    def pids(self) -> list[int]:
        """The workers' process ids (a benchmark reads their peak memory)."""
        return [process.pid for process in self._procs]

    def close(self) -> None:
        for conn in self._conns:
            try:
                conn.send(None)
                conn.close()
            except OSError:
                pass
        for process in self._procs:
            process.join(timeout=5)
            if process.is_alive():
                process.terminate()
        self._conns, self._procs = [], []


_POOL: Workers | None = None

# The default process count (``--processes`` not given) is the cores this process may use, for a batch of at least
# this many articles; below it, starting the workers (each loads the model and builds the pipeline) costs more
# than the second core saves (benchmarks/throughput.py; docs/pipeline.md#worker-processes).
AUTO_FROM = 100


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def default_processes(articles: int) -> int:
    """The process count for a batch of ``articles`` when none is asked for: every core for a big batch, else 1."""
    return available_cores() if articles >= AUTO_FROM else 1


def workers(pipeline: Pipeline, processes: int) -> Workers:
    """The pool for this pipeline and process count, started on first use and kept for the next batches."""
    global _POOL
    if _POOL is not None and (_POOL.pipeline is not pipeline or _POOL.processes != processes or not _POOL._conns):
        _POOL.close()
        _POOL = None
    if _POOL is None:
        _POOL = Workers(pipeline, processes)
    return _POOL


def worker_pids() -> list[int]:
    """The process ids of the running pool's workers (none if no pool runs)."""
    return _POOL.pids() if _POOL is not None else []


@atexit.register
def close_workers() -> None:
    """Stop the pool's workers, if any run (at exit, or to start afresh)."""
    global _POOL
    if _POOL is not None:
        _POOL.close()
        _POOL = None
