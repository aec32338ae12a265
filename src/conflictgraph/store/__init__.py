"""The store: one door to a SQLite file or a PostgreSQL server that every ingested article is merged into.

    store = Store.open("sqlite:///conflictgraph.db")       # or postgresql://user@host/db
    with store.batch() as writer:                           # one transaction: all of it or none
        writer.add(bundle, sentences)
    store.events(Filters(actor="kataib-hezbollah"))

The schema lives in :mod:`.schema`; Alembic migrations under ``migrations/`` bring any store up to date
when it is opened.
"""

from __future__ import annotations

import logging
import os
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, func, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DataError, DBAPIError, IntegrityError, NoSuchModuleError

from ..errors import BatchRefused, StoreError, WriteConflict
from ..model import Bundle
from . import schema as t
from .copies import StoredCopies
from .fresh import stored_already, without
from .locks import batch_keys, take
from .read import Filters, Hit, Reader
from .write import Sentences, add_batch, content_hash

__all__ = ["Store", "Filters", "Hit", "default_url", "content_hash", "parse_url", "MAX_DOCUMENT_ID"]

MIGRATIONS = Path(__file__).parent / "migrations"
DEFAULT_PATH = "conflictgraph.db"
log = logging.getLogger(__name__)


def default_url() -> str:
    """``CONFLICTGRAPH_DB`` if set, else a SQLite file ``conflictgraph.db`` in the working directory."""
    return os.environ.get("CONFLICTGRAPH_DB") or f"sqlite:///{DEFAULT_PATH}"


def normalize_url(url: str) -> str:
    """A URL SQLAlchemy opens: a bare path is a SQLite file; ``postgresql://`` uses psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


SUPPORTED = "give sqlite:///PATH (a file) or postgresql://USER@HOST/DB"
# The drivers the store is built and tested with, by backend.
DRIVERS = {"sqlite": ("pysqlite",), "postgresql": ("psycopg",)}
# An id longer than this is refused before a batch is written, on every backend (the documents.id column).
MAX_DOCUMENT_ID = 64


def parse_url(raw: str) -> URL:
    """The URL of a store the store supports; a StoreError for another backend or driver, or an in-memory SQLite
    store (lost at exit)."""
    try:
        url = make_url(normalize_url(raw))
    except (ArgumentError, ValueError) as exc:
        raise StoreError(f"{raw}: not a store URL ({exc}); {SUPPORTED}") from None
    backend = url.get_backend_name()
    driver = url.drivername.partition("+")[2] or DRIVERS.get(backend, ("",))[0]
    if backend not in DRIVERS:
        raise StoreError(f"{raw}: not a store URL: {backend} is not supported; {SUPPORTED}")
    if driver not in DRIVERS[backend]:
        raise StoreError(f"{raw}: the {backend} driver {driver} is not supported; {SUPPORTED}")
    if backend == "sqlite" and (url.database in (None, "", ":memory:") or url.database.startswith("file::memory:")
                                or url.query.get("mode") == "memory"):
        raise StoreError(f"{raw}: an in-memory store is lost when the command ends; give a file: sqlite:///PATH")
    return url


def write_failure(url: str, exc: DBAPIError) -> StoreError:
    """The one-line error of a batch the database refused: a read-only store, a busy one, or the database's word."""
    cause = " ".join(str(exc.orig).split())
    lowered = cause.lower()
    state = getattr(exc.orig, "sqlstate", None)
    if state in RETRIED:
        return WriteConflict(f"{url}: a batch crossed another writer's, and nothing of it was stored ({cause})")
    if state == LOCKS_FULL:
        return WriteConflict(f"{url}: the server's lock table is full ({cause}); nothing of the batch was stored: "
                             "raise max_locks_per_transaction (docs/scale.md), or write with fewer workers")
    if "readonly" in lowered or "read-only" in lowered or "read only" in lowered:
        return StoreError(f"{url}: the store is read-only ({cause}); nothing of the batch was stored: make the "
                          "file and its folder writable, or give another store")
    if "locked" in lowered or "busy" in lowered:
        return StoreError(f"{url}: a batch could not be stored, and nothing of it was ({cause}); another process "
                          "held the store for too long: run the command again")
    if isinstance(exc, (IntegrityError, DataError)):
        return BatchRefused(f"{url}: a batch could not be stored, and nothing of it was ({cause})")
    return StoreError(f"{url}: a batch could not be stored, and nothing of it was ({cause})")


class Writer:
    """Writes batches on one open transaction."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.copies = StoredCopies(connection)
        self.lock_wait = 0.0

    def add(self, bundle: Bundle, sentences: Sentences | None = None) -> set[str]:
        """Add the batch; the ids of its documents left out as the store holds them already (another writer's).

        PostgreSQL: the batch first locks what it merges into (:mod:`.locks`), so writers write at once and wait
        only for those that merge into the same things; its documents are numbered in the order of commit last.
        """
        postgresql = self.connection.dialect.name == "postgresql"
        if postgresql:
            started = time.perf_counter()
            take(self.connection, batch_keys(bundle))
            self.lock_wait += time.perf_counter() - started
            since = self.connection.execute(select(func.max(t.documents.c.seq))).scalar() or 0
        gone = stored_already(self.connection, bundle)
        bundle, sentences = without(bundle, sentences or {}, gone)
        add_batch(self.connection, bundle, sentences, self.copies)
        if postgresql and bundle.documents:
            self._commit_after(since, bundle.documents)
        return gone

    def _commit_after(self, since: int, documents: list) -> None:
        """Under a lock held until the commit: make sure no document another writer committed after number
        ``since`` is a copy of one of the batch's (else write the batch again, now seeing it), and give the batch's
        documents the next numbers of arrival, so that numbers follow commits (what the check reads) and a
        reader's ``version()`` (the highest number) changes with every batch committed."""
        started = time.perf_counter()
        self.connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({COMMIT_LOCK})")
        self.lock_wait += time.perf_counter() - started
        missed = self.copies.missed(since, documents)
        if missed:
            raise WriteConflict(f"{missed[0][0]} and {missed[0][1]}: copies written at once; written again")
        self.connection.execute(RENUMBER, {"ids": [d.id for d in documents]})


class Store(Reader):
    """An open store. Reading methods come from :class:`Reader`; writing goes through :meth:`batch`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.lock_wait = 0.0  # seconds its batches waited for PostgreSQL's merge-key locks (benchmarks/ingest.py)
        self.conflicts = 0  # batches written again after crossing another writer's (benchmarks/ingest.py)
        self.statements = 0  # SQL statements sent (round trips; benchmarks/ingest.py)
        super().__init__(engine)

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True) -> Store:
        """Open (and create, or migrate) the store at ``url``; the default is :func:`default_url`."""
        raw = url or default_url()
        sa_url = parse_url(raw)
        if sa_url.get_backend_name() == "sqlite":
            parent = Path(sa_url.database.removeprefix("file:").split("?")[0]).parent
            if not parent.is_dir():
                raise StoreError(f"{raw}: folder {parent} does not exist; create it or give another path")
        # SQLite: enough pooled connections for the web app's threads (40), so that none waits for another's.
        options = {"pool_size": 10, "max_overflow": 40} if sa_url.get_backend_name() == "sqlite" else {}
        try:
            engine = create_engine(sa_url, **options)
        except (ArgumentError, NoSuchModuleError, ImportError, ValueError) as exc:
            raise StoreError(f"{raw}: not a store URL ({exc}); {SUPPORTED}") from None
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
        store = cls(engine)
        event.listen(engine, "before_cursor_execute", store._count)
        if migrate:
            store.migrate()
        return store

    def _count(self, *_args) -> None:
        self.statements += 1

    def migrate(self) -> None:
        """Bring the schema up to date (a new store gets every migration)."""
        from alembic import command  # imported here: only opening a store needs it
        from alembic.config import Config

        log.debug("migrating %s to the latest schema", self.engine.url.render_as_string())
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        try:
            with self.engine.execution_options(write=True).begin() as connection:
                if connection.dialect.name == "postgresql":  # two processes opening a new store: one migrates it
                    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATE_LOCK})")
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except DBAPIError as exc:
            error = write_failure(self.engine.url.render_as_string(), exc)
            if "read-only" in str(error):
                raise error from None
            raise StoreError(f"{self.engine.url.render_as_string()}: cannot be opened ({exc.orig})") from None

    @contextmanager
    def batch(self) -> Iterator[Writer]:
        """One transaction: the batch is stored whole when the block ends, or not at all."""
        writer = None
        try:
            with self.engine.execution_options(write=True).begin() as connection:
                writer = Writer(connection)
                yield writer
        except DBAPIError as exc:
            raise write_failure(self.engine.url.render_as_string(), exc) from None
        finally:
            self.lock_wait += writer.lock_wait if writer else 0.0
            self.changed()

    def add(self, bundle: Bundle, sentences: Sentences | None = None) -> set[str]:
        """Store a batch in one transaction (:meth:`Writer.add`); one that crossed another writer's (a deadlock
        PostgreSQL broke, a stored event changed under it) is rolled back and written again, a few times."""
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with self.batch() as writer:
                    return writer.add(bundle, sentences)
            except WriteConflict:
                if attempt == WRITE_ATTEMPTS - 1:
                    raise
                self.conflicts += 1
                time.sleep(random.uniform(0, 0.05 * 2 ** attempt))  # not in step with the writer it met
        raise AssertionError("unreachable")

    def optimize(self) -> None:
        """Refresh SQLite's table statistics (a sample of each index: a fraction of a second on 10,000 articles).

        Without them its planner reads a document's evidence through the primary key, every event's evidence,
        not through the index on documents: 130 ms against 14 ms a document page on 10,000 articles.
        PostgreSQL's autovacuum keeps its own statistics.
        """
        if self.engine.dialect.name == "sqlite":
            with self.engine.execution_options(write=True).begin() as connection:
                connection.exec_driver_sql("PRAGMA analysis_limit=1000")
                connection.exec_driver_sql("ANALYZE")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# The key of the PostgreSQL advisory lock a batch takes last, to number its documents in the order of commit.
COMMIT_LOCK = 0x636F6E666C696374  # "conflict"
# The key of the PostgreSQL advisory lock a process holds while it migrates the store.
MIGRATE_LOCK = COMMIT_LOCK + 1
# The next numbers of arrival for documents, in the order given (the sequence is called on the ordered rows).
RENUMBER = text(
    "UPDATE documents SET seq = n.seq FROM (SELECT id, nextval('cg_documents_seq') AS seq FROM ("
    "SELECT id FROM unnest(CAST(:ids AS text[])) WITH ORDINALITY AS u(id, i) ORDER BY i OFFSET 0) AS o) AS n "
    "WHERE documents.id = n.id")
# SQLSTATEs of a transaction PostgreSQL rolled back for another's sake: deadlock, serialization failure.
RETRIED = ("40P01", "40001")
# PostgreSQL's "out of shared memory": its lock table is full (every writer's merge-key locks): wait and retry.
LOCKS_FULL = "53200"
# How many times a batch is written before its conflict is the ingest's error.
WRITE_ATTEMPTS = 8
# How long a writer waits for another one's batch to be stored before it gives up (SQLite).
BUSY_TIMEOUT_MS = 120_000


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # Transactions are begun by _sqlite_begin, not by the driver, so that a writer can take the lock up front.
    dbapi_connection.isolation_level = None
    # WAL lets readers (the web app) go on while a batch is written; foreign keys hold the store together.
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    """A write transaction takes SQLite's write lock when it begins (waiting up to the busy timeout for another
    writer), so two writers never read the same next sequence number; a read begins as usual."""
    immediate = connection.get_execution_options().get("write")
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
