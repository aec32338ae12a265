"""Exporters: each format read back with the library its users open it with; plugins; the convert command."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
import zipfile
from importlib.metadata import EntryPoint

import networkx as nx
import pytest
from typer.testing import CliRunner

from conflictgraph import exporters
from conflictgraph.cli import app
from conflictgraph.model import Actor, Bundle, Claim, Document, Event, Evidence, Location, Mention, Relation

runner = CliRunner()
TABLES = ("documents", "actors", "relations", "events", "claims")


@pytest.fixture
def bundle() -> Bundle:
    a = "Iran backs Kataib Hezbollah. Rockets hit K-1 near Kirkuk, killing a US contractor."
    b = "Kataib Hezbollah fired rockets at K-1 air base. \"We will respond,\" the Pentagon said."
    rockets_a = Evidence("doc-a", 29, len(a), a[29:])
    rockets_b = Evidence("doc-b", 0, 47, b[:47])
    return Bundle(
        documents=[
            Document("doc-a", "a.txt", a, title="Rocket attack", outlet="Rudaw", published="2019-12-28",
                     published_basis="metadata"),
            Document("doc-b", "https://example.org/b", b, published="2019-12-28"),
        ],
        actors=[
            Actor("iran", "Iran", "state", ["Islamic Republic of Iran"], "IRN", "Q794"),
            Actor("kataib-hezbollah", "Kataib Hezbollah", "armed_group", ["KH", "Kata'ib Hezbollah"],
                  "IRQ", "Q1739104"),
            Actor("us-dod", "United States Department of Defense", "government", ["Pentagon"], "USA", "Q11209"),
        ],
        mentions=[
            Mention("doc-a", 0, 4, "Iran", "GPE", actor="iran"),
            Mention("doc-a", 11, 27, "Kataib Hezbollah", "ORG", actor="kataib-hezbollah"),
            Mention("doc-b", 0, 16, "Kataib Hezbollah", "ORG", actor="kataib-hezbollah"),
        ],
        relations=[Relation("iran", "backs", "kataib-hezbollah", [Evidence("doc-a", 0, 28, a[:28])])],
        events=[
            Event("e1", "ASSAULT", "explosives", "kataib-hezbollah", "us-dod", "2019-12-27",
                  Location("Kirkuk", "IRQ", 35.4681, 44.3922, 94787), 1, None, [rockets_a, rockets_b]),
            Event("e2", "THREATEN", None, "us-dod", "kataib-hezbollah", "2019-12-28", None, None, None,
                  [Evidence("doc-b", 48, len(b), b[48:])]),
        ],
        claims=[Claim("us-dod", "the Pentagon", "We will respond", "quote", [Evidence("doc-b", 48, len(b), b[48:])])],
    )


def render(bundle: Bundle, fmt: str) -> bytes:
    out = io.BytesIO()
    exporters.export(bundle, fmt, out)
    return out.getvalue()


def test_json_round_trips(bundle):
    data = json.loads(render(bundle, "json"))
    assert data["format"] == "conflictgraph/1"
    assert Bundle.from_dict(data) == bundle


def test_plover_one_record_per_line_with_plover_field_names(bundle):
    records = [json.loads(line) for line in render(bundle, "plover").decode("utf-8").splitlines()]
    assert [r["id"] for r in records] == ["e1", "e2"]
    attack = records[0]
    assert attack["event"] == ["ASSAULT"] and attack["mode"] == ["explosives"] and attack["quad_code"] == 4
    assert attack["date"] == "2019-12-27" and attack["enddate"] is None and attack["date_precision"] == "day"
    assert attack["actor"][0]["code"] == "IRQ" and attack["actor"][0]["identifier_id"] == "Q1739104"
    assert attack["actor"][0]["entity_text"] == "Kataib Hezbollah"
    assert attack["recipient"][0]["sector"] == "GOV" and attack["recipient"][0]["entity_text"] == attack[
        "recipient"][0]["identifier_text"] == "United States Department of Defense"
    assert attack["dead"] == 1 and attack["injured"] is None
    loc = attack["event_loc"]
    assert (loc["resolved_place"], loc["geonameid"], loc["lat"], loc["lon"], loc["country_code"]) == (
        "Kirkuk", 94787, 35.4681, 44.3922, "IRQ")
    assert [c["citation"] for c in attack["cite_info"]] == ["doc-a", "doc-b"]
    assert attack["event_text"][0].startswith("Rockets hit K-1")
    assert records[1]["event_loc"] is None and records[1]["quad_code"] == 3


def read_tables(archive: bytes) -> dict[str, list[dict[str, str]]]:
    with zipfile.ZipFile(io.BytesIO(archive)) as zipped:
        assert sorted(zipped.namelist()) == sorted(f"{t}.csv" for t in TABLES)
        return {t: list(csv.DictReader(io.StringIO(zipped.read(f"{t}.csv").decode("utf-8"), newline="")))
                for t in TABLES}


def test_csv_zip_tables_are_flat(bundle):
    tables = read_tables(render(bundle, "csv"))
    assert [len(tables[t]) for t in TABLES] == [2, 3, 1, 2, 1]
    attack, threat = tables["events"]
    assert attack["location_name"] == "Kirkuk" and attack["location_lat"] == "35.4681"
    assert attack["location_lon"] == "44.3922" and attack["location_geonames_id"] == "94787"
    assert attack["n_evidence"] == "2" and attack["n_documents"] == "2"
    assert attack["evidence_documents"] == "doc-a; doc-b" and attack["source_name"] == "Kataib Hezbollah"
    assert threat["location_name"] == "" and threat["fatalities"] == ""
    kh = tables["actors"][1]
    assert kh["aliases"] == "KH; Kata'ib Hezbollah" and kh["n_mentions"] == "2"
    assert tables["relations"][0]["n_documents"] == "1" and tables["claims"][0]["speaker_name"].startswith("United")
    assert tables["documents"][0]["outlet"] == "Rudaw"


def test_csv_to_a_directory(bundle, tmp_path):
    exporters.export(bundle, "csv", tmp_path / "tables")
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == sorted(f"{t}.csv" for t in TABLES)
    with open(tmp_path / "tables" / "events.csv", encoding="utf-8", newline="") as f:
        assert [row["id"] for row in csv.DictReader(f)] == ["e1", "e2"]
    with pytest.raises(ValueError, match="directory or a .zip"):
        exporters.export(bundle, "csv", tmp_path / "events.csv")


def test_geojson_has_located_events_lon_first(bundle):
    collection = json.loads(render(bundle, "geojson"))
    assert collection["type"] == "FeatureCollection"
    [feature] = collection["features"]
    assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
    assert feature["geometry"]["coordinates"] == [44.3922, 35.4681]
    properties = feature["properties"]
    assert properties["id"] == "e1" and properties["target_name"] == "United States Department of Defense"
    assert properties["n_documents"] == 2 and properties["location_country"] == "IRQ"


def test_graphml_opens_in_networkx(bundle):
    graph = nx.read_graphml(io.BytesIO(render(bundle, "graphml")))
    assert graph.is_directed()
    assert set(graph.nodes) == {"iran", "kataib-hezbollah", "us-dod"}
    assert graph.nodes["kataib-hezbollah"]["name"] == "Kataib Hezbollah"
    assert graph.nodes["kataib-hezbollah"]["n_mentions"] == 2 and graph.nodes["iran"]["wikidata"] == "Q794"
    edges = {(s, t, d["label"]): d for s, t, d in graph.edges(data=True)}
    assert edges[("iran", "kataib-hezbollah", "backs")]["n_evidence"] == 1
    assert edges[("kataib-hezbollah", "us-dod", "ASSAULT")]["weight"] == 1.0
    assert edges[("us-dod", "kataib-hezbollah", "THREATEN")]["edge_kind"] == "event"


def test_graphml_labels_for_gephi_and_cytoscape(bundle):
    """Gephi takes a node's and an edge's label from the key named ``label`` and an edge's weight from ``weight``;
    Cytoscape shows ``name`` and ``interaction``."""
    data = render(bundle, "graphml")
    root = ET.fromstring(data)
    keys = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in root.iter(f"{{{exporters.GRAPHML}}}key")}
    assert keys[("node", "label")] == keys[("edge", "label")] == "string" and keys[("edge", "weight")] == "double"
    graph = nx.read_graphml(io.BytesIO(data))
    for node, attributes in graph.nodes(data=True):
        assert attributes["label"] == attributes["name"] != node  # the actor's name, never its slug
    assert graph.nodes["us-dod"]["label"] == "United States Department of Defense"
    for _, _, attributes in graph.edges(data=True):
        assert attributes["label"] == attributes["interaction"] and isinstance(attributes["weight"], float)


def test_event_dyads_are_aggregated(bundle):
    bundle.events.append(Event("e3", "ASSAULT", None, "kataib-hezbollah", "us-dod"))
    graph = nx.read_graphml(io.BytesIO(render(bundle, "graphml")))
    [weight] = [d["weight"] for s, t, d in graph.edges(data=True) if d["label"] == "ASSAULT"]
    assert weight == 2.0


def joint_bundle(bundle: Bundle) -> Bundle:
    """The fixture with a joint event: Iran and Kataib Hezbollah attacking the Pentagon's people (PLOVER's
    compound actor, a list)."""
    joint = Event("e3", "ASSAULT", None, None, None, "2019-12-29", Location("Kirkuk", "IRQ", 35.4681, 44.3922),
                  evidence=[bundle.events[0].evidence[0]])
    joint.set_actors("source", ["iran", "kataib-hezbollah"])
    joint.set_actors("target", ["us-dod"])
    bundle.events.append(joint)
    return bundle


def test_a_joint_event_exports_every_actor(bundle):
    """PLOVER's actor and recipient are lists (Compound and Reciprocal Actors): the PLOVER record lists both
    actors; the CSV and GeoJSON give every actor of the role beside the first; the network has an edge from each
    source."""
    joint_bundle(bundle)
    records = [json.loads(line) for line in render(bundle, "plover").decode("utf-8").splitlines()]
    record = next(r for r in records if r["id"] == "e3")
    assert [a["entity_text"] for a in record["actor"]] == ["Iran", "Kataib Hezbollah"]
    assert [a["entity_text"] for a in record["recipient"]] == ["United States Department of Defense"]
    with zipfile.ZipFile(io.BytesIO(render(bundle, "csv"))) as archive:
        rows = list(csv.DictReader(io.StringIO(archive.read("events.csv").decode("utf-8"))))
    row = next(r for r in rows if r["id"] == "e3")
    assert row["source"] == "iran" and row["sources"] == "iran; kataib-hezbollah" and row["targets"] == "us-dod"
    assert next(r for r in rows if r["id"] == "e2")["sources"] == "us-dod"
    features = json.loads(render(bundle, "geojson"))["features"]
    properties = next(f["properties"] for f in features if f["id"] == "e3")
    assert properties["sources"] == ["iran", "kataib-hezbollah"] and properties["targets"] == ["us-dod"]
    graph = nx.read_graphml(io.BytesIO(render(bundle, "graphml")))
    weights = {(s, t): d["weight"] for s, t, d in graph.edges(data=True) if d["label"] == "ASSAULT"}
    assert weights == {("kataib-hezbollah", "us-dod"): 2.0, ("iran", "us-dod"): 1.0}
    frame = bundle.to_frames()["events"]
    assert list(frame.loc[frame["id"] == "e3", "sources"]) == ["iran; kataib-hezbollah"]


def test_a_third_party_exporter_is_listed_and_used(bundle, monkeypatch):
    monkeypatch.setattr(exporters, "EXPORTERS", dict(exporters.EXPORTERS))

    def write_names(b: Bundle, out) -> None:
        out.write("\n".join(a.name for a in b.actors).encode("utf-8"))

    exporters.register_exporter("names", write_names, extension=".txt", media_type="text/plain",
                                description="Actor names.")
    assert "names" in exporters.available()
    assert render(bundle, "names").decode("utf-8").splitlines()[0] == "Iran"
    with pytest.raises(ValueError, match="already registered"):
        exporters.register_exporter("names", write_names)
    with pytest.raises(ValueError, match="unknown export format"):
        render(bundle, "nope")


def test_entry_point_plugins_are_loaded_lazily(bundle, monkeypatch, tmp_path):
    (tmp_path / "cg_plugin_demo.py").write_text(
        "from conflictgraph.exporters import exporter\n"
        "@exporter('count', extension='.txt', media_type='text/plain', description='How many events.')\n"
        "def write(bundle, out):\n"
        "    out.write(str(len(bundle.events)).encode())\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(exporters, "EXPORTERS", dict(exporters.EXPORTERS))
    monkeypatch.setattr(exporters, "_plugins_loaded", False)
    point = EntryPoint("count", "cg_plugin_demo", exporters.ENTRY_POINT_GROUP)
    monkeypatch.setattr(exporters, "entry_points", lambda group: [point] if group == point.group else [])
    assert "count" not in exporters.EXPORTERS
    assert exporters.available()["count"].description == "How many events."
    assert render(bundle, "count") == b"2"


def test_text_streams_take_text_formats_only(bundle):
    text = io.StringIO()
    exporters.export(bundle, "plover", text)
    assert text.getvalue().count("\n") == 2
    with pytest.raises(ValueError, match="binary"):
        exporters.export(bundle, "csv", io.StringIO())


@pytest.fixture
def bundle_file(bundle, tmp_path):
    path = tmp_path / "bundle.json"
    path.write_text(bundle.to_json(), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["json", "plover", "geojson", "graphml"])
def test_convert_prints_to_stdout(bundle_file, fmt):
    result = runner.invoke(app, ["convert", str(bundle_file), "--format", fmt])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip()
    if fmt in ("json", "geojson"):
        json.loads(result.stdout)


def test_convert_csv_needs_an_output(bundle_file, tmp_path):
    assert runner.invoke(app, ["convert", str(bundle_file), "--format", "csv"]).exit_code == 2
    result = runner.invoke(app, ["convert", str(bundle_file), "--format", "csv", "-o", str(tmp_path / "t.zip")])
    assert result.exit_code == 0, result.stderr
    assert read_tables((tmp_path / "t.zip").read_bytes())["events"][0]["id"] == "e1"


def test_convert_unknown_format_is_bad_usage(bundle_file):
    assert runner.invoke(app, ["convert", str(bundle_file), "--format", "xlsx"]).exit_code == 2


@pytest.mark.parametrize(
    "content", [None, "{not json", "[]", '{"format": "other/1"}', '{"format": "conflictgraph/1"}',
                '{"format": "conflictgraph/1", "documents": [1], "mentions": []}'],
)
def test_convert_bad_bundle_is_one_error_line(tmp_path, content):
    path = tmp_path / "bad.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["convert", str(path), "--format", "geojson"])
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith("error: ") and "bad.json" in line
    assert result.stdout == ""
