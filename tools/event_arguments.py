"""List the wrong arguments of matched events: gold against predicted, with the sentence.

For development on a DEV gold only (never on TEST: docs/evaluation.md). The events are matched as
`conflictgraph evaluate` matches them (same type, a shared evidence sentence); for each matched pair every
argument that differs is printed, so that errors can be read and counted as classes.

    .venv/bin/python tools/event_arguments.py tests/data/news-gold/dev.json tests/data/news-gold/articles/dev
    .venv/bin/python tools/event_arguments.py GOLD ARTICLES --bundle dev.bundle.json --only source,date
    .venv/bin/python tools/event_arguments.py GOLD ARTICLES --only source,target --missing

``--missing`` lists only the arguments the gold gives and the bundle leaves empty (a wrong value is left out).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from conflictgraph import api
from conflictgraph.evaluate import ActorMap, argument_checks, match_events, role, score_actors

ARGUMENTS = tuple(argument_checks(ActorMap({})))
EMPTY = ("-", "None/None")  # how a row writes an argument left empty


def _place(location: dict[str, Any] | None) -> str:
    return f"{location['name']} ({location.get('country')})" if location else "-"


def mismatches(bundle: dict[str, Any], gold: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per wrong argument of a matched event: what the gold and the bundle say."""
    _, mapping = score_actors(bundle, gold)
    predicted, pairs = match_events(bundle, gold, mapping)
    checks = argument_checks(mapping)
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    rows = []
    for pi, gi in pairs:
        p, g = predicted[pi], gold["events"][gi]
        wrong = {argument: not check(p, g) for argument, check in checks.items()}
        for argument in (a for a in ARGUMENTS if wrong[a]):
            if argument in ("source", "target"):
                said = role(p, argument)
                got = " + ".join(f"{x} [{names.get(x, '?')}] -> {mapping.get(x, x)}"
                                 for x in (said if isinstance(said, list) else [said])) if said else "-"
                want = str(g[argument] or "-")
            elif argument == "date":
                got, want = str(p["date"] or "-"), f"{g['date'] or '-'} ({g.get('date_text') or ''})"
            elif argument == "place":
                got, want = _place(p["location"]), _place(g["location"])
            else:
                got, want = f"{p['fatalities']}/{p['injuries']}", f"{g['fatalities']}/{g['injuries']}"
            rows.append({"argument": argument, "type": g["type"], "gold_id": g["id"], "gold": want,
                         "predicted": got, "sentence": g["evidence"][0]["text"],
                         "predicted_sentence": p["evidence"][0]["text"], "list": isinstance(g[argument]
                         if argument in ("source", "target") else None, list)})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("articles", type=Path, nargs="?")
    parser.add_argument("--bundle", type=Path, help="score this bundle instead of extracting the articles")
    parser.add_argument("--only", default=",".join(ARGUMENTS), help="comma-separated arguments to list")
    parser.add_argument("--missing", action="store_true",
                        help="only arguments the gold gives and the bundle leaves empty")
    args = parser.parse_args()
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    if args.bundle:
        bundle = json.loads(args.bundle.read_text(encoding="utf-8"))
    else:
        bundle = api.extract([args.articles]).to_dict()
    only = set(args.only.split(","))
    rows = [r for r in mismatches(bundle, gold) if r["argument"] in only
            and (not args.missing or r["predicted"] in EMPTY and not r["gold"].startswith(EMPTY))]
    for r in rows:
        print(f"[{r['argument']}] {r['gold_id']} {r['type']}: gold {r['gold']} | predicted {r['predicted']}"
              f"{'  (gold list)' if r['list'] else ''}")
        print(f"    {' '.join(r['sentence'].split())[:300]}")
        if r["predicted_sentence"] != r["sentence"]:
            print(f"    predicted from: {' '.join(r['predicted_sentence'].split())[:200]}")
    print(Counter(r["argument"] for r in rows))


if __name__ == "__main__":
    main()
