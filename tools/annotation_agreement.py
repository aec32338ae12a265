"""Score one gold annotation against another (inter-annotator agreement), with the project's own scorer.

    .venv/bin/python tools/annotation_agreement.py A.json B.json [--format text|json] [--list]
    .venv/bin/python tools/annotation_agreement.py tests/data/news-gold/dev.json \\
        tests/data/news-gold/agreement/second.json --list

Gold B is turned into the bundle form ``conflictgraph evaluate`` scores (a mention on every occurrence of one of
B's actors' aliases, B's events, relations and claims as predicted items) and scored against gold A by
``conflictgraph.evaluate.score``, both restricted to the documents both annotate; the figures are printed as
``conflictgraph evaluate`` prints them (events P/R/F1, full-field, per argument, per type; relations; claims).
F1 is symmetric (B's precision against A is A's recall against B), so one direction gives it. ``--list`` adds,
document by document, the items only one side has and the matched events whose arguments (or mode, which the scorer
does not score) differ: the disagreements to classify. The articles are read from tests/data/news-gold/articles.
Never give it TEST's gold (docs/annotation.md: TEST is scored only as an aggregate, by the lead).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from dev_split import subset
from news_gold import GOLD_DIR, as_bundle, split

from conflictgraph.cli import _render_scores
from conflictgraph.evaluate import (
    argument_checks,
    match_claims,
    match_events,
    score,
    same_ends,
    score_actors,
    shares_evidence,
)


def shared(a: dict[str, Any], b: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Both golds restricted to the documents both annotate."""
    both = {d["id"] for d in a["documents"]} & {d["id"] for d in b["documents"]}
    if not both:
        raise SystemExit("the two golds annotate no document in common")
    return subset(a, both), subset(b, both)


def texts_of(gold: dict[str, Any], articles: Path = GOLD_DIR / "articles") -> dict[str, str]:
    return {d["id"]: (articles / split(d["id"]) / f"{d['id']}.txt").read_text(encoding="utf-8")
            for d in gold["documents"]}


def agreement(a: dict[str, Any], b: dict[str, Any], articles: Path = GOLD_DIR / "articles") -> dict[str, Any]:
    """``conflictgraph evaluate``'s figures of gold B scored against gold A, on the documents both annotate."""
    a, b = shared(a, b)
    return score(as_bundle(b, texts_of(b, articles)), a)


def _line(item: dict[str, Any], section: str) -> str:
    if section == "events":
        what = f"{item['type']}/{item.get('mode')} {item['source']} -> {item['target']} {item['date']}"
    elif section == "relations":
        what = f"{item['subject']} {item['predicate']} {item['object']}"
    else:
        what = f"{item['speaker']} ({item['kind']}): {item['text'][:60]}"
    return f"{what} | {item['evidence'][0]['text'][:90]!r}" + ("" if item.get("core", True) else " [core false]")


def disagreements(a: dict[str, Any], b: dict[str, Any], articles: Path = GOLD_DIR / "articles") -> list[str]:
    """Lines, by document: items only A has, items only B has, and matched events whose arguments or mode differ."""
    a, b = shared(a, b)
    bundle = as_bundle(b, texts_of(b, articles))
    mapping = score_actors(bundle, a)[1]
    checks = argument_checks(mapping)
    out: list[str] = []
    rel_pairs: list[tuple[int, int]] = []
    for gi, g in enumerate(a["relations"]):  # as the scorer pairs relations: greedy, in the gold's order
        pi = next((pi for pi, p in enumerate(b["relations"]) if pi not in {x for x, _ in rel_pairs}
                   and p["predicate"] == g["predicate"] and shares_evidence(p["evidence"], g["evidence"])
                   and same_ends(p, g, lambda actor, item: mapping.resolve(actor, item) if actor else None)), None)
        if pi is not None:
            rel_pairs.append((pi, gi))
    sections = {"events": match_events(bundle, a, mapping), "claims": match_claims(bundle, a, mapping),
                "relations": (b["relations"], rel_pairs)}
    docs = {d["id"] for d in a["documents"]}

    def first_document(item: dict[str, Any]) -> str:
        """The first of the item's documents that both golds annotate (a tie stated in several articles is one)."""
        return next(e["document"] for e in item["evidence"] if e["document"] in docs)

    for document in a["documents"]:
        doc_id = document["id"]
        out.append(f"== {doc_id}")
        for section, (predicted, pairs) in sections.items():
            gold_items = a[section]
            here = lambda item, doc_id=doc_id: first_document(item) == doc_id  # noqa: E731
            matched_g, matched_p = {g for _, g in pairs}, {p for p, _ in pairs}
            out += [f"  A only {section}: {_line(g, section)}" for i, g in enumerate(gold_items)
                    if i not in matched_g and here(g)]
            out += [f"  B only {section}: {_line(p, section)}" for i, p in enumerate(predicted)
                    if i not in matched_p and here(p)]
            if section != "events":
                continue
            for pi, gi in pairs:
                p, g = predicted[pi], gold_items[gi]
                if not here(g):
                    continue
                differ = [arg for arg, check in checks.items() if not check(p, g)]
                differ += ["mode"] if p.get("mode") != g.get("mode") else []
                if differ:
                    out.append(f"  differ {','.join(differ)}: A {_line(g, section)}")
                    out.append(f"  {' ' * (8 + len(','.join(differ)))}B {_line(p, section)}")
    return out


def main(argv: list[str]) -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("a", type=Path, help="gold A (conflictgraph-gold/1), the reference")
    cli.add_argument("b", type=Path, help="gold B, scored against A")
    cli.add_argument("--format", choices=("text", "json"), default="text")
    cli.add_argument("--list", action="store_true", help="also list the disagreements, document by document")
    args = cli.parse_args(argv)
    a, b = (json.loads(path.read_text(encoding="utf-8")) for path in (args.a, args.b))
    results = {"gold": agreement(a, b)}
    print(json.dumps(results, indent=2) if args.format == "json" else _render_scores(results))
    if args.list:
        print("\n".join(disagreements(a, b)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
