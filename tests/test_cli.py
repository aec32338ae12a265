"""The command line: help with an example on every command, exit codes, errors on stderr, data on stdout."""

from __future__ import annotations

import json

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from conflictgraph.cli import app

runner = CliRunner()


def commands():
    return sorted(get_command(app).commands)


@pytest.mark.parametrize("name", commands())
def test_every_command_has_help_with_an_example(name):
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
    assert "conflictgraph " + name in result.output


def test_no_arguments_shows_help():
    result = runner.invoke(app, [])
    assert "extract" in result.output


def test_bad_usage_exits_2(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path), "--published", "last tuesday"])
    assert result.exit_code == 2


def test_bad_inputs_are_reported_and_the_rest_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Iran-backed militias fired rockets at a US base in Iraq on Tuesday.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9")
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(app, ["extract", str(tmp_path), str(tmp_path / "missing.txt"), "--quiet"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert any("bad.txt" in e and "UTF-8" in e for e in errors)
    assert any("empty.txt" in e and "empty file" in e for e in errors)
    assert any("missing.txt" in e and "no such file" in e for e in errors)
    bundle = json.loads(result.stdout)
    assert [d["id"] for d in bundle["documents"]] == ["good"]


def test_output_file_and_summary(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Kataib Hezbollah threatened US troops in Baghdad.", encoding="utf-8")
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["extract", str(article), "-o", str(out), "--published", "2020-01-02"])
    assert result.exit_code == 0, result.stderr
    assert "conflictgraph: 1 document, " in result.stderr
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert bundle["documents"][0]["published"] == "2020-01-02"
    assert result.stdout == ""
