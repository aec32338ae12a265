"""The data model: documents, mentions, actors, relations, events, claims and the bundle they form."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

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
    """A resolved place: what a GPE/LOC/FAC mention or an event's location points at."""

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
    duplicates: list[Duplicate] = field(default_factory=list)


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
        return out

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

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


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """The keys of ``data`` that are fields of ``cls`` (a bundle may carry extra keys)."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}
