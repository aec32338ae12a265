"""How often two batches written at once must wait for each other: the merge keys they lock (store/locks.py).

    .venv/bin/python benchmarks/lock_keys.py --articles 300 --batch-size 25
    .venv/bin/python benchmarks/lock_keys.py --articles 300 --batch-size 25 --days 1    # a day's news

Extracts N synthetic articles (benchmarks/synthetic.py; their dates spread over ``--days`` days, four years by
default, as in an archive) in batches as an ingest cuts them, and prints the keys a batch locks (by kind: the
PostgreSQL lock table must hold those of every writer at once) and the share of pairs of batches that conflict
(share an exclusive key), by kind: the chance that a batch waits for another one written at the same time, the
figure docs/scale.md's model takes.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402

from conflictgraph import api  # noqa: E402
from conflictgraph.store.locks import merge_keys  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=25)
    parser.add_argument("--days", type=int, default=0, help="publish the articles over this many days (default: "
                        "four years)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = synthetic.write(args.articles, Path(tmp) / "articles")
        documents = api.read_inputs([folder])
    if args.days:  # the same articles, published within the last few days (as a news stream sends them)
        end = date(2026, 12, 1)
        for number, document in enumerate(documents):
            document.published = (end - timedelta(days=number % args.days)).isoformat()
    pipeline = api._pipeline(api.INGEST_STAGES, None)
    batches = []
    for start in range(0, len(documents), args.batch_size):
        bundle, _ = api._extract_for_store(documents[start:start + args.batch_size], pipeline, 1)
        keys: dict[int, tuple[str, bool]] = {}
        for kind, k, exclusive in merge_keys(bundle):
            keys[k] = (kind, keys.get(k, (kind, False))[1] or exclusive)
        batches.append((len(bundle.documents), keys))
    n = sum(count for count, _ in batches)
    kinds = Counter(kind for _, keys in batches for kind, _ in keys.values())
    print(f"{len(batches)} batches of {args.batch_size}: locks per article "
          + ", ".join(f"{kind} {count / n:.1f}" for kind, count in sorted(kinds.items()))
          + f"; per batch {sum(len(keys) for _, keys in batches) / len(batches):.0f}")
    pairs = list(itertools.combinations([keys for _, keys in batches], 2))
    by_kind: Counter[str] = Counter()
    either = 0
    for a, b in pairs:
        met = {a[k][0] for k in a.keys() & b.keys() if a[k][1] or b[k][1]}
        by_kind.update(met)
        either += bool(met)
    print(f"pairs of batches that conflict: {either / len(pairs):.0%} of {len(pairs)}; by kind: "
          + ", ".join(f"{kind} {count / len(pairs):.0%}" for kind, count in sorted(by_kind.items())))


if __name__ == "__main__":
    main()
