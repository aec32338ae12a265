"""The duplicates stage: copies, rewrites and excerpts are found and pointed the right way; unrelated articles not."""

from __future__ import annotations

import itertools

import pytest
from support import SEEDS

from conflictgraph.knowledge import default_knowledge
from conflictgraph.model import Document, Duplicate
from conflictgraph.pipeline import CorpusContext, DocContext, make_stage
from conflictgraph.pipeline.duplicates import CopyIndex

ARTICLES = {path.name[:3]: path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))}


def document(doc_id: str, text: str, published: str | None = None) -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", text=text, published=published)


def run(*documents: Document) -> dict[str, list[tuple[str, str]]]:
    """The stage over a hand-built batch (it reads only the records, so no spaCy parse is needed)."""
    knowledge = default_knowledge()
    find_duplicates = make_stage("duplicates", knowledge)
    find_duplicates(CorpusContext([DocContext(d, None, knowledge) for d in documents], knowledge))  # type: ignore[arg-type]
    return {d.id: [(x.document, x.relation) for x in d.duplicates] for d in documents}


def paragraphs(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def rewrite(text: str) -> str:
    """Swap the names and move paragraphs about, the way an outlet passes another's article off as its own."""
    for old, new in (("PMF", "IMIS"), ("Popular Mobilization Forces", "Iran Militias in Iraq and Syria"),
                     ("Breitbart News", "Baghdad Post"), ("Iraqi", "Baghdad's")):
        text = text.replace(old, new)
    parts = paragraphs(text)
    # Pairs of neighbouring paragraphs trade places.
    for i in range(0, len(parts) - 1, 2):
        parts[i], parts[i + 1] = parts[i + 1], parts[i]
    return "\n\n".join(parts)


def test_seeds_000_is_derived_from_001_and_nothing_else(seeds_bundle):
    found = {d.id[:3]: d.duplicates for d in seeds_bundle.documents}
    assert [(d.document[:3], d.relation) for d in found["000"]] == [("001", "derived_from")]
    assert 0.5 <= found["000"][0].similarity <= 1
    assert all(not found[key] for key in ("001", "002", "003", "004"))


@pytest.mark.parametrize(("date_a", "date_b", "expected"), [
    (None, None, {"a": [("b", "near_duplicate")], "b": [("a", "near_duplicate")]}),
    ("2019-02-06", "2019-02-06", {"a": [("b", "near_duplicate")], "b": [("a", "near_duplicate")]}),
    ("2019-02", "2019-02-06", {"a": [("b", "near_duplicate")], "b": [("a", "near_duplicate")]}),
    ("2019-02-07", "2019-02-06", {"a": [("b", "derived_from")], "b": []}),
    ("2018-11-28", "2019-02-06", {"a": [], "b": [("a", "derived_from")]}),
])
def test_an_exact_copy(date_a, date_b, expected):
    assert run(document("a", ARTICLES["003"], date_a), document("b", ARTICLES["003"], date_b)) == expected


def test_an_exact_copy_is_wholly_similar():
    index = CopyIndex()
    index.add(document("a", ARTICLES["004"]))
    assert index.add(document("b", ARTICLES["004"])) == {
        "b": [Duplicate("a", 1.0, "near_duplicate")], "a": [Duplicate("b", 1.0, "near_duplicate")]}


@pytest.mark.parametrize("source", ["001", "003", "004"])
def test_a_copy_with_names_swapped_and_paragraphs_reordered(source):
    original = document("original", ARTICLES[source], "2019-02-06")
    copy = document("copy", rewrite(ARTICLES[source]), "2019-02-07")
    assert run(original, copy) == {"original": [], "copy": [("original", "derived_from")]}


def test_unrelated_articles_are_not_duplicates():
    # Every pair of seeds but the rewrite, 000 and 001, share their theatre and their actors, but not their text.
    for a, b in itertools.combinations(ARTICLES, 2):
        if {a, b} != {"000", "001"}:
            assert run(document(a, ARTICLES[a]), document(b, ARTICLES[b])) == {a: [], b: []}, (a, b)


# (seed, first and last+1 paragraph of the excerpt): two or three paragraphs hold too few of the article's
# shingles for the LSH to find them; their whole sentences do.
@pytest.mark.parametrize(("source", "first", "stop"), [
    ("001", 2, 7), ("003", 2, 7), ("004", 2, 7), ("004", 0, 4), ("003", 10, 12), ("001", 20, 23),
])
def test_a_short_text_contained_in_a_long_one_is_derived_from_it(source, first, stop):
    long = document("long", ARTICLES[source])
    short = document("short", "\n\n".join(paragraphs(ARTICLES[source])[first:stop]))
    assert run(short, long) == {"short": [("long", "derived_from")], "long": []}


def test_query_does_not_index():
    index = CopyIndex()
    index.add(document("a", ARTICLES["003"]))
    assert index.query(document("b", ARTICLES["003"]))["b"][0].document == "a"
    assert len(index) == 1 and "b" not in index


def test_a_removed_document_is_forgotten():
    index = CopyIndex()
    index.add(document("a", ARTICLES["003"]))
    index.remove("a")
    assert index.add(document("b", ARTICLES["003"])) == {} and "a" not in index


def test_a_text_too_short_to_compare_is_skipped():
    index = CopyIndex()
    assert index.add(document("a", "Breaking news.")) == {} and len(index) == 0


def test_same_input_same_output_in_any_order():
    dates = ["2019-02-07", "2019-02-06", None, None, "2020-03-04"]

    def batch() -> list[Document]:
        seeds = [document(key, text, date) for (key, text), date in zip(ARTICLES.items(), dates, strict=True)]
        excerpt = "\n\n".join(paragraphs(ARTICLES["004"])[:4])
        return seeds + [document("copy", rewrite(ARTICLES["003"])), document("excerpt", excerpt)]

    first = run(*batch())
    assert first["000"] == [("001", "derived_from")] and first["excerpt"] == [("004", "derived_from")]
    assert run(*batch()) == first
    assert run(*reversed(batch())) == first
