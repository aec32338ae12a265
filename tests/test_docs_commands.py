"""Every command line the docs show (in ```sh blocks of README.md and docs/*.md) parses: run with --help."""

from __future__ import annotations

import re
import shlex

import pytest
from support import ROOT
from typer.testing import CliRunner

from conflictgraph.cli import app

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
PROGRAM = re.compile(r"^(?:\S*/)?conflictgraph$")  # conflictgraph, .venv/bin/conflictgraph


def command_lines() -> list[tuple[str, str]]:
    """(file, command line) for each conflictgraph command in the docs' sh blocks."""
    found = []
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        for block in re.findall(r"^```sh\n(.*?)^```", text, flags=re.M | re.S):
            for line in block.replace("\\\n", " ").splitlines():
                for part in re.split(r"&&|;|\|", line):
                    try:
                        words = shlex.split(part, comments=True)
                    except ValueError:
                        continue
                    if words and PROGRAM.match(words[0]):
                        found.append((path.name, part.strip()))
    return found


COMMANDS = command_lines()


def test_the_docs_show_commands():
    assert len(COMMANDS) >= 25
    shown = {shlex.split(line, comments=True)[1] for _, line in COMMANDS if len(shlex.split(line, comments=True)) > 1}
    assert {"extract", "convert", "ingest", "events", "claims", "search", "export", "serve", "evaluate"} <= shown


@pytest.mark.parametrize("where, line", COMMANDS, ids=[f"{w}: {c[:60]}" for w, c in COMMANDS])
def test_every_documented_command_line_parses(where, line):
    words = shlex.split(line, comments=True)[1:]
    for i, word in enumerate(words):  # a redirection ends the command's own arguments
        if word.startswith((">", "<", "2>")):
            words = words[:i]
            break
    result = CliRunner().invoke(app, [*words, "--help"], prog_name="conflictgraph")
    assert result.exit_code == 0, f"{where}: `{line}` does not parse:\n{result.output}"
    assert "Usage: conflictgraph" in result.stdout
