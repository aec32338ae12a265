"""The version of conflictgraph: pyproject.toml's, read from the installed package's metadata (its one source)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("conflictgraph")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"
