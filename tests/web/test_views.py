"""What the views compute themselves: the timeline's buckets, query strings, support wording."""

from __future__ import annotations

import pytest

from conflictgraph.corroboration import Support
from conflictgraph.web.app import query_string, support_text
from conflictgraph.web.views import actor_url, document_url, timeline


@pytest.mark.parametrize("by, buckets, assaults", [
    ("day", ["2020-01-01", "2020-01-02", "2020-01-03"], [2, 0, 1]),
    ("week", ["2019-12-30"], [3]),
    ("month", ["2019-12-01", "2020-01-01"], [0, 3]),
])
def test_timeline_buckets(by, buckets, assaults):
    dated = [("2020-01-01", "ASSAULT", 2), ("2020-01-03", "ASSAULT", 1),
             ("2019-12", "PROTEST", 1), ("2019", "PROTEST", 1), (None, "AID", 1)]
    found = timeline(dated, by)
    assert found.buckets == buckets
    assert found.series["ASSAULT"] == assaults
    assert found.undated == (2 if by == "month" else 3)


@pytest.mark.parametrize("span_days, by", [(0, "day"), (120, "day"), (121, "week"), (1098, "week"), (1200, "month")])
def test_timeline_picks_its_bucket_from_the_span(span_days, by):
    from datetime import date, timedelta

    last = (date(2020, 1, 1) + timedelta(days=span_days)).isoformat()
    assert timeline([("2020-01-01", "AID", 1), (last, "AID", 1)]).by == by


def test_timeline_of_nothing():
    found = timeline([(None, "AID", 1)])
    assert found.buckets == [] and found.undated == 1


@pytest.mark.parametrize("params, more, expected", [
    ({}, {}, ""),
    ({"type": "ASSAULT", "actor": None, "text": ""}, {}, "?type=ASSAULT"),
    ({"actor": "Kata'ib <b>"}, {"offset": 50}, "?actor=Kata%27ib+%3Cb%3E&offset=50"),
    ({"q": "x"}, {"offset": 0}, "?q=x"),
])
def test_query_string(params, more, expected):
    assert query_string(params, **more) == expected


def test_links_quote_ids():
    assert actor_url("a/b c") == "/actors/a%2Fb%20c"
    assert document_url("x#y", 12) == "/documents/x%23y#s-12"


@pytest.mark.parametrize("support, text", [
    (Support(1, 1), "1 document, 1 independent source"),
    (Support(3, 2), "3 documents, 2 independent sources"),
])
def test_support_text(support, text):
    assert support_text(support) == text
