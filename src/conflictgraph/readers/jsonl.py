"""JSONL files of articles: one JSON object a line, with text or html and optional url, published, title, outlet."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Document
from ..text import decode, normalize
from .base import check_metadata, content_id, fill_metadata, read_bytes
from .page import page
from .registry import register_reader

LINE_FIELDS = "text or html, and url, published, title, outlet"


def read_jsonl(path: Path, published: str | None = None) -> Iterator[Document | InputError]:
    """One document per line of a JSONL file; a line that cannot be read is an error in its place."""
    content = decode(read_bytes(path), str(path))
    # Split on newlines only: JSON strings may hold U+2028 and other breaks that str.splitlines() would split on.
    for number, line in enumerate(content.split("\n"), 1):
        if not line.strip():
            continue
        try:
            yield jsonl_record(line, path, number, published)
        except InputError as error:
            yield error


def jsonl_record(line: str, path: Path, number: int, published: str | None) -> Document:
    where = f"{path} line {number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(record, dict):
        raise InputError(where, f"must be a JSON object with {LINE_FIELDS}")
    check_metadata(record, where)
    for key in ("text", "html"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InputError(where, f"field {key!r} must be a string")
    meta: dict[str, str | None] = {}
    if record.get("text") is not None:
        text = record["text"]
        if not text.strip():
            raise InputError(where, "empty article text")
    elif record.get("html") is not None:
        text, meta = page(normalize(record["html"]), where)
    else:
        raise InputError(where, f"no 'text' or 'html' (a line holds {LINE_FIELDS})")
    meta.update({key: record[key] for key in ("url", "outlet", "published", "title") if record.get(key)})
    document = Document(id=content_id(meta.get("url") or text), source=f"{path}#{number}", text=text)
    fill_metadata(document, meta, published)
    return document


register_reader("jsonl", read_jsonl, suffixes=(".jsonl",),
                help=f"JSON lines (.jsonl): an article a line, {LINE_FIELDS}")
