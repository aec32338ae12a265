"""Copy fingerprints and alignment: what makes one document a copy of another, for a batch and for a store.

MinHash LSH over word shingles proposes candidates and sentence alignment confirms them. The batch's
duplicates stage keeps a :class:`CopyIndex` in memory; the store keeps the same fingerprints as rows
(:mod:`conflictgraph.store.copies`) and compares with :meth:`CopyIndex.compare`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from spacy.lang.en.stop_words import STOP_WORDS

from ..errors import KnowledgeError
from ..knowledge import LEXICONS_DIR, default_knowledge
from ..model import Document, Duplicate

if TYPE_CHECKING:  # datasketch loads scipy: a run of one document, which has nothing to compare, skips both
    from datasketch import MinHash

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# A sentence ends at terminal punctuation (and any closing quote) before white space, or at a line break:
# headlines, captions and paragraphs end without a full stop. A regex, not the spaCy parse, so that a store
# can fingerprint a document again later, without its parse, and get the same sentences.
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+|\s*\n\s*")

Links = dict[str, list[Duplicate]]


@dataclass(frozen=True)
class Settings:
    """The thresholds of ``lexicons/duplicates.yaml``; its comments say what each one does."""

    shingle_size: int
    num_perm: int
    seed: int
    lsh_threshold: float
    max_candidates: int
    anchor_words: int
    anchor_documents: int
    min_sentence_words: int
    sentence_match: float
    min_similarity: float
    contained: float
    not_contained: float

    @classmethod
    def from_lexicon(cls, data: Any) -> Settings:
        names = [f.name for f in fields(cls)]
        missing = [name for name in names if not isinstance(data, dict) or name not in data]
        if missing:
            raise KnowledgeError(str(LEXICONS_DIR / "duplicates.yaml"),
                                 f"missing setting(s) {', '.join(missing)}; the built-in file lists them all")
        return cls(**{name: data[name] for name in names})


@dataclass
class Fingerprint:
    """What the index keeps of a document: its date, its MinHash, and the content words of each sentence."""

    published: str | None
    minhash: MinHash | None  # None: a stored document's, read for alignment only (CopyIndex.aligned)
    sentences: list[frozenset[str]]
    # Word -> the sentences holding it, so aligning a sentence looks only at sentences that share a word.
    postings: dict[str, list[int]]
    size: int  # content words over all sentences: the weight that "share of a document" counts in


def content_words(text: str) -> list[str]:
    return [w for w in (m.group().lower().replace("’", "'") for m in WORD.finditer(text)) if w not in STOP_WORDS]


def sentence_words(text: str) -> list[frozenset[str]]:
    """The content words of each sentence of ``text`` that has any, in order: what aligning it compares, of every
    length (a fingerprint keeps those of ``min_sentence_words`` or more). A store keeps them with the document, so
    that it aligns a stored document without reading and splitting its text again."""
    return [frozenset(words) for part in SENTENCE_END.split(text) if (words := set(content_words(part)))]


def _print(published: str | None, minhash: MinHash | None, sentences: list[frozenset[str]]) -> Fingerprint:
    postings: dict[str, list[int]] = defaultdict(list)
    for i, sentence in enumerate(sentences):
        for word in sentence:
            postings[word].append(i)
    return Fingerprint(published, minhash, sentences, dict(postings), sum(map(len, sentences)))


def cover(a: Fingerprint, b: Fingerprint, match: float, floor: float = 0.0) -> float:
    """The share of ``a``'s words in sentences that align to a sentence of ``b`` (content-word Jaccard ≥ match).

    Words, not sentences, are counted so that a one-line headline weighs less than a paragraph-long sentence.
    With a ``floor``, it stops as soon as the share cannot reach it, and returns a share below it (not the share).
    """
    if not a.size:
        return 0.0
    aligned, left, need = 0, a.size, floor * a.size
    for sentence in a.sentences:
        if aligned + left < need:
            return aligned / a.size  # below the floor, whatever the sentences left hold
        left -= len(sentence)
        shared = Counter(i for word in sentence for i in b.postings.get(word, ()))
        if any(n / (len(sentence) + len(b.sentences[i]) - n) >= match for i, n in shared.items()):
            aligned += len(sentence)
    return aligned / a.size


def later(a: str | None, b: str | None) -> int:
    """1 if date ``a`` is later than ``b``, -1 if earlier, 0 if unknown or not told apart (2019-02 vs 2019-02-07)."""
    if not a or not b or a.startswith(b) or b.startswith(a):
        return 0
    return 1 if a > b else -1  # ISO dates of any precision compare as strings once neither prefixes the other


class CopyIndex:
    """The documents seen so far, indexed so that a new one is aligned only with its likely copies.

    The cost of adding a document does not grow with the index: the LSH query touches a fixed number of
    bands, a sentence lookup at most ``anchor_documents`` documents, and at most ``max_candidates`` of each
    kind of candidate are aligned. A store can keep one across batches.
    """

    def __init__(self, settings: Settings | None = None) -> None:
        from datasketch import MinHash, MinHashLSH

        self.settings = settings or Settings.from_lexicon(default_knowledge().lexicon("duplicates"))
        s = self.settings
        self._lsh = MinHashLSH(threshold=s.lsh_threshold, num_perm=s.num_perm)
        self._prints: dict[str, Fingerprint] = {}
        # Long sentences (as content-word sets) -> the documents holding them. An excerpt has too few of the
        # article's shingles for the LSH to catch (Jaccard is its share of the article), but shares whole sentences.
        self._anchors: dict[frozenset[str], list[str]] = {}
        # Draw the permutations once: drawing them for every document costs more than hashing its shingles.
        template = MinHash(num_perm=s.num_perm, seed=s.seed)
        self._permutations, self._scheme = template.permutations, template.scheme

    @property
    def bands(self) -> int:
        """The LSH's bands (of ``rows`` MinHash values each), as datasketch solved them for the threshold."""
        return self._lsh.b

    @property
    def rows(self) -> int:
        return self._lsh.r

    def __len__(self) -> int:
        return len(self._prints)

    def __contains__(self, document_id: str) -> bool:
        return document_id in self._prints

    def fingerprint(self, document: Document, sentences: list[frozenset[str]] | None = None) -> Fingerprint | None:
        """The document's fingerprint, or None when it has too few words to compare; ``sentences``: its
        :func:`sentence_words`, if the caller has them."""
        s = self.settings
        words = content_words(document.text)
        k = s.shingle_size
        shingles = {" ".join(words[i:i + k]) for i in range(max(1, len(words) - k + 1))} if words else set()
        kept = self._long(sentence_words(document.text) if sentences is None else sentences)
        if not shingles or not kept:
            return None
        from datasketch import MinHash

        minhash = MinHash(num_perm=s.num_perm, seed=s.seed, permutations=self._permutations,
                          scheme=self._scheme)
        minhash.update_batch([shingle.encode("utf-8") for shingle in sorted(shingles)])
        return _print(document.published, minhash, kept)

    def aligned(self, published: str | None, sentences: list[frozenset[str]]) -> Fingerprint | None:
        """What aligning a document with another needs of it (no MinHash), from its :func:`sentence_words` as a
        store keeps them: the same sentences, postings and size as its :meth:`fingerprint`. None: none is long
        enough to compare."""
        kept = self._long(sentences)
        return _print(published, None, kept) if kept else None

    def _long(self, sentences: list[frozenset[str]]) -> list[frozenset[str]]:
        """The sentences with enough content words to take part in alignment."""
        return [sentence for sentence in sentences if len(sentence) >= self.settings.min_sentence_words]

    def query(self, document: Document) -> Links:
        """The duplicate entries that ``document`` makes with indexed ones, by the id of the document holding each."""
        found = self.fingerprint(document)
        return self._links(document.id, found) if found else {}

    def add(self, document: Document) -> Links:
        """Index ``document`` and return the entries it makes (on itself, or on earlier documents it was copied by)."""
        found = self.fingerprint(document)
        if found is None:
            return {}
        links = self._links(document.id, found)
        self.remove(document.id)  # a new version of a document replaces the old
        self._lsh.insert(document.id, found.minhash)
        self._prints[document.id] = found
        for sentence in self.anchor_sentences(found):
            holders = self._anchors.setdefault(sentence, [])
            if len(holders) < self.settings.anchor_documents:
                holders.append(document.id)
        return links

    def remove(self, document_id: str) -> None:
        """Forget a document (nothing happens if it is not indexed)."""
        found = self._prints.pop(document_id, None)
        if found is None:
            return
        self._lsh.remove(document_id)
        for sentence in self.anchor_sentences(found):
            holders = self._anchors.get(sentence, [])
            if document_id in holders:
                holders.remove(document_id)
            if not holders:
                self._anchors.pop(sentence, None)

    def anchor_sentences(self, found: Fingerprint) -> set[frozenset[str]]:
        return {sentence for sentence in found.sentences if len(sentence) >= self.settings.anchor_words}

    def _links(self, document_id: str, found: Fingerprint) -> Links:
        s = self.settings
        estimate = {c: found.minhash.jaccard(self._prints[c].minhash)
                    for c in self._lsh.query(found.minhash) if c != document_id}
        # LSH over small shingles lets through many pairs below the threshold it aims at: drop those, and
        # align the most alike first, and only a few.
        alike = sorted((c for c, j in estimate.items() if j >= s.lsh_threshold), key=lambda c: (-estimate[c], c))
        # A sentence held by as many documents as the cap is boilerplate ("All rights reserved ..."), not a copy.
        shared = Counter(c for sentence in self.anchor_sentences(found)
                         if len(holders := self._anchors.get(sentence, [])) < s.anchor_documents
                         for c in holders if c != document_id)
        anchored = sorted(shared, key=lambda c: (-shared[c], c))
        links: Links = {}
        for other_id in sorted(set(alike[:s.max_candidates]) | set(anchored[:s.max_candidates])):
            for holder, entry in self.compare(document_id, found, other_id, self._prints[other_id]):
                links.setdefault(holder, []).append(entry)
        return links

    def compare(self, a_id: str, a: Fingerprint, b_id: str, b: Fingerprint) -> list[tuple[str, Duplicate]]:
        """The entries two documents make, as (holder, entry): none, one derived_from, or two near_duplicate."""
        s = self.settings
        # The shorter document's share: a copy that adds a paragraph is still a copy. On a tie, either share. Most
        # pairs aligned are no copies: the share that decides is measured first, and only as far as it can still
        # reach min_similarity; the other only if it does (what a copy's direction is told by).
        if a.size != b.size:
            shorter, longer = (a, b) if a.size < b.size else (b, a)
            similarity = cover(shorter, longer, s.sentence_match, s.min_similarity)
            if similarity < s.min_similarity:
                return []
            other = cover(longer, shorter, s.sentence_match)
            a_in_b, b_in_a = (similarity, other) if shorter is a else (other, similarity)
        else:
            a_in_b = cover(a, b, s.sentence_match, s.min_similarity)
            b_in_a = cover(b, a, s.sentence_match, s.min_similarity)
            similarity = max(a_in_b, b_in_a)
            if similarity < s.min_similarity:
                return []
            a_in_b, b_in_a = cover(a, b, s.sentence_match), cover(b, a, s.sentence_match)
        return self.entries(a_id, a, b_id, b, similarity, a_in_b, b_in_a)

    def entries(self, a_id: str, a: Fingerprint, b_id: str, b: Fingerprint, similarity: float, a_in_b: float,
                b_in_a: float) -> list[tuple[str, Duplicate]]:
        """The entries of a pair aligned at ``similarity`` (at least min_similarity), each document's share of the
        other given: derived_from the earlier, or near_duplicate both ways where the order is not told."""
        s = self.settings
        similarity = round(similarity, 3)
        order = later(a.published, b.published)
        if order == 0:
            # Undated or same day: a text that sits inside the other, but not the other way round, was taken from it.
            if a_in_b >= s.contained and b_in_a < s.not_contained:
                order = 1
            elif b_in_a >= s.contained and a_in_b < s.not_contained:
                order = -1
        if order == 1:
            return [(a_id, Duplicate(b_id, similarity, "derived_from"))]
        if order == -1:
            return [(b_id, Duplicate(a_id, similarity, "derived_from"))]
        return [(a_id, Duplicate(b_id, similarity, "near_duplicate")),
                (b_id, Duplicate(a_id, similarity, "near_duplicate"))]
