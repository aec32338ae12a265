"""Cut a document's text into runs for the page: evidence sentences that anchors point at, mentions inside them.

The template escapes every run's text; nothing here builds HTML, so stored text can never become markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .schemas import MentionOut


@dataclass(slots=True)
class Run:
    """A piece of text, and the mention it belongs to (if any)."""

    text: str
    type: str | None = None
    actor: str | None = None


@dataclass(slots=True)
class Block:
    """A stretch of text: an evidence sentence (``start`` set, the page gives it the anchor ``s-START``) or not."""

    runs: list[Run] = field(default_factory=list)
    start: int | None = None


def _disjoint(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Spans sorted, clipped to the text, with those that overlap an earlier one dropped."""
    kept: list[tuple[int, int]] = []
    end = 0
    for a, b in sorted(spans, key=lambda x: (x[0], -x[1])):
        a, b = max(a, 0), min(b, length)
        if a >= end and b > a:
            kept.append((a, b))
            end = b
    return kept


def blocks(text: str, sentences: list[tuple[int, int]], mentions: list[MentionOut]) -> list[Block]:
    """The text as blocks of runs; concatenating every run's text gives ``text`` back exactly."""
    sentences = _disjoint(sentences, len(text))
    by_span = {(max(m.start, 0), min(m.end, len(text))): m for m in mentions}
    spans = _disjoint(list(by_span), len(text))
    # A mention that crosses a sentence's edge is cut there, so that blocks and runs nest.
    edges = sorted({0, len(text), *(x for span in sentences for x in span)})
    out: list[Block] = []
    starts = {a: b for a, b in sentences}
    k = 0
    for a, b in zip(edges, edges[1:], strict=False):
        block = Block(start=a if a in starts and starts[a] == b else None)
        position = a
        while k < len(spans) and spans[k][0] < b:
            m_start, m_end = spans[k]
            lo, hi = max(m_start, a), min(m_end, b)
            if lo > position:
                block.runs.append(Run(text[position:lo]))
            if hi > lo:
                mention = by_span[(m_start, m_end)]
                block.runs.append(Run(text[lo:hi], mention.type, mention.actor))
                position = hi
            if m_end <= b:
                k += 1
            else:
                break
        if position < b:
            block.runs.append(Run(text[position:b]))
        out.append(block)
    return out
