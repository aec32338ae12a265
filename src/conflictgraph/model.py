"""The data model: documents, mentions, actors, relations, events, claims and the bundle they form."""

from __future__ import annotations

import json
from dataclasses import MISSING, asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    import pandas as pd

# The vocabulary has one owner; the model names it for the modules that speak the model.
from .core.dates import date_bounds, date_precision
from .core.vocabulary import (
    ACTOR_KINDS,
    ACTOR_TYPES,
    APPROXIMATE_LEVELS,
    CLAIM_KINDS,
    DATE_PRECISIONS,
    EVENT_TYPES,
    MENTION_TYPES,
    PLACE_LEVELS,
    PLACE_TYPES,
    PREDICATES,
    TIME_TYPES,
)
from .errors import BundleError

FORMAT = "conflictgraph/1"

__all__ = [
    "ACTOR_KINDS", "ACTOR_TYPES", "APPROXIMATE_LEVELS", "CLAIM_KINDS", "DATE_PRECISIONS", "EVENT_TYPES",
    "MENTION_TYPES", "PLACE_LEVELS", "PLACE_TYPES", "PREDICATES", "TIME_TYPES", "Actor", "Bundle", "Claim",
    "Document", "Duplicate", "Event", "Evidence", "Location", "Mention", "Relation", "date_bounds", "date_precision",
]


@dataclass(slots=True)
class Evidence:
    """A sentence that supports an item, with its offsets in its document's text."""

    document: str
    start: int
    end: int
    text: str

    def key(self) -> tuple[str, int, int]:
        return (self.document, self.start, self.end)


@dataclass(slots=True)
class Location:
    """A resolved place: what a GPE/LOC/FAC mention or an event's location points at.

    ``level`` is what the place is (one of ``PLACE_LEVELS``, None when unknown): the coordinates of a
    ``country`` or ``region`` are its centroid, not where anything happened.
    """

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None = None
    level: str | None = None  # country, admin1, admin2, city, facility or region; None where unknown


@dataclass(slots=True)
class Duplicate:
    """This document copies (``derived_from``) or shares its text with (``near_duplicate``) another."""

    document: str
    similarity: float
    relation: str


@dataclass(slots=True)
class Document:
    """One article: its text, which every offset indexes, and what is known of its origin."""

    id: str
    source: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_basis: str | None = None
    language: str | None = None  # ISO 639-1 code of the text's language, as detected; None: not detected
    duplicates: list[Duplicate] = field(default_factory=list)

    @property
    def published_precision(self) -> str | None:
        return date_precision(self.published)


@dataclass(slots=True)
class Actor:
    """A person, group, state or body, resolved across spellings and documents."""

    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    wikidata: str | None = None


@dataclass(slots=True)
class Mention:
    """A span of a document's text that names an entity, a place, a date or a weapon."""

    document: str
    start: int
    end: int
    text: str
    type: str
    actor: str | None = None
    value: str | None = None
    geo: Location | None = None


@dataclass(slots=True)
class Relation:
    """A lasting tie between two actors, with every sentence that states it."""

    subject: str
    predicate: str
    object: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Event:
    """Something that happened, coded in PLOVER, with every sentence that reports it."""

    id: str
    type: str
    mode: str | None = None
    source: str | None = None
    target: str | None = None
    date: str | None = None
    location: Location | None = None
    fatalities: int | None = None
    injuries: int | None = None
    evidence: list[Evidence] = field(default_factory=list)
    # PLOVER's joint and reciprocal actors ("Russia and Turkey agreed", "talks between A and B", "X and Y clashed"):
    # every actor of a role, in the text's order, where it has several (``source``/``target`` is the first of
    # them); empty where the role has one actor or none. Written in the JSON form only where not empty.
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)

    # Written in the JSON form beside the fields, derived from them (never read back).
    DERIVED: ClassVar[tuple[str, ...]] = ("date_precision",)
    # The list fields of the roles, written only where a role has several actors.
    LISTS: ClassVar[dict[str, str]] = {"source": "sources", "target": "targets"}

    def actors(self, role: str) -> list[str]:
        """Every actor of ``role`` ("source" or "target"), the first one first: the list, else the one, else none."""
        many = getattr(self, self.LISTS[role])
        if many:
            return list(many)
        one = getattr(self, role)
        return [one] if one else []

    def set_actors(self, role: str, ids: list[str | None]) -> None:
        """Make ``ids`` (in order, each once, None left out) the actors of ``role``: the first is ``source`` or
        ``target``, the list is kept where there are several."""
        unique = list(dict.fromkeys(i for i in ids if i))
        setattr(self, role, unique[0] if unique else None)
        setattr(self, self.LISTS[role], unique if len(unique) > 1 else [])

    @property
    def date_precision(self) -> str | None:
        """How exact ``date`` is (day, week, month, year, range): read from its form, so it never goes stale."""
        return date_precision(self.date)


@dataclass(slots=True)
class Claim:
    """Who said what: a direct quote or reported speech."""

    speaker: str | None
    speaker_text: str
    text: str
    kind: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Bundle:
    """Everything known about a set of documents: the ``conflictgraph/1`` interchange format."""

    documents: list[Document] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    SECTIONS = ("documents", "actors", "mentions", "relations", "events", "claims")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"format": FORMAT}
        for name in self.SECTIONS:
            out[name] = [asdict(item) for item in getattr(self, name)]
        out["events"] = [_with_precision(record, event) for record, event in zip(out["events"], self.events,
                                                                                  strict=True)]

        return out

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_frames(self) -> dict[str, pd.DataFrame]:
        """One flat pandas DataFrame per table, with real dtypes (needs the ``pandas`` extra; see docs/pandas.md).

        documents, actors, mentions, relations, events, claims, plus ``evidence`` (one row per supporting
        sentence: ``table``, ``row`` of the item in that table, ``document``, ``start``, ``end``, ``text``) and
        ``duplicates``. Dates come as the string written, its precision, and the first and last day of the
        period it names (``date_start``, ``date_end``), so "2019-02" is February and never the 1st.
        """
        from .frames import bundle_frames

        return bundle_frames(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Bundle:
        """Rebuild a bundle from its JSON form (as printed by ``to_dict``); keys it does not know are left out.

        Raises BundleError naming the path of the first thing wrong: ``events[3].evidence[0].start: missing``.
        """
        if not isinstance(data, dict):
            raise BundleError("(document)", f"not a {FORMAT} bundle: a JSON object is expected, not {_kind(data)}")
        if data.get("format") != FORMAT:
            raise BundleError("format", f"not a {FORMAT} bundle: format is {data.get('format')!r}")
        sections: dict[str, list[Any]] = {}
        for name in cls.SECTIONS:
            if name not in data:
                raise BundleError(name, f"missing (a {FORMAT} bundle has {', '.join(cls.SECTIONS)})")
            sections[name] = _value(f"list[{_ITEMS[name].__name__}]", data[name], name)
        return cls(**sections)

    @classmethod
    def from_json(cls, text: str) -> Bundle:
        return cls.from_dict(json.loads(text))


def _kind(value: Any) -> str:
    """What a JSON value is, for a message."""
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null",
            int: "an integer", float: "a number"}.get(type(value), type(value).__name__)


_SCALARS: dict[str, tuple[tuple[type, ...], str]] = {
    "str": ((str,), "a string"), "int": ((int,), "an integer"), "float": ((int, float), "a number"),
}


def _build(cls: type, data: Any, path: str) -> Any:
    """An item of the model from its JSON object, each field checked against its annotation."""
    if not isinstance(data, dict):
        raise BundleError(path, f"not an object ({_kind(data)})")
    values = {}
    for item in fields(cls):
        where = f"{path}.{item.name}"
        if item.name in data:
            values[item.name] = _value(str(item.type), data[item.name], where)
        elif item.default is MISSING and item.default_factory is MISSING:
            raise BundleError(where, "missing")
    return cls(**values)


def _value(annotation: str, value: Any, path: str) -> Any:
    """A JSON value read as the annotation says: ``str``, ``int | None``, ``list[Evidence]``, ``Location | None``."""
    options = [option.strip() for option in annotation.split("|")]
    if value is None:
        if "None" in options:
            return None
        raise BundleError(path, "null, where a value is required")
    [kind] = [option for option in options if option != "None"]
    if kind.startswith("list["):
        if not isinstance(value, list):
            raise BundleError(path, f"not a list ({_kind(value)})")
        return [_value(kind[5:-1], element, f"{path}[{i}]") for i, element in enumerate(value)]
    if kind in _NESTED:
        return _build(_NESTED[kind], value, path)
    types, name = _SCALARS[kind]
    if isinstance(value, bool) or not isinstance(value, types):
        raise BundleError(path, f"not {name} ({_kind(value)})")
    return value


_NESTED: dict[str, type] = {c.__name__: c for c in (Document, Actor, Mention, Relation, Event, Claim, Evidence,
                                                    Location, Duplicate)}
_ITEMS = {"documents": Document, "actors": Actor, "mentions": Mention, "relations": Relation, "events": Event,
          "claims": Claim}


def _with_precision(record: dict[str, Any], event: Event) -> dict[str, Any]:
    """An event's JSON with ``date_precision`` right after ``date``, and ``sources`` and ``targets`` after
    ``target`` where a role has several actors (left out where it has one or none: ``source`` or ``target`` says
    it all, and the bundle of an event without a list is as it was)."""
    lists = Event.LISTS.values()
    out: dict[str, Any] = {}
    for key, value in record.items():
        if key in lists:
            continue
        out[key] = value
        if key == "date":
            out["date_precision"] = event.date_precision
        if key == "target":
            out.update((name, record[name]) for name in lists if record[name])
    return out
