"""A place the text gives by its distance and bearing from a town: "the village of Tikhoretsk, 130 km east of
Krasnodar", "a checkpoint 20 km north of Mopti". The event happened there, not in the town it is measured from
(docs/annotation.md, Place: the most specific place the text names), so its point is the town's moved by that
distance along that bearing, which puts it near the place the gazetteer does not know."""

from __future__ import annotations

import math
import re

from ..model import Location

# Compass words, as degrees clockwise from north.
DIRECTIONS = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0, "southwest": 225.0,
              "west": 270.0, "northwest": 315.0}
KM = {"km": 1.0, "kms": 1.0, "kilometer": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometres": 1.0,
      "mile": 1.609344, "miles": 1.609344, "mi": 1.609344}
MAX_KM = 500.0  # farther than this, the town is a landmark for a region, not a point to measure from
KM_PER_DEGREE = 111.32
_BEARING = re.compile(r"(?:(?:town|village|city|district|camp|area|hamlet|settlement|locality)\s+of\s+"
                      r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s*)?(?:about\s+|some\s+|around\s+)?"
                      r"(?P<n>\d+(?:\.\d+)?)\s*-?\s*(?P<unit>km|kms|kilomet(?:er|re)s?|miles?|mi)\.?\s+"
                      r"(?:\(\d+(?:\.\d+)?\s*(?:km|miles?)\)\s+)?(?:to\s+the\s+)?"
                      r"(?P<a>north|south|east|west)(?:[\s-]?(?P<b>east|west))?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
LOOK_BACK = 120  # characters before the town where the distance and bearing are read


def bearing_before(text: str, start: int) -> tuple[str | None, float, float] | None:
    """(the name the measured place is given, if any; kilometres; bearing in degrees) told right before the town at
    ``start``, or None."""
    match = _BEARING.search(text, max(0, start - LOOK_BACK), start)
    if match is None:
        return None
    km = float(match["n"]) * KM[match["unit"].lower()]
    direction = (match["a"] + (match["b"] or "")).lower()
    if direction not in DIRECTIONS or not 0 < km <= MAX_KM:
        return None
    return match["name"], km, DIRECTIONS[direction]


def moved(place: Location, text: str, start: int) -> Location | None:
    """The point the text measures from the town ``place`` (its mention at ``start``), named for the place the text
    measures ("Tikhoretsk") or for the measure ("130 km east of Krasnodar"); None where the text gives no distance
    and bearing before it, or ``place`` is no town (a country's or a province's centre is no point to measure from).
    """
    found = bearing_before(text, start)
    if found is None or place.level not in ("city", "facility") or place.lat is None or place.lon is None:
        return None
    name, km, degrees = found
    lat = place.lat + km * math.cos(math.radians(degrees)) / KM_PER_DEGREE
    lon = place.lon + km * math.sin(math.radians(degrees)) / (KM_PER_DEGREE * max(0.01, math.cos(math.radians(lat))))
    label = name or f"{km:g} km {'/'.join(k for k, v in DIRECTIONS.items() if v == degrees)} of {place.name}"
    return Location(label, place.country, round(lat, 4), round(lon, 4), None, "city")
