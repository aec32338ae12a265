"""ASSAULT, second pass: the act and its non-acts (issue 11, helper k37). Taking people captive is an abduction (PLOVER
ASSAULT mode abduct); attack words in other senses (an illness, filming), a stretch of fighting told as the time of
another act, and a bare verb coordinated after a planned infinitive are no events (PLOVER ASSAULT: a deliberate action;
Auxiliary modes: planned acts are not events; docs/annotation.md, One event or several). Every sentence is written for
this file, from many conflicts; each case names the rule it checks."""

from __future__ import annotations

import pytest
from support import events_by_text

PUBLISHED = "2024-03-20"  # a Wednesday


def _attacks(text: str) -> list[dict]:
    return [e for e in events_by_text([text], PUBLISHED)[text] if e["type"] == "ASSAULT"]


# --- PLOVER ASSAULT mode abduct ("abduct, take hostage"): taking people captive --------------------------------------
@pytest.mark.parametrize("text", [
    "M23 rebels took 30 soldiers prisoner near Sake on Monday.",  # DRC: the captive noun as the complement
    "Three aid workers were taken hostage in Mopti on Sunday.",  # Mali: passive
    "Jihadists took dozens of villagers hostage in Djibo.",  # Burkina Faso: the complement parsed into the object
    "Houthi rebels took hundreds of prisoners during the offensive on Marib.",  # Yemen: new captives as the object
])
def test_taking_people_captive_is_an_abduction(text):
    attacks = _attacks(text)
    assert [e["mode"] for e in attacks] == ["abduct"], attacks


@pytest.mark.parametrize("text", [
    "Guards took the prisoners to a camp near Kassala.",  # Sudan: captives already held, moved
    "Police took the suspect into custody in Port-au-Prince.",  # Haiti: an arrest (COERCE), no abduction
    "The prisoners took part in the talks in Bogota.",  # Colombia: "took part"
])
def test_taking_without_new_captives_is_no_abduction(text):
    assert _attacks(text) == [], _attacks(text)


def test_a_killing_and_captives_taken_in_one_sentence_are_two_acts():
    # Ukraine: PLOVER codes each ASSAULT with its mode; a killing of no mode and an abduction are two acts
    text = "The Ukrainian brigade killed 40 Russian soldiers and took 120 prisoners near Kursk."
    attacks = _attacks(text)
    assert sorted(str(e["mode"]) for e in attacks) == ["None", "abduct"], attacks
    assert [e["fatalities"] for e in attacks if e["mode"] is None] == [40], attacks


# --- Other senses of attack words: PLOVER ASSAULT is a deliberate action by an actor ----------------------------------
@pytest.mark.parametrize("text", [
    "The general died of a heart attack in Naypyidaw on Monday.",  # Myanmar: an illness
    "The minister suffered a panic attack during the session in Addis Ababa.",  # Ethiopia
    "The director shot a documentary about the Rohingya in Cox's Bazar.",  # Bangladesh: filming
    "The footage was shot in Goma by residents on Sunday.",  # DRC: filming, passive
])
def test_attack_words_in_other_senses_are_no_assault(text):
    assert _attacks(text) == [], _attacks(text)


@pytest.mark.parametrize("text", [
    "Soldiers shot two protesters in Mandalay on Sunday.",  # Myanmar: shooting people
    "Gunmen shot dead three soldiers in Zamfara on Sunday.",  # Nigeria
    "The RSF launched an attack on El Fasher on Monday.",  # Sudan: an attack noun with no ailment
])
def test_the_same_words_as_acts_stay_assaults(text):
    assert len(_attacks(text)) == 1, _attacks(text)


# --- A stretch of fighting as the time of another act, with no place: a summary, no occurrence (docs/annotation.md) --
@pytest.mark.parametrize("text", [
    "The town fell to the army after three weeks of fighting.",  # Sudan-style summary
    "Families fled Omdurman after weeks of bombing.",  # Sudan: the place is where they fled from
    "Civilians who survived months of bombardment were evacuated on Monday.",  # Gaza-style
])
def test_a_stretch_of_fighting_as_a_time_is_no_event(text):
    assert _attacks(text) == [], _attacks(text)


@pytest.mark.parametrize("text", [
    "Three days of fighting killed 40 people in Khartoum.",  # Sudan: the stretch's own toll
    "Residents fled after days of shelling in Bakhmut.",  # Ukraine: a battle placed, the story's own
])
def test_a_stretch_with_its_toll_or_place_stays(text):
    assert len(_attacks(text)) == 1, _attacks(text)


# --- PLOVER Auxiliary modes: a bare verb coordinated after a planned infinitive is planned too ------------------------
@pytest.mark.parametrize("text", [
    "The man plotted to bomb a church and then attack a police station in Kaduna.",  # Nigeria
    "The cell admitted to having planned to kidnap a minister and then attack his convoy in Bamako.",  # Mali
])
def test_a_bare_verb_after_a_planned_infinitive_is_planned(text):
    assert _attacks(text) == [], _attacks(text)


def test_a_finite_verb_after_an_infinitive_keeps_its_own_mode():
    # Colombia: "then shot a guard" is past, done
    text = "The guerrillas tried to flee and then shot a guard in Cauca on Monday."
    assert len(_attacks(text)) == 1, _attacks(text)


# --- docs/annotation.md, Tolls: the counts the text states, in words as in figures -----------------------------------
@pytest.mark.parametrize(("text", "dead"), [
    ("Gangs attacked a village in Artibonite on Thursday. Seventy people were killed.", 70),  # Haiti: the tens
    ("Gunmen killed twenty-five villagers in Plateau on Sunday.", 25),  # Nigeria: tens and units
    ("The bombing in Mogadishu killed two hundred people.", 200),  # Somalia: a multiplier
    ("Soldiers shot dead fifteen protesters in Mandalay.", 15),  # Myanmar: the teens
])
def test_a_toll_in_words_is_counted(text, dead):
    assert [e["fatalities"] for e in _attacks(text)] == [dead], _attacks(text)


def test_the_wounded_of_a_gapped_passive_are_counted():
    # Myanmar: "and five wounded" after "were shot dead" (the parser hangs the participle on the number)
    text = "Two protesters were shot dead and five wounded in Yangon on Sunday."
    assert [(e["fatalities"], e["injuries"]) for e in _attacks(text)] == [(2, 5)], _attacks(text)


# --- "came under fire/attack from X": X acts, the subject undergoes (PLOVER actor and recipient); from a party of words
# it is criticism (PLOVER ACCUSE: criticize), from a force or a weapon an ASSAULT -------------------------------------
@pytest.mark.parametrize(("text", "source"), [
    ("The convoy came under fire from RSF fighters near El Obeid on Monday.", "rapid-support-forces"),  # Sudan
    ("Ukrainian positions came under attack from Russian drones near Bakhmut.", "russia"),  # Ukraine
])
def test_under_fire_from_a_force_is_its_assault(text, source):
    attacks = _attacks(text)
    assert [e["source"] for e in attacks] == [source], attacks


@pytest.mark.parametrize("text", [
    "The minister came under attack from opposition lawmakers in Bogota on Tuesday.",  # Colombia
    "The government came under fire from rights groups in Addis Ababa.",  # Ethiopia
    "The junta came under fire from Amnesty International on Monday.",  # Myanmar
])
def test_under_fire_from_a_party_of_words_is_criticism(text):
    events = events_by_text([text], PUBLISHED)[text]
    assert [e["type"] for e in events] == ["ACCUSE"], events
    assert events[0]["mode"] == "disapprove", events


# --- docs/annotation.md, Tolls: a later sentence that gives only the toll (victims, no doer, no date or place of its
# own) is the attack's evidence, not an event of its own -------------------------------------------------------------
@pytest.mark.parametrize(("text", "dead"), [
    ("Fighters stormed the village of Kalsaka on Sunday. 40 people were shot dead.", 40),  # Burkina Faso
    ("Militants attacked an army post near Djibo on Sunday. The army said 12 soldiers were killed.", 12),  # Sahel
    ("RSF fighters attacked a camp near El Fasher on Friday. Nine civilians were killed, medics said.", 9),  # Sudan
])
def test_a_later_toll_sentence_is_the_attacks(text, dead):
    attacks = _attacks(text)
    assert [e["fatalities"] for e in attacks] == [dead], attacks
    assert len(attacks[0]["evidence"]) == 2, attacks


@pytest.mark.parametrize("text", [
    # a date or a place of its own makes another act (docs/annotation.md, One event or several)
    "Militants attacked an army post near Djibo on Sunday. On Monday, 12 civilians were killed in Kaya.",
    "Russian forces shelled Kharkiv on Monday. In Odesa, two people were killed.",
])
def test_a_toll_with_its_own_date_or_place_stays_apart(text):
    assert len(_attacks(text)) == 2, _attacks(text)


@pytest.mark.parametrize("text", [
    # a sentence that sets itself apart tells another act (Nigeria)
    "Gunmen attacked a church in Kaduna on Sunday. Separately, three soldiers were killed.",
    "Gunmen attacked a church in Kaduna on Sunday. In a separate incident, three soldiers were killed.",
    "Gunmen attacked a church in Kaduna on Sunday. Elsewhere, three soldiers were killed.",
])
def test_a_toll_told_apart_is_another_act(text):
    assert len(_attacks(text)) == 2, _attacks(text)
