"""The data model: documents, mentions, actors, relations, events, claims and the bundle they form."""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import asdict, dataclass, field, fields
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

FORMAT = "conflictgraph/1"

ACTOR_KINDS = ("state", "government", "military", "armed_group", "person", "organization", "media")
MENTION_TYPES = (
    "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME",
    "MONEY", "QUANTITY", "WEAPON", "MILITARY_PLATFORM",
)
ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP")
PLACE_TYPES = ("GPE", "LOC", "FAC")
TIME_TYPES = ("DATE", "TIME")
PREDICATES = (
    "backs", "part_of", "leads", "member_of", "spokesperson_for",
    "designates_terrorist", "allied_with", "opposes",
)
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

# How exact a date is: what its ISO form says ("2019-12-27" a day, "2020-W10" an ISO week, "2019-12" a month,
# "2019" a year, "2019-12-27/2019-12-29" an ISO 8601 interval).
DATE_PRECISIONS = ("day", "week", "month", "year", "range")
# What a resolved place stands for, finest first; a country or a region is a centroid, not a point.
PLACE_LEVELS = ("facility", "city", "admin2", "admin1", "country", "region")
APPROXIMATE_LEVELS = ("country", "region")  # levels whose point a map should draw as an area, not a spot
_PRECISION_FORMS = (
    ("day", re.compile(r"\d{4}-\d{2}-\d{2}")), ("week", re.compile(r"\d{4}-W\d{2}")),
    ("month", re.compile(r"\d{4}-\d{2}")), ("year", re.compile(r"\d{4}")),
    ("range", re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?/\d{4}(?:-\d{2}(?:-\d{2})?)?")),
)


def date_precision(value: str | None) -> str | None:
    """The precision an ISO date string states: day, week, month, year or range (None for no or another form)."""
    if not value:
        return None
    return next((name for name, form in _PRECISION_FORMS if form.fullmatch(value)), None)


def date_bounds(value: str | None) -> tuple[date, date] | None:
    """The first and last day of the period an ISO date string names ("2019-02" -> 1 and 28 February 2019)."""
    precision = date_precision(value)
    if precision is None or value is None:
        return None
    try:
        if precision == "range":
            first, last = (date_bounds(part) for part in value.split("/"))
            return (first[0], last[1]) if first and last else None
        if precision == "week":
            year, week = value.split("-W")
            monday = date.fromisocalendar(int(year), int(week), 1)
            return monday, monday + timedelta(days=6)
        parts = [int(p) for p in value.split("-")]
        if precision == "day":
            return date(*parts), date(*parts)
        if precision == "month":
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(*parts)[1])
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:  # "2019-13", "2019-W60": not a date at all
        return None


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
    level: str | None = None


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
        """Rebuild a bundle from its JSON form (as printed by ``to_dict``)."""
        if data.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} bundle: format is {data.get('format')!r}")

        def location(value: dict[str, Any] | None) -> Location | None:
            return Location(**_known(Location, value)) if value else None

        def evidence(items: list[dict[str, Any]]) -> list[Evidence]:
            return [Evidence(**_known(Evidence, e)) for e in items]

        documents = []
        for d in data["documents"]:
            document = Document(**_known(Document, d))
            document.duplicates = [Duplicate(**_known(Duplicate, x)) for x in d.get("duplicates", [])]
            documents.append(document)
        mentions = []
        for m in data["mentions"]:
            mention = Mention(**_known(Mention, m))
            mention.geo = location(m.get("geo"))
            mentions.append(mention)
        relations = []
        for r in data["relations"]:
            relation = Relation(**_known(Relation, r))
            relation.evidence = evidence(r["evidence"])
            relations.append(relation)
        events = []
        for e in data["events"]:
            event = Event(**_known(Event, e))
            event.location = location(e.get("location"))
            event.evidence = evidence(e["evidence"])
            events.append(event)
        claims = []
        for c in data["claims"]:
            claim = Claim(**_known(Claim, c))
            claim.evidence = evidence(c["evidence"])
            claims.append(claim)
        return cls(
            documents=documents,
            actors=[Actor(**_known(Actor, a)) for a in data["actors"]],
            mentions=mentions,
            relations=relations,
            events=events,
            claims=claims,
        )

    @classmethod
    def from_json(cls, text: str) -> Bundle:
        return cls.from_dict(json.loads(text))


def _with_precision(record: dict[str, Any], event: Event) -> dict[str, Any]:
    """An event's JSON with ``date_precision`` right after ``date``."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        out[key] = value
        if key == "date":
            out["date_precision"] = event.date_precision
    return out


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """The keys of ``data`` that are fields of ``cls`` (a bundle may carry extra keys)."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}
