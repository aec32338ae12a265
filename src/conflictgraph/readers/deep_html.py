"""Read pages nested deeper than lxml's parser goes: libxml2 stops at 256 levels (2,048 with huge_tree).

A page of a few thousand nested elements is malformed or hostile, but its text is still text: these helpers
give trafilatura a tree parsed without the default limit, and, past even that, the page's text read by a
streaming parser that keeps no tree at all.
"""

from __future__ import annotations

from html.parser import HTMLParser

import lxml.html
from lxml.etree import ParserError

# Elements whose content is never article text.
SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "title", "nav", "footer", "aside"})
# Elements that close a paragraph.
BLOCKS = frozenset("address article blockquote dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 header li main "
                   "ol p pre section table td th tr ul br hr".split())
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
LXML_DEPTH = 256


def huge_tree(html: str) -> lxml.html.HtmlElement | None:
    """The page parsed by lxml without its default depth limit, or None if it cannot be parsed."""
    try:
        return lxml.html.fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    except (ParserError, ValueError):
        return None


class _Stream(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.deepest = 0
        self.skipping: list[str] = []
        self.parts: list[str] = [""]

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag not in VOID:
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)
        if tag in SKIPPED and tag not in VOID:
            self.skipping.append(tag)
        if tag in BLOCKS:
            self.parts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID:
            self.depth = max(0, self.depth - 1)
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()
        if tag in BLOCKS:
            self.parts.append("")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts[-1] += data


def stream_text(html: str) -> tuple[str, int]:
    """The text of a page read as a stream, one paragraph a block element, and how deep its elements go."""
    reader = _Stream()
    reader.feed(html)
    reader.close()
    paragraphs = (" ".join(part.split()) for part in reader.parts)
    return "\n\n".join(p for p in paragraphs if p), reader.deepest
