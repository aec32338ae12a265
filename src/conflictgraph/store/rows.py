"""An event as the store's row, and back; a place as the JSON a row holds; the statements that number rows in
order of arrival and insert them."""

from __future__ import annotations

import json
from dataclasses import asdict
from functools import lru_cache

from sqlalchemy import Connection, any_, bindparam, func, insert, select, text
from sqlalchemy.dialects.postgresql import ARRAY

from ..model import Event, Location


def location_json(location: Location | None) -> str | None:
    return json.dumps(asdict(location), ensure_ascii=False, sort_keys=True) if location else None


def location_from(value: str | None) -> Location | None:
    return Location(**_location_fields(value)) if value else None


@lru_cache(maxsize=4096)  # a batch reads thousands of events and their places, the same few hundred many times
def _location_fields(value: str) -> dict:
    return json.loads(value)  # read only, to make a new Location of: never changed, so it can be shared


def event_row(event: Event) -> dict:
    place = event.location
    return {"type": event.type, "mode": event.mode, "source": event.source, "target": event.target,
            "date": event.date, "location": location_json(place),
            "place": place.name.casefold() if place and place.name else None,
            "country": place.country if place else None,
            "fatalities": event.fatalities, "injuries": event.injuries,
            "sources": ids_json(event.sources), "targets": ids_json(event.targets)}


def ids_json(ids: list[str]) -> str | None:
    """A joint event's list of actors as the row holds it (JSON, in order); None where the role has one or none."""
    return json.dumps(ids, ensure_ascii=False) if ids else None


def ids_from(value: str | None) -> list[str]:
    return list(json.loads(value)) if value else []


def member_rows(event_id: str, event: Event) -> list[dict]:
    """The ``event_actors`` rows of an event: each member of a role's list, with its place in it."""
    return [{"event": event_id, "role": role, "position": i, "actor": actor}
            for role, ids in (("source", event.sources), ("target", event.targets)) for i, actor in enumerate(ids)]


# The events table's columns, in its order: a row of ``SELECT *`` (or of these columns) as a tuple.
EVENT_COLUMNS = ("id", "seq", "type", "mode", "source", "target", "date", "location", "place", "country",
                 "fatalities", "injuries", "sources", "targets")


def event_from(row) -> Event:
    """The event of a row of the events table, its columns read by name."""
    return event_of(tuple(getattr(row, column) for column in EVENT_COLUMNS))


def event_of(values: tuple) -> Event:
    """The event of a row of the events table as a tuple, its columns in EVENT_COLUMNS' order (reading a row's
    values by position costs a tenth of reading them by name: a batch's merge reads thousands)."""
    (id_, _, type_, mode, source, target, date, location, _, _, fatalities, injuries, sources, targets) = values
    return Event(id=id_, type=type_, mode=mode, source=source, target=target, date=date,
                 location=location_from(location), fatalities=fatalities, injuries=injuries,
                 sources=ids_from(sources), targets=ids_from(targets))


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


def among(connection: Connection, column, values):
    """``column IN values`` as the backend takes many values best. PostgreSQL: ``column = ANY(:values)``, the
    values one array parameter, so the statement is one text however many there are (an expanded ``IN`` of
    2,500 ids renders, sends and plans 2,500 parameters: 53 ms of a batch's write at 7,000 articles, 34 ms as an
    array; docs/scale.md). SQLite has
    no arrays: ``IN`` with a parameter each, as before."""
    values = list(values)
    if connection.dialect.name == "postgresql":
        return column == any_(bindparam(None, values, type_=ARRAY(column.type)))
    return column.in_(values)


def insert_all(connection: Connection, table, rows: list[dict], *, new: bool = True) -> None:
    """Insert many rows (all with the same columns), in their order, as one statement: ``ON CONFLICT DO NOTHING``
    (``new``, :func:`insert_new`), or a plain ``INSERT`` (``new=False``: a row of a stored key is an error).
    PostgreSQL: each column one array parameter, ``INSERT … SELECT * FROM unnest(…)``: one statement, one plan
    (psycopg's ``executemany`` runs one insert a row on the server: the aliases of a batch took 30-70 ms of its
    write at 7,000 articles, docs/scale.md); SQLite: ``executemany``, in the process, as cheap."""
    if not rows:
        return
    if connection.dialect.name != "postgresql":
        connection.execute(insert_new(connection, table) if new else insert(table), rows)
        return
    columns = list(rows[0])
    preparer = connection.dialect.identifier_preparer
    arrays = ", ".join(f"CAST(:c{i} AS {table.c[name].type.compile(dialect=connection.dialect)}[])"
                       for i, name in enumerate(columns))
    connection.execute(text(f"INSERT INTO {preparer.format_table(table)} "
                            f"({', '.join(preparer.quote(name) for name in columns)}) "
                            f"SELECT * FROM unnest({arrays})" + (" ON CONFLICT DO NOTHING" if new else "")),
                       {f"c{i}": [row[name] for row in rows] for i, name in enumerate(columns)})
