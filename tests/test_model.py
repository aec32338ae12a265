"""The data model: a bundle survives its JSON form, and a foreign bundle is refused."""

from __future__ import annotations

import pytest

from conflictgraph.model import Actor, Bundle, Document, Event, Evidence, Location, Mention


def test_round_trip_of_the_seed_bundle(seeds_bundle):
    assert Bundle.from_json(seeds_bundle.to_json()) == seeds_bundle


def test_round_trip_by_hand():
    evidence = Evidence("d", 0, 12, "Iran struck.")
    bundle = Bundle(
        documents=[Document("d", "d.txt", "Iran struck.", published="2020-01-08", published_basis="metadata")],
        actors=[Actor("iran", "Iran", "state", ["Iran"], "IRN", "Q794")],
        mentions=[Mention("d", 0, 4, "Iran", "GPE", "iran", geo=Location("Iran", "IRN", 32.0, 53.0, 130758))],
        events=[Event("ev-1", "ASSAULT", source="iran", location=Location("Erbil", "IRQ", 36.19, 44.01),
                      evidence=[evidence])],
    )
    data = bundle.to_dict()
    assert data["format"] == "conflictgraph/1"
    assert data["mentions"][0]["geo"]["geonames_id"] == 130758
    assert Bundle.from_dict(data) == bundle


def test_extra_keys_are_ignored():
    data = Bundle().to_dict()
    data["actors"] = [{"id": "x", "name": "X", "kind": "person", "aliases": [], "country": None,
                       "wikidata": None, "method": "dictionary"}]
    assert Bundle.from_dict(data).actors == [Actor("x", "X", "person", [], None, None)]


def test_other_formats_are_refused():
    with pytest.raises(ValueError, match="not a conflictgraph/1 bundle"):
        Bundle.from_dict({"format": "conflictgraph-gold/1"})
