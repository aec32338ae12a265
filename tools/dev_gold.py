"""The command line the DEV error tools share: a gold file, its articles, and the bundle to score against it.

Never for TEST (docs/annotation.md: TEST is scored only as an aggregate): a gold file named so is refused.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conflictgraph import api


def parser(description: str) -> argparse.ArgumentParser:
    """GOLD ARTICLES [--bundle B.json] [--save B.json]; a tool adds its own options."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("gold", type=Path)
    parser.add_argument("articles", type=Path)
    parser.add_argument("--bundle", type=Path, help="score this bundle instead of extracting")
    parser.add_argument("--save", type=Path, help="write the extracted bundle here")
    return parser


def load(parser: argparse.ArgumentParser, args: argparse.Namespace) -> tuple[dict[str, Any], dict[str, Any]]:
    """The gold and the bundle: the one given, else extracted from the articles (and saved if asked)."""
    if "test" in args.gold.name:
        parser.error("TEST is scored only as an aggregate (docs/annotation.md)")
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    if args.bundle:
        return gold, json.loads(args.bundle.read_text(encoding="utf-8"))
    bundle = api.extract(sorted(p for p in args.articles.glob("*.txt"))).to_dict()
    if args.save:
        args.save.write_text(json.dumps(bundle), encoding="utf-8")
    return gold, bundle


def misses(classes: Counter[str], title: str, items: list[dict[str, Any]], hit: set[int],
           describe: Callable[[dict[str, Any]], tuple[str, str]]) -> None:
    """One side of the errors: under its title, each item no match took (``hit``: the indexes matched) as the line
    ``describe`` makes of it, its class (the key ``describe`` gives) counted."""
    print("== " + title)
    for i, item in enumerate(items):
        if i not in hit:
            key, line = describe(item)
            classes[key] += 1
            print(line)


def report(classes: Counter[str], name: str, scores: dict[str, Any]) -> None:
    """The error classes counted, then the section's precision, recall and F1 (and core recall where scored)."""
    print("== counts")
    for key, n in sorted(classes.items()):
        print(f"{n:4} {key}")
    core = f" core recall {scores['core_recall']}" if "core_recall" in scores else ""
    print(f"{name} P {scores['precision']} R {scores['recall']} F1 {scores['f1']}{core}")
