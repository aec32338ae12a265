"""Run the app with uvicorn: in the foreground for ``conflictgraph serve``, or in a thread for tests and tools."""

from __future__ import annotations

import os
import shutil
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI

from ..errors import ServeError
from .app import LOCAL_HOSTS, create_app

LOOPBACK = ("127.0.0.1", "localhost", "::1")
# How long an idle connection is kept open (s). With uvicorn's 5 s, a client that reuses a connection just as the
# server closes it gets a read error (1 to 20 of 3,000 requests of the load benchmark's first, httpx clients).
# Kept longer than a client leaves it idle, the server does not close it under the client (nginx keeps 75 s).
KEEP_ALIVE = 75


def serve(store_url: str | None, host: str = "127.0.0.1", port: int = 8765, log_level: str = "warning",
          workers: int = 1) -> None:
    """Serve the store's app until interrupted; a host other than the loopback one is said aloud, on stderr.

    ``workers`` > 1 runs that many processes, each with the app (and its cache), on one socket: one process
    answers with one core at a time (Python's lock), so a machine with more cores answers more with more.
    """
    _check_port(host, port)  # before anything is announced: a taken port is one error, not a start and a crash
    app = create_app(store_url, allowed_hosts=allowed_hosts(host), warm=True)
    if host not in LOOPBACK:
        print(f"warning: serving on {host}: anyone who can reach this machine can read the store", file=sys.stderr)
    if not app.state.store.counts()["documents"]:
        print(f"note: the store {store_url} is empty; fill it with: conflictgraph ingest ARTICLES --db {store_url}",
              file=sys.stderr)
    print(f"conflictgraph: serving {store_url} at http://{url_host(host)}:{port}/ (Ctrl-C stops)", file=sys.stderr)
    if workers > 1:
        app.state.store.close()
        shared = tempfile.mkdtemp(prefix="conflictgraph-answers-")  # the workers' shared answers (shared.py)
        os.environ[WORKER_STORE], os.environ[WORKER_HOST], os.environ[WORKER_SHARED] = store_url or "", host, shared
        try:
            uvicorn.run(f"{__name__}:worker_app", factory=True, host=host, port=port, log_level=log_level,
                        workers=workers, timeout_keep_alive=KEEP_ALIVE)
        finally:
            shutil.rmtree(shared, ignore_errors=True)
    else:
        uvicorn.run(app, host=host, port=port, log_level=log_level, timeout_keep_alive=KEEP_ALIVE)


# What a worker process of ``serve --workers N`` opens: set by the parent, read in each worker.
WORKER_STORE, WORKER_HOST = "CONFLICTGRAPH_SERVE_DB", "CONFLICTGRAPH_SERVE_HOST"
WORKER_SHARED = "CONFLICTGRAPH_SERVE_ANSWERS"


def worker_app() -> FastAPI:
    """The app of one worker process of ``serve --workers N``."""
    return create_app(os.environ[WORKER_STORE] or None, allowed_hosts=allowed_hosts(os.environ[WORKER_HOST]),
                      warm=True, shared_answers=os.environ.get(WORKER_SHARED) or None)


def allowed_hosts(host: str) -> list[str] | None:
    """The Host headers the app answers when it listens on ``host``: the loopback names and the bound address;
    any on a wildcard address (0.0.0.0, ::), where the machine's names are not known."""
    return None if host in ("0.0.0.0", "::") else sorted({*LOCAL_HOSTS, host.strip("[]")})


def url_host(host: str) -> str:
    """``host`` as a URL writes it: an IPv6 address in brackets."""
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def _check_port(host: str, port: int) -> None:
    """Raise a ServeError (one line) if ``host:port`` cannot be listened on (taken, or not ours)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: a closing socket is fine
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; is another server using "
                             "it? pick another with --port") from None


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


@contextmanager
def running(app: FastAPI, host: str = "127.0.0.1", port: int | None = None) -> Iterator[str]:
    """Serve ``app`` in a thread on a free local port while the block runs; yields its base URL."""
    port = port or free_port(host)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the web app did not start on {host}:{port}")
        time.sleep(0.02)
    try:
        yield f"http://{url_host(host)}:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
