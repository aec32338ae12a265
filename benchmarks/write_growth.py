"""The store's write on a growing store, to 100,000 articles: its per-article cost at each thousand, without
extracting 100,000 articles (2.5 CPU-hours) to get there.

    .venv/bin/python benchmarks/write_growth.py --articles 100000 --pool 1000 \\
        --db postgresql://postgres@127.0.0.1:55717/growth

What it writes. The documents are those of ``synthetic.corpus(ARTICLES)``, the same articles ``benchmarks/ingest.py
--articles ARTICLES`` ingests: their texts, titles, outlets and dates of publication (ARTICLES of them spread
over four years), read by the same reader. So everything the store derives from a document's text (its
sentences' words, MinHash, LSH buckets, anchor sentences, the copies it finds and aligns) is what a real run of
that many articles stores and looks up. What the pipeline would extract from each is taken from a pool: the first
``--pool`` articles of that corpus are extracted once, one at a time, with the ingest's pipeline; article k
(past the pool) gets the items of a pool article (the originals in turn; a copy gets those of its original's), with
every event's date moved by the days between the two articles' publications (a date of a month or a year by the
month or year those days lead to), its evidence, mentions, relations and claims moved to article k's document,
and its event ids made again from that document. So the events a batch merges have the types, actors and places
of the real extraction, and dates spread over the four years as densely as a real run's: the event look-ups of
the write (by type and date, by type and actor) meet as many stored rows as they would. Each batch of
``--batch-size`` consecutive articles is written with ``Store.add``, the write the ingest's workers do, into one
store (PostgreSQL or SQLite), by this process: it is the worker, and its RSS is the writer's.

What it does not measure. The extraction (its cost does not depend on the store: docs/scale.md, "Long run").
The pool's items recur (once every ``--pool`` originals, on other dates), so claims and relations, which are
merged by their words and actors, not dates, are found stored more often than in a real run (an insert becomes
evidence added to a stored row: the same look-up by key). The evidence's and mentions' offsets are those of the
pool article's text, not of article k's (the store does not read them when it writes). The corpus stages'
merging of a batch's events across its articles was done on one article at a time: the store merges those
(the same rule), so a batch brings it a few more events than an ingest would. Sentences of article k are split
by a rule (a full stop, a question or exclamation mark, or a blank line), not by the parse.

Prints, for every ``--chunk`` articles, the write's CPU time an article (this process, in ``Store.add``, and the
PostgreSQL server's, when it runs on this machine), its wall time, the statements, the rows the event look-ups
read, this process's RSS (now and peak), and at the end the last chunk's cost against the first's.
"""

from __future__ import annotations

import argparse
import itertools
import os
import pickle
import re
import resource
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402
from ingest import rss_mb, server_cpu  # noqa: E402

from conflictgraph import api  # noqa: E402
from conflictgraph.core.identity import event_id  # noqa: E402
from conflictgraph.model import Actor, Bundle, Document, Evidence  # noqa: E402
from conflictgraph.store import content_hash  # noqa: E402

SENTENCE = re.compile(r"[^\s].*?(?:[.!?](?=\s|$)|(?=\n\s*\n)|$)", re.S)


def spans(text: str) -> list[tuple[int, int]]:
    """Sentences by rule: (start, end) of each, none empty."""
    return [(m.start(), m.end()) for m in SENTENCE.finditer(text) if m.group().strip()]


def shifted(value: str | None, days: int) -> str | None:
    """A date moved by ``days``: a day by that many, a month or a year to the one its middle falls in then."""
    if not value or not days:
        return value
    try:
        if len(value) == 10:
            return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
        if len(value) == 7:
            return (date.fromisoformat(value + "-15") + timedelta(days=days)).isoformat()[:7]
        if len(value) == 4:
            return (date.fromisoformat(value + "-07-01") + timedelta(days=days)).isoformat()[:4]
    except ValueError:
        pass
    return value


def moved(bundle: Bundle, document: Document, days: int) -> Bundle:
    """The pool article's items as article ``document``'s: evidence and mentions moved to it, events re-dated."""
    new = document.id

    def evidence(items):
        return [Evidence(new, e.start, e.end, e.text) for e in items]

    events = []
    for event in bundle.events:
        e = replace(event, date=shifted(event.date, days), evidence=evidence(event.evidence))
        events.append(replace(e, id=event_id(e)))
    return Bundle(documents=[document], actors=bundle.actors,
                  mentions=[replace(m, document=new) for m in bundle.mentions],
                  relations=[replace(r, evidence=evidence(r.evidence)) for r in bundle.relations],
                  events=events, claims=[replace(c, evidence=evidence(c.evidence)) for c in bundle.claims])


def joined(bundles: list[Bundle]) -> Bundle:
    """One batch's bundle from its articles' (an actor id once, its first record)."""
    actors: dict[str, Actor] = {}
    for b in bundles:
        for a in b.actors:
            actors.setdefault(a.id, a)
    return Bundle(documents=[d for b in bundles for d in b.documents], actors=list(actors.values()),
                  mentions=[m for b in bundles for m in b.mentions],
                  relations=[r for b in bundles for r in b.relations],
                  events=[e for b in bundles for e in b.events], claims=[c for b in bundles for c in b.claims])


def pool_of(articles: int, size: int, cache: Path) -> dict[str, tuple[Bundle, str]]:
    """The first ``size`` articles of the corpus, extracted one at a time: stem -> (bundle, published)."""
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    pipeline = api._pipeline(api.INGEST_STAGES, None)
    pool = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = synthetic.write_articles(itertools.islice(synthetic.corpus(articles), size), Path(tmp) / "pool")
        for i, document in enumerate(api.read_inputs([folder])):
            bundle, _ = api._extract_for_store([document], pipeline, 1)
            pool[document.id] = (bundle, document.published)
            if i % 100 == 99:
                print(f"  pool: {i + 1} articles extracted", file=sys.stderr, flush=True)
    cache.write_bytes(pickle.dumps(pool))
    return pool


def take_items(documents: list[Document], pool: dict[str, tuple[Bundle, str]], origins: dict[str, str],
               pool_originals: list[str], source: dict[str, str]) -> None:
    """Record in ``source`` the pool article whose items each document of one chunk takes: a pool article its own, a
    copy its original's, any other original the pool's originals in turn, counted from the chunk's first."""
    originals = 0
    for document in documents:
        stem = document.id
        if stem in pool:
            source[stem] = stem
        elif stem in origins:
            source[stem] = source[origins[stem]]
        else:
            source[stem] = pool_originals[originals % len(pool_originals)]
            originals += 1


def look_rows(store) -> dict[str, int]:
    """Rows the event look-ups of this process's batches read (counted by the merge's view, when it counts)."""
    from conflictgraph.store import merge

    return dict(getattr(merge, "READ", {}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--pool", type=int, default=1000, help="articles extracted, whose items the others take")
    parser.add_argument("--db", required=True, help="store URL")
    parser.add_argument("--batch-size", type=int, default=25)
    parser.add_argument("--chunk", type=int, default=1000, help="articles a line of figures")
    parser.add_argument("--resume", type=int, default=0, metavar="K",
                        help="the store holds the first K articles already: go on from article K+1")
    parser.add_argument("--stop", type=int, default=0, metavar="K", help="stop after K articles (of the --articles)")
    parser.add_argument("--profile", type=int, default=0, metavar="K",
                        help="profile the writes from article K on (cProfile), and print the costliest functions")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()),
                        help="folder of the extracted pool (made once, reused)")
    args = parser.parse_args()
    started = time.perf_counter()
    pool = pool_of(args.articles, args.pool, args.cache / f"write-growth-pool-{args.articles}-{args.pool}.pickle")
    print(f"pool: {len(pool)} articles, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    origins: dict[str, str] = {}
    corpus = synthetic.corpus(args.articles, origins=origins)
    pool_originals = [stem for stem in pool if stem not in origins]
    source: dict[str, str] = {}  # article -> the pool article whose items it has
    store = api.open_store(args.db)
    chunks = []
    done = 0
    seen: set[str] = set()
    profile = None
    with tempfile.TemporaryDirectory() as tmp:
        while not args.stop or done < args.stop:
            if args.profile and done >= args.profile and profile is None:
                import cProfile

                profile = cProfile.Profile()
                profile.enable()
            articles = list(itertools.islice(corpus, args.chunk))
            if not articles:
                break
            folder = synthetic.write_articles(articles, Path(tmp) / "chunk")
            documents = api.read_inputs([folder])
            shutil.rmtree(folder)
            # As an ingest does: a text the store holds (the corpus repeats a few) is left out.
            hashes = {d.id: content_hash(d.text) for d in documents}
            stored = store.stored_texts(hashes.values())
            bundles, sentences = [], {}
            take_items(documents, pool, origins, pool_originals, source)
            skipped = done + len(documents) <= args.resume  # a chunk the store holds: its items are not needed
            for document in documents:
                stem = document.id
                if hashes[stem] in stored or hashes[stem] in seen:
                    continue
                seen.add(hashes[stem])
                if skipped:
                    continue
                bundle, published = pool[source[stem]]
                days = (date.fromisoformat(document.published) - date.fromisoformat(published)).days
                bundles.append(moved(bundle, document, days))
                sentences[stem] = spans(document.text)
            if skipped:  # (documents: read, stored or not)
                done += len(documents)
                continue
            cpu = wall = 0.0
            server_before, statements_before, rows_before = server_cpu(args.db), store.statements, look_rows(store)
            written = 0
            for start in range(0, len(bundles), args.batch_size):
                if done + start < args.resume:
                    continue
                part = bundles[start:start + args.batch_size]
                batch = joined(part)
                c0, w0 = time.process_time(), time.perf_counter()
                store.add(batch, {d.id: sentences[d.id] for d in batch.documents})
                cpu += time.process_time() - c0
                wall += time.perf_counter() - w0
                written += len(part)
            done += len(documents)
            server_after, rows_after = server_cpu(args.db), look_rows(store)
            n = written or 1
            chunk = {"done": done, "n": written, "cpu": cpu, "wall": wall,
                     "server": None if server_before is None else server_after - server_before,
                     "statements": store.statements - statements_before,
                     "rows": {k: rows_after.get(k, 0) - rows_before.get(k, 0) for k in rows_after},
                     "rss": rss_mb(), "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
            chunks.append(chunk)
            rows = ", ".join(f"{k} {v / n:.0f}" for k, v in sorted(chunk["rows"].items()))
            print(f"{done:>7} articles, {time.perf_counter() - started:7.0f} s: write CPU {1000 * cpu / n:5.1f} "
                  f"ms/article, server " + ("-" if chunk["server"] is None else f"{1000 * chunk['server'] / n:5.1f}")
                  + f" ms, wall {1000 * wall / n:5.1f} ms; {chunk['statements'] / n:.2f} statements; "
                  + (f"rows read an article: {rows}; " if rows else "")
                  + f"RSS {chunk['rss']:.0f} MB (peak {chunk['peak']:.0f}); load {os.getloadavg()[0]:.1f}",
                  flush=True)
    if profile is not None:
        import pstats

        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(45)
    counts = store.counts()
    store.close()
    print(f"store: {counts}", flush=True)
    if len(chunks) > 1:
        a, b = chunks[0], chunks[-1]
        ratio = (b["cpu"] / b["n"]) / (a["cpu"] / a["n"])
        both = ""
        if a["server"] and b["server"] is not None:
            total = ((b["cpu"] + b["server"]) / b["n"]) / ((a["cpu"] + a["server"]) / a["n"])
            both = (f"; with the server's {total:.2f}"
                    f" (server alone {(b['server'] / b['n']) / (a['server'] / a['n']):.2f})")
        print(f"last/first chunk, write CPU an article: {ratio:.2f}" + both, flush=True)


if __name__ == "__main__":
    main()
