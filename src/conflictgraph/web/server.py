"""Run the app with uvicorn: in the foreground for ``conflictgraph serve``, or in a thread for tests and tools."""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI

from ..errors import ServeError
from .app import LOCAL_HOSTS, create_app

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def serve(store_url: str | None, host: str = "127.0.0.1", port: int = 8765, log_level: str = "warning") -> None:
    """Serve the store's app until interrupted; a host other than the loopback one is said aloud, on stderr."""
    hosts = None if host in ("0.0.0.0", "::") else sorted({*LOCAL_HOSTS, host})
    _check_port(host, port)  # before anything is announced: a taken port is one error, not a start and a crash
    app = create_app(store_url, allowed_hosts=hosts)
    if host not in LOOPBACK:
        print(f"warning: serving on {host}: anyone who can reach this machine can read the store", file=sys.stderr)
    if not app.state.store.counts()["documents"]:
        print(f"note: the store {store_url} is empty; fill it with: conflictgraph ingest ARTICLES --db {store_url}",
              file=sys.stderr)
    shown = f"[{host}]" if ":" in host else host
    print(f"conflictgraph: serving {store_url} at http://{shown}:{port}/ (Ctrl-C stops)", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level=log_level)


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
    with socket.socket() as s:
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
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
