"""Which stored documents a new one's MinHash is compared with: those sharing at least MIN_BANDS LSH bands with it.

One band in common is what unrelated articles of common wording share by chance, more of them the larger the store:
reading their signatures made the write's reads grow with the store. A copy shares many bands and is still found."""

from __future__ import annotations

import pytest

from conflictgraph.model import Bundle, Document
from conflictgraph.store import Store
from conflictgraph.store.copies import MIN_ANCHORS, MIN_BANDS, StoredCopies
from conflictgraph.store.merge import READ

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
        by_band = {0: ["once", "twice", "thrice", "new"], 1: ["twice", "thrice"], 2: ["thrice"], 3: []}
        bucket_rows, anchored = copies._choose("new", found, by_band, {})
        # The most bands first; the one sharing a single band (and the document itself) left out.
        assert bucket_rows == ["thrice", "twice"] and anchored == []


def test_candidates_are_ordered_by_bands_then_id(tmp_path):
    with _store(tmp_path) as store, store.engine.connect() as connection:
        copies = StoredCopies(connection)
        found = copies.fingerprint(Document(id="new", source="x", text=MYANMAR))
        by_band = {band: ["b", "a", "c"] if band < 3 else ["c"] for band in range(5)}
        assert copies._choose("new", found, by_band, {})[0] == ["c", "a", "b"]


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
