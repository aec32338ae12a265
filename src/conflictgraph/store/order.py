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
    merged = union_all(*(select(part.order_by(*newest(e)).limit(end).subquery())
                         for part in (as_source, as_target))).subquery()
    return select(merged).order_by(*newest(merged.c)).limit(limit).offset(offset)
