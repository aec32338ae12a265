"""Copy detection across a whole store: LSH buckets and anchor sentences in tables, alignment as in a batch.

The same method as :class:`~conflictgraph.core.copies.CopyIndex`, with its in-memory indexes kept as
rows, so that finding a new article's copies looks up a fixed number of buckets and anchors, whatever the size
of the store, and aligns at most ``max_candidates`` of each kind of candidate.
"""

from __future__ import annotations

import hashlib
from collections import Counter

import numpy as np
from datasketch import MinHashLSH
from sqlalchemy import Connection, insert, literal, select, union_all, update

from ..core.copies import CopyIndex, Fingerprint, Links, Settings
from ..model import Document
from . import schema as t

# The documents sharing most LSH bands with a new one whose MinHash is compared with its own.
BUCKET_CANDIDATES = 200
# Rows read from one LSH bucket at most; a fuller bucket is left out.
BUCKET_ROWS = 100


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
        self._prints: dict[str, Fingerprint | None] = {}  # documents of the batch, fingerprinted once
        self.found: set[tuple[str, str]] = set()  # the copy pairs (holder, other) the batch found

    def fingerprint(self, document: Document) -> Fingerprint | None:
        if document.id not in self._prints:
            self._prints[document.id] = self.index.fingerprint(document)
        return self._prints[document.id]

    def missed(self, since: int, documents: list[Document]) -> list[tuple[str, str]]:
        """The copy pairs ``documents`` (this batch's, not committed yet) make with documents other writers
        committed after number ``since`` (documents are numbered in the order of commit), which the batch's own
        look-ups could not see: asked just before the commit, under the commit lock, so that of two copies written
        at once the one committed second finds the first (it is written again, :meth:`..Store.add`)."""
        own = [d.id for d in documents]
        newer = select(t.documents.c.id).where(t.documents.c.seq > since, t.documents.c.id.not_in(own))
        pairs = []
        for document in documents:
            found = self.fingerprint(document)
            if found is None:
                continue
            keys = sorted({sentence_key(s) for s in self.index.anchor_sentences(found)})
            links = self._links(document.id, found, self.buckets(found), self._holders(keys, newer), newer)
            pairs += [(holder, entry.document) for holder, entries in links.items() for entry in entries
                      if (holder, entry.document) not in self.found]
        return sorted(pairs)

    def buckets(self, found: Fingerprint) -> list[tuple[int, int]]:
        values = found.minhash.hashvalues
        return [(band, _hash64(values[band * self.rows:(band + 1) * self.rows].tobytes()))
                for band in range(self.bands)]

    def add(self, document: Document) -> Links:
        """Index a document that was just inserted, and return the duplicate entries it makes, by holder."""
        found = self.fingerprint(document)
        if found is None:
            return {}
        buckets = self.buckets(found)
        keys = sorted({sentence_key(s) for s in self.index.anchor_sentences(found)})
        holders = self._holders(keys)
        links = self._links(document.id, found, buckets, holders)
        self.found |= {(holder, entry.document) for holder, entries in links.items() for entry in entries}
        c = self.connection
        c.execute(update(t.documents).where(t.documents.c.id == document.id)
                  .values(minhash=found.minhash.hashvalues.astype(np.uint64).tobytes()))
        c.execute(insert(t.lsh_buckets), [{"band": b, "bucket": k, "document": document.id} for b, k in buckets])
        rows = [{"sentence": k, "document": document.id} for k in keys
                if len(holders.get(k, ())) < self.index.settings.anchor_documents]
        if rows:
            c.execute(insert(t.anchors), rows)
        return links

    def _holders(self, keys: list[int], among=None) -> dict[int, list[str]]:
        """The stored documents that hold each of these anchor sentences."""
        holders: dict[int, list[str]] = {}
        if keys:
            for key, holder in self.connection.execute(select(t.anchors.c.sentence, t.anchors.c.document)
                                                       .where(t.anchors.c.sentence.in_(keys),
                                                              *_among(t.anchors.c.document, among))):
                holders.setdefault(key, []).append(holder)
        return holders

    def _links(self, document_id: str, found: Fingerprint, buckets: list[tuple[int, int]],
               holders: dict[int, list[str]], among=None) -> Links:
        s, c = self.index.settings, self.connection
        # The documents sharing most bands first: the share of bands shared rises with the Jaccard of shingles.
        # A bucket that more than BUCKET_ROWS documents share holds common word pairs, not copies: skipped, so
        # the look-up reads at most that many rows a band however large the store.
        rows = c.execute(union_all(*(
            select(literal(band).label("band"), t.lsh_buckets.c.document)
            .where(t.lsh_buckets.c.band == band, t.lsh_buckets.c.bucket == bucket,
                   *_among(t.lsh_buckets.c.document, among))
            .limit(BUCKET_ROWS + 1).subquery().select()
            for band, bucket in buckets))).all()
        by_band: dict[int, list[str]] = {}
        for band, other in rows:
            by_band.setdefault(band, []).append(other)
        bands = Counter(o for members in by_band.values() if len(members) <= BUCKET_ROWS
                        for o in members if o != document_id)
        bucket_rows = sorted(bands, key=lambda o: (-bands[o], o))[:BUCKET_CANDIDATES]
        signatures = dict(c.execute(select(t.documents.c.id, t.documents.c.minhash)
                                    .where(t.documents.c.id.in_(bucket_rows))).all()) if bucket_rows else {}
        mine = found.minhash.hashvalues.astype(np.uint64)
        estimate = {other: float(np.mean(np.frombuffer(signature, dtype=np.uint64) == mine))
                    for other, signature in signatures.items()}
        alike = sorted((o for o, j in estimate.items() if j >= s.lsh_threshold), key=lambda o: (-estimate[o], o))
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


def _among(column, documents) -> list:
    """No condition, or ``column IN (documents)`` (a subquery of document ids)."""
    return [] if documents is None else [column.in_(documents)]
