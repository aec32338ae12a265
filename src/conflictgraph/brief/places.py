"""How precisely a stored place locates an event: a whole country, a region (a province, a zone), a town, a site.

A Location's ``level`` says it, where the gazetteer gave one. For a place stored without it (a name, a country,
coordinates and a GeoNames id): a country's own GeoNames id (or its name) marks the country level; a curated
area of the gazetteer (type GPE or LOC, not a GeoNames place: the governorates, regions, zones of places.yaml)
the region level; a curated facility (FAC) the site level; any other place, a GeoNames town or city, the town
level.
"""

from __future__ import annotations

from functools import lru_cache

from ..gazetteer import default_gazetteer
from ..model import Location
from .words import countries

LEVELS = ("country", "region", "town", "site")
# The map's four marks for the place levels the gazetteer states (model.PLACE_LEVELS).
BY_PLACE_LEVEL = {"country": "country", "admin1": "region", "admin2": "region", "region": "region",
                  "city": "town", "facility": "site"}


def level(location: Location | None) -> str | None:
    if location is None:
        return None
    if location.level in BY_PLACE_LEVEL:
        return BY_PLACE_LEVEL[location.level]
    # A place stored without its level (a store written before places had one): inferred as below.
    return _level(location.name, location.country, location.geonames_id)


@lru_cache(maxsize=4096)
def _level(name: str, country: str | None, geonames_id: int | None) -> str:
    known = countries().get(country or "")
    if known and (geonames_id == known[1] or name == known[0]):
        return "country"
    if geonames_id is None:
        kind = default_gazetteer().kind(name)
        if kind == "FAC":
            return "site"
        if kind in ("GPE", "LOC"):
            return "region"
    return "town"
