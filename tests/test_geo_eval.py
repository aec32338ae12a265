"""Geocoding scores: span matching, the 161 km and GeoNames-id shares, the dev/test split and bad gold files."""

from __future__ import annotations

import json

import pytest
from support import SHARED
from typer.testing import CliRunner

from conflictgraph.cli import app
from conflictgraph.errors import InputError
from conflictgraph.geo_eval import load_geo_gold, score_geo, select, split_of

TEXT = "Police in Tripoli said Turkish forces reached Aleppo."
GOLD = [{"id": "a1", "text": TEXT, "toponyms": [
    {"start": 10, "end": 17, "text": "Tripoli", "geonames_id": 266826, "lat": 34.43352, "lon": 35.84415},
    {"start": 23, "end": 30, "text": "Turkish", "geonames_id": 298795, "lat": 39.0, "lon": 35.0},
    {"start": 46, "end": 52, "text": "Aleppo", "geonames_id": 170063, "lat": 36.20124, "lon": 37.16117},
]}]


def mention(start, end, kind, geo):
    return {"document": "d1", "start": start, "end": end, "text": TEXT[start:end], "type": kind, "geo": geo}


def test_found_placed_and_misplaced_toponyms():
    libya = {"name": "Tripoli", "lat": 32.88743, "lon": 13.18733, "geonames_id": 2210247}
    aleppo = {"name": "Aleppo", "lat": 36.2, "lon": 37.2, "geonames_id": 170063}
    bundle = {"documents": [{"id": "d1"}], "mentions": [
        mention(10, 17, "GPE", libya), mention(46, 52, "GPE", aleppo), mention(0, 6, "LOC", None),
        mention(23, 30, "NORP", None),  # a demonym without a point is no predicted toponym
    ]}
    result = score_geo(bundle, GOLD)
    assert (result["toponyms"], result["predicted"], result["found"]) == (3, 3, 2)
    assert result["precision"] == pytest.approx(2 / 3, abs=1e-4) and result["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["accuracy_161km"] == 0.5 and result["geonames_id_accuracy"] == 0.5
    assert 950 < result["mean_error_km"] < 1150  # Tripoli, Libya is ~2,100 km from Lebanon's; Aleppo ~4 km off


def test_a_found_toponym_without_a_point_is_wrong():
    bundle = {"documents": [{"id": "d1"}], "mentions": [mention(10, 17, "GPE", None)]}
    result = score_geo(bundle, GOLD)
    assert result["found"] == 1 and result["accuracy_161km"] == 0.0 and result["mean_error_km"] == 0.0


def test_split_is_fixed_and_about_a_quarter():
    ids = [f"trnews_{i}" for i in range(400)]
    assert [split_of(i) for i in ids] == [split_of(i) for i in ids]
    share = sum(split_of(i) == "test" for i in ids) / len(ids)
    assert 0.18 < share < 0.32
    articles = [{"id": i} for i in ids]
    assert len(select(articles, "dev")) + len(select(articles, "test")) == len(select(articles, "all")) == 400
    with pytest.raises(ValueError, match="split must be one of"):
        select(articles, "train")


def test_bad_gold_line_names_file_and_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD[0]) + "\n" + '{"id": "x", "text": "t", "toponyms": [{"start": 0}]}\n')
    with pytest.raises(InputError, match=r"gold\.jsonl: line 2 is not a geocoding gold article"):
        load_geo_gold(path)


def test_trnews_split_sizes():
    articles = load_geo_gold(SHARED / "eval" / "trnews-dev.jsonl")
    assert len(select(articles, "test")) == 21 and len(select(articles, "dev")) == 97


def test_cli_evaluate_geo(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD[0]) + "\n")
    result = CliRunner().invoke(app, ["evaluate", "--geo", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    geo = json.loads(result.stdout)["geo"]
    assert geo["toponyms"] == 3 and geo["split"] == "all" and 0 <= geo["accuracy_161km"] <= 1
    bad = CliRunner().invoke(app, ["evaluate", "--geo", str(path), "--split", "train"])
    assert bad.exit_code != 0
