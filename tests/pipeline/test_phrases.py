"""The name matcher that adds a name when a document could hold it matches exactly what the full one does."""

from __future__ import annotations

import pytest
from spacy.matcher import PhraseMatcher
from support import ROOT, SEEDS

from conflictgraph.knowledge import default_knowledge
from conflictgraph.nlp import load_nlp
from conflictgraph.pipeline.entity_matchers import Matchers
from conflictgraph.pipeline.phrases import NamePatterns, runs

NEWS = sorted((ROOT / "tests" / "data" / "news-gold" / "articles" / "dev").glob("*.txt"))


@pytest.mark.parametrize(("name", "expected"), [
    ("Popular Mobilization Forces", ["popular", "mobilization", "forces"]),
    ("al-Hashd al-Shaabi", ["al", "hashd", "al", "shaabi"]), ("K-1", ["k", "1"]),
    ("1st Armored", ["1", "st", "armored"]), ("ÉTAT ISLAMIQUE", ["état", "islamique"]), ("—", []),
])
def test_runs_of_letters_and_digits(name, expected):
    assert runs(name) == expected


def test_a_name_waits_until_a_document_holds_its_anchor():
    nlp = load_nlp()
    names = NamePatterns(nlp, ["Kataib Hezbollah", "Asaib Ahl al-Haq", "PMF", "government of Iraq",
                               "government of Iran"])
    assert set(names._waiting) == {"kataib", "asaib", "pmf", "iraq", "iran"}  # the run fewest names share
    exact, _ = names(nlp.make_doc("Rockets were fired by Kataib Hezbollah, the government of Iraq said."))
    assert [nlp.vocab.strings[m] for m, _, _ in exact] == ["Kataib Hezbollah", "government of Iraq"]
    assert set(names._waiting) == {"asaib", "pmf", "iran"}
    exact, folded = names(nlp.make_doc("KATAIB HEZBOLLAH and Kataib hezbollah"))
    assert exact == [] and len(folded) == 2  # headline case matches the folded pattern of a multi-word name


def test_matches_equal_those_of_a_matcher_given_every_name_at_once():
    nlp = load_nlp()
    matchers = Matchers(default_knowledge())
    exact, folded = PhraseMatcher(nlp.vocab, attr="ORTH"), PhraseMatcher(nlp.vocab, attr="LOWER")
    names = list(matchers.forms)
    for name, pattern in zip(names, nlp.tokenizer.pipe(names), strict=True):
        exact.add(name, [pattern])
        if len(pattern) > 1 and not name.isupper():
            folded.add(name.lower(), [pattern])
    texts = [p.read_text(encoding="utf-8") for p in [*sorted(SEEDS.glob("*.txt")), *NEWS]]
    matched = 0
    for doc in nlp.pipe(texts):
        assert matchers.names(doc) == (exact(doc), folded(doc))
        matched += len(exact(doc))
    assert matched > 500
