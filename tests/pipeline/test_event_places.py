"""Where events happened: one case per failure class of issue 12 (divisions, regions, country points, abbreviations,
context, common words, the town of the event's own sentence)."""

from __future__ import annotations

import pytest

from conflictgraph import extract

CASES = [
    # first-level divisions, named with a designator spaCy leaves out of the name
    ("Houthi forces shelled homes in Hodeidah governorate on Monday, killing three civilians.",
     ("YEM", 79416, "admin1")),
    # continents and named regions
    ("Islamist militants attacked an army convoy in North Africa last week, killing 12 soldiers.",
     (None, None, "region")),
    ("Insurgents killed five soldiers in Europe last year, officials in Kabul said.", (None, 6255148, "region")),
    # a country carries its GeoNames id and level
    ("Government forces bombed rebel positions in Syria on Tuesday.", ("SYR", 163843, "country")),
    # abbreviations as qualifiers
    ("A gunman killed two people in Rome, Ga., on Sunday, police said.", ("USA", 4219762, "city")),
    # context: Tripoli in a story on Lebanon; Georgia next to Atlanta
    ("Clashes in Tripoli killed two people on Friday. The Lebanese army deployed troops across northern Lebanon.",
     ("LBN", 266826, "city")),
    ("Officials in Atlanta said a gunman killed three people in a shooting in Georgia on Monday.",
     ("USA", 4197000, "admin1")),
    # the town of the event's own clause, not its province
    ("Militants attacked a checkpoint in the town of Kafr Nabl in Idlib province, killing four soldiers.",
     ("SYR", 168661, "city")),
    ("The army said militants killed four soldiers in Fallujah, a city in Anbar province in Iraq.",
     ("IRQ", 99454, "city")),
    ("Russian jets struck a hospital near Aleppo, Syria, on Wednesday, killing 10 people.", ("SYR", 170063, "city")),
]


@pytest.fixture(scope="module")
def bundle():
    return extract([text for text, _ in CASES] + [
        "Militants attacked a police post in the Valley on Sunday, killing two officers.",
        "Gunmen attacked a bus on Broadway on Sunday, killing two passengers.",
    ])


@pytest.mark.parametrize(("index", "expected"), [(i, expected) for i, (_, expected) in enumerate(CASES)])
def test_event_takes_the_place_its_sentence_names(bundle, index, expected):
    document = bundle.documents[index]
    event = next(e for e in bundle.events if e.evidence[0].document == document.id)
    assert event.location is not None, document.text
    assert (event.location.country, event.location.geonames_id, event.location.level) == expected, event.location


@pytest.mark.parametrize("index", [len(CASES), len(CASES) + 1])
def test_common_words_give_no_place(bundle, index):
    document = bundle.documents[index]
    events = [e for e in bundle.events if e.evidence[0].document == document.id]
    assert events and all(e.location is None for e in events), document.text
