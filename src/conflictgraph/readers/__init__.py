"""Read articles from files (with their .meta.json sidecars), pages, feeds, JSONL or strings into Documents.

Each input format is a module here that registers its reader (:mod:`.registry`) with its suffixes and a help
line; the built-in ones are imported below, the way a third party's module would be, and the help the CLI and
the docs give is made from the registry::

    from conflictgraph.readers import register_reader
    register_reader("markdown", read_markdown, suffixes=(".md",), many=False, help="Markdown articles (.md)")
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Document
from .base import SIDECAR_SUFFIX, content_id
from .registry import READERS, Reader, by_suffix, register_reader
from .text import read_file, read_text

# The built-in readers, in the order the help lists them; importing a module registers its reader.
BUILTIN_READERS = ("text", "page", "feed", "jsonl")
for _module in BUILTIN_READERS:
    importlib.import_module(f"{__name__}.{_module}")

__all__ = ["READERS", "Reader", "article_suffixes", "content_id", "expand", "inputs_help", "read_file", "read_path",
           "read_text", "register_reader"]


def article_suffixes() -> tuple[str, ...]:
    """Every suffix a reader reads, in the order the readers were registered."""
    return tuple(by_suffix())


def inputs_help() -> str:
    """One line naming what can be read: for the CLI's arguments and the API's docstrings."""
    return "Articles (" + ", ".join("/".join(r.suffixes) for r in READERS.values()) + ") or folders of them."


def expand(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """The article files under each path, in sorted order; an error for a path that does not exist."""
    suffixes = article_suffixes()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)
            if not found:
                yield InputError(str(path), f"directory holds no articles ({', '.join(suffixes)})")
            yield from found
        elif path.exists():
            if path.name.endswith(SIDECAR_SUFFIX):
                continue  # a sidecar goes with its article
            yield path
        else:
            yield InputError(str(path), "no such file or directory")


def read_path(path: Path, published: str | None = None) -> Iterator[Document | InputError]:
    """The documents in one file, by its suffix: a page or article gives one, a feed one per item, JSONL one per line.

    A file, item or line that cannot be read comes as an InputError in its place, so the others go on.
    A file of any other suffix is read as plain text, as ``read_file`` does.
    """
    chosen = by_suffix().get(path.suffix.lower(), READERS["text"])
    try:
        if chosen.many:
            yield from chosen.read(path, published)
        else:
            yield chosen.read(path, published)
    except InputError as error:
        yield error
