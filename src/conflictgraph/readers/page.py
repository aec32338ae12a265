"""Saved HTML pages: the main text (trafilatura) and the metadata of the page, or of its sidecar.

Nothing here touches the network: a page's links are recorded, never fetched. trafilatura is imported when a
page is read, so a run over .txt files never loads it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from ..errors import InputError
from ..model import Document
from ..text import decode
from .base import fill_metadata, read_bytes, read_sidecar
from .registry import register_reader


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
        from . import deep_html  # lxml: loaded only for a page that needs it

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


def _extraction(html: Any) -> tuple[Any, str]:
    """What trafilatura takes from a page (a string or a parsed tree), and its text, one paragraph a block."""
    import trafilatura
    from trafilatura.settings import Document as Extraction
    from trafilatura.settings import set_date_params

    # Dates from the page's metadata only: the extensive search also guesses from the body and the footer ("© 2020").
    found = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, date_extraction_params=set_date_params(extensive=False)
    )
    extracted = found if isinstance(found, Extraction) else None  # None: nothing in the page worth taking
    # trafilatura puts one paragraph a line; a blank line between them reads like the .txt articles.
    lines = (extracted.text or "").splitlines() if extracted else []
    return extracted, "\n\n".join(line.strip() for line in lines if line.strip())


def web_url(url: str | None) -> str | None:
    """The URL if it is an absolute web address; not a relative link, nor an Atom id like 'urn:uuid:...'."""
    if url and urlparse(url).scheme in ("http", "https") and urlparse(url).netloc:
        return url
    return None


register_reader("page", read_page, suffixes=(".html", ".htm"), many=False,
                help="a saved web page (.html, .htm): its main text, title, date and outlet (trafilatura)")
