"""The store's commands: ingest, export, and the queries events, actors, claims and search.

They register on the one Typer app of :mod:`conflictgraph.cli`, and like every command only parse options,
call :mod:`conflictgraph.api` and print.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from . import api
from .cli import _err, _published, app
from .cli_checks import check_choice, check_db, check_event_type
from .errors import ConflictgraphError, InputError
from .model import Actor, Bundle
from .store import Filters, Store

Db = Annotated[str | None, typer.Option(
    "--db", envvar="CONFLICTGRAPH_DB", show_envvar=True, callback=check_db,
    help="The store: sqlite:///PATH (default ./conflictgraph.db) or postgresql://USER@HOST/DB.")]
ActorOpt = Annotated[str | None, typer.Option("--actor", help="An actor id or any of its names.")]
TypeOpt = Annotated[str | None, typer.Option("--type", callback=check_event_type,
                                                   help="A PLOVER event type (ASSAULT, PROTEST, ...).")]
SinceOpt = Annotated[str | None, typer.Option("--since", callback=_published, help="From this date (YYYY-MM-DD).")]
UntilOpt = Annotated[str | None, typer.Option("--until", callback=_published, help="Up to this date (YYYY-MM-DD).")]
PlaceOpt = Annotated[str | None, typer.Option("--place", help="A place name, or an ISO alpha-3 country code.")]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")]
LimitOpt = Annotated[int | None, typer.Option("--limit", "-n", min=1, help="At most this many records.")]


def _open(db: str | None) -> Store:
    try:
        return api.open_store(db)
    except ConflictgraphError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Articles (.txt + sidecars, .html, feeds, .jsonl) or folders.")],
    db: Db = None,
    published: Annotated[
        str | None,
        typer.Option("--published", callback=_published, help="Publication date for articles that give none."),
    ] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles stored per transaction.")] = 25,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
) -> None:
    """Add articles to the store, merging their actors, relations, events and claims with what it knows.

    Each batch is stored whole or not at all; articles already stored are skipped, so running the same
    command again after an interruption completes the work.

    Example:

        conflictgraph ingest examples/seeds --db sqlite:///conflictgraph.db
    """
    console = Console(stderr=True)
    failures: list[InputError] = []

    def report(error: InputError) -> None:
        failures.append(error)
        console.print(f"error: {error}", markup=False, highlight=False, soft_wrap=True)

    progress = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        console=console, transient=True, disable=quiet or not console.is_terminal)
    task = progress.add_task("ingest", total=None)
    store = _open(db)
    try:
        with progress:
            result = api.ingest(paths, db=store, published=published, on_error=report, batch_size=batch_size,
                                progress=lambda done, total: progress.update(task, completed=done, total=total))
    except ConflictgraphError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    else:
        counts = store.counts()
    finally:
        store.close()
    if not quiet:  # the failures' reasons were printed as they came, one line each
        _err(f"ingested: {len(result.added)} added, {len(result.skipped)} skipped (already stored), "
             f"{len(failures)} failed; the store holds {counts['documents']} documents, {counts['events']} events, "
             f"{counts['actors']} actors, {counts['relations']} relations, {counts['claims']} claims")
    if failures:
        raise typer.Exit(1)


@app.command()
def export(
    db: Db = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, plover, csv, geojson, graphml, or a plugin's.")]
    = "json",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here (csv: a directory or .zip).")]
    = None,
    actor: ActorOpt = None, type: TypeOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    place: PlaceOpt = None,
) -> None:
    """Export what the store knows (or what the filters select) as a bundle or a format other tools open.

    Example:

        conflictgraph export --format geojson -o events.geojson --since 2020-01-01

        conflictgraph export --format json --actor "Kataib Hezbollah" > kh.bundle.json
    """
    from . import exporters

    formats = exporters.available()
    check_choice("--format", fmt, sorted(formats))
    if output is None and formats[fmt].binary:
        raise typer.BadParameter(f"the {fmt} format needs -o (a directory or a {formats[fmt].extension} file)")
    with _open(db) as store:
        bundle = store.bundle(Filters(actor=actor, type=type, since=since, until=until, place=place))
    try:
        exporters.export(bundle, fmt, output if output is not None else sys.stdout)
    except (OSError, ValueError) as exc:
        _err(f"error: {output or 'stdout'}: {exc}")
        raise typer.Exit(1) from None


HEADERS = {"n_documents": "docs", "n_sources": "sources", "evidence_text": "sentence", "location_name": "place",
           "fatalities": "killed", "injuries": "injured"}
TEXT_CELL = 160  # characters of a sentence shown in a table; csv and json give it whole


def _print(rows: list[dict[str, Any]], columns: list[str], fmt: str, title: str) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        # Short fields stay on one line; the last column (a sentence, a claim) takes the rest of the width.
        console = Console(width=None if sys.stdout.isatty() else 200)
        table = Table(title=title, title_justify="left", expand=True, show_lines=False)
        for column in columns[:-1]:
            header = HEADERS.get(column, column.removesuffix("_name"))
            table.add_column(header, no_wrap=True, overflow="ellipsis", max_width=28)
        table.add_column(HEADERS.get(columns[-1], columns[-1]) if columns else "", min_width=60, overflow="fold")
        for row in rows:
            cells = ["" if row.get(c) is None else str(row[c]) for c in columns]
            if cells and len(cells[-1]) > TEXT_CELL:
                cells[-1] = cells[-1][:TEXT_CELL - 1] + "…"
            table.add_row(*cells)
        console.print(table)


def _check_format(fmt: str) -> None:
    check_choice("--format", fmt, ("table", "csv", "json"))


def _rows(store: Store, kind: str, items: list, actors: list[Actor]) -> list[dict[str, Any]]:
    """Rows as the CSV export has them, with the store's count of independent sources."""
    from .exporters import csv_tables

    rows = csv_tables(Bundle(actors=actors, **{kind: items}))[kind]
    for row, item in zip(rows, items, strict=False):
        support = store.support(item)
        row["n_documents"], row["n_sources"] = support.documents, support.sources
    return rows


def _actors_of(store: Store, ids: set[str | None]) -> list[Actor]:
    found = store.actors_by_id(x for x in ids if x)
    return [found[i] for i in sorted(found)]


@app.command()
def events(
    db: Db = None, actor: ActorOpt = None, type: TypeOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    place: PlaceOpt = None, text: Annotated[str | None, typer.Option("--text", help="Words in the evidence.")]
    = None, fmt: FormatOpt = "table", limit: LimitOpt = None,
) -> None:
    """List stored events, newest first, with how many documents and independent sources report each.

    Example:

        conflictgraph events --type ASSAULT --place Baghdad --since 2019-12-01
    """
    _check_format(fmt)
    with _open(db) as store:
        found = store.events(Filters(actor=actor, type=type, since=since, until=until, place=place, text=text),
                             limit=limit)
        rows = _rows(store, "events", found, _actors_of(store, {x for e in found for x in (e.source, e.target)}))
    _print(rows, ["date", "type", "mode", "source_name", "target_name", "location_name", "fatalities", "injuries",
                  "n_documents", "n_sources", "evidence_text"] if fmt == "table" else list(rows[0]) if rows else [],
           fmt, f"{len(rows)} events")


@app.command()
def actors(
    db: Db = None, actor: ActorOpt = None, type: TypeOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    place: PlaceOpt = None, text: Annotated[str | None, typer.Option("--text", help="Words in a name.")] = None,
    fmt: FormatOpt = "table", limit: LimitOpt = None,
) -> None:
    """List stored actors with their aliases; event filters keep the actors of the events they select.

    Example:

        conflictgraph actors --text hezbollah --format csv
    """
    _check_format(fmt)
    with _open(db) as store:
        found = store.actors(Filters(actor=actor, type=type, since=since, until=until, place=place, text=text),
                             limit=limit)
    rows = [{"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "wikidata": a.wikidata,
             "aliases": "; ".join(a.aliases)} for a in found]
    _print(rows, ["id", "name", "kind", "country", "wikidata", "aliases"], fmt, f"{len(rows)} actors")


@app.command()
def claims(
    db: Db = None, actor: ActorOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    text: Annotated[str | None, typer.Option("--text", help="Words in the claim or its sentence.")] = None,
    fmt: FormatOpt = "table", limit: LimitOpt = None,
) -> None:
    """List stored claims (quotes and reported speech) with their speakers.

    Example:

        conflictgraph claims --actor "Myles B. Caggins III"
    """
    _check_format(fmt)
    with _open(db) as store:
        found = store.claims(Filters(actor=actor, since=since, until=until, text=text), limit=limit)
        rows = _rows(store, "claims", found, _actors_of(store, {c.speaker for c in found}))
    _print(rows, ["speaker_name", "speaker_text", "kind", "text", "n_documents", "n_sources"]
           if fmt == "table" else list(rows[0]) if rows else [], fmt, f"{len(rows)} claims")


@app.command()
def search(
    words: Annotated[str, typer.Argument(help="Words that a sentence must hold (all of them).")],
    db: Db = None, fmt: FormatOpt = "table", limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 20,
) -> None:
    """Full-text search over the stored articles: the matching sentences, with their documents.

    Example:

        conflictgraph search "drone strike Baghdad"
    """
    _check_format(fmt)
    with _open(db) as store:
        hits = store.search(words, limit=limit)
    rows = [{"document": h.document, "title": h.title, "start": h.evidence.start, "end": h.evidence.end,
             "sentence": h.evidence.text} for h in hits]
    _print(rows, ["document", "title", "sentence"] if fmt == "table" else ["document", "title", "start", "end",
                                                                           "sentence"], fmt, f"{len(rows)} sentences")
