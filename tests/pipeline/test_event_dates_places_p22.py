"""The date of events on news from many conflicts (issue 11, helper p22): each case is a class of
error counted on the TUNE split, written anew here with sentences from Nigeria, Somalia, Yemen, Sudan and
Ukraine. The rules are docs/annotation.md, *Date* and *Place*."""

from __future__ import annotations

import pytest

from conflictgraph import extract

PUBLISHED = "2020-05-13"  # a Wednesday


def _events(text: str, event_type: str, published: str | None = PUBLISHED):
    return [e for e in extract([text], published=published).events if e.type == event_type]


# --- an undated material act of a report whose story opens on an earlier day: the span's month, not the report's
# day; an undated verbal act is the report's news and takes its day (annotation.md, Undated statements) ---

@pytest.mark.parametrize(("text", "event_type"), [
    ("Gunmen attacked a market in Maiduguri on Monday, killing nine people. Police arrested two suspects in Kano.",
     "COERCE"),
    ("Al-Shabaab fighters stormed a hotel in Mogadishu on Sunday night. The army deployed troops to the capital.",
     "MOBILIZE"),
])
def test_an_undated_past_act_after_an_earlier_day_takes_the_month(text, event_type):
    """The act lies between the day the story opens on and the report: the finest value holding both is the
    month (annotation.md, Date: a span takes the coarser value that contains it)."""
    assert [e.date for e in _events(text, event_type)] == ["2020-05"]


@pytest.mark.parametrize(("text", "event_type"), [
    ("Gunmen attacked a market in Maiduguri on Monday, killing nine people. The governor of Borno condemned the "
     "attack.", "ACCUSE"),
    ("Al-Shabaab fighters stormed a hotel in Mogadishu on Sunday night. The African Union urged the government to "
     "protect civilians.", "REQUEST"),
    ("A drone strike hit a wedding in Hodeidah on Monday, killing 14 people. The United Nations condemned the "
     "strike.", "ACCUSE"),
])
def test_an_undated_statement_after_an_earlier_day_takes_the_report_day(text, event_type):
    """A verbal act told with no time of its own is part of the article's news: the publication date at its own
    precision, never its month for want of a day (annotation.md, Undated statements)."""
    assert [e.date for e in _events(text, event_type)] == [PUBLISHED]


@pytest.mark.parametrize(("text", "event_type"), [
    # the story opens on the publication day: the report's own day holds
    ("Gunmen attacked a market in Maiduguri on Wednesday, killing nine people. The governor of Borno condemned the "
     "attack.", "ACCUSE"),
    # an act told in the present is the report's own, of its day
    ("Gunmen attacked a market in Maiduguri on Monday, killing nine people. The governor of Borno condemns the "
     "attack.", "ACCUSE"),
])
def test_the_report_day_holds_where_the_story_opens_on_it_or_the_act_is_present(text, event_type):
    assert [e.date for e in _events(text, event_type)] == [PUBLISHED]


def test_a_story_across_a_month_end_takes_the_year():
    text = ("RSF fighters shelled El Fasher on Thursday, killing 11 people. The Sudanese army arrested three RSF "
            "commanders.")
    assert [e.date for e in _events(text, "COERCE", published="2020-05-02")] == ["2020"]


# --- an act told as following the last dated one: between that date and the report ---

@pytest.mark.parametrize(("text", "expected"), [
    # the last date is the report's day: the act that follows it is of that day too
    ("Houthi rebels attacked Marib on Wednesday. The Saudi-led coalition then bombed Sanaa.", PUBLISHED),
    ("Ukrainian forces shelled Donetsk on Wednesday. Russian forces later retaliated, shelling Kharkiv.", PUBLISHED),
    # an earlier day: the span from it to the report, its month
    ("Houthi rebels attacked Marib on Monday. The Saudi-led coalition then bombed Sanaa.", "2020-05"),
])
def test_a_chained_act_lies_between_the_last_date_and_the_report(text, expected):
    assert [e.date for e in _events(text, "ASSAULT")][-1] == expected


# --- a year the tagger cut off a month ---

@pytest.mark.parametrize(("text", "expected"), [
    ("Abu Bakr al-Masri was a commander of the group. He admitted that he had kidnapped two aid workers in Darfur "
     "in October 2005.[4][5]", "2005-10"),
])
def test_a_month_takes_the_year_written_after_it(text, expected):
    assert [e.date for e in _events(text, "ASSAULT", published=None)] == [expected]


# --- a month and day a possible act is to happen on lies ahead of the report ---

def _dates_named(text: str, published: str) -> dict[str, str | None]:
    return {m.text: m.value for m in extract([text], published=published).mentions if m.type == "DATE"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Dock workers in Mombasa are preparing to strike; the walkout could begin as early as December 22, the union "
     "said.", "2016-12-22"),
    ("The Sudanese army said talks in Jeddah may resume on January 5.", "2017-01-05"),
])
def test_a_possible_act_takes_the_coming_date(text, expected):
    """"Could", "may" before a bare verb tell a possible act, which a report can only place ahead of it: the
    coming December 22, not last year's (annotation.md, Date)."""
    assert expected in _dates_named(text, "2016-12-14").values()


def test_a_weekday_of_a_modal_stays_past():
    """"Could not be reached on Monday" tells a past day: weekdays keep the past default."""
    assert "2016-12-12" in _dates_named("Rebel commanders in Idlib could not be reached on Monday.",
                                        "2016-12-14").values()


# --- a national capital over a small namesake in a country the story names ---

def _place_of(text: str, event_type: str):
    (event,) = _events(text, event_type, published="2016-12-12")
    return event.location


@pytest.mark.parametrize(("text", "country"), [
    # "US" and "Russian" put the USA and Russia in the story's context, whose Cairo, Illinois and Paris, Russia are
    # towns of a few thousand: the capitals of a million are meant (annotation.md, Place)
    ("The US envoy and Sudanese army chief held talks in Cairo on Sunday.", "EGY"),
    ("US Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Paris on Saturday to discuss "
     "Aleppo.", "FRA"),
])
def test_a_capital_outranks_a_small_namesake_in_the_story_countries(text, country):
    place = _place_of(text, "CONSULT")
    assert place is not None and place.country == country


def test_a_named_division_keeps_the_namesake_town():
    """The story names the town's county: Paris, Texas."""
    place = _place_of("Lamar County deputies said a man was shot in Paris on Sunday.", "ASSAULT")
    assert place is not None and place.country == "USA"


# --- a country before an act noun is its party, not its place ---

@pytest.mark.parametrize(("text", "expected"), [
    ("Two al-Shabaab commanders were killed in a US airstrike on Sunday.", None),
    ("A senior AQAP leader died in a U.S. drone strike last week.", None),
    # the act's own place still holds beside it
    ("Five soldiers were killed in a US airstrike in Syria.", "SYR"),
])
def test_a_country_before_an_act_noun_is_no_place(text, expected):
    """"A US airstrike" is a strike by the US (PLOVER's actor), not one in the US (annotation.md, Place: where the
    event happened); a town before an act noun names its venue ("a Kyiv rally", docs/pipeline.md)."""
    place = _place_of(text, "ASSAULT")
    assert (place.country if place is not None else None) == expected


# --- a date in a clause that describes a party is not the act's ---

@pytest.mark.parametrize(("text", "event_type", "expected"), [
    # a participle on the subject dates that party's past, not the threats (annotation.md, Date: a background event
    # with no date is null)
    ("The Kherson governor, first appointed in 2019, has faced threats from Russian forces.", "THREATEN", None),
    ("The Tigrayan commander, first elected in 2010, has received threats from federal forces.", "THREATEN", None),
    # a participle on a circumstance is the act's own time
    ("In a statement released on Saturday, the Houthis accused Saudi Arabia of bombing Saada.", "ACCUSE",
     "2016-12-10"),
])
def test_a_date_describing_a_party_is_not_the_act_s(text, event_type, expected):
    assert [e.date for e in _events(text, event_type, published="2016-12-14")] == [expected]
