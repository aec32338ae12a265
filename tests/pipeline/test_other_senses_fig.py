"""Words of force in their other senses, and two place bugs (issue 11, helper fig). A party attacked over its words or
decisions is censured, not assaulted (PLOVER ASSAULT: "deliberate actions which can potentially result in substantial
physical harm"; ACCUSE disapprove: criticize); a proposal shot down is refused (PLOVER REJECT); places joined by "and"
as the objects of one attack noun are two acts (docs/annotation.md, *One event or several*: acts that differ in place
are separate); a one-word name the clause gives a person's role stays a person (docs/annotation.md, *Actors*). Every
sentence is written for this file, from many conflicts and domains; each case names the rule it checks."""

from __future__ import annotations

import pytest
from support import events_and_names

PUBLISHED = "2024-03-20"  # a Wednesday


def _events(text: str) -> tuple[list[dict], dict[str, str]]:
    found, names = events_and_names([text], PUBLISHED)
    return found[text], names


def _types(text: str) -> list[str]:
    return sorted(e["type"] for e in _events(text)[0])


# --- PLOVER ACCUSE disapprove, not ASSAULT: a party attacked for its words or decisions ------------------------------
@pytest.mark.parametrize("text, recipient", [
    ("Zelensky attacked Orban over his remarks on Monday.", "Orban"),  # Ukraine: a person, "over" his words
    ("The Kremlin attacked Macron over his comments on the war.", "Macron"),  # Russia and France
    ("Myanmar's junta attacked the United Nations envoy over her report.", "United Nations"),  # Myanmar: a report
    ("Sudan's army chief attacked the RSF leader for saying the war would last years.", "Rapid Support Forces"),
    ("Hungary's leader attacked Brussels for its migration policy.", None),  # EU politics: a policy
    ("The minister attacked the opposition, calling its plan \"reckless\".", "opposition"),  # Kenya-style: labelling
    ("Petro attacked Milei over his remarks about Colombia.", None),  # Colombia and Argentina
    ("The mayor attacked the governor over the budget.", None),  # city news: a budget
    ("Burkina Faso's junta attacked Ecowas over its sanctions.", None),  # the Sahel: sanctions
    ("The senator attacked the president over his veto of the bill.", None),  # city and state politics: a veto
    ("The Malian junta blasted France over its decision to withdraw troops.", "France"),  # Mali: "blasted ... over"
    ("The opposition leader hit back at critics of the budget in Bogota on Tuesday.", None),  # a retort at critics
    ("The mayor took aim at the transport ministry over the delays.", None),  # city news: a retort over delays
    ("The president hit back at the European Union over its sanctions.", "European Union"),  # Belarus-style
])
def test_a_party_attacked_for_its_words_is_censure(text, recipient):
    # PLOVER ASSAULT is physical harm; ACCUSE disapprove: "criticize, defame, denigrate"
    events, names = _events(text)
    assert [e["type"] for e in events if e["type"] == "ASSAULT"] == [], events
    accusations = [e for e in events if e["type"] == "ACCUSE"]
    assert [e["mode"] for e in accusations] == ["disapprove"], events
    if recipient is not None:
        assert names.get(accusations[0]["target"] or "") == recipient, (accusations, names)


@pytest.mark.parametrize("text", [
    "Gunmen attacked the mayor over a land dispute in Cali, killing him.",  # Colombia: a toll told
    "A mob attacked the journalist over his reporting, beating him in Lahore.",  # Pakistan: a beating beside it
    "Soldiers attacked the protesters over their slogans with batons in Khartoum.",  # Sudan: "with batons"
    "Militants attacked the governor over his policy with a car bomb in Mogadishu.",  # Somalia: a weapon
    "Jihadists attacked the village over its support for the army near Djibo.",  # Burkina Faso: a place attacked
    "RSF fighters attacked the convoy over the weekend near El Fasher.",  # Sudan: "over the weekend" is a time
    "Gunmen attacked the village chief in Zamfara on Tuesday.",  # Nigeria: a person, no words at issue
    "A mob attacked Masih over a blasphemy claim in Sargodha.",  # Pakistan: a crowd's violence
    "Rioters attacked the MP over his comments in Dhaka.",  # Bangladesh: rioters
    "Militants attacked Kenya over its policy in Somalia.",  # Somalia and Kenya: an armed doer
    "Settlers attacked Palestinians over the decision in Hebron.",  # the West Bank
    "Gunmen attacked the journalist Okafor over his reports.",  # Nigeria: gunmen
])
def test_an_attack_with_harm_or_on_no_party_stays_an_assault(text):
    # PLOVER ASSAULT: deliberate actions which can potentially result in substantial physical harm
    assert "ASSAULT" in _types(text), _events(text)


@pytest.mark.parametrize("text", [
    "Soldiers fired back at the gunmen near Maiduguri.",  # Nigeria: force answered with force
    "Israel hit back at Iran with missiles on Saturday.",  # a weapon named
    "The army took aim at RSF positions near Omdurman.",  # Sudan: an armed party's positions
    "Workers blasted through the rock with dynamite.",  # a quarry: no party censured
])
def test_a_retort_of_force_is_no_censure(text):
    # PLOVER ACCUSE is verbal; force answered with force or a blast through rock is none of it
    assert "ACCUSE" not in _types(text), _events(text)


def test_a_proposal_shot_down_is_a_rejection():
    # PLOVER REJECT: "reject a proposal"; Kenya: a parliament refuses the government's plan
    events, _ = _events("The parliament shot down the government's proposal on Friday.")
    assert [e["type"] for e in events] == ["REJECT"], events


@pytest.mark.parametrize("text", [
    "The army shot down a drone over Kharkiv.",  # Ukraine: a weapon downed is force (PLOVER ASSAULT)
    "Air defences shot down two missiles over Kyiv.",
])
def test_a_weapon_shot_down_is_no_rejection(text):
    assert "REJECT" not in _types(text), _events(text)


@pytest.mark.parametrize("text, expected", [
    ("Ukrainian forces slammed Russian positions near Bakhmut with artillery.", "ASSAULT"),  # force, with a weapon
    ("The Burkinabe junta slammed Ecowas over the sanctions.", "ACCUSE"),  # words: censure
])
def test_slammed_is_force_only_with_a_weapon(text, expected):
    # PLOVER ASSAULT (heavy weapons) against ACCUSE disapprove, told by the "with" phrase
    types = _types(text)
    assert expected in types and ({"ASSAULT", "ACCUSE"} - {expected}).isdisjoint(types), _events(text)


# --- docs/annotation.md, One event or several: places joined as the objects of one attack noun ------------------------
@pytest.mark.parametrize("text, places", [
    ("Violence rose in Burkina Faso. The attack on Djibo and Arbinda killed 40 soldiers.", {"Djibo", "Aribinda"}),
    ("Violence rose in Burkina Faso. The army launched an assault on Djibo and a small part of Arbinda on Monday.",
     {"Djibo", "Aribinda"}),  # a part of the second town
    ("Fighting continued in Sudan. The RSF attack on Kutum and Mellit displaced thousands.", {"Kutum", "Mellit"}),
    ("Russia pressed its war on Ukraine. The bombardment of Kherson and Mykolaiv continued on Monday.",
     {"Kherson", "Mykolayiv"}),
])
def test_places_joined_as_objects_of_an_attack_noun_are_two_acts(text, places):
    attacks = [e for e in _events(text)[0] if e["type"] == "ASSAULT"]
    assert {(e.get("location") or {}).get("name") for e in attacks} == places, attacks


def test_a_toll_of_two_places_is_not_counted_twice():
    # docs/annotation.md, Tolls: the toll is the act's, never the clause's toll once per place
    text = "Violence rose in Burkina Faso. The attack on Djibo and Arbinda killed 40 soldiers."
    attacks = [e for e in _events(text)[0] if e["type"] == "ASSAULT"]
    assert sum(e["fatalities"] or 0 for e in attacks) == 40, attacks


@pytest.mark.parametrize("text, place", [
    ("Fighting continued in Sudan. The RSF attack on El Fasher and its outskirts displaced thousands.", "El Fasher"),
    ("Fighting continued in Myanmar. The attack on Lashio and its markets displaced thousands.", "Lashio"),
    ("Violence rose in Nigeria. The attack on Kaduna and the kidnapping of students shocked the country.", "Kaduna"),
])
def test_a_town_and_its_outskirts_or_another_act_is_one_place(text, place):
    # the rule's exception: one incident across a town and its outskirts; a second noun that is no place
    attacks = [e for e in _events(text)[0] if e["type"] == "ASSAULT"]
    assert [(e.get("location") or {}).get("name") for e in attacks] == [place], attacks


# --- docs/annotation.md, Actors: a one-word name in a person's role stays a person ------------------------------------
def _mention_types(text: str) -> dict[str, str]:
    from conflictgraph import extract

    bundle = extract([text], published=PUBLISHED).to_dict()
    return {m["text"]: m["type"] for m in bundle["mentions"]}


@pytest.mark.parametrize("text", [
    "Police in Ukraine arrested Jackson on Monday.",  # the object of an arrest
    "Jackson, 34, was charged with murder in Lagos.",  # an age after the name
    "Jackson told reporters in Kyiv that the talks had failed.",  # a speaker
    "Jackson said the ceasefire would hold.",
    "Prosecutors in Kenya charged Jackson and two other men with fraud.",  # charged
    "Jackson was detained at a checkpoint near Goma.",  # detained (passive)
    "Troops in Mali released Jackson on Sunday.",  # released
])
def test_a_name_in_a_persons_role_stays_a_person(text):
    assert _mention_types(text).get("Jackson") == "PERSON", _mention_types(text)


@pytest.mark.parametrize("text, name", [
    ("Rebels had taken Goma by Monday, residents said.", "Goma"),  # DRC: a town taken
    ("The army retook Jackson on Friday.", "Jackson"),  # a town retaken
    ("Jackson was shelled overnight.", "Jackson"),  # shelled: a place
    ("The army said Jackson had fallen.", "Jackson"),  # the subject of "fallen", not of "said"
    ("Fighting raged in Rakhine on Sunday.", "Rakhine"),  # Myanmar
])
def test_a_large_place_in_a_places_role_stays_a_place(text, name):
    assert _mention_types(text).get(name) == "GPE", _mention_types(text)
