"""The date of an event (docs/annotation.md, *Date*; issue 11, helper d34): the story's last time for an act told
"later", an open past after a year-only date, a part of the day, a report's plans, and "days after". Every text is
written for this file, from many conflicts; each case names the rule it checks."""

from __future__ import annotations

import pytest
from support import events_by_text

from conflictgraph.pipeline.dates import within_a_day
from conflictgraph.pipeline.recency import chained_date


def _dates(text: str, published: str, kind: str) -> list[str | None]:
    return [e["date"] for e in events_by_text([text], published)[text] if e["type"] == kind]


def _dated_at(text: str, published: str, kind: str, place: str) -> str | None:
    event = next(e for e in events_by_text([text], published)[text]
                 if e["type"] == kind and e.get("location") and e["location"]["name"] == place)
    return event["date"]


# --- Date: "later" follows the last time the story set, whether or not an act was dated in that sentence --------
@pytest.mark.parametrize(("text", "published", "kind", "expected"), [
    # Gaza: Sunday's truce, then "as the truce collapsed early Tuesday" (no act): the call is Tuesday's
    ("The truce in Gaza was brokered late Sunday by Qatar and Egypt. As the truce collapsed early Tuesday, there "
     "was a flurry of diplomatic calls. Egyptian Foreign Minister Sameh Shoukry later spoke with U.S. Secretary of "
     "State Antony Blinken.", "2024-03-19", "CONSULT", "2024-03-19"),
    # Ukraine: the same with a meeting
    ("The ceasefire in Kharkiv was agreed late Sunday. As the shelling resumed early Tuesday, there were urgent "
     "calls between capitals. Ukrainian Foreign Minister Dmytro Kuleba later met Turkish Foreign Minister Hakan "
     "Fidan in Ankara.", "2024-03-19", "CONSULT", "2024-03-19"),
])
def test_later_follows_the_last_time_the_story_set(text, published, kind, expected):
    assert _dates(text, published, kind) == [expected]


# --- Date: a span takes the coarser value that contains it; a background act with no date is null ----------------
@pytest.mark.parametrize(("previous", "published", "expected"), [
    ("2011", "2016-12-11", None),  # "later" than 2011 in a 2016 report: any year between
    ("2016", "2016-12-11", "2016"),  # within the report's year: that year
    ("2011-05", "2016-12-11", "2011-05"),  # a month: the last date's month, as before
])
def test_later_than_a_year_only_past_is_open(previous, published, expected):
    assert chained_date(previous, published) == expected


@pytest.mark.parametrize(("text", "kind"), [
    # Myanmar: an honour "later" than a 2019 visit, in a 2024 report: null, neither 2019 nor the report's day
    ("Min Aung Hlaing attended an arms fair in Moscow in 2019. He later awarded Sergei Shoigu a state honour.",
     "SUPPORT"),
    ("Min Aung Hlaing attended an arms fair in Moscow in 2019 and later awarded Sergei Shoigu a state honour.",
     "SUPPORT"),
    # Yemen: a seizure "later" than a 2021 attack
    ("Houthi rebels fired a missile at a tanker off Hodeidah in 2021. They later seized a cargo ship in the Red "
     "Sea.", "COERCE"),
])
def test_an_act_later_than_a_year_only_past_is_undated(text, kind):
    assert _dates(text, "2024-03-20", kind) == [None]


@pytest.mark.parametrize(("text", "kind", "expected"), [
    # Sahel: "later" than a month keeps the month (the chained act seldom crosses into another month)
    ("Wagner fighters arrived in Mali in March 2022. They later attacked the town of Moura.", "ASSAULT", "2022-03"),
    # Sudan: "and then" after Monday in a Wednesday report: between Monday and the report, the month
    ("RSF fighters stormed a police station in Nyala on Monday and then withdrew from the town.", "RETREAT",
     "2024-03"),
])
def test_a_following_act_is_chained_from_the_date_before_it(text, kind, expected):
    assert _dates(text, "2024-03-20", kind) == [expected]


# --- Date: the report's own act with no date takes the publication date; a part of the day places nothing away ---
@pytest.mark.parametrize("words, expected", [
    ("morning", True), ("overnight", True), ("the pre-dawn hours", True), ("minutes", True),
    ("a few years", False), ("weeks", False), ("days", False), ("the night of 12 days", False),
])
def test_a_part_of_the_day_is_within_a_day(words, expected):
    assert within_a_day(words) is expected


@pytest.mark.parametrize(("text", "published", "kind"), [
    # Sudan: arrested, and held "as of Sunday morning" in a Sunday report
    ("Several protesters were arrested in Khartoum and remained in custody as of Sunday morning.", "2024-03-17",
     "COERCE"),
    # Mali: held "overnight"
    ("Police detained dozens of demonstrators in Bamako and held them overnight.", "2024-03-17", "COERCE"),
])
def test_a_part_of_the_day_leaves_the_report_s_day(text, published, kind):
    assert _dates(text, published, kind) == [published]


@pytest.mark.parametrize(("text", "published", "kind"), [
    # Turkey: a clock time is the news's day, beside a background year
    ("A strong earthquake hit southern Turkey at 04:17. Rescue teams have been sent to Kahramanmaras. The region "
     "was last hit by a deadly quake in 1999.", "2024-02-07", "AID"),
    # Ukraine, Sudan: a report's plans ("late January", "next year") are its dates too, beside a background month
    ("Ukraine signed the grain deal with Turkey in October. The two leaders affirmed their support for the deal. "
     "Talks will resume in late January.", "2024-12-13", "SUPPORT"),
])
def test_a_report_s_times_and_plans_make_it_news(text, published, kind):
    assert published in _dates(text, published, kind)


# --- Date: an act "days" before the main one lies in the fortnight before it: the month holding that stretch -----
@pytest.mark.parametrize(("text", "published", "kind", "place", "expected"), [
    # Sudan: the main act is the report's news in the present
    ("The army's new offensive comes days after the RSF shelled a hospital in El Fasher.", "2024-03-20", "ASSAULT",
     "El Fasher", "2024-03"),
    # Myanmar: the same with an arrest
    ("Soldiers raided a newspaper office in Mandalay. The arrest of its editor in Yangon comes days after soldiers "
     "raided the office.", "2024-03-20", "COERCE", "Yangon", "2024-03"),
])
def test_an_act_days_before_lies_in_the_fortnight_before(text, published, kind, place, expected):
    assert expected in [e["date"] for e in events_by_text([text], published)[text]
                        if e["type"] == kind and e.get("location") and e["location"]["name"] == place]


def test_weeks_after_stays_open():
    """Sahel: "weeks after" leaves the past open (null), as before (test_time_clause_acts_m33)."""
    text = "Gunmen killed five soldiers in Gao on Tuesday, weeks after militants attacked a base in Timbuktu."
    assert _dated_at(text, "2024-03-20", "ASSAULT", "Timbuktu") is None


@pytest.mark.parametrize(("text", "published", "main", "earlier"), [
    # Ukraine: the tagger runs "Tuesday, days" into one time; the main act keeps Tuesday, the earlier act the month
    ("Russian missiles killed three people in Kharkiv on Tuesday, days after Russian drones killed two people in "
     "Odesa.", "2024-03-20", ("Kharkiv", "2024-03-19"), ("Odesa", "2024-03")),
    # Sudan: across a month's end, the span's year (docs/annotation.md, Date: a span takes the coarser value)
    ("RSF fighters shelled a market in Omdurman on Monday, days after the army bombed a camp in Nyala.",
     "2024-03-05", ("Omdurman", "2024-03-04"), ("Nyala", "2024")),
])
def test_a_date_run_into_the_clause_s_stretch_is_the_main_act_s(text, published, main, earlier):
    for place, expected in (main, earlier):
        assert _dated_at(text, published, "ASSAULT", place) == expected
