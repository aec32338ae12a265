"""Read articles from files (with their .meta.json sidecars), pages, feeds, JSONL or strings into Document records."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import InputError
from .model import Document
from .pipeline.dates import parse_date_string
from .text import decode, normalize, normalize_optional

SIDECAR_SUFFIX = ".meta.json"
PAGE_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
LINES_SUFFIXES = (".jsonl",)
ARTICLE_SUFFIXES = (".txt", *PAGE_SUFFIXES, *FEED_SUFFIXES, *LINES_SUFFIXES)
SIDECAR_FIELDS = ("url", "outlet", "published", "title")

# Lines that state when the page was published or changed: "Last Modified: Thursday، 07 February 2019 12:24 PM".
DATE_LINE = re.compile(
    r"^\s*(?:last\s+modified|last\s+updated|updated(?:\s+on)?|published(?:\s+on)?|posted(?:\s+on)?|date)"
    r"\s*[:\-–]?\s*(?P<date>.{6,60}?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# "Source » middleeastmonitor", "Source: Reuters"
SOURCE_LINE = re.compile(r"^\s*(?:source|via)\s*[»:\-–]\s*(?P<outlet>[^\n]{2,60}?)\s*$", re.IGNORECASE | re.MULTILINE)
# Site chrome: "Iraq News - Local News - Baghdadpost", "Home | World | Middle East".
CHROME = re.compile(r"^[^\n]{0,80}?(?:\s[-|»>/]\s[^\n]{1,40}){2,}$")


def expand(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """The article files under each path, in sorted order; an error for a path that does not exist."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                yield InputError(str(path), f"directory holds no articles ({', '.join(ARTICLE_SUFFIXES)})")
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
    suffix = path.suffix.lower()
    try:
        if suffix in ARTICLE_SUFFIXES and suffix != ".txt":
            # Imported here: formats builds on this module, and a run over .txt files never loads trafilatura.
            from . import formats

            if suffix in PAGE_SUFFIXES:
                yield formats.read_page(path, published)
            elif suffix in FEED_SUFFIXES:
                yield from formats.read_feed(path, published)
            else:
                yield from formats.read_jsonl(path, published)
        else:
            yield read_file(path, published)
    except InputError as error:
        yield error


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


def content_id(value: str) -> str:
    """The id of a document that is not a local file: 16 hex digits of the SHA-256 of its URL or text."""
    # surrogatepass: a JSON line may hold a lone surrogate ("\ud800"), which normalizing drops only later.
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror or exc})") from exc


def read_sidecar(path: Path) -> dict[str, str | None]:
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(sidecar), f"sidecar cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise InputError(str(sidecar), f"sidecar is not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(meta, dict):
        raise InputError(str(sidecar), "sidecar must be a JSON object with url, outlet, published, title")
    check_metadata(meta, str(sidecar), "sidecar ")
    return meta


def check_metadata(meta: dict, source: str, what: str = "") -> None:
    """Raise an InputError unless url, outlet, published and title are strings (or absent) and published is a date."""
    for key in SIDECAR_FIELDS:
        if meta.get(key) is not None and not isinstance(meta[key], str):
            raise InputError(source, f"{what}field {key!r} must be a string")
    if meta.get("published") and parse_date_string(meta["published"]) is None:
        raise InputError(source, f"{what}'published' {meta['published']!r} is not a date")


def fill_metadata(document: Document, meta: dict[str, str | None], published: str | None) -> None:
    """Title, outlet and date: from the sidecar or the user where given, else from the text itself.

    The text and the metadata are normalized first (:mod:`conflictgraph.text`): nothing reads them before.
    """
    text = document.text = normalize(document.text)
    if not text.strip():
        raise InputError(document.source, "empty article text (nothing but white space and invisible characters)")
    meta = {key: normalize_optional(value) if isinstance(value, str) else value for key, value in meta.items()}
    document.title = meta.get("title") or title_from_text(text)
    document.outlet = meta.get("outlet") or outlet_from_text(text)
    if meta.get("url"):
        document.source = meta["url"] or document.source
    if meta.get("published"):
        document.published, document.published_basis = parse_date_string(meta["published"]), "metadata"
    elif published:
        document.published, document.published_basis = published, "metadata"
    else:
        found = published_from_text(text)
        document.published, document.published_basis = (found, "text") if found else (None, None)


def title_from_text(text: str) -> str | None:
    """The headline: the first line that is short, not site chrome, and not a sentence of the body."""
    for line in text.splitlines()[:6]:
        line = line.strip()
        if not line or CHROME.match(line) or DATE_LINE.match(line):
            continue
        if len(line) <= 200 and not line.endswith((".", "…")) and len(line.split()) >= 3:
            return line
        return None
    return None


def outlet_from_text(text: str) -> str | None:
    """The outlet a page names in a 'Source » ...' line or as the last part of its site chrome."""
    match = SOURCE_LINE.search(text)
    if match:
        return match["outlet"].strip()
    for line in text.splitlines()[:3]:
        if CHROME.match(line.strip()):
            return re.split(r"\s[-|»>/]\s", line.strip())[-1].strip() or None
    return None


def published_from_text(text: str) -> str | None:
    for match in DATE_LINE.finditer(text):
        value = parse_date_string(match["date"])
        if value:
            return value
    return None
