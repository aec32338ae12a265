"""Places named anywhere, as issue 12's failure classes: ambiguous names settled by the article's context across
continents, qualifiers that name the division a town lies in, divisions whose names hold a state's, organisations
named for a place, lists of towns, names spaCy took for people, and abbreviations."""

from __future__ import annotations

import pytest

from conflictgraph import extract
from conflictgraph.gazetteer import default_gazetteer

# (text, the mention's text, (country, level) of its place); the first such mention of the text counts.
CASES = [
    # the same name on different continents, by the division or country named beside it
    ("Police in Perth said the man was taken to Dundee. Police Scotland are investigating.", "Perth",
     ("GBR", "city")),
    ("Two men were arrested in London, Ontario on Sunday.", "London", ("CAN", "city")),
    ("Protesters gathered in Hyderabad, Sindh, on Friday.", "Hyderabad", ("PAK", "city")),
    ("Protesters gathered in Hyderabad, Telangana, on Friday.", "Hyderabad", ("IND", "city")),
    ("Flooding hit Victoria, British Columbia on Monday.", "Victoria", ("CAN", "city")),
    # a qualifier is the division that holds a town of the name, and its own mention is that division
    ("Stores opened in Orlando, Florida and Atlanta, Georgia.", "Georgia", ("USA", "admin1")),
    ("A gunman killed two people in Rome, Ga., on Sunday.", "Ga.", ("USA", "admin1")),
    # a state's name inside a division's name
    ("He lived in Western Australia before he moved.", "Western Australia", ("AUS", "admin1")),
    ("A New Mexico native, she moved to Texas.", "New Mexico", ("USA", "admin1")),
    ("The towns were in East Azerbaijan province.", "East Azerbaijan", ("IRN", "admin1")),
    # organisations named for a place carry its point
    ("Kentucky State Police said a man was shot in Adair County.", "Kentucky State Police", ("USA", "admin1")),
    ("The University of Manitoba said enrolment in Canada rose.", "University of Manitoba", ("CAN", "admin1")),
    ("The Syrian government denied the report.", "Syrian government", ("SYR", "country")),
    # lists of towns spaCy took for one organisation
    ("The towns of Haris and Varzaqan in Iran were hit hardest.", "Varzaqan", ("IRN", "city")),
    ("He is believed to be travelling south to Ingham or Townsville in Queensland.", "Townsville", ("AUS", "city")),
    # a big city over a same-named division abroad, and over its own division when it is most of it
    ("Police in Manchester arrested two men.", "Manchester", ("GBR", "city")),
    ("Reporters in Sao Paulo said the vote was close.", "Sao Paulo", ("BRA", "city")),
    # a name after "the city of", whatever spaCy took it for
    ("An explosion in a supermarket in the southern city of Shiraz injured 37 people, Iranian media said.", "Shiraz",
     ("IRN", "city")),
    # a dateline after a headline
    ("Mason charged with assault. BANTAM — A stonework mason from Danbury, Conn., was arraigned.", "BANTAM",
     ("USA", "city")),
]


@pytest.fixture(scope="module")
def bundle():
    return extract([text for text, _, _ in CASES])


@pytest.mark.parametrize(("index", "name", "expected"), [(i, n, e) for i, (_, n, e) in enumerate(CASES)])
def test_a_place_named_in_context(bundle, index, name, expected):
    document = bundle.documents[index]
    mention = next((m for m in bundle.mentions if m.document == document.id and m.text == name), None)
    assert mention is not None and mention.geo is not None, (document.text, mention)
    assert (mention.geo.country, mention.geo.level) == expected, mention.geo


@pytest.mark.parametrize("text", [
    "The White House and Delta Air Lines declined to comment on the flights to Texas.",
    "Smith and Wesson said sales rose.",
])
def test_names_that_are_not_places_get_no_point(text):
    bundle = extract([text])
    assert all(m.geo is None for m in bundle.mentions if m.type == "ORG"), [(m.text, m.geo) for m in bundle.mentions]


def test_a_town_in_a_division_the_article_names_often_wins_over_a_bigger_namesake():
    gazetteer = default_gazetteer()
    kentucky = gazetteer.resolve("Kentucky")
    alone = gazetteer.resolve("Columbia", countries=("USA",))
    placed = gazetteer.resolve("Columbia", countries=("USA",), near={kentucky.geonames_id: 2})
    assert alone.geonames_id != placed.geonames_id
    assert kentucky.geonames_id in gazetteer.divisions_of(placed)


@pytest.mark.parametrize(("name", "expected"), [("Eta", None), ("Ur", None), ("NYC", 5128581), ("LA", 5368361),
                                                ("DC", 4140963), ("US", 6252001)])
def test_a_short_name_is_a_towns_own_name_or_a_big_towns_or_a_countrys(name, expected):
    """'Eta' is no variant of Etah nor 'Ur' of Uren'; 'NYC', 'LA', 'DC' and 'US' stay."""
    place = default_gazetteer().resolve(name, loose=False)
    assert (place.geonames_id if place is not None else None) == expected, place
