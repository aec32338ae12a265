"""Ingest benchmark: N synthetic articles into a store; articles/s, peak RSS, and the per-article cost at the
start and at the end, so that a cost growing with the store shows.

    .venv/bin/python benchmarks/ingest.py --articles 10000            # a new SQLite store in a temp folder
    .venv/bin/python benchmarks/ingest.py --articles 2000 --db postgresql://user@localhost/bench
    .venv/bin/python benchmarks/ingest.py --articles 2000 --db postgresql://user@localhost/bench --workers 2
    .venv/bin/python benchmarks/ingest.py --articles 2000 --db postgresql://... --scheduler tcp://HOST:8786

The synthetic articles are made as they are needed, ``--chunk`` (1,000) at a time, written out, ingested into the
same store and deleted, so the client's memory stays flat however many there are; each chunk's costs are printed
as it ends (wall and CPU time an article, statements, peak RSS), so that a run stopped early still tells whether
the cost is flat. Prints the figures, and the ratio of the last window's per-article cost to the first's (1.0 =
flat), and of the last chunk's to the first's. With
``--workers N`` (a local Dask cluster of N processes, started here) or ``--scheduler`` (a running cluster) the
ingest runs on Dask (docs/scale.md): it also prints each worker's peak RSS and, with PostgreSQL, how long the
workers' batches waited for the merge-key locks, the CPU time an article of the workers (extracting, writing) and
of the PostgreSQL server (when it runs on this machine) and the SQL statements an article, the figures the model
in docs/scale.md is made from;
``--any-order`` lets the workers write at the same time (else one ingest's batches are written in input order).
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402

from conflictgraph import api  # noqa: E402


def window(timings: list[tuple[int, float, float]], articles: int, last: bool) -> tuple[float, float]:
    """Milliseconds per article (extracting, storing) over the first or last ``articles`` ingested."""
    chosen, count = [], 0
    for entry in (reversed(timings) if last else timings):
        chosen.append(entry)
        count += entry[0]
        if count >= articles:
            break
    n = sum(c for c, _, _ in chosen) or 1
    return 1000 * sum(e for _, e, _ in chosen) / n, 1000 * sum(s for _, _, s in chosen) / n


def server_cpu(url: str | None) -> float | None:
    """CPU seconds the PostgreSQL server at ``url`` has spent so far, if it runs on this machine and this process may
    read its processes: the postmaster's with its ended children's (the backends of closed connections), plus its
    running children's."""
    if not url or not url.startswith("postgres"):
        return None
    from sqlalchemy import create_engine

    from conflictgraph.store import normalize_url

    engine = create_engine(normalize_url(url))
    try:
        with engine.connect() as connection:
            folder = connection.exec_driver_sql("SHOW data_directory").scalar()
        pid = int((Path(folder) / "postmaster.pid").read_text().split()[0])
        children = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except Exception:  # noqa: BLE001 - another machine's server, or not ours to read
        return None
    finally:
        engine.dispose()

    def spent(process: int, with_children: bool) -> float:
        try:
            fields = Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0  # ended meanwhile: counted in the postmaster's children's time
        ticks = [int(f) for f in fields[11:15]]  # utime, stime, cutime, cstime
        return sum(ticks if with_children else ticks[:2]) / os.sysconf("SC_CLK_TCK")

    return spent(pid, True) + sum(spent(child, True) for child in children)


def rss_mb() -> float:
    """This process's resident memory now, in MB."""
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--db", help="store URL (default: a new SQLite file in a temp folder)")
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument("--window", type=int, default=500, help="articles in the start and end windows")
    parser.add_argument("--chunk", type=int, default=1000,
                        help="articles written out and ingested at a time (the client's memory stays flat); the "
                             "costs are printed for each")
    parser.add_argument("--workers", type=int, default=0, help="ingest on a local Dask cluster of N processes")
    parser.add_argument("--scheduler", help="ingest on the Dask cluster of this scheduler (tcp://HOST:PORT)")
    parser.add_argument("--any-order", action="store_true",
                        help="workers write their batches at the same time, not in input order (ingest --any-order)")
    parser.add_argument("--resume", type=int, default=0, metavar="K",
                        help="the store (--db) already holds the first K of the articles, from a long run that was "
                             "stopped: they are made again and skipped, and the run goes on from article K+1")
    args = parser.parse_args()
    cluster = client = None
    if args.workers or args.scheduler:
        from distributed import Client

        from conflictgraph.distributed import local_cluster

        if not args.scheduler:
            cluster = local_cluster(args.workers)  # the workers `ingest --workers N` starts
        client = Client(args.scheduler or cluster.scheduler_address)
    from conflictgraph.distributed import usage

    def used() -> dict[str, dict]:
        return client.run(usage) if client else {}

    def spent(before: dict, after: dict, key: str) -> float:
        return sum(after[w][key] - before.get(w, {}).get(key, 0) for w in after)

    report = api.IngestReport()
    chunks = []  # per chunk: articles, wall s, extract s, write s, lock wait s, worker CPU extract/write s, server
    # CPU s, statements
    articles = itertools.islice(synthetic.corpus(args.articles), args.resume, None)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        scheduler = client.scheduler.address if client else None
        started = time.perf_counter()
        while True:
            batch = list(itertools.islice(articles, args.chunk))
            if not batch:
                break
            folder = Path(tmp) / "articles"
            synthetic.write_articles(batch, folder)
            workers_before, server_before, began = used(), server_cpu(args.db), time.perf_counter()
            part = api.ingest([folder], db=url, batch_size=args.batch_size, scheduler=scheduler,
                              in_order=not args.any_order)
            wall = time.perf_counter() - began
            workers_after, server_after = used(), server_cpu(args.db)
            shutil.rmtree(folder)
            report.added += part.added
            report.failed += part.failed
            report.timings += part.timings
            report.lock_waits += part.lock_waits
            report.conflicts += part.conflicts
            n = len(part.added) or 1
            chunk = {"n": len(part.added), "wall": wall, "extract": sum(e for _, e, _ in part.timings),
                     "write": sum(s for _, _, s in part.timings), "wait": sum(part.lock_waits),
                     "cpu_extract": spent(workers_before, workers_after, "extract_cpu"),
                     "cpu_write": spent(workers_before, workers_after, "write_cpu"),
                     "statements": spent(workers_before, workers_after, "statements"),
                     "server": (server_after - server_before) if server_before is not None else None,
                     "rss": {w: u["peak_rss"] / 2**20 for w, u in workers_after.items()}}
            chunks.append(chunk)
            done = args.resume + sum(c["n"] for c in chunks)
            print(f"  {done:>7} articles, {time.perf_counter() - started:8.1f} s: this chunk "
                  f"{1000 * wall / n:6.1f} ms/article wall; extract {1000 * chunk['extract'] / n:6.1f}, "
                  f"write {1000 * chunk['write'] / n:6.1f} (lock wait {1000 * chunk['wait'] / n:4.1f}) ms; CPU "
                  + (f"workers {1000 * chunk['cpu_extract'] / n:6.1f} + {1000 * chunk['cpu_write'] / n:5.1f} ms, "
                     if client else "")
                  + (f"server {1000 * chunk['server'] / n:5.1f} ms; " if chunk["server"] is not None else "")
                  + (f"{chunk['statements'] / n:4.1f} statements; " if client else "")
                  + "peak RSS " + ", ".join(f"{r:.0f}" for _, r in sorted(chunk["rss"].items()))
                  + f" MB; client {rss_mb():.0f} MB", file=sys.stderr, flush=True)
        elapsed = time.perf_counter() - started
        with api.open_store(url) as store:
            counts = store.counts()
        db_size = (Path(tmp) / "bench.db").stat().st_size if not args.db else None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    first, last = window(report.timings, args.window, False), window(report.timings, args.window, True)
    print(f"ingest: {len(report.added)} articles added ({len(report.failed)} failed) in {elapsed:.1f} s: "
          f"{len(report.added) / elapsed:.1f} articles/s; peak RSS {peak:.0f} MB")
    print(f"store: {counts['documents']} documents, {counts['copies']} marked as copies, {counts['events']} events, "
          f"{counts['actors']} actors, {counts['relations']} relations, {counts['claims']} claims"
          + (f"; {db_size / 1e6:.0f} MB on disk" if db_size else ""))
    print(f"per article, first {args.window}: extract {first[0]:.1f} ms, store {first[1]:.1f} ms")
    print(f"per article, last {args.window}:  extract {last[0]:.1f} ms, store {last[1]:.1f} ms")
    # The cost along the way, a tenth of the articles at a time: a cost that is bounded stops rising.
    tenth, seen, parts = max(len(report.added) // 10, 1), 0, []
    for count, extract_s, store_s in report.timings:
        if not parts or parts[-1][0] >= tenth:
            parts.append([0, 0.0, 0.0])
        parts[-1][0] += count
        parts[-1][1] += extract_s
        parts[-1][2] += store_s
    for count, extract_s, store_s in parts:
        seen += count
        print(f"  up to {seen:>6} articles: extract {1000 * extract_s / count:6.1f} ms, "
              f"store {1000 * store_s / count:6.1f} ms per article")
    print(f"ratio last/first: extract {last[0] / first[0]:.2f}, store {last[1] / first[1]:.2f}, "
          f"total {(last[0] + last[1]) / (first[0] + first[1]):.2f}")
    if len(chunks) > 1:
        a, b = chunks[0], chunks[-1]

        def per(chunk: dict, key: str) -> float:
            return chunk[key] / (chunk["n"] or 1)

        cpu = ""
        if client and a["server"] and b["server"] is not None:
            writes = [per(c, "cpu_write") + per(c, "server") for c in (a, b)]
            cpu = f"; CPU of the write (worker and server) {writes[1] / writes[0]:.2f}"
        print(f"last chunk / first chunk, per article: wall {per(b, 'wall') / per(a, 'wall'):.2f}, extract "
              f"{per(b, 'extract') / per(a, 'extract'):.2f}, write {per(b, 'write') / per(a, 'write'):.2f}" + cpu
              + (f"; workers' CPU extracting {per(b, 'cpu_extract') / per(a, 'cpu_extract'):.2f}" if client else ""))
    if client:
        final = used()
        n = len(report.added) or 1
        print(f"workers: {len(final)}; peak RSS of each: "
              + ", ".join(f"{u['peak_rss'] / 2**20:.0f} MB" for _, u in sorted(final.items())))
        totals = {k: sum(u[k] for u in final.values()) for k in ("extract_cpu", "write_cpu", "statements")}
        server = [c["server"] for c in chunks]
        print(f"CPU per article: workers extracting {1000 * totals['extract_cpu'] / n:.1f} ms, writing "
              f"{1000 * totals['write_cpu'] / n:.1f} ms; "
              + (f"PostgreSQL server {1000 * sum(server) / n:.1f} ms" if None not in server
                 else "PostgreSQL server: not measured (not on this machine)")
              + f"; SQL statements per article: {totals['statements'] / n:.1f}")
        if report.lock_waits:
            waited = sum(report.lock_waits)
            stored = sum(s for _, _, s in report.timings)
            extracted = sum(e for _, e, _ in report.timings)
            print(f"merge-key locks: waited {1000 * waited / n:.1f} ms per article ({waited:.1f} s in all); "
                  f"writing {1000 * (stored - waited) / n:.1f} ms per article besides; extraction "
                  f"{1000 * extracted / n:.1f} ms per article per worker; {report.conflicts} batches written again")
        client.close()
        if cluster:
            cluster.close()


if __name__ == "__main__":
    main()
