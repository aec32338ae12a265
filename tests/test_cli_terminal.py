"""The query commands in a terminal: tables that fit its width, clean help, plurals, hints when nothing matches."""

from __future__ import annotations

import csv
import io
import re

import pytest
from support import ROOT
from typer.testing import CliRunner

from conflictgraph.cli import app
from conflictgraph.model import Bundle
from conflictgraph.store import Store

runner = CliRunner()
GOLDEN = ROOT / "tests" / "golden" / "seeds.bundle.json"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('terminal') / 'store.db'}"
    with Store.open(url) as store, store.batch() as writer:
        writer.add(Bundle.from_json(GOLDEN.read_text(encoding="utf-8")))
    return url


def run(*args: str, columns: int = 80):
    result = runner.invoke(app, list(args), env={"COLUMNS": str(columns)}, prog_name="conflictgraph")
    assert result.exit_code == 0, result.output
    return result


def table_rows(text: str) -> tuple[list[str], list[list[str]]]:
    """A table's header and its rows, each cell's wrapped lines joined: rows are separated by ─┼─ lines."""
    lines = [line for line in text.splitlines() if "│" in line or "┼" in line]
    blocks: list[list[str]] = [[]]
    for line in lines:
        if "┼" in line:
            blocks.append([])
        else:
            blocks[-1].append(line)
    cells = [[" ".join(parts).split() for parts in zip(*(line.split("│") for line in block), strict=True)]
             for block in blocks if block]
    joined = [[" ".join(words) for words in row] for row in cells]
    return joined[0], joined[1:]


def squash(value: str) -> str:
    return re.sub(r"\s+", "", value)


def test_events_at_80_columns_show_every_key_field_in_full(db):
    table = run("events", "--db", db).stdout
    assert all(len(line) <= 80 for line in table.splitlines())
    header, rows = table_rows(table)
    assert header == ["date", "type", "source", "target", "place", "toll"]
    records = list(csv.DictReader(io.StringIO(run("events", "--db", db, "--format", "csv").stdout)))
    assert len(rows) == len(records) > 20
    for row, record in zip(rows, records, strict=True):
        tolls = (("fatalities", "killed"), ("injuries", "injured"))
        toll = " ".join(f"{record[k] if record[k] != '0' else 'none'} {w}" for k, w in tolls if record[k])
        want = [record["date"], record["type"], record["source_name"], record["target_name"],
                record["location_name"], toll]
        assert [squash(x) for x in row] == [squash(x) for x in want]


@pytest.mark.parametrize("command", ["events", "actors", "claims"])
@pytest.mark.parametrize("columns", [60, 80, 120, 200])
def test_tables_fit_the_width_they_are_given(db, command, columns):
    table = run(command, "--db", db, "--limit", "15", columns=columns).stdout
    assert max(len(line) for line in table.splitlines()) <= columns


def test_wide_shows_every_column_and_csv_json_are_unchanged(db):
    header, _ = table_rows(run("events", "--db", db, "--wide", "--limit", "3", columns=200).stdout)
    assert header == ["date", "type", "mode", "source", "target", "place", "killed", "injured", "docs", "sources",
                      "sentence"]
    head = run("events", "--db", db, "--format", "csv").stdout.splitlines()[0]
    assert head.startswith("id,type,mode,date,date_precision,source,source_name") and "toll" not in head


def test_titles_and_summaries_use_the_right_plural(db):
    assert run("events", "--db", db, "--limit", "1").stdout.splitlines()[0].strip() == "1 event"
    assert run("actors", "--db", db, "--limit", "2").stdout.splitlines()[0].strip() == "2 actors"


def test_a_filter_that_matches_nothing_gives_a_hint(db):
    result = run("events", "--db", db, "--actor", "Kataib Hezbolah")
    assert result.stdout.strip() == "0 events"
    assert "no events match" in result.stderr and "the closest: Kataib Hezbollah" in result.stderr
    # A type that does not exist is bad usage (exit 2), checked before the store is read; the line lists the types.
    result = runner.invoke(app, ["events", "--db", db, "--type", "BOMBING"], env={"COLUMNS": "80"},
                           prog_name="conflictgraph")
    assert result.exit_code == 2
    assert "'BOMBING' is not a PLOVER event type" in result.stderr and "ASSAULT" in result.stderr


@pytest.mark.parametrize("command", ["extract", "evaluate", "convert", "serve", "ingest", "export", "events",
                                     "actors", "claims", "search"])
def test_help_has_clean_usage_and_value_names(command):
    text = run(command, "--help", columns=100).stdout
    assert not re.search(r"\{\w+\}|<[\w\[\] ]+>", text), text
    usage = text.splitlines()[0]
    assert usage.startswith(f"Usage: conflictgraph {command} [OPTIONS]")


def test_search_limit_is_described():
    assert "At most this many sentences" in run("search", "--help", columns=100).stdout


def test_a_pdf_is_named_as_such(tmp_path):
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    result = runner.invoke(app, ["extract", str(tmp_path / "report.pdf"), "-o", str(tmp_path / "out.json")])
    assert result.exit_code == 1
    assert "report.pdf: a PDF, not a text article" in result.stderr and "pdftotext" in result.stderr
    assert not (tmp_path / "out.json").exists()  # nothing extracted: no empty bundle left behind
    assert "nothing was extracted" in result.stderr


def test_convert_names_a_file_that_is_not_json(tmp_path):
    (tmp_path / "article.txt").write_text("Rockets hit the base.\n", encoding="utf-8")
    result = runner.invoke(app, ["convert", str(tmp_path / "article.txt")])
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"error: {tmp_path / 'article.txt'}: not JSON") and "extract" in line


def test_serve_on_a_taken_port_is_one_error_line(tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(app, ["serve", "--db", f"sqlite:///{tmp_path / 's.db'}", "--port", str(port)])
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"error: cannot listen on 127.0.0.1:{port}") and "--port" in line
