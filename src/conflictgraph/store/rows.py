"""An event as the store's row, and back; a place as the JSON a row holds; the statements that number rows in
order of arrival and insert them."""

from __future__ import annotations

import json
from dataclasses import asdict

from sqlalchemy import Connection, func, select, text

from ..model import Event, Location


def location_json(location: Location | None) -> str | None:
    return json.dumps(asdict(location), ensure_ascii=False, sort_keys=True) if location else None


def location_from(value: str | None) -> Location | None:
    return Location(**json.loads(value)) if value else None


def event_row(event: Event) -> dict:
    place = event.location
    return {"type": event.type, "mode": event.mode, "source": event.source, "target": event.target,
            "date": event.date, "location": location_json(place),
            "place": place.name.casefold() if place and place.name else None,
            "country": place.country if place else None,
            "fatalities": event.fatalities, "injuries": event.injuries}


def event_from(row) -> Event:
    return Event(id=row.id, type=row.type, mode=row.mode, source=row.source, target=row.target, date=row.date,
                 location=location_from(row.location), fatalities=row.fatalities, injuries=row.injuries)


def next_seqs(connection: Connection, table, count: int) -> list[int]:
    """The next ``count`` numbers of arrival of a table's rows, in order: PostgreSQL's sequence (migration 0004;
    writers write at once), SQLite's highest number and those after it (one writer)."""
    if connection.dialect.name == "postgresql":
        return sorted(connection.execute(text(f"SELECT nextval('{sequence(table)}') FROM generate_series(1, :n)"),
                                         {"n": count}).scalars())
    first = (connection.execute(select(func.max(table.c.seq))).scalar() or 0) + 1
    return list(range(first, first + count))


def sequence(table) -> str:
    """The PostgreSQL sequence that numbers a table's rows in order of arrival (migration 0004)."""
    return f"cg_{table.name}_seq"


def insert_new(connection: Connection, table):
    """``INSERT … ON CONFLICT DO NOTHING``: a row whose key the store holds stays as it is, without a look-up."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return dialect_insert(table).on_conflict_do_nothing()
