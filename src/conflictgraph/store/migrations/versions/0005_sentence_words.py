"""Documents keep the content words of their sentences, so that aligning a new document with a stored one reads
them instead of the stored text, split into sentences and words again for every document it is aligned with.

The documents already stored that can be copy candidates (those with a MinHash) get theirs here, a page at a time;
the rest (too few words to compare) keep none.

Revision ID: 0005_sentence_words
Revises: 0004_write_sequences
"""

import sqlalchemy as sa
from alembic import op

from conflictgraph.core.copies import sentence_words
from conflictgraph.store.copies import words_column

revision = "0005_sentence_words"
down_revision = "0004_write_sequences"
branch_labels = None
depends_on = None

# Documents read and written back at a time.
PAGE = 500


def upgrade() -> None:
    op.add_column("documents", sa.Column("sentence_words", sa.Text))  # SQLite adds a column in place too
    documents = sa.table("documents", sa.column("id"), sa.column("text"), sa.column("minhash"),
                         sa.column("sentence_words"))
    c = documents.c
    bind, after = op.get_bind(), None
    while True:
        query = sa.select(c.id, c.text).where(c.minhash.is_not(None)).order_by(c.id).limit(PAGE)
        if after is not None:
            query = query.where(c.id > after)
        rows = bind.execute(query).all()
        if not rows:
            break
        bind.execute(sa.update(documents).where(c.id == sa.bindparam("_id"))
                     .values(sentence_words=sa.bindparam("_words")),
                     [{"_id": row.id, "_words": words_column(sentence_words(row.text))} for row in rows])
        after = rows[-1].id


def downgrade() -> None:
    # In place (SQLite 3.35 and later): a batch's copy of the table could not be dropped, other tables refer to it.
    op.drop_column("documents", "sentence_words")
