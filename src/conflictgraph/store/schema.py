"""The store's tables: documents and their sentences, actors, mentions, relations, events, claims, evidence.

The migrations under ``migrations/versions/`` create and change these tables; a change here goes with a new
migration (``docs/store.md`` says how).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", String(64), primary_key=True),
    Column("seq", Integer, nullable=False, unique=True),  # order of arrival: the export order
    Column("source", Text, nullable=False),
    Column("title", Text),
    Column("outlet", Text),
    Column("published", String(10)),
    Column("published_basis", String(16)),
    Column("language", String(8)),  # ISO 639-1, as detected (migration 0002)
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("minhash", LargeBinary),  # the MinHash signature, for ranking copy candidates
    # The content words of each sentence, a line each, for aligning the document with copies stored after it
    # (store/copies.py; migration 0005). Null: too few words to compare.
    Column("sentence_words", Text),
    Column("ingested_at", String(32), nullable=False),
    Index("ix_documents_id_seq", "id", "seq"),  # a document's number without its row (migration 0003)
)

sentences = Table(
    "sentences", metadata,
    Column("document", String(64), ForeignKey("documents.id"), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

duplicates = Table(
    "duplicates", metadata,
    Column("document", String(64), ForeignKey("documents.id"), primary_key=True),
    Column("other", String(64), ForeignKey("documents.id"), primary_key=True),
    Column("relation", String(16), primary_key=True),
    Column("similarity", Float, nullable=False),
    Index("ix_duplicates_other", "other"),
)

# LSH buckets of each document's MinHash: documents sharing a bucket in any band are copy candidates.
lsh_buckets = Table(
    "lsh_buckets", metadata,
    Column("band", Integer, primary_key=True),
    Column("bucket", BigInteger, primary_key=True),
    Column("document", String(64), ForeignKey("documents.id"), primary_key=True),
)

# Long sentences (hashed content-word sets) and the first documents that hold them: excerpt candidates. ``size``: the
# holder's content words in the sentences alignment compares (its Fingerprint.size), so that a document sharing one
# sentence with a new one is aligned only where that sentence can be the share of the shorter text a copy needs
# (migration 0009; null for a row it could not size, which is then aligned as before).
anchors = Table(
    "anchors", metadata,
    Column("sentence", BigInteger, primary_key=True),
    Column("document", String(64), ForeignKey("documents.id"), primary_key=True),
    Column("size", Integer),
)

actors = Table(
    "actors", metadata,
    Column("id", String(128), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("country", String(3)),
    Column("wikidata", String(16)),
)

aliases = Table(
    "aliases", metadata,
    Column("actor", String(128), ForeignKey("actors.id"), primary_key=True),
    Column("alias", String(256), primary_key=True),
    Column("folded", String(256), nullable=False),  # lower-cased, for look-ups by name
    Index("ix_aliases_folded", "folded"),
)

mentions = Table(
    "mentions", metadata,
    Column("document", String(64), ForeignKey("documents.id"), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, primary_key=True),
    Column("type", String(24), primary_key=True),
    Column("text", Text, nullable=False),
    Column("actor", String(128), ForeignKey("actors.id")),
    Column("value", String(16)),
    Column("geo", Text),  # JSON of the Location
    Index("ix_mentions_actor", "actor"),
)

relations = Table(
    "relations", metadata,
    Column("id", String(32), primary_key=True),
    Column("subject", String(128), ForeignKey("actors.id"), nullable=False),
    Column("predicate", String(32), nullable=False),
    Column("object", String(128), ForeignKey("actors.id"), nullable=False),
    UniqueConstraint("subject", "predicate", "object", name="uq_relations_spo"),
    Index("ix_relations_object", "object"),
)

events = Table(
    "events", metadata,
    Column("id", String(32), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("type", String(16), nullable=False),
    Column("mode", String(32)),
    Column("source", String(128), ForeignKey("actors.id")),
    Column("target", String(128), ForeignKey("actors.id")),
    Column("date", String(10)),
    Column("location", Text),  # JSON of the Location
    Column("place", Text),  # the location's name, folded, for filters
    Column("country", String(3)),
    Column("fatalities", Integer),
    Column("injuries", Integer),
    # PLOVER's joint and reciprocal actors: every actor of a role that has several, in the text's order, as a
    # JSON list (source and target hold the first); null where it has one or none (migration 0007).
    Column("sources", Text),
    Column("targets", Text),
    Index("ix_events_type_date_seq", "type", "date", "seq"),
    Index("ix_events_type_source_seq", "type", "source", "seq"),
    Index("ix_events_type_target_seq", "type", "target", "seq"),
    Index("ix_events_source", "source"),
    Index("ix_events_target", "target"),
    Index("ix_events_date", "date"),
    Index("ix_events_seq", "seq"),
    # The newest-first order of pages of events, all or an actor's (migration 0003; on PostgreSQL the
    # indexes say it: date DESC NULLS LAST, seq DESC).
    Index("ix_events_date_seq", "date", "seq"),
    Index("ix_events_source_date_seq", "source", "date", "seq"),
    Index("ix_events_target_date_seq", "target", "date", "seq"),
    Index("ix_events_dyad", "source", "target", "type"),  # the network's counts (migration 0003)
)

# The look-ups of store/merge.py by the merge rule's keys, each read newest first and cut at its limit (migration
# 0008): a type's events by an actor and date, by (source, target) pair and date, and the located ones by date and
# by an actor and date.
LOCATED = events.c.location.isnot(None)
Index("ix_events_type_source_date_seq", events.c.type, events.c.source, events.c.date, events.c.seq)
Index("ix_events_type_target_date_seq", events.c.type, events.c.target, events.c.date, events.c.seq)
Index("ix_events_type_pair_date_seq", events.c.type, events.c.source, events.c.target, events.c.date, events.c.seq)
Index("ix_events_located_type_date_seq", events.c.type, events.c.date, events.c.seq,
      postgresql_where=LOCATED, sqlite_where=LOCATED)
Index("ix_events_located_type_source_date_seq", events.c.type, events.c.source, events.c.date, events.c.seq,
      postgresql_where=LOCATED, sqlite_where=LOCATED)
Index("ix_events_located_type_target_date_seq", events.c.type, events.c.target, events.c.date, events.c.seq,
      postgresql_where=LOCATED, sqlite_where=LOCATED)
# An undated event's look-ups, at any date (migration 0010): a type's events by (source, target) pair, and the located
# ones by an actor, newest first whatever their date; ``seq > 0`` (every row) is the condition only those look-ups add.
ANY_DATE = text("seq > 0")
LOCATED_ANY_DATE = text("location IS NOT NULL AND seq > 0")
Index("ix_events_type_pair_seq", events.c.type, events.c.source, events.c.target, events.c.seq,
      postgresql_where=ANY_DATE, sqlite_where=ANY_DATE)
Index("ix_events_located_type_source_seq", events.c.type, events.c.source, events.c.seq,
      postgresql_where=LOCATED_ANY_DATE, sqlite_where=LOCATED_ANY_DATE)
Index("ix_events_located_type_target_seq", events.c.type, events.c.target, events.c.seq,
      postgresql_where=LOCATED_ANY_DATE, sqlite_where=LOCATED_ANY_DATE)

# Each actor of a joint event's list, so that an actor's events include those where it is a later member of a list
# (migration 0007; the merge needs none: a stored event whose first actor of a role is not one of the new event's
# contradicts it): an event with one actor per role has no rows here.
event_actors = Table(
    "event_actors", metadata,
    Column("event", String(32), ForeignKey("events.id"), primary_key=True),
    Column("role", String(8), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("actor", String(128), ForeignKey("actors.id"), nullable=False),
    Index("ix_event_actors_role_actor", "role", "actor", "event"),
)

claims = Table(
    "claims", metadata,
    Column("id", String(32), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("speaker", String(128), ForeignKey("actors.id")),
    Column("speaker_text", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Index("ix_claims_speaker", "speaker"),
    Index("ix_claims_seq", "seq"),
)

# The sentences that support relations, events and claims: ``item`` is the item's id, ``kind`` its table.
evidence = Table(
    "evidence", metadata,
    Column("kind", String(8), primary_key=True),
    Column("item", String(32), primary_key=True),
    Column("document", String(64), ForeignKey("documents.id"), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_evidence_document", "document"),
)
