"""The gazetteer's knowledge files: curated places (places.yaml, regions.yaml, a user's own), country points and
names (country_centroids.tsv), state and province abbreviations, and words that are never places."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import yaml

from .errors import KnowledgeError
from .model import PLACE_TYPES, Location

_FOLD = str.maketrans({"ı": "i", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th",
                       "ð": "d", "ħ": "h", "’": "", "‘": "", "ʼ": "", "ʻ": "", "ʿ": "", "ʾ": "", "´": ""})
_DROP, _NON_ALNUM = re.compile(r"['`.]"), re.compile(r"[^0-9a-z]+")  # "Qa'im" = "Qaim", "U.S." = "US"
_AREAS = "province|governorate|region|state|county|district|oblast|prefecture|department|municipality"
_DESIGNATED = re.compile(rf"^(?:(?P<pre>city|{_AREAS}) of )?(?P<core>.+?)(?: (?P<suf>{_AREAS}|city))?$")
# A part of a place named by its direction, tried after the whole name: "North London" is in London.
_PART_OF = re.compile(r"(?:far )?(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|"
                      r"north ?east|north ?west|south ?east|south ?west|northeastern|northwestern|southeastern|"
                      r"southwestern) ")
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


def division_core(name: str) -> tuple[str, bool]:
    """A division's name without the word that says what kind of area it is, folded ("Anbar Governorate" and
    "Anbar Province" are "anbar"), and whether the name carried such a word."""
    base = normalize(name)
    match = _DESIGNATED.match(base)
    if match and (designator := match["pre"] or match["suf"]) and designator != "city" and match["core"] != base:
        return match["core"], True
    return base, False


def index_keys(name: str, articles: bool = True) -> list[tuple[str, str | None]]:
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
    if (part := _PART_OF.match(base)) and part.end() < len(base):  # "Far North Queensland", "northern Syria"
        keys.append((base[part.end():], "part"))
    return list(dict.fromkeys(keys))


_VARIES = str.maketrans("q", "k", "aeiouyhw")  # what transliterations of one name disagree on most


def skeleton(key: str) -> str:
    """A looser key for transliterations: no leading article, first letter kept, then no vowels, h, w or y, q as k
    ("hodeidah", "al hudaydah", "hudaida" are all "hdd"); "" for names too short to tell apart this way."""
    text = _bare(key)
    loose = consonants(key)
    return loose if len(text) >= 6 and len(loose) >= 3 else ""


def consonants(key: str) -> str:
    """The skeleton of a name of any length: "haris" and "heris" are one name spelt two ways ("hrs")."""
    text = _bare(key)
    return text[:1].translate({ord("q"): "k"}) + text[1:].translate(_VARIES)


_VOWELS = re.compile(r"[aeiouy]+")


def same_sounds(key: str, other: str) -> bool:
    """Whether two keys of one skeleton may spell one name: transliterations disagree on vowels, h, w and y, not
    on how many syllables a name has ("hodeidah" and "al hudaydah" have three each; "karabilah", a town in Anbar,
    has four to "karbala"'s three)."""
    a, b = (_bare(k) for k in (key, other))
    return len(_VOWELS.findall(a)) == len(_VOWELS.findall(b))


def _bare(key: str) -> str:
    words = key.split()
    return "".join(words[1:] if len(words) > 1 and words[0] in _ARTICLES else words)


class PlacesError(KnowledgeError, ValueError):
    """A malformed places or centroids file; a ValueError too, for callers that catch that."""


LEVELS = ("country", "admin1", "admin2", "city", "facility", "region")
DEFAULT_LEVEL = {"FAC": "facility", "LOC": "region", "GPE": "city"}  # a curated place's level unless it says


@dataclass(frozen=True, slots=True)
class Place:
    """A place the gazetteer ranks for a name: a GeoNames country, division or town, or a curated place."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    feature: str  # country, capital, city, admin1, admin2, continent or curated
    weight: float  # feature bonus + log10(population + 1)
    context: tuple[str, ...] = ()  # the countries that earn it the context bonus
    type: str | None = None  # GPE/LOC/FAC of a curated place
    order: int = 0  # file order of curated places: the tie-breaker
    level: str | None = None  # country, admin1, admin2, city, facility or region
    admin1: int | None = None  # the GeoNames id of the first-level division it lies in
    population: int = 0  # GeoNames's (a division's: the sum of its towns')

    def location(self) -> Location:
        # A fresh Location per call: callers may mutate theirs.
        return Location(self.name, self.country, self.lat, self.lon, self.geonames_id, self.level)


Named = list[tuple[Place, list[str]]]  # places with their surface names, the first being their own
CURATED_WEIGHT = 14.0  # curated places outrank same-named GeoNames places: a curator listed them for this domain


_LINE = "__line__"
PLACE_FIELDS = {"name", "type", "country", "lat", "lon"}
OPTIONAL_PLACE_FIELDS = {"aliases", "countries", "geonames_id", "level", _LINE}


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe YAML loader that records the line each mapping starts on, for error messages."""

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        return {**super().construct_mapping(node, deep=deep), _LINE: node.start_mark.line + 1}


def read_places(path: Path, codes: set[str], start: int = 0) -> Named:
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


def _parse_place(item: dict[str, Any], path: Path, codes: set[str], order: int) -> tuple[Place, list[str]]:
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
    if (level := item.get("level", DEFAULT_LEVEL[item["type"]])) not in LEVELS:
        fail(f"level {level!r} is not one of {', '.join(LEVELS)}")
    place = Place(name.strip(), country, float(item["lat"]), float(item["lon"]), gid, "curated", CURATED_WEIGHT,
                  tuple(dict.fromkeys(c for c in [country, *context] if c)), item["type"], order, level)
    return place, [name.strip(), *(a.strip() for a in aliases)]


def read_centroids(path: Path, codes: set[str]) -> dict[str, tuple[float, float, list[str]]]:
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




def read_abbreviations(path: Path) -> dict[str, str]:
    """Abbreviation as written (with its dots) -> ISO 3166-2 code, from a tab-separated file."""
    table: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not re.fullmatch(r"[A-Z]{2}-[0-9A-Z]{1,3}", fields[1].strip()):
            raise PlacesError(str(path), f"{line!r}: needs an abbreviation and an ISO 3166-2 code, tab-separated",
                              number)
        if fields[0].strip() in table:
            raise PlacesError(str(path), f"{fields[0].strip()!r}: is listed twice", number)
        table[fields[0].strip()] = fields[1].strip()
    return table


def read_words(path: Path) -> frozenset[str]:
    """The normalized words of a one-a-line list (comments start with #)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(normalize(line) for line in lines if line.strip() and not line.startswith("#"))


_LATIN: dict[str, bool] = {}


def latin_script(name: str) -> bool:
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
