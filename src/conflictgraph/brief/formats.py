"""Render a composed briefing as a self-contained HTML file, as the web app's page body, or as Markdown."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from ..version import __version__
from . import map as geo
from . import svg
from .report import Brief, Statement
from .words import day

TEMPLATES = Path(__file__).parent / "templates"
CSS = Path(__file__).resolve().parent.parent / "web" / "static" / "brief.css"


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(day=day, version=__version__)
    return env


def charts(brief: Brief) -> dict[str, Markup]:
    """The three SVG charts; they escape every text they hold, so they are marked safe whole."""
    return {
        "timeline_svg": Markup(svg.timeline(brief.timeline, span=brief.span)),  # noqa: S704 - built by svg.py, which escapes
        "map_svg": Markup(geo.draw(brief.located)),  # noqa: S704
        "network_svg": Markup(svg.network(brief.network, brief.names, brief.focus)),  # noqa: S704
    }


def body_context(brief: Brief) -> dict:
    return {"brief": brief, **charts(brief)}


def html(brief: Brief) -> str:
    """One HTML file with everything inside: styles, charts, sources."""
    return environment().get_template("brief_file.html").render(
        css=Markup(CSS.read_text(encoding="utf-8")), **body_context(brief))  # noqa: S704 - our own stylesheet


def _cites(numbers: list[int]) -> str:
    return "".join(f"[^{n}]" for n in numbers)


def _statement(s: Statement) -> str:
    text = s.text + (f" “{s.quote}”" if s.quote else "") + _cites(s.cites)
    return text + (f" *({s.flag})*" if s.flag else "")


def markdown(brief: Brief) -> str:
    """The briefing as Markdown (footnotes for the sources), for pasting into other tools; no charts."""
    out = [f"# {brief.title}", "", f"Selection: {brief.scope} · events from {brief.period}", "",
           "Every sentence is written from the store's data by fixed templates and followed by its sources. "
           "“Independent sources” count an article and its copies once.", "", "## Key figures", "",
           "| | |", "|---|---|"]
    out += [f"| {label} | {value} |" for label, value in brief.figures]
    out += [""] + [f"- {_statement(s)}" for s in brief.tolls]
    out += ["", "| PLOVER type | events |", "|---|---|"] + [f"| {t} | {n} |" for t, n in brief.by_type]
    out += ["", "| week of | events |", "|---|---|"] + [f"| {w} | {n} |" for w, n in brief.by_week]
    out += ["", "## Main events", ""] + [f"{i}. {_statement(s)}" for i, s in enumerate(brief.events, 1)]
    out += ["", "## What the actors said"]
    for section in brief.said:
        out += ["", f"### {section.title}", ""] + [f"- {_statement(s)}" for s in section.statements]
    out += ["", "## Where the sources disagree", ""]
    for dispute in brief.disputes:
        out += [dispute.text, ""]
        out += [f"{i}. {v.text} ({plural(v.documents, 'document')}, {plural(v.sources, 'independent source')})"
                f"{_cites(v.cites)}"
                for i, v in enumerate(dispute.versions, 1)] + [""]
    if not brief.disputes:
        out += ["No two sources give different versions of an event in this selection.", ""]
    out += ["### Resting on one source", ""] + [f"- {_statement(s)}" for s in brief.flagged]
    out += ["", "## The actors and their ties"]
    for section in brief.actors:
        out += ["", f"### {section.title}", ""] + [f"- {_statement(s)}" for s in section.statements]
    out += ["", "## Sources", ""]
    for c in brief.citations:
        where = " ".join(x for x in (f"<{c.url}>" if c.url else c.document, f"<{c.app_url}>" if c.app_url else "") if x)
        title = f", *{_md_escape(c.title)}*" if c.title else ""
        out.append(f"[^{c.number}]: **{c.outlet or 'unknown outlet'}**, {day(c.published)}{title}: "
                   f"“{c.sentence}” {where}")
    return "\n".join(out) + "\n"


def plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _md_escape(text: str) -> str:
    return text.replace("*", r"\*").replace("_", r"\_")
