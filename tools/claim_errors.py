"""List the claims a bundle gets wrong against a gold file, sentence by sentence, for error analysis.

Usage: python tools/claim_errors.py GOLD.json ARTICLES_DIR [--bundle B.json] [--save B.json]

Prints every false positive (a predicted claim no gold claim matches) and false negative (a gold claim no
predicted one matches) with its speaker as written, the actor it was given and its first evidence sentence, and a
first guess at its class: ``wrong-speaker`` where the other side has a claim in the same sentence with another
speaker (``unresolved`` where the predicted speaker is no actor), ``extra-in-sentence`` where a claim of the same
speaker already matched in that sentence (one statement split in two), ``missed`` / ``spurious`` otherwise.
Never run it on TEST (docs/annotation.md: TEST is scored only as an aggregate).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from conflictgraph import api
from conflictgraph.evaluate import match_claims, score_actors, shares_evidence


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("articles", type=Path)
    parser.add_argument("--bundle", type=Path, help="score this bundle instead of extracting")
    parser.add_argument("--save", type=Path, help="write the extracted bundle here")
    args = parser.parse_args()
    if "test" in args.gold.name:
        parser.error("TEST is scored only as an aggregate (docs/annotation.md)")
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    if args.bundle:
        bundle = json.loads(args.bundle.read_text(encoding="utf-8"))
    else:
        bundle = api.extract(sorted(p for p in args.articles.glob("*.txt"))).to_dict()
        if args.save:
            args.save.write_text(json.dumps(bundle), encoding="utf-8")
    mapping = score_actors(bundle, gold)[1]
    predicted, pairs = match_claims(bundle, gold, mapping)
    hit_p, hit_g = {p for p, _ in pairs}, {g for _, g in pairs}
    gold_claims = gold.get("claims", [])
    classes: Counter[str] = Counter()

    def who(claim: dict, on_predicted: bool) -> str:
        actor = claim["speaker"]
        if on_predicted and actor:
            actor = mapping.get(actor, actor)
        return f"{claim.get('speaker_text') or '-'!r}->{actor}"

    def guess(item: dict, others: list[dict], matched: list[dict], on_predicted: bool) -> str:
        if any(shares_evidence(o["evidence"], item["evidence"]) for o in others):
            return "unresolved" if on_predicted and item["speaker"] is None else "wrong-speaker"
        if any(shares_evidence(o["evidence"], item["evidence"]) for o in matched):
            return "extra-in-sentence"
        return ("spurious" if item["speaker"] else "spurious-unresolved") if on_predicted else "missed"

    print("== false positives (predicted, no gold)")
    for i, claim in enumerate(predicted):
        if i not in hit_p:
            kind = guess(claim, [g for j, g in enumerate(gold_claims) if j not in hit_g],
                         [g for j, g in enumerate(gold_claims) if j in hit_g], True)
            classes["FP " + kind] += 1
            ev = claim["evidence"][0]
            print(f"FP [{kind}] {who(claim, True)} {ev['document']}: {ev['text'][:240]!r}")
    print("== false negatives (gold, not predicted)")
    for j, claim in enumerate(gold_claims):
        if j not in hit_g:
            kind = guess(claim, [p for i, p in enumerate(predicted) if i not in hit_p],
                         [p for i, p in enumerate(predicted) if i in hit_p], False)
            classes["FN " + kind] += 1
            ev = claim["evidence"][0]
            core = "core" if claim.get("core") else "    "
            print(f"FN {core} [{kind}] {who(claim, False)} {ev['document']}: {ev['text'][:240]!r}")
    print("== counts")
    for key, n in sorted(classes.items()):
        print(f"{n:4} {key}")
    tp = len(pairs)
    p, r = tp / len(predicted) if predicted else 0.0, tp / len(gold_claims) if gold_claims else 0.0
    print(f"claims P {p:.4f} R {r:.4f} F1 {2 * p * r / (p + r) if p + r else 0.0:.4f}")


if __name__ == "__main__":
    main()
