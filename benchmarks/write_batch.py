"""One batch's write into a store that holds the first K articles of ``benchmarks/write_growth.py``'s corpus,
timed and rolled back, several times: the median wall and CPU time, the statements sent, and the time spent in
the statements of each part of the write (copy signatures, actors, ...), for a before/after of a write-path change.

    .venv/bin/python benchmarks/write_growth.py --articles 100000 --pool 200 --stop 4000 \\
        --db postgresql://postgres@127.0.0.1:55818/growth --cache /tmp/p18
    .venv/bin/python benchmarks/write_batch.py --articles 100000 --pool 200 --at 4000 --repeat 9 \\
        --db postgresql://postgres@127.0.0.1:55818/growth --cache /tmp/p18

The batch is the next ``--batch-size`` articles after the K stored ones (the corpus's articles K+1..., as
write_growth.py would write them next: the same pool's items, moved to them). Nothing is stored: each write is
rolled back, so the store is the same for every run, and for a run of another commit.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402
from sqlalchemy import event  # noqa: E402
from write_growth import joined, moved, pool_of, spans, take_items  # noqa: E402

from conflictgraph import api  # noqa: E402
from conflictgraph.store import Writer, copies, write  # noqa: E402


def next_batch(articles: int, pool_size: int, at: int, size: int, chunk: int, cache: Path):
    """The bundle and sentences of the ``size`` articles after the first ``at`` of the corpus, with the items
    write_growth.py, reading the corpus in chunks of ``chunk``, would give them."""
    pool = pool_of(articles, pool_size, cache / f"write-growth-pool-{articles}-{pool_size}.pickle")
    origins: dict[str, str] = {}
    corpus = synthetic.corpus(articles, origins=origins)
    pool_originals = [stem for stem in pool if stem not in origins]
    source: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        head = list(itertools.islice(corpus, at + size))
        folder = synthetic.write_articles(head, Path(tmp) / "batch")
        documents = api.read_inputs([folder])
        shutil.rmtree(folder)
    for start in range(0, len(documents), chunk):
        take_items(documents[start:start + chunk], pool, origins, pool_originals, source)
    bundles, sentences = [], {}
    for document in documents[at:]:
        stem = document.id
        bundle, published = pool[source[stem]]
        days = (date.fromisoformat(document.published) - date.fromisoformat(published)).days
        bundles.append(moved(bundle, document, days))
        sentences[stem] = spans(document.text)
    return joined(bundles), sentences


# Parts of the write timed whole (their statements' build included): (module or class, function name).
PARTS = [(copies.StoredCopies, "_signatures"), (copies.StoredCopies, "_compare"), (copies.StoredCopies, "_holders"),
         (write, "_add_actors")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--pool", type=int, default=200)
    parser.add_argument("--at", type=int, required=True, help="articles the store holds (written by write_growth)")
    parser.add_argument("--db", required=True)
    parser.add_argument("--batch-size", type=int, default=25)
    parser.add_argument("--chunk", type=int, default=1000,
                        help="write_growth.py's --chunk, which the store was written with")
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    bundle, sentences = next_batch(args.articles, args.pool, args.at, args.batch_size, args.chunk, args.cache)
    store = api.open_store(args.db)
    print(f"store: {store.counts()}; batch: {len(bundle.documents)} documents, {len(bundle.actors)} actors, "
          f"{sum(len(a.aliases) for a in bundle.actors)} aliases, {len(bundle.events)} events", flush=True)
    timing: dict[str, float] = {}
    started: list[float] = []

    def before(_conn, _cursor, statement, *_rest):
        started.append(time.perf_counter())

    def after(_conn, _cursor, statement, *_rest):
        first = " ".join(statement.split()[:4])[:60]
        timing[first] = timing.get(first, 0.0) + time.perf_counter() - started.pop()

    spent: dict[str, float] = {}

    def timed(owner, name):  # the whole of a part of the write: building its statements, sending, reading
        function = getattr(owner, name)

        def wrapper(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - t0
        setattr(owner, name, wrapper)

    for owner, name in PARTS:
        timed(owner, name)
    event.listen(store.engine, "before_cursor_execute", before)
    event.listen(store.engine, "after_cursor_execute", after)
    walls, cpus, statements, parts = [], [], [], []
    for _ in range(args.repeat + 1):  # the first warms the caches (and the server's) and is not counted
        timing.clear()
        spent.clear()
        n0 = store.statements
        with store.engine.execution_options(write=True).connect() as connection:
            transaction = connection.begin()
            c0, w0 = time.process_time(), time.perf_counter()
            Writer(connection).add(bundle, sentences)
            cpus.append(time.process_time() - c0)
            walls.append(time.perf_counter() - w0)
            transaction.rollback()
        statements.append(store.statements - n0)
        parts.append({**timing, **{f"part {k}()": v for k, v in spent.items()}})
    walls, cpus, statements, parts = walls[1:], cpus[1:], statements[1:], parts[1:]
    print(f"write of one batch, median of {args.repeat}: wall {1000 * statistics.median(walls):.0f} ms "
          f"(min {1000 * min(walls):.0f}), CPU {1000 * statistics.median(cpus):.0f} ms, "
          f"{statistics.median(statements):.0f} statements", flush=True)
    keys = sorted({k for p in parts for k in p}, key=lambda k: -statistics.median(p.get(k, 0.0) for p in parts))
    for k in [k for k in keys if k.startswith("part ")] + [k for k in keys if not k.startswith("part ")][:15]:
        print(f"  {1000 * statistics.median(p.get(k, 0.0) for p in parts):7.1f} ms  {k}")
    store.close()


if __name__ == "__main__":
    main()
