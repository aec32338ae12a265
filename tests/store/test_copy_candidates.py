"""Which stored documents a new one's MinHash is compared with: those sharing at least MIN_BANDS LSH bands with it.

One band in common is what unrelated articles of common wording share by chance, more of them the larger the store:
reading their signatures made the write's reads grow with the store. A copy shares many bands and is still found."""

from __future__ import annotations

import pytest

from conflictgraph.model import Bundle, Document
from conflictgraph.store import Store
from conflictgraph.store.copies import MIN_BANDS, StoredCopies
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
