"""What the routes take from a request: the store's view, the filters, a page of a list.

They are coroutines: FastAPI runs a plain function in its thread pool, one trip there and back per dependency
of each request, which under load waits behind the routes' own work.
"""

from __future__ import annotations

from typing import Annotated, Literal, NamedTuple

from fastapi import Depends, HTTPException, Query, Request

from ..model import EVENT_TYPES
from ..store import Filters
from .views import View

# Empty values are allowed everywhere because an HTML form sends its empty fields.
DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"
TYPE = "^(" + "|".join(EVENT_TYPES) + ")?$"


async def view(request: Request) -> View:
    return View(request.app.state.store)


async def filters(
    type: Annotated[str | None, Query(pattern=TYPE, description="A PLOVER event type, e.g. ASSAULT")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="An actor id or any of its names")] = None,
    place: Annotated[str | None, Query(max_length=200, description="A place name, or an ISO alpha-3 code")] = None,
    since: Annotated[str | None, Query(pattern=DATE, description="From this date: YYYY-MM-DD, YYYY-MM or YYYY")] = None,
    until: Annotated[str | None, Query(pattern=DATE, description="Up to this date")] = None,
    text: Annotated[str | None, Query(max_length=200, description="Words in the evidence")] = None,
    document: Annotated[str | None, Query(max_length=200, description="Items with evidence in this document")] = None,
) -> Filters:
    def clean(value: str | None) -> str | None:
        return value.strip() or None if value else None

    return Filters(actor=clean(actor), type=clean(type), since=clean(since), until=clean(until),
                   place=clean(place), text=clean(text), document=clean(document))


class Paging(NamedTuple):
    """``limit`` and ``offset`` of a list."""

    limit: int
    offset: int


async def paging(
    limit: Annotated[int, Query(ge=1, le=500, description="At most this many items")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Skip this many")] = 0,
) -> Paging:
    return Paging(limit, offset)


def actor_and_role(actor: str | None, role: str | None) -> str | None:
    """The actor a list of relations is of, checked: a role needs an actor (its id)."""
    actor = actor.strip() or None if actor else None
    if role and not actor:
        raise HTTPException(422, "role needs an actor: give actor=ID too")
    return actor


ActorQuery = Annotated[str | None, Query(max_length=200, description="An actor id or any of its names")]
RoleQuery = Annotated[Literal["subject", "object"] | None,
                      Query(description="Only the relations where the actor (then its id) has this role")]
ViewDep = Annotated[View, Depends(view)]
FiltersDep = Annotated[Filters, Depends(filters)]
PagingDep = Annotated[Paging, Depends(paging)]
