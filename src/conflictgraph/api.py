"""What a user can do with conflictgraph; the CLI and the web app are thin doors onto these functions."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import BatchRefused, ConflictgraphError, InputError
from .knowledge import Knowledge, normalize_name
from .language import split_by_language
from .model import Bundle, Document, Event
from .nlp import load_nlp, parse
from .pipeline import DEFAULT_STAGES, CorpusContext, Pipeline, default_pipeline
from .readers import expand, read_path, read_text

if TYPE_CHECKING:  # the store (SQLAlchemy, datasketch) is imported by the functions that open one
    from .store import Store

ErrorHandler = Callable[[InputError], None]


def _raise(error: InputError) -> None:
    raise error


def read_inputs(
    inputs: Iterable[str | Path], *, published: str | None = None, on_error: ErrorHandler = _raise
) -> list[Document]:
    """Documents from paths (files or folders) and article texts, in the order given; bad ones go to ``on_error``.

    A file is read by its suffix, by the reader registered for it (``conflictgraph.readers``).
    """
    documents: list[Document] = []
    sources: dict[str, str] = {}
    for item in inputs:
        for found in _as_documents(item, published):
            try:
                if isinstance(found, InputError):
                    raise found
                document = found
                if document.id in sources:
                    raise InputError(
                        document.source,
                        f"document id {document.id!r} is already used by {sources[document.id]}; rename one",
                    )
            except InputError as error:
                on_error(error)
                continue
            sources[document.id] = document.source
            documents.append(document)
    return documents


def _as_documents(item: str | Path, published: str | None) -> Iterable[Document | InputError]:
    """The documents in a path (a file may hold many: a feed, a JSONL file) or the one an article text makes."""
    if isinstance(item, Path) or _looks_like_path(item):
        return (
            found
            for path in expand([item])
            for found in ([path] if isinstance(path, InputError) else read_path(path, published))
        )
    try:
        return [read_text(item, published=published)]
    except InputError as error:
        return [error]


def _looks_like_path(item: str) -> bool:
    """A string is a path if it names something that exists, or has the shape of one (no spaces, one line)."""
    if "\n" in item or len(item) > 1024:
        return False
    try:
        return Path(item).exists() or not re.search(r"\s", item)
    except OSError:  # a name too long for the file system is article text
        return False


def extract(
    inputs: Iterable[str | Path] | str | Path,
    *,
    published: str | None = None,
    knowledge: Knowledge | None = None,
    stages: Iterable[str] | None = None,
    on_error: ErrorHandler = _raise,
    processes: int | None = 1,
    pipeline: Pipeline | None = None,
) -> Bundle:
    """Extract one bundle from articles: paths to files or folders, or article texts.

    >>> bundle = extract(["examples/seeds"])          # doctest: +SKIP
    >>> print(bundle.to_json())                        # doctest: +SKIP
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    documents = read_inputs(inputs, published=published, on_error=on_error)
    return extract_documents(documents, knowledge=knowledge, stages=stages, processes=processes, pipeline=pipeline,
                             on_error=on_error)


def extract_documents(
    documents: list[Document],
    *,
    knowledge: Knowledge | None = None,
    stages: Iterable[str] | None = None,
    processes: int | None = 1,
    pipeline: Pipeline | None = None,
    on_error: ErrorHandler | None = None,
) -> Bundle:
    """Run the pipeline over documents already read; ``processes`` > 1 runs the parse and the document stages in
    that many worker processes (the same bundle, byte for byte); None, every core the process may use for a batch
    big enough to pay for starting them (:func:`conflictgraph.parallel.default_processes`), else one.

    ``pipeline`` is one built already (``Pipeline(stages, knowledge=..., gazetteer=..., settings=...)``), to
    reuse across calls; without it, the stages are built for the knowledge given (the built-in pipeline is
    built once per process).

    Each document's ``language`` is detected; one not in English is kept in the bundle, with nothing extracted
    from it, and reported as a warning on the ``conflictgraph.language`` logger.

    With ``on_error``, a document that breaks a stage goes to it as an InputError and the bundle holds the
    others; without, the exception is raised.
    """
    pipeline = pipeline or _pipeline(stages, knowledge)
    try:
        return _bundle(_run(documents, pipeline=pipeline, processes=processes), documents)
    except ConflictgraphError:
        raise
    except Exception:  # noqa: BLE001 - find the article that breaks a stage, and go on without it
        if on_error is None:
            raise
    good = []
    for document in documents:
        document.duplicates = []
        try:
            _run([document], pipeline=pipeline)
        except ConflictgraphError:
            raise
        except Exception as exc:  # noqa: BLE001
            on_error(extraction_failed(document, exc))
        else:
            good.append(document)
    for document in good:
        document.duplicates = []
    return _bundle(_run(good, pipeline=pipeline, processes=processes), good)


def extraction_failed(document: Document, exc: Exception) -> InputError:
    """The one-line error of an article that broke a stage."""
    detail = " ".join(str(exc).split())
    return InputError(document.source, f"extraction failed ({type(exc).__name__}: {detail[:300]})")


def _pipeline(stages: Iterable[str] | None, knowledge: Knowledge | None) -> Pipeline:
    """The pipeline of these stages over this knowledge: the built-in one is built once per process."""
    if knowledge is None:
        return default_pipeline(tuple(stages) if stages is not None else None)
    return Pipeline(stages, knowledge=knowledge)


def _run(documents: list[Document], *, pipeline: Pipeline, processes: int | None = 1) -> CorpusContext:
    """The batch through the pipeline: in this process, or with ``processes`` > 1 the document stages (and the
    parse) in that many worker processes (:mod:`conflictgraph.parallel`), the same bundle either way."""
    for document in documents:
        document.outlet = canonical_outlet(pipeline.knowledge, document.outlet)
    english = split_by_language(documents)  # the pipeline reads English; the others are kept, not parsed
    if processes is None:
        from .parallel import default_processes

        processes = default_processes(len(english))
    if processes > 1 and len(english) > 1 and any(s.scope == "document" for s in pipeline.stages):
        from .parallel import workers

        return workers(pipeline, processes).run(english)
    nlp = load_nlp()
    docs = parse(nlp, (d.text for d in english), batch_size=16)
    corpus = pipeline.corpus(english, docs)
    pipeline.run(corpus)
    return corpus


def _bundle(corpus: CorpusContext, documents: list[Document]) -> Bundle:
    return Bundle(
        documents=list(documents),
        actors=corpus.actors,
        mentions=[m for ctx in corpus.docs for m in ctx.mentions],
        relations=corpus.relations,
        events=corpus.events,
        claims=corpus.claims,
    )


def canonical_outlet(knowledge: Knowledge, outlet: str | None) -> str | None:
    """An outlet's usual name where the knowledge base knows it ('middleeastmonitor' -> 'Middle East Monitor')."""
    if not outlet:
        return outlet
    squashed = normalize_name(outlet).replace(" ", "")
    for record in knowledge.actors.values():
        if record.kind == "media" and any(
            normalize_name(a).replace(" ", "") == squashed for a in record.aliases
        ):
            return record.name
    return outlet


# -- the store ---------------------------------------------------------------------------------------------------

# The store finds copies across everything it holds, so a batch skips the batch-local copy stage.
# The store also merges the events a copy only repeats (store.write), so the batch skips copy-merge too.
INGEST_STAGES = tuple(name for name in DEFAULT_STAGES if name not in ("duplicates", "copy-merge"))


@dataclass
class IngestReport:
    """What an ingest did: the documents added, those skipped as already stored, and the inputs that failed."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)
    # Per stored batch: (documents, seconds extracting, seconds writing to the store), for benchmarks.
    timings: list[tuple[int, float, float]] = field(default_factory=list)
    # Per batch a cluster's worker wrote into PostgreSQL: seconds it waited for merge-key locks (docs/scale.md).
    lock_waits: list[float] = field(default_factory=list)
    # Batches a cluster's worker wrote again after they crossed another writer's (a deadlock, docs/scale.md).
    conflicts: int = 0


def open_store(db: str | None = None) -> Store:
    """Open the store at ``db`` (``sqlite:///PATH``, ``postgresql://...``), by default ``CONFLICTGRAPH_DB`` or
    ``./conflictgraph.db``; it is created or migrated as needed."""
    from .store import Store

    return Store.open(db)


def ingest(
    inputs: Iterable[str | Path] | str | Path,
    *,
    db: str | Store | None = None,
    published: str | None = None,
    on_error: ErrorHandler = _raise,
    batch_size: int = 25,
    progress: Callable[[int, int], None] | None = None,
    knowledge: Knowledge | None = None,
    processes: int | None = 1,
    workers: int = 0,
    scheduler: str | None = None,
    in_order: bool = True,
) -> IngestReport:
    """Add articles to a store, merging what they say with what it knows.

    Each batch of ``batch_size`` documents is stored in one transaction, so an interrupted ingest loses at most
    the batch in hand, and running it again completes the work: documents already stored (same text) are
    skipped. ``progress(done, total)`` is called after each batch. ``workers`` > 0 extracts on a local Dask
    cluster of that many processes, ``scheduler`` (``tcp://HOST:PORT``) on a running one; with PostgreSQL the
    workers write too (:mod:`conflictgraph.distributed`, docs/scale.md): in input order, or with ``in_order=False``
    at the same time, as each batch is extracted. ``processes`` is as in :func:`extract_documents`, decided once
    for all the articles to store.
    """
    from .store import Store

    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    report = IngestReport()

    def failed(error: InputError) -> None:
        report.failed.append(error)
        on_error(error)

    documents = read_inputs(inputs, published=published, on_error=failed)
    store = db if isinstance(db, Store) else Store.open(db)
    try:
        fresh = _unstored(store, documents, report, failed)
        if fresh and (workers or scheduler):
            _ingest_on_cluster(store, documents, fresh, report, failed, batch_size=batch_size, progress=progress,
                               knowledge=knowledge, workers=workers, scheduler=scheduler, in_order=in_order)
            fresh = []
        pipeline = _pipeline(INGEST_STAGES, knowledge) if fresh else None  # built once, for every batch
        if processes is None:  # decided once for the whole run, so every batch has the same pool
            from .parallel import default_processes

            processes = default_processes(len(fresh))
        done = len(documents) - len(fresh)
        if progress:
            progress(done, len(documents))
        for start in range(0, len(fresh), batch_size):
            batch = fresh[start:start + batch_size]
            assert pipeline is not None
            stored = _store_batch(store, batch, pipeline, processes, failed, report.timings)
            report.added += stored
            report.skipped += [i for i in store.holding(batch) if i not in stored]  # stored meanwhile
            done += len(batch)
            if progress:
                progress(done, len(documents))
        if report.added:
            store.optimize()
    finally:
        if not isinstance(db, Store):
            store.close()
    return report


def _ingest_on_cluster(store: Store, documents: list[Document], fresh: list[Document], report: IngestReport,
                       failed: ErrorHandler, *, workers: int, scheduler: str | None, batch_size: int, in_order: bool,
                       knowledge: Knowledge | None, progress: Callable[[int, int], None] | None) -> None:
    from .distributed import connect, ingest_on_cluster

    client, close = connect(scheduler, workers)
    try:
        ingest_on_cluster(client, store, documents, fresh, report, failed, batch_size=batch_size,
                          pipeline=_pipeline(INGEST_STAGES, knowledge), extract_batch=_extract_batch,
                          write_parts=_write_parts, progress=progress, in_order=in_order)
    finally:
        close()


def _unstored(store: Store, documents: list[Document], report: IngestReport, failed: ErrorHandler) -> list[Document]:
    """The documents whose text the store does not hold yet; a stored id with other text is an error."""
    from .store import MAX_DOCUMENT_ID, content_hash

    hashes = {d.id: content_hash(d.text) for d in documents}
    known = store.stored_texts(hashes.values())
    taken = store.stored_ids(d.id for d in documents)
    fresh, seen = [], set()
    for document in documents:
        digest = hashes[document.id]
        if digest in known or digest in seen:
            report.skipped.append(document.id)
        elif len(document.id) > MAX_DOCUMENT_ID:  # checked here, so that no backend refuses the batch for it
            failed(InputError(document.source, f"document id {document.id[:24]!r}... is {len(document.id)} "
                                               f"characters long; a store takes ids of at most {MAX_DOCUMENT_ID}: "
                                               "give the file a shorter name"))
        elif document.id in taken:
            failed(InputError(document.source, f"document id {document.id!r} is already stored with another "
                                               "text; rename the file to store both"))
        else:
            seen.add(digest)
            fresh.append(document)
    return fresh


def _store_batch(
    store: Store, batch: list[Document], pipeline: Pipeline, processes: int, failed: ErrorHandler,
    timings: list[tuple[int, float, float]],
) -> list[str]:
    """Extract and store one batch whole; if extraction breaks on it, one document at a time, so one bad
    article fails alone."""
    started = time.perf_counter()
    parts = _extract_batch(batch, pipeline, processes, failed)
    extracted = time.perf_counter()
    stored = _write_parts(store, batch, parts, pipeline, failed, timings)
    timings.append((len(stored), extracted - started, time.perf_counter() - extracted))
    return stored


Parts = list[tuple[Bundle, dict[str, list[tuple[int, int]]]]]


def _extract_batch(batch: list[Document], pipeline: Pipeline, processes: int, failed: ErrorHandler) -> Parts:
    """The batch's bundle and sentences, whole; if extraction breaks on it, one part per document that did not
    break (the others reported to ``failed``)."""
    try:
        parts = [_extract_for_store(batch, pipeline, processes)]
    except ConflictgraphError:
        raise
    except Exception as exc:  # noqa: BLE001 - an article that breaks a stage must not stop the batch
        parts = []
        if len(batch) == 1:
            failed(extraction_failed(batch[0], exc))
        for document in batch if len(batch) > 1 else []:
            try:
                parts.append(_extract_for_store([document], pipeline, 1))
            except ConflictgraphError:
                raise
            except Exception as exc:  # noqa: BLE001
                failed(extraction_failed(document, exc))
    return parts


def _write_parts(store: Store, batch: list[Document], parts: Parts, pipeline: Pipeline, failed: ErrorHandler,
                 timings: list[tuple[int, float, float]]) -> list[str]:
    """Store each part in one transaction; a part the database refuses, one document at a time. The ids stored
    (less those another writer stored first)."""
    stored = []
    for bundle, sentences in parts:
        try:
            skipped = store.add(bundle, sentences)
        except BatchRefused as refused:
            if len(bundle.documents) == 1:
                failed(InputError(bundle.documents[0].source, f"not stored: {refused}"))
                continue
            # Something in the batch the database will not take: store its articles one at a time.
            ids = {d.id for d in bundle.documents}
            for document in [d for d in batch if d.id in ids]:
                stored += _store_batch(store, [document], pipeline, 1, failed, timings)
            continue
        stored += [d.id for d in bundle.documents if d.id not in skipped]
    return stored


def _extract_for_store(
    documents: list[Document], pipeline: Pipeline, processes: int
) -> tuple[Bundle, dict[str, list[tuple[int, int]]]]:
    from .parallel import sentence_spans

    corpus = _run(documents, pipeline=pipeline, processes=processes)
    # (where the workers kept the parses, they sent the sentences)
    sentences = {ctx.document.id: corpus.sentences[ctx.document.id] if ctx.doc is None else sentence_spans(ctx)
                 for ctx in corpus.docs}
    return _bundle(corpus, documents), sentences


# -- briefings ---------------------------------------------------------------------------------------------------


def brief(
    db: str | Store | None = None,
    *,
    actors: Iterable[str] = (),
    place: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    format: str = "html",
    app_url: str | None = None,
    reread: bool = False,
) -> str | bytes:
    """A briefing on what the store holds about these actors (any of them), place, event type and period.

    ``format``: ``html`` (one self-contained file), ``md`` (Markdown) or ``pdf`` (bytes, printed by headless
    Chromium; :class:`~conflictgraph.errors.BriefError` if there is none). ``app_url``: the web app's address,
    to link each cited sentence to its page there. ``reread``: extract again, one sentence at a time, the evidence
    of events that several sources report, to show the tolls, dates, places and parties on which they differ
    (slower: it loads the NLP model). See docs/brief.md.

    >>> html = brief("sqlite:///conflictgraph.db", actors=["Kataib Hezbollah"])   # doctest: +SKIP
    """
    from .brief import Criteria, build, render
    from .store import Store

    criteria = Criteria(actors=tuple(actors), place=place, type=type.upper() if type else None, since=since,
                        until=until)
    store = db if isinstance(db, Store) else Store.open(db)
    try:
        composed = build(store, criteria, app_url=app_url, extract=_sentence_events if reread else None)
    finally:
        if not isinstance(db, Store):
            store.close()
    return render(composed, format)


def _sentence_events(document: Document) -> list[Event]:
    """The events the ingest's stages find in one document (a briefing re-reads evidence sentences with it)."""
    return extract_documents([document], stages=INGEST_STAGES).events
