"""What every reader shares: reading and decoding bytes, sidecars, metadata checks, and the title, outlet and
date a text gives of itself."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from ..core.dates import parse_date_string
from ..errors import InputError
from ..model import Document
from ..text import normalize, normalize_optional

SIDECAR_SUFFIX = ".meta.json"
SIDECAR_FIELDS = ("url", "outlet", "published", "title")

# Lines that state when the page was published or changed: "Last Modified: Thursday، 07 February 2019 12:24 PM".
DATE_LINE = re.compile(
    r"^\s*(?:last\s+modified|last\s+updated|updated(?:\s+on)?|published(?:\s+on)?|posted(?:\s+on)?|date)"
    r"\s*[:\-–]?\s*(?P<date>.{6,60}?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# A wire dateline that gives the day with its year: "KABUL, March 3, 2021 (Reuters) -", "BAMAKO, Mali, June 7, 2021
# (AP) —", at the start of the text or of a line near it (a headline may come first).
DATED_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Za-z.]+){0,4})?,\s*"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2},?\s+\d{4})"
    r"\s*(?:\(|—|–|-|:)",
    re.MULTILINE,
)
DATELINE_WITHIN = 400  # characters from the start where a dateline may stand
# "Source » middleeastmonitor", "Source: Reuters"
SOURCE_LINE = re.compile(r"^\s*(?:source|via)\s*[»:\-–]\s*(?P<outlet>[^\n]{2,60}?)\s*$", re.IGNORECASE | re.MULTILINE)
# Site chrome: "Iraq News - Local News - Baghdadpost", "Home | World | Middle East".
CHROME = re.compile(r"^[^\n]{0,80}?(?:\s[-|»>/]\s[^\n]{1,40}){2,}$")


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
    """The date a line of the page gives ("Published: 7 February 2019"), else a wire dateline's day with its year
    ("KABUL, March 3, 2021 (Reuters) -": docs/annotation.md, *Date*: the publication date is else the date in the
    article's URL or its text), against which "yesterday" and "on Tuesday" resolve."""
    for match in DATE_LINE.finditer(text):
        value = parse_date_string(match["date"])
        if value:
            return value
    match = DATED_DATELINE.search(text[:DATELINE_WITHIN])
    return parse_date_string(match["date"]) if match else None
