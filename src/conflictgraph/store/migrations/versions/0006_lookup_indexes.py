"""Indexes that cut every look-up of a batch's event merge at its newest rows, however large the store.

Two look-ups of ``store/merge.py`` had no index in the order they read (newest first), so the server read every
row they match and sorted them for each, more as the store grows: the events of a year or month finer than it
("within": all of a type's events of 2020 for an event dated 2020), and the undated events of an actor (its
events of every date, read until 200 undated ones are found). An index on the year or month of the date and on
the undated events alone gives each in its order, and the look-up stops at its limit.

Revision ID: 0006_lookup_indexes
Revises: 0005_sentence_words
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_lookup_indexes"
down_revision = "0005_sentence_words"
branch_labels = None
depends_on = None

# name -> the leading expression: the date's first 4 or 7 characters (its year, its month).
PREFIXES = {"ix_events_type_year_seq": 4, "ix_events_type_month_seq": 7}
# name -> the role whose undated events the index holds.
UNDATED = {"ix_events_type_source_undated": "source", "ix_events_type_target_undated": "target"}


def upgrade() -> None:
    for name, n in PREFIXES.items():
        op.create_index(name, "events", ["type", sa.text(f"substr(date, 1, {n})"), "seq"])
    for name, role in UNDATED.items():
        where = sa.text("date IS NULL")
        op.create_index(name, "events", ["type", role, "seq"], postgresql_where=where, sqlite_where=where)


def downgrade() -> None:
    for name in [*UNDATED, *PREFIXES]:
        op.drop_index(name, "events")
