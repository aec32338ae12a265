"""One reading for what two stages had each written for themselves (issue 11, helper q31; outputs unchanged).

Sentences written for this test (Sudan, Myanmar, Colombia, Mali, Ukraine, Yemen, Kenya). The rules are
docs/annotation.md's: *Date* (a span takes the coarser value that contains it), *Heads of workplaces*, and the
PLOVER manual's THREATEN ("coercive or forceful warnings with serious potential repercussions").
"""

from __future__ import annotations

import pytest

from conflictgraph import extract
from conflictgraph.pipeline.recency import chained_date, span_to_report


@pytest.mark.parametrize("start, published, otherwise, expected", [
    ("2024-05-20", "2024-05-20", None, "2024-05-20"),  # the report's own day
    ("2024-05-06", "2024-05-20", None, "2024-05"),  # within its month
    ("2024-04-28", "2024-05-10", None, "2024"),  # across a month's end: the year
    ("2015-03-01", "2016-05-10", None, "2016"),  # across a year's end: by default the publication's year
    ("2026-12-28", "2027-01-03", "2027-01-03", "2027-01-03"),  # ... or what the caller names
    ("2024-03", "2024-05", None, "2024"),  # coarser values nest the same way
])
def test_a_span_to_the_report_takes_the_finest_value_holding_both(start, published, otherwise, expected):
    """docs/annotation.md, *Date*: a span takes the coarser value that contains it."""
    assert span_to_report(start, published, otherwise) == expected


@pytest.mark.parametrize("previous, published, expected", [
    ("2024-05-20", "2024-05-20", "2024-05-20"),  # chained to the publication day: that day
    ("2024-05-17", "2024-05-20", "2024-05"),  # a day of the fortnight before: the span's month
    ("2026-12-30", "2027-01-02", "2026-12"),  # across a year's end: the last date's month
    ("2024-02-03", "2024-05-20", "2024-02"),  # outside the fortnight: the last date's month
])
def test_a_chained_act_lies_between_the_last_date_and_the_report(previous, published, expected):
    """A chained act ("later", "retaliated") is no earlier than the last date and no later than the report."""
    assert chained_date(previous, published) == expected


def _dates(text: str, published: str) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for event in extract([text], published=published).to_dict()["events"]:
        out.setdefault(event["type"], set()).add(event["date"])
    return out


@pytest.mark.parametrize("text, published, event_type, expected", [
    # "recently": the fortnight before the report, held by its month or, across a month's end, its year
    ("Militias recently shelled the town of El Fasher, the governor said.", "2024-05-20", "ASSAULT", "2024-05"),
    ("Militias recently shelled the town of El Fasher, the governor said.", "2024-05-03", "ASSAULT", "2024"),
    ("The recent attack on an aid convoy near Sittwe killed four drivers.", "2024-05-20", "ASSAULT", "2024-05"),
    # a dated "since" clause opens a span that runs to the report
    ("The journalist has faced threats since she reported on the army in Cauca last week.", "2024-05-20",
     "THREATEN", "2024-05"),
    ("The ELN has attacked pipelines in Arauca since it broke the ceasefire on 28 April.", "2024-05-10",
     "ASSAULT", "2024"),
])
def test_recent_and_since_spans_take_the_finest_value_holding_the_report(text, published, event_type, expected):
    """docs/annotation.md, *Date*: a span takes the coarser value that contains it (events.py `_recent`,
    `_since_clause`, one step with recency.py's spans: `span_to_report`)."""
    assert _dates(text, published).get(event_type) == {expected}
