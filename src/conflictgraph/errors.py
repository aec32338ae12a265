"""Every exception conflictgraph raises, in one tree.

    ConflictgraphError            anything this package raises on purpose
    ├── InputError                an article that cannot be read (missing, empty, binary, bad UTF-8, bad sidecar)
    ├── KnowledgeError            a data file (actors, places, lexicons) that is malformed
    ├── PipelineError             a pipeline built with a stage missing what it requires
    └── StoreError                a store that cannot be opened or written
        └── BatchRefused          a batch the database refused for what it holds, not for the store's state

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


class StoreError(ConflictgraphError):
    """A store cannot be opened, migrated or written."""


class BatchRefused(StoreError):
    """The database refused a batch for what it holds (a value too long, a reference to nothing): the store is
    fine, and the batch's articles can be stored one at a time, so that only the bad one fails."""
