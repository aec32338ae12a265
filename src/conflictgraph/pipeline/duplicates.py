"""Find documents of a batch that copy or rewrite one another (the rules: :mod:`conflictgraph.core.copies`)."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from ..core.copies import CopyIndex, Fingerprint, Links, Settings, content_words, cover, later
from ..errors import PipelineError
from ..gazetteer import Gazetteer
from ..knowledge import Knowledge
from . import CorpusContext, factory

__all__ = ["CopyIndex", "FindDuplicates", "Fingerprint", "Links", "Settings", "content_words", "cover", "later"]


@factory("duplicates", requires=("document",), provides=("duplicates",), scope="corpus")
class FindDuplicates:
    """Mark every document of the batch that copies, rewrites or shares its text with another.

    Its thresholds are those of the knowledge's ``duplicates`` lexicon, or the pipeline settings that override
    them (``settings={"duplicates": {"min_similarity": 0.6}}``).
    """

    def __init__(self, knowledge: Knowledge, gazetteer: Gazetteer, **overrides: Any) -> None:
        known = {f.name for f in fields(Settings)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise PipelineError(f"stage 'duplicates' has no setting(s) {', '.join(unknown)}; "
                                f"known: {', '.join(sorted(known))}")
        self.settings = Settings.from_lexicon({**knowledge.lexicon("duplicates"), **overrides})

    def __call__(self, corpus: CorpusContext) -> None:
        if len(corpus.docs) < 2:
            return  # one document copies nothing
        index = CopyIndex(self.settings)
        by_id = {ctx.document.id: ctx.document for ctx in corpus.docs}
        for ctx in corpus.docs:
            for holder, entries in index.add(ctx.document).items():
                known = {(d.document, d.relation) for d in by_id[holder].duplicates}
                by_id[holder].duplicates.extend(e for e in entries if (e.document, e.relation) not in known)
        for document in by_id.values():
            document.duplicates.sort(key=lambda d: (d.document, d.relation))
