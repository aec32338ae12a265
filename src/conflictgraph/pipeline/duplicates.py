"""Find documents of a batch that copy or rewrite one another (the rules: :mod:`conflictgraph.core.copies`)."""

from __future__ import annotations

from ..core.copies import CopyIndex, Fingerprint, Links, Settings, content_words, cover, later
from . import CorpusContext, stage

__all__ = ["CopyIndex", "Fingerprint", "Links", "Settings", "content_words", "cover", "find_duplicates", "later"]


@stage("duplicates", requires=("document",), provides=("duplicates",), scope="corpus")
def find_duplicates(corpus: CorpusContext) -> None:
    """Mark every document of the batch that copies, rewrites or shares its text with another."""
    index = CopyIndex(Settings.from_lexicon(corpus.knowledge.lexicon("duplicates")))
    by_id = {ctx.document.id: ctx.document for ctx in corpus.docs}
    for ctx in corpus.docs:
        for holder, entries in index.add(ctx.document).items():
            known = {(d.document, d.relation) for d in by_id[holder].duplicates}
            by_id[holder].duplicates.extend(e for e in entries if (e.document, e.relation) not in known)
    for document in by_id.values():
        document.duplicates.sort(key=lambda d: (d.document, d.relation))
