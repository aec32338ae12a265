"""RSS and Atom feeds: one document per item (feedparser), its HTML taken off; nothing is fetched."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..core.dates import parse_date_string
from ..errors import InputError
from ..model import Document
from ..text import decode
from .base import content_id, fill_metadata, read_bytes
from .page import web_url
from .registry import register_reader

# Elements whose edges break a feed item's HTML into paragraphs.
BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main "
    "nav ol p pre section table td th tr ul".split()
)

def read_feed(path: Path, published: str | None = None) -> Iterator[Document | InputError]:
    """One document per item of an RSS or Atom feed; an item that cannot be read is an error in its place."""
    data = read_bytes(path)
    decode(data, str(path))  # the same checks as for an article: empty, binary, not UTF-8
    import feedparser

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


def plain(detail: Any) -> str:
    """The text of a feed's text construct (a title, a summary, a content), its HTML, if any, taken off."""
    if not detail or not detail.get("value"):
        return ""
    if "html" in (detail.get("type") or ""):
        return html_text(detail["value"])
    return "\n\n".join(part.strip() for part in detail["value"].split("\n\n") if part.strip())


def html_text(fragment: str) -> str:
    """The text of an HTML fragment: tags and entities gone, one paragraph per block element."""
    import lxml.html
    from lxml.etree import ParserError

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


def one_line(text: str) -> str:
    return " ".join(text.split())


register_reader("feed", read_feed, suffixes=(".rss", ".atom", ".xml"),
                help="an RSS or Atom feed (.rss, .atom, .xml): one article per item, its content or summary")
