"""When an event happened (issue 11, helper dat): a news report with one background date is still a news report.

Sentences written for this test, from Sudan, Colombia, Myanmar, the Sahel, Ukraine and city news. The rule is
docs/annotation.md, *Date* and *Undated statements*: an act the report tells as its news, with no date of its own,
takes the publication date; a background event with no date is null. A history told from years later (many dates
far from its publication) dates no undated act by the publication; one background date ("In April, the singer
died") in a report that names no other does not make it a history (``recency.is_news_report``).
"""

from __future__ import annotations

import pytest

from conflictgraph import extract

PUBLISHED = "2024-05-15"


def _date(text: str, event_type: str, published: str | None = PUBLISHED, prefix: bool = True) -> str | None:
    """The date of the first event of the type (with ``prefix``, the first one the report's news sentence tells)."""
    bundle = extract([text], published=published)
    return next(e.date for e in bundle.events if e.type == event_type and (not prefix or e.evidence[0].text.startswith(
        ("Police", "The mayor", "The governor", "The city council", "Soldiers", "Gunmen"))))


@pytest.mark.parametrize(("text", "event_type"), [
    # one background date, a month or a day far from the publication, beside the report's undated news
    ("Police in Omdurman arrested 12 protesters, a rights group said. The army took power in a coup in October "
     "2021.", "COERCE"),
    ("The mayor of Cali called for more police patrols in the city centre. In April, a bomb exploded outside a "
     "police station in the city.", "REQUEST"),
    ("The governor of Kharkiv condemned the shelling of a school. The city was first hit on 24 February 2022.",
     "ACCUSE"),
    ("The city council has approved a curfew for teenagers after a string of robberies. In March, two shops were "
     "looted on Main Street.", "COERCE"),
])
def test_one_background_date_leaves_a_report_its_news(text, event_type):
    assert _date(text, event_type) == PUBLISHED


@pytest.mark.parametrize(("text", "event_type"), [
    # two dates or more far from the publication and outnumbering the near ones: a history told from years later,
    # whose undated act is background
    ("The town fell to the rebels in March 2012. The army retook it in January 2013. Gunmen attacked an army "
     "patrol near the town.", "ASSAULT"),
    ("Islamists seized Timbuktu in April 2012. French troops drove them out in January 2013. Mr Ould Mohamed was "
     "named governor on 14 May. Gunmen attacked a patrol outside the town.", "ASSAULT"),
    ("The conflict began in 2012 and spread south by 2015. A peace deal was signed in 2015 and collapsed in 2017. "
     "Gunmen attacked an army patrol near Djibo.", "ASSAULT"),
    # a text that names only years is judged by them: one year back is a history's
    ("The military seized power in 2021. Soldiers burned homes in a village in Sagaing region.", "ASSAULT"),
])
def test_a_history_keeps_its_undated_acts_undated(text, event_type):
    assert _date(text, event_type) is None


# --- the date of a promise or threat (docs/annotation.md, *Date of a promise*: an AGREE or CONCEDE for a promised
# or planned act takes the date of the promise or announcement, by the rules for statements, not the date of the
# act promised; a threat is a verbal act, dated when made) ---

@pytest.mark.parametrize(("text", "event_type"), [
    # a day after the publication is the promised act's, not the promise's: the report announces it now
    ("The Foreign Minister will travel to Khartoum, meeting the army chief on 20 May.", "AGREE"),
    ("Colombia will host peace talks with the ELN in Havana on 3 June.", "AGREE"),
    ("The mayor of Lagos will meet union leaders on Friday.", "AGREE"),
    # the main clause's future is the report's own announcement
    ("We will provide emergency food aid to displaced families in Darfur.", "AGREE"),
    # a vague time of the act threatened is not the threat's
    ("Dock workers in Rotterdam are preparing to strike a few days before the elections.", "THREATEN"),
])
def test_a_promise_takes_the_date_it_is_made(text, event_type):
    assert _date(text, event_type, prefix=False) == PUBLISHED


@pytest.mark.parametrize(("text", "event_type", "expected"), [
    # the saying of the promise dated by its own clause keeps that date
    ("On Monday, the junta said it would release 200 prisoners.", "CONCEDE", "2024-05-13"),
    # a past act keeps its past day
    ("Ethiopia hosted talks between the two sides on 10 May.", "CONSULT", "2024-05-10"),
    # a promise the text places years back is background
    ("The rebels agreed several years ago to withdraw from the town.", "CONCEDE", None),
])
def test_a_promise_dated_otherwise_keeps_its_date(text, event_type, expected):
    assert _date(text, event_type, prefix=False) == expected
