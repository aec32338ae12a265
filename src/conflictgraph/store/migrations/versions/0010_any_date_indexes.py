"""Indexes for the event merge's look-ups at any date (an undated event's), read newest first and cut at their limit.

An undated event may merge into a stored event of any date: its merge look-ups (store/merge.py ``look_ups``, the
"any" ones) read a type's events by (source, target) pair, and the located ones by an actor, whatever their date,
newest first (``ORDER BY seq DESC LIMIT``). The indexes of migration 0008 hold the date before ``seq``, so these
look-ups read every event of the key, of every date, and sorted them to keep the newest: the rows they read grew
with the store (4,887 events of one pair and type at 100,000 articles, about 4,000 index and table pages read for
200 rows), where the rows they return do not. These indexes give those look-ups their order, so each stops at its
limit (store/merge.py reads them without bitmap scans, which would read every row of the key again).

Revision ID: 0010_any_date_indexes
Revises: 0009_anchor_sizes
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_any_date_indexes"
down_revision = "0009_anchor_sizes"
branch_labels = None
depends_on = None

# name -> (columns, located events only). Each holds the rows of ``seq > 0`` (all), the condition only the look-ups at
# any date add: a look-up by a date (range) could read one of these newest first, filtering the dates, and read a
# key's every row; it cannot use them.
INDEXES = {
    "ix_events_type_pair_seq": (["type", "source", "target", "seq"], False),
    "ix_events_located_type_source_seq": (["type", "source", "seq"], True),
    "ix_events_located_type_target_seq": (["type", "target", "seq"], True),
}


def upgrade() -> None:
    for name, (columns, located) in INDEXES.items():
        where = sa.text("location IS NOT NULL AND seq > 0" if located else "seq > 0")
        op.create_index(name, "events", columns, postgresql_where=where, sqlite_where=where)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, "events")
