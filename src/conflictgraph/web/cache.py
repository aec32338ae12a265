"""Keep the app's answers while the store does not change: the same GET is answered once, then from memory.

The app only reads, so an answer stays right until an ingest adds a batch; every batch adds documents, so the
store's last document number (``Reader.version``) says whether anything changed. It is looked up at most once
per ``CHECK_SECONDS``: an ingest running beside the app shows within that time. Fifty visitors opening the
overview at once cost one overview: the others wait for the first one's answer, not compute their own.

Only whole 200 answers of GET requests under a size limit are kept, at most ``MAX_ENTRIES`` of them and
``MAX_BYTES`` in all, the least recently used going first.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .shared import SharedAnswers

CHECK_SECONDS = 1.0
MAX_ENTRIES = 2048
MAX_BYTES = 256 * 1024 * 1024
MAX_ANSWER = 16 * 1024 * 1024


class ResponseCache:
    """ASGI middleware: answers GET requests from memory while the store's version is unchanged."""

    def __init__(self, app: ASGIApp, store, shared: SharedAnswers | None = None) -> None:
        self.app = app
        self.store = store
        self.shared = shared  # the answers of the server's other processes (serve --workers N)
        self.entries: OrderedDict[tuple[str, bytes], tuple[int, list, bytes]] = OrderedDict()
        self.size = 0
        self.version: object = None
        self.checked = 0.0
        self.pending: dict[tuple[str, bytes], asyncio.Event] = {}
        self._connection = None

    def connection(self):
        if self._connection is None or self._connection.closed:
            self._connection = self.store.engine.connect()
        return self._connection

    async def current_version(self) -> object:
        now = time.monotonic()
        if now - self.checked >= CHECK_SECONDS:
            self.checked = now
            # Not in the thread pool: under load every thread of it runs a route, and a cached answer would wait.
            # A connection of its own (one indexed look-up, a fraction of a millisecond) answers at once.
            version = self.store.version(self.connection())
            if version != self.version:
                self.version = version
                self.entries.clear()
                self.size = 0
        return self.version

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"].startswith("/static/"):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""))
        version = await self.current_version()
        while key not in self.entries and key in self.pending:  # the same answer is on its way: wait for it
            await self.pending[key].wait()
        if key not in self.entries and self.shared is not None:  # another process of the server may have it
            found = self.shared.get(version, key)
            if found is not None:
                self._keep(key, found[0], found[1])
        if key in self.entries:
            self.entries.move_to_end(key)
            status, headers, body = self.entries[key]
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        done = self.pending[key] = asyncio.Event()
        try:
            await self._answer_and_keep(scope, receive, send, key, version)
        finally:
            del self.pending[key]
            done.set()

    async def _answer_and_keep(self, scope: Scope, receive: Receive, send: Send, key, version) -> None:
        start: Message | None = None
        parts: list[bytes] = []
        size = 0

        async def keep(message: Message) -> None:
            nonlocal start, size
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body" and size <= MAX_ANSWER:
                parts.append(message.get("body", b""))
                size += len(parts[-1])
            await send(message)

        await self.app(scope, receive, keep)
        if start is None or start["status"] != 200 or size > MAX_ANSWER or version != self.version:
            return
        body, headers = b"".join(parts), list(start.get("headers", []))
        self._keep(key, headers, body)
        if self.shared is not None:
            self.shared.put(version, key, headers, body)

    def _keep(self, key, headers: list, body: bytes) -> None:
        self.entries[key] = (200, headers, body)
        self.size += len(body)
        while len(self.entries) > MAX_ENTRIES or self.size > MAX_BYTES:
            _, (_, _, dropped) = self.entries.popitem(last=False)
            self.size -= len(dropped)


async def warm(app: ASGIApp, paths: list[str], host: str = "127.0.0.1") -> None:
    """Ask ``app`` for each of ``paths`` once, so that a cache in its stack holds their answers (and the answers
    are thrown away here)."""
    for path in paths:
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
                 "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
                 "headers": [(b"host", host.encode())], "client": ("127.0.0.1", 0), "server": (host, 80)}

        async def receive() -> Message:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: Message) -> None:
            return None

        await app(scope, receive, send)

