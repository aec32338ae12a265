"""Indexes that read pages in their order: events newest first (all, or an actor's), evidence in document order,
the network's event dyads.

A page of events (``ORDER BY date DESC NULLS LAST, seq DESC``), at any offset, and an actor's newest events as
source or as target are read in index order, not by sorting every event (or every event of the actor) for each
page. SQLite keeps NULLs first in an ascending index, so a backward scan of ``(date, seq)`` is that order (it
refuses ``NULLS LAST`` in an index); PostgreSQL keeps them last in an ascending one, so its indexes say the order.
An item's evidence is listed in the order its documents were stored: ``documents (id, seq)`` gives a document's
number without reading its row (and its text). The network counts events by (source, target, type): an index
in that order is read alone, in order, and not every event's row.

Revision ID: 0003_read_indexes
Revises: 0002_document_language
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_read_indexes"
down_revision = "0002_document_language"
branch_labels = None
depends_on = None

# The events' indexes: name -> the columns before the newest-first order (date, seq).
EVENT_INDEXES = {"ix_events_date_seq": [], "ix_events_source_date_seq": ["source"],
                 "ix_events_target_date_seq": ["target"]}


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    order = [sa.text("date DESC NULLS LAST"), sa.text("seq DESC")] if postgresql else ["date", "seq"]
    for name, leading in EVENT_INDEXES.items():
        op.create_index(name, "events", [*leading, *order])
    op.create_index("ix_events_dyad", "events", ["source", "target", "type"])
    op.create_index("ix_documents_id_seq", "documents", ["id", "seq"])


def downgrade() -> None:
    op.drop_index("ix_documents_id_seq", "documents")
    op.drop_index("ix_events_dyad", "events")
    for name in EVENT_INDEXES:
        op.drop_index(name, "events")
