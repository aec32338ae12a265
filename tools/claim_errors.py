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

from collections import Counter

import dev_gold

from conflictgraph.evaluate import match_claims, score, score_actors, shares_evidence


def main() -> None:
    cli = dev_gold.parser(__doc__.splitlines()[0])
    gold, bundle = dev_gold.load(cli, cli.parse_args())
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

    def describe(claim: dict, side: str, others: list[dict], other_hit: set[int]) -> tuple[str, str]:
        kind = guess(claim, [o for j, o in enumerate(others) if j not in other_hit],
                     [o for j, o in enumerate(others) if j in other_hit], side == "FP")
        ev = claim["evidence"][0]
        core = "" if side == "FP" else ("core " if claim.get("core") else "     ")
        return (f"{side} {kind}",
                f"{side} {core}[{kind}] {who(claim, side == 'FP')} {ev['document']}: {ev['text'][:240]!r}")

    sides = [("FP", "false positives (predicted, no gold)", predicted, hit_p, gold_claims, hit_g),
             ("FN", "false negatives (gold, not predicted)", gold_claims, hit_g, predicted, hit_p)]
    for side, title, items, hit, others, other_hit in sides:
        dev_gold.misses(classes, title, items, hit,
                        lambda c, s=side, o=others, h=other_hit: describe(c, s, o, h))
    dev_gold.report(classes, "claims", score(bundle, gold)["claims"])


if __name__ == "__main__":
    main()
