"""One event per real occurrence: merge reports of the same event across sentences and documents.

The rules (when two reports agree, how one absorbs the other, an event's id) are the core's
(:mod:`conflictgraph.core.identity`), shared with the store.
"""

from __future__ import annotations

from dataclasses import replace

from ..core.identity import event_id, merge_all
from . import CorpusContext, stage


@stage("event-merge", requires=("events",), provides=("event-merge",), scope="corpus")
def merge_events(corpus: CorpusContext) -> None:
    """One event per occurrence across the batch, in text order, with stable ids."""
    events = [replace(e, evidence=list(e.evidence)) for ctx in corpus.docs for e in ctx.events]
    merged = merge_all(events, same_sentence=False)
    merged.sort(key=lambda e: (e.evidence[0].document, e.evidence[0].start, e.type, e.date or "",
                               e.location.name if e.location else ""))
    for event in merged:
        event.id = event_id(event)
    corpus.events = merged
