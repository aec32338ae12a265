"""The trie alternation matches what the flat one (longest first) matches, at the same places."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictgraph.core.alternation import alternation


def flat(words):
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


WORDS = st.lists(st.text(alphabet="abAB -'é", min_size=1, max_size=6), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(WORDS, st.text(alphabet="abAB -'éx", max_size=60), st.sampled_from([0, re.IGNORECASE]))
def test_the_trie_finds_what_the_flat_alternation_finds(words, text, flags):
    # In context, as the collective patterns use it: at a word start, then more pattern, so backtracking matters.
    around = r"(?<![\w-])(?P<w>{}) ?(?:militias|b)"
    trie = re.compile(around.format(alternation(words)), flags)
    plain = re.compile(around.format(flat(words)), flags)
    assert [(m.span(), m.group("w")) for m in trie.finditer(text)] == \
        [(m.span(), m.group("w")) for m in plain.finditer(text)]


@pytest.mark.parametrize(("words", "text", "found"), [
    (["Iran", "Iranian", "Iraq"], "Iranian-backed and Iraq and Iran", ["Iranian", "Iraq", "Iran"]),
    (["US", "U.S."], "U.S. forces, US forces", ["U.S.", "US"]),
    (["São Tomé", "Sao Tome"], "São Tomé or Sao Tome", ["São Tomé", "Sao Tome"]),
])
def test_words_with_shared_prefixes_and_regex_characters(words, text, found):
    assert re.findall(alternation(words), text) == found


def test_no_words_is_an_error():
    with pytest.raises(ValueError):
        alternation([])
    with pytest.raises(ValueError):
        alternation(["a", ""])
