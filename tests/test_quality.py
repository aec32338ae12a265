"""The quality gate: accuracy on the development gold, on re3d-dev, on the news gold's TEST split and on TR-News's
held-out split (geocoding) must not fall below the floors.

Floors live in tests/floors.json; a change that earns a higher figure raises its floor in the same commit.
"""

from __future__ import annotations

import json

import pytest
from support import ROOT, SHARED

from conflictgraph.evaluate import load_re3d, score, score_re3d

FLOORS = json.loads((ROOT / "tests" / "floors.json").read_text(encoding="utf-8"))
EPSILON = 0.005


def lookup(results, dotted):
    for part in dotted.split("."):
        results = results[part]
    return results


@pytest.fixture(scope="module")
def gold_scores(seeds_bundle_dict, gold):
    return score(seeds_bundle_dict, gold)


@pytest.fixture(scope="module")
def news_test_scores():
    """The news gold's TEST split (tests/data/news-gold/, docs/annotation.md): measured, never tuned on."""
    from conflictgraph import extract

    folder = ROOT / "tests" / "data" / "news-gold"
    gold = json.loads((folder / "test.json").read_text(encoding="utf-8"))
    return score(extract([folder / "articles" / "test"]).to_dict(), gold)


@pytest.fixture(scope="module")
def re3d_scores():
    from conflictgraph import extract

    documents = load_re3d(ROOT / "tests" / "data" / "re3d-dev.jsonl")
    bundle = extract([d["text"] for d in documents]).to_dict()
    ids = {extracted["id"]: d["id"] for d, extracted in zip(documents, bundle["documents"], strict=False)}
    for mention in bundle["mentions"]:
        mention["document"] = ids[mention["document"]]
    return score_re3d(bundle, documents)


@pytest.mark.parametrize("metric", sorted(FLOORS["seeds-dev-gold"]))
def test_dev_gold_floor(gold_scores, metric):
    floor, value = FLOORS["seeds-dev-gold"][metric], lookup(gold_scores, metric)
    assert value >= floor - EPSILON, f"seeds-dev-gold {metric} fell to {value:.4f}, below its floor {floor}"


@pytest.mark.parametrize("metric", sorted(FLOORS["re3d-dev"]))
def test_re3d_floor(re3d_scores, metric):
    floor, value = FLOORS["re3d-dev"][metric], lookup(re3d_scores, metric)
    assert value >= floor - EPSILON, f"re3d-dev {metric} fell to {value:.4f}, below its floor {floor}"


@pytest.mark.parametrize("metric", sorted(FLOORS["news-gold-test"]))
def test_news_gold_test_floor(news_test_scores, metric):
    floor, value = FLOORS["news-gold-test"][metric], lookup(news_test_scores, metric)
    assert value >= floor - EPSILON, f"news-gold-test {metric} fell to {value:.4f}, below its floor {floor}"


@pytest.fixture(scope="module")
def geo_scores():
    from conflictgraph.geo_eval import evaluate_geo

    # The test split: place resolution is tuned on the dev split only (docs/evaluation.md).
    return evaluate_geo(SHARED / "eval" / "trnews-dev.jsonl", "test")


@pytest.mark.parametrize("metric", sorted(FLOORS["trnews-test"]))
def test_geocoding_floor(geo_scores, metric):
    floor, value = FLOORS["trnews-test"][metric], lookup(geo_scores, metric)
    assert value >= floor - EPSILON, f"trnews-test {metric} fell to {value:.4f}, below its floor {floor}"

