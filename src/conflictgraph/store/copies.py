"""Copy detection across a whole store: LSH buckets and anchor sentences in tables, alignment as in a batch.

The same method as :class:`~conflictgraph.core.copies.CopyIndex`, with its in-memory indexes kept as
rows, so that finding a new article's copies looks up a fixed number of buckets and anchors, whatever the size
of the store, and aligns at most ``max_candidates`` of each kind of candidate.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from functools import lru_cache

import numpy as np
from sqlalchemy import Connection, select, text

from ..core.copies import CopyIndex, Fingerprint, Links, Settings, sentence_words
from ..model import Document, Duplicate
from . import schema as t
from .merge import READ
from .rows import among, insert_all

# The documents sharing most LSH bands with a new one whose MinHash is compared with its own.
BUCKET_CANDIDATES = 200
# ... of those sharing at least this many bands. A pair whose shingles have Jaccard J shares each band (of
# `rows` = 2 MinHash values) with probability J², so the bands it shares are about Binomial(64, J²): one band is
# what unrelated articles of common wording share by chance (J ≈ 0.1: 0.64 bands expected), and their number grows
# with the store; a copy whose aligned half (min_similarity) is verbatim has J ≥ 1/3 at equal lengths and shares
# two or more with probability 0.995 (docs/scale.md). Excerpts of longer articles, whose J is their share of the
# article, are the anchor sentences' to find.
MIN_BANDS = 2
# A stored document holding fewer of a new one's anchor sentences than this is aligned with it only where the one it
# holds is, alone, min_similarity of the shorter text (an excerpt of a sentence, a short text quoted whole): one
# sentence in common is what a quoted statement or a stock phrase gives unrelated articles, more of them the larger
# the store; copies of more than a sentence share several (docs/scale.md).
MIN_ANCHORS = 2
# Rows read from one LSH bucket at most; a fuller bucket is left out.
BUCKET_ROWS = 100


def _hash64(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big", signed=True)


def sentence_key(sentence: frozenset[str]) -> int:
    return _hash64(" ".join(sorted(sentence)).encode("utf-8"))


def words_column(sentences: list[frozenset[str]]) -> str:
    """A document's :func:`~conflictgraph.core.copies.sentence_words` as the documents table keeps them: a line a
    sentence, its words sorted, a space between two (a content word holds neither)."""
    return "\n".join(" ".join(sorted(sentence)) for sentence in sentences)


def words_from(value: str) -> list[frozenset[str]]:
    """The sentences' words back from :func:`words_column`."""
    return [frozenset(line.split(" ")) for line in value.split("\n")]


@lru_cache(maxsize=1)
def _index() -> CopyIndex:
    """The copy index of the default settings (its fingerprints and comparisons read it only)."""
    return CopyIndex()


def document_size(words: str) -> int:
    """A document's size as alignment counts it (:attr:`Fingerprint.size`), from its stored words."""
    found = _index().aligned(None, words_from(words))
    return found.size if found else 0


@lru_cache(maxsize=2048)
def _aligned(published: str | None, words: str) -> Fingerprint | None:
    """A stored document's alignment print (default settings), by its date and stored words: made once a process
    for the documents that are candidates again and again (those of the most common wording), read only."""
    return _index().aligned(published, words_from(words))


class StoredCopies:
    """Find and record the copies a new document makes with those already stored, on one connection."""

    def __init__(self, connection: Connection, settings: Settings | None = None) -> None:
        self.connection = connection
        # For its fingerprints and its comparison, not its in-memory tables; with the default settings, one a
        # process (building one sets up MinHash LSH, whose banding is solved by numerical integration: about
        # 0.1 s of CPU, more than writing a batch of 25 articles takes).
        self.index = _index() if settings is None else CopyIndex(settings)
        self.bands, self.rows = self.index.bands, self.index.rows
        self._prints: dict[str, Fingerprint | None] = {}  # documents of the batch, fingerprinted once
        self._words: dict[str, list[frozenset[str]]] = {}  # and their sentences' words, kept with them
        self.found: set[tuple[str, str]] = set()  # the copy pairs (holder, other) the batch found
        self._stored_signatures: dict[str, bytes | None] = {}  # stored documents' MinHash, read once a batch
        self._sizes: dict[str, int | None] = {}  # anchor holders' sizes, as their anchor rows give them

    def fingerprint(self, document: Document) -> Fingerprint | None:
        if document.id not in self._prints:
            self._words[document.id] = sentence_words(document.text)
            self._prints[document.id] = self.index.fingerprint(document, self._words[document.id])
        return self._prints[document.id]

    def words(self, document: Document) -> str | None:
        """The document's sentences' words as the documents table keeps them, for aligning it with documents
        stored after it (None: too few words to compare, it is never a candidate)."""
        return None if self.fingerprint(document) is None else words_column(self._words[document.id])

    def missed(self, since: int, documents: list[Document]) -> list[tuple[str, str]]:
        """The copy pairs ``documents`` (this batch's, not committed yet) make with documents other writers
        committed after number ``since`` (documents are numbered in the order of commit), which the batch's own
        look-ups could not see: asked just before the commit, under the commit lock, so that of two copies written
        at once the one committed second finds the first (it is written again, :meth:`..Store.add`)."""
        prints = [(d.id, f) for d in documents if (f := self.fingerprint(d)) is not None]
        if not prints:
            return []
        # Read first, and usually none (one writer, or none committed meanwhile): then nothing is looked up. Asked
        # by those ids, not by a join with them, the look-ups read only their rows, not every row of a bucket.
        newer = Newer(self.connection, since, [d.id for d in documents])
        if not newer.ids:
            return []
        members = self._members({b for _, f in prints for b in self.buckets(f)}, newer)
        holders = self._holders(sorted({k for _, f in prints for k in self._anchor_keys(f)}), newer)
        plans = self._decide([(i, f, self._choose(i, f, {band: members[band, bucket] for band, bucket in
                                                         self.buckets(f)}, holders)) for i, f in prints], {})
        pairs = []
        for holder, entries in self._compare(plans, {}).items():
            pairs += [(holder, entry.document) for entry in entries if (holder, entry.document) not in self.found]
        return sorted(pairs)

    def signature(self, document: Document) -> bytes | None:
        """The document's MinHash as the documents table keeps it (None: too few words to compare)."""
        found = self.fingerprint(document)
        return None if found is None else self.signature_of(found)

    @staticmethod
    def signature_of(found: Fingerprint) -> bytes:
        return found.minhash.hashvalues.astype(np.uint64).tobytes()

    def buckets(self, found: Fingerprint) -> list[tuple[int, int]]:
        values = found.minhash.hashvalues
        return [(band, _hash64(values[band * self.rows:(band + 1) * self.rows].tobytes()))
                for band in range(self.bands)]

    def _anchor_keys(self, found: Fingerprint) -> list[int]:
        return sorted({sentence_key(s) for s in self.index.anchor_sentences(found)})

    def add_all(self, documents: list[Document]) -> list[tuple[str, Duplicate]]:
        """Index the batch's documents (just inserted), and return the copy entries they make (holder, entry), each
        document with the stored ones and those before it in the batch, as if added one after the other.

        A few statements a batch: the stored rows of every bucket and anchor the batch's documents look up, read
        at once; the rows of the batch's own documents are added in memory as each is indexed."""
        prints = [(d.id, f) for d in documents if (f := self.fingerprint(d)) is not None]
        if not prints:
            return []
        s = self.index.settings
        buckets = {i: self.buckets(f) for i, f in prints}
        keys = {i: self._anchor_keys(f) for i, f in prints}
        members = self._members({b for i, _ in prints for b in buckets[i]})
        holders = self._holders(sorted({k for i, _ in prints for k in keys[i]}))
        own = {i: f for i, f in prints}
        plans, lsh_rows, anchor_rows = [], [], []
        for i, found in prints:
            plans.append((i, found, self._choose(i, found, {band: members[band, bucket]
                                                            for band, bucket in buckets[i]}, holders)))
            for band, bucket in buckets[i]:  # as stored rows for the documents after it
                members[band, bucket] = members[band, bucket] + [i]
                lsh_rows.append({"band": band, "bucket": bucket, "document": i})
            self._sizes[i] = found.size
            for k in keys[i]:
                if len(holders.get(k, ())) < s.anchor_documents:
                    anchor_rows.append({"sentence": k, "document": i, "size": found.size})
                    holders[k] = holders.get(k, []) + [i]
        c = self.connection
        insert_all(c, t.lsh_buckets, lsh_rows, new=False)
        insert_all(c, t.anchors, anchor_rows, new=False)
        entries = []
        for holder, found in self._compare(self._decide(plans, own), own).items():
            entries += [(holder, entry) for entry in found]
        self.found |= {(holder, entry.document) for holder, entry in entries}
        return entries

    def _members(self, buckets: set[tuple[int, int]], newer: Newer | None = None) -> dict[tuple[int, int], list[str]]:
        """The stored documents in each bucket, at most BUCKET_ROWS + 1 (a fuller bucket is left out)."""
        members: dict[tuple[int, int], list[str]] = {b: [] for b in buckets}
        if not buckets:
            return members
        ordered = sorted(buckets)
        if self.connection.dialect.name == "postgresql":
            rows = self.connection.execute(text(MEMBERS.format(newer=NEWER if newer else "")), {
                "bands": [b for b, _ in ordered], "buckets": [k for _, k in ordered], "lim": BUCKET_ROWS + 1,
                **(newer.params() if newer else {})})
        else:  # one writer, no round trips: a look-up a bucket (an index range each)
            rows = [(band, bucket, document) for band, bucket in ordered for (document,) in self.connection.execute(
                select(t.lsh_buckets.c.document).where(t.lsh_buckets.c.band == band, t.lsh_buckets.c.bucket == bucket,
                                                       *_among(self.connection, t.lsh_buckets.c.document, newer))
                .limit(BUCKET_ROWS + 1))]
        for band, bucket, document in rows:
            READ["bucket rows"] += 1
            members[band, bucket].append(document)
        return members

    def _holders(self, keys: list[int], newer: Newer | None = None) -> dict[int, list[str]]:
        """The stored documents that hold each of these anchor sentences."""
        holders: dict[int, list[str]] = {}
        if keys:
            a = t.anchors.c
            for key, holder, size in self.connection.execute(
                    select(a.sentence, a.document, a.size).where(among(self.connection, a.sentence, keys),
                                                                 *_among(self.connection, a.document, newer))):
                holders.setdefault(key, []).append(holder)
                self._sizes[holder] = size
        return holders

    def _choose(self, document_id: str, found: Fingerprint, by_band: dict[int, list[str]],
                holders: dict[int, list[str]]) -> tuple[list[str], list[str]]:
        """The documents ``document_id`` may be compared with, as the stored rows (and the batch's documents before
        it) are when it is indexed: those sharing most LSH bands (:meth:`_decide` keeps those whose MinHash is
        alike), and those sharing most anchor sentences, at most ``max_candidates``."""
        s = self.index.settings
        # The documents sharing most bands first: the share of bands shared rises with the Jaccard of shingles.
        # A bucket that more than BUCKET_ROWS documents share holds common word pairs, not copies: skipped, so
        # the look-up reads at most that many rows a band however large the store.
        bands = Counter(o for members in by_band.values() if len(members) <= BUCKET_ROWS
                        for o in members if o != document_id)
        bucket_rows = sorted((o for o in bands if bands[o] >= MIN_BANDS),
                             key=lambda o: (-bands[o], o))[:BUCKET_CANDIDATES]
        # Those sharing anchor sentences, the most first: two or more, or one that can decide a copy by itself.
        words = {sentence_key(x): len(x) for x in self.index.anchor_sentences(found)}
        shared: Counter = Counter()
        longest: dict[str, int] = {}
        for k in sorted(words):
            if len(hs := holders.get(k, ())) < s.anchor_documents:
                for h in hs:
                    if h != document_id:
                        shared[h] += 1
                        longest[h] = max(longest.get(h, 0), words[k])
        anchored = sorted((h for h in shared if shared[h] >= MIN_ANCHORS
                           or self._decides(longest[h], found.size, self._sizes.get(h))),
                          key=lambda other: (-shared[other], other))
        return bucket_rows, anchored[:s.max_candidates]

    def _decides(self, words: int, size: int, other: int | None) -> bool:
        """Whether one shared sentence of ``words`` content words can by itself be ``min_similarity`` of the shorter
        of two documents of these sizes (an unknown size: it may)."""
        return other is None or words >= self.index.settings.min_similarity * min(size, other)

    def _decide(self, plans: list[tuple[str, Fingerprint, tuple[list[str], list[str]]]],
                own: dict[str, Fingerprint]) -> list[tuple[str, Fingerprint, list[str]]]:
        """Each document with the ones it is compared with: of its band candidates those whose MinHash is alike
        (the stored ones' signatures read for the whole batch in one statement), and its anchored ones."""
        s = self.index.settings
        self._signatures(sorted({o for _, _, (rows, _) in plans for o in rows}), own)
        chosen = []
        for document_id, found, (bucket_rows, anchored) in plans:
            signatures = self._signatures(bucket_rows, own)
            estimate = {}
            if signatures:  # the share of MinHash values in common with each, all at once
                mine = found.minhash.hashvalues.astype(np.uint64)
                others = np.frombuffer(b"".join(signatures.values()), dtype=np.uint64).reshape(len(signatures), -1)
                estimate = dict(zip(signatures, map(float, np.mean(others == mine, axis=1)), strict=True))
            alike = sorted((o for o, j in estimate.items() if j >= s.lsh_threshold), key=lambda o: (-estimate[o], o))
            chosen.append((document_id, found, sorted(set(alike[:s.max_candidates]) | set(anchored))))
        return chosen

    def _signatures(self, ids: list[str], own: dict[str, Fingerprint]) -> dict[str, bytes]:
        """The MinHash signatures of these documents: the batch's own from memory, the stored ones read (and
        kept for the batch's other documents)."""
        wanted = sorted(i for i in ids if i not in own and i not in self._stored_signatures)
        READ["signatures"] += len(wanted)
        if wanted:
            self._stored_signatures.update(self.connection.execute(
                select(t.documents.c.id, t.documents.c.minhash).where(among(self.connection, t.documents.c.id,
                                                                              wanted))).all())
        return {i: self.signature_of(own[i]) if i in own else self._stored_signatures[i]
                for i in ids if i in own or self._stored_signatures.get(i) is not None}

    def _compare(self, plans: list[tuple[str, Fingerprint, list[str]]], own: dict[str, Fingerprint]) -> Links:
        """Align each document with its chosen ones into copy entries: the stored ones' sentences' words, kept with
        them (migration 0005), read at once; not their texts, split into sentences again."""
        stored = sorted({o for _, _, chosen in plans for o in chosen if o not in own})
        prints: dict[str, Fingerprint | None] = dict(own)
        READ["aligned"] += len(stored)
        if stored:
            c = t.documents.c
            for other_id, published, words in self.connection.execute(
                    select(c.id, c.published, c.sentence_words).where(among(self.connection, c.id, stored))
                    .order_by(c.id)):
                prints[other_id] = None if words is None else (
                    _aligned(published, words) if self.index is _index()
                    else self.index.aligned(published, words_from(words)))
        links: Links = {}
        for document_id, found, chosen in plans:
            for other_id in chosen:
                other = prints.get(other_id)
                if other is None:
                    continue
                for holder, entry in self.index.compare(document_id, found, other_id, other):
                    links.setdefault(holder, []).append(entry)
        return links


class Newer:
    """The documents other writers committed after number ``since`` (the batch's own left out), read once."""

    def __init__(self, connection: Connection, since: int, own: list[str]) -> None:
        c = t.documents.c
        self.ids = sorted(connection.execute(select(c.id).where(c.seq > since, c.id.not_in(own))).scalars())

    def params(self) -> dict:
        return {"newer": self.ids}


# PostgreSQL: the stored members of many buckets in one statement, each cut at :lim rows (a lateral subquery each).
MEMBERS = ("SELECT p.band, p.bucket, l.document FROM unnest(CAST(:bands AS integer[]), CAST(:buckets AS bigint[])) "
           "AS p(band, bucket) CROSS JOIN LATERAL (SELECT document FROM lsh_buckets WHERE band = p.band "
           "AND bucket = p.bucket{newer} LIMIT :lim) AS l")
NEWER = " AND document = ANY(CAST(:newer AS text[]))"


def _among(connection: Connection, column, documents: Newer | None) -> list:
    """No condition, or ``column IN`` the documents committed since the batch began."""
    return [] if documents is None else [among(connection, column, documents.ids)]
