"""List the relations a bundle gets wrong against a gold file, for error analysis.

Usage: python tools/relation_errors.py GOLD.json ARTICLES_DIR [--bundle B.json] [--save B.json]

Prints every false positive (a predicted relation no gold relation matches) and false negative (a gold relation
no predicted one matches) with its first evidence sentence, and a first guess at its class: for a miss,
``no-subject`` / ``no-object`` where no mention of the bundle's in that sentence maps to the gold actor (the loss
is before the relation stage: the actor was not found or not resolved), ``wrong-predicate`` / ``reversed`` where a
predicted relation of the same sentence ties the two actors otherwise, ``not-read`` where no document of its
evidence was among those read, ``no-cue`` where both actors were found
and no relation ties them; for a false positive, ``wrong-predicate`` / ``reversed`` likewise, ``duplicate`` where
a gold tie it fits was taken by another predicted relation (two predicted actors that stand for one gold actor),
``unmapped`` where an actor maps to no gold actor, ``unstated`` otherwise. Actors are mapped as the scorer maps
them (``ActorMap.resolve``: in the documents of the item's evidence; ``by_mapped_actors``). Never run it on TEST
(docs/annotation.md: TEST is scored only as an aggregate).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import dev_gold

from conflictgraph.evaluate import ActorMap, by_mapped_actors, kept, score, score_actors, shares_evidence


def _sentence_actors(bundle: dict[str, Any], mapping: ActorMap, evidence: dict[str, Any]) -> set[str]:
    """The gold actors that the bundle's mentions inside the evidence sentence map to (in that document)."""
    out = set()
    start, end = evidence.get("start"), evidence.get("end")
    for mention in bundle.get("mentions", []):
        if mention["document"] != evidence["document"] or not mention.get("actor"):
            continue
        if start is not None and end is not None:
            inside = start <= mention["start"] < end
        else:
            inside = mention["text"] in evidence["text"]
        if inside:
            out.add(mapping.resolve(mention["actor"], {"evidence": [evidence]}))
    return out


def main() -> None:
    cli = dev_gold.parser(__doc__.splitlines()[0])
    gold, bundle = dev_gold.load(cli, cli.parse_args())
    mapping = score_actors(bundle, gold)[1]
    gold_ids = {a["id"] for a in gold["actors"]}
    # (copies, mapped as the scorer maps them: in the documents of each relation's evidence; the bundle itself is
    # scored below as it is)
    predicted = [r | {"subject": mapping.resolve(r["subject"], r), "object": mapping.resolve(r["object"], r)}
                 for r in by_mapped_actors(kept(bundle.get("relations", []), {d["id"] for d in gold["documents"]}),
                                           mapping, ("subject", "object"))]
    hit_p, hit_g = set(), set()
    for gi, g in enumerate(gold["relations"]):
        for pi, p in enumerate(predicted):
            if pi not in hit_p and (p["subject"], p["predicate"], p["object"]) == (
                    g["subject"], g["predicate"], g["object"]) and shares_evidence(p["evidence"], g["evidence"]):
                hit_p.add(pi)
                hit_g.add(gi)
                break
    classes: Counter[str] = Counter()

    def other(item: dict[str, Any], others: list[dict[str, Any]]) -> str | None:
        pair = {item["subject"], item["object"]}
        for o in others:
            if {o["subject"], o["object"]} == pair and shares_evidence(o["evidence"], item["evidence"]):
                if o["predicate"] != item["predicate"]:
                    return f"wrong-predicate({o['predicate']})"
                # (the same tie twice: two predicted actors both standing for one gold actor)
                return "duplicate" if o["subject"] == item["subject"] else "reversed"
        return None

    read = {d["id"] for d in bundle["documents"]}

    def predicted_error(r: dict[str, Any]) -> tuple[str, str]:
        kind = other(r, gold["relations"]) or (
            "unmapped" if not {r["subject"], r["object"]} <= gold_ids else "unstated")
        ev = r["evidence"][0]
        return (f"FP {r['predicate']} {kind.split('(')[0]}",
                f"FP {r['subject']} {r['predicate']} {r['object']} [{kind}] {ev['document']}: {ev['text'][:240]!r}")

    def gold_error(g: dict[str, Any]) -> tuple[str, str]:
        found = set().union(*(_sentence_actors(bundle, mapping, ev) for ev in g["evidence"]))
        kind = ("not-read" if not any(ev["document"] in read for ev in g["evidence"])
                else "no-subject" if g["subject"] not in found else "no-object" if g["object"] not in found
                else other(g, predicted) or "no-cue")
        ev = g["evidence"][0]
        core = "core" if g.get("core") else "    "
        return (f"FN {g['predicate']} {kind.split('(')[0]}",
                f"FN {g['subject']} {g['predicate']} {g['object']} {core} [{kind}] {ev['document']}: "
                f"{ev['text'][:240]!r}")

    dev_gold.misses(classes, "false positives (predicted, no gold)", predicted, hit_p, predicted_error)
    dev_gold.misses(classes, "false negatives (gold, not predicted)", gold["relations"], hit_g, gold_error)
    dev_gold.report(classes, "relations", score(bundle, gold)["relations"])


if __name__ == "__main__":
    main()
