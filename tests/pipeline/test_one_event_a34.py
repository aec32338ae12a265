"""One real occurrence, one event (docs/annotation.md, *One event or several*): acts in one sentence are separate
events when they differ in recipient or place, an act told again is more evidence of the one told (issue 11,
helper a34). Every sentence is written for this file, from many conflicts; each case names the rule it checks."""

from __future__ import annotations

import pytest
from support import events_by_text

PUBLISHED = "2024-03-20"  # a Wednesday


def _attacks(text: str) -> list[dict]:
    return [e for e in events_by_text([text], PUBLISHED)[text] if e["type"] == "ASSAULT"]


# --- Acts in one sentence: two coordinated attacks, each with its object and its own mode (PLOVER ASSAULT codes the
# mode of each act), are two events, on the day the clause gives ------------------------------------------------------
@pytest.mark.parametrize(("text", "modes", "date"), [
    # annotation.md's own example, in Myanmar: shelling villages and detonating a car bomb
    ("The rebels retaliated on Tuesday, shelling the villages of Kyaukme and Hsipaw and detonating a car bomb near a "
     "checkpoint.", {"heavy-weapons", "explosives"}, "2024-03-19"),
    # Somalia: the date at the end of the second verb's clause dates both
    ("Al-Shabaab fighters shelled the airport in Baidoa and detonated a car bomb at a checkpoint on Tuesday.",
     {"heavy-weapons", "explosives"}, "2024-03-19"),
    # Sudan: shelling a town and abducting women are two acts (PLOVER ASSAULT modes heavy-weapons and abduct)
    ("The RSF shelled the town of Babanusa and abducted dozens of women on Monday.", {"heavy-weapons", "abduct"},
     "2024-03-18"),
])
def test_coordinated_attacks_with_own_objects_and_modes_are_two_events(text, modes, date):
    attacks = _attacks(text)
    assert {e["mode"] for e in attacks} == modes, attacks
    assert len(attacks) == 2, attacks
    assert all(e["date"] == date for e in attacks), attacks


@pytest.mark.parametrize("text", [
    # Nigeria: verbs that share their object tell one act ("abducted and killed citizens": one event)
    "Gunmen abducted and killed five farmers in Zamfara on Sunday.",
    # Niger: a toll told by participles is the attack's, not another act (annotation.md, Tolls)
    "Militants attacked a police post in Tillaberi on Sunday, killing 12 officers and wounding 30.",
    # Ukraine: two verbs of one mode are one act unless they name different places
    "Russian troops shelled and stormed the village of Robotyne on Monday.",
])
def test_coordinated_verbs_without_a_mode_of_their_own_are_one_event(text):
    assert len(_attacks(text)) == 1, _attacks(text)


# --- A second, distinct attack in another town stays its own event; a toll told in a later sentence is the attack's
@pytest.mark.parametrize(("text", "places"), [
    ("Russian forces shelled Kharkiv on Monday, killing two civilians. Russian forces also shelled Nikopol, wounding "
     "five people.", {"Kharkiv", "Nikopol"}),
    ("FARC dissidents detonated a car bomb outside a police station in Jamundi on Monday. The explosion wounded four "
     "officers. Hours later, dissidents attacked a military base in Suarez with drones.", {"Jamundí", "Suárez"}),
    ("Soldiers shot dead three protesters in Mandalay on Sunday. The killings sparked outrage. In a separate incident, "
     "troops shot two men in Yangon the same day.", {"Mandalay", "Yangon"}),
])
def test_an_attack_in_another_town_is_its_own_event(text, places):
    attacks = _attacks(text)
    assert len(attacks) == len(places), attacks
    assert {e["location"]["name"] for e in attacks if e.get("location")} == places, attacks


@pytest.mark.parametrize(("text", "dead", "hurt"), [
    # Myanmar: the strike and its toll in the next sentence are one event (annotation.md, Tolls)
    ("Junta aircraft bombed a village in Sagaing on Friday. The airstrike killed 17 civilians, including children.",
     17, None),
    # Ukraine: the toll two sentences later
    ("A Russian missile struck an apartment block in Dnipro on Saturday. Rescuers searched the rubble through the "
     "night. Twelve people were killed and 30 wounded, officials said.", 12, 30),
    # Somalia: claimed, then tolled
    ("A suicide bomber blew himself up at a market in Mogadishu on Saturday. Al-Shabaab claimed responsibility for "
     "the bombing. The blast killed 11 people and wounded 30.", 11, 30),
])
def test_a_strike_and_its_later_toll_are_one_event(text, dead, hurt):
    attacks = _attacks(text)
    assert len(attacks) == 1, attacks
    assert (attacks[0]["fatalities"], attacks[0]["injuries"]) == (dead, hurt), attacks


# --- An attack told again by its definite doer is more evidence of it; told as one act more, it is another ---------
@pytest.mark.parametrize("text", [
    # Colombia: "the gunman" points back at the gunman told (annotation.md: every sentence that reports it)
    "A gunman shot dead a judge in Bogota on Monday. The gunman fired six shots at the judge as he left the "
    "courthouse.",
    # Niger
    "Gunmen opened fire on worshippers at a mosque in Niamey on Friday. The gunmen fired into the crowd from "
    "motorcycles.",
    # Sudan
    "Paramilitary fighters attacked the village of Wad al-Noura on Wednesday. The fighters shot villagers as they "
    "fled.",
])
def test_an_attack_told_again_by_its_definite_doer_is_one_event(text):
    attacks = _attacks(text)
    assert len(attacks) == 1, attacks
    assert len(attacks[0]["evidence"]) == 2, attacks


@pytest.mark.parametrize("text", [
    # Kenya: "also" tells one act more, with another recipient
    "Militants shot dead four teachers at a school in Mandera on Tuesday. The militants also attacked a police post "
    "in the town.",
    # Nigeria: a perfect tells a stretch of acts, not the one told (annotation.md: a summary is its own item)
    "Boko Haram fighters abducted 30 students in Kuriga on Thursday. The militants have abducted hundreds of people in "
    "northern Nigeria since 2014.",
    # Red Sea
    "Houthi forces attacked a tanker in the Red Sea on Monday. The Houthis have attacked dozens of ships since "
    "November.",
])
def test_an_attack_told_as_one_more_or_as_a_summary_is_its_own_event(text):
    assert len(_attacks(text)) == 2, _attacks(text)


# --- The killing of an attacker is its own event: its recipient is the attack's actor (annotation.md) --------------
@pytest.mark.parametrize("text", [
    # Ukraine
    "A gunman shot dead a police officer in Kharkiv on Monday. After shooting the officer, the gunman exchanged fire "
    "with soldiers and was killed.",
    # Colombia
    "A gunman shot dead a judge in Bogota on Monday. After shooting the judge, the gunman was shot dead by police.",
])
def test_the_killing_of_the_attacker_is_its_own_event(text):
    attacks = _attacks(text)
    assert len(attacks) == 2, attacks
    doer = attacks[0]["source"]
    assert doer and any(e["target"] == doer for e in attacks[1:]), attacks


# --- core.identity.crossed: an attack and its mirror are two acts (the store merges by the same rule) -------------
@pytest.mark.parametrize(("one", "other", "crossed"), [
    (("rsf", "saf"), ("saf", "rsf"), True),     # Sudan: each side's attack on the other
    (("gunman", None), (None, "gunman"), True),  # the attacker killed afterwards
    (("rsf", None), ("rsf", "saf"), False),     # the same attack told with its recipient
])
def test_crossed_parties_are_two_attacks(one, other, crossed):
    from conflictgraph.core.identity import agreement
    from conflictgraph.core.identity import crossed as crossing
    from conflictgraph.model import Event

    a = Event("", "ASSAULT", None, one[0], one[1], "2024-03-18")
    b = Event("", "ASSAULT", None, other[0], other[1], "2024-03-18")
    assert crossing(a, b) is crossed
    assert (agreement(a, b) is None) is crossed


# --- An attack told as a kind or a habit is no event (PLOVER codes occurrences) -----------------------------------
@pytest.mark.parametrize("text", [
    # a bare plural subject of a present verb that tells no harm (ICRC on Yemen-style strikes)
    "Airstrikes on hospitals violate international humanitarian law, the ICRC said.",
    # "such" names the kind; a present verb with "regularly" a habit (Sahel)
    "Such attacks are common in the Sahel, where jihadists regularly ambush army convoys.",
    # Nigeria: a habit in the simple present
    "Militants often kidnap travellers on the road between Kaduna and Abuja.",
    # Colombia: a gerund subject names a kind of act
    "Bombing schools is a grave violation of children's rights, UNICEF said on Monday.",
])
def test_an_attack_told_as_a_kind_or_habit_is_no_event(text):
    assert _attacks(text) == []


@pytest.mark.parametrize("text", [
    "Airstrikes kill 20 in Gaza",  # a headline's present tells the harm: an occurrence
    "Russian strikes continue across Ukraine, officials say.",  # an aspectual verb: the acts go on
    "Drone strikes hit Kyiv on Monday.",  # Ukraine: dated, in the past
])
def test_a_present_tense_attack_that_happened_stays_an_event(text):
    assert len(_attacks(text)) == 1, _attacks(text)


@pytest.mark.parametrize(("text", "dead"), [
    # Nigeria: a role word of violence points back at the doer, and its sentence's toll is the attack's (Tolls)
    ("Gunmen stormed a village in Plateau State on Sunday. The attackers killed 12 people and burned dozens of homes.",
     12),
    # Burkina Faso
    ("Jihadists raided a market in Djibo on Monday. The assailants shot dead nine traders.", 9),
])
def test_an_attack_retold_by_a_role_word_takes_the_toll_it_states(text, dead):
    """The retold attack (the one whose evidence holds the first sentence) takes the toll; a burning of homes in the
    retelling sentence is another act by ``doer_again``'s rule (another mode: PLOVER ASSAULT), and holds no toll."""
    attacks = _attacks(text)
    told = max(attacks, key=lambda a: len(a["evidence"]))  # the attack the role word retells
    assert told["fatalities"] == dead, attacks
    assert all(a["fatalities"] in (None, 0) for a in attacks if a is not told), attacks
