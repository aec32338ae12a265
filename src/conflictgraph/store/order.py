"""The order events are listed in, newest first, and the query that reads a page of an actor's events in it.

Newest first is ``date DESC NULLS LAST, seq DESC``: dated events by date (at each date's precision, as stored),
then the later stored first; undated ones last. Migration 0003 gives the events table indexes in that order,
for all events and for each role (source, target), so a page is read in index order, not sorted.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import BindParameter, Integer, Select, bindparam, or_, select, union_all

from . import schema as t


def newest(columns) -> tuple:
    """The ORDER BY terms of newest first, over ``columns`` (the events table's, or a subquery's)."""
    return columns.date.desc().nulls_last(), columns.seq.desc()


@lru_cache(maxsize=1)
def actor_page() -> Select:
    """``by_role`` over all events, built once: its parameters ``ids`` (a list), ``limit`` and ``offset`` are given
    when it runs. (Building the statement cost about as much as running it: an actor's page asks for it.)"""
    ids = bindparam("ids", expanding=True)
    return by_role(select(t.events), ids, bindparam("limit", type_=Integer), bindparam("offset", type_=Integer))


def by_role(query: Select, ids, limit, offset=0) -> Select:
    """A page of the events ``query`` selects whose source or target is one of ``ids``, newest first (``ids``,
    ``limit`` and ``offset`` values, or bound parameters).

    One query for each role, read through its index ((source|target), date, seq) and cut at the page's end, then
    merged: an event is in one branch only (as target only when its source is not one of ``ids``). The plain
    ``source IN ids OR target IN ids`` reads every event of the actor through both indexes and sorts them all.
    """
    e, end = t.events.c, limit + offset
    wanted = ids if isinstance(ids, BindParameter) else sorted(ids)
    as_source = query.where(e.source.in_(wanted))
    as_target = query.where(e.target.in_(wanted), or_(e.source.is_(None), e.source.not_in(wanted)))
    # A joint event where one of them is a later member of a list (not its source or target): few events, read
    # through event_actors (migration 0007)
    as_member = query.where(e.id.in_(members(wanted)), or_(e.source.is_(None), e.source.not_in(wanted)),
                            or_(e.target.is_(None), e.target.not_in(wanted)))
    merged = union_all(*(select(part.order_by(*newest(e)).limit(end).subquery())
                         for part in (as_source, as_target, as_member))).subquery()
    return select(merged).order_by(*newest(merged.c)).limit(limit).offset(offset)


def members(ids, role: str | None = None) -> Select:
    """The joint events where one of ``ids`` is a member of a list of actors after its first (the first is the
    event's source or target), in ``role`` or either."""
    ea = t.event_actors.c
    query = select(ea.event).where(ea.actor.in_(ids), ea.position > 0)
    return query.where(ea.role == role) if role else query


def of_role(query: Select, role: str, actor: str, limit, offset=0) -> Select:
    """A page of the events ``query`` selects where ``actor`` has ``role``, newest first: as its source or target,
    through the role's index, and as a later member of a joint event's list."""
    e, end = t.events.c, (limit + offset) if limit is not None else None
    first = query.where(getattr(e, role) == actor)
    later = query.where(e.id.in_(members([actor], role)))
    merged = union_all(*(select(part.order_by(*newest(e)).limit(end).subquery()) for part in (first, later))).subquery()
    return select(merged).order_by(*newest(merged.c)).limit(limit).offset(offset)
