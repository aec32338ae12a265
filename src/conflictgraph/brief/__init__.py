"""Briefings: the situation report an analyst would write, from the store, every sentence cited.

    brief = build(store, Criteria(actors=("Kataib Hezbollah",)))   # read and compose
    text = render(brief, "html")                                   # or "md"; "pdf" gives bytes

One module per step: :mod:`.select` reads the store, :mod:`.versions` finds where sources disagree (and
:mod:`.reread`, when asked, where the sources of one event do), :mod:`.compose` writes the sentences into a
:mod:`.report` with numbered citations, :mod:`.svg` and :mod:`.map` draw the charts, :mod:`.formats` makes
HTML and Markdown, :mod:`.pdf` prints the HTML with headless Chromium; :mod:`.bundle` briefs a bundle.
"""

from __future__ import annotations

from ..store import Store
from .compose import compose
from .report import Brief, Citation, Statement
from .reread import Extract
from .select import Criteria, select

FORMATS = ("html", "md", "pdf")

__all__ = ["FORMATS", "Brief", "Citation", "Criteria", "Statement", "build", "render"]


def build(store: Store, criteria: Criteria, *, app_url: str | None = None, extract: Extract | None = None) -> Brief:
    """Read the selection from the store and compose its briefing; ``app_url`` (the web app's address, '' for
    links relative to the app) adds a link to each cited sentence in the app; ``extract`` (the pipeline, as
    :func:`conflictgraph.api.brief` passes it for ``reread``) re-extracts the sentences of events that several
    sources report, to show where those sources differ."""
    return compose(select(store, criteria), app_url=app_url, extract=extract)


def render(brief: Brief, format: str = "html") -> str | bytes:
    """The briefing as HTML or Markdown text, or PDF bytes."""
    from . import formats as rendering

    if format == "html":
        return rendering.html(brief)
    if format == "md":
        return rendering.markdown(brief)
    if format == "pdf":
        from .pdf import to_pdf

        return to_pdf(rendering.html(brief))
    raise ValueError(f"unknown briefing format {format!r}; give one of {', '.join(FORMATS)}")
