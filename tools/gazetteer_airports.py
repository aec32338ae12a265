"""Airports for the packaged gazetteer index, from the airportsdata package (MIT licence).

Used by tools/build_gazetteer.py. Only airports with an IATA code (the ones with scheduled flights, about 7,900)
are kept. Each is a facility with its own point and no GeoNames id: its row id is the negative of its ICAO code read
as a base-36 number (stable across airportsdata releases). Its names:

- its full name ("London Heathrow Airport"), and what follows a slash ("Ottawa / Macdonald-Cartier International
  Airport");
- the name without the town it opens with, when that is the airport's town or a city of 100,000 of the same
  country ("Heathrow Airport", "Pearson International Airport"), and what is left of a name that has a word other
  than a kind of airport ("Regional Airport" names none), with or without "International";
- the bare name left ("Heathrow", "Gatwick"), but only where it names no country, no first-level division, not
  the airport's town and no place of the airport's country (nor one its spelling may transliterate: "Hodeidah" is
  Al Hudaydah), and is longer than four letters: "Kufra Airport" leaves the town of Kufra alone, and in a story on
  Britain "Heathrow" is the airport while a story on Florida keeps its town.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import airportsdata

BARE_MIN = 5  # a bare name shorter than this is no airport's ("Mora" is a word too)
_SUFFIX = re.compile(r"\s+(?:international\s+)?(?:airport|airfield|aerodrome)$", re.I)
# Words that say what kind of airport it is, not which: a name of only these ("Regional Airport") names none.
GENERIC = frozenset("""
aerodrome afb air airfield airpark airport airstrip arpt base bay beach capital central city county
creek da de del do domestic downtown east el executive field force fort gateway general glider
harbor harbour hill hills industrial int international intl island islands la lake lakes le lrrs
memorial metro metropolitan mount mountain municipal national new north northeast northwest of old
park point port regional river saint san santa seaplane skypark south southeast southwest springs
st state station the trml valley west
""".split())


def distinctive(name: str, normalize: Callable[[str], str]) -> bool:
    """True if the name has a word that is not a kind of airport ("Heathrow Airport", not "Regional Airport")."""
    return any(len(word) >= 3 and word not in GENERIC for word in normalize(name).split())


def airport_id(icao: str) -> int:
    """The row id of an airport: minus its ICAO code read in base 36 (GeoNames ids are positive)."""
    return -int(icao, 36)


def airports() -> Iterator[dict]:
    """airportsdata's airports that have an IATA code, in ICAO order."""
    data = airportsdata.load("ICAO")
    for icao in sorted(data):
        record = data[icao]
        if record["iata"] and icao.isalnum() and record["lat"] is not None and record["lon"] is not None:
            yield record


def airport_names(record: dict, country: str, is_local: Callable[[str, str], bool], is_town: Callable[[str, str], bool],
                  is_area: Callable[[str], bool], normalize: Callable[[str], str]) -> tuple[list[str], list[str]]:
    """(names, bare names) of an airportsdata record. ``is_local(key, country)``: a place of that country has the
    name (or a spelling of it); ``is_town(key, country)``: a city of that country big enough to open an airport's
    name has it; ``is_area(key)``: a country or first-level division has it."""
    name, town = record["name"], normalize(record["city"] or "")
    full = re.sub(r"\s*/\s*", " ", name).strip()
    forms = [full, *(part.strip() for part in name.split("/")[1:]
                     if _SUFFIX.search(part.strip()) and distinctive(_SUFFIX.sub("", part.strip()), normalize))]
    names: list[str] = []
    for form in forms:
        names.append(form)
        words = form.split()
        # Drop the town the name opens with ("London Heathrow Airport" -> "Heathrow Airport").
        for n in range(min(3, len(words) - 2), 0, -1):
            if (prefix := normalize(" ".join(words[:n]))) == town or is_town(prefix, country):
                if distinctive(_SUFFIX.sub("", " ".join(words[n:])), normalize):
                    names.append(" ".join(words[n:]))
                break
    bare: list[str] = []
    for form in list(names):
        if (core := _SUFFIX.sub("", form)) != form and core:
            names.append(f"{core} Airport")
            if "international" in form.lower():
                names.append(f"{core} International Airport")
            key = normalize(core)
            if len(key) >= BARE_MIN and key != town and distinctive(core, normalize) and not is_area(key) and (
                    not is_local(key, country)):
                bare.append(core)
    return list(dict.fromkeys(names)), list(dict.fromkeys(b for b in bare if b not in names))
