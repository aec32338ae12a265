"""The briefing's charts as static SVG, readable in print and offline: the weekly timeline and the actor network.

Every text in an SVG is escaped; nothing is scripted.
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import date, timedelta
from html import escape

# The web app's colours of the PLOVER types (static/app.css), so a briefing reads like the app.
TYPE_COLOURS = {
    "AGREE": "#2e7d32", "CONSULT": "#00838f", "SUPPORT": "#43a047", "CONCEDE": "#7cb342", "COOPERATE": "#1e88e5",
    "AID": "#26a69a", "RETREAT": "#8d6e63", "REQUEST": "#f9a825", "ACCUSE": "#f57c00", "REJECT": "#ff7043",
    "THREATEN": "#d84315", "PROTEST": "#ab47bc", "SANCTION": "#5e35b1", "MOBILIZE": "#546e7a", "COERCE": "#c2185b",
    "ASSAULT": "#c62828",
}
FONT = 'font-family="Helvetica, Arial, sans-serif"'


def _svg(width: int, height: int, body: list[str], label: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" '
            f'aria-label="{escape(label)}" {FONT} font-size="11">' + "".join(body) + "</svg>")


def legend(types: list[str], x: float, y: float) -> list[str]:
    out, cx = [], x
    for t in types:
        out.append(f'<rect x="{cx:.0f}" y="{y - 9:.0f}" width="10" height="10" fill="{TYPE_COLOURS.get(t, "#777")}"/>'
                   f'<text x="{cx + 14:.0f}" y="{y:.0f}">{escape(t)}</text>')
        cx += 22 + 7 * len(t)
    return out


def _monday(value: str | None) -> date | None:
    """The Monday of the week a date (or the first day of a month or year given) falls in."""
    if not value:
        return None
    parts = [int(x) for x in value.split("-")] + [1, 1]
    day = date(parts[0], parts[1], parts[2])
    return day - timedelta(days=day.weekday())


def timeline(weeks: list[tuple[str, str, int]], width: int = 760, height: int = 220,
             span: tuple[str | None, str | None] = (None, None)) -> str:
    """Events per week (by the Monday that starts it), stacked by type, over the period asked for, if any."""
    if not weeks:
        return _svg(width, 40, ['<text x="10" y="24">No event is dated to the day.</text>'], "No dated events")
    first, last = date.fromisoformat(weeks[0][0]), date.fromisoformat(weeks[-1][0])
    first, last = min(first, _monday(span[0]) or first), max(last, _monday(span[1]) or last)
    n = (last - first).days // 7 + 1
    if not (span[0] and span[1]):
        n = max(n, 8)  # a few weeks at least, so that one week is not one wide block
    totals: Counter[int] = Counter()
    stacks: dict[int, list[tuple[str, int]]] = {}
    for week, kind, count in weeks:
        i = (date.fromisoformat(week) - first).days // 7
        stacks.setdefault(i, []).append((kind, count))
        totals[i] += count
    top = max(totals.values())
    left, right, bottom, upper = 40, 10, 40, 28
    plot_w, plot_h = width - left - right, height - bottom - upper
    bar = plot_w / n
    wide = min(bar - 2, 40.0)
    body = [f'<line x1="{left}" y1="{upper + plot_h}" x2="{width - right}" y2="{upper + plot_h}" stroke="#333"/>']
    step = max(1, math.ceil(top / 4))
    for v in range(0, top + 1, step):
        y = upper + plot_h - plot_h * v / top
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#ddd"/>'
                    f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{v}</text>')
    for i, parts in sorted(stacks.items()):
        y = upper + plot_h
        for kind, count in sorted(parts):
            h = plot_h * count / top
            y -= h
            body.append(f'<rect x="{left + i * bar + (bar - wide) / 2:.1f}" y="{y:.1f}" width="{max(wide, 1):.1f}" '
                        f'height="{h:.1f}" fill="{TYPE_COLOURS.get(kind, "#777")}"><title>week of '
                        f'{escape(first.fromordinal(first.toordinal() + 7 * i).isoformat())}: {count} {escape(kind)}'
                        '</title></rect>')
    labelled = max(1, math.ceil(n / 10))
    for i in range(0, n, labelled):
        monday = date.fromordinal(first.toordinal() + 7 * i)
        body.append(f'<text x="{left + i * bar + bar / 2:.1f}" y="{upper + plot_h + 16}" text-anchor="middle">'
                    f'{monday.day} {monday:%b}</text>')
    body.append(f'<text x="{left}" y="{height - 6}">weeks from {first.day} {first:%B %Y}; events dated to the day'
                '</text>')
    body += legend(sorted({k for _, k, _ in weeks}), left, 14)
    return _svg(width, height, body, "Events per week by type")


def network(edges: list[tuple[str, str, str, int]], names: dict[str, str], focus: set[str],
            limit: int = 18, width: int = 760, height: int = 520) -> str:
    """The actors of the heaviest ties on a circle: relations solid grey, events dashed in their type's colour."""
    weight: Counter[str] = Counter()
    for a, b, _, w in edges:
        weight[a] += w
        weight[b] += w
    if not weight:
        return _svg(width, 40, ['<text x="10" y="24">No two actors are tied in this selection.</text>'], "No network")
    kept = sorted(weight, key=lambda a: (a not in focus, -weight[a], a))[:limit]
    cx, cy, r = width / 2, height / 2, min(width, height) / 2 - 70
    at = {a: (cx + r * math.cos(2 * math.pi * i / len(kept) - math.pi / 2),
              cy + r * math.sin(2 * math.pi * i / len(kept) - math.pi / 2)) for i, a in enumerate(kept)}
    body = ['<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" '
            'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#666"/></marker></defs>']
    heaviest = max(w for *_, w in edges)
    pairs: Counter[tuple[str, str]] = Counter()
    for a, b, label, w in edges:
        if a not in at or b not in at:
            continue
        (x1, y1), (x2, y2) = at[a], at[b]
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1
        x2, y2 = x2 - dx / length * 12, y2 - dy / length * 12
        # Each tie between two actors bends a little further to its right, so that ties in both directions and
        # several ties between one pair stay apart.
        pairs[(a, b)] += 1
        bend = 14 * pairs[(a, b)]
        mx, my = (x1 + x2) / 2 - dy / length * bend, (y1 + y2) / 2 + dx / length * bend
        relation = label not in TYPE_COLOURS
        colour = "#888" if relation else TYPE_COLOURS[label]
        dash = "" if relation else ' stroke-dasharray="5 3"'
        body.append(f'<path d="M{x1:.1f},{y1:.1f} Q{mx:.1f},{my:.1f} {x2:.1f},{y2:.1f}" fill="none" '
                    f'stroke="{colour}" stroke-width="{1 + 3 * w / heaviest:.1f}"{dash} marker-end="url(#arrow)" '
                    f'opacity="0.8"><title>{escape(names.get(a, a))} {escape(label)} {escape(names.get(b, b))} ({w})'
                    '</title></path>')
    for a in kept:
        x, y = at[a]
        size = 5 + 9 * math.sqrt(weight[a] / max(weight.values()))
        fill = "#1a237e" if a in focus else "#455a64"
        anchor = "start" if x > cx + 1 else "end" if x < cx - 1 else "middle"
        tx = x + (size + 4) * (1 if anchor == "start" else -1 if anchor == "end" else 0)
        ty = y + (size + 12 if anchor == "middle" and y > cy else -size - 4 if anchor == "middle" else 4)
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{size:.1f}" fill="{fill}"/>'
                    f'<text x="{tx:.1f}" y="{ty:.1f}" text-anchor="{anchor}" font-size="12">'
                    f'{escape(names.get(a, a))}</text>')
    body.append(f'<text x="10" y="{height - 8}">Solid: relations (width: sentences stating them). Dashed: events, '
                'coloured by type (width: how many). Arrows point from source to target.</text>')
    return _svg(width, height, body, "Actor network")
