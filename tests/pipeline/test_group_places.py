"""A collective's name that opens with a place or a demonym places the group, never the event, and is context.

"London police" is one actor mention (pipeline/groups.py); the places stage gives it the point of the name it
opens with, as it gives a demonym its country's, and counts that name as context for the article's other places.
"""

from __future__ import annotations

import pytest

from conflictgraph import extract

pytestmark = pytest.mark.slow


def mention(bundle, text):
    return next(m for m in bundle.mentions if m.text == text)


def test_a_collective_is_placed_by_the_place_its_name_opens_with():
    bundle = extract("Montreal police arrested two men on Tuesday, the city's officials said.",
                     published="2021-03-04")
    police = mention(bundle, "Montreal police")
    assert police.type == "ORG" and police.geo is not None and police.geo.country == "CAN"


def test_a_demonym_opening_a_collective_places_it_in_that_state():
    bundle = extract("Sudanese protesters blocked the road to the airport on Monday.", published="2021-03-04")
    protesters = mention(bundle, "Sudanese protesters")
    assert protesters.type == "ORG" and protesters.geo is not None
    assert protesters.geo.country == "SDN" and protesters.geo.level == "country"


def test_the_collectives_point_is_not_the_events_place():
    bundle = extract("Sudanese protesters marched through the capital on Monday.", published="2021-03-04")
    assert bundle.events and all(e.location is None or e.location.country != "SDN" for e in bundle.events)


def test_a_place_inside_a_collectives_name_is_context_for_the_others():
    # St. Thomas and London, both in Ontario: the police of one are context for the other's place.
    text = ("St. Thomas police said on Monday they had charged a man. London is 30 kilometres away, and London "
            "police are also investigating.")
    bundle = extract(text, published="2016-12-19")
    london = mention(bundle, "London")
    assert london.geo is not None and london.geo.country == "CAN"
