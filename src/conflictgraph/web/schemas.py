"""What the JSON API answers, as Pydantic models: the pages render the same objects, and /docs describes them."""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class SupportOut(BaseModel):
    """How many documents report an item, and how many independent sources they are (copies count once)."""

    documents: int
    sources: int


class EvidenceOut(BaseModel):
    """A sentence that supports an item, and the address of that sentence on its document's page."""

    document: str
    start: int
    end: int
    text: str
    url: str = Field(description="/documents/{id}#s-{start}: the document page, scrolled to the sentence")


class LocationOut(BaseModel):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    level: str | None = Field(None, description="facility, city, admin2, admin1, country or region (None: unknown)")
    approximate: bool = Field(False, description="the point is a country's or a region's centroid, not a spot")


class ActorRef(BaseModel):
    """An actor named by an item: its id, its name, and its page."""

    id: str
    name: str
    url: str


class EventOut(BaseModel):
    id: str
    type: str
    mode: str | None = None
    source: ActorRef | None = None
    target: ActorRef | None = None
    sources: list[ActorRef] = Field([], description="every actor of a joint or reciprocal event (PLOVER's list of "
                                    "actors), source first; empty where it has one or none")
    targets: list[ActorRef] = Field([], description="every recipient, where there are several; empty otherwise")
    date: str | None = None
    date_precision: str | None = Field(None, description="day, week, month, year or range")
    location: LocationOut | None = None
    fatalities: int | None = None
    injuries: int | None = None
    support: SupportOut
    evidence: list[EvidenceOut]


class RelationOut(BaseModel):
    subject: ActorRef
    predicate: str
    object: ActorRef
    support: SupportOut
    evidence: list[EvidenceOut]


class ClaimOut(BaseModel):
    speaker: ActorRef | None = None
    speaker_text: str
    text: str
    kind: str
    support: SupportOut
    evidence: list[EvidenceOut]


class Page(BaseModel, Generic[T]):
    """One page of a list: ``total`` items match (where it is cheap to count), these are from ``offset`` on."""

    total: int | None = None
    limit: int
    offset: int
    items: list[T]


class ActorOut(BaseModel):
    id: str
    name: str
    kind: str
    country: str | None = None
    wikidata: str | None = None
    aliases: list[str]
    url: str


class ActiveActor(BaseModel):
    actor: ActorOut
    events: int = Field(description="events it took part in, as source or target")


class ActorDetail(BaseModel):
    """An actor with everything the store says about it."""

    actor: ActorOut
    relations_out: list[RelationOut] = Field(
        description="relations in which it is the subject, the most evidence first (the first few: see the total)")
    relations_out_total: int = Field(description="relations in which it is the subject, in all")
    relations_in: list[RelationOut] = Field(
        description="relations in which it is the object (not also the subject), the most evidence first")
    relations_in_total: int = Field(description="relations in which it is the object, in all")
    events_total: int
    events_as_source: list[EventOut]
    events_as_target: list[EventOut]
    claims: list[ClaimOut]


class NetworkNode(BaseModel):
    id: str
    name: str
    kind: str | None = None
    weight: int = Field(description="the summed weight of its edges")
    url: str


class NetworkEdge(BaseModel):
    source: str
    target: str
    label: str = Field(description="a relation predicate, or the PLOVER type of the events between the two")
    kind: Literal["relation", "event"]
    weight: int = Field(description="relations: sentences stating it; events: how many events")


class Network(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    truncated: bool = Field(description="true when only the heaviest edges are given")


class DuplicateOut(BaseModel):
    document: str
    title: str | None = None
    similarity: float
    relation: str
    url: str


class DocumentSummary(BaseModel):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_basis: str | None = None
    language: str | None = Field(None, description="ISO 639-1 code, as detected; only English is extracted")
    source: str
    duplicates: list[DuplicateOut] = Field(description="the documents this one copies or shares its text with")
    url: str


class MentionOut(BaseModel):
    start: int
    end: int
    text: str
    type: str
    actor: str | None = None
    value: str | None = None


class DocumentOut(DocumentSummary):
    """A document, its text and mentions, what was extracted from it, and its copies."""

    text: str
    copied_by: list[DuplicateOut] = Field(description="the documents whose duplicates point at this one")
    mentions: list[MentionOut]
    events: list[EventOut]
    relations: list[RelationOut]
    claims: list[ClaimOut]


class CopyOut(BaseModel):
    """A document flagged as a copy of another."""

    document: DocumentSummary
    of: DuplicateOut


class Overview(BaseModel):
    counts: dict[str, int] = Field(description="documents, actors, mentions, relations, events, claims, copies")
    latest_events: list[EventOut]
    active_actors: list[ActiveActor]
    copies: list[CopyOut]


class Timeline(BaseModel):
    """Events per day, week or month, by type: ``series[type][i]`` events fall in ``buckets[i]``."""

    by: Literal["day", "week", "month"]
    buckets: list[str] = Field(description="the first day of each bucket, ISO")
    series: dict[str, list[int]]
    undated: int = Field(description="events with no date, or one too coarse for these buckets")
    truncated: bool = Field(description="true when only the newest events were counted")


class Point(BaseModel):
    type: Literal["Point"] = "Point"
    coordinates: tuple[float, float] = Field(description="longitude, latitude")


class Feature(BaseModel):
    type: Literal["Feature"] = "Feature"
    geometry: Point
    properties: EventOut


class FeatureCollection(BaseModel):
    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[Feature]
    truncated: bool = Field(description="true when only the newest located events are given")


class HitOut(BaseModel):
    document: str
    title: str | None = None
    evidence: EvidenceOut
