"""The content words of each document's sentences, kept with it (migration 0005): what aligning a new document with
a stored one reads instead of the stored text. They must be the fingerprint's own, so that the copies found are
the same; and a store migrated from 0004 gets them for the documents it holds."""

from __future__ import annotations

import shutil

from sqlalchemy import inspect, select, text
from support import SEEDS

from conflictgraph import api
from conflictgraph.core.copies import CopyIndex, sentence_words
from conflictgraph.model import Document
from conflictgraph.store import MIGRATIONS, Store
from conflictgraph.store import schema as t
from conflictgraph.store.copies import words_column, words_from

ORIGINAL = "001_ea82519b7593fc9b"


def stored(store: Store) -> dict[str, tuple]:
    """Each document's (text, published, MinHash, sentence words) as stored."""
    c = t.documents.c
    with store.engine.connect() as connection:
        return {row.id: (row.text, row.published, row.minhash, row.sentence_words) for row in connection.execute(
            select(c.id, c.text, c.published, c.minhash, c.sentence_words))}


def pairs(store: Store) -> list[tuple[str, str, str]]:
    return sorted((holder, x.document, x.relation) for holder, x in store.copies())


def test_the_stored_words_align_as_the_fingerprint_of_the_text(url, tmp_path):
    short = tmp_path / "short"
    short.mkdir()
    (short / "brief.txt").write_text("Rockets hit the base.", encoding="utf-8")  # too few words to compare
    api.ingest([SEEDS, short], db=url, batch_size=3)
    index = CopyIndex()
    with Store.open(url) as store:
        rows = stored(store)
    assert len(rows) == 6 and rows["brief"][3] is None
    compared = 0
    for document_id, (text_, published, minhash, words) in rows.items():
        found = index.fingerprint(Document(id=document_id, source="x", text=text_, published=published))
        if found is None:  # never a candidate: nothing kept
            assert words is None and minhash is None
            continue
        aligned = index.aligned(published, words_from(words))
        assert aligned is not None and aligned.minhash is None
        assert (aligned.published, aligned.sentences, aligned.postings, aligned.size) == (
            found.published, found.sentences, found.postings, found.size)
        compared += 1
        # Aligned with every other stored document, the stored words and the text give the same entries.
        for other_id, (other_text, other_published, _, other_words) in rows.items():
            other = index.fingerprint(Document(id=other_id, source="x", text=other_text, published=other_published))
            if other is not None and other_id != document_id:
                assert index.compare(document_id, aligned, other_id, index.aligned(
                    other_published, words_from(other_words))) == index.compare(document_id, found, other_id, other)
    assert compared == len(rows) - 1


def test_words_survive_the_column():
    text_ = ("Kata’ib Hezbollah's fighters said: \"We will respond.\"\nA second line of words here, and more of them. "
             "Ünïcode names like Ḥusayn al-Ḥakīm stay as they are!")
    words = sentence_words(text_)
    assert len(words) == 3 and "kata'ib" in words[0]
    assert words_from(words_column(words)) == words


def test_copies_are_found_from_the_stored_words(url, tmp_path):
    """A copy ingested after its original is found by reading the original's words, not its text: the text
    changed behind the store's back does not change the pair found."""
    first = tmp_path / "first"
    first.mkdir()
    for name in (f"{ORIGINAL}.txt", f"{ORIGINAL}.meta.json"):
        shutil.copy(SEEDS / name, first / name)
    api.ingest([first], db=url)
    with Store.open(url) as store, store.engine.begin() as connection:
        connection.execute(t.documents.update().values(text="Nothing of the original is left here."))
    api.ingest([SEEDS], db=url, batch_size=1)
    with Store.open(url) as store:
        assert pairs(store) == [("000_45b232a879c265a8", ORIGINAL, "derived_from")]


def test_the_migration_keeps_the_words_of_a_stored_document_and_copies_are_found_after(url, tmp_path):
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    rest = tmp_path / "rest"
    rest.mkdir()
    for path in SEEDS.iterdir():
        if not path.name.startswith("000_"):
            shutil.copy(path, rest / path.name)
    api.ingest([rest], db=url, batch_size=4)
    with Store.open(url) as store:
        before = stored(store)
        assert before[ORIGINAL][3] is not None
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with store.engine.execution_options(write=True).begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0004_write_sequences")  # a store as the last release left it
        with store.engine.connect() as connection:
            assert "sentence_words" not in {c["name"] for c in inspect(connection).get_columns("documents")}
    with Store.open(url) as store:  # opening migrates it: the words of every document that can be a candidate
        assert stored(store) == before
        with store.engine.connect() as connection:
            head = ScriptDirectory.from_config(config).get_current_head()
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head
    api.ingest([SEEDS], db=url)  # 000, a rewrite of 001, found by aligning it with 001's migrated words
    with Store.open(url) as store:
        assert pairs(store) == [("000_45b232a879c265a8", ORIGINAL, "derived_from")]
