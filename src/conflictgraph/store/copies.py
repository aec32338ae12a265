"""Copy detection across a whole store: LSH buckets and anchor sentences in tables, alignment as in a batch.

The same method as :class:`~conflictgraph.pipeline.duplicates.CopyIndex`, with its in-memory indexes kept as
rows, so that finding a new article's copies looks up a fixed number of buckets and anchors, whatever the size
of the store, and aligns at most ``max_candidates`` of each kind of candidate.
"""

from __future__ import annotations

import hashlib
from collections import Counter

import numpy as np
from datasketch import MinHashLSH
from sqlalchemy import Connection, insert, select, tuple_, update

from ..model import Document
from ..pipeline.duplicates import CopyIndex, Fingerprint, Links, Settings
from . import schema as t

# A bucket shared by more documents than this is boilerplate: its documents are not looked at one by one.
MAX_BUCKET_ROWS = 2000


def _hash64(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big", signed=True)


def sentence_key(sentence: frozenset[str]) -> int:
    return _hash64(" ".join(sorted(sentence)).encode("utf-8"))


class StoredCopies:
    """Find and record the copies a new document makes with those already stored, on one connection."""

    def __init__(self, connection: Connection, settings: Settings | None = None) -> None:
        self.connection = connection
        self.index = CopyIndex(settings)  # for its fingerprints and its comparison, not its in-memory tables
        s = self.index.settings
        lsh = MinHashLSH(threshold=s.lsh_threshold, num_perm=s.num_perm)
        self.bands, self.rows = lsh.b, lsh.r

    def buckets(self, found: Fingerprint) -> list[tuple[int, int]]:
        values = found.minhash.hashvalues
        return [(band, _hash64(values[band * self.rows:(band + 1) * self.rows].tobytes()))
                for band in range(self.bands)]

    def add(self, document: Document) -> Links:
        """Index a document that was just inserted, and return the duplicate entries it makes, by holder."""
        found = self.index.fingerprint(document)
        if found is None:
            return {}
        links = self._links(document.id, found)
        c = self.connection
        c.execute(update(t.documents).where(t.documents.c.id == document.id)
                  .values(minhash=found.minhash.hashvalues.astype(np.uint64).tobytes()))
        c.execute(insert(t.lsh_buckets), [{"band": b, "bucket": k, "document": document.id}
                                          for b, k in self.buckets(found)])
        keys = sorted({sentence_key(s) for s in self.index.anchor_sentences(found)})
        if keys:
            held = Counter(c.execute(select(t.anchors.c.sentence).where(t.anchors.c.sentence.in_(keys))).scalars())
            rows = [{"sentence": k, "document": document.id} for k in keys
                    if held[k] < self.index.settings.anchor_documents]
            if rows:
                c.execute(insert(t.anchors), rows)
        return links

    def _links(self, document_id: str, found: Fingerprint) -> Links:
        s, c = self.index.settings, self.connection
        bucket_rows = c.execute(
            select(t.lsh_buckets.c.document).distinct()
            .where(tuple_(t.lsh_buckets.c.band, t.lsh_buckets.c.bucket).in_(self.buckets(found)))
            .where(t.lsh_buckets.c.document != document_id).limit(MAX_BUCKET_ROWS)
        ).scalars().all()
        signatures = dict(c.execute(select(t.documents.c.id, t.documents.c.minhash)
                                    .where(t.documents.c.id.in_(bucket_rows))).all()) if bucket_rows else {}
        mine = found.minhash.hashvalues.astype(np.uint64)

        def jaccard(other: str) -> float:
            theirs = np.frombuffer(signatures[other], dtype=np.uint64)
            return float(np.mean(theirs == mine))

        alike = sorted(signatures, key=lambda other: (-jaccard(other), other))
        keys = sorted({sentence_key(x) for x in self.index.anchor_sentences(found)})
        holders: dict[int, list[str]] = {}
        if keys:
            for key, holder in c.execute(select(t.anchors.c.sentence, t.anchors.c.document)
                                         .where(t.anchors.c.sentence.in_(keys))):
                holders.setdefault(key, []).append(holder)
        shared = Counter(h for hs in holders.values() if len(hs) < s.anchor_documents for h in hs if h != document_id)
        anchored = sorted(shared, key=lambda other: (-shared[other], other))
        chosen = sorted(set(alike[:s.max_candidates]) | set(anchored[:s.max_candidates]))
        links: Links = {}
        if not chosen:
            return links
        rows = c.execute(select(t.documents.c.id, t.documents.c.source, t.documents.c.text, t.documents.c.published)
                         .where(t.documents.c.id.in_(chosen)).order_by(t.documents.c.id)).all()
        for other_id, source, text, published in rows:
            other = self.index.fingerprint(Document(id=other_id, source=source, text=text, published=published))
            if other is None:
                continue
            for holder, entry in self.index.compare(document_id, found, other_id, other):
                links.setdefault(holder, []).append(entry)
        return links
