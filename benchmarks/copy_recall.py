"""The store's copy detection against known answers: the synthetic corpus's copies, whose originals its generator
knows, written into a store (documents only, batches as an ingest writes them), and the copy pairs the store
found compared with them.

    .venv/bin/python benchmarks/copy_recall.py --articles 8000 --db sqlite:////tmp/copies.db

A pair is right when both documents are one original's text (the original and its copies, or two copies of it).
A text the corpus repeats is left out, as an ingest leaves it out. Prints recall, precision, the pairs missed and
the pairs found wrongly (the first ten), and a checksum of the stored entries with their similarities.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import synthetic  # noqa: E402
from sqlalchemy import select  # noqa: E402

from conflictgraph import api  # noqa: E402
from conflictgraph.model import Bundle  # noqa: E402
from conflictgraph.store import content_hash  # noqa: E402
from conflictgraph.store import schema as t  # noqa: E402
from conflictgraph.store.merge import READ  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--db", required=True, help="store URL (a new store)")
    parser.add_argument("--batch-size", type=int, default=25)
    args = parser.parse_args()
    origins: dict[str, str] = {}
    articles = list(synthetic.corpus(args.articles, origins=origins))
    text = {stem: body for stem, body, _ in articles}
    store = api.open_store(args.db)
    seen: set[str] = set()
    kept: list[str] = []
    cpu = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for start in range(0, len(articles), 1000):
            folder = synthetic.write_articles(articles[start:start + 1000], Path(tmp) / "chunk")
            documents = api.read_inputs([folder])
            shutil.rmtree(folder)
            new = []
            for document in documents:
                if (h := content_hash(document.text)) not in seen:
                    seen.add(h)
                    new.append(document)
                    kept.append(document.id)
            for i in range(0, len(new), args.batch_size):
                started = time.process_time()
                store.add(Bundle(documents=new[i:i + args.batch_size]))
                cpu += time.process_time() - started
    with store.engine.connect() as connection:
        d = t.duplicates.c
        entries = sorted(connection.execute(select(d.document, d.other, d.relation, d.similarity)).all())
    store.close()
    # Each kept document's family: its original's text (a repeated original's copies belong to the one kept).
    families: dict[str, list[str]] = {}
    for stem in kept:
        families.setdefault(content_hash(text[origins.get(stem, stem)]), []).append(stem)
    truth = {tuple(sorted(p)) for group in families.values() for p in itertools.combinations(group, 2)}
    found = {tuple(sorted(e[:2])) for e in entries}
    right = len(found & truth)
    print(json.dumps({
        "articles": args.articles, "stored": len(kept), "true pairs": len(truth), "pairs found": len(found),
        "recall": round(right / max(1, len(truth)), 4), "precision": round(right / max(1, len(found)), 4),
        "write CPU ms an article": round(1000 * cpu / max(1, len(kept)), 1),
        "rows read an article": {k: round(v / max(1, len(kept)), 1) for k, v in sorted(READ.items())},
        "checksum": hashlib.sha1(repr(entries).encode()).hexdigest()[:12],
        "missed": sorted(truth - found)[:10], "wrong": sorted(found - truth)[:10]}, indent=1))


if __name__ == "__main__":
    main()
