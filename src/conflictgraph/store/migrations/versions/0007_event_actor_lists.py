"""PLOVER's joint and reciprocal actors: an event's lists of actors, and each member for the merge's look-ups.

An event whose role has several actors ("Russia and Turkey agreed", "talks between Iraq and the KRG") keeps them
all, in the text's order, as a JSON list in ``sources`` or ``targets`` (``source`` and ``target`` hold the first,
as before); null where a role has one actor or none, so the rows of a store written before are as they were.
``event_actors`` holds each member of those lists (role, position, actor), so that a new report naming any of a
stored joint event's actors finds it (store/merge.py).

Revision ID: 0007_event_actor_lists
Revises: 0006_lookup_indexes
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_event_actor_lists"
down_revision = "0006_lookup_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE (SQLite adds and drops an unindexed column in place; a batch would copy the table and lose
    # migration 0006's expression indexes)
    op.add_column("events", sa.Column("sources", sa.Text))
    op.add_column("events", sa.Column("targets", sa.Text))
    op.create_table(
        "event_actors",
        sa.Column("event", sa.String(32), sa.ForeignKey("events.id"), primary_key=True),
        sa.Column("role", sa.String(8), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("actor", sa.String(128), sa.ForeignKey("actors.id"), nullable=False),
    )
    op.create_index("ix_event_actors_role_actor", "event_actors", ["role", "actor", "event"])


def downgrade() -> None:
    op.drop_index("ix_event_actors_role_actor", "event_actors")
    op.drop_table("event_actors")
    op.drop_column("events", "targets")
    op.drop_column("events", "sources")
