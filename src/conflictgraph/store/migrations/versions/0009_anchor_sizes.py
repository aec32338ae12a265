"""Anchor rows keep their document's size, so that a stored document sharing a single anchor sentence with a new one
is aligned with it only where that one sentence can make the pair a copy.

A new document is aligned with the stored documents that hold one of its anchor sentences (long sentences, by their
content words). On a large store most of those share one sentence with it and are no copies (a quoted statement,
an agency's stock phrase), and their number grows with the store; copies share several. One sentence decides a
copy by itself only where it is at least ``min_similarity`` of the shorter text's words (an excerpt of one
sentence, or a short text quoted whole), which needs the stored document's size beside the anchor (store/copies.py).
The rows stored before get the size of their document's sentences as the alignment counts them.

Revision ID: 0009_anchor_sizes
Revises: 0008_merge_key_indexes
"""

import sqlalchemy as sa
from alembic import op

from conflictgraph.store.copies import document_size

revision = "0009_anchor_sizes"
down_revision = "0008_merge_key_indexes"
branch_labels = None
depends_on = None

# Documents read and their anchors written at a time.
PAGE = 500


def upgrade() -> None:
    op.add_column("anchors", sa.Column("size", sa.Integer))  # SQLite adds a column in place too
    # Each document's size into a table of its own, a page at a time, then the anchors' in one statement (the
    # anchors table has no index by document alone: an update a document would read it whole each time).
    sizes = op.create_table("anchor_sizes_0009", sa.Column("document", sa.String(64), primary_key=True),
                            sa.Column("size", sa.Integer, nullable=False))
    documents = sa.table("documents", sa.column("id"), sa.column("sentence_words"))
    c = documents.c
    bind, after = op.get_bind(), None
    while True:
        query = sa.select(c.id, c.sentence_words).where(c.sentence_words.is_not(None)).order_by(c.id).limit(PAGE)
        if after is not None:
            query = query.where(c.id > after)
        rows = bind.execute(query).all()
        if not rows:
            break
        bind.execute(sa.insert(sizes), [{"document": row.id, "size": document_size(row.sentence_words)}
                                        for row in rows])
        after = rows[-1].id
    op.execute("UPDATE anchors SET size = (SELECT s.size FROM anchor_sizes_0009 AS s "
               "WHERE s.document = anchors.document)")
    op.drop_table("anchor_sizes_0009")


def downgrade() -> None:
    op.drop_column("anchors", "size")
