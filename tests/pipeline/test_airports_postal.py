"""Airports in the gazetteer (airportsdata's, built into the index) and postal abbreviations of divisions after a
town ("LOUISVILLE, KY --", "Brisbane, Qld"): issue 12's airports and datelines."""

from __future__ import annotations

import pytest

from conflictgraph import extract
from conflictgraph.gazetteer import default_gazetteer, distance_km


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer()


# (name, the document's countries, (country, level) of the place, a point it lies within 30 km of, or None)
AIRPORTS = [
    # the bare name of an airport, where the article is about its country; a town of the name elsewhere otherwise
    ("Heathrow", ("GBR",), ("GBR", "facility"), (51.47, -0.45)),
    ("Heathrow", ("USA",), ("USA", "city"), None),
    ("Heathrow", (), ("USA", "city"), None),
    # a bare name no town has
    ("Gatwick", (), ("GBR", "facility"), (51.15, -0.19)),
    ("Schiphol Airport", (), None, None),  # airportsdata: "Amsterdam Airport Schiphol"; no name is made up
    # the name without its town, with or without "International"
    ("Pearson International Airport", (), ("CAN", "facility"), (43.68, -79.63)),
    ("Pearson Airport", ("CAN",), ("CAN", "facility"), (43.68, -79.63)),
    ("Macdonald-Cartier International Airport", (), ("CAN", "facility"), (45.32, -75.67)),
    ("Heathrow Airport", (), ("GBR", "facility"), (51.47, -0.45)),
    ("Newark Liberty International Airport", (), ("USA", "facility"), (40.69, -74.17)),
    # a curated airport keeps its record
    ("Baghdad International Airport", (), ("IRQ", "facility"), (33.26, 44.23)),
    # the airport's town keeps its name: "Hodeidah" is Al Hudaydah, not Hodeidah International Airport
    ("Hodeidah", (), ("YEM", "city"), None),
    ("Erbil", (), ("IRQ", "city"), None),
    ("Kahramanmaras", (), ("TUR", "city"), None),
]


@pytest.mark.parametrize(("name", "countries", "expected", "near"), AIRPORTS)
def test_airports(gazetteer, name, countries, expected, near):
    place = gazetteer.resolve(name, countries=countries)
    if expected is None:
        assert place is None or place.level != "facility", place
        return
    assert place is not None and (place.country, place.level) == expected, place
    if near is not None:
        assert distance_km(place.lat, place.lon, *near) < 30, place
    if place.level == "facility":
        assert place.geonames_id is None  # airportsdata has no GeoNames ids: none is made up


@pytest.mark.parametrize("name", ["Regional Airport", "International Airport", "Municipal Airport", "Air Base",
                                  "Island Airport", "State Airport", "Capital"])
def test_a_kind_of_airport_names_none(gazetteer, name):
    place = gazetteer.resolve(name)
    assert place is None or place.level != "facility", place


@pytest.mark.parametrize(("code", "expected"), [
    ("KY", ["Kentucky"]), ("Ky", ["Kentucky"]), ("QLD", ["Queensland"]), ("Qld", ["Queensland"]),
    ("AB", ["Alberta"]), ("NSW", ["New South Wales"]), ("WA", ["Washington", "Western Australia"]),
    ("ky", []), ("K", []), ("KENT", []), ("Ky.", []),
])
def test_postal_abbreviations(gazetteer, code, expected):
    assert [place.name for place in gazetteer.postal(code)] == expected


# (text, the mention, the division it is, or None: no place mention of that text)
POSTAL = [
    ("FRANKFORT, KY (AP) -- Lawmakers passed the budget on Friday.", "KY", "Kentucky"),
    ("BOWLING GREEN, Ky -- A barn burned overnight, firefighters said.", "Ky", "Kentucky"),
    ("TOWNSVILLE, QLD — Floodwaters rose overnight.", "QLD", "Queensland"),
    ("The plant in Lexington, KY, closed on Monday.", "KY", "Kentucky"),
    ("Police in Cairns, Qld, arrested a man.", "Qld", "Queensland"),
    ("Workers in Edmonton, AB, walked out on Monday.", "AB", "Alberta"),
    # an abbreviation as news writes it, after a town spaCy took for something else: both are places
    ("A stray horse was found near Vermilion, Alta., on Sunday.", "Alta.", "Alberta"),
    ("Two stray horses were found near Vermilion, Alta., on Monday.", "Vermilion", None),
    ("Residents of Churchill, Man. saw the bears.", "Man.", "Manitoba"),
    ("A family from Estevan, Sask. lost their home.", "Sask.", "Saskatchewan"),
    ("They moved to Orillia, Ont., last spring.", "Ont.", "Ontario"),
    # the code names no division holding the town, or the sentence goes on: no place
    ("Police in Cairns, KY, arrested a man.", "KY", None),
    ("Crowds in Calgary, AB marched downtown.", "AB", None),
    ("He met Smith, ME and others at the hotel.", "ME", None),
]


@pytest.fixture(scope="module")
def postal_bundle():
    return extract([text for text, _, _ in POSTAL])


@pytest.mark.parametrize(("index", "name", "expected"), [(i, n, e) for i, (_, n, e) in enumerate(POSTAL)])
def test_a_postal_abbreviation_after_its_town(postal_bundle, index, name, expected):
    document = postal_bundle.documents[index]
    mention = next((m for m in postal_bundle.mentions if m.document == document.id and m.text == name), None)
    if expected is None and name[0].isupper() and name[1:].islower():  # the town before the abbreviation
        assert mention is not None and mention.geo is not None and mention.geo.level == "city", mention
        return
    if expected is None:
        assert mention is None or mention.geo is None or mention.geo.level != "admin1", mention
        return
    assert mention is not None and mention.geo is not None, (document.text, mention)
    assert (mention.geo.name, mention.geo.level) == (expected, "admin1"), mention.geo


# A qualifier followed by a word that opens a clause or a phrase still qualifies ("Queensland, Australia when ...");
# one followed by a word it modifies does not ("in Russia, U.S. officials said").
QUALIFIED = [
    ("She trains in Calgary and Edmonton. She was champion of Victoria, Australia when she was nine.", "Victoria",
     ("AUS", "admin1")),
    ("The family left Perth, Australia in 2015 and settled in Winnipeg, Manitoba.", "Perth", ("AUS", "city")),
    ("Shelling hit Tripoli, Lebanon on Monday, officials in Beirut said.", "Tripoli", ("LBN", "city")),
    ("Troops were seen in Russia, U.S. officials said.", "Russia", ("RUS", "country")),
]


@pytest.fixture(scope="module")
def qualified_bundle():
    return extract([text for text, _, _ in QUALIFIED])


@pytest.mark.parametrize(("index", "name", "expected"), [(i, n, e) for i, (_, n, e) in enumerate(QUALIFIED)])
def test_a_qualifier_before_a_clause(qualified_bundle, index, name, expected):
    document = qualified_bundle.documents[index]
    mention = next(m for m in qualified_bundle.mentions if m.document == document.id and m.text == name)
    assert mention.geo is not None and (mention.geo.country, mention.geo.level) == expected, mention.geo


@pytest.mark.parametrize(("after", "qualifier"), [
    (", Australia when she was nine", "Australia"),
    (", Syria on Monday", "Syria"),
    (", Ga. and Macon", "Ga."),
    (", New South Wales, in 2015", "New South Wales"),
    (", U.S. officials said", None),
    (", Ontario protested", None),
])
def test_the_qualifier_pattern(after, qualifier):
    from conflictgraph.pipeline.places import _QUALIFIER

    match = _QUALIFIER.match(after)
    assert (match[1] if match else None) == qualifier
