"""The date of each event on news from many conflicts (issue 11, helper dte).

Sentences written for this test, from Nigeria, Ukraine, the Sahel, Sudan, Myanmar, Colombia, Syria, Iraq, the DRC,
Mozambique, Afghanistan and city news, several across a year's end. Each case names the rule of docs/annotation.md,
*Date*, that it checks: a weekday is the most recent such day on or before the publication; "yesterday" and "last
night" the day before; a month or day without a year the latest one not after the publication; "earlier this
month", "last week" the month; a span the coarser value holding it; an act told as the report's news with no date
of its own the publication date; a background act with no date null. The new rule (``SentenceDates.before_telling``):
an act told in a past perfect complement ("police said the man had stabbed two people") lies before the time of the
clause that tells it, whose date is the telling's, not the act's; it takes the date its own clause gives, else none.
Three more follow the span rule ("a span takes the coarser value that contains it"): two dates the tagger split at "and"
("on Monday and Tuesday", "between 28 February and 3 March") are one span (``dates._join_coordinated``); a week across a
year's end ("last week" in a paper of 4 January), which no calendar value holds, is no date and not the publication's
(``SentenceDates.vaguely_dated``); a date inside a phrase opened by "since" ("since the coup on 1 February") opens a
stretch to the report (``SentenceDates._since_phrase``). And a text with no publication date of its metadata is dated
by its wire dateline's day with its year (``readers.base.published_from_text``: the publication date is else "the
date in its text"), so its "yesterday" and "on Saturday" resolve.
"""

from __future__ import annotations

import pytest

from conflictgraph import extract


def _dates(text: str, event_type: str, published: str) -> list[str | None]:
    """The dates of the events of the type, in the order the text tells them."""
    return [e.date for e in extract([text], published=published).events if e.type == event_type]


@pytest.mark.parametrize(("rule", "published", "text", "event_type", "expected"), [
    # --- weekdays: the most recent such day on or before the publication ---
    ("weekday", "2019-03-14", "Gunmen killed seven farmers in Zamfara state on Tuesday, police said.",
     "ASSAULT", "2019-03-12"),
    ("weekday with a part of the day", "2022-10-06", "Russian missiles struck Zaporizhzhia late Sunday, killing "
     "three people.", "ASSAULT", "2022-10-02"),
    ("weekday with a part of the day", "2020-11-05", "Protesters blocked the highway to Cali on Tuesday evening.",
     "PROTEST", "2020-11-03"),
    ("weekday across a year's end", "2021-01-02", "Jihadists attacked an army post near Menaka on Wednesday, "
     "killing four soldiers.", "ASSAULT", "2020-12-30"),
    ("weekday that is the publication day", "2021-02-01", "Soldiers detained the country's leader on Monday, a "
     "party spokesman said.", "COERCE", "2021-02-01"),
    ("weekday that is the publication day", "2018-09-15", "On Saturday, soldiers killed a rebel commander in "
     "Rakhine.", "ASSAULT", "2018-09-15"),
    ("'last' weekday: the week before", "2018-09-15", "Last Friday, soldiers killed a rebel commander in Rakhine.",
     "ASSAULT", "2018-09-07"),
    # --- yesterday, today, last night ---
    ("yesterday across a year's end", "2021-01-01", "Security forces arrested twelve protesters in Khartoum "
     "yesterday.", "COERCE", "2020-12-31"),
    ("today", "2020-06-10", "Police arrested forty protesters in Bogota today.", "COERCE", "2020-06-10"),
    ("this morning", "2020-11-05", "An explosion killed three soldiers in Kandahar this morning.", "ASSAULT",
     "2020-11-05"),
    ("last night across a year's end", "2021-01-01", "Drones struck the airport in Erbil last night.", "ASSAULT",
     "2020-12-31"),
    # --- a day or a month without a year: the latest one not after the publication ---
    ("day without a year across a year's end", "2021-01-05", "Militants attacked a convoy near Palma on 28 December, "
     "officials said.", "ASSAULT", "2020-12-28"),
    ("day without a year across a year's end", "2020-01-03", "Fighters shelled a market in Idlib on Dec. 30, killing "
     "five civilians.", "ASSAULT", "2019-12-30"),
    ("day without a year in the year", "2019-01-10", "On January 3, protesters marched on the presidential palace in "
     "Khartoum.", "PROTEST", "2019-01-03"),
    ("month without a year across a year's end", "2022-01-12", "The army bombed three villages in Sagaing in "
     "December, residents said.", "ASSAULT", "2021-12"),
    ("part of a month across a year's end", "2023-02-10", "Militants attacked the mine in early December.",
     "ASSAULT", "2022-12"),
    ("month without a year", "2018-09-15", "Troops killed a rebel commander in July.", "ASSAULT", "2018-07"),
    ("part of the publication's month", "2023-04-20", "The army bombed Khartoum in mid-April.", "ASSAULT", "2023-04"),
    # --- relative periods: the granularity the text gives ---
    ("last month across a year's end", "2021-01-10", "Rebels seized the town of Bambari last month, the UN said.",
     "ASSAULT", "2020-12"),
    ("last year", "2019-02-01", "The militia abducted 30 students last year.", "ASSAULT", "2018"),
    ("earlier this month", "2021-03-20", "Police arrested the opposition leader earlier this month.", "COERCE",
     "2021-03"),
    ("last week within a month", "2021-03-20", "Soldiers shot dead two protesters in Mandalay last week.", "ASSAULT",
     "2021-03"),
    ("this year", "2021-06-01", "The army has detained 3,000 people this year, a rights group said.", "COERCE",
     "2021"),
    ("days ago", "2020-11-05", "Two days ago, militants kidnapped a priest in Niger.", "ASSAULT", "2020-11-03"),
    # --- full dates and spans ---
    ("full date", "2019-04-20", "On 12 March 2018, gunmen killed a mayor in Cauca.", "ASSAULT", "2018-03-12"),
    ("a span takes the coarser value holding it", "2019-04-20", "Fighters attacked the camp repeatedly from 5 to 7 "
     "April 2019.", "ASSAULT", "2019-04"),
    ("a stretch since a month runs to the report", "2020-05-20", "Police have arrested 40 people since March.",
     "COERCE", "2020"),
    ("two dates joined by 'and' are one span", "2021-03-18", "Soldiers shot protesters in Mandalay on Monday and "
     "Tuesday.", "ASSAULT", "2021-03"),
    ("two dates joined by 'and' are one span", "2020-08-11", "Police arrested dozens of protesters in Minsk on "
     "Saturday and Sunday.", "COERCE", "2020-08"),
    ("two dates joined by 'and' are one span", "2021-03-10", "Rebels attacked villages in Ituri between 28 February "
     "and 3 March.", "ASSAULT", "2021"),
    ("a span across a year's end holds no value", "2021-01-10", "Between 28 December and 3 January, militants "
     "attacked three villages in Cabo Delgado.", "ASSAULT", None),
    ("one mention's span", "2021-02-15", "Houthi drones struck Abha airport on 10 and 11 February.", "ASSAULT",
     "2021-02"),
    ("two years are two times, not a span", "2019-05-01", "Fighters attacked the town of Palmyra in 2014 and 2015.",
     "ASSAULT", "2014"),
    ("two dates of two places are not a span", "2021-03-18", "Gunmen attacked Kidal on Monday and Gao on Tuesday.",
     "ASSAULT", "2021-03-15"),
    ("a week across a year's end is no date", "2021-01-04", "Militants attacked a convoy in Cabo Delgado last week.",
     "ASSAULT", None),
    ("a week across a year's end is no date", "2020-01-01", "Militants attacked a convoy in Cabo Delgado earlier this "
     "week.", "ASSAULT", None),
    ("a week within a month is the month", "2021-01-12", "Militants attacked a convoy in Cabo Delgado last week.",
     "ASSAULT", "2021-01"),
    ("a date inside a 'since' phrase opens a stretch", "2021-03-16", "The junta has detained more than 2,000 people "
     "since the coup on 1 February.", "COERCE", "2021"),
    ("a date inside a 'since' phrase opens a stretch", "2021-03-16", "Since the attack on Sunday, police have arrested "
     "12 people in Cauca.", "COERCE", "2021-03"),
    ("a date inside a 'since' phrase opens a stretch", "2021-03-16", "Police have arrested 12 people since the bombing "
     "in Kabul on 2 March.", "COERCE", "2021-03"),
    ("the act the 'since' phrase names keeps its date", "2021-03-16", "Since the attack on Sunday, police have "
     "arrested 12 people in Cauca.", "ASSAULT", "2021-03-14"),
    ("the act the 'since' phrase names keeps its date", "2021-03-16", "Police have arrested 12 people since the "
     "bombing in Kabul on 2 March.", "ASSAULT", "2021-03-02"),
    # --- undated acts of the report's news: the publication date ---
    ("present perfect of the news", "2020-07-15", "Gunmen have killed 12 villagers in Katsina state, police said.",
     "ASSAULT", "2020-07-15"),
    ("statement in the present", "2020-07-15", "The Kremlin denies the accusation.", "REJECT", "2020-07-15"),
    ("undated statement of the news", "2020-07-15", "The foreign ministry condemned the attack on the embassy.",
     "ACCUSE", "2020-07-15"),
    # --- a background stance with no date: null ---
    ("background stance", "2020-07-15", "The group has long refused to negotiate with the government.", "REJECT",
     None),
    # --- an act told in a past perfect complement: not the telling's date ---
    ("past perfect complement: not the telling's weekday", "2019-05-30", "On Monday, police said the man had stabbed "
     "two people in Bradford.", "ASSAULT", None),
    ("past perfect complement: not the telling's weekday", "2021-08-20", "On Thursday the army said militants had "
     "killed six soldiers in Mali.", "ASSAULT", None),
    ("past perfect complement: not the telling's weekday", "2018-11-09", "On Wednesday, the prosecutor said the "
     "suspect had shot a guard in Medellin.", "ASSAULT", None),
    ("past perfect complement: not the telling's date", "2017-06-30", "On 12 June the governor admitted that his "
     "militia had burned two villages in Ituri.", "ASSAULT", None),
    ("past perfect complement: not the telling's date", "2021-05-04", "Residents told reporters on Sunday that "
     "soldiers had detained dozens of young men in Sagaing.", "COERCE", None),
    # ... its own clause's date still dates it
    ("past perfect complement keeps its own date", "2019-05-30", "On Monday, police said the man had stabbed two "
     "people on Saturday.", "ASSAULT", "2019-05-25"),
    ("past perfect complement keeps its own date", "2021-08-20", "The army said on Thursday that militants had killed "
     "six soldiers in Mali on Tuesday.", "ASSAULT", "2021-08-17"),
    ("past perfect complement keeps its own date", "2022-03-03", "Officials said on Wednesday that Russian forces had "
     "shelled Kharkiv in February.", "ASSAULT", "2022-02"),
    # ... and an act the dated clause tells itself, not in a past perfect, keeps that clause's date
    ("act of the dated clause", "2019-05-30", "On Monday, police arrested the man in Bradford.", "COERCE",
     "2019-05-27"),
    ("act of the dated clause", "2021-05-04", "On Sunday, soldiers detained dozens of young men in Sagaing, residents "
     "said.", "COERCE", "2021-05-02"),
])
def test_the_date_of_the_event(rule, published, text, event_type, expected):
    assert _dates(text, event_type, published)[0] == expected, rule


@pytest.mark.parametrize(("rule", "published", "text", "event_type", "expected"), [
    # two acts of one sentence, one in a past perfect complement with a date of its own, one without: the telling's
    # date no longer dates the second, and they stay two acts
    ("past perfect complement: two acts stay two", "2006-06-01", "On 23 May 2006, the militant admitted that he had "
     "abducted and killed three truck drivers from Jordan, and had abducted two engineers in October 2005.",
     "ASSAULT", [None, "2005-10"]),
    # an act chained after a dated one in the main clause is dated by the chain, not the complement rule
    ("act in a time clause", "2018-12-20", "On Monday, rebels attacked the town of Beni, days after they killed four "
     "soldiers.", "ASSAULT", ["2018-12", "2018-12-17"]),
])
def test_the_dates_of_a_sentences_acts(rule, published, text, event_type, expected):
    assert _dates(text, event_type, published) == expected, rule


@pytest.mark.parametrize(("rule", "text", "event_type", "published", "expected"), [
    ("a dated dateline dates the report: yesterday", "KABUL, March 3, 2021 (Reuters) - Gunmen killed three female "
     "media workers in Jalalabad yesterday, officials said.", "ASSAULT", "2021-03-03", "2021-03-02"),
    ("a dated dateline dates the report: today", "BAMAKO, Mali, June 7, 2021 (AP) - Soldiers arrested two ministers in "
     "Bamako today.", "COERCE", "2021-06-07", "2021-06-07"),
    ("a dated dateline dates the report: a weekday", "KHARTOUM, April 17, 2023 (Reuters) - RSF fighters shelled the "
     "airport on Saturday.", "ASSAULT", "2023-04-17", "2023-04-15"),
    ("a dated dateline dates the report: a weekday", "Headline of the story\nWASHINGTON, Sept. 12, 2019 - Police "
     "arrested a man in Georgetown on Tuesday.", "COERCE", "2019-09-12", "2019-09-10"),
    # a dateline without a year gives no publication date (the year is not known), and the act stays undated
    ("a dateline without a year dates nothing", "GOMA, Democratic Republic of Congo, May 4 (Reuters) - M23 rebels "
     "attacked the town of Sake on Saturday.", "ASSAULT", None, None),
])
def test_a_dated_dateline_dates_a_report_without_metadata(rule, text, event_type, published, expected):
    bundle = extract([text])
    assert bundle.documents[0].published == published, rule
    assert next(e.date for e in bundle.events if e.type == event_type) == expected, rule
