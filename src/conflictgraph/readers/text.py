"""Plain-text articles: a .txt file (with its .meta.json sidecar), or an article given as a string."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..model import Document
from ..text import decode
from .base import content_id, fill_metadata, read_bytes, read_sidecar
from .registry import register_reader


def read_file(path: Path, published: str | None = None) -> Document:
    """One article file and its sidecar; ``published`` is the user's date for an article without one."""
    text = decode(read_bytes(path), str(path))
    meta = read_sidecar(path)
    document = Document(id=path.stem, source=str(path), text=text)
    fill_metadata(document, meta, published)
    return document


def read_text(text: str, *, source: str = "<text>", published: str | None = None) -> Document:
    """An article given as a string; its id is 16 hex digits of the SHA-256 of its content."""
    if not text.strip():
        raise InputError(source, "empty article text")
    document = Document(id=content_id(text), source=source, text=text)
    fill_metadata(document, {}, published)
    return document


register_reader("text", read_file, suffixes=(".txt",), many=False,
                help="plain text (.txt), with an optional FILE.meta.json sidecar: url, outlet, published, title")
