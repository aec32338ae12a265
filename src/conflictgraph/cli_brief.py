"""The ``brief`` command: a briefing on a selection of the store, as HTML, Markdown or PDF.

Like every command it only parses options, calls :func:`conflictgraph.api.brief` and writes the result.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from . import api
from .cli_checks import check_date
from .cli_common import to_stderr
from .errors import ConflictgraphError

FORMATS = ("html", "md", "pdf")

app = typer.Typer(rich_markup_mode=None)  # cli.py adds its command to the main app


@app.command()
def brief(
    db: Annotated[str | None, typer.Option(
        "--db", envvar="CONFLICTGRAPH_DB", show_envvar=True,
        help="The store: sqlite:///PATH (default ./conflictgraph.db) or postgresql://USER@HOST/DB.")] = None,
    actor: Annotated[list[str] | None, typer.Option(
        "--actor", help="An actor id or any of its names; repeat for several (events of any of them).")] = None,
    place: Annotated[str | None, typer.Option("--place", help="A place name, or an ISO alpha-3 country code.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="A PLOVER event type (ASSAULT, PROTEST, ...).")] = None,
    since: Annotated[str | None, typer.Option("--since", callback=check_date, help="From this date (YYYY-MM-DD).")]
    = None,
    until: Annotated[str | None, typer.Option("--until", callback=check_date, help="Up to this date (YYYY-MM-DD).")]
    = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here (default: stdout; pdf needs -o).")]
    = None,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="html, md or pdf (default: from the -o suffix, else html).")] = None,
    app_url: Annotated[str | None, typer.Option(
        "--app-url", help="The web app's address (http://127.0.0.1:8765): link each cited sentence to it.")] = None,
    reread: Annotated[bool, typer.Option(
        "--reread", help="Re-read the sentences of events several sources report, to show where their tolls, "
                         "dates, places or parties differ (slower: loads the NLP model).")] = False,
) -> None:
    """Write a briefing: key figures, a timeline, a map, the main events, what the actors said, where the sources
    disagree and the actors' ties, every sentence followed by numbered citations of its evidence.

    Example:

        conflictgraph brief --actor "Kataib Hezbollah" -o kh.html

        conflictgraph brief --place IRQ --since 2019-12-01 --until 2020-01-31 -o iraq.pdf
    """
    chosen = fmt or (output.suffix.lstrip(".").lower() if output and output.suffix else "html")
    chosen = {"markdown": "md", "htm": "html"}.get(chosen, chosen)
    if chosen not in FORMATS:
        raise typer.BadParameter(f"--format must be html, md or pdf, not {chosen!r}")
    if chosen == "pdf" and output is None:
        raise typer.BadParameter("--format pdf needs -o FILE.pdf (a PDF is not printed to a terminal)")
    try:
        result = api.brief(db, actors=actor or (), place=place, type=type, since=since, until=until, format=chosen,
                           app_url=app_url.rstrip("/") if app_url else None, reread=reread)
    except ConflictgraphError as exc:
        to_stderr(f"error: {exc}")
        raise typer.Exit(1) from None
    try:
        if output is None:
            sys.stdout.write(result if isinstance(result, str) else result.decode("utf-8"))
        elif isinstance(result, bytes):
            output.write_bytes(result)
        else:
            output.write_text(result, encoding="utf-8")
    except OSError as exc:
        to_stderr(f"error: {output}: {exc.strerror or exc}")
        raise typer.Exit(1) from None
