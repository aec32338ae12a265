"""The input formats, each a registered reader like a third party's: a name, its suffixes, a help line.

A reader reads one file: ``read(path, published)`` returns its Document (``many=False``), or yields its
documents and, in the place of an item or line that cannot be read, an InputError (``many=True``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Read = Callable[[Path, "str | None"], Any]


@dataclass(frozen=True, slots=True)
class Reader:
    """One input format."""

    name: str
    read: Read
    suffixes: tuple[str, ...]
    help: str
    many: bool = True  # False: ``read`` returns one Document; True: it yields Documents and InputErrors


READERS: dict[str, Reader] = {}


def register_reader(
    name: str, read: Read, *, suffixes: Iterable[str], help: str, many: bool = True, replace: bool = False
) -> Reader:
    """Add an input format; a name or a suffix already taken is an error unless ``replace`` is given."""
    suffixes = tuple(s.lower() for s in suffixes)
    if not suffixes or not all(s.startswith(".") for s in suffixes):
        raise ValueError(f"reader {name!r}: give its suffixes with their dot, like '.txt'")
    if not replace:
        if name in READERS:
            raise ValueError(f"a reader named {name!r} is already registered; pick another name or pass replace=True")
        taken = {s: r.name for r in READERS.values() for s in r.suffixes}
        clash = [f"{s} ({taken[s]})" for s in suffixes if s in taken]
        if clash:
            raise ValueError(f"reader {name!r}: suffix(es) {', '.join(clash)} already read; pass replace=True")
    READERS[name] = Reader(name, read, suffixes, help, many)
    return READERS[name]


def by_suffix() -> dict[str, Reader]:
    return {suffix: r for r in READERS.values() for suffix in r.suffixes}
