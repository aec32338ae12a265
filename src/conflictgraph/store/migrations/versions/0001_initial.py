"""The first schema: documents, sentences, copies, actors, mentions, relations, events, claims, evidence.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

DOC = sa.String(64)
ACTOR = sa.String(128)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", DOC, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False, unique=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("published", sa.String(10)),
        sa.Column("published_basis", sa.String(16)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("minhash", sa.LargeBinary),
        sa.Column("ingested_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "sentences",
        sa.Column("document", DOC, sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("start", sa.Integer, primary_key=True),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_table(
        "duplicates",
        sa.Column("document", DOC, sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("other", DOC, sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("relation", sa.String(16), primary_key=True),
        sa.Column("similarity", sa.Float, nullable=False),
    )
    op.create_index("ix_duplicates_other", "duplicates", ["other"])
    op.create_table(
        "lsh_buckets",
        sa.Column("band", sa.Integer, primary_key=True),
        sa.Column("bucket", sa.BigInteger, primary_key=True),
        sa.Column("document", DOC, sa.ForeignKey("documents.id"), primary_key=True),
    )
    op.create_table(
        "anchors",
        sa.Column("sentence", sa.BigInteger, primary_key=True),
        sa.Column("document", DOC, sa.ForeignKey("documents.id"), primary_key=True),
    )
    op.create_table(
        "actors",
        sa.Column("id", ACTOR, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("country", sa.String(3)),
        sa.Column("wikidata", sa.String(16)),
    )
    op.create_table(
        "aliases",
        sa.Column("actor", ACTOR, sa.ForeignKey("actors.id"), primary_key=True),
        sa.Column("alias", sa.String(256), primary_key=True),
        sa.Column("folded", sa.String(256), nullable=False),
    )
    op.create_index("ix_aliases_folded", "aliases", ["folded"])
    op.create_table(
        "mentions",
        sa.Column("document", DOC, sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("start", sa.Integer, primary_key=True),
        sa.Column("end", sa.Integer, primary_key=True),
        sa.Column("type", sa.String(24), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("actor", ACTOR, sa.ForeignKey("actors.id")),
        sa.Column("value", sa.String(16)),
        sa.Column("geo", sa.Text),
    )
    op.create_index("ix_mentions_actor", "mentions", ["actor"])
    op.create_table(
        "relations",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("subject", ACTOR, sa.ForeignKey("actors.id"), nullable=False),
        sa.Column("predicate", sa.String(32), nullable=False),
        sa.Column("object", ACTOR, sa.ForeignKey("actors.id"), nullable=False),
        sa.UniqueConstraint("subject", "predicate", "object", name="uq_relations_spo"),
    )
    op.create_index("ix_relations_object", "relations", ["object"])
    op.create_table(
        "events",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("mode", sa.String(32)),
        sa.Column("source", ACTOR, sa.ForeignKey("actors.id")),
        sa.Column("target", ACTOR, sa.ForeignKey("actors.id")),
        sa.Column("date", sa.String(10)),
        sa.Column("location", sa.Text),
        sa.Column("place", sa.Text),
        sa.Column("country", sa.String(3)),
        sa.Column("fatalities", sa.Integer),
        sa.Column("injuries", sa.Integer),
    )
    # Walked backwards for the newest candidates of a new event: by type and date, or by type and an actor.
    op.create_index("ix_events_type_date_seq", "events", ["type", "date", "seq"])
    op.create_index("ix_events_type_source_seq", "events", ["type", "source", "seq"])
    op.create_index("ix_events_type_target_seq", "events", ["type", "target", "seq"])
    op.create_index("ix_events_source", "events", ["source"])
    op.create_index("ix_events_target", "events", ["target"])
    op.create_index("ix_events_date", "events", ["date"])
    op.create_index("ix_events_seq", "events", ["seq"])
    op.create_table(
        "claims",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("speaker", ACTOR, sa.ForeignKey("actors.id")),
        sa.Column("speaker_text", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
    )
    op.create_index("ix_claims_speaker", "claims", ["speaker"])
    op.create_index("ix_claims_seq", "claims", ["seq"])
    op.create_table(
        "evidence",
        sa.Column("kind", sa.String(8), primary_key=True),
        sa.Column("item", sa.String(32), primary_key=True),
        sa.Column("document", DOC, sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("start", sa.Integer, primary_key=True),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_evidence_document", "evidence", ["document"])
    # Full-text search over sentences, in each database's own engine.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE sentences_fts USING fts5(text, document UNINDEXED, start UNINDEXED)")
    else:
        op.execute("CREATE INDEX ix_sentences_fts ON sentences USING gin (to_tsvector('english', text))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE sentences_fts")
    for table in ("evidence", "claims", "events", "relations", "mentions", "aliases", "actors",
                  "anchors", "lsh_buckets", "duplicates", "sentences", "documents"):
        op.drop_table(table)
