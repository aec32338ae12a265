"""The /brief page: the briefing of ``conflictgraph brief`` for the filters in the URL, with a print stylesheet."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ..brief import Criteria, build
from ..brief.formats import body_context
from ..model import EVENT_TYPES
from .deps import DATE, TYPE

router = APIRouter(include_in_schema=False)


@router.get("/brief", response_class=HTMLResponse)
def brief(
    request: Request,
    actor: Annotated[list[str] | None, Query(max_length=200, description="Actor ids or names (repeatable)")] = None,
    place: Annotated[str | None, Query(max_length=200)] = None,
    type: Annotated[str | None, Query(pattern=TYPE)] = None,
    since: Annotated[str | None, Query(pattern=DATE)] = None,
    until: Annotated[str | None, Query(pattern=DATE)] = None,
) -> HTMLResponse:
    actors = tuple(a.strip() for a in actor or () if a.strip())
    criteria = Criteria(actors=actors, place=(place or "").strip() or None, type=type or None, since=since or None,
                        until=until or None)
    filters = {"actor": actors[0] if actors else None, "place": criteria.place, "type": criteria.type,
               "since": criteria.since, "until": criteria.until}
    context = {"page": "brief", "filters": filters, "types": EVENT_TYPES}
    store = request.app.state.store
    if criteria == Criteria():  # a briefing on the whole store is the command's job: here, choose a selection
        return request.app.state.templates.TemplateResponse(request, "brief.html", {
            **context, "brief": None, "active": [a for a, _ in store.active_actors(8)]})
    composed = build(store, criteria, app_url="")
    return request.app.state.templates.TemplateResponse(request, "brief.html", {**context, **body_context(composed)})
