"""Intervals over documents (``evaluate --bootstrap``) and the paired comparison of two bundles (``--baseline``)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conflictgraph.cli import app
from conflictgraph.evaluate import compare, document_units, intervals, score

TEXT = "Kataib Hezbollah (KH) attacked. KH denied it. Iran backs KH."
DOCS = [f"d{i}" for i in range(10)]


def _mentions(doc):
    return [{"document": doc, "start": TEXT.index(t, s), "end": TEXT.index(t, s) + len(t), "text": t,
             "type": "ORG", "actor": a}
            for t, s, a in [("Kataib Hezbollah", 0, "k"), ("KH", 0, "k"), ("KH", 20, "k"), ("Iran", 0, "i"),
                            ("KH", 50, "k")]]


def _backs(doc, subject="iran", obj="kh"):
    return {"subject": subject, "predicate": "backs", "object": obj, "core": True,
            "evidence": [{"document": doc, "start": 46, "end": 60, "text": "Iran backs KH."}]}


GOLD = {"documents": [{"id": d, "published": "2020-01-01", "duplicates": []} for d in DOCS],
        "actors": [{"id": "kh", "name": "Kataib Hezbollah", "aliases": ["KH"]},
                   {"id": "iran", "name": "Iran", "aliases": []}],
        "relations": [_backs(d) for d in DOCS], "events": [], "claims": []}


def bundle(found):
    """A bundle that states the gold's tie in the first ``found`` documents."""
    return {"documents": [{"id": d, "text": TEXT, "published": "2020-01-01", "duplicates": []} for d in DOCS],
            "actors": [{"id": a, "name": a, "aliases": []} for a in ("k", "i")],
            "mentions": [m for d in DOCS for m in _mentions(d)],
            "relations": [_backs(d, "i", "k") for d in DOCS[:found]], "events": [], "claims": []}


def test_the_interval_holds_the_figure_and_is_the_same_each_run():
    first = score(bundle(6), GOLD, bootstrap=500)["relations"]
    assert first["recall"] == 0.6 and first["precision"] == 1.0
    low, high = first["interval"]["recall"]
    assert low < 0.6 < high
    assert first["interval"]["precision"] == [1.0, 1.0]  # every draw's predictions are right
    assert score(bundle(6), GOLD, bootstrap=500)["relations"]["interval"] == first["interval"]


def test_without_bootstrap_no_interval():
    assert "interval" not in score(bundle(6), GOLD)["relations"]


def test_a_gold_where_every_document_scores_alike_has_no_spread():
    assert score(bundle(10), GOLD, bootstrap=200)["relations"]["interval"]["f1"] == [1.0, 1.0]


def test_a_report_and_its_copies_are_drawn_together():
    copied = {"evidence": [{"document": "d1"}, {"document": "d3"}]}
    units = document_units(DOCS, [copied], [{"evidence": [{"document": "d3"}, {"document": "d7"}]}])
    assert units["d1"] == units["d3"] == units["d7"] == "d1"
    assert units["d2"] == "d2"


def test_intervals_count_pairs_under_their_unit():
    counts = {"a": [1, 1, 1, 1], "b": [0, 1, 1, 0]}
    result = intervals(counts, ["a", "b"], 400, full_field=True)
    assert result["precision"][0] == 0.0 and result["precision"][1] == 1.0
    assert set(result) == {"precision", "recall", "f1", "full_field_f1"}


def test_compare_a_bundle_with_itself_finds_no_difference():
    result = compare(bundle(6), bundle(6), GOLD, samples=300)["relations"]
    assert result["difference"] == 0.0 and result["interval"] == [0.0, 0.0] and result["share_better"] == 0.0


@pytest.mark.parametrize("before, after, ahead", [(4, 9, True), (9, 4, False)])
def test_compare_tells_which_bundle_is_ahead(before, after, ahead):
    result = compare(bundle(before), bundle(after), GOLD, samples=300)["relations"]
    low, high = result["interval"]
    assert (result["difference"] > 0) is ahead
    assert (low > 0) if ahead else (high < 0)  # five documents apart of ten: more than the draw explains
    assert result["share_better"] == (1.0 if ahead else 0.0)


def test_cli_compares_with_a_baseline(tmp_path):
    gold, new, old = tmp_path / "gold.json", tmp_path / "new.json", tmp_path / "old.json"
    gold.write_text(json.dumps(GOLD))
    new.write_text(json.dumps(bundle(9)))
    old.write_text(json.dumps(bundle(4)))
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(gold), "--bundle", str(new), "--baseline", str(old),
                                      "--bootstrap", "200", "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    relations = out["compare"]["relations"]
    assert abs(relations["f1"] - relations["baseline"] - relations["difference"]) < 1e-4
    assert relations["f1"] == out["gold"]["relations"]["f1"] and relations["difference"] > 0
    assert "interval" in out["gold"]["relations"]


def test_cli_names_a_baseline_that_is_not_json(tmp_path):
    gold, new, old = tmp_path / "gold.json", tmp_path / "new.json", tmp_path / "old.json"
    gold.write_text(json.dumps(GOLD))
    new.write_text(json.dumps(bundle(9)))
    old.write_text("not json")
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(gold), "--bundle", str(new), "--baseline", str(old)])
    assert result.exit_code == 1
    assert str(old) in result.stderr and "not JSON" in result.stderr


def test_cli_bootstrap_needs_a_gold(tmp_path):
    result = CliRunner().invoke(app, ["evaluate", "--geo", str(tmp_path / "x.jsonl"), "--bootstrap", "10"])
    assert result.exit_code == 2
