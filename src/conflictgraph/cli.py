"""The command line: parse arguments, call the API, print records to stdout and messages to stderr."""

from __future__ import annotations

import json
import logging
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from . import __version__, api, cli_brief, cli_store
from .cli_checks import check_choice, check_date, check_db
from .cli_common import PROCESSES_HELP, to_stderr
from .cli_help import CleanGroup, plural
from .errors import ConflictgraphError, InputError
from .exporters import EXPORTERS
from .model import Bundle
from .readers import inputs_help

app = typer.Typer(
    cls=CleanGroup,
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Turn news articles on armed conflict into actors, relations, events and claims, with their evidence.",
)


class _StderrLines(logging.Handler):
    """The library's warnings as one line each on stderr ("warning: ..."), like the CLI's own messages."""

    def emit(self, record: logging.LogRecord) -> None:
        to_stderr(f"{record.levelname.lower()}: {self.format(record)}")


def _log_to_stderr() -> None:
    logger = logging.getLogger("conflictgraph")
    for handler in [h for h in logger.handlers if isinstance(h, _StderrLines)]:
        logger.removeHandler(handler)
    logger.addHandler(_StderrLines(logging.WARNING))


def version_callback(value: bool) -> None:
    if value:
        print(f"conflictgraph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """conflictgraph: knowledge about armed conflict from the news, offline."""
    _log_to_stderr()


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help=inputs_help())],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write the bundle here, not to stdout.")]
    = None,
    published: Annotated[
        str | None,
        typer.Option("--published", callback=check_date,
                     help="Publication date (YYYY-MM-DD) for articles whose sidecar gives none."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")] = False,
    processes: Annotated[int | None, typer.Option("--processes", "-p", min=1, show_default=False,
                                                  help=PROCESSES_HELP)] = None,
) -> None:
    """Extract one bundle (conflictgraph/1 JSON) from articles.

    Example:

        conflictgraph extract examples/seeds -o seeds.bundle.json
    """
    failures: list[InputError] = []

    def report(error: InputError) -> None:
        failures.append(error)
        to_stderr(f"error: {error}")

    try:
        bundle = api.extract(paths, published=published, on_error=report, processes=processes)
    except ConflictgraphError as exc:
        to_stderr(f"error: {exc}")
        raise typer.Exit(1) from None
    if not bundle.documents:  # every input failed: an empty bundle would only hide that
        to_stderr("error: nothing was extracted" + (f"; {output} not written" if output is not None else ""))
        raise typer.Exit(1)
    data = bundle.to_json()
    if output is not None:
        output.write_text(data + "\n", encoding="utf-8")
    else:
        sys.stdout.write(data + "\n")
    if not quiet:
        to_stderr(summary(bundle, output, len(failures)))
    if failures:
        raise typer.Exit(1)


def summary(bundle: Bundle, output: Path | None, failed: int) -> str:
    """A few lines a person reads: what was found, the most named actors, where the bundle went."""
    counts = ", ".join(plural(len(getattr(bundle, s)), s.removesuffix("s")) for s in Bundle.SECTIONS)
    named = Counter(m.actor for m in bundle.mentions if m.actor)
    names = {a.id: a.name for a in bundle.actors}
    top = ", ".join(f"{names[a]} ({n})" for a, n in named.most_common(8))
    lines = [f"conflictgraph: {counts}" + (f"; {plural(failed, 'input')} failed" if failed else "")]
    if top:
        lines.append(f"  most named: {top}")
    if output is not None:
        lines.append(f"  bundle written to {output}")
    return "\n".join(lines)


@app.command()
def evaluate(
    paths: Annotated[list[Path] | None, typer.Argument(help="Articles to extract and score (or --bundle).")] = None,
    gold: Annotated[Path | None, typer.Option("--gold", help="A gold file (conflictgraph-gold/1).")] = None,
    re3d: Annotated[Path | None, typer.Option("--re3d", help="re3d-style JSONL: score entity mentions.")] = None,
    bundle_path: Annotated[Path | None, typer.Option("--bundle", help="Score this bundle, not an extraction.")]
    = None,
    geo: Annotated[Path | None, typer.Option("--geo", help="Geocoding gold (TR-News-style JSONL): score places.")]
    = None,
    split: Annotated[str, typer.Option("--split", help="With --geo: dev, test or all articles.")] = "all",
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    bootstrap: Annotated[int, typer.Option(
        "--bootstrap", min=0, help="With --gold: also give 95% intervals from N draws of the gold's documents.")] = 0,
    baseline: Annotated[Path | None, typer.Option(
        "--baseline", help="With --gold: a bundle to compare with, by a paired bootstrap (N of --bootstrap, "
        "else 1000 draws).")] = None,
) -> None:
    """Score extraction against a gold annotation, re3d entity annotations and/or a geocoding gold.

    Example:

        conflictgraph evaluate --gold tests/data/seeds-dev-gold.json examples/seeds

        conflictgraph evaluate --gold tests/data/news-gold/dev.json tests/data/news-gold/articles/dev/*.txt --bootstrap 1000

        conflictgraph evaluate --gold tests/data/news-gold/dev.json --bundle new.json --baseline old.json

        conflictgraph evaluate --geo ../shared/eval/trnews-dev.jsonl --split test
    """
    from . import evaluate as scoring

    if gold is None and re3d is None and geo is None:
        raise typer.BadParameter("give --gold, --re3d, --geo or several")
    if gold is None and (bootstrap or baseline is not None):
        raise typer.BadParameter("--bootstrap and --baseline score against a gold: give --gold")
    check_choice("--format", fmt, ("text", "json"))
    results: dict[str, object] = {}
    try:
        if gold is not None:
            if bundle_path is not None:
                bundle = json.loads(bundle_path.read_text(encoding="utf-8"))
            elif paths:
                bundle = api.extract(paths).to_dict()
            else:
                raise typer.BadParameter("give the articles to extract, or --bundle")
            gold_data = json.loads(gold.read_text(encoding="utf-8"))
            results["gold"] = scoring.score(bundle, gold_data, bootstrap)
            if baseline is not None:
                try:
                    before = json.loads(baseline.read_text(encoding="utf-8"))
                except json.JSONDecodeError as exc:
                    raise ConflictgraphError(f"{baseline}: not JSON ({exc.msg} at line {exc.lineno}); --baseline "
                                             "takes a bundle as extract writes it") from None
                results["compare"] = scoring.compare(before, bundle, gold_data, bootstrap or 1000)
        if re3d is not None:
            documents = scoring.load_re3d(re3d)
            bundle = api.extract([d["text"] for d in documents]).to_dict()
            for document, extracted in zip(documents, bundle["documents"], strict=False):
                for mention in bundle["mentions"]:
                    if mention["document"] == extracted["id"]:
                        mention["document"] = document["id"]
            results["re3d"] = scoring.score_re3d(bundle, documents)
        if geo is not None:
            from .geo_eval import SPLITS, evaluate_geo

            if split not in SPLITS:
                raise typer.BadParameter(f"--split must be one of {', '.join(SPLITS)}, not {split!r}")
            results["geo"] = evaluate_geo(geo, split)
    except (OSError, json.JSONDecodeError, ConflictgraphError) as exc:
        to_stderr(f"error: {exc}")
        raise typer.Exit(1) from None
    if fmt == "json":
        print(json.dumps(results, indent=2))
    else:
        print(_render_scores(results))


@app.command()
def convert(
    bundle_path: Annotated[Path, typer.Argument(help="A bundle (conflictgraph/1 JSON), as extract writes it.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help=f"{', '.join(EXPORTERS)}, or a plugin's format.")
    ] = "json",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here, not to stdout (csv: a directory or a .zip).")
    ] = None,
) -> None:
    """Convert a bundle to a format other tools open: PLOVER JSONL, CSV tables, GeoJSON (QGIS), GraphML (Gephi).

    Example:

        conflictgraph convert seeds.bundle.json --format geojson -o events.geojson

        conflictgraph convert seeds.bundle.json --format csv -o tables/
    """
    from . import exporters

    formats = exporters.available()
    check_choice("--format", fmt, sorted(formats))
    if output is None and formats[fmt].binary:
        raise typer.BadParameter(f"the {fmt} format needs -o (a directory or a {formats[fmt].extension} file)")
    try:
        bundle = Bundle.from_json(bundle_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # ValueError: bad JSON, or a BundleError and its path
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
        if isinstance(exc, json.JSONDecodeError):
            reason = (f"not JSON ({exc.msg} at line {exc.lineno} column {exc.colno}); convert reads a bundle as "
                      "extract writes it: run conflictgraph extract on articles first")
        to_stderr(f"error: {bundle_path}: {reason}")
        raise typer.Exit(1) from None
    try:
        exporters.export(bundle, fmt, output if output is not None else sys.stdout)
    except (OSError, ValueError) as exc:
        to_stderr(f"error: {output or 'stdout'}: {exc}")
        raise typer.Exit(1) from None


@app.command()
def serve(
    db: Annotated[str | None, typer.Option(
        "--db", envvar="CONFLICTGRAPH_DB", show_envvar=True, callback=check_db,
        help="The store: sqlite:///PATH (default ./conflictgraph.db) or postgresql://USER@HOST/DB.")] = None,
    host: Annotated[str, typer.Option("--host", help="Listen here; other than 127.0.0.1, the network can read it.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Listen on this port.")] = 8765,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64,
                                         help="Answer with this many processes (one core each).")] = 1,
) -> None:
    """Open the store in a local, read-only web app: timeline, map, actor network, articles with their evidence.

    Example:

        conflictgraph serve --db sqlite:///conflictgraph.db

    then open http://127.0.0.1:8765/ in a browser.
    """
    from .store import default_url

    try:
        from .web.server import serve as run_server
    except ImportError as exc:  # the web app is the [web] extra
        to_stderr(f'error: the web app needs the web extra ({exc}): pip install "conflictgraph[web]"')
        raise typer.Exit(1) from None
    try:
        run_server(db or default_url(), host=host, port=port, workers=workers)
    except ConflictgraphError as exc:
        to_stderr(f"error: {exc}")
        raise typer.Exit(1) from None


def _render_scores(results: dict[str, object], prefix: str = "") -> str:
    """One line per section: its figures inline, then its sub-sections indented below it."""
    lines = []
    for key, value in results.items():
        if not isinstance(value, dict):
            lines.append(f"{prefix}{key}: {value}")
            continue
        flat = "  ".join(f"{k} {v}" for k, v in value.items() if not isinstance(v, dict))
        lines.append(f"{prefix}{key}:" + (f" {flat}" if flat else ""))
        nested = {k: v for k, v in value.items() if isinstance(v, dict)}
        if nested:
            lines.append(_render_scores(nested, prefix + "  "))
    return "\n".join(lines)


# The store's commands, registered on this app explicitly (a Typer without a name adds its commands).
app.add_typer(cli_store.app)
app.add_typer(cli_brief.app)


def run() -> None:
    app()

if __name__ == "__main__":
    run()
