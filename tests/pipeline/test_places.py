"""The offline gazetteer: spellings, context, countries, curated places, and data files that fail loudly."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3

import pytest

from conflictgraph import gazetteer as gz
from conflictgraph.errors import KnowledgeError
from conflictgraph.gazetteer import GEONAMES_DIR, Gazetteer, default_gazetteer, normalize
from conflictgraph.model import PLACE_TYPES, Location

COUNTRIES = json.loads((GEONAMES_DIR / "countries.json").read_text(encoding="utf-8"))
BY_ISO3 = {c["iso3"]: c for c in COUNTRIES.values()}


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


# name, context countries, expected GeoNames id
CITIES = [
    ("Basra", ("IRQ",), 99532), ("Basrah", (), 99532), ("Basra", ("IRQ", "USA", "IRN"), 99532),
    ("Erbil", (), 95446), ("Arbil", (), 95446), ("Irbil", (), 95446), ("Hewler", (), 95446), ("Hewlêr", (), 95446),
    ("Kirkuk", ("IRQ",), 94787), ("Kirkuk city", (), 94787),
    ("Tehran", (), 112931), ("Teheran", ("IRN",), 112931),
    ("Mosul", (), 99072), ("Mawsil", (), 99072), ("Al-Mawsil", (), 99072), ("city of Mosul", (), 99072),
    ("Najaf", ("IRQ",), 98860), ("Najaf", ("IRN", "IRQ"), 98860),  # a village of 1,279 in Iran does not win
    ("Karbala", (), 94824), ("Kerbala", (), 94824),
    ("Fallujah", (), 99454), ("Falluja", (), 99454), ("Ramadi", (), 98717), ("Tikrit", (), 90150),
    ("Samarra", (), 91597), ("Baqubah", (), 97990), ("Baquba", (), 97990),
    ("Sulaymaniyah", (), 98463), ("Sulaimani", (), 98463), ("Slemani", (), 98463),
    ("Dohuk", (), 96994), ("Duhok", (), 96994), ("Hit", ("IRQ",), 95788), ("Hīt", (), 95788),
    ("Haditha", ("IRQ",), 96309), ("Qaim", (), 92138), ("Al-Qaim", (), 92138), ("Al Qa'im", (), 92138),
    ("Albu Kamal", (), 174448), ("Abu Kamal", (), 174448),
    ("Deir ez-Zor", (), 170794), ("Deir al-Zour", (), 170794), ("Deir Ezzor", (), 170794),
    ("Raqqa", (), 172955), ("Idlib", (), 169389), ("Aleppo", (), 170063), ("Damascus", ("SYR",), 170654),
    ("Damascus", (), 170654), ("Homs", (), 169577), ("Beirut", (), 276781), ("Sanaa", (), 71137),
    ("Sana'a", (), 71137), ("Sana’a", (), 71137), ("Riyadh", (), 108410), ("Doha", (), 290030),
    ("Kuwait City", (), 285787), ("Amman", (), 250441), ("Jerusalem", (), 281184), ("Tel Aviv", (), 293397),
    ("Gaza City", (), 281133), ("Ankara", (), 323786), ("Istanbul", (), 745044),
    ("Washington", ("USA",), 4140963), ("Washington", (), 4140963), ("Washington DC", (), 4140963),
    ("Washington, D.C.", (), 4140963), ("Washington", ("GBR",), 2634715),
    ("Paris", (), 2988507), ("Tripoli", ("LBN",), 266826), ("Tripoli", ("LBY",), 2210247),
    ("Tripoli", ("LB",), 266826),  # alpha-2 context is accepted too
]


@pytest.mark.parametrize(("name", "countries", "geonames_id"), CITIES)
def test_cities_and_their_spellings(gazetteer, name, countries, geonames_id):
    location = gazetteer.resolve(name, countries=countries)
    assert location is not None, name
    assert location.geonames_id == geonames_id, (name, countries, location)


def test_basra_in_a_pakistani_article(gazetteer):
    candidates = [c for c in gazetteer.lookup_all("Basra") if c.country == "PAK"]
    if not candidates:
        pytest.skip("cities500 has no Basra in Pakistan")
    location = gazetteer.resolve("Basra", countries=("PAK",))
    assert (location.country, location.geonames_id) == ("PAK", candidates[0].geonames_id)
    assert gazetteer.resolve("Basra", countries=("IRQ",)).geonames_id == 99532  # never the Pakistani one


def test_city_locations_carry_alpha3_and_coordinates(gazetteer):
    basra = gazetteer.resolve("Basra", countries=("IRQ",))
    assert basra.name == "Basrah" and basra.country == "IRQ"
    assert basra.lat == pytest.approx(30.51, abs=0.05) and basra.lon == pytest.approx(47.78, abs=0.05)


# name -> alpha-3
COUNTRY_NAMES = [
    ("Iraq", "IRQ"), ("Syria", "SYR"), ("Syrian Arab Republic", "SYR"), ("Iran", "IRN"),
    ("Islamic Republic of Iran", "IRN"), ("the United States", "USA"), ("United States", "USA"), ("US", "USA"),
    ("U.S.", "USA"), ("USA", "USA"), ("America", "USA"), ("UK", "GBR"), ("Britain", "GBR"), ("UAE", "ARE"),
    ("Russia", "RUS"), ("South Korea", "KOR"), ("North Korea", "PRK"), ("Turkey", "TUR"), ("Türkiye", "TUR"),
    ("Palestine", "PSE"), ("Jordan", "JOR"), ("Lebanon", "LBN"), ("Kuwait", "KWT"), ("the Netherlands", "NLD"),
]


@pytest.mark.parametrize(("name", "iso3"), COUNTRY_NAMES)
def test_countries_resolve_to_country_level_locations(gazetteer, name, iso3):
    location = gazetteer.resolve(name)
    country = BY_ISO3[iso3]
    assert location == Location(country["name"], iso3, location.lat, location.lon, country["geonameid"], "country")
    assert location.lat is not None and location.lon is not None


def test_country_beats_a_same_named_town_in_the_context_country(gazetteer):
    # Lebanon, Pennsylvania and Jordan, Minnesota exist; in an article naming the US they are still the states.
    assert gazetteer.resolve("Lebanon", countries=("USA",)).country == "LBN"
    assert gazetteer.resolve("Jordan", countries=("USA", "IRQ")).country == "JOR"


def test_iraq_is_the_country_with_its_centroid(gazetteer):
    iraq = gazetteer.resolve("Iraq")
    assert (iraq.country, iraq.geonames_id) == ("IRQ", 99237)
    assert 29 < iraq.lat < 37 and 38 < iraq.lon < 49


def test_every_country_has_a_centroid(gazetteer):
    for country in COUNTRIES.values():
        location = gazetteer.resolve(country["name"])
        assert location is not None and location.country == country["iso3"], country["name"]
        assert location.lat is not None and location.lon is not None, country["name"]


# name, context, expected (name, alpha-3), expected mention type
CURATED = [
    ("K-1 Air Base", (), ("K-1 Air Base", "IRQ"), "FAC"),
    ("K-1", ("IRQ",), ("K-1 Air Base", "IRQ"), "FAC"),
    ("K1 Air Base", (), ("K-1 Air Base", "IRQ"), "FAC"),
    ("Ain al-Asad", (), ("Ain al-Asad Air Base", "IRQ"), "FAC"),
    ("Ain al Asad", (), ("Ain al-Asad Air Base", "IRQ"), "FAC"),
    ("Ayn al-Asad", (), ("Ain al-Asad Air Base", "IRQ"), "FAC"),
    ("AIN AL-ASAD AIR BASE", (), ("Ain al-Asad Air Base", "IRQ"), "FAC"),
    ("the Green Zone", (), ("Green Zone", "IRQ"), "LOC"),
    ("International Zone", (), ("Green Zone", "IRQ"), "LOC"),
    ("Anbar province", (), ("Anbar Governorate", "IRQ"), "GPE"),
    ("Anbar", ("IRQ",), ("Anbar Governorate", "IRQ"), "GPE"),
    ("Al-Anbar", (), ("Anbar Governorate", "IRQ"), "GPE"),
    ("Province of Anbar", (), ("Anbar Governorate", "IRQ"), "GPE"),
    ("Basra province", (), ("Basra Governorate", "IRQ"), "GPE"),
    ("Nineveh", ("IRQ",), ("Nineveh Governorate", "IRQ"), "GPE"),
    ("Ninawa", (), ("Nineveh Governorate", "IRQ"), "GPE"),
    ("Kurdistan Region", (), ("Kurdistan Region", "IRQ"), "GPE"),
    ("Iraqi Kurdistan", (), ("Kurdistan Region", "IRQ"), "GPE"),
    ("Kurdistan", ("IRQ",), ("Kurdistan Region", "IRQ"), "GPE"),
    ("Kurdistan", ("IRN",), ("Kurdistan Province", "IRN"), "GPE"),
    ("Al-Tanf", (), ("Al-Tanf garrison", "SYR"), "FAC"),
    ("Tower 22", (), ("Tower 22", "JOR"), "FAC"),
    ("Al Udeid", (), ("Al Udeid Air Base", "QAT"), "FAC"),
    ("Q-West", (), ("Qayyarah Airfield West", "IRQ"), "FAC"),
    ("Baghdad International Airport", (), ("Baghdad International Airport", "IRQ"), "FAC"),
    ("U.S. Embassy in Baghdad", (), ("US Embassy Baghdad", "IRQ"), "FAC"),
    ("Tahrir Square", ("IRQ",), ("Tahrir Square", "IRQ"), "LOC"),
    ("Tahrir Square", ("EGY",), ("Tahrir Square", "EGY"), "LOC"),
    ("Gaza", (), ("Gaza Strip", "PSE"), "GPE"),
    ("Golan Heights", ("ISR",), ("Golan Heights", "SYR"), "LOC"),
    ("Strait of Hormuz", (), ("Strait of Hormuz", None), "LOC"),
    ("Middle East", ("USA",), ("Middle East", None), "LOC"),  # not Middle East, a hamlet in the US
    ("Syrian border", ("IRQ",), ("Iraq–Syria border", None), "LOC"),
    ("Syrian border", ("LBN",), ("Lebanon–Syria border", None), "LOC"),
]


@pytest.mark.parametrize(("name", "countries", "expected", "kind"), CURATED)
def test_curated_places(gazetteer, name, countries, expected, kind):
    location = gazetteer.resolve(name, countries=countries)
    assert location is not None, name
    assert (location.name, location.country) == expected
    assert gazetteer.kind(name) == kind


def test_k1_has_kirkuk_coordinates(gazetteer):
    k1 = gazetteer.resolve("K-1 Air Base")
    kirkuk = gazetteer.resolve("Kirkuk")
    assert (k1.lat, k1.lon) == (35.5154, 44.2828) and k1.geonames_id is None
    assert abs(k1.lat - kirkuk.lat) < 0.2 and abs(k1.lon - kirkuk.lon) < 0.2


@pytest.mark.parametrize("name", ["Baghdad", "Iraq", "Basra", "Xyzzyplugh", "", "Sinjar", "Asad", "al-Asad", "Assad"])
def test_kind_is_none_unless_a_curated_place(gazetteer, name):
    assert gazetteer.kind(name) is None


@pytest.mark.parametrize("name", ["Xyzzyplugh", "Qwertzuiopland", "", "   ", "---", "بغداد", "Basra Xyzzyplugh"])
def test_nonsense_resolves_to_none(gazetteer, name):
    assert gazetteer.resolve(name) is None
    assert gazetteer.lookup_all(name) == []


def test_lookup_all_lists_every_candidate_best_first(gazetteer):
    ids = [location.geonames_id for location in gazetteer.lookup_all("Tripoli")]
    assert ids[0] == 2210247 and 266826 in ids[1:3] and len(ids) == len(set(ids)) >= 3  # [1]: Libya's district
    ids = [location.geonames_id for location in gazetteer.lookup_all("Tripoli", countries=("LBN",))]
    assert ids[0] == 266826 and 2210247 in ids[1:3]


def test_resolve_returns_a_fresh_location(gazetteer):
    gazetteer.resolve("Mosul").name = "changed"
    assert gazetteer.resolve("Mosul").name == "Mosul"


def _resolve_id(name: str) -> int | None:
    location = default_gazetteer().resolve(name)
    return location.geonames_id if location else None


def test_resolves_in_a_forked_child(gazetteer):
    """A child process inherits the loaded gazetteer; it must not share the parent's SQLite connection."""
    assert gazetteer.resolve("Mosul").geonames_id == 99072  # the parent has its connection open
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.map(_resolve_id, ["Kirkuk", "Ramadi", "Mosul"]) == [94787, 98717, 99072]


def test_names_lists_curated_surfaces_with_their_type(gazetteer):
    names = list(gazetteer.names())
    assert ("Green Zone", "LOC") in names and ("K-1 Air Base", "FAC") in names and ("K-1", "FAC") in names
    assert ("Kurdistan Region", "GPE") in names
    assert all(kind in PLACE_TYPES for _, kind in names) and len(names) == len(set(names))
    assert not any(name == "Baghdad" for name, _ in names)  # GeoNames cities are left to spaCy


def test_every_curated_name_resolves_to_its_place_in_its_context(gazetteer):
    """No alias is silently shadowed: with its own countries as context, each surface finds its record."""
    for place, surfaces in gazetteer._curated:
        for surface in surfaces:
            location = gazetteer.resolve(surface, countries=place.context)
            assert location is not None, surface
            if place.geonames_id is not None:
                assert location.geonames_id == place.geonames_id, (surface, location)
            else:
                assert (location.name, location.country) == (place.name, place.country), (surface, location)


@pytest.mark.parametrize(("a", "b"), [
    ("Ain al-Asad", "ain al asad"), ("Ain al-Asad", "Ain al‐Asad"), ("Sana'a", "Sana’a"), ("Hīt", "Hit"),
    ("the Green Zone", "Green Zone"), ("U.S.", "US"), ("Washington, D.C.", "washington dc"), ("Dar‘ā", "Dara"),
])
def test_normalize_folds_spelling_noise(a, b):
    assert normalize(a) == normalize(b)


# --- data files: a bad record names the file, the line, the place and the problem --------------------------------

K1 = """\
- name: K-1 Air Base
  type: FAC
  aliases: [K-1]
  country: IRQ
  lat: {lat}
  lon: 44.2828
  geonames_id: null
"""


@pytest.mark.parametrize(("text", "message"), [
    (K1.format(lat=135.5), r"places\.yaml line 1: 'K-1 Air Base': lat 135\.5 is out of range"),
    (K1.format(lat="'35.5'"), r"'K-1 Air Base': lat '35\.5' is not a number"),
    (K1.format(lat="true"), r"'K-1 Air Base': lat True is not a number"),
    (K1.format(lat=35.5).replace("  lon: 44.2828\n", ""), r"line 1: 'K-1 Air Base': lacks lon"),
    (K1.format(lat=35.5).replace("lon:", "lng:"), r"'K-1 Air Base': (lacks lon|has unknown field)"),
    (K1.format(lat=35.5).replace("type: FAC", "type: BASE"), r"'K-1 Air Base': type 'BASE' is not one of GPE, LOC"),
    (K1.format(lat=35.5).replace("country: IRQ", "country: IQ"), r"'K-1 Air Base': country 'IQ' is not an ISO alpha-3"),
    (K1.format(lat=35.5).replace("aliases: [K-1]", "aliases: K-1"), r"'K-1 Air Base': aliases must be a list"),
    (K1.format(lat=35.5).replace("null", "'99532'"), r"'K-1 Air Base': geonames_id '99532' is not a positive integer"),
    (K1.format(lat=35.5) + K1.format(lat=35.6), r"line 8: 'K-1 Air Base': is listed twice for IRQ \(first at line 1\)"),
    ("- name: [unclosed\n", r"places\.yaml line 2: is not valid YAML"),
    ("name: K-1 Air Base\n", r"places\.yaml line 1: must hold a list of places"),
    ("- K-1 Air Base\n", r"each place must be a mapping"),
])
def test_bad_places_file(tmp_path, text, message):
    path = tmp_path / "places.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=message) as caught:
        Gazetteer.load(extra=[path])
    assert isinstance(caught.value, KnowledgeError) and str(path) in str(caught.value)


def test_second_record_error_names_its_line(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(K1.format(lat=35.5) + K1.format(lat=-91).replace("K-1 Air Base", "K-2"), encoding="utf-8")
    with pytest.raises(ValueError, match=r"mine\.yaml line 8: 'K-2': lat -91 is out of range"):
        Gazetteer.load(extra=[path])


def test_extra_places_file_adds_places(tmp_path):
    path = tmp_path / "extra.yaml"
    path.write_text("- name: Camp Nowhere\n  type: FAC\n  aliases: [Nowhere base]\n  country: IRQ\n"
                    "  lat: 33.1\n  lon: 43.2\n", encoding="utf-8")
    extended = Gazetteer.load(extra=[path])
    assert extended.resolve("Nowhere base") == Location("Camp Nowhere", "IRQ", 33.1, 43.2, None, "facility")
    assert extended.kind("Camp Nowhere") == "FAC" and ("Camp Nowhere", "FAC") in list(extended.names())
    assert extended.resolve("Basra", countries=("IRQ",)).geonames_id == 99532


@pytest.mark.parametrize(("line", "message"), [
    ("IRQ\t133.0\t44.0", r"line 1: 'IRQ': lat 133\.0 or lon 44\.0 is out of range"),
    ("IRQ\tnorth\t44.0", r"'IRQ': lat 'north' or lon '44\.0' is not a number"),
    ("IRK\t33.0\t44.0", r"'IRK': is not an ISO alpha-3 code"),
    ("IRQ 33.0 44.0", r"'IRQ 33\.0 44\.0': needs alpha-3, lat, lon"),
    ("IRQ\t33.0\t44.0\nIRQ\t33.0\t44.0", r"line 2: 'IRQ': is listed twice"),
])
def test_bad_centroids_file(tmp_path, line, message):
    path = tmp_path / "country_centroids.tsv"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        gz.read_centroids(path, set(BY_ISO3))


# --- the packaged index ---------------------------------------------------------------------------------------------


def test_index_ships_in_the_package_and_nothing_is_built(tmp_path, monkeypatch):
    """The GeoNames index is package data, opened read-only: loading writes no cache and builds nothing."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert gz.index_path() == gz.DATA_DIR / "gazetteer.sqlite" and gz.index_path().is_file()
    fresh = Gazetteer.load()
    assert fresh.resolve("Mosul").geonames_id == 99072
    assert list(tmp_path.iterdir()) == []
    con = sqlite3.connect(f"file:{gz.index_path()}?mode=ro", uri=True)
    levels = dict(con.execute("SELECT level, count(*) FROM place GROUP BY level").fetchall())
    assert levels["admin1"] > 3500 and levels["admin2"] > 20000 and levels["city"] > 200000 and levels["region"] >= 7


def test_curated_file_is_valid_and_covers_the_brief(gazetteer):
    names = {name for name, _ in gazetteer.names()}
    for required in ["Ain al-Asad Air Base", "K-1 Air Base", "Camp Taji", "Balad Air Base", "Camp Victory",
                     "Union III", "Harir Air Base", "Erbil Air Base", "Al-Tanf garrison", "Conoco gas field",
                     "Green Village", "Rmelan Landing Zone", "Shaddadi base", "Tower 22", "Al Udeid Air Base",
                     "Ali Al Salem Air Base", "Camp Arifjan", "Camp Buehring", "Prince Sultan Air Base",
                     "Muwaffaq Salti Air Base", "Incirlik Air Base", "Camp Lemonnier", "Qayyarah Airfield West",
                     "Camp Speicher", "Bashur Airfield", "Camp Habbaniyah", "Al Taqaddum Air Base", "Camp Dwyer",
                     "Baghdad International Airport", "Erbil International Airport", "Basra International Airport",
                     "Najaf International Airport", "Damascus International Airport", "Beirut airport",
                     "Imam Khomeini International Airport", "Green Zone", "US Embassy Baghdad",
                     "US Consulate General Basra", "US Consulate Erbil", "Iranian Consulate Basra",
                     "Iranian Consulate Najaf", "Iranian Consulate Karbala", "US Embassy Beirut", "US Embassy Damascus",
                     "US Embassy Tehran", "Khuzestan Province", "Ilam Province", "Kermanshah Province",
                     "Kurdistan Province", "West Azerbaijan Province", "Nineveh Plains", "Sinjar District",
                     "Euphrates River Valley", "Iran–Iraq border", "Syrian border", "Middle East", "Levant",
                     "Persian Gulf", "Strait of Hormuz", "Golan Heights", "Tahrir Square", "Kurdistan Region"]:
        assert required in names, required
    governorates = [p for p, _ in gazetteer._curated if p.name.endswith("Governorate")]
    assert sum(p.country == "IRQ" for p in governorates) >= 18 and sum(p.country == "SYR" for p in governorates) == 14
