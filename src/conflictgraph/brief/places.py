"""How precisely a stored place locates an event: a whole country, a region (a province, a zone), a town, a site.

A stored Location keeps a name, a country, coordinates and a GeoNames id. A country's own GeoNames id (or its
name) marks the country level; a curated area of the gazetteer (type GPE or LOC, not a GeoNames place: the
governorates, regions, zones of places.yaml) the region level; a curated facility (FAC) the site level; any other
place, a GeoNames town or city, the town level.
"""

from __future__ import annotations

from functools import lru_cache

from ..gazetteer import default_gazetteer
from ..model import Location
from .words import countries

LEVELS = ("country", "region", "town", "site")


def level(location: Location | None) -> str | None:
    if location is None:
        return None
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
