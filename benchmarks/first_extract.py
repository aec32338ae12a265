"""Benchmark the first `conflictgraph extract` of one article on a fresh install: total seconds, start to exit.

    .venv/bin/python benchmarks/first_extract.py [--runs 3] [ARTICLE]

Each run is a new process with an empty cache directory (XDG_CACHE_HOME), so nothing a previous run left
counts: what it measures is interpreter start, imports, the spaCy model, the knowledge base, the gazetteer (its
GeoNames index ships in the package, so nothing is built) and one extraction. The operating system's file
cache is not emptied (that needs root and a quiet machine): the first run after a reboot reads the ~35 MB index
and the model from disk as well.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "examples" / "seeds" / "003_a4845598032d4a96.txt"


def run_once(article: Path) -> float:
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, XDG_CACHE_HOME=cache)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "conflictgraph", "extract", "--quiet", str(article)], env=env,
                       check=True, stdout=subprocess.DEVNULL)
        elapsed = time.perf_counter() - started
        if any(Path(cache).iterdir()):
            raise SystemExit(f"the first extract wrote into the cache: {sorted(os.listdir(cache))}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    times = [run_once(args.article) for _ in range(args.runs)]
    print(f"first extract of {args.article.name}, fresh cache: {statistics.median(times):.2f} s median, "
          f"{min(times):.2f}-{max(times):.2f} s over {len(times)} runs (target < 3 s)")


if __name__ == "__main__":
    main()
