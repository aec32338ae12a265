"""The store's commands: ingest, export, and the queries events, actors, claims and search.

They are commands of this module's own Typer app, which :mod:`conflictgraph.cli` adds to the main one; like every
command they only parse options, call :mod:`conflictgraph.api` and print.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from . import api
from .cli_checks import check_choice, check_date, check_db, check_event_type
from .cli_common import PROCESSES_HELP, to_stderr
from .cli_help import plural
from .errors import ConflictgraphError, InputError
from .exporters import EXPORTERS
from .model import Actor, Bundle
from .readers import inputs_help

if TYPE_CHECKING:  # the store (SQLAlchemy) and rich are imported by the commands that use them: --help stays quick
    from .store import Store

app = typer.Typer(rich_markup_mode=None)

Db = Annotated[str | None, typer.Option(
    "--db", envvar="CONFLICTGRAPH_DB", show_envvar=True, callback=check_db,
    help="The store: sqlite:///PATH (default ./conflictgraph.db) or postgresql://USER@HOST/DB.")]
ActorOpt = Annotated[str | None, typer.Option("--actor", help="An actor id or any of its names.")]
TypeOpt = Annotated[str | None, typer.Option("--type", callback=check_event_type,
                                                   help="A PLOVER event type (ASSAULT, PROTEST, ...).")]
SinceOpt = Annotated[str | None, typer.Option("--since", callback=check_date, help="From this date (YYYY-MM-DD).")]
UntilOpt = Annotated[str | None, typer.Option("--until", callback=check_date, help="Up to this date (YYYY-MM-DD).")]
PlaceOpt = Annotated[str | None, typer.Option("--place", help="A place name, or an ISO alpha-3 country code.")]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")]
LimitOpt = Annotated[int | None, typer.Option("--limit", "-n", min=1, help="At most this many records.")]


def _open(db: str | None) -> Store:
    try:
        return api.open_store(db)
    except ConflictgraphError as exc:
        to_stderr(f"error: {exc}")
        raise typer.Exit(1) from None


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help=inputs_help())],
    db: Db = None,
    published: Annotated[
        str | None,
        typer.Option("--published", callback=check_date, help="Publication date for articles that give none."),
    ] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles stored per transaction.")] = 25,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    processes: Annotated[int | None, typer.Option("--processes", "-p", min=1, show_default=False,
                                                  help=PROCESSES_HELP)] = None,
    workers: Annotated[int, typer.Option("--workers", min=0, help="Ingest on a local Dask cluster of this many "
                                         "worker processes (docs/scale.md).")] = 0,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Ingest on the Dask cluster of this "
                                                  "scheduler (tcp://HOST:PORT; docs/scale.md).")] = None,
    any_order: Annotated[bool, typer.Option("--any-order", help="With --workers/--scheduler and PostgreSQL: "
                                            "workers write batches at the same time as they are extracted, not "
                                            "in input order (faster; documents numbered in order of arrival; "
                                            "docs/scale.md).")] = False,
) -> None:
    """Add articles to the store, merging their actors, relations, events and claims with what it knows.

    Each batch is stored whole or not at all; articles already stored are skipped, so running the same
    command again after an interruption completes the work.

    Example:

        conflictgraph ingest examples/seeds --db sqlite:///conflictgraph.db
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

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
                                processes=processes, workers=workers, scheduler=scheduler, in_order=not any_order,
                                progress=lambda done, total: progress.update(task, completed=done, total=total))
    except ConflictgraphError as exc:
        to_stderr(f"error: {exc}")
        raise typer.Exit(1) from None
    else:
        counts = store.counts()
    finally:
        store.close()
    if not quiet:  # the failures' reasons were printed as they came, one line each
        to_stderr(f"ingested: {len(result.added)} added, {len(result.skipped)} skipped (already stored), "
             f"{len(failures)} failed; the store holds {plural(counts['documents'], 'document')}, "
             f"{plural(counts['events'], 'event')}, {plural(counts['actors'], 'actor')}, "
             f"{plural(counts['relations'], 'relation')}, {plural(counts['claims'], 'claim')}")
    if failures:
        raise typer.Exit(1)


@app.command()
def export(
    db: Db = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"{', '.join(EXPORTERS)}, or a plugin's.")]
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
    from .store import Filters

    with _open(db) as store:
        bundle = store.bundle(Filters(actor=actor, type=type, since=since, until=until, place=place))
    try:
        exporters.export(bundle, fmt, output if output is not None else sys.stdout)
    except (OSError, ValueError) as exc:
        to_stderr(f"error: {output or 'stdout'}: {exc}")
        raise typer.Exit(1) from None


HEADERS = {"n_documents": "docs", "n_sources": "sources", "evidence_text": "sentence", "location_name": "place",
           "fatalities": "killed", "injuries": "injured", "speaker_text": "as written"}
TEXT_CELL = 160  # characters of a sentence shown in a table; csv and json give it whole
# Columns that hold short values (a date, a type, a count): never wrapped, as wide as their longest value.
SHORT = {"date", "type", "mode", "kind", "country", "wikidata", "fatalities", "injuries", "n_documents", "n_sources",
         "toll", "start", "end"}
WideOpt = Annotated[bool, typer.Option("--wide", "-w", help="Every column (the table shows those that fit).")]


def fitting(layout: list[tuple[int, list[str]]], width: int) -> list[str]:
    """The columns of the widest layout whose minimum terminal width is at most ``width`` (the first always)."""
    chosen = layout[0][1]
    for needs, columns in layout:
        if width >= needs:
            chosen = columns
    return chosen


def _print(rows: list[dict[str, Any]], columns: list[str] | list[tuple[int, list[str]]], fmt: str, title: str,
           wide: list[str] | None = None) -> None:
    """Rows as JSON, CSV (``columns`` or every key) or a table that fits the terminal.

    A table's ``columns`` is a list of (minimum width, columns) layouts, the widest that fits being used (or
    ``wide``, every column, with --wide); it is as wide as the terminal, or ``COLUMNS`` when piped. Long values
    wrap inside their cell, so nothing is cut but a sentence beyond ``TEXT_CELL`` characters.
    """
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt == "csv":
        assert columns and isinstance(columns[0], str)
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return
    from rich import box
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)  # the terminal's width; COLUMNS when piped (80 when that is unset too)
    if not rows:
        console.print(title)
        return
    shown = wide if wide is not None else fitting(columns, console.width)  # type: ignore[arg-type]
    cells = [["" if row.get(c) is None else str(row[c]) for c in shown] for row in rows]
    texts = {c: (40 if c in ("evidence_text", "sentence", "text") else 14) for c in shown if c not in SHORT}
    if wide is not None:  # every column at a readable width, wider than the terminal if need be
        longest = {c: max(len(HEADERS.get(c, c)), *(len(r[i]) for r in cells)) for i, c in enumerate(shown)}
        needed = sum(texts.get(c, longest[c]) for c in shown) + 3 * len(shown)
        console = Console(highlight=False, width=max(console.width, needed))
    table = Table(title=title, title_justify="left", box=box.SQUARE, show_edge=False, show_lines=True,
                  padding=(0, 1), expand=False)
    for i, column in enumerate(shown):
        header = HEADERS.get(column, column.removesuffix("_name"))
        if column in SHORT:
            longest = max([len(header), *(len(line) for r in cells for line in r[i].splitlines() or [""])])
            table.add_column(header, no_wrap=True, min_width=longest)
        else:
            table.add_column(header, overflow="fold", ratio=3 if column in ("evidence_text", "sentence", "text") else 1,
                             min_width=texts[column] if wide is not None else None)
    for row in cells:
        table.add_row(*(c if len(c) <= TEXT_CELL else c[:TEXT_CELL - 1] + "…" for c in row))
    console.print(table)


def _hint(store: Store, kind: str, actor: str | None, type: str | None) -> None:
    """Why a query may have matched nothing: an actor the store does not know, a type that is none."""
    from difflib import get_close_matches

    from .model import EVENT_TYPES

    to_stderr(f"no {kind} match these filters")
    if actor and not store.actor_ids(actor):
        names = {a.name: a for a in store.actors()}
        close = get_close_matches(actor, list(names), n=5, cutoff=0.5) or get_close_matches(
            actor.casefold(), [n.casefold() for n in names], n=5, cutoff=0.5)
        to_stderr(f"hint: no stored actor is named {actor!r}" + (f"; the closest: {', '.join(close)}" if close else ""))
    if type and kind in ("events", "actors") and type.upper() not in EVENT_TYPES:
        to_stderr(f"hint: {type!r} is not a PLOVER event type; the types are {', '.join(EVENT_TYPES)}")


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
    = None, fmt: FormatOpt = "table", limit: LimitOpt = None, wide: WideOpt = False,
) -> None:
    """List stored events, newest first, with how many documents and independent sources report each.

    Example:

        conflictgraph events --type ASSAULT --place Baghdad --since 2019-12-01
    """
    _check_format(fmt)
    from .store import Filters

    with _open(db) as store:
        found = store.events(Filters(actor=actor, type=type, since=since, until=until, place=place, text=text),
                             limit=limit)
        rows = _rows(store, "events", found, _actors_of(store, {x for e in found for x in (e.source, e.target)}))
        if not rows:
            _hint(store, "events", actor, type)
    if fmt != "table":
        _print(rows, list(rows[0]) if rows else [], fmt, "")
        return
    for row in rows:
        tolls = (("fatalities", "killed"), ("injuries", "injured"))
        row["toll"] = "\n".join(f"{row[k] or 'none'} {w}" for k, w in tolls if row[k] is not None) or None
    base = ["date", "type", "source_name", "target_name", "location_name", "toll"]
    layout = [(0, base), (110, [*base, "n_sources"]), (150, [*base[:2], "mode", *base[2:], "n_documents",
                                                            "n_sources", "evidence_text"])]
    everything = ["date", "type", "mode", "source_name", "target_name", "location_name", "fatalities", "injuries",
                  "n_documents", "n_sources", "evidence_text"]
    _print(rows, layout, fmt, plural(len(rows), "event"), everything if wide else None)


@app.command()
def actors(
    db: Db = None, actor: ActorOpt = None, type: TypeOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    place: PlaceOpt = None, text: Annotated[str | None, typer.Option("--text", help="Words in a name.")] = None,
    fmt: FormatOpt = "table", limit: LimitOpt = None, wide: WideOpt = False,
) -> None:
    """List stored actors with their aliases; event filters keep the actors of the events they select.

    Example:

        conflictgraph actors --text hezbollah --format csv
    """
    _check_format(fmt)
    from .store import Filters

    with _open(db) as store:
        found = store.actors(Filters(actor=actor, type=type, since=since, until=until, place=place, text=text),
                             limit=limit)
        if not found:
            _hint(store, "actors", actor, type)
    rows = [{"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "wikidata": a.wikidata,
             "aliases": "; ".join(a.aliases)} for a in found]
    everything = ["id", "name", "kind", "country", "wikidata", "aliases"]
    layout = [(0, ["name", "kind", "country", "aliases"]), (120, everything)]
    _print(rows, layout if fmt == "table" else everything, fmt, plural(len(rows), "actor"),
           everything if wide else None)


@app.command()
def claims(
    db: Db = None, actor: ActorOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    text: Annotated[str | None, typer.Option("--text", help="Words in the claim or its sentence.")] = None,
    fmt: FormatOpt = "table", limit: LimitOpt = None, wide: WideOpt = False,
) -> None:
    """List stored claims (quotes and reported speech) with their speakers.

    Example:

        conflictgraph claims --actor "Myles B. Caggins III"
    """
    _check_format(fmt)
    from .store import Filters

    with _open(db) as store:
        found = store.claims(Filters(actor=actor, since=since, until=until, text=text), limit=limit)
        rows = _rows(store, "claims", found, _actors_of(store, {c.speaker for c in found}))
        if not rows:
            _hint(store, "claims", actor, None)
    if fmt != "table":
        _print(rows, list(rows[0]) if rows else [], fmt, "")
        return
    for row in rows:
        row["speaker"] = row["speaker_name"] or row["speaker_text"]
    layout = [(0, ["speaker", "kind", "text"]), (120, ["speaker", "kind", "text", "n_sources"])]
    everything = ["speaker_name", "speaker_text", "kind", "text", "n_documents", "n_sources"]
    _print(rows, layout, fmt, plural(len(rows), "claim"), everything if wide else None)


@app.command()
def search(
    words: Annotated[str, typer.Argument(help="Words that a sentence must hold (all of them).")],
    db: Db = None, fmt: FormatOpt = "table",
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many sentences, best first.")]
    = 20, wide: WideOpt = False,
) -> None:
    """Full-text search over the stored articles: the matching sentences, with their documents.

    Example:

        conflictgraph search "drone strike Baghdad"
    """
    _check_format(fmt)
    with _open(db) as store:
        hits = store.search(words, limit=limit)
    if not hits:
        to_stderr(f"no stored sentence holds all of: {words}")
    rows = [{"document": h.document, "title": h.title, "start": h.evidence.start, "end": h.evidence.end,
             "sentence": h.evidence.text} for h in hits]
    everything = ["document", "title", "start", "end", "sentence"]
    layout = [(0, ["document", "sentence"]), (120, ["document", "title", "sentence"])]
    _print(rows, layout if fmt == "table" else everything, fmt, plural(len(rows), "sentence"),
           everything if wide else None)
