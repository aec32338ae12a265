"""char_mask (pipeline/__init__.py): which characters of a text a set of spans covers, one byte past the end."""

from __future__ import annotations

import pytest

from conflictgraph.pipeline import char_mask


@pytest.mark.parametrize(("length", "spans", "expected"), [
    (5, [], b"\x00" * 6),
    (5, [(1, 3)], b"\x00\x01\x01\x00\x00\x00"),
    (5, [(0, 2), (1, 4)], b"\x01\x01\x01\x01\x00\x00"),  # overlapping spans
    (5, [(3, 3)], b"\x00" * 6),  # an empty span covers nothing
    (4, iter([(0, 1), (3, 4)]), b"\x01\x00\x00\x01\x00"),  # any iterable, the one past the end never covered
])
def test_char_mask_marks_what_the_spans_cover(length, spans, expected):
    assert char_mask(length, spans) == bytearray(expected)
