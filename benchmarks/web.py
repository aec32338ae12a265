"""Benchmark the web app: p50/p95 time of each page and API call on a store of N synthetic articles.

    .venv/bin/python benchmarks/web.py                           # 10,000 articles into /tmp/conflictgraph-web-10000.db
    .venv/bin/python benchmarks/web.py --articles 2000 --repeat 30
    .venv/bin/python benchmarks/web.py --db sqlite:///big.db     # time an existing store, build nothing

The articles are those of the ingest benchmark (``benchmarks/synthetic.py``: wire-style sentences over the
knowledge base's actors and places, one in ten a rewrite of an earlier article). The same seed gives the same
articles. They go through the full pipeline (``api.ingest``); a
store that already holds them is reused. Each page is then fetched ``--repeat`` times over HTTP from uvicorn on
127.0.0.1, after one warm-up fetch; the times are wall-clock per request, client included.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402  (the articles the ingest benchmark uses too)


def build(url: str, count: int, processes: int) -> None:
    from conflictgraph import api

    with tempfile.TemporaryDirectory() as tmp:
        folder = synthetic.write(count, Path(tmp))
        started = time.perf_counter()

        def progress(done: int, total: int) -> None:
            rate = done / max(time.perf_counter() - started, 1e-9)
            print(f"\ringested {done:,}/{total:,} ({rate:.1f}/s)", end="", file=sys.stderr, flush=True)

        report = api.ingest([folder], db=url, progress=progress, processes=processes, batch_size=50)
        print(f"\n{len(report.added):,} added, {len(report.skipped):,} already stored, {len(report.failed)} failed "
              f"in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def pages(store) -> dict[str, str]:
    """The pages a person opens, and the API calls their scripts make, on ids this store holds."""
    from urllib.parse import quote

    actor = store.active_actors(1)[0][0].id
    event = store.events(limit=1)[0]
    document = event.evidence[0].document
    place = next((e.location.name for e in store.events(limit=200) if e.location), "Baghdad")
    return {
        "overview /": "/",
        "events /events": "/events",
        "events filtered": f"/events?type=ASSAULT&place={quote(place)}&since=2021-01-01",
        "events page 20": "/events?offset=950",
        "api timeline": "/api/timeline",
        "map /map": "/map",
        "api events.geojson": "/api/events.geojson",
        "network /network": "/network",
        "api network": "/api/network",
        "actor /actors/{id}": f"/actors/{quote(actor, safe='')}",
        "api actor neighbours": f"/api/network?actor={quote(actor)}&limit=60",
        "actors /actors": "/actors",
        "documents /documents": "/documents",
        "document /documents/{id}": f"/documents/{quote(document, safe='')}",
        "search /search": "/search?q=drone+strike",
    }


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="how many articles the built store holds")
    parser.add_argument("--db", help="time this store (built into it when it is empty)")
    parser.add_argument("--repeat", type=int, default=20, help="fetches of each page")
    parser.add_argument("--processes", type=int, default=2, help="parse processes while building")
    args = parser.parse_args()

    import httpx

    from conflictgraph.store import Store
    from conflictgraph.web import create_app
    from conflictgraph.web.server import running

    url = args.db or f"sqlite:///{tempfile.gettempdir()}/conflictgraph-web-{args.articles}.db"
    with Store.open(url) as store:
        held = store.counts()["documents"]
    if held < args.articles and not args.db or held == 0:
        build(url, args.articles, args.processes)
    with Store.open(url) as store:
        counts = store.counts()
        targets = pages(store)
        print(f"store {url}: " + ", ".join(f"{v:,} {k}" for k, v in counts.items()))
        with running(create_app(store=store)) as base, httpx.Client(base_url=base, timeout=120) as client:
            print(f"{'page':<28} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'KiB':>7}")
            for name, path in targets.items():
                response = client.get(path)
                response.raise_for_status()
                times = []
                for _ in range(args.repeat):
                    started = time.perf_counter()
                    client.get(path).raise_for_status()
                    times.append((time.perf_counter() - started) * 1000)
                print(f"{name:<28} {statistics.median(times):8.1f} {percentile(times, 0.95):8.1f} "
                      f"{max(times):8.1f} {len(response.content) / 1024:7.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
