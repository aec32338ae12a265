"""A briefing as data: its statements, disputes and numbered citations, and the numbering of cited sentences."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote

from ..model import Event, Evidence
from .select import Selection

CITES = 3  # evidence sentences cited for one item: one per independent source first


@dataclass
class Citation:
    """A numbered source: the outlet, its date, the evidence sentence quoted, where to read it."""

    number: int
    document: str
    outlet: str | None
    published: str | None
    title: str | None
    url: str | None  # the article's address, when the document came from the web
    app_url: str | None  # the web app's page of the document, at the sentence
    sentence: str
    start: int
    end: int


@dataclass
class Statement:
    """A sentence of the briefing with its citations; ``quote`` (an exact part of a cited sentence) follows it."""

    text: str
    cites: list[int]
    quote: str | None = None
    flag: str | None = None  # "single source", "copies of one article"
    event: str | None = None  # the id of the event it states, if it states one


@dataclass
class Section:
    title: str
    statements: list[Statement] = field(default_factory=list)


@dataclass
class Version:
    """One version of a disputed occurrence: what it says, and the sources that say it."""

    text: str
    sources: int
    documents: int
    cites: list[int]
    event: str


@dataclass
class Dispute:
    text: str
    versions: list[Version]


@dataclass
class Brief:
    """A briefing, ready to render: every sentence's citations index ``citations`` (numbered from 1)."""

    title: str
    scope: str
    period: str
    figures: list[tuple[str, str]]
    by_type: list[tuple[str, int]]
    by_week: list[tuple[str, int]]
    tolls: list[Statement]
    events: list[Statement]
    said: list[Section]
    disputes: list[Dispute]
    flagged: list[Statement]
    actors: list[Section]
    citations: list[Citation]
    located: list[tuple[Event, str]] = field(default_factory=list)  # (event, place level), for the map
    network: list[tuple[str, str, str, int]] = field(default_factory=list)  # (from, to, label, weight)
    names: dict[str, str] = field(default_factory=dict)
    focus: set[str] = field(default_factory=set)  # the actors the selection names
    timeline: list[tuple[str, str, int]] = field(default_factory=list)  # (week, type, count)
    span: tuple[str | None, str | None] = (None, None)  # the period asked for, which the timeline covers


class Citer:
    """Numbers cited sentences in order of first use."""

    def __init__(self, selection: Selection, app_url: str | None) -> None:
        self.selection, self.app_url = selection, app_url
        self.numbers: dict[tuple[str, int], int] = {}
        self.citations: list[Citation] = []

    def cite(self, evidence: Evidence) -> int:
        key = (evidence.document, evidence.start)
        if key not in self.numbers:
            self.numbers[key] = len(self.citations) + 1
            document = self.selection.documents.get(evidence.document)
            source = document.source if document else ""
            app = None
            if self.app_url is not None:
                app = (f"{self.app_url}/documents/{quote(evidence.document, safe='')}"
                       f"?mark={evidence.start}-{evidence.end}#s-{evidence.start}")
            self.citations.append(Citation(
                self.numbers[key], evidence.document, document.outlet if document else None,
                document.published if document else None, document.title if document else None,
                source if source.startswith(("http://", "https://")) else None, app, evidence.text,
                evidence.start, evidence.end))
        return self.numbers[key]

    def best(self, evidence: list[Evidence], n: int = CITES) -> list[int]:
        """Cite up to ``n`` sentences: the first of each independent source, the earliest published first."""
        sources = self.selection.sources
        published = {e.document: (self.selection.documents[e.document].published or "~")
                     if e.document in self.selection.documents else "~" for e in evidence}
        ordered = sorted(evidence, key=lambda e: (published[e.document], e.document, e.start))
        chosen, seen = [], set()
        for e in ordered:
            if sources.source(e.document) not in seen:
                seen.add(sources.source(e.document))
                chosen.append(e)
        chosen += [e for e in ordered if e not in chosen]
        return sorted({self.cite(e) for e in chosen[:n]})
