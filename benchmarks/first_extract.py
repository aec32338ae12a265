"""Benchmark the first `conflictgraph extract` of one article on a fresh install: total seconds, start to exit.

    .venv/bin/python benchmarks/first_extract.py [--runs 3] [ARTICLE]

Each run is a new process with an empty cache directory (XDG_CACHE_HOME), so nothing a previous run left
counts: what it measures is interpreter start, imports, the spaCy model, the knowledge base, the gazetteer (its
GeoNames index ships in the package, so nothing is built) and one extraction. The CPU seconds (user and
system) it also prints are what the wall time would be on a quiet machine, give or take the disk. The
operating system's file cache is not emptied (that needs root and a quiet machine): the first run after a reboot
reads the ~35 MB index and the model from disk as well.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "examples" / "seeds" / "003_a4845598032d4a96.txt"


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(article: Path) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one first extract."""
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, XDG_CACHE_HOME=cache)
        cpu, started = cpu_of_children(), time.perf_counter()
        subprocess.run([sys.executable, "-m", "conflictgraph", "extract", "--quiet", str(article)], env=env,
                       check=True, stdout=subprocess.DEVNULL)
        elapsed, cpu = time.perf_counter() - started, cpu_of_children() - cpu
        if any(Path(cache).iterdir()):
            raise SystemExit(f"the first extract wrote into the cache: {sorted(os.listdir(cache))}")
    return elapsed, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    runs = [run_once(args.article) for _ in range(args.runs)]
    times, cpus = [wall for wall, _ in runs], [cpu for _, cpu in runs]
    load = os.getloadavg()[0]
    print(f"first extract of {args.article.name}, fresh cache: {statistics.median(times):.2f} s median, "
          f"{min(times):.2f}-{max(times):.2f} s over {len(times)} runs (target < 3 s); "
          f"CPU {statistics.median(cpus):.2f} s median; load average {load:.1f} when it ended")


if __name__ == "__main__":
    main()
