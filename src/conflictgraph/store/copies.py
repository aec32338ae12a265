"""Copy detection across a whole store: LSH buckets and anchor sentences in tables, alignment as in a batch.

The same method as :class:`~conflictgraph.core.copies.CopyIndex`, with its in-memory indexes kept as
rows, so that finding a new article's copies looks up a fixed number of buckets and anchors, whatever the size
of the store, and aligns at most ``max_candidates`` of each kind of candidate.
"""

from __future__ import annotations

import hashlib
import json
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
        # Of those, the ones sharing bands with each of the batch's (not the batch's own: add_all compared them).
        shared = self._shared_bands([(i, self.buckets(f)) for i, f in prints], newer)
        holders = self._holders(sorted({k for _, f in prints for k in self._anchor_keys(f)}), newer)
        plans = self._decide([(i, f, self._choose(i, f, shared[i], holders)) for i, f in prints], {})
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
        # Counted before the batch's own rows are inserted: those are counted in memory, each document with the
        # batch's documents before it.
        shared = self._shared_bands([(i, buckets[i]) for i, _ in prints], batch=True)
        holders = self._holders(sorted({k for i, _ in prints for k in keys[i]}))
        own = {i: f for i, f in prints}
        plans, lsh_rows, anchor_rows = [], [], []
        for i, found in prints:
            plans.append((i, found, self._choose(i, found, shared[i], holders)))
            lsh_rows += [{"band": band, "bucket": bucket, "document": i} for band, bucket in buckets[i]]
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

    def _shared_bands(self, looked_up: list[tuple[str, list[tuple[int, int]]]], newer: Newer | None = None, *,
                      batch: bool = False) -> dict[str, Counter]:
        """For each document of ``looked_up`` (its id and LSH buckets), the documents it shares LSH bands with, and
        how many: the stored ones (of ``newer`` only, if given) sharing at least MIN_BANDS, counted by the database,
        so that only those come back, not every row of the buckets; and with ``batch``, the documents before it in
        ``looked_up`` (the batch's, not stored yet), counted here. As before, a bucket holding more than BUCKET_ROWS
        documents (stored, and of the batch before it) is left out: common word pairs, not copies."""
        shared: dict[str, Counter] = {i: Counter() for i, _ in looked_up}
        # Each look-up (document's place in looked_up, band, bucket) with the batch's documents before it in that
        # bucket (with ``batch``): they count toward its BUCKET_ROWS as the stored rows do.
        places: list[tuple[int, int, int, int]] = []
        before: dict[tuple[int, int], int] = Counter()
        for place, (_, buckets) in enumerate(looked_up):
            for b in buckets:
                places.append((place, *b, before[b]))
                if batch:
                    before[b] += 1
        if self.connection.dialect.name == "postgresql":
            crowded = self._count_once(places, looked_up, shared, newer)
        else:
            crowded = self._count_twice(places, looked_up, shared, newer, batch)
        # The batch's own documents before each one in a bucket, counted here (not stored yet).
        own: dict[tuple[int, int], list[str]] = {}
        for i, buckets in looked_up:
            for b in buckets:
                members = own.setdefault(b, [])
                if crowded.get(b, 0) + len(members) <= BUCKET_ROWS:
                    shared[i].update(members)
                if batch:
                    members.append(i)
        return shared

    def _count_once(self, places: list[tuple[int, int, int, int]], looked_up: list, shared: dict[str, Counter],
                    newer: Newer | None) -> dict[tuple[int, int], int]:
        """PostgreSQL: the stored documents sharing at least MIN_BANDS of the look-ups with each document, added to
        ``shared``, and the buckets that are crowded for some look-up, with their stored rows (at most BUCKET_ROWS
        + 1), in one statement that reads each bucket's rows once (:data:`SHARED_ONCE_PG`)."""
        if not places:
            return {}
        query = text(SHARED_ONCE_PG.format(newer=_newer_condition(self.connection, newer, "l.")))
        columns = list(zip(*places, strict=True))
        values = {"places": list(columns[0]), "bands": list(columns[1]), "buckets": list(columns[2]),
                  "before": list(columns[3])}
        crowded: dict[tuple[int, int], int] = {}
        for place, other, count, band, bucket in self.connection.execute(query, {
                **values, "least": MIN_BANDS, "lim": BUCKET_ROWS + 1, "most": BUCKET_ROWS,
                **_newer_params(self.connection, newer)}):
            READ["bucket rows"] += 1
            if place is None:
                crowded[band, bucket] = count
            else:
                shared[looked_up[place][0]][other] += count
        return crowded

    def _count_twice(self, places: list[tuple[int, int, int, int]], looked_up: list, shared: dict[str, Counter],
                     newer: Newer | None, batch: bool) -> dict[tuple[int, int], int]:
        """SQLite: as :meth:`_count_once`, in two statements: the crowded buckets first (:meth:`_crowded`), then the
        count of the others (a JSON parameter; it has no arrays)."""
        in_batch: dict[tuple[int, int], int] = Counter((band, bucket) for _, band, bucket, _ in places)
        # The stored rows of each bucket that the batch's documents could fill past BUCKET_ROWS (none come back
        # for a bucket whose rows, with all the batch's documents in it but one, are not more than BUCKET_ROWS).
        crowded = self._crowded({b: BUCKET_ROWS - (n - 1 if batch else 0) for b, n in in_batch.items()}, newer)
        wanted = [(place, band, bucket) for place, band, bucket, before in places
                  if crowded.get((band, bucket), 0) + before <= BUCKET_ROWS]
        if not wanted:
            return crowded
        query = text(SHARED_SQLITE.format(newer=_newer_condition(self.connection, newer, "l.")))
        for place, other, count in self.connection.execute(query, {
                "wanted": json.dumps(wanted), "least": MIN_BANDS, **_newer_params(self.connection, newer)}):
            READ["bucket rows"] += 1
            shared[looked_up[place][0]][other] += count
        return crowded

    def _crowded(self, least: dict[tuple[int, int], int], newer: Newer | None) -> dict[tuple[int, int], int]:
        """SQLite: the stored documents (of ``newer`` only, if given) in each of these buckets, at most BUCKET_ROWS
        + 1, where they are more than the bucket's ``least``; the others are not returned."""
        if not least:
            return {}
        query = text(CROWDED_SQLITE.format(newer=_newer_condition(self.connection, newer, "")))
        values = {"wanted": json.dumps([(*b, least[b]) for b in sorted(least)])}
        found = {}
        for band, bucket, count in self.connection.execute(query, {**values, "lim": BUCKET_ROWS + 1,
                                                                   **_newer_params(self.connection, newer)}):
            READ["bucket rows"] += 1
            found[band, bucket] = count
        return found

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

    def _choose(self, document_id: str, found: Fingerprint, bands: Counter,
                holders: dict[int, list[str]]) -> tuple[list[str], list[str]]:
        """The documents ``document_id`` may be compared with, as the stored rows (and the batch's documents before
        it) are when it is indexed: those sharing most LSH bands (``bands``: how many each shares with it,
        :meth:`_shared_bands`; :meth:`_decide` keeps those whose MinHash is alike), and those sharing most anchor
        sentences, at most ``max_candidates``."""
        s = self.index.settings
        # The documents sharing most bands first: the share of bands shared rises with the Jaccard of shingles.
        bucket_rows = sorted((o for o in bands if bands[o] >= MIN_BANDS and o != document_id),
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


# PostgreSQL, one statement a batch: each distinct bucket of the look-ups (:places, :bands, :buckets; :before, the
# batch's documents before the one looking up, in that bucket) read once from the lsh_buckets primary key (band,
# bucket, document), an index range cut at :lim rows (a lateral look-up each: a nested loop on the index, whatever
# the planner estimates), its documents kept as an array with their number; then (1) the stored documents sharing
# at least :least of a look-up's buckets that are not over-full for it (their rows and the batch's before it not
# more than :most), and how many, grouped; and (2) the buckets over-full for some look-up, with their rows
# (document null), for the count of the batch's own documents. Only those come back, not every row of a bucket.
SHARED_ONCE_PG = (
    "WITH p AS MATERIALIZED (SELECT * FROM unnest(CAST(:places AS integer[]), CAST(:bands AS integer[]), "
    "CAST(:buckets AS bigint[]), CAST(:before AS integer[])) AS p(place, band, bucket, before)), "
    "r AS MATERIALIZED (SELECT k.band, k.bucket, k.most, s.n, s.documents FROM (SELECT band, bucket, "
    "max(before) AS most FROM p GROUP BY band, bucket) AS k CROSS JOIN LATERAL (SELECT count(*) AS n, "
    "array_agg(l.document) AS documents FROM (SELECT document FROM lsh_buckets AS l WHERE l.band = k.band "
    "AND l.bucket = k.bucket{newer} LIMIT :lim) AS l) AS s) "
    "SELECT p.place, d.document, count(*) AS n, CAST(NULL AS integer) AS band, CAST(NULL AS bigint) AS bucket "
    "FROM p JOIN r ON r.band = p.band AND r.bucket = p.bucket CROSS JOIN LATERAL unnest(r.documents) AS d(document) "
    "WHERE r.n + p.before <= :most GROUP BY p.place, d.document HAVING count(*) >= :least "
    "UNION ALL SELECT NULL, NULL, r.n, r.band, r.bucket FROM r WHERE r.n + r.most > :most")
# SQLite: the wanted (place, band, bucket) as one JSON parameter (it has no arrays), joined with lsh_buckets; the
# buckets asked are those `_crowded` did not find fuller than BUCKET_ROWS.
SHARED_SQLITE = ("SELECT p.value ->> 0, l.document, count(*) FROM json_each(:wanted) AS p "
                 "JOIN lsh_buckets AS l ON l.band = p.value ->> 1 AND l.bucket = p.value ->> 2{newer} "
                 "GROUP BY 1, 2 HAVING count(*) >= :least")
# The buckets holding more stored rows than their :least, with how many (counted to :lim at most).
CROWDED_SQLITE = ("SELECT band, bucket, n FROM (SELECT p.value ->> 0 AS band, p.value ->> 1 AS bucket, "
                  "p.value ->> 2 AS least, (SELECT count(*) FROM (SELECT 1 FROM lsh_buckets WHERE "
                  "band = p.value ->> 0 AND bucket = p.value ->> 1{newer} LIMIT :lim)) AS n "
                  "FROM json_each(:wanted) AS p) WHERE n > least")


def _newer_condition(connection: Connection, newer: Newer | None, prefix: str) -> str:
    """No condition, or the LSH row's document among those committed since the batch began."""
    if newer is None:
        return ""
    if connection.dialect.name == "postgresql":
        return f" AND {prefix}document = ANY(CAST(:newer AS text[]))"
    return f" AND {prefix}document IN (SELECT value FROM json_each(:newer))"


def _newer_params(connection: Connection, newer: Newer | None) -> dict:
    """The :newer parameter of `_newer_condition`: an array on PostgreSQL, a JSON list on SQLite."""
    if newer is None:
        return {}
    return {"newer": newer.ids if connection.dialect.name == "postgresql" else json.dumps(newer.ids)}


def _among(connection: Connection, column, documents: Newer | None) -> list:
    """No condition, or ``column IN`` the documents committed since the batch began."""
    return [] if documents is None else [among(connection, column, documents.ids)]
