"""Every exception conflictgraph raises, in one tree.

    ConflictgraphError            anything this package raises on purpose
    ├── InputError                an article that cannot be read (missing, empty, binary, bad UTF-8, bad sidecar)
    ├── BundleError               a bundle (conflictgraph/1 JSON) that cannot be read: names the path in it
    ├── KnowledgeError            a data file (actors, places, lexicons) that is malformed
    ├── PipelineError             a pipeline built with a stage missing what it requires
    ├── ModelError                the English spaCy model is not installed
    ├── MissingExtraError         an optional part (pandas, the web app) whose extra is not installed
    ├── StoreError                a store that cannot be opened or written
    │   ├── BatchRefused          a batch the database refused for what it holds, not for the store's state
    │   └── WriteConflict         another writer's batch crossed this one's: written again
    ├── ServeError                the web app cannot listen on the host and port asked for
    └── BriefError                a briefing that cannot be written (no Chromium for a PDF)

Each message names the file or item and the likely cause, so the CLI can print it as one line.
"""

from __future__ import annotations


class ConflictgraphError(Exception):
    """Base class for every error conflictgraph raises on purpose."""


class InputError(ConflictgraphError):
    """An input article or its sidecar cannot be read."""

    def __init__(self, source: str, cause: str) -> None:
        self.source = source
        self.cause = cause
        super().__init__(f"{source}: {cause}")


class BundleError(ConflictgraphError, ValueError):
    """A bundle that cannot be read back: the message names where in the document (``events[3].evidence[0].start``)
    and what is wrong there (``missing``, ``not an integer (a string)``)."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class KnowledgeError(ConflictgraphError):
    """A knowledge data file is malformed: the message names file, line and problem."""

    def __init__(self, path: str, problem: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        where = f"{path} line {line}" if line is not None else path
        super().__init__(f"{where}: {problem}")


class PipelineError(ConflictgraphError):
    """A pipeline cannot be built: a stage needs what no earlier stage provides."""


class ModelError(ConflictgraphError):
    """The spaCy model the pipeline needs is not installed (it is a package, never downloaded at run time)."""


class MissingExtraError(ConflictgraphError, ImportError):
    """An optional dependency is missing: the message names the extra to install (``conflictgraph[pandas]``)."""


class StoreError(ConflictgraphError):
    """A store cannot be opened, migrated or written."""


class ServeError(ConflictgraphError):
    """The web app cannot listen where it was asked to (a port taken, an address not this machine's)."""


class BriefError(ConflictgraphError):
    """A briefing cannot be written in the format asked for."""


class BatchRefused(StoreError):
    """The database refused a batch for what it holds (a value too long, a reference to nothing): the store is
    fine, and the batch's articles can be stored one at a time, so that only the bad one fails."""


class WriteConflict(StoreError):
    """Another writer's batch crossed this one's (a deadlock, or a stored event changed under it): nothing of the
    batch was stored, and it is written again (:meth:`conflictgraph.store.Store.add`)."""
