"""A copy repeats its original's reports: its events and claims join those they repeat instead of adding new ones.

The rules (when an item of a copy repeats one of its original's) are the core's
(:mod:`conflictgraph.core.identity`), shared with the store.
"""

from __future__ import annotations

from ..core.identity import merge_copies, partners_of
from . import CorpusContext, stage


@stage("copy-merge", requires=("event-merge", "claim-merge", "duplicates"), provides=("copy-merge",), scope="corpus")
def merge_copied_events(corpus: CorpusContext) -> None:
    """Fold the events and claims a copy only repeats into those of the document it copies (or shares text with)."""
    partners = partners_of((ctx.document.id, d.document) for ctx in corpus.docs for d in ctx.document.duplicates)
    if partners:
        corpus.events = merge_copies(corpus.events, partners)
        corpus.claims = merge_copies(corpus.claims, partners)
