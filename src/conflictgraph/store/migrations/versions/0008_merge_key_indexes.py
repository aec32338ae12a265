"""Indexes for the event merge's look-ups by the merge rule's own keys (store/merge.py ``look_ups``).

The merge used to read, for an event, the newest 200 events of its type at each date that agrees with its own (a
year, a month, a day, and every finer date inside a year or a month), so the rows it read grew with the store
until that cut filled them, and past it a stored event the rule would merge into could be left out. It now reads
only the events that can share two arguments with it: at its own date, those of one of its actors and (both
located) those with a place; at any date that agrees, those of its (source, target) pair and those of one of its
actors with a place. Each look-up is read newest first from one of these indexes and stops at its limit. The
indexes of migration 0006 (a type's events by the year or month of their date, and its undated events by source
or target) served the look-ups this replaces, and go.

Revision ID: 0008_merge_key_indexes
Revises: 0007_event_actor_lists
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_merge_key_indexes"
down_revision = "0007_event_actor_lists"
branch_labels = None
depends_on = None

# name -> (columns, located events only)
INDEXES = {
    "ix_events_type_source_date_seq": (["type", "source", "date", "seq"], False),
    "ix_events_type_target_date_seq": (["type", "target", "date", "seq"], False),
    "ix_events_type_pair_date_seq": (["type", "source", "target", "date", "seq"], False),
    "ix_events_located_type_date_seq": (["type", "date", "seq"], True),
    "ix_events_located_type_source_date_seq": (["type", "source", "date", "seq"], True),
    "ix_events_located_type_target_date_seq": (["type", "target", "date", "seq"], True),
}
# Migration 0006's: name -> the date's first characters it reads, or the role whose undated events it holds.
OLD_PREFIXES = {"ix_events_type_year_seq": 4, "ix_events_type_month_seq": 7}
OLD_UNDATED = {"ix_events_type_source_undated": "source", "ix_events_type_target_undated": "target"}


def upgrade() -> None:
    for name in [*OLD_PREFIXES, *OLD_UNDATED]:
        op.drop_index(name, "events")
    where = sa.text("location IS NOT NULL")
    for name, (columns, located) in INDEXES.items():
        options = {"postgresql_where": where, "sqlite_where": where} if located else {}
        op.create_index(name, "events", columns, **options)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, "events")
    for name, n in OLD_PREFIXES.items():
        op.create_index(name, "events", ["type", sa.text(f"substr(date, 1, {n})"), "seq"])
    where = sa.text("date IS NULL")
    for name, role in OLD_UNDATED.items():
        op.create_index(name, "events", ["type", role, "seq"], postgresql_where=where, sqlite_where=where)
