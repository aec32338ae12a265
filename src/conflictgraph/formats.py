"""Read the inputs beyond plain text: saved HTML pages, RSS and Atom feeds, and JSONL files of articles.

Nothing here touches the network: a page's links and a feed's URLs are recorded, never fetched.
"""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import feedparser
import lxml.html
import trafilatura
from lxml.etree import ParserError
from trafilatura.settings import Document as Extraction
from trafilatura.settings import set_date_params

from . import deep_html
from .errors import InputError
from .model import Document
from .pipeline.dates import parse_date_string
from .reader import check_metadata, content_id, decode, fill_metadata, read_bytes, read_sidecar
from .text import normalize

# Dates from the page's metadata only: the extensive search also guesses from the body and the footer ("© 2020").
PAGE_DATES = set_date_params(extensive=False)
# Elements whose edges break a feed item's HTML into paragraphs.
BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main "
    "nav ol p pre section table td th tr ul".split()
)
LINE_FIELDS = "text or html, and url, published, title, outlet"


def read_page(path: Path, published: str | None = None) -> Document:
    """A saved HTML page: its main text, and title, date, outlet and URL from its metadata or its sidecar."""
    text, meta = page(decode(read_bytes(path), str(path)), str(path))
    meta.update({key: value for key, value in read_sidecar(path).items() if value})  # the user's word wins
    document = Document(id=path.stem, source=str(path), text=text)
    fill_metadata(document, meta, published)
    return document


def page(html: str, source: str) -> tuple[str, dict[str, str | None]]:
    """The main text of an HTML page, without its navigation, ads and footer, and what its metadata says."""
    extracted, text = _extraction(html)
    if not text and "<" in html:  # nested past lxml's default depth limit? Parse again without it
        tree = deep_html.huge_tree(html)
        extracted, text = _extraction(tree) if tree is not None else (None, "")
        if not text:
            streamed, depth = deep_html.stream_text(html)
            if depth > deep_html.LXML_DEPTH and streamed:  # deeper than any lxml parse: the text as it runs
                return streamed, {"title": None, "outlet": None, "published": None, "url": None}
    if not extracted or not text:
        raise InputError(source, "no article text found in the page (an index page, or one its script fills in?)")
    return text, {
        "title": extracted.title, "outlet": extracted.sitename, "published": extracted.date,
        "url": web_url(extracted.url),
    }


def _extraction(html: Any) -> tuple[Extraction | None, str]:
    """What trafilatura takes from a page (a string or a parsed tree), and its text, one paragraph a block."""
    found = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, date_extraction_params=PAGE_DATES
    )
    extracted = found if isinstance(found, Extraction) else None  # None: nothing in the page worth taking
    # trafilatura puts one paragraph a line; a blank line between them reads like the .txt articles.
    lines = (extracted.text or "").splitlines() if extracted else []
    return extracted, "\n\n".join(line.strip() for line in lines if line.strip())


def read_feed(path: Path, published: str | None = None) -> Iterator[Document | InputError]:
    """One document per item of an RSS or Atom feed; an item that cannot be read is an error in its place."""
    data = read_bytes(path)
    decode(data, str(path))  # the same checks as for an article: empty, binary, not UTF-8
    feed = feedparser.parse(io.BytesIO(data))  # a stream: feedparser would take bytes or str for a path or URL
    if not feed.get("version"):
        cause = feed.get("bozo_exception")
        raise InputError(str(path), "not an RSS or Atom feed" + (f" ({one_line(str(cause))})" if cause else ""))
    if not feed.entries:
        raise InputError(str(path), "the feed holds no items")
    outlet = plain(feed.feed.get("title_detail")) or None
    for number, entry in enumerate(feed.entries, 1):
        try:
            yield feed_item(entry, outlet, path, number, published)
        except InputError as error:
            yield error


def feed_item(entry: Any, outlet: str | None, path: Path, number: int, published: str | None) -> Document:
    where = f"{path} item {number}"
    contents = [*entry.get("content", []), entry.get("summary_detail")]
    text = next((found for detail in contents if (found := plain(detail))), "")
    if not text:
        raise InputError(where, "the item has no text (no content or summary)")
    link = web_url(entry.get("link"))
    meta = {"title": plain(entry.get("title_detail")) or None, "outlet": outlet, "url": link,
            "published": item_date(entry, where)}
    document = Document(id=content_id(link or text), source=f"{path}#{number}", text=text)
    fill_metadata(document, meta, published)
    return document


def item_date(entry: Any, where: str) -> str | None:
    """The item's date as the feed writes it (the publisher's day, not UTC's), else as feedparser read it."""
    for key in ("published", "updated"):
        if entry.get(key):
            parsed: time.struct_time | None = entry.get(f"{key}_parsed")
            found = parse_date_string(entry[key]) or (time.strftime("%Y-%m-%d", parsed) if parsed else None)
            if found is None:
                raise InputError(where, f"its {key} date {entry[key]!r} is not a date")
            return found
    return None


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


def plain(detail: Any) -> str:
    """The text of a feed's text construct (a title, a summary, a content), its HTML, if any, taken off."""
    if not detail or not detail.get("value"):
        return ""
    if "html" in (detail.get("type") or ""):
        return html_text(detail["value"])
    return "\n\n".join(part.strip() for part in detail["value"].split("\n\n") if part.strip())


def html_text(fragment: str) -> str:
    """The text of an HTML fragment: tags and entities gone, one paragraph per block element."""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return ""
    for element in list(root.iter("script", "style")):
        element.drop_tree()
    for element in root.iter():
        if element.tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif element.tag in BLOCKS:
            element.text = "\n\n" + (element.text or "")
            element.tail = "\n\n" + (element.tail or "")
    paragraphs = (one_line(part) for part in root.text_content().split("\n\n"))
    return "\n\n".join(part for part in paragraphs if part)


def web_url(url: str | None) -> str | None:
    """The URL if it is an absolute web address; not a relative link, nor an Atom id like 'urn:uuid:...'."""
    if url and urlparse(url).scheme in ("http", "https") and urlparse(url).netloc:
        return url
    return None


def one_line(text: str) -> str:
    return " ".join(text.split())
