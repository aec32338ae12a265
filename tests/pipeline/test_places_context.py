"""Places anywhere: divisions, regions, abbreviations and common words in the gazetteer, and the context an
article gives (qualifiers, its other places, its states) in the places stage."""

from __future__ import annotations

import pytest

from conflictgraph import extract
from conflictgraph.gazetteer import Gazetteer, default_gazetteer
from conflictgraph.model import Location


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


# name, context countries, expected (alpha-3, GeoNames id or None for a curated region, level)
AMBIGUOUS = [
    ("Victoria", ("AUS",), ("AUS", 2145234, "admin1")), ("Victoria", ("CAN",), ("CAN", 6174041, "city")),
    ("Victoria", ("SYC",), ("SYC", 241131, "city")),
    ("Hyderabad", ("PAK",), ("PAK", 1176734, "city")), ("Hyderabad", ("IND",), ("IND", 1269843, "city")),
    ("Punjab", ("PAK",), ("PAK", 1167710, "admin1")), ("Punjab", ("IND",), ("IND", 1259223, "admin1")),
    ("Cordoba", ("ARG",), ("ARG", 3860259, "city")), ("Cordoba", ("ESP",), ("ESP", 2519240, "city")),
    ("Perth", ("AUS",), ("AUS", 2063523, "city")), ("Perth", ("GBR",), ("GBR", 2640358, "city")),
    ("San Jose", ("CRI",), ("CRI", 3621849, "city")), ("San Jose", ("USA",), ("USA", 5392171, "city")),
    ("Valencia", ("VEN",), ("VEN", 3625549, "city")), ("Valencia", ("ESP",), ("ESP", 2509954, "city")),
    ("Alexandria", ("EGY",), ("EGY", 361058, "city")),
    ("Tripoli", ("LBN",), ("LBN", 266826, "city")), ("Tripoli", ("LBY",), ("LBY", 2210247, "city")),
    ("Georgia", (), ("GEO", 614540, "country")), ("Georgia", ("USA",), ("GEO", 614540, "country")),
    ("Paris", (), ("FRA", 2988507, "city")), ("Homs", (), ("SYR", 169577, "city")),
    ("Aleppo", (), ("SYR", 170063, "city")), ("Kandahar", (), ("AFG", 1138336, "city")),
]


@pytest.mark.parametrize(("name", "countries", "expected"), AMBIGUOUS)
def test_ambiguous_names_follow_their_context(gazetteer, name, countries, expected):
    location = gazetteer.resolve(name, countries=countries)
    assert location is not None and (location.country, location.geonames_id, location.level) == expected


# first- and second-level divisions, named as news names them
DIVISIONS = [
    ("Missouri", ("USA", 4398678, "admin1")), ("Texas", ("USA", 4736286, "admin1")),
    ("California", ("USA", 5332921, "admin1")), ("Alberta", ("CAN", 5883102, "admin1")),
    ("Ontario", ("CAN", 6093943, "admin1")), ("Queensland", ("AUS", 2152274, "admin1")),
    ("Bavaria", ("DEU", 2951839, "admin1")), ("Sindh", ("PAK", 1164807, "admin1")),
    ("Khyber Pakhtunkhwa", ("PAK", 1168873, "admin1")), ("Borno State", ("NGA", 2346794, "admin1")),
    ("Tigray", ("ETH", 444187, "admin1")), ("North Darfur", ("SDN", 408666, "admin1")),
    ("Donetsk Oblast", ("UKR", 709716, "admin1")), ("Kirkuk province", ("IRQ", 98410, "admin1")),
    ("Idlib province", ("SYR", 169387, "admin1")), ("Fulton County", ("USA", 4196508, "admin2")),
    ("Cook County", ("USA", 4888671, "admin2")), ("Gaza", ("PSE", 281132, "admin1")),
]


@pytest.mark.parametrize(("name", "expected"), DIVISIONS)
def test_divisions(gazetteer, name, expected):
    location = gazetteer.resolve(name)
    assert location is not None and (location.country, location.geonames_id, location.level) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Asia", 6255147), ("Europe", 6255148), ("Africa", 6255146), ("South America", 6255150),
    ("Middle East", None), ("North Africa", None), ("Korean Peninsula", None), ("Balkans", None), ("Sahel", None),
    ("Horn of Africa", None), ("Darfur", None),
])
def test_continents_and_regions(gazetteer, name, expected):
    location = gazetteer.resolve(name, countries=("USA",))  # never a namesake hamlet in the context country
    assert location is not None and location.level == "region" and location.geonames_id == expected, location


@pytest.mark.parametrize(("abbreviation", "name"), [
    ("Calif.", "California"), ("Md.", "Maryland"), ("N.M.", "New Mexico"), ("Va.", "Virginia"), ("Ga.", "Georgia"),
    ("W.Va.", "West Virginia"), ("Ky.", "Kentucky"), ("B.C.", "British Columbia"), ("Ont.", "Ontario"),
])
def test_abbreviations_are_divisions(gazetteer, abbreviation, name):
    location = gazetteer.resolve(abbreviation)
    assert location is not None and location.level == "admin1" and location.name == name


@pytest.mark.parametrize("word", ["Street", "Valley", "Cathedral", "Broadway", "Square", "the Valley", "Eastern"])
def test_common_words_are_not_places(gazetteer, word):
    assert gazetteer.is_common_word(word) and gazetteer.resolve(word) is None


def test_a_named_place_in_a_division_makes_the_division_win(gazetteer):
    atlanta = gazetteer.resolve("Atlanta")
    near = gazetteer.divisions_of(atlanta)
    assert near == (4197000,)
    assert gazetteer.resolve("Georgia", countries=("USA",), near=near).level == "admin1"


@pytest.mark.parametrize(("name", "expected"), [
    ("Church Street", None), ("Wall Street", None), ("Fore Street", None),
    ("College Station", "USA"), ("St. Louis", "USA"), ("Tahrir Square", "IRQ"),
])
def test_a_street_is_no_hamlet_of_its_name(gazetteer, name, expected):
    location = gazetteer.resolve(name)
    assert (location.country if location else None) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Far North Queensland", 2152274), ("North London", 2643743), ("northern Syria", 163843),
    ("North Korea", 1873107), ("West Virginia", 4826850), ("South Pacific", None),  # not Pacific, a US hamlet
])
def test_a_direction_names_part_of_a_place(gazetteer, name, expected):
    location = gazetteer.resolve(name)
    assert (location.geonames_id if location else None) == expected


def test_qualifier_keeps_the_candidates_inside_it(gazetteer):
    georgia = gazetteer.division("US-GA")
    assert georgia is not None and georgia.name == "Georgia"
    assert gazetteer.resolve("Rome").country == "ITA"
    assert gazetteer.resolve("Rome", within=georgia).geonames_id == 4219762  # Rome, Georgia
    assert gazetteer.resolve("Rome", within=gazetteer.country("ITA")).country == "ITA"


# --- the places stage: what the article says ---------------------------------------------------------------------


def geos(text: str) -> dict[str, Location | None]:
    bundle = extract([text])
    return {m.text: m.geo for m in bundle.mentions if m.geo is not None or m.type in ("GPE", "LOC", "FAC")}


def test_rome_ga_is_in_georgia():
    found = geos("Police in Rome, Ga., said the man was arrested on Tuesday.")
    assert found["Rome"].geonames_id == 4219762 and found["Ga."].level == "admin1"


def test_georgia_next_to_atlanta_is_the_state():
    found = geos("Officials in Atlanta said the storm would reach the rest of Georgia by night.")
    assert (found["Atlanta"].country, found["Georgia"].level) == ("USA", "admin1")


def test_tripoli_in_a_story_on_lebanon():
    found = geos("Clashes in Tripoli killed two people. Officials in Beirut said the army would deploy across "
                 "northern Lebanon.")
    assert found["Tripoli"].geonames_id == 266826


def test_designator_after_the_mention_makes_it_the_division():
    found = geos("Fighting spread across Idlib province on Monday, the monitor in Syria said.")
    place = next(v for k, v in found.items() if k.startswith("Idlib"))
    assert place.level == "admin1" and place.geonames_id == 169387


def test_demonym_of_a_named_state_points_at_it():
    found = geos("A Turkish soldier was killed, officials in Ankara said.")
    assert found["Turkish"].level == "country" and found["Turkish"].country == "TUR"


def test_common_word_mention_gets_no_point():
    found = geos("Crowds gathered on Broadway in Manhattan.")
    assert found.get("Broadway") is None and found["Manhattan"] is not None


def test_a_country_is_never_qualified_and_a_sentence_going_on_is_no_qualifier():
    found = geos("He reported on the ties in Russia, U.S. officials said on Wednesday.")
    assert found["Russia"].level == "country" and found["Russia"].country == "RUS"
    found = geos("Talks in Syria, Iraq and Iran failed.")
    assert [found[n].level for n in ("Syria", "Iraq", "Iran")] == ["country"] * 3


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("BERLIN — Robert Gentz stepped off a plane on Monday.", "BERLIN", ("DEU", "city")),
    ("NEWARK, N.J. (AP) - The airline apologized on Monday.", "N.J.", ("USA", "admin1")),
])
def test_dateline_places(text, name, expected):
    found = geos(text)
    assert (found[name].country, found[name].level) == expected


def test_transliteration_guesses(gazetteer):
    assert gazetteer.resolve("Hodeidah").geonames_id == 79415  # GeoNames: Al Hudaydah
    assert gazetteer.resolve("Hodeidah governorate").geonames_id == 79416
    assert gazetteer.resolve("Qandahar").geonames_id == 1138336
    assert gazetteer.resolve("Hodeidah", countries=("SYR",)) is None  # a guess only in the article's countries
    assert gazetteer.resolve("Hodeidah", loose=False) is None
