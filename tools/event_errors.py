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

    print("== false positives (predicted, no gold)")
    for i, event in enumerate(predicted):
        if i not in hit_p:
            kind = guess(event, [g for j, g in enumerate(gold["events"]) if j not in hit_g],
                         [g for j, g in enumerate(gold["events"]) if j in hit_g])
            classes["FP " + event["type"] + " " + kind] += 1
            ev = event["evidence"][0]
            print(f"FP {event['type']:9} {event['mode'] or '-':14} [{kind}] {ev['document']}: {ev['text'][:220]!r}")
    print("== false negatives (gold, not predicted)")
    for j, event in enumerate(gold["events"]):
        if j not in hit_g:
            kind = guess(event, [p for i, p in enumerate(predicted) if i not in hit_p],
                         [p for i, p in enumerate(predicted) if i in hit_p])
            classes["FN " + event["type"] + " " + kind] += 1
            ev = event["evidence"][0]
            core = "core" if event.get("core") else "    "
            print(f"FN {event['type']:9} {event['mode'] or '-':14} {core} [{kind}] {ev['document']}: "
                  f"{ev['text'][:220]!r}")
    dev_gold.report(classes, "events", score(bundle, gold)["events"])


if __name__ == "__main__":
    main()
