"""The JSON API under /api/: what the pages' scripts load, described at /docs. Every route only reads.

Each route serializes its answer itself (``answer``): the response model still describes it at /docs, but an
answer returned as a model would be validated again by FastAPI, in another trip to the thread pool, first.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import Response
from pydantic import BaseModel, TypeAdapter

from ..store import Filters
from . import schemas as s
from .deps import ActorQuery, FiltersDep, PagingDep, RoleQuery, ViewDep, actor_and_role

router = APIRouter(prefix="/api", tags=["api"])
ItemId = Annotated[str, "an actor or document id"]
HITS = TypeAdapter(list[s.HitOut])


def answer(model: BaseModel) -> Response:
    """The model as the JSON FastAPI would make of it, serialized once."""
    return Response(model.model_dump_json(), media_type="application/json")


@router.get("/overview", response_model=s.Overview, summary="Counts, the latest events, active actors, copies")
def overview(view: ViewDep) -> Response:
    return answer(view.overview())


@router.get("/events", response_model=s.Page[s.EventOut], summary="Events, newest first, filtered")
def events(view: ViewDep, filters: FiltersDep, paging: PagingDep) -> Response:
    return answer(view.events(filters, paging.limit, paging.offset))


@router.get("/events.geojson", response_model=s.FeatureCollection, summary="Located events for the map")
def events_geojson(
    view: ViewDep, filters: FiltersDep, limit: Annotated[int, Query(ge=1, le=10_000)] = 3000
) -> Response:
    return answer(view.geojson(filters, limit))


@router.get("/timeline", response_model=s.Timeline, summary="Events per day, week or month, by type")
def timeline(
    view: ViewDep, filters: FiltersDep, by: Literal["day", "week", "month"] | None = None
) -> Response:
    return answer(view.timeline(filters, by))


@router.get("/actors", response_model=s.Page[s.ActorOut], summary="Actors by name")
def actors(
    view: ViewDep, paging: PagingDep,
    q: Annotated[str | None, Query(max_length=200, description="Part of a name or alias")] = None,
) -> Response:
    return answer(view.actors(Filters(text=q.strip() or None if q else None), paging.limit, paging.offset))


@router.get("/actors/{actor_id}", response_model=s.ActorDetail, summary="An actor, its relations, events, claims")
def actor(view: ViewDep, actor_id: ItemId) -> Response:
    found = view.actor_detail(actor_id)
    if found is None:
        raise HTTPException(404, f"no actor {actor_id!r}")
    return answer(found)


@router.get("/relations", response_model=s.Page[s.RelationOut], summary="Relations, the most evidence first")
def relations(view: ViewDep, paging: PagingDep, actor: ActorQuery = None, role: RoleQuery = None) -> Response:
    return answer(view.relations(actor_and_role(actor, role), role, paging.limit, paging.offset))


@router.get("/network", response_model=s.Network, summary="The actor network: relations and event dyads")
def network(
    view: ViewDep, filters: FiltersDep,
    limit: Annotated[int, Query(ge=1, le=5000, description="Keep the heaviest edges")] = 400,
) -> Response:
    return answer(view.network(filters, limit))


@router.get("/documents", response_model=s.Page[s.DocumentSummary], summary="Documents, newest published first")
def documents(view: ViewDep, paging: PagingDep) -> Response:
    return answer(view.documents(paging.limit, paging.offset))


@router.get("/documents/{document_id}", response_model=s.DocumentOut,
            summary="A document: text, mentions, extracted items, copies")
def document(view: ViewDep, document_id: ItemId) -> Response:
    found = view.document(document_id)
    if found is None:
        raise HTTPException(404, f"no document {document_id!r}")
    return answer(found)


@router.get("/search", response_model=list[s.HitOut], summary="Sentences that hold all these words")
def search(
    view: ViewDep, q: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Response:
    return Response(HITS.dump_json(view.search(q, limit)), media_type="application/json")
