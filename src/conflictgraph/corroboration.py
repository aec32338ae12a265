"""How many documents report an item, and how many independent sources that is: copies of one article count once."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .model import Document, Evidence


@dataclass(frozen=True, slots=True)
class Support:
    """The documents that report an item, and the independent sources among them."""

    documents: int
    sources: int


class Sources:
    """Documents grouped into independent sources: a document and everything it copies, or that copies it, are one.

    Copying is transitive here: if B copies A and C copies B, the three are one source.
    """

    def __init__(self, links: Iterable[tuple[str, str]] = ()) -> None:
        self._parent: dict[str, str] = {}
        for a, b in links:
            self.link(a, b)

    @classmethod
    def from_documents(cls, documents: Iterable[Document]) -> Sources:
        return cls((d.id, x.document) for d in documents for x in d.duplicates)

    def link(self, a: str, b: str) -> None:
        ra, rb = self.source(a), self.source(b)
        if ra != rb:
            # The smaller id is the root, so that the grouping does not depend on the order links arrive in.
            low, high = sorted((ra, rb))
            self._parent[high] = low

    def source(self, document: str) -> str:
        """The id that stands for the source ``document`` belongs to."""
        root = document
        while (parent := self._parent.get(root, root)) != root:
            root = parent
        while document != root:  # path compression
            document, self._parent[document] = self._parent.get(document, root), root
        return root

    def support(self, evidence: Iterable[Evidence]) -> Support:
        documents = {e.document for e in evidence}
        return Support(len(documents), len({self.source(d) for d in documents}))
