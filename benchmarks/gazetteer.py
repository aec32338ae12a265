"""Benchmark the gazetteer: load in a fresh process with an empty cache and again, resolve time and peak memory.

    .venv/bin/python benchmarks/gazetteer.py [--names 3000]

Each phase runs in a fresh interpreter with its own empty cache directory, so load times and peak RSS are those a
new process sees. The GeoNames index ships in the package (data/gazetteer.sqlite): nothing is built on either
load. The first extract of an article on a fresh install, start to exit, is benchmarks/first_extract.py. Peak RSS
includes the interpreter and whatever ``import conflictgraph`` pulls in (spaCy), reported separately as the
baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def phase(name: str, count: int) -> dict[str, float]:
    """Run in the child: load, then (warm phase) time resolve over real names."""
    started = time.perf_counter()
    from conflictgraph.gazetteer import GEONAMES_DIR, Gazetteer, index_path

    result = {"import_s": time.perf_counter() - started, "baseline_rss_mb": peak_rss_mb()}
    started = time.perf_counter()
    gazetteer = Gazetteer.load()
    result["load_s"] = time.perf_counter() - started
    result["load_rss_mb"] = peak_rss_mb()
    if name == "warm":
        # Real names: every curated surface, every country, and a fixed sample of GeoNames city names.
        names = [surface for surface, _ in gazetteer.names()]
        names += [c["name"] for c in json.loads((GEONAMES_DIR / "countries.json").read_bytes()).values()]
        con = sqlite3.connect(index_path())  # a fixed, spread-out sample of GeoNames's own names
        names += [row[0] for row in con.execute("SELECT name FROM place WHERE id % 37 = 0 LIMIT ?", (count,))]
        contexts = [(), ("IRQ", "USA", "IRN")]
        first, again = [], []
        for i, place in enumerate(names):
            countries = contexts[i % 2]
            t0 = time.perf_counter_ns()
            gazetteer.resolve(place, countries=countries)
            t1 = time.perf_counter_ns()
            gazetteer.resolve(place, countries=countries)
            t2 = time.perf_counter_ns()
            first.append((t1 - t0) / 1000)
            again.append((t2 - t1) / 1000)
        misses = [f"{i}qx{i}zzv" for i in range(1000)]
        none = []
        for miss in misses:
            t0 = time.perf_counter_ns()
            gazetteer.resolve(miss)
            none.append((time.perf_counter_ns() - t0) / 1000)
        result |= {
            "names": len(names),
            "resolve_first_median_us": statistics.median(first),
            "resolve_first_p95_us": statistics.quantiles(first, n=20)[18],
            "resolve_repeat_median_us": statistics.median(again),
            "resolve_miss_median_us": statistics.median(none),
            "index_mb": os.path.getsize(index_path()) / 2**20,
        }
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def run(name: str, cache: str, count: int) -> dict[str, float]:
    env = dict(os.environ, XDG_CACHE_HOME=cache)
    out = subprocess.run([sys.executable, __file__, "--phase", name, "--names", str(count)], env=env,
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phase", choices=("cold", "warm"))
    parser.add_argument("--names", type=int, default=3000, help="GeoNames city names to resolve (plus curated)")
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(phase(args.phase, args.names)))
        return
    with tempfile.TemporaryDirectory() as cache:
        cold = run("cold", cache, args.names)
        warm = run("warm", cache, args.names)
    print(f"import conflictgraph.gazetteer  {warm['import_s']:8.3f} s   (spaCy via conflictgraph/__init__)")
    print(f"first load (fresh cache)        {cold['load_s']:8.3f} s   peak RSS {cold['load_rss_mb']:6.0f} MB")
    print(f"second load                     {warm['load_s']:8.3f} s   peak RSS {warm['load_rss_mb']:6.0f} MB, "
          f"{warm['peak_rss_mb']:.0f} MB after the resolve runs")
    print(f"baseline RSS after import       {warm['baseline_rss_mb']:8.0f} MB")
    print(f"index file (package data)       {warm['index_mb']:8.1f} MB")
    print(f"resolve, first call per name    {warm['resolve_first_median_us']:8.1f} µs median, "
          f"{warm['resolve_first_p95_us']:.1f} µs p95  ({warm['names']} names)")
    print(f"resolve, repeated name          {warm['resolve_repeat_median_us']:8.1f} µs median")
    print(f"resolve, unknown name           {warm['resolve_miss_median_us']:8.1f} µs median")


if __name__ == "__main__":
    main()
