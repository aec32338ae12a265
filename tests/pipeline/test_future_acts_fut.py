"""Future force, future charges, and a description two bodies fit (issue 11, helper fut).

An act of force its own actor says it will do is a THREATEN (PLOVER THREATEN: "threats ... coercive or forceful
warnings"; PLOVER, Auxiliary modes: THREATEN is ASSAULT + hypothetical, coded as the single category), a conditional
one too; another's forecast is none. A charge told as coming is the charge announced, ACCUSE `allege`
(docs/annotation.md, *Police and courts*, *Future force and future charges*). "The union" after two unions is
neither (docs/annotation.md, *Writing the YAML*: aliases are the names by which the text refers to the actor). The
sentences were written for this test, from many conflicts and places, never taken from a gold article."""

from __future__ import annotations

import pytest
from support import events_and_names

from conflictgraph import extract

PUB = "2024-03-06"

# (text, source's name, mode): one THREATEN by that actor
THREATS = [
    ("The Houthis said they would attack any American warship in the Red Sea.", "Houthis", "violence"),
    ("The RSF said it would attack the army's positions in El Fasher.", "Rapid Support Forces", "violence"),
    ("Hamas said it would attack Israeli forces if they entered Rafah.", "Hamas", "violence"),
    ("The ELN said it would kill any soldier who entered its territory in Arauca.",
     "National Liberation Army (Colombia)", "violence"),
    ("Russia said it would attack Ukraine's energy grid.", "Russia", "violence"),
    ("The army warned it would attack the town if the militants did not leave.", None, "violence"),
    ("The junta said it would arrest anyone who joined the protests in Yangon.", None, "arrest"),
    ("Police said they would arrest the organizers of the march in Lagos.", None, "arrest"),
    ("\"We will hunt down and kill the terrorists,\" the Malian army chief said.", None, "violence"),
]

# (text, why): no THREATEN and no ASSAULT or COERCE
NOT_THREATS = [
    ("Analysts said the army would attack El Fasher within weeks.", "another's forecast: the speaker is no party"),
    ("Ukrainian officials said Russia would attack Kharkiv again this summer.", "a forecast of the enemy's act"),
    ("The Houthis said the United States would attack Yemen.", "the clause's subject is not the speaker"),
    ("The army will attack the rebels in Goma tomorrow.", "a plan the report tells, no one's warning"),
    ("If the rebels crossed the river, the army would attack them.", "a hypothetical no one says"),
    ("The RSF did not say it would attack El Fasher.", "the saying is negated"),
    ("The militants said they would never attack civilians.", "the act is negated"),
    ("The Wagner commander said his men would likely attack the village.", "a guess at the future"),
    ("Observers expect that the army will attack Goma.", "a verb of forecast"),
    ("The minister said he would condemn the attack at the summit.",
     "the attack is what he will speak of, not an act he announces"),
]

# one ACCUSE allege each, undated (the charge lies ahead)
CHARGES = [
    "His brother is in hospital but will face the same charges, police said.",
    "The suspect will be charged by the Nairobi police with robbery.",
    "Prosecutors said the mayor would be charged with fraud.",
    "Police said the man will be charged with assault in Medellin.",
]

NOT_CHARGES = [
    ("Lawyers said the suspect would probably face charges.", "a guess at the future"),
    ("The suspect could face charges if the victim dies.", "a possibility under a condition"),
    ("The commander will not face charges, prosecutors said.", "negated"),
    ("Observers expect the suspect will face charges.", "a verb of forecast"),
    ("The UN said it would investigate the killings in Darfur.", "an inquiry to come, no charge"),
    ("The minister said he would condemn the attack at the summit.", "a censure to come, no charge"),
]


@pytest.mark.parametrize("text, source, mode", THREATS)
def test_announced_force_is_a_threat(text: str, source: str | None, mode: str) -> None:
    events, names = events_and_names([text], PUB)
    threats = [e for e in events[text] if e["type"] == "THREATEN"]
    assert len(threats) == 1, events[text]
    assert threats[0]["mode"] == mode, threats
    if source is not None:
        assert names.get(threats[0]["source"]) == source, (threats, names)
    assert not [e for e in events[text] if e["type"] in ("ASSAULT", "COERCE")], events[text]


@pytest.mark.parametrize("text, why", NOT_THREATS)
def test_forecast_is_no_threat(text: str, why: str) -> None:
    events, _ = events_and_names([text], PUB)
    assert not [e for e in events[text] if e["type"] in ("THREATEN", "ASSAULT", "COERCE")], (why, events[text])


@pytest.mark.parametrize("text", CHARGES)
def test_future_charge_is_accuse(text: str) -> None:
    events, _ = events_and_names([text], PUB)
    charges = [e for e in events[text] if e["type"] == "ACCUSE"]
    assert len(charges) == 1 and charges[0]["mode"] == "allege", events[text]
    assert charges[0]["date"] is None, "the charge lies ahead: no date of the act (docs/annotation.md)"


@pytest.mark.parametrize("text, why", NOT_CHARGES)
def test_guessed_charge_is_none(text: str, why: str) -> None:
    events, _ = events_and_names([text], PUB)
    assert not [e for e in events[text] if e["type"] == "ACCUSE"], (why, events[text])


# (text, the description, the body it is, or None where two bodies fit it)
DESCRIPTIONS = [
    ("The Sudan Doctors Union condemned the attack on the hospital in El Fasher. The union said the army had "
     "shelled the building.", "union", "Sudan Doctors Union"),
    ("Members of the Colombian Oil Workers Union protested in Bogota. The union demanded higher wages.",
     "union", "Colombian Oil Workers Union"),
    ("The Sudan Doctors Union and the Sudanese Lawyers Union condemned the attack on the hospital in El Fasher. "
     "The union said the army had shelled the building.", "union", None),
    ("The Sudan Doctors Union condemned the attack. The Sudanese Lawyers Union called for an inquiry. The union "
     "said the army had shelled the building.", "union", None),
    ("The Ukrainian Teachers Union and the Kyiv Transport Union called a strike. The union said wages had not been "
     "paid.", "union", None),
]


@pytest.mark.parametrize("text, word, body", DESCRIPTIONS)
def test_description_two_bodies_fit_is_neither(text: str, word: str, body: str | None) -> None:
    bundle = extract([text], published=PUB).to_dict()
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    linked = [names.get(m["actor"]) for m in bundle["mentions"] if m["text"].lower() == word and m["actor"]]
    assert linked == ([body] if body else []), linked
