"""tools/annotation_agreement.py: one gold scored against another with the project's scorer, and the two blind
agreement samples of the news gold (tests/data/news-gold/agreement/: second, helper iaa; third, helper iaa2) scored
against the first annotation as docs/evaluation.md reports."""

from __future__ import annotations

import copy
import importlib.util
import json
import sys

import pytest
from support import ROOT

from conflictgraph.model import ACTOR_KINDS, EVENT_TYPES, PREDICATES

TOOLS = ROOT / "tools"
AGREEMENT = ROOT / "tests" / "data" / "news-gold" / "agreement"


def load(name: str):
    if str(TOOLS) not in sys.path:
        sys.path.insert(0, str(TOOLS))  # the tools import each other by name, as when run as scripts
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool():
    return load("annotation_agreement")


@pytest.fixture(scope="module")
def second():
    return json.loads((AGREEMENT / "second.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def first():
    return json.loads((AGREEMENT / "first-before.json").read_text(encoding="utf-8"))


# Each blind sample: its annotation (built from NAME.yaml) and the first annotation of its articles, frozen as it was
# compared.
SAMPLES = {"second": "first-before", "third": "third-first-before"}


def read(name: str) -> dict:
    return json.loads((AGREEMENT / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("sample", SAMPLES)
def test_each_sample_json_is_what_news_gold_builds_from_its_yaml(sample):
    assert load("news_gold").build_second(AGREEMENT / sample) == read(sample)


@pytest.mark.parametrize("sample", SAMPLES)
def test_each_sample_uses_the_gold_vocabulary(sample):
    second = read(sample)
    for event in second["events"]:
        assert event["type"] in EVENT_TYPES, event["id"]
        assert event["location"] is None or set(event["location"]) == {"name", "country", "lat", "lon"}, event["id"]
    assert {r["predicate"] for r in second["relations"]} <= set(PREDICATES)
    assert {a["kind"] for a in second["actors"]} <= set(ACTOR_KINDS)
    assert {c["kind"] for c in second["claims"]} <= {"quote", "paraphrase"}


@pytest.mark.parametrize("sample", SAMPLES)
def test_the_first_annotation_is_frozen_on_the_twelve_articles_each_sample_annotates(sample):
    first, second = read(SAMPLES[sample]), read(sample)
    ids = {d["id"] for d in second["documents"]}
    assert len(ids) == 12 and {d["id"] for d in first["documents"]} == ids
    assert all(e["document"] in ids for section in ("events", "claims") for x in first[section] for e in x["evidence"])


@pytest.mark.parametrize("section", ["events", "relations", "claims"])
def test_a_gold_against_itself_agrees_fully(tool, second, section):
    result = tool.agreement(second, second)
    assert result[section]["f1"] == 1.0
    assert result["actors"]["bcubed_f1"] == 1.0


def test_a_gold_against_itself_agrees_on_every_argument(tool, second):
    result = tool.agreement(second, second)
    assert result["events"]["full_field"]["f1"] == 1.0
    assert set(result["events"]["arguments"].values()) == {1.0}


def test_one_type_one_place_one_relation_changed_give_the_figures_that_follow(tool, second):
    """One event's type changed (it no longer matches), another event's place moved far away (it matches, but not
    on every field), one relation dropped (recall of relations falls by one)."""
    changed = copy.deepcopy(second)
    events = {e["id"]: e for e in changed["events"]}
    retyped = events["trnews_1030017-e0"]  # the only event of its article: PROTEST, now AID
    assert retyped["type"] == "PROTEST"
    retyped["type"] = "AID"
    moved = events["re3d_09FF200CBB76594D688F8EB565717543-e0"]  # the Karrada attack, the only ASSAULT there
    assert moved["location"]["name"] == "Karrada"
    moved["location"] = {"name": "Null Island", "country": None, "lat": 0.0, "lon": 0.0}
    dropped = next(r for r in changed["relations"] if r["predicate"] == "designates_terrorist")
    changed["relations"].remove(dropped)
    n, m = len(second["events"]), len(second["relations"])

    result = tool.agreement(second, changed)
    events_ = result["events"]
    assert (events_["tp"], events_["predicted"], events_["gold"]) == (n - 1, n, n)
    assert events_["f1"] == round((n - 1) / n, 4)
    assert events_["full_field"]["tp"] == n - 2
    assert events_["arguments"]["place"] == round((n - 2) / (n - 1), 4)
    assert events_["arguments"]["source"] == 1.0
    assert events_["per_type"]["AID"]["predicted"] == events_["per_type"]["AID"]["gold"] + 1
    assert events_["per_type"]["PROTEST"]["recall"] == 0.0
    relations = result["relations"]
    assert (relations["tp"], relations["predicted"], relations["gold"]) == (m - 1, m - 1, m)
    assert relations["precision"] == 1.0 and relations["recall"] == round((m - 1) / m, 4)
    assert result["claims"]["f1"] == 1.0


def test_only_the_documents_both_annotate_are_scored(tool, second):
    one = copy.deepcopy(second)
    keep = "trnews_1030017"
    one["documents"] = [d for d in one["documents"] if d["id"] == keep]
    for section in ("events", "relations", "claims"):
        one[section] = [x for x in one[section] if x["evidence"][0]["document"] == keep]
    result = tool.agreement(second, one)
    assert result["events"]["f1"] == 1.0 and result["events"]["gold"] == len(one["events"])


# The agreement of the blind second annotation with the first, before adjudication: docs/evaluation.md, *Inter-annotator
# agreement on the news gold*.
MEASURED = {
    ("events", "f1"): 0.7785, ("events", "precision"): 0.6905, ("events", "recall"): 0.8923,
    ("events", "tp"): 58, ("events", "predicted"): 84, ("events", "gold"): 65,
    ("relations", "f1"): 0.9, ("claims", "f1"): 0.974,
}


def test_the_second_annotation_against_the_first_is_what_the_docs_report(tool, first, second):
    result = tool.agreement(first, second)
    for (section, figure), value in MEASURED.items():
        assert result[section][figure] == value, (section, figure)
    assert result["events"]["full_field"]["f1"] == 0.604
    assert result["events"]["arguments"] == {"source": 0.8793, "target": 0.9655, "date": 0.9655, "place": 0.9138,
                                             "toll": 1.0}
    docs = (ROOT / "docs" / "evaluation.md").read_text(encoding="utf-8")
    section = docs[docs.index("### Inter-annotator agreement on the news gold"):]
    for figure in (".7785", ".604", ".8793", ".9138", ".900", ".974"):
        assert figure in section, figure


# The second sample (helper iaa2) against the first annotation of its 12 TUNE articles, before the iaa2 fixes:
# docs/evaluation.md, *A second agreement sample*.
MEASURED_THIRD = {
    ("events", "f1"): 0.875, ("events", "precision"): 0.8235, ("events", "recall"): 0.9333,
    ("events", "tp"): 28, ("events", "predicted"): 34, ("events", "gold"): 30,
    ("relations", "f1"): 0.9091, ("claims", "f1"): 0.9355,
}


def test_the_third_annotation_against_the_first_is_what_the_docs_report(tool):
    result = tool.agreement(read("third-first-before"), read("third"))
    for (section, figure), value in MEASURED_THIRD.items():
        assert result[section][figure] == value, (section, figure)
    assert result["events"]["full_field"]["f1"] == 0.5938
    assert result["events"]["arguments"] == {"source": 0.9643, "target": 0.9286, "date": 0.8571, "place": 0.8571,
                                             "toll": 1.0}
    docs = (ROOT / "docs" / "evaluation.md").read_text(encoding="utf-8")
    section = docs[docs.index("### A second agreement sample (issue 11, helper iaa2)"):]
    for figure in (".875", ".5938", ".9643", ".8571", ".9091", ".9355"):
        assert figure in section, figure


@pytest.mark.parametrize("sample", SAMPLES)
def test_disagreements_list_names_every_item_only_one_side_has(tool, sample):
    first, second = read(SAMPLES[sample]), read(sample)
    lines = tool.disagreements(first, second)
    only = [line for line in lines if " only " in line]
    result = tool.agreement(first, second)
    expected = sum(result[s]["predicted"] - result[s]["tp"] + result[s]["gold"] - result[s]["tp"]
                   for s in ("events", "claims", "relations"))
    assert len(only) == expected
