"""The store's commands: ingest, export, events, actors, claims and search, through the command line."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from support import SEEDS
from typer.testing import CliRunner

from conflictgraph.cli import app
from conflictgraph.model import Bundle
from conflictgraph.store import Store

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'store.db'}"
    result = runner.invoke(app, ["ingest", str(SEEDS), "--db", url])
    assert result.exit_code == 0, result.output
    assert "5 added, 0 skipped (already stored), 0 failed" in result.stderr
    return url


def test_ingest_again_skips_everything(db):
    result = runner.invoke(app, ["ingest", str(SEEDS), "--db", db])
    assert result.exit_code == 0 and "0 added, 5 skipped" in result.stderr


def test_ingest_reports_a_bad_input_in_one_line_and_exits_1(db, tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00binary")
    result = runner.invoke(app, ["ingest", str(tmp_path / "bad.txt"), str(SEEDS), "--db", db, "--quiet"])
    assert result.exit_code == 1
    [line] = [x for x in result.stderr.splitlines() if x.startswith("error:")]
    assert "bad.txt" in line
    with Store.open(db) as store:
        assert store.counts()["documents"] == 5


def test_a_store_that_cannot_be_opened_exits_1(tmp_path):
    result = runner.invoke(app, ["events", "--db", f"sqlite:///{tmp_path}/no/such/dir/x.db"])
    assert result.exit_code == 1 and result.stderr.startswith("error: ") and "does not exist" in result.stderr


def test_the_store_comes_from_the_environment(db):
    result = runner.invoke(app, ["actors", "--format", "json"], env={"CONFLICTGRAPH_DB": db})
    assert result.exit_code == 0 and len(json.loads(result.stdout)) > 40


def test_export_json_is_the_stores_bundle(db):
    result = runner.invoke(app, ["export", "--db", db])
    assert result.exit_code == 0
    with Store.open(db) as store:
        assert Bundle.from_json(result.stdout).to_json() == store.bundle().to_json()


def test_export_filters(db):
    result = runner.invoke(app, ["export", "--db", db, "--type", "ASSAULT", "--since", "2020-01-01"])
    data = json.loads(result.stdout)
    assert data["events"] and all(e["type"] == "ASSAULT" and e["date"] >= "2020" for e in data["events"])


def test_export_csv_geojson_graphml_open_in_their_readers(db, tmp_path):
    assert runner.invoke(app, ["export", "--db", db, "--format", "csv", "-o", str(tmp_path / "t")]).exit_code == 0
    with open(tmp_path / "t" / "events.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and {"n_documents", "n_sources"} <= set(rows[0])
    geojson = json.loads(runner.invoke(app, ["export", "--db", db, "--format", "geojson"]).stdout)
    assert geojson["type"] == "FeatureCollection" and geojson["features"]
    for feature in geojson["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    graphml = runner.invoke(app, ["export", "--db", db, "--format", "graphml"]).stdout_bytes
    graph = nx.read_graphml(io.BytesIO(graphml))
    assert graph.number_of_nodes() > 10 and graph.number_of_edges() > 10


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_events_in_each_format(db, fmt):
    result = runner.invoke(app, ["events", "--db", db, "--type", "ASSAULT", "--place", "IRQ", "--format", fmt])
    assert result.exit_code == 0
    if fmt == "json":
        events = json.loads(result.stdout)
        assert events and all(e["type"] == "ASSAULT" and e["location_country"] == "IRQ" for e in events)
        assert all(e["n_sources"] <= e["n_documents"] for e in events)
    elif fmt == "csv":
        assert next(csv.reader(io.StringIO(result.stdout)))[:3] == ["id", "type", "mode"]
    else:
        assert "ASSAULT" in result.stdout and "toll" in result.stdout
        wide = runner.invoke(app, ["events", "--db", db, "--type", "ASSAULT", "--wide"])
        assert "sources" in wide.stdout and "sentence" in wide.stdout


def test_actors_claims_and_search(db):
    actors = json.loads(runner.invoke(app, ["actors", "--db", db, "--text", "hezbollah", "-f", "json"]).stdout)
    assert "kataib-hezbollah" in {a["id"] for a in actors}
    claims = json.loads(runner.invoke(app, ["claims", "--db", db, "--actor", "Caggins", "-f", "json"]).stdout)
    assert claims and all(c["speaker"] == "myles-caggins" for c in claims)
    hits = json.loads(runner.invoke(app, ["search", "ballistic missiles", "--db", db, "-f", "json"]).stdout)
    assert hits and all("ballistic missiles" in h["sentence"].lower() for h in hits)


def test_bad_format_is_bad_usage(db):
    assert runner.invoke(app, ["events", "--db", db, "--format", "xml"]).exit_code == 2
