"""Benchmark briefings: how long `conflictgraph brief` takes for a country-month selection of a large store.

    .venv/bin/python benchmarks/brief.py --db /work/bench/store-10k.db            # the busiest country-month
    .venv/bin/python benchmarks/brief.py --db STORE --place IRQ --since 2021-03-01 --until 2021-03-31 --repeat 5

The store is copied first (SQLite's backup API, so a store being written is copied whole and never written to).
Without a selection, the country and month with most events are chosen. Each run reads and composes the
briefing (``brief.build``) and renders it as HTML and Markdown, in this process, after one warm-up run that
also loads what every run shares (the gazetteer, the country shapes); ``--pdf`` times the PDF too. The command
itself, a new process, is timed once (``conflictgraph brief -o FILE.html``), start-up included.
"""

from __future__ import annotations

import argparse
import calendar
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def copy(path: str, target: Path) -> None:
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with sqlite3.connect(target) as copied:
        source.backup(copied)
    source.close()


def busiest(path: Path) -> tuple[str, str, str]:
    """(country, first day, last day) of the country-month with most events."""
    with sqlite3.connect(path) as c:
        country, month = c.execute(
            "SELECT country, substr(date, 1, 7) AS month FROM events WHERE country IS NOT NULL "
            "AND length(date) >= 7 GROUP BY country, month ORDER BY count(*) DESC, country, month LIMIT 1").fetchone()
    year, number = (int(x) for x in month.split("-"))
    return country, f"{month}-01", f"{month}-{calendar.monthrange(year, number)[1]:02d}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a SQLite store (a path or sqlite:///PATH); it is copied")
    parser.add_argument("--place")
    parser.add_argument("--since")
    parser.add_argument("--until")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pdf", action="store_true", help="time the PDF too (needs Chromium)")
    args = parser.parse_args()

    from conflictgraph.brief import Criteria, build, render
    from conflictgraph.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "store.db"
        started = time.perf_counter()
        copy(args.db.removeprefix("sqlite:///"), path)
        print(f"copied the store in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        place, since, until = args.place, args.since, args.until
        if not (place and since and until):
            place, since, until = busiest(path)
        criteria = Criteria(place=place, since=since, until=until)
        url = f"sqlite:///{path}"
        with Store.open(url) as store:
            counts = store.counts()
            print(f"store: {counts['documents']:,} documents, {counts['events']:,} events, {counts['claims']:,} "
                  f"claims; selection: {criteria.describe()}")
            timings: dict[str, list[float]] = {"build": [], "html": [], "md": [], "pdf": []}
            for run in range(args.repeat + 1):
                t0 = time.perf_counter()
                brief = build(store, criteria)
                t1 = time.perf_counter()
                page = render(brief, "html")
                t2 = time.perf_counter()
                render(brief, "md")
                t3 = time.perf_counter()
                if args.pdf:
                    render(brief, "pdf")
                t4 = time.perf_counter()
                if run:  # the first run warms up
                    for key, value in (("build", t1 - t0), ("html", t2 - t1), ("md", t3 - t2), ("pdf", t4 - t3)):
                        timings[key].append(value)
        figures = dict(brief.figures)
        print(f"briefing: {figures['Events']} events, {figures['Articles reporting them']} articles, "
              f"{len(brief.events)} main events, {len(brief.disputes)} disagreements, {len(brief.citations)} "
              f"citations, {len(page):,} bytes of HTML")
        for key, values in timings.items():
            if values and (key != "pdf" or args.pdf):
                print(f"{key:6} median {statistics.median(values):6.2f} s   max {max(values):6.2f} s")
        total = [sum(timings[k][i] for k in ("build", "html")) for i in range(args.repeat)]
        print(f"build + html, in process: median {statistics.median(total):.2f} s")
        out = Path(tmp) / "brief.html"
        started = time.perf_counter()
        subprocess.run([str(Path(sys.executable).parent / "conflictgraph"), "brief", "--db", url, "--place", place,
                        "--since", since, "--until", until, "-o", str(out)], check=True)
        print(f"conflictgraph brief -o brief.html (a new process, start-up included): "
              f"{time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
