"""One event per occurrence in a sentence (docs/annotation.md, *One event or several*, *One incident, several
weapons*): two triggers of one act, or an act and its toll, are one event; coordinated acts that differ in place,
recipient or actor are two (issue 11, helper mrg). Every sentence is written for this file, from conflicts other
than those of the DEV gold; both sides of each class are checked."""

from __future__ import annotations

import pytest
from support import events_by_text

PUBLISHED = "2024-03-20"  # a Wednesday


def _of_type(text: str, event_type: str) -> list[dict]:
    return [e for e in events_by_text([text], PUBLISHED)[text] if e["type"] == event_type]


# --- One act told with two verbs, or an act and its result: one event ----------------------------------------------
@pytest.mark.parametrize(("text", "event_type", "toll"), [
    # DR Congo: two verbs with one object ("abducted and killed") tell one act
    ("Gunmen abducted and killed four aid workers in Ituri on Sunday.", "ASSAULT", 4),
    # Ukraine: the toll's participles are the strike's result, no second act (annotation.md, Tolls)
    ("Russian drones struck Odesa on Monday, killing three people and wounding eight.", "ASSAULT", 3),
    # Sudan: an attack and the killing it did, by one actor at one place and time
    ("The RSF attacked Tawila and killed 20 civilians on Sunday.", "ASSAULT", 20),
])
def test_two_verbs_of_one_act_are_one_event(text, event_type, toll):
    events = _of_type(text, event_type)
    assert len(events) == 1, events
    assert events[0]["fatalities"] == toll, events


# --- Coordinated acts at two places, or addressed to two parties, or by two actors: two events ---------------------
@pytest.mark.parametrize(("text", "event_type", "field", "values"), [
    # Kenya: arrests in two cities (annotation.md: acts that differ in place are separate events)
    ("Police arrested three protesters in Nairobi and detained two activists in Mombasa on Tuesday.", "COERCE",
     "location", {"Nairobi", "Mombasa"}),
    # Ukraine: shelling one city and a drone strike on another
    ("Russian forces shelled Kharkiv and struck Odesa with drones on Monday.", "ASSAULT", "location",
     {"Kharkiv", "Odesa"}),
    # Sudan: a market bombed in one town, a hospital shelled in another
    ("The army bombed a market in El Fasher and shelled a hospital in Nyala on Sunday.", "ASSAULT", "location",
     {"El Fasher", "Nyala"}),
    # Ukraine: one speaker, two requests to two governments (annotation.md: they differ in recipient)
    ("Ukraine's foreign minister asked Germany for more air defence systems and asked France to send artillery "
     "shells.", "REQUEST", "target", {"germany", "france"}),
    # Colombia: a demand of a rebel group and a request of a neighbour
    ("President Gustavo Petro urged the ELN to free its hostages and asked Venezuela to host the talks.", "REQUEST",
     "target", {"eln", "venezuela"}),
    # Kenya / Somalia: two condemnations of one bombing by two speakers (they differ in actor)
    ("Kenya's president condemned the bombing in Mandera, and the African Union condemned the attack on Sunday.",
     "ACCUSE", "source", {"kenya", "african-union"}),
])
def test_coordinated_acts_that_differ_in_place_recipient_or_actor_are_two_events(text, event_type, field, values):
    events = _of_type(text, event_type)
    found = {(e["location"] or {}).get("name") if field == "location" else e[field] for e in events}
    assert len(events) == 2, events
    assert found == values, events


# --- Tolls are never added up across distinct acts (docs/annotation.md, Tolls) ---------------------------------------
@pytest.mark.parametrize(("text", "tolls"), [
    # Ukraine: each town's dead are told apart: each act its own count, not the sum in each
    ("Russian missiles killed five people in Kharkiv and three in Odesa on Monday.", {"Kharkiv": 5, "Odesa": 3}),
    # Myanmar: the same with the count's noun left out of the second
    ("Government airstrikes killed nine people in Hpakant and six in Mogaung on Tuesday.",
     {"Hpākān": 9, "Mogaung": 6}),
    # Ukraine: one count for two towns goes to the first town's act alone, never once per town
    ("The army shelled Kharkiv and Odesa on Monday, killing eight people.", {"Kharkiv": 8, "Odesa": None}),
    # Nigeria: the same, the towns listed after the count
    ("Suicide bombers killed 18 people in Maiduguri and Konduga on Friday.", {"Maiduguri": 18, "Konduga": None}),
])
def test_acts_at_two_places_do_not_each_take_the_sum(text, tolls):
    attacks = _of_type(text, "ASSAULT")
    assert {(e["location"] or {}).get("name"): e["fatalities"] for e in attacks} == tolls, attacks


@pytest.mark.parametrize(("text", "dead", "hurt"), [
    # Ukraine: coordinated victims at one place are one act's toll, summed
    ("Russian missiles killed five soldiers and three civilians in Kharkiv on Monday.", 8, None),
    # Sudan: the dead and the hurt of one strike
    ("An RSF drone strike on a market in El Fasher killed nine people and wounded 20 on Sunday.", 9, 20),
])
def test_one_act_keeps_its_whole_toll(text, dead, hurt):
    attacks = _of_type(text, "ASSAULT")
    assert len(attacks) == 1, attacks
    assert (attacks[0]["fatalities"], attacks[0]["injuries"]) == (dead, hurt), attacks
