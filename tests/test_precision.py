"""Date and place precision: in the model, the bundle, the CSV and GeoJSON exports, read back with pandas."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date

import pandas as pd
import pytest

from conflictgraph import exporters
from conflictgraph.gazetteer import default_gazetteer
from conflictgraph.model import (
    APPROXIMATE_LEVELS,
    PLACE_LEVELS,
    Bundle,
    Document,
    Event,
    Evidence,
    Location,
    date_precision,
)

FREQ = {"day": "D", "month": "M", "year": "Y"}


@pytest.mark.parametrize("value, precision", [
    ("2019-12-27", "day"), ("2020-W10", "week"), ("2019-12", "month"), ("2019", "year"),
    ("2019-12-27/2019-12-29", "range"), ("2019-12/2020-01", "range"), (None, None), ("", None),
    ("27 December 2019", None), ("2019-12-27T10:00", None),
])
def test_date_precision_is_read_from_the_form(value, precision):
    assert date_precision(value) == precision


def test_an_events_precision_follows_its_date():
    event = Event("e", "ASSAULT", date="2019-12")
    assert event.date_precision == "month"
    event.date = "2019-12-27"  # a merge that learns the day
    assert event.date_precision == "day"
    record = Bundle(events=[event]).to_dict()["events"][0]
    assert list(record)[list(record).index("date") + 1] == "date_precision"


def parse(value: str, precision: str) -> pd.Period:
    """A date at its precision: the period it names, never a day it does not state."""
    if precision == "week":
        year, week = value.split("-W")
        return pd.Period(date.fromisocalendar(int(year), int(week), 1), freq="W-SUN")
    period = pd.Period(value, freq=FREQ[precision])
    assert str(period) == value, f"{value} read as {period}"
    return period


def test_every_csv_date_column_parses_with_its_precision_column(seeds_bundle):
    out = io.BytesIO()
    exporters.export(seeds_bundle, "csv", out)
    checked = 0
    with zipfile.ZipFile(out) as archive:
        for table, column, precision_column in (("events", "date", "date_precision"),
                                                ("documents", "published", "published_precision")):
            frame = pd.read_csv(archive.open(f"{table}.csv"), dtype={column: "string", precision_column: "string"})
            assert frame[column].notna().sum() > 0
            for value, precision in zip(frame[column], frame[precision_column], strict=True):
                if pd.isna(value):
                    assert pd.isna(precision)
                    continue
                assert precision in FREQ or precision == "week", (value, precision)
                parse(value, precision)
                checked += 1
            months = frame[frame[precision_column] == "month"][column]
            assert all(len(v) == 7 for v in months)  # "2019-02" stays a month: never "2019-02-01"
    assert checked >= 20


def located(level: str | None) -> Event:
    text = "Rockets hit the area."
    return Event(f"e-{level}", "ASSAULT", date="2020-01", evidence=[Evidence("d", 0, len(text), text)],
                 location=Location("Somewhere", "IRQ", 33.0, 44.0, None, level))


def test_csv_and_geojson_carry_date_and_geo_precision():
    bundle = Bundle(documents=[Document("d", "d.txt", "Rockets hit the area.", published="2020-01-05")],
                    events=[located(level) for level in (*PLACE_LEVELS, None)])
    collection = json.loads(render(bundle, "geojson"))
    properties = {f["id"]: f["properties"] for f in collection["features"]}
    for level in (*PLACE_LEVELS, None):
        p = properties[f"e-{level}"]
        assert p["geo_precision"] == level and p["date_precision"] == "month"
        assert p["approximate"] is (level in APPROXIMATE_LEVELS)
    with zipfile.ZipFile(io.BytesIO(render(bundle, "csv"))) as archive:
        events = pd.read_csv(archive.open("events.csv"))
        documents = pd.read_csv(archive.open("documents.csv"))
    assert list(events["geo_precision"].fillna("")) == [*PLACE_LEVELS, ""]
    assert set(events["date_precision"]) == {"month"} and documents["published_precision"].tolist() == ["day"]


def render(bundle: Bundle, fmt: str) -> bytes:
    out = io.BytesIO()
    exporters.export(bundle, fmt, out)
    return out.getvalue()


@pytest.mark.parametrize("name, level", [
    ("Iraq", "country"), ("Baghdad", "city"), ("Ain al-Asad Air Base", "facility"),
    ("Anbar Governorate", "admin1"), ("Sinjar District", "admin2"), ("Strait of Hormuz", "region"),
])
def test_the_gazetteer_says_what_each_place_is(name, level):
    place = default_gazetteer().resolve(name)
    assert place is not None and place.level == level


def test_levels_survive_the_bundle_and_the_store(tmp_path):
    from conflictgraph.store import Store

    event = located("country")
    bundle = Bundle(documents=[Document("d", "d.txt", "Rockets hit the area.")], events=[event])
    again = Bundle.from_json(bundle.to_json())
    assert again.events[0].location.level == "country" and again.events[0].date_precision == "month"
    with Store.open(f"sqlite:///{tmp_path / 's.db'}") as store:
        with store.batch() as writer:
            writer.add(bundle, {"d": [(0, 21)]})
        [stored] = store.events()
    assert stored.location.level == "country" and stored.date_precision == "month"
