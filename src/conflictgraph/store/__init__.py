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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from ..errors import StoreError
from ..model import Bundle
from .copies import StoredCopies
from .read import Filters, Hit, Reader
from .write import Sentences, add_batch, content_hash

__all__ = ["Store", "Filters", "Hit", "default_url", "content_hash"]

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


class Writer:
    """Writes batches on one open transaction."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.copies = StoredCopies(connection)

    def add(self, bundle: Bundle, sentences: Sentences | None = None) -> None:
        add_batch(self.connection, bundle, sentences or {}, self.copies)


class Store(Reader):
    """An open store. Reading methods come from :class:`Reader`; writing goes through :meth:`batch`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        super().__init__(engine)

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True) -> Store:
        """Open (and create, or migrate) the store at ``url``; the default is :func:`default_url`."""
        raw = url or default_url()
        try:
            sa_url = make_url(normalize_url(raw))
            if sa_url.get_backend_name() == "sqlite" and sa_url.database not in (None, "", ":memory:"):
                parent = Path(sa_url.database).parent
                if not parent.is_dir():
                    raise StoreError(f"{raw}: folder {parent} does not exist; create it or give another path")
            engine = create_engine(sa_url)
        except (ArgumentError, NoSuchModuleError, ValueError) as exc:
            raise StoreError(f"{raw}: not a store URL ({exc}); give sqlite:///PATH or postgresql://...") from None
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        if migrate:
            store.migrate()
        return store

    def migrate(self) -> None:
        """Bring the schema up to date (a new store gets every migration)."""
        from alembic import command  # imported here: only opening a store needs it
        from alembic.config import Config

        log.debug("migrating %s to the latest schema", self.engine.url.render_as_string())
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        try:
            with self.engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except DBAPIError as exc:
            raise StoreError(f"{self.engine.url.render_as_string()}: cannot be opened ({exc.orig})") from None

    @contextmanager
    def batch(self) -> Iterator[Writer]:
        """One transaction: the batch is stored whole when the block ends, or not at all."""
        try:
            with self.engine.begin() as connection:
                yield Writer(connection)
        except DBAPIError as exc:
            raise StoreError(f"{self.engine.url.render_as_string()}: a batch could not be stored, and nothing of it "
                             f"was ({exc.orig}); is another process writing to this store?") from None
        finally:
            self.changed()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets readers (the web app) go on while a batch is written; foreign keys hold the store together.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
