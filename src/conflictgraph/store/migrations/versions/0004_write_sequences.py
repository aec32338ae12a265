"""PostgreSQL: a sequence numbering each table's rows in the order they arrive (documents, events, claims).

Writers into a PostgreSQL store write at once (docs/scale.md), so the next number can no longer be the highest
stored one plus one: two writers would read the same. Each sequence starts after the highest number stored.
SQLite keeps one writer and numbers as before.

Revision ID: 0004_write_sequences
Revises: 0003_read_indexes
"""

from alembic import op

revision = "0004_write_sequences"
down_revision = "0003_read_indexes"
branch_labels = None
depends_on = None

TABLES = ("documents", "events", "claims")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"CREATE SEQUENCE cg_{table}_seq AS bigint")
        op.execute(f"SELECT setval('cg_{table}_seq', (SELECT coalesce(max(seq), 0) + 1 FROM {table}), false)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP SEQUENCE cg_{table}_seq")
