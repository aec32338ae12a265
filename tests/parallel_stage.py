"""A stage that breaks on one article, for tests/test_parallel.py: a module of its own, imported by the test (and by
the worker processes, as any module that registers a pipeline's stages), not when the tests are collected."""

from __future__ import annotations

from conflictgraph.pipeline import stage

NAME = "test-breaks-on-marker"
MARKER = "BREAK-HERE"


@stage(NAME, requires=("mentions",), provides=("test-marker-checked",))
def breaks_on_marker(ctx) -> None:
    if MARKER in ctx.document.text:
        raise ValueError("this stage breaks here")
