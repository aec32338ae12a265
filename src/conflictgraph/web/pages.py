"""The HTML pages: each reads through the same view as the JSON API and renders one template."""

from __future__ import annotations

import re
from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from ..model import EVENT_TYPES, MENTION_TYPES
from ..store import Filters
from .deps import ActorQuery, FiltersDep, PagingDep, RoleQuery, ViewDep, actor_and_role
from .highlight import blocks
from .schemas import ClaimOut, EventOut, RelationOut
from .views import actor_url

router = APIRouter(include_in_schema=False)


def render(request: Request, name: str, **context) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, view: ViewDep) -> HTMLResponse:
    return render(request, "overview.html", page="overview", data=view.overview())


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, view: ViewDep, filters: FiltersDep, paging: PagingDep) -> HTMLResponse:
    return render(request, "events.html", page="events", filters=asdict(filters), types=EVENT_TYPES,
                  data=view.events(filters, paging.limit, paging.offset))


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, filters: FiltersDep) -> HTMLResponse:
    return render(request, "map.html", page="map", filters=asdict(filters), types=EVENT_TYPES)


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, filters: FiltersDep) -> HTMLResponse:
    return render(request, "network.html", page="network", filters=asdict(filters), types=EVENT_TYPES)


@router.get("/actors", response_class=HTMLResponse)
def actors(
    request: Request, view: ViewDep, paging: PagingDep, q: Annotated[str | None, Query(max_length=200)] = None
) -> HTMLResponse:
    q = q.strip() or None if q else None
    return render(request, "actors.html", page="actors", q=q or "",
                  data=view.actors(Filters(text=q), paging.limit, paging.offset))


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor(request: Request, view: ViewDep, actor_id: str) -> HTMLResponse:
    found = view.actor_detail(actor_id)
    if found is None:
        raise HTTPException(404, f"There is no actor {actor_id!r} in this store.")
    return render(request, "actor.html", page="actors", data=found)


@router.get("/relations", response_class=HTMLResponse)
def relations(
    request: Request, view: ViewDep, paging: PagingDep, actor: ActorQuery = None, role: RoleQuery = None
) -> HTMLResponse:
    actor = actor_and_role(actor, role)
    subject = view.named(actor) if actor else None
    return render(request, "relations.html", page="actors", actor=actor, role=role,
                  back=actor_url(actor) if actor else None, actor_name=subject.name if subject else actor,
                  data=view.relations(actor, role, paging.limit, paging.offset))


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, view: ViewDep, paging: PagingDep) -> HTMLResponse:
    return render(request, "documents.html", page="documents", data=view.documents(paging.limit, paging.offset))


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document(
    request: Request, view: ViewDep, document_id: str,
    mark: Annotated[str | None, Query(pattern=r"^\d{1,9}-\d{1,9}$", description="a sentence to mark: START-END")]
    = None,
) -> HTMLResponse:
    found = view.document(document_id)
    if found is None:
        raise HTTPException(404, f"There is no document {document_id!r} in this store.")
    # Every sentence that supports something extracted here gets an anchor, so evidence links land on it.
    items: list[EventOut | RelationOut | ClaimOut] = [*found.events, *found.relations, *found.claims]
    sentences = {(e.start, e.end) for item in items for e in item.evidence if e.document == document_id}
    if mark:
        start, end = (int(x) for x in mark.split("-"))
        sentences.add((start, end))
    order = {t: i for i, t in enumerate(MENTION_TYPES)}
    present = sorted({m.type for m in found.mentions}, key=lambda t: (order.get(t, len(order)), t))
    return render(request, "document.html", page="documents", data=found, mention_types=present,
                  blocks=blocks(found.text, sorted(sentences), found.mentions))


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request, view: ViewDep, q: Annotated[str | None, Query(max_length=200)] = None
) -> HTMLResponse:
    words = (q or "").strip()
    hits = view.search(words, 100) if re.search(r"\w", words) else []
    return render(request, "search.html", page="search", q=words, hits=hits)
