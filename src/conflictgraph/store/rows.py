"""An event as the store's row, and back; a place as the JSON a row holds."""

from __future__ import annotations

import json
from dataclasses import asdict

from ..model import Event, Location


def location_json(location: Location | None) -> str | None:
    return json.dumps(asdict(location), ensure_ascii=False, sort_keys=True) if location else None


def location_from(value: str | None) -> Location | None:
    return Location(**json.loads(value)) if value else None


def event_row(event: Event) -> dict:
    place = event.location
    return {"type": event.type, "mode": event.mode, "source": event.source, "target": event.target,
            "date": event.date, "location": location_json(place),
            "place": place.name.casefold() if place and place.name else None,
            "country": place.country if place else None,
            "fatalities": event.fatalities, "injuries": event.injuries}


def event_from(row) -> Event:
    return Event(id=row.id, type=row.type, mode=row.mode, source=row.source, target=row.target, date=row.date,
                 location=location_from(row.location), fatalities=row.fatalities, injuries=row.injuries)
