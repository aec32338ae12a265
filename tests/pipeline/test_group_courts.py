"""Courts and groups a word qualifies are actors (collectives.yaml ``group_heads_qualified``; docs/annotation.md,
*Police and courts*: the court that convicts, acquits or arraigns is the actor; *Actor and recipient*: unnamed
bodies become actors). Sentences written for this test, from several countries."""

from __future__ import annotations

import pytest

from conflictgraph import extract


def _bundle(text: str) -> dict:
    return extract([text], published="2024-05-15").to_dict()


@pytest.mark.parametrize("text, kind, source", [
    ("A Kenyan court on Tuesday sentenced two men to 30 years in prison for the Westgate attack.", "SANCTION",
     "Kenyan court"),
    ("An appeals court in Lahore acquitted the Christian woman on Wednesday.", "CONCEDE", "appeals court"),
    ("A human rights group accused the army of torturing detainees in Sittwe and Mandalay.", "ACCUSE",
     "human rights group"),
    ("An auto industry trade group urged the ministry in Seoul to delay the new rules.", "REQUEST",
     "auto industry trade group"),
])
def test_a_qualified_court_or_group_is_the_actor(text, kind, source):
    bundle = _bundle(text)
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    assert source in {names.get(e["source"]) for e in bundle["events"] if e["type"] == kind}, bundle["events"]


@pytest.mark.parametrize("text", [
    "The court heard that the men fled to Mombasa.",         # an unqualified "court" names no body
    "The group of islands lies off the coast of Yemen.",     # "group" of no people names no body
])
def test_an_unqualified_group_or_court_is_no_actor(text):
    bundle = _bundle(text)
    assert not [a for a in bundle["actors"] if a["name"].lower() in ("group", "court")]


def test_a_group_of_men_is_the_collective_that_acted():
    """Changed by issue 11 (helper n27): "a group of men" is the collective actor of what it did (annotation.md,
    *Actor and recipient*: "Collective actors are actors"), no longer left out; tests/pipeline/
    test_unnamed_actors_n27.py holds the rule's cases."""
    bundle = _bundle("A group of men attacked a bus near Jos on Sunday.")
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    assert "group of men" in {names.get(e["source"]) for e in bundle["events"] if e["type"] == "ASSAULT"}
