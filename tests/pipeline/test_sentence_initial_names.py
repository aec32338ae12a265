"""A one-word name the knowledge base writes in lower case is that name too where a sentence opens with it: the
capital is the sentence's ("Rebels would follow ..." before "the rebels"), not a name's (issue 11)."""

from __future__ import annotations

import pytest

from conflictgraph import extract
from conflictgraph.knowledge import Knowledge

# Actors of other theatres, each with a generic one-word name that counts only where its context is named.
ACTORS = """
- id: test-sahel-jihadists
  name: Sahel jihadists
  kind: armed_group
  country: MLI
  wikidata: null
  aliases: [Sahel jihadist coalition]
  weak_aliases: [jihadists]
  context: [mali]

- id: test-sudan-paramilitaries
  name: Sudanese paramilitaries
  kind: armed_group
  country: SDN
  wikidata: null
  aliases: [Sudanese paramilitary coalition]
  weak_aliases: [paramilitaries]
  context: [sudan]
"""


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory):
    path = tmp_path_factory.mktemp("kb") / "theatres.yaml"
    path.write_text(ACTORS, encoding="utf-8")
    return Knowledge.load(extra=[path])


def actors_of(text: str, knowledge: Knowledge | None = None) -> dict[str, str | None]:
    bundle = extract([text], published="2020-05-13", knowledge=knowledge)
    return {m.text: m.actor for m in bundle.mentions}


@pytest.mark.parametrize(
    "text, opener, later, actor",
    [
        ("Rebels seized the town of Idlib in Syria. The rebels then attacked a checkpoint.",
         "Rebels", "The rebels", "syrian-opposition"),
        ("Government forces shelled Syria's north. \u201cRebels will not hold Aleppo,\u201d an officer said. "
         "Later the rebels withdrew.", "Rebels", "the rebels", "syrian-opposition"),
        ("Jihadists attacked an army post near Gao in Mali on Monday. The jihadists burned two vehicles.",
         "Jihadists", "jihadists", "test-sahel-jihadists"),
        ("Paramilitaries looted a market in Nyala, Sudan, on Sunday. Witnesses said the paramilitaries fled east.",
         "Paramilitaries", "paramilitaries", "test-sudan-paramilitaries"),
    ],
)
def test_a_sentence_opening_with_a_generic_name_is_that_name(knowledge, text, opener, later, actor):
    found = actors_of(text, knowledge)
    assert found[opener] == actor
    assert found[later] == actor


def test_without_its_context_the_opener_is_the_same_group_as_the_later_mention(knowledge):
    # Nothing names Mali: the generic name does not count, and both mentions are one group of their own.
    found = actors_of("Jihadists attacked an army post on Monday. The jihadists burned two vehicles.", knowledge)
    assert found["Jihadists"] is not None and found["Jihadists"] == found["jihadists"]
    assert found["Jihadists"] != "test-sahel-jihadists"


def test_only_the_sentence_opening_word_is_lowered():
    # Mid-sentence, a capitalised word is a name's, not the generic one's ("Rebels" as a band, a title).
    found = actors_of("Fans of the band Rebels met in Aleppo, Syria, on Monday.")
    assert found.get("Rebels") != "syrian-opposition"
