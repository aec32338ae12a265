"""List the events a bundle gets wrong against a gold file, sentence by sentence, for error analysis.

Usage: python tools/event_errors.py GOLD.json ARTICLES_DIR [--bundle B.json] [--save B.json]

Prints every false positive (a predicted event no gold event matches) and false negative (a gold event no
predicted one matches) with its type, mode and first evidence sentence, and a first guess at its class:
``wrong-type`` where the other side has an event of another type in the same sentence, ``extra-in-sentence``
where an event of the same type already matched in that sentence (one occurrence split, or a second act the gold
does not code), ``headline`` for a first line without a full stop, ``no-trigger`` / ``background`` otherwise.
Never run it on TEST (docs/annotation.md: TEST is scored only as an aggregate).
"""

from __future__ import annotations

from collections import Counter

import dev_gold

from conflictgraph.evaluate import match_events, score, score_actors, shares_evidence


def main() -> None:
    cli = dev_gold.parser(__doc__.splitlines()[0])
    gold, bundle = dev_gold.load(cli, cli.parse_args())
    predicted, pairs = match_events(bundle, gold, score_actors(bundle, gold)[1])
    hit_p, hit_g = {p for p, _ in pairs}, {g for _, g in pairs}
    classes: Counter[str] = Counter()

    def guess(item: dict, others: list[dict], matched: list[dict]) -> str:
        if any(o["type"] != item["type"] and shares_evidence(o["evidence"], item["evidence"]) for o in others):
            return "wrong-type"
        if any(o["type"] == item["type"] and shares_evidence(o["evidence"], item["evidence"]) for o in matched):
            return "extra-in-sentence"
        first = item["evidence"][0]
        if first.get("start", 1) == 0 and not first["text"].rstrip().endswith((".", "?", "!", '"', "”")):
            return "headline"
        return "unmatched"

    def describe(event: dict, side: str, others: list[dict], other_hit: set[int]) -> tuple[str, str]:
        kind = guess(event, [o for j, o in enumerate(others) if j not in other_hit],
                     [o for j, o in enumerate(others) if j in other_hit])
        ev = event["evidence"][0]
        core = "" if side == "FP" else ("core " if event.get("core") else "     ")
        return (f"{side} {event['type']} {kind}",
                f"{side} {event['type']:9} {event['mode'] or '-':14} {core}[{kind}] {ev['document']}: "
                f"{ev['text'][:220]!r}")

    sides = [("FP", "false positives (predicted, no gold)", predicted, hit_p, gold["events"], hit_g),
             ("FN", "false negatives (gold, not predicted)", gold["events"], hit_g, predicted, hit_p)]
    for side, title, items, hit, others, other_hit in sides:
        dev_gold.misses(classes, title, items, hit,
                        lambda e, s=side, o=others, h=other_hit: describe(e, s, o, h))
    dev_gold.report(classes, "events", score(bundle, gold)["events"])


if __name__ == "__main__":
    main()
