"""Load the web app with many concurrent clients: requests per second, p50/p95/p99 latency and errors.

    .venv/bin/python benchmarks/web_load.py --db sqlite:////tmp/store-10k-copy.db
    .venv/bin/python benchmarks/web_load.py --db sqlite:///S.db --clients 50 --requests 3000 --seconds 60

The app runs as ``conflictgraph serve`` in its own process on 127.0.0.1 (as a user runs it); the clients are
asyncio tasks in this one, each on its own keep-alive connection, sending its next request as soon as the
last one is answered (a request that fails or takes over 30 s is an error). What they ask
for mixes what every visitor opens (the overview, the first page of events, the timeline, the network, the
map's GeoJSON) with a long tail no two visitors share: a random document, actor, page of events, search. The
random choices come from a fixed seed, so two runs ask for the same URLs in the same order. Beside the
figures it prints the CPU seconds the server and the clients used, and the machine's load average: on a
machine shared with other work, the server's CPU a request is the figure that does not depend on the others.

The load is bounded: at most ``--requests`` requests and ``--seconds`` seconds, on 127.0.0.1 only. The store
is only read; point ``--db`` at a copy if another process may be writing to it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

COMMON = ["/", "/api/overview", "/events", "/api/events", "/api/timeline", "/api/network", "/network", "/map",
          "/api/events.geojson", "/actors", "/documents"]
TIMEOUT = 30  # seconds a request may take before it counts as an error
WORDS = ["drone", "strike", "rockets", "Baghdad", "militia", "protest", "killed", "ceasefire", "embassy", "base"]


def long_tail(rng: random.Random, documents: list[str], actors: list[str], types: list[str]) -> str:
    """A URL that few visitors would share."""
    kind = rng.randrange(6)
    if kind == 0:
        return f"/documents/{quote(rng.choice(documents), safe='')}"
    if kind == 1:
        return f"/api/actors/{quote(rng.choice(actors), safe='')}"
    if kind == 2:
        return f"/api/events?offset={rng.randrange(0, 5000, 50)}"
    if kind == 3:
        return f"/api/events?type={rng.choice(types)}&since=20{rng.randrange(19, 24)}"
    if kind == 4:
        return f"/api/search?q={'+'.join(rng.sample(WORDS, 2))}"
    return f"/actors/{quote(rng.choice(actors), safe='')}"


def plan(url: str, count: int, seed: int, tail: float) -> list[str]:
    """The URLs the clients ask for, in order: a share ``tail`` of them from the long tail."""
    from conflictgraph.model import EVENT_TYPES
    from conflictgraph.store import Store

    with Store.open(url, migrate=False) as store:
        documents = [d.id for d in store.documents(limit=2000)]
        actors = [a.id for a, _ in store.active_actors(300)]
    rng = random.Random(seed)
    return [long_tail(rng, documents, actors, list(EVENT_TYPES)) if rng.random() < tail else rng.choice(COMMON)
            for _ in range(count)]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))] if ordered else float("nan")


class Connection:
    """One client's keep-alive HTTP/1.1 connection, as a browser tab keeps one. Written on asyncio's streams and
    not with an HTTP library: the clients share the machine's cores with the server, and httpx spent more CPU
    a request (about 9 ms) than the server did, which the server's figures then paid for."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        """The status of GET ``path``, its whole body read; an OSError or IncompleteReadError if it failed."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode("latin-1"))
        await self.writer.drain()
        status = int((await self.reader.readuntil(b"\r\n")).split()[1])
        headers = {}
        while (line := await self.reader.readuntil(b"\r\n")) != b"\r\n":
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip().lower()
        if headers.get("transfer-encoding") == "chunked":
            while size := int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16):
                await self.reader.readexactly(size + 2)
            await self.reader.readuntil(b"\r\n")
        else:
            await self.reader.readexactly(int(headers.get("content-length", 0)))
        if headers.get("connection") == "close":
            self.close()
        return status

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def load(host: str, port: int, urls: list[str], clients: int, seconds: float) -> tuple[list, float]:
    queue = list(reversed(urls))
    results: list[tuple[str, float, int | str]] = []
    deadline = time.perf_counter() + seconds

    async def one_client() -> None:
        connection = Connection(host, port)
        while queue and time.perf_counter() < deadline:
            path = queue.pop()
            started = time.perf_counter()
            try:
                outcome: int | str = await asyncio.wait_for(connection.get(path), TIMEOUT)
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
                outcome = type(exc).__name__
                connection.close()
            results.append((path, time.perf_counter() - started, outcome))
        connection.close()

    started = time.perf_counter()
    await asyncio.gather(*(one_client() for _ in range(clients)))
    return results, time.perf_counter() - started


def wait_for(base: str, server: subprocess.Popen, timeout: float = 60) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped (exit {server.returncode}); see its messages above")
        try:
            httpx.get(base + "/api/overview", timeout=30)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("the server did not answer within a minute")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the store to serve (sqlite:///PATH or postgresql://...)")
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    parser.add_argument("--requests", type=int, default=3000, help="requests in all, at most (default 3000)")
    parser.add_argument("--seconds", type=float, default=60, help="stop after this long (default 60)")
    parser.add_argument("--tail", type=float, default=0.5, help="share of long-tail URLs (default 0.5)")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--port", type=int, default=0, help="the server's port (default: a free one)")
    parser.add_argument("--workers", type=int, default=1, help="serve --workers: the server's processes")
    parser.add_argument("--no-warm", dest="warm", action="store_false",
                        help="skip the first visitor's walk through the common pages before the load")
    args = parser.parse_args()
    if not 1 <= args.clients <= 500 or not 1 <= args.requests <= 100_000 or not 0 < args.seconds <= 600:
        parser.error("--clients 1..500, --requests 1..100000, --seconds up to 600")

    from conflictgraph.web.server import free_port

    port = args.port or free_port()
    base = f"http://127.0.0.1:{port}"
    urls = plan(args.db, args.requests, args.seed, args.tail)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    workers = ["--workers", str(args.workers)] if args.workers > 1 else []
    server = subprocess.Popen([sys.executable, "-m", "conflictgraph", "serve", "--db", args.db, "--host", "127.0.0.1",
                               "--port", str(port), *workers], env=env)
    try:
        wait_for(base, server)
        if args.warm:
            import httpx

            for path in COMMON:  # a first visitor's walk through the pages every visitor opens
                httpx.get(base + path, timeout=60)
        cpu = {"server": server_cpu(server.pid), "clients": time.process_time(), "load": os.getloadavg()[0]}
        results, elapsed = asyncio.run(load("127.0.0.1", port, urls, args.clients, args.seconds))
        cpu = {"server": server_cpu(server.pid) - cpu["server"], "clients": time.process_time() - cpu["clients"],
               "load": (cpu["load"], os.getloadavg()[0])}
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
    report(results, elapsed, args, cpu)
    return 0


def server_cpu(pid: int) -> float:
    """CPU seconds the server has used so far, its worker processes included (read from /proc: Linux; else nan)."""
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total = 0.0
    try:
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rpartition(")")[2].split()
            except OSError:  # the process ended meanwhile
                continue
            if stat.parent.name == str(pid) or fields[1] == str(pid):  # the server, or one of its workers
                total += (int(fields[11]) + int(fields[12])) / ticks
    except OSError:
        return float("nan")
    return total if Path(f"/proc/{pid}").exists() else float("nan")


def report(results: list, elapsed: float, args: argparse.Namespace, cpu: dict) -> None:
    times = [t for _, t, _ in results]
    errors = [(p, o) for p, _, o in results if o != 200]
    print(f"store {args.db}: {args.clients} clients, {len(results):,} requests in {elapsed:.1f} s "
          f"({args.tail:.0%} long tail, seed {args.seed}, {'after' if args.warm else 'without'} a warm-up visit, "
          f"{args.workers} server process(es), {os.cpu_count()} cores)")
    print(f"  {len(results) / elapsed:.1f} requests/s, errors {len(errors)}, "
          f"p50 {percentile(times, .5) * 1000:.0f} ms, p95 {percentile(times, .95) * 1000:.0f} ms, "
          f"p99 {percentile(times, .99) * 1000:.0f} ms, max {max(times, default=0) * 1000:.0f} ms")
    done = max(len(results), 1)
    print(f"  CPU: server {cpu['server']:.1f} s ({cpu['server'] / done * 1000:.1f} ms a request), "
          f"clients {cpu['clients']:.1f} s; load average {cpu['load'][0]:.1f} at the start, "
          f"{cpu['load'][1]:.1f} at the end (the machine's other work shares its cores)")
    by_kind: dict[str, list[float]] = defaultdict(list)
    for path, t, _ in results:
        by_kind[path if path in COMMON else path.split("?")[0].rsplit("/", 1)[0] + "/… (tail)"].append(t)
    print(f"  {'URL':<28} {'n':>6} {'p50 ms':>8} {'p99 ms':>8}")
    for kind, values in sorted(by_kind.items()):
        p50, p99 = percentile(values, .5) * 1000, percentile(values, .99) * 1000
        print(f"  {kind:<28} {len(values):6} {p50:8.0f} {p99:8.0f}")
    for path, outcome in errors[:10]:
        print(f"  error: {path}: {outcome}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    sys.exit(main())
