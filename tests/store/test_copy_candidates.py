"""Which stored documents a new one's MinHash is compared with: those sharing at least MIN_BANDS LSH bands with it.

One band in common is what unrelated articles of common wording share by chance, more of them the larger the store:
reading their signatures made the write's reads grow with the store. A copy shares many bands and is still found."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from sqlalchemy import insert

from conflictgraph.model import Bundle, Document
from conflictgraph.store import Store
from conflictgraph.store import copies as stored_copies
from conflictgraph.store.copies import MIN_ANCHORS, MIN_BANDS, Newer, StoredCopies
from conflictgraph.store.merge import READ
from conflictgraph.store.schema import lsh_buckets

SUDAN = ("The Rapid Support Forces shelled the outskirts of El Fasher on Tuesday, killing at least twelve civilians "
         "sheltering in a school. Local medics said the wounded were carried to the Saudi hospital on donkey carts. "
         "The army said its aircraft struck fighters massing east of the city after the attack. "
         "Aid agencies warned that food stocks in the camps of North Darfur would run out within two weeks.")
MYANMAR = ("Fighters of the Arakan Army seized a police outpost near Maungdaw after three days of clashes with the "
           "junta's troops. Residents fleeing toward the Bangladesh border described boats crowded with families. "
           "The military government imposed a curfew across northern Rakhine and cut mobile internet service. "
           "United Nations officials urged both sides to let convoys reach the displaced in the township.")


def _store(tmp_path) -> Store:
    return Store.open(f"sqlite:///{tmp_path / 'store.db'}")


def test_a_document_sharing_one_band_is_not_a_candidate(tmp_path):
    with _store(tmp_path) as store, store.engine.connect() as connection:
        copies = StoredCopies(connection)
        found = copies.fingerprint(Document(id="new", source="x", text=SUDAN))
        assert MIN_BANDS == 2
        bands = Counter({"once": 1, "twice": 2, "thrice": 3, "new": 4})
        bucket_rows, anchored = copies._choose("new", found, bands, {})
        # The most bands first; the one sharing a single band (and the document itself) left out.
        assert bucket_rows == ["thrice", "twice"] and anchored == []


def test_candidates_are_ordered_by_bands_then_id(tmp_path):
    with _store(tmp_path) as store, store.engine.connect() as connection:
        copies = StoredCopies(connection)
        found = copies.fingerprint(Document(id="new", source="x", text=MYANMAR))
        assert copies._choose("new", found, Counter({"b": 3, "a": 3, "c": 5}), {})[0] == ["c", "a", "b"]


def _with_buckets(store: Store, rows: dict[tuple[int, int], list[str]]) -> None:
    """Documents (too short to have LSH buckets of their own) and the LSH rows given, in made-up bands."""
    ids = sorted({i for members in rows.values() for i in members})
    store.add(Bundle(documents=[Document(id=i, source="x", text=f"Report {i}.") for i in ids]))
    with store.engine.begin() as connection:
        connection.execute(insert(lsh_buckets), [{"band": band, "bucket": bucket, "document": i}
                                                 for (band, bucket), members in rows.items() for i in members])


def _old_rule(rows: dict[tuple[int, int], list[str]], looked_up, newer=None, batch=False) -> dict[str, Counter]:
    """The band counts as the write made them before the database counted: each bucket's stored rows (of ``newer``
    only, if given) read, at most BUCKET_ROWS + 1, and with ``batch`` the documents before in the bucket too; a
    bucket holding more than BUCKET_ROWS left out; the documents sharing at least MIN_BANDS kept."""
    members = {b: [i for i in ids if newer is None or i in newer][:stored_copies.BUCKET_ROWS + 1]
               for b, ids in rows.items()}
    counts = {}
    for i, buckets in looked_up:
        by_band = [members.get(b, []) for b in buckets]
        bands = Counter(o for m in by_band if len(m) <= stored_copies.BUCKET_ROWS for o in m if o != i)
        counts[i] = Counter({o: n for o, n in bands.items() if n >= MIN_BANDS})
        if batch:
            for b in buckets:
                members[b] = members.get(b, []) + [i]
    return counts


def test_the_database_counts_the_bands_and_returns_only_the_documents_sharing_two(url):
    """Stored documents sharing one, two, three of a new document's buckets: the look-up returns the two that share
    two or more, with how many, and no row for the others; on both backends."""
    rows = {(1000, 7): ["a", "b", "c"], (1001, -2**63): ["a", "b"], (1002, 2**63 - 1): ["a", "d"], (1003, 9): ["e"]}
    looked_up = [("new", [(1000, 7), (1001, -2**63), (1002, 2**63 - 1), (1003, 9), (1004, 1)])]
    with Store.open(url) as store:
        _with_buckets(store, rows)
        READ.clear()
        with store.engine.connect() as connection:
            shared = StoredCopies(connection)._shared_bands(looked_up)
    assert shared == {"new": Counter({"a": 3, "b": 2})}
    assert READ["bucket rows"] == 2  # the candidates only: not the buckets' 8 rows
    assert _old_rule(rows, looked_up) == shared


def test_a_crowded_bucket_is_left_out_as_before_counting_the_batchs_own_documents(url, monkeypatch):
    """A bucket holding more than BUCKET_ROWS documents is left out: its stored rows alone, or with the batch's
    documents indexed before (counted in memory); the same counts as reading every row, on both backends."""
    monkeypatch.setattr("conflictgraph.store.copies.BUCKET_ROWS", 3)
    rows = {(1000, 1): ["a", "b", "c"], (1001, 1): ["a", "b", "c", "d"], (1002, 1): ["a", "b"], (1003, 1): ["a"]}
    looked_up = [("n1", [(1000, 1), (1001, 1), (1002, 1), (1003, 1)]), ("n2", [(1000, 1), (1002, 1), (1003, 1)])]
    with Store.open(url) as store:
        _with_buckets(store, rows)
        with store.engine.connect() as connection:
            shared = StoredCopies(connection)._shared_bands(looked_up, batch=True)
            newer = Newer(connection, 0, [])
            newer.ids = ["a", "c", "d"]
            among_newer = StoredCopies(connection)._shared_bands(looked_up, newer)
    # n1: (1001, 1) holds four: left out. n2: (1000, 1) holds three stored and n1: left out; n1 shares two with it.
    assert {i: {o: n for o, n in c.items() if n >= MIN_BANDS} for i, c in shared.items()} == {
        "n1": {"a": 3, "b": 2}, "n2": {"a": 2, "n1": 2}}
    # Of the documents committed meanwhile only (a, c, d; not the batch's): (1001, 1) holds three of them.
    assert among_newer == {"n1": Counter({"a": 4, "c": 2}), "n2": Counter({"a": 3})}
    assert _old_rule(rows, looked_up, batch=True) == {i: Counter({o: n for o, n in c.items() if n >= MIN_BANDS})
                                                      for i, c in shared.items()}
    assert _old_rule(rows, looked_up, newer={"a", "c", "d"}) == among_newer


def test_random_buckets_give_the_counts_of_reading_every_row(url, monkeypatch):
    """Random buckets, some fuller than BUCKET_ROWS, and a batch whose documents share buckets with each other:
    the database's counts are those of reading every row and counting here, as the write did."""
    monkeypatch.setattr("conflictgraph.store.copies.BUCKET_ROWS", 4)
    rng = random.Random(14)
    stored = [f"s{k:02d}" for k in range(30)]
    rows: dict[tuple[int, int], list[str]] = {}
    for band in range(8):
        for document in stored:
            rows.setdefault((band, rng.randrange(9)), []).append(document)
    looked_up = [(f"n{k}", [(band, rng.randrange(10)) for band in range(8)]) for k in range(8)]
    with Store.open(url) as store:
        _with_buckets(store, rows)
        with store.engine.connect() as connection:
            shared = StoredCopies(connection)._shared_bands(looked_up, batch=True)
    kept = {i: Counter({o: n for o, n in c.items() if n >= MIN_BANDS}) for i, c in shared.items()}
    assert kept == _old_rule(rows, looked_up, batch=True)
    assert any(kept.values()) and any(len(m) > 4 for m in rows.values())


@pytest.mark.parametrize("text", [SUDAN, MYANMAR])
def test_a_rewrite_sharing_half_its_sentences_is_still_found(tmp_path, text):
    """Half the sentences kept word for word, the others reworded: shingle Jaccard about 1/3, the copy the LSH
    is for (it shares several bands, not one)."""
    first, second, third, fourth = [s + "." for s in text.rstrip(".").split(". ")]
    rewrite = (f"{first} {second} Officials gave no figure for the casualties among combatants on either side. "
               "Reporters could not reach the area independently to confirm the accounts of witnesses there.")
    original = Document(id="original", source="x", text=text, published="2024-05-01")
    copy = Document(id="copy", source="x", text=rewrite, published="2024-05-02")
    READ.clear()
    with _store(tmp_path) as store:
        store.add(Bundle(documents=[original]))
        store.add(Bundle(documents=[copy]))
        found = sorted((holder, entry.document, entry.relation) for holder, entry in store.copies())
    assert found == [("copy", "original", "derived_from")]
    assert READ["signatures"] == 1  # the original's, read as a candidate sharing bands with the copy


# Long articles of other conflicts, each holding one sentence of their own that the tests quote elsewhere.
QUOTE = ("The ceasefire monitors reported that artillery fire had struck the water pumping station serving "
         "forty thousand residents overnight.")
YEMEN = ("Houthi forces launched drones at a tanker off the port of Hodeidah, the coalition said on Monday. "
         "Shipping companies rerouted vessels around the Cape of Good Hope as insurance premiums climbed sharply. "
         f"{QUOTE} "
         "Port workers said cranes stood idle while fuel shipments waited in the anchorage for inspection clearance. "
         "Negotiators in Muscat held a further round of talks on prisoner exchanges without announcing results.")
UKRAINE = ("Russian glide bombs hit an apartment block in Kharkiv, regional governor Oleh Syniehubov said. "
           "Emergency crews pulled survivors from the rubble through the night as sirens sounded again. "
           f"{QUOTE} "
           "Kyiv asked its partners for more air defence systems to protect energy infrastructure before winter. "
           "Grain exports through the Black Sea corridor continued despite strikes on the Odesa port district.")


def test_a_document_sharing_one_anchor_is_aligned_only_where_that_sentence_can_decide_a_copy(tmp_path):
    """Two long articles that quote one sentence: that sentence is far from half of either, so the stored one is
    no candidate; sharing two sentences it is; and so is one sentence that is half of a short stored text."""
    with _store(tmp_path) as store, store.engine.connect() as connection:
        copies = StoredCopies(connection)
        found = copies.fingerprint(Document(id="new", source="x", text=UKRAINE))
        stored = copies.fingerprint(Document(id="yemen", source="x", text=YEMEN))
        quote = [k for k in copies._anchor_keys(found) if k in set(copies._anchor_keys(stored))]
        assert len(quote) == 1 and MIN_ANCHORS == 2
        copies._sizes.update({"yemen": stored.size, "short": 20})
        assert copies._choose("new", found, {}, {quote[0]: ["yemen"]})[1] == []
        other = next(k for k in copies._anchor_keys(found) if k != quote[0])
        assert copies._choose("new", found, {}, {quote[0]: ["yemen"], other: ["yemen"]})[1] == ["yemen"]
        assert copies._choose("new", found, {}, {quote[0]: ["yemen", "short"]})[1] == ["short"]
        copies._sizes.pop("short")  # a holder of unknown size: aligned, as before
        assert copies._choose("new", found, {}, {quote[0]: ["yemen", "short"]})[1] == ["short"]


@pytest.mark.parametrize("order", ["excerpt after", "quoted whole after"])
def test_a_one_sentence_excerpt_and_a_short_text_quoted_whole_are_still_found(url, order):
    """One sentence is all two documents share: a one-sentence excerpt of a long article, and a one-sentence text
    that a long article quotes whole, are copies, found by the anchor sentence with the size stored beside it,
    whichever is stored first, on both backends; two long articles quoting it are not aligned."""
    excerpt = Document(id="excerpt", source="x", text=QUOTE, published="2024-05-02")
    long = [Document(id="yemen", source="x", text=YEMEN, published="2024-05-01"),
            Document(id="ukraine", source="x", text=UKRAINE, published="2024-05-03")]
    batches = [[long[0]], [excerpt], [long[1]]] if order == "excerpt after" else [[excerpt], [long[0]], [long[1]]]
    READ.clear()
    with Store.open(url) as store:
        for batch in batches:
            store.add(Bundle(documents=batch))
        found = sorted((holder, entry.document) for holder, entry in store.copies())
    assert {tuple(sorted(pair)) for pair in found} == {("excerpt", "yemen"), ("excerpt", "ukraine")}
    assert READ["aligned"] == 2  # the excerpt with each long article; never the two long articles


def test_the_anchors_stored_before_migration_0009_get_their_documents_size(url):
    """A store of migration 0008 (anchors without sizes) opened: each anchor row gets its document's size as the
    alignment counts it, and a one-sentence excerpt of a stored article is still found after."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from conflictgraph.store import MIGRATIONS

    with Store.open(url) as store:
        store.add(Bundle(documents=[Document(id="yemen", source="x", text=YEMEN, published="2024-05-01")]))
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with store.engine.execution_options(write=True).begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0008_merge_key_indexes")
    with Store.open(url) as store:
        with store.engine.connect() as connection:
            sizes = set(connection.execute(text("SELECT size FROM anchors")).scalars())
            size = StoredCopies(connection).fingerprint(Document(id="yemen", source="x", text=YEMEN)).size
        assert sizes == {size}
        store.add(Bundle(documents=[Document(id="excerpt", source="x", text=QUOTE, published="2024-05-02")]))
        assert [(h, e.document) for h, e in store.copies()] == [("excerpt", "yemen")]


def test_postgresql_reads_each_bucket_once_in_one_statement_with_the_same_counts(url, monkeypatch):
    """On PostgreSQL the count reads each bucket's rows once, in one statement (the over-full buckets found by the
    same read, not by a count before it); the counts are those of reading every row, crowded buckets included;
    SQLite keeps its two statements."""
    from sqlalchemy import event

    monkeypatch.setattr("conflictgraph.store.copies.BUCKET_ROWS", 3)
    rows = {(1000, 1): ["a", "b", "c"], (1001, 1): ["a", "b", "c", "d"], (1002, 1): ["a", "b"], (1003, 1): ["a"],
            (1004, 5): ["b", "c"]}
    looked_up = [("n1", [(1000, 1), (1001, 1), (1002, 1), (1003, 1), (1004, 5)]),
                 ("n2", [(1000, 1), (1002, 1), (1003, 1), (1004, 5)]), ("n3", [(1000, 1), (1004, 5)])]
    sent: list[str] = []
    with Store.open(url) as store:
        _with_buckets(store, rows)
        with store.engine.connect() as connection:
            event.listen(store.engine, "before_cursor_execute", lambda *a: sent.append(a[2]))
            shared = StoredCopies(connection)._shared_bands(looked_up, batch=True)
    reads = [s for s in sent if "lsh_buckets" in s]
    assert len(reads) == (1 if store.engine.dialect.name == "postgresql" else 2)
    kept = {i: Counter({o: n for o, n in c.items() if n >= MIN_BANDS}) for i, c in shared.items()}
    assert kept == _old_rule(rows, looked_up, batch=True)
    # (1001, 1) holds four: left out for all. (1000, 1) holds three: in for n1, full for n2 (n1 before it) and n3;
    # (1004, 5) holds two: in for n1 and n2, full for n3 (n1 and n2 before it).
    assert kept == {"n1": Counter({"a": 3, "b": 3, "c": 2}), "n2": Counter({"a": 2, "b": 2, "n1": 3}),
                    "n3": Counter()}
