"""The part of a batch the store does not hold yet, looked up inside the batch's own transaction.

Two ingests into one store, on overlapping inputs, may both extract an article; whichever writes first stores it,
and the other's transaction, which holds the store's write lock when it looks, leaves it out (with what only it
says) instead of failing on the documents' unique keys. A worker whose batch is redone after it died (Dask
recomputes lost work) finds its committed documents here too, so nothing is stored twice.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Connection, or_, select

from ..model import Bundle
from . import schema as t
from .write import Sentences, content_hash


def stored_already(connection: Connection, bundle: Bundle) -> set[str]:
    """The ids of the bundle's documents whose text the store holds (under their id or another one)."""
    if not bundle.documents:
        return set()
    hashes = {content_hash(d.text): d.id for d in bundle.documents}
    c = t.documents.c
    rows = connection.execute(select(c.id, c.content_hash).where(or_(
        c.content_hash.in_(sorted(hashes)), c.id.in_(sorted(d.id for d in bundle.documents))))).all()
    # A stored id with another text is not this article: the batch fails on it, as before.
    return {hashes[digest] for _, digest in rows if digest in hashes}


def without(bundle: Bundle, sentences: Sentences, gone: set[str]) -> tuple[Bundle, Sentences]:
    """The bundle and sentences less the documents ``gone`` and every piece of evidence they hold; an item left
    without evidence goes too. Actors stay: adding one the store knows adds nothing."""
    if not gone:
        return bundle, sentences

    def kept(items):
        out = []
        for item in items:
            evidence = [e for e in item.evidence if e.document not in gone]
            if evidence:
                out.append(replace(item, evidence=evidence))
        return out

    return Bundle(documents=[d for d in bundle.documents if d.id not in gone], actors=bundle.actors,
                  mentions=[m for m in bundle.mentions if m.document not in gone],
                  relations=kept(bundle.relations), events=kept(bundle.events),
                  claims=kept(bundle.claims)), {k: v for k, v in sentences.items() if k not in gone}
