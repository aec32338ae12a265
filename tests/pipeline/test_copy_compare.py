"""Aligning two documents stops early where the pair cannot be a copy, and finds the entries the full alignment
finds: the shorter document's share measured first and only as far as it can still reach min_similarity."""

from __future__ import annotations

import random
from collections import Counter

from conflictgraph.core.copies import CopyIndex, Duplicate, cover
from conflictgraph.model import Document

SENTENCES = [
    "Rebels of the Tigray People's Liberation Front shelled the airport of Mekelle on Sunday, killing four civilians.",
    "The federal army said it had repelled an advance on the town of Alamata and captured two artillery pieces.",
    "Pirates boarded a tanker off Bonny Island and took six crew members hostage, the Nigerian navy said.",
    "Russian artillery struck a railway depot in Kharkiv overnight, regional governor Oleh Syniehubov said.",
    "Houthi fighters fired two ballistic missiles at the Saudi city of Jizan, the coalition said in a statement.",
    "Colombian troops clashed with dissidents of the FARC in the department of Cauca, leaving three soldiers dead.",
    "Al-Shabaab militants stormed a hotel in Mogadishu late on Friday and held guests for several hours.",
    "Myanmar's military junta bombed a village in Sagaing region, killing at least a dozen people, residents said.",
    "Fighters of the M23 rebel group seized the town of Bunagana near the border with Uganda on Monday morning.",
    "Israeli aircraft struck positions of Hamas in the southern Gaza Strip after rockets were fired at Sderot.",
    "Police in Dhaka fired tear gas at opposition supporters who blocked a highway to demand new elections.",
    "Armenian and Azerbaijani forces exchanged fire along the border near the village of Sotk, both sides said.",
    "The Sahel alliance said jihadists ambushed a convoy near Menaka in northeastern Mali, killing eleven guards.",
    "Indian and Chinese troops were injured in a clash at the Line of Actual Control in Arunachal Pradesh.",
]


def reference(index: CopyIndex, a_id, a, b_id, b) -> list[tuple[str, Duplicate]]:
    """The entries as compare made them before it stopped early: both shares measured whole (the pair's entries
    from them as compare makes them, ``CopyIndex.entries``)."""
    s = index.settings

    def whole(x, y) -> float:
        aligned = 0
        for sentence in x.sentences:
            shared = Counter(i for word in sentence for i in y.postings.get(word, ()))
            if any(n / (len(sentence) + len(y.sentences[i]) - n) >= s.sentence_match for i, n in shared.items()):
                aligned += len(sentence)
        return aligned / x.size if x.size else 0.0

    a_in_b, b_in_a = whole(a, b), whole(b, a)
    similarity = (a_in_b if a.size < b.size else b_in_a) if a.size != b.size else max(a_in_b, b_in_a)
    if similarity < s.min_similarity:
        return []
    return index.entries(a_id, a, b_id, b, similarity, a_in_b, b_in_a)


def test_compare_finds_what_the_whole_alignment_finds_on_copies_excerpts_and_unrelated_texts():
    r = random.Random(14)
    index = CopyIndex()
    prints = []
    for i in range(60):
        chosen = r.sample(SENTENCES, r.randint(2, 9))
        if i and r.random() < 0.5:  # a copy, an excerpt or a rewrite of an earlier one: reordered, cut, added to
            _, earlier = r.choice(prints)
            chosen = list(earlier)
            r.shuffle(chosen)
            chosen = chosen[:r.randint(1, len(chosen))] + r.sample(SENTENCES, r.randint(0, 3))
        text = " ".join(chosen)
        found = index.fingerprint(Document(id=f"d{i}", source="", text=text,
                                           published=r.choice([None, "2022-05-01", "2022-05-02", "2022-05"])))
        if found is not None:
            prints.append(((f"d{i}", found), chosen))
    pairs = [(a, b) for (a, _), (b, _) in ((x, y) for x in prints for y in prints) if a[0] != b[0]]
    entries = [index.compare(a_id, a, b_id, b) for (a_id, a), (b_id, b) in pairs]
    assert entries == [reference(index, a_id, a, b_id, b) for (a_id, a), (b_id, b) in pairs]
    kinds = Counter(e.relation for found in entries for _, e in found)
    assert kinds["derived_from"] and kinds["near_duplicate"] and sum(not found for found in entries) > len(pairs) / 4
    assert any(a.size == b.size for (_, a), (_, b) in pairs)  # the tie, measured both ways


def test_cover_with_a_floor_is_exact_at_or_above_it_and_below_it_otherwise():
    index = CopyIndex()
    a = index.fingerprint(Document(id="a", source="", text=" ".join(SENTENCES[:6])))
    for n in range(1, 12):
        b = index.fingerprint(Document(id="b", source="", text=" ".join(SENTENCES[6 - min(n, 6):6 + n])))
        whole = cover(a, b, 0.4)
        for floor in (0.1, 0.3, 0.5, 0.7, 0.9):
            floored = cover(a, b, 0.4, floor)
            assert floored == whole if whole >= floor else floored < floor
