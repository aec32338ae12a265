"""A copy repeats its original's reports: its events and claims join those they repeat instead of adding new ones.

Two events merge across documents only when they share two arguments (:mod:`.event_merge`), so an event with
fewer ("militias were blamed") is never merged, and each copy of an article would add it again. But the same
sentence in a document and in its copy (a derived_from or near_duplicate pair, as the copy detector finds them)
is one report: an event that a copy's sentence gives, of the type an event of the original's matching sentence
has and contradicting it in nothing, is that event, with one more piece of evidence. Sentences match when they
hold the same content words (the words the copy detector aligns on).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Claim, Event, Evidence
from . import CorpusContext, stage
from .duplicates import content_words
from .event_merge import absorb, agreement


def sentence_key(text: str) -> frozenset[str]:
    """What two sentences must share to be the same sentence in two copies: their content words."""
    return frozenset(content_words(text))


def repeats(item: Event | Claim, kept: Event | Claim, partners: dict[str, set[str]]) -> bool:
    """True if ``item`` is ``kept`` as a copy reports it: an event of the same type and no argument against, or a
    claim of the same words, with a sentence of its evidence matching one of ``kept``'s in a document it copies
    or is copied by. A claim of the same words, or of the same speaker (a copy's parse may cut a quote otherwise:
    the whole paraphrase, not the quote in it), in that sentence is the claim repeated."""
    if {e.document for e in item.evidence} & {e.document for e in kept.evidence}:
        return False  # two items of one document are two reports: only another document repeats one
    if isinstance(item, Event) and isinstance(kept, Event):
        if item.type != kept.type or agreement(kept, item) is None:
            return False
    elif isinstance(item, Claim) and isinstance(kept, Claim):
        if sentence_key(item.text) != sentence_key(kept.text) and not (item.speaker and item.speaker == kept.speaker):
            return False
    else:
        return False
    return shares_sentence(item.evidence, kept.evidence, partners)


def shares_sentence(mine: list[Evidence], theirs_list: list[Evidence], partners: dict[str, set[str]]) -> bool:
    theirs: dict[str, set[frozenset[str]]] = {}
    for evidence in theirs_list:
        theirs.setdefault(evidence.document, set()).add(sentence_key(evidence.text))
    for evidence in mine:
        key = sentence_key(evidence.text)
        if key and any(key in theirs.get(other, ()) for other in partners.get(evidence.document, ())):
            return True
    return False


def same_words(item: Event | Claim, kept: Event | Claim) -> bool:
    return isinstance(item, Claim) and isinstance(kept, Claim) and sentence_key(item.text) == sentence_key(kept.text)


def partners_of(links: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Copy pairs (either direction) as a map from each document to the documents it shares text with."""
    partners: dict[str, set[str]] = {}
    for a, b in links:
        partners.setdefault(a, set()).add(b)
        partners.setdefault(b, set()).add(a)
    return partners


def merge_copies(items: list, partners: dict[str, set[str]]) -> list:
    """The events (or claims), each one that only repeats an earlier one (in a copy's sentence) folded into it."""
    kept: list = []
    for item in items:
        involved = {e.document for e in item.evidence} & partners.keys()
        found = [k for k in kept if repeats(item, k, partners)] if involved else []
        target = min(found, key=lambda k: not same_words(item, k), default=None)  # the same words first
        if target is None:
            kept.append(item)
            continue
        if isinstance(item, Event):
            absorb(target, item)
        else:
            known = {e.key() for e in target.evidence}
            target.evidence += [e for e in item.evidence if e.key() not in known]
        target.evidence.sort(key=Evidence.key)
    return kept


@stage("copy-merge", requires=("event-merge", "claim-merge", "duplicates"), provides=("copy-merge",), scope="corpus")
def merge_copied_events(corpus: CorpusContext) -> None:
    """Fold the events and claims a copy only repeats into those of the document it copies (or shares text with)."""
    partners = partners_of((ctx.document.id, d.document) for ctx in corpus.docs for d in ctx.document.duplicates)
    if partners:
        corpus.notes["events"] = merge_copies(corpus.notes.get("events", []), partners)
        corpus.notes["claims"] = merge_copies(corpus.notes.get("claims", []), partners)
