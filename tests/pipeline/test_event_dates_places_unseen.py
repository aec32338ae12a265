"""The date and the place of events on news from many conflicts (issue 11, helper d21): each case is a class of
error counted on the TUNE split, written anew here with sentences from Mali, Sudan, Ukraine, Myanmar, Yemen,
Colombia, Syria and Iraq. The rules are docs/annotation.md, *Date* and *Place*."""

from __future__ import annotations

import math

import pytest

from conflictgraph import extract

PUBLISHED = "2020-05-02"  # a Saturday


def _event(text: str, event_type: str, published: str | None = PUBLISHED):
    bundle = extract([text], published=published)
    return next(e for e in bundle.events if e.type == event_type)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    return 6371 * math.acos(min(1.0, math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)))


# --- dates ---

@pytest.mark.parametrize(("text", "event_type", "expected"), [
    # a day and month the tagger left out of the year's mention are the same date (annotation.md, Date: the
    # precision the text supports)
    ("On 29 Apr 2020, gunmen attacked a village in Mopti region, killing 12 people.", "ASSAULT", "2020-04-29"),
    # a present progressive is going on as the report is published: the report's date (annotation.md, Date: "a
    # statement reported in the present tense ... likewise")
    ("Russian forces are shelling Kharkiv, the governor said.", "ASSAULT", PUBLISHED),
    ("The junta is bombing villages in Sagaing region, residents said.", "ASSAULT", PUBLISHED),
    ("Houthi fighters are shelling the city of Taiz, residents said.", "ASSAULT", PUBLISHED),
])
def test_the_date_of_the_event(text, event_type, expected):
    assert _event(text, event_type).date == expected


@pytest.mark.parametrize("text", [
    # "over / more than N years ago" is a bound, no year; nor is the act the governing clause's day (annotation.md,
    # Date: a background event with no date is null)
    "A court in Kharkiv on Tuesday charged a soldier who killed a civilian more than two years ago.",
])
def test_a_bounded_past_is_no_date(text):
    assert _event(text, "ASSAULT").date is None


def test_not_present_progressives_stay_undated():
    """A progressive with another auxiliary ("has been shelling") or of the past tells a stretch, not the report's
    day."""
    assert _event("Russian forces have been shelling Kharkiv for weeks, the governor said.", "ASSAULT").date is None


# --- sentences ---

@pytest.mark.parametrize(("text", "event_type", "opening"), [
    # a sentence does not end inside a name nor after "p.m." that it goes on from: the event keeps its sentence,
    # whose date and place are the event's
    ("Minutes after the ceasefire took effect at 11:30 p.m. local time, there were reports of shelling in Khartoum.",
     "ASSAULT", "Minutes after"),
    ("Boris Johnson met the Iraqi Foreign Minister, Ibrahim al- Jaafari in London today.", "CONSULT", "Boris"),
])
def test_an_event_keeps_its_whole_sentence(text, event_type, opening):
    event = _event(text, event_type)
    assert event.evidence[0].text.startswith(opening) and event.evidence[0].text.endswith(".")
    assert event.location is not None and event.date == PUBLISHED


# --- places ---

@pytest.mark.parametrize(("text", "event_type", "expected"), [
    # a designator spaCy leaves out of the name: Colombia's departments
    ("Suspected ELN rebels kidnapped two soldiers in Arauca department on Monday.", "ASSAULT", ("COL", "admin1")),
    ("Suspected ELN rebels attacked a military base in Arauca department on Monday.", "ASSAULT", ("COL", "admin1")),
    # a town in a division the text names is a place of the story, though no country is named as a place
    ("Government forces shelled the town of Kafranbel in Idlib province on Monday.", "ASSAULT", ("SYR", "city")),
    # the parser's complement of "in" is as much a place as its object
    ("Myanmar's military bombed a school in the village of Let Yet Kone in Sagaing region on Friday, killing 11 "
     "children.", "ASSAULT", ("MMR", "admin1")),
])
def test_the_place_of_the_event(text, event_type, expected):
    location = _event(text, event_type).location
    assert location is not None and (location.country, location.level) == expected, location


@pytest.mark.parametrize(("text", "name", "town", "km", "bearing"), [
    # "X, N km DIR of Y": the event is at X, which lies N km from Y along that bearing (annotation.md, Place: the
    # most specific place the text names), not at Y
    ("RSF fighters shelled the town of Um Kadada, 180 km east of El Fasher, on Tuesday, killing five civilians.",
     "Um Kadada", (13.6279, 25.3494), 180, 90),
    ("Ukrainian drones struck an oil depot in the village of Tikhoretsk, 130 km northeast of Krasnodar, on Sunday.",
     "Tikhoretsk", (45.0448, 38.9760), 130, 45),
])
def test_a_place_measured_from_a_town(text, name, town, km, bearing):
    location = _event(text, "ASSAULT").location
    assert location is not None and location.name == name, location
    assert abs(_km(*town, location.lat, location.lon) - km) < 0.05 * km
    # the bearing: north of the town has a greater latitude, east a greater longitude
    assert (location.lat > town[0] + 0.1) == (bearing in (0, 45, 315))
    assert (location.lon > town[1] + 0.1) == (bearing in (45, 90, 135))


@pytest.mark.parametrize(("text", "town", "trigger"), [
    # a town the parser tags as the event noun's adjective ("a Kyiv rally") hangs on it as a compound name does
    ("More than 1,000 people gathered Sunday at a Kyiv rally to demand the government scrap the tax.", "Kyiv",
     "rally"),
    ("More than 1,000 people gathered Sunday at a Kyiv rally to demand the government scrap the tax.", "Kyiv",
     "gathered"),
])
def test_a_town_tagged_as_the_nouns_adjective_is_attached(text, town, trigger):
    from conflictgraph.nlp import load_nlp
    from conflictgraph.pipeline.event_places import _attached

    doc = load_nlp()(text)
    name, word = (next(t for t in doc if t.text == w) for w in (town, trigger))
    assert name.dep_ == "amod"  # the parse this case is about
    assert _attached(name, word)
