"""pandas DataFrames of a bundle or of the store's query results: flat tables with real dtypes.

pandas is an optional extra (``pip install "conflictgraph[pandas]"``) and is imported only when a frame is asked
for. Every column has the dtype its values call for: ``string`` for ids and text, ``category`` for closed
vocabularies, nullable ``Int64`` for counts, tolls and ids that are numbers, ``Float64`` for coordinates,
``datetime64`` for the first and last day of a date's period, so no column is ``object``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import MissingExtraError
from .model import (
    ACTOR_KINDS,
    DATE_PRECISIONS,
    EVENT_TYPES,
    MENTION_TYPES,
    PLACE_LEVELS,
    PREDICATES,
    Actor,
    Bundle,
    Claim,
    Document,
    Event,
    Evidence,
    Location,
    Mention,
    Relation,
    date_bounds,
    date_precision,
)

if TYPE_CHECKING:
    import pandas as pd

# Column kinds: the dtype each becomes. Closed vocabularies are categories with every allowed value.
STRING, INT, FLOAT, DAY, BOOL = "string", "Int64", "Float64", "datetime64[s]", "boolean"
CATEGORIES: dict[str, tuple[str, ...]] = {
    "precision": DATE_PRECISIONS, "level": PLACE_LEVELS, "actor_kind": ACTOR_KINDS, "event_type": EVENT_TYPES,
    "mention_type": MENTION_TYPES, "predicate": PREDICATES, "claim_kind": ("quote", "paraphrase"),
    "basis": ("metadata", "text", "inferred"), "relation": ("derived_from", "near_duplicate"),
    "table": ("relations", "events", "claims"),
}

COLUMNS: dict[str, dict[str, str]] = {
    "documents": {"id": STRING, "source": STRING, "title": STRING, "outlet": STRING, "published": STRING,
                  "published_precision": "precision", "published_start": DAY, "published_end": DAY,
                  "published_basis": "basis", "language": STRING, "n_characters": INT, "text": STRING},
    "duplicates": {"document": STRING, "other": STRING, "similarity": FLOAT, "relation": "relation"},
    "actors": {"id": STRING, "name": STRING, "kind": "actor_kind", "country": STRING, "wikidata": STRING,
               "aliases": STRING, "n_mentions": INT},
    "mentions": {"document": STRING, "start": INT, "end": INT, "text": STRING, "type": "mention_type",
                 "actor": STRING, "value": STRING, "value_precision": "precision", "value_start": DAY,
                 "value_end": DAY, **{f"geo_{k}": v for k, v in (
                     ("name", STRING), ("country", STRING), ("lat", FLOAT), ("lon", FLOAT),
                     ("geonames_id", INT), ("level", "level"))}},
    "relations": {"subject": STRING, "predicate": "predicate", "object": STRING, "n_evidence": INT,
                  "n_documents": INT},
    "events": {"id": STRING, "type": "event_type", "mode": STRING, "source": STRING, "target": STRING,
               "sources": STRING, "targets": STRING, "date": STRING, "date_precision": "precision",
               "date_start": DAY, "date_end": DAY,
               "location_name": STRING, "location_country": STRING, "location_lat": FLOAT, "location_lon": FLOAT,
               "location_geonames_id": INT, "location_level": "level", "fatalities": INT, "injuries": INT,
               "n_evidence": INT, "n_documents": INT},
    "claims": {"speaker": STRING, "speaker_text": STRING, "text": STRING, "kind": "claim_kind", "n_evidence": INT,
               "n_documents": INT},
    "evidence": {"table": "table", "row": INT, "item": STRING, "document": STRING, "start": INT, "end": INT,
                 "text": STRING},
    "hits": {"document": STRING, "title": STRING, "start": INT, "end": INT, "text": STRING},
}


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise MissingExtraError('DataFrames need pandas: pip install "conflictgraph[pandas]"') from None
    return pandas


def frame(table: str, rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """A DataFrame of ``rows`` with the columns and dtypes of ``table`` (even when there are no rows)."""
    pd = _pandas()
    columns = COLUMNS[table]
    rows = list(rows)
    data = {}
    for name, kind in columns.items():
        values = [row.get(name) for row in rows]
        if kind in CATEGORIES:
            data[name] = pd.Categorical(values, categories=list(CATEGORIES[kind]))
        elif kind == DAY:
            data[name] = pd.Series(pd.to_datetime(values), dtype=DAY) if values else pd.Series([], dtype=DAY)
        else:
            data[name] = pd.array(values, dtype=kind)
    return pd.DataFrame(data, columns=list(columns))


def _dates(prefix: str, value: str | None, precision: str | None) -> dict[str, Any]:
    bounds = date_bounds(value)
    return {f"{prefix}_precision": precision, f"{prefix}_start": bounds[0] if bounds else None,
            f"{prefix}_end": bounds[1] if bounds else None}


def _place(prefix: str, place: Location | None) -> dict[str, Any]:
    keys = ("name", "country", "lat", "lon", "geonames_id", "level")
    return {f"{prefix}_{k}": getattr(place, k) if place else None for k in keys}


def _support(evidence: list[Evidence]) -> dict[str, int]:
    return {"n_evidence": len(evidence), "n_documents": len({e.document for e in evidence})}


def document_row(d: Document) -> dict[str, Any]:
    return {"id": d.id, "source": d.source, "title": d.title, "outlet": d.outlet, "published": d.published,
            **_dates("published", d.published, d.published_precision), "published_basis": d.published_basis,
            "language": d.language, "n_characters": len(d.text), "text": d.text}


def actor_row(a: Actor, n_mentions: int | None = None) -> dict[str, Any]:
    return {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "wikidata": a.wikidata,
            "aliases": "; ".join(a.aliases), "n_mentions": n_mentions}


def mention_row(m: Mention) -> dict[str, Any]:
    return {"document": m.document, "start": m.start, "end": m.end, "text": m.text, "type": m.type,
            "actor": m.actor, "value": m.value, **_dates("value", m.value, date_precision(m.value)),
            **_place("geo", m.geo)}


def event_row(e: Event) -> dict[str, Any]:
    return {"id": e.id, "type": e.type, "mode": e.mode, "source": e.source, "target": e.target,
            # every actor of the role, "; "-joined as in the CSV (a joint event's several; null where none)
            "sources": "; ".join(e.actors("source")) or None, "targets": "; ".join(e.actors("target")) or None,
            "date": e.date,
            **_dates("date", e.date, e.date_precision), **_place("location", e.location),
            "fatalities": e.fatalities, "injuries": e.injuries, **_support(e.evidence)}


def relation_row(r: Relation) -> dict[str, Any]:
    return {"subject": r.subject, "predicate": r.predicate, "object": r.object, **_support(r.evidence)}


def claim_row(c: Claim) -> dict[str, Any]:
    return {"speaker": c.speaker, "speaker_text": c.speaker_text, "text": c.text, "kind": c.kind,
            **_support(c.evidence)}


def evidence_rows(table: str, items: list[Any]) -> list[dict[str, Any]]:
    return [{"table": table, "row": row, "item": getattr(item, "id", None), "document": e.document,
             "start": e.start, "end": e.end, "text": e.text}
            for row, item in enumerate(items) for e in item.evidence]


def bundle_frames(bundle: Bundle) -> dict[str, pd.DataFrame]:
    """Every table of ``bundle`` as a DataFrame (see ``Bundle.to_frames``)."""
    mentioned = Counter(m.actor for m in bundle.mentions if m.actor)
    return {
        "documents": frame("documents", map(document_row, bundle.documents)),
        "duplicates": frame("duplicates", ({"document": d.id, "other": x.document, "similarity": x.similarity,
                                            "relation": x.relation} for d in bundle.documents for x in d.duplicates)),
        "actors": frame("actors", (actor_row(a, mentioned[a.id]) for a in bundle.actors)),
        "mentions": frame("mentions", map(mention_row, bundle.mentions)),
        "relations": frame("relations", map(relation_row, bundle.relations)),
        "events": frame("events", map(event_row, bundle.events)),
        "claims": frame("claims", map(claim_row, bundle.claims)),
        "evidence": frame("evidence", [*evidence_rows("relations", bundle.relations),
                                       *evidence_rows("events", bundle.events),
                                       *evidence_rows("claims", bundle.claims)]),
    }


ROWS = {"events": event_row, "actors": actor_row, "claims": claim_row, "relations": relation_row,
        "documents": document_row, "mentions": mention_row}


T = TypeVar("T")


class Results(list[T]):
    """What a store query returns: a list of items, and ``to_frame()`` to get them as one DataFrame."""

    def __init__(self, items: Iterable[T] = (), kind: str = "events") -> None:
        super().__init__(items)
        self.kind = kind

    def to_frame(self) -> pd.DataFrame:
        """The items as a flat DataFrame with the columns and dtypes of ``Bundle.to_frames()``'s table of their
        kind; search hits give ``document, title, start, end, text``."""
        if self.kind == "hits":
            return frame("hits", ({"document": h.document, "title": h.title, "start": h.evidence.start,
                                   "end": h.evidence.end, "text": h.evidence.text} for h in self))
        return frame(self.kind, map(ROWS[self.kind], self))

    def evidence_frame(self) -> pd.DataFrame:
        """The evidence of the items (events, relations or claims) as a long table, ``row`` indexing ``self``."""
        return frame("evidence", evidence_rows(self.kind, list(self)))
