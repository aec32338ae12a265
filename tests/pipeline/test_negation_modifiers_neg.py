"""Negation by "neither ... nor", "nor" and "without"; a party in a modifier of the subject; reciprocal fighting and
aimed fire (issue 11, helper neg). Negated acts are no events (PLOVER, Auxiliary modes); a backer, ally or helper
named in a participial or "with" modifier of a bare "the army" tells nothing of whose army it is (docs/annotation.md,
*Relations*); a coordinated subject of a verb of fighting with no foe names both sides as actors (PLOVER, Compound and
Reciprocal Actors; docs/annotation.md, *Lists*); an armed doer firing at people is an ASSAULT. Every sentence is
written for this file, from conflicts other than those of the DEV gold; both sides of each class are checked. Each
text is extracted alone, so that no other text's events merge with its own."""

from __future__ import annotations

from functools import cache

import pytest
from support import events_and_names

PUBLISHED = "2024-03-20"


@cache
def _events(text: str) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(type, source names, target names) of each event of one text."""
    found, names = events_and_names([text], PUBLISHED)

    def named(ids) -> tuple[str, ...]:
        return tuple(names.get(i, i) for i in ids if i)

    return tuple((e["type"], named(e.get("sources") or [e["source"]]), named(e.get("targets") or [e["target"]]))
                 for e in found[text])


def _types(text: str) -> set[str]:
    return {t for t, _, _ in _events(text)}


# --- 1. "neither ... nor", "nor", "without": the act negated is no event ----------------------------------------
@pytest.mark.parametrize(("text", "event_type"), [
    # Sudan: a list of parties under "neither" (the probe that found the class)
    ("Neither the army nor the RSF attended the talks in Jeddah.", "CONSULT"),
    # Myanmar
    ("Neither the Tatmadaw nor the Arakan Army attacked the village of Kyauktaw.", "ASSAULT"),
    # Ukraine
    ("Neither Russia nor Ukraine sent delegates to the meeting in Istanbul.", "CONSULT"),
    # Colombia: "nor" in the subject list of an arrest
    ("Neither the police nor the army arrested anyone in Cali.", "COERCE"),
    # the Sahel: "nor" before a second verb negates it
    ("The junta did not attack the village, nor did it shell the market in Gao.", "ASSAULT"),
    # Ethiopia
    ("The government did not meet the rebels in Nairobi, nor did it sign the accord.", "AGREE"),
    # city news, Kenya: "without" + a gerund
    ("Police left the square in Nairobi without arresting the protesters.", "COERCE"),
    # Haiti: "without" + a noun of force
    ("The gang withdrew from Petion-Ville without a fight.", "ASSAULT"),
    # Sudan: "without" + a meeting
    ("The envoy left Port Sudan without meeting the general.", "CONSULT"),
])
def test_a_negated_act_is_no_event(text, event_type):
    assert event_type not in _types(text), _events(text)


@pytest.mark.parametrize(("text", "event_type"), [
    # the same constructions without the negation, or with it elsewhere
    ("Both the army and the RSF attacked El Fasher.", "ASSAULT"),
    ("The Tatmadaw and the Arakan Army clashed in Kyauktaw.", "ASSAULT"),
    # "nor" negates the verb after it, not the one before
    ("The junta attacked the village of Ansongo, nor was that the first time.", "ASSAULT"),
    ("The army shelled the market in Gao; neither the UN nor France condemned it.", "ASSAULT"),
    # "without" on another phrase of the act: the act took place
    ("Police arrested 20 protesters in Nairobi without a warrant.", "COERCE"),
    ("Gunmen attacked a bus in Zamfara without warning.", "ASSAULT"),
])
def test_beside_a_negation_the_act_stays(text, event_type):
    assert event_type in _types(text), _events(text)


# --- 2. a party in a modifier of "the army" is not the army's state -----------------------------------------------
@pytest.mark.parametrize(("text", "not_source"), [
    # Mali: the probe that found the class
    ("The army, backed by Russian mercenaries, attacked Moura.", "Russia"),
    ("The army, supported by Russian instructors, attacked Moura.", "Russia"),
    ("The army, backed by Wagner fighters, attacked Moura.", "Russia"),
    ("The army, with the help of Russian mercenaries, attacked Moura.", "Russia"),
    ("The army, allied with Russian mercenaries, attacked Moura.", "Russia"),
    ("The army, led by Russian officers, attacked Moura.", "Russia"),
    # Ukraine / Russia: the backer's drones and the foe's positions both name other states
    ("The army, supported by Ukrainian drones, struck Russian positions in Kursk.", "Russia"),
    # Mozambique
    ("The army, backed by Rwandan troops, attacked insurgents in Mocimboa da Praia.", "Rwanda"),
])
def test_a_modifiers_party_is_not_the_armys_state(text, not_source):
    assault = [sources for t, sources, _ in _events(text) if t == "ASSAULT"]
    assert assault, _events(text)
    assert not any(not_source in s for sources in assault for s in sources), _events(text)


@pytest.mark.parametrize(("text", "source"), [
    # near misses: the backer as the doer, or a party named beside the army, stays
    ("Russian mercenaries attacked Moura.", "Wagner"),
    ("The RSF, supported by the UAE, attacked El Fasher.", "Rapid Support Forces"),
    ("The M23, backed by Rwanda, seized Goma.", "M23"),
    ("Israeli forces, backed by US aircraft, struck Houthi targets in Yemen.", "Israel"),
])
def test_the_doer_beside_a_backer_stays_the_source(text, source):
    assert any(t == "ASSAULT" and any(source in s for s in sources) for t, sources, _ in _events(text)), _events(text)


# --- 3. reciprocal fighting: a coordinated subject and no foe names both sides ------------------------------------
@pytest.mark.parametrize(("text", "sides"), [
    # Colombia (the probe that found the class)
    ("The ELN and the FARC dissidents fought.", ("National Liberation Army", "FARC")),
    # the Sahel
    ("JNIM and the Islamic State fought in Menaka.", ("Nusrat", "Islamic State")),
    # Myanmar
    ("The Kachin Independence Army and the junta fought in Bhamo.", ("Kachin Independence Army", "junta")),
    # Afghanistan / Pakistan: "traded fire"
    ("The Taliban and Pakistan traded fire.", ("Taliban", "Pakistan")),
    # Ethiopia
    ("Government troops and Tigrayan fighters fought near Mekelle on Sunday.", ("Ethiopian", "Tigray")),
    # DR Congo: a backer's modifier inside the list
    ("The M23, backed by Rwanda, and the army clashed.", ("M23", "army")),
    # Russia / Ukraine: the two sides as adjectives
    ("Russian and Ukrainian forces fought near Bakhmut.", ("Russia", "Ukraine")),
])
def test_a_reciprocal_fight_has_both_sides_as_actors(text, sides):
    assault = [sources for t, sources, _ in _events(text) if t == "ASSAULT"]
    assert any(all(any(side in s for s in sources) for side in sides) for sources in assault), _events(text)


@pytest.mark.parametrize("text", [
    # no armed side, a crowd, a war's length, a foe-less fight for an aim
    "The two candidates fought hard in Ohio.",
    "Husband and wife fought in their kitchen.",
    "The army and the RSF fought for two years.",
    "The army and the RSF fought to a stalemate.",
    "Police and protesters clashed in Nairobi on Tuesday.",
    "The unions and the government fought over wages in Lagos.",
])
def test_no_reciprocal_fight_without_an_armed_occurrence(text):
    assert "ASSAULT" not in _types(text), _events(text)


# --- 4. an armed doer firing at people or things: ASSAULT -----------------------------------------------------------
@pytest.mark.parametrize(("text", "target"), [
    ("Police fired at protesters in Mandalay.", "protesters"),  # Myanmar (the probe that found the class)
    ("Soldiers fired on demonstrators in Khartoum.", "demonstrators"),  # Sudan
    ("Police fired on students in Dhaka.", None),  # Bangladesh
    ("Troops fired into the crowd in Conakry.", None),  # Guinea
    ("Gendarmes fired at villagers in Djibo.", None),  # Burkina Faso
    ("Security guards fired at miners in Marikana.", None),  # South Africa
])
def test_an_armed_doer_firing_at_someone_is_an_assault(text, target):
    assault = [targets for t, _, targets in _events(text) if t == "ASSAULT"]
    assert assault, _events(text)
    assert target is None or any(target in tgt for targets in assault for tgt in targets), _events(text)


@pytest.mark.parametrize("text", [
    "The company fired its chief executive in London.",  # dismissal
    "Police fired into the air in Nairobi.",  # a warning, no one aimed at
    "The coach fired at the referee after the match in Madrid.",  # words, no armed doer
    "The team fired on all cylinders in Turin.",  # an idiom, no armed doer
    "The Senate fired back at the president.",  # a retort
])
def test_firing_with_no_armed_aim_is_no_assault(text):
    assert "ASSAULT" not in _types(text), _events(text)
