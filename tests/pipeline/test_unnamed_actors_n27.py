"""Actors the text names only by a description are real actors (issue 11; docs/annotation.md, *Actor and
recipient*: "Collective actors are actors"; PLOVER's actor and recipient are any entity): volunteers, rescue and
aid workers, a group of men; and a later definite "the group" is the body named last with that head (two mentions
of the same unknown body merge). Sentences written for this test, from several conflicts.
"""

from __future__ import annotations

import pytest

from conflictgraph import extract

PUBLISHED = "2024-05-15"


def _bundle(text: str) -> dict:
    return extract([text], published=PUBLISHED).to_dict()


def _mention_actor(bundle: dict, words: str) -> str | None:
    return next((m["actor"] for m in bundle["mentions"] if m["text"] == words), None)


@pytest.mark.parametrize("text, words", [
    # collectives.yaml group_heads: volunteers act together (PLOVER actor: any entity)
    ("Volunteers from the opposing campaign harassed the candidate in Harare on Sunday.", "Volunteers"),
    ("In Kharkiv, volunteers distributed food to families sheltering in the metro.", "volunteers"),
    # group_heads_qualified: workers named by the work they do together
    ("Rescue workers pulled survivors from the rubble in Hama on Tuesday.", "Rescue workers"),
    ("The army blocked aid workers at a checkpoint outside El Fasher.", "aid workers"),
    ("Emergency responders reached the flooded villages in Sindh overnight.", "Emergency responders"),
])
def test_a_collective_described_by_its_work_is_an_actor(text, words):
    assert _mention_actor(_bundle(text), words) is not None


@pytest.mark.parametrize("text", [
    "The workers at the plant in Cali went home early.",        # workers of any kind: no body
    "A group of experts in Geneva published the report.",        # the experts are the group (a group head)
])
def test_no_body_of_workers_or_groups_where_none_is_described(text):
    bundle = _bundle(text)
    assert _mention_actor(bundle, "workers") is None and _mention_actor(bundle, "group") is None


@pytest.mark.parametrize("text", [
    # "a group of <people>" (collectives.yaml people_nouns) is a body; "the group" after it is that body
    "A group of men stormed a police post near Mopti. The group then set fire to two vehicles.",
    "A group of youths blocked the road to Taunggyi on Friday. Police said the group had thrown stones.",
    "Soldiers fired on a group of farmers in Cauca on Monday. The group had refused to leave the land.",
])
def test_a_group_of_people_and_the_group_after_it_are_one_actor(text):
    bundle = _bundle(text)
    groups = [m["actor"] for m in bundle["mentions"] if m["text"].lower().startswith("group")]
    assert len(groups) == 2 and groups[0] is not None and groups[0] == groups[1]


def test_the_group_is_the_group_named_last_with_that_head():
    """A definite "the group" after "a militant group" is that group (a definite description points back to the
    last indefinite one with the same head)."""
    bundle = _bundle("A militant group claimed the attack on the convoy near Marib. The group said it would "
                     "strike again.")
    militant = _mention_actor(bundle, "militant group")
    assert militant is not None and _mention_actor(bundle, "group") == militant


def test_a_bare_group_with_nothing_named_before_is_no_actor():
    bundle = _bundle("The group of islands lies off the coast of Yemen. The group is rarely visited.")
    assert _mention_actor(bundle, "group") is None


@pytest.mark.parametrize("text", [
    # a body named since the unnamed group: "the group" may be that name's, so the rule leaves it
    "A group of men attacked a checkpoint near Gao. Jama'at Nasr al-Islam wal Muslimin later claimed the attack, "
    "and the group said it would strike again.",
    "A group of youths burned tyres in Goma. The March 23 Movement denied any role, and the group said it had no "
    "fighters in the city.",
])
def test_the_group_after_a_named_body_is_not_the_unnamed_one(text):
    bundle = _bundle(text)
    first = next(m["actor"] for m in bundle["mentions"] if m["text"].lower().startswith("group of"))
    later = [m["actor"] for m in bundle["mentions"] if m["text"].lower() == "group"]
    assert first not in later


@pytest.mark.parametrize("text", [
    # docs/annotation.md, *Claims*: speech without one identifiable speaker is no claim; a group of such people
    # (speech.yaml anonymous_speakers) is as unnamed as they are
    "A group of residents said soldiers had burned the market in Kidal.",
    "A group of villagers told reporters that drones had struck the school near Lashio.",
    "Volunteers said the shelling in Kherson had not stopped.",
])
def test_a_group_of_unnamed_sources_speaks_as_no_one(text):
    assert _bundle(text)["claims"] == []


def test_a_group_of_men_is_still_an_events_actor_though_no_speaker():
    bundle = _bundle("A group of residents blocked the road to Bamenda on Monday.")
    groups = {m["actor"] for m in bundle["mentions"] if m["text"].lower().startswith("group of")}
    assert len(groups) == 1


@pytest.mark.parametrize("text, words", [
    # collectives.yaml assembly_verbs: people who gather, march or rally together are a crowd that acts as one
    # body, the actor of the protest (PLOVER, PROTEST: demonstrations and rallies; the protesters are the actor)
    ("More than 2,000 people gathered on Saturday at a rally in Tbilisi to demand new elections.", "people"),
    ("Thousands of students marched through Dhaka on Monday to protest the quota system.", "students"),
    ("Hundreds of farmers gathered in a protest outside the parliament in Nairobi.", "farmers"),
])
def test_people_who_assemble_are_the_protests_actor(text, words):
    bundle = _bundle(text)
    crowd = _mention_actor(bundle, words)
    assert crowd is not None
    assert crowd in {e["source"] for e in bundle["events"] if e["type"] == "PROTEST"}


@pytest.mark.parametrize("text, words", [
    ("Shells hit the square where people had gathered in Kramatorsk.", "people"),  # not a body acting
    ("Three people were killed when soldiers fired on the market in Gao.", "people"),  # victims, no assembly
])
def test_people_who_do_not_assemble_are_no_actor(text, words):
    bundle = _bundle(text)
    assert _mention_actor(bundle, words) is None or _mention_actor(bundle, words) not in {
        e["source"] for e in bundle["events"]} | {e["target"] for e in bundle["events"]}
