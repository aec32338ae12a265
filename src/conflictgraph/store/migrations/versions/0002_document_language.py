"""Documents keep the language they were detected to be in (ISO 639-1; null: not detected).

Revision ID: 0002_document_language
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_document_language"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("language", sa.String(8)))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("language")
