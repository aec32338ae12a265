"""Answers shared by the processes of one server (``serve --workers N``): a folder of files, one an answer.

Each worker process keeps its own cache of answers in memory (``cache.ResponseCache``); without a shared one, an
answer that two processes are asked for is computed twice (on the load benchmark, a fifth of the long tail's
work). What one process computes it also writes here, and the others read it before computing their own.

``serve`` makes the folder (private to its user, ``tempfile.mkdtemp``) and removes it when it stops. An answer is
filed under the store's version (``Reader.version``) and the SHA-256 of its path and query: a changed store
starts a new subfolder and the old ones are removed. A file is written whole under another name, then renamed,
so a reader never sees half of one. Each process writes at most ``MAX_BYTES`` for a version of the store.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
from pathlib import Path

MAX_BYTES = 256 * 1024 * 1024
HEAD = struct.Struct(">I")  # the length of the headers' JSON, before them


class SharedAnswers:
    """The folder's answers for one store version at a time."""

    def __init__(self, folder: str | os.PathLike) -> None:
        self.folder = Path(folder)
        self.version: object = None
        self.written = 0

    def _file(self, version: object, key: tuple[str, bytes]) -> Path:
        digest = hashlib.sha256(key[0].encode("utf-8", "surrogateescape") + b"?" + key[1]).hexdigest()
        return self.folder / str(version) / digest

    def _switch(self, version: object) -> None:
        """A new version of the store: older answers go (whichever process sees the change first removes them)."""
        if version == self.version:
            return
        self.version, self.written = version, 0
        try:
            for old in self.folder.iterdir():
                if old.name != str(version):
                    shutil.rmtree(old, ignore_errors=True)
            (self.folder / str(version)).mkdir(exist_ok=True)
        except OSError:
            pass  # the folder is gone (the server is stopping): nothing is shared any more

    def get(self, version: object, key: tuple[str, bytes]) -> tuple[list, bytes] | None:
        """The headers and body another process kept for ``key`` at ``version``, or None."""
        self._switch(version)
        try:
            data = self._file(version, key).read_bytes()
            (size,) = HEAD.unpack_from(data)
            headers = [(k.encode("latin-1"), v.encode("latin-1"))
                       for k, v in json.loads(data[HEAD.size:HEAD.size + size])]
        except (OSError, ValueError, struct.error):
            return None
        return headers, data[HEAD.size + size:]

    def put(self, version: object, key: tuple[str, bytes], headers: list, body: bytes) -> None:
        """Keep a 200 answer for the other processes (unless this one has written its share for this version)."""
        self._switch(version)
        if self.written + len(body) > MAX_BYTES:
            return
        head = json.dumps([[k.decode("latin-1"), v.decode("latin-1")] for k, v in headers]).encode("latin-1")
        target = self._file(version, key)
        partial = target.with_name(f"{target.name}.{os.getpid()}.part")
        try:
            partial.write_bytes(HEAD.pack(len(head)) + head + body)
            os.replace(partial, target)
        except OSError:
            try:
                partial.unlink(missing_ok=True)
            except OSError:
                pass
            return
        self.written += len(body)
