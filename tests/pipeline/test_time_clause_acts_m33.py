"""An earlier act named in a time clause is not the main event (docs/annotation.md, *One event or several*: one
event is one act, one time; "the killing of an attacker by the police is its own event") (issue 11, helper m33).
Every sentence is written for this file, from many conflicts; each case names the rule it checks."""

from __future__ import annotations

import pytest
from support import events_by_text

PUBLISHED = "2024-03-20"  # a Wednesday


def _events(text: str, kind: str = "ASSAULT", published: str = PUBLISHED) -> list[dict]:
    return [e for e in events_by_text([text], published)[text] if e["type"] == kind]


def _place(event: dict) -> str | None:
    return event["location"]["name"] if event.get("location") else None


# --- One event or several: an act in an "after" or "since" clause that dates the main act is its own event, with its
# own place and toll; the main act takes none of them -------------------------------------------------------------
@pytest.mark.parametrize(("text", "main", "earlier"), [
    # Burkina Faso, Egypt-style main act told with a date, the earlier one in another town
    ("Gunmen killed five soldiers at a checkpoint in Ouagadougou on Tuesday, two days after two bombs killed six "
     "police officers in Ouahigouya.", ("Ouagadougou", 5), ("Ouahigouya", 6)),
    # Nigeria: the earlier act a week before, by other attackers
    ("Bandits killed nine farmers in Zamfara on Tuesday, a week after soldiers killed 14 bandits in Katsina.",
     ("Zamfara", 9), ("Katsina", 14)),
    # Ukraine: the earlier act the day before
    ("Russian missiles killed three people in Kharkiv on Tuesday, a day after Russian drones killed two people in "
     "Odesa.", ("Kharkiv", 3), ("Odesa", 2)),
])
def test_the_act_of_a_time_clause_is_its_own_event(text, main, earlier):
    attacks = {_place(e): e for e in _events(text)}
    for place, dead in (main, earlier):
        assert place in attacks, attacks
        assert attacks[place]["fatalities"] == dead, attacks[place]


@pytest.mark.parametrize(("text", "place", "expected"), [
    # Date: "what the text gives": the main act's day moved by the stretch the clause measures (Egypt, Somalia)
    ("Tuesday's explosion came just two days after two bombs killed six police officers in Giza.", "Giza",
     "2024-03-17"),
    ("Gunmen killed five soldiers near Djibo on Tuesday, two days after two bombs killed six police officers in "
     "Ouahigouya.", "Ouahigouya", "2024-03-17"),
    # a week is seven days (Colombia)
    ("Colombian troops killed six dissidents in Cauca on Tuesday, a week after the rebels ambushed a patrol in "
     "Medellin.", "Medellín", "2024-03-12"),
    # a stretch the text leaves open dates nothing: a background event with no date is null (Sudan, Mali), nor does
    # the report's own date the main act takes as an occurrence told by the news
    ("Gunmen have killed five soldiers in Gao, weeks after militants attacked a base in Timbuktu.", "Timbuktu", None),
    ("A drone strike killed 20 civilians at a market in El Fasher on Tuesday, weeks after the paramilitary shelled "
     "a hospital in Nyala.", "Nyala", None),
])
def test_the_act_of_a_time_clause_is_dated_from_the_main_act(text, place, expected):
    earlier = next(e for e in _events(text) if _place(e) == place)
    assert earlier["date"] == expected, earlier


@pytest.mark.parametrize("text", [
    # Tolls: a bare "after" clause tells the act whose toll the main clause gives: one act (Kenya, Iraq, Mali)
    "Three people were killed in Mandera on Tuesday after gunmen opened fire on a bus.",
    "No fatalities were reported after a bomb exploded near a market in Kirkuk on Tuesday.",
    "Two soldiers died in Gao on Tuesday shortly after militants attacked their convoy.",
])
def test_a_bare_after_clause_tells_the_same_act(text):
    assert len(_events(text)) == 1, _events(text)


@pytest.mark.parametrize(("text", "place", "expected"), [
    # an act a few hours before, or with no measure, keeps the day its clauses give, as before (Yemen, Mali)
    ("Houthi rebels fired a missile at a tanker off Hodeidah on Tuesday, hours after US warships struck radar sites "
     "in Taiz.", "Taiz", "2024-03-19"),
    # the act's own clause dates it first (Myanmar)
    ("A military air strike killed 30 villagers in Sagaing on Tuesday, three days after resistance fighters "
     "attacked a police station in Mandalay on Friday.", "Mandalay", "2024-03-15"),
])
def test_a_time_clause_that_measures_no_days_keeps_its_own_date(text, place, expected):
    earlier = next(e for e in _events(text) if _place(e) == place)
    assert earlier["date"] == expected, earlier


def test_the_main_act_takes_no_victim_of_the_earlier_one():
    """One event is one act: "Sunday's explosion came two days after two bombs killed six police officers" tells the
    bombs' victims, not the explosion's (Egypt)."""
    text = ("A bomb ripped through a church in Cairo on Sunday. Sunday's explosion came just two days after two "
            "bombs killed six police officers in Giza.")
    attacks = _events(text, published="2024-03-18")
    church = next(e for e in attacks if _place(e) == "Cairo")
    assert church["fatalities"] is None and "police" not in (church.get("target") or ""), church
    assert any(_place(e) == "Giza" and e["date"] == "2024-03-15" for e in attacks), attacks


# --- One event or several: an attack and the arrest over it are two acts; the attack named in the arrest's
# sentence is the attack told before, not a new one dated by the arrest -------------------------------------------
@pytest.mark.parametrize("text", [
    # Somalia, Burkina Faso, Pakistan
    "A car bomb exploded outside a hotel in Mogadishu on Saturday, killing eight people. Security forces arrested "
    "four suspects in Mogadishu on Monday in connection with the hotel bombing.",
    "Gunmen killed five soldiers at a checkpoint near Djibo on Sunday. Police arrested three suspects in Djibo on "
    "Tuesday over the checkpoint attack.",
    "A suicide bomber killed 12 people at a mosque in Peshawar on Friday. Police detained two men in Peshawar on "
    "Monday over the mosque bombing.",
])
def test_the_attack_an_arrest_is_over_is_the_one_told_before(text):
    assert len(_events(text)) == 1, _events(text)
    assert len(_events(text, "COERCE")) == 1


def test_an_attack_named_with_its_own_date_under_an_arrest_stays_its_own():
    """A date in the noun's own phrase dates the act it names (docs/annotation.md, Date: the event's own date)."""
    text = ("Gunmen killed five soldiers near Djibo on Sunday. Police arrested a man in Djibo on Tuesday over the "
            "2019 attack on the Koutougou base.")
    assert len(_events(text)) == 2, _events(text)
