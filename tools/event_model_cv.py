"""Cross-validate the event model's gate over a gold file's articles, grouped by article, with the real scorer.

Usage: python tools/event_model_cv.py GOLD.json ARTICLES_DIR [--folds 5] [--json OUT.json]

The articles are dealt into folds in the order of their ids (article k to fold k mod K). For each fold the model
is trained on the other folds' articles (tools/train_event_model.py's labels and settings) and gates the rule
events of the held-out fold's articles; every article is so gated by a model that never saw it. For each pair of
floors (P(any event), P(the event's type)) the gated events go through the corpus stages that follow (event-merge,
copy-merge) and the whole set is scored by ``evaluate.score``, as ``conflictgraph evaluate`` scores it. Prints the
events' P/R/F1 per pair of floors, best first, then the per-type figures of the best pair beside no gate; first,
the same for retyping instead of the gate (an event takes the type the model prefers where the model gives it at
least a floor and the rules' type less than a third of it).
The pipeline's other stages run once: the gate only removes document events, which nothing before event-merge
reads. Never on TEST or CHECK (thresholds are chosen here).
"""

from __future__ import annotations

import argparse
import copy
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import train_event_model as tem

from conflictgraph.api import _bundle
from conflictgraph.evaluate import score
from conflictgraph.model import Event
from conflictgraph.pipeline import Pipeline
from conflictgraph.pipeline.event_model import ANY, EventModel, event_probabilities

ANY_FLOORS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
RETYPE_FLOORS = (0.3, 0.4, 0.5, 0.6, 0.7)
TYPE_FLOORS = (0.0, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2)


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("gold", type=Path)
    cli.add_argument("articles", type=Path)
    cli.add_argument("--folds", type=int, default=5)
    cli.add_argument("--json", type=Path)
    args = cli.parse_args()
    if "check" in args.gold.name:
        cli.error("floors are chosen on TUNE only; CHECK is scored at the start and the end")
    gold, documents, docs = tem.read(args.gold, args.articles)
    pipeline = Pipeline()
    assert "event-model" not in pipeline.names
    corpus = pipeline.corpus(documents, docs)
    pipeline.run(corpus)
    rules = {ctx.document.id: copy.deepcopy(ctx.events) for ctx in corpus.docs}
    per_document = tem.samples(gold, documents, docs)
    ids = sorted(per_document)
    fold_of = {doc_id: k % args.folds for k, doc_id in enumerate(ids)}
    probs: dict[str, list[tuple[float, float]]] = {}
    heads: dict[str, list[dict[str, float]]] = {}  # each event's first evidence sentence's probabilities
    for fold in range(args.folds):
        model = EventModel(tem.model_of({d: s for d, s in per_document.items() if fold_of[d] != fold}, "cv"))
        for ctx in corpus.docs:
            if fold_of.get(ctx.document.id) == fold:
                cache: dict[int, dict[str, float]] = {}
                probs[ctx.document.id] = [event_probabilities(model, ctx, e, cache) for e in rules[ctx.document.id]]
                heads[ctx.document.id] = [cache[ctx.sent_at(e.evidence[0].start).start]
                                          for e in rules[ctx.document.id]]
    merge = [c for s, c in zip(pipeline.stages, pipeline.components, strict=True)
             if s.name in ("event-merge", "copy-merge")]

    def retyped(event: Event, p: dict[str, float], floor: float | None) -> Event:
        """The event as the type the model prefers, where it gives that type at least ``floor`` and the rules'
        type less than a third of it."""
        if floor is None:
            return event
        best = max((h for h in p if h != ANY), key=lambda h: (p[h], h))
        return replace(event, type=best) if p[best] >= floor and p.get(event.type, 0.0) < p[best] / 3 else event

    def scored(any_floor: float, type_floor: float, retype: float | None = None) -> dict[str, Any]:
        for ctx in corpus.docs:
            events = rules[ctx.document.id]
            p = probs.get(ctx.document.id, [(1.0, 1.0)] * len(events))
            h = heads.get(ctx.document.id, [{}] * len(events))
            ctx.events = copy.deepcopy([retyped(e, hp, retype) for e, (pa, pt), hp in zip(events, p, h, strict=True)
                                        if pa >= any_floor and pt >= type_floor])
        for component in merge:
            component(corpus)
        return score(_bundle(corpus, documents).to_dict(), gold)["events"]

    for floor in RETYPE_FLOORS:
        e = scored(0.0, 0.0, floor)
        print(f"retype at P(other) >= {floor}: P {e['precision']:.4f} R {e['recall']:.4f} F1 {e['f1']:.4f} "
              f"tp {e['tp']} predicted {e['predicted']}")
    results = [(a, t, scored(a, t)) for a in ANY_FLOORS for t in TYPE_FLOORS]
    results.sort(key=lambda r: (-r[2]["f1"], r[0], r[1]))
    for a, t, e in results[:25]:
        print(f"any>={a:<5} type>={t:<6} P {e['precision']:.4f} R {e['recall']:.4f} F1 {e['f1']:.4f} "
              f"tp {e['tp']} predicted {e['predicted']} full-field F1 {e['full_field']['f1']:.4f}")
    base = next(e for a, t, e in results if a == 0 and t == 0)
    print(f"no gate:            P {base['precision']:.4f} R {base['recall']:.4f} F1 {base['f1']:.4f} "
          f"tp {base['tp']} predicted {base['predicted']}")
    best = results[0][2]
    print("per type (no gate -> best floors):")
    for kind in sorted(set(base["per_type"]) | set(best["per_type"])):
        b, g = base["per_type"].get(kind, {}), best["per_type"].get(kind, {})
        print(f"  {kind:9} P {b.get('precision', 0):.3f} R {b.get('recall', 0):.3f} -> "
              f"P {g.get('precision', 0):.3f} R {g.get('recall', 0):.3f}  (gold {b.get('gold', 0)})")
    if args.json:
        args.json.write_text(json.dumps([{"any_floor": a, "type_floor": t, "events": e} for a, t, e in results],
                                        indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
