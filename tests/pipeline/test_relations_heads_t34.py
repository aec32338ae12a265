"""Who leads and who belongs: an audit of the title relations against docs/annotation.md *Relations* (issue 11,
helper t34). Probe sentences written for the audit, from many polities and conflicts (Canada's provinces, Nigeria's
states, Pakistan's Punjab, the DRC, Somalia, Sudan, Afghanistan, Lebanon, Iraq); none is taken from a gold article.
Each case names the rule it checks; the ties are matched by the words of the actors' names."""

from __future__ import annotations

import pytest
from support import has_relation, relations_by_name

# *Titles written with a name state the tie*: the head of a government leads it, and a place written as the title of
# its own government's head stands for that government (relations.yaml ``place_offices``), also where the
# statistical model tagged the place's name as nothing (pipeline/entity_titles.py, _untagged_office_places).
PLACE_HEADS = [
    ("Ontario Premier Kathleen Wynne announced the new rules on Tuesday.", ("Kathleen Wynne", "leads", "Ontario")),
    ("Quebec Premier Philippe Couillard said the province would sue.", ("Philippe Couillard", "leads", "Quebec")),
    ("Kano Governor Abba Yusuf condemned the attack on the market.", ("Abba Yusuf", "leads", "Kano")),
    ("Borno Governor Babagana Zulum visited the camp in Maiduguri.", ("Babagana Zulum", "leads", "Borno")),
    # (a chief minister heads a province's or a state's government, as a premier does)
    ("Punjab Chief Minister Maryam Nawaz visited the flooded villages.", ("Maryam Nawaz", "leads", "Punjab")),
]


@pytest.mark.parametrize(("text", "tie"), PLACE_HEADS)
def test_a_place_titled_before_its_heads_name_is_the_government_he_leads(text, tie):
    assert has_relation(relations_by_name(text), *tie), relations_by_name(text)


# ... but a word of a longer name, or a place the gazetteer does not know under that very name, is no government.
def test_a_common_word_before_a_governors_title_is_no_place():
    ties = relations_by_name("Former Governor Nasir El-Rufai criticised the security agencies.")
    assert not any(p == "leads" for _, p, _ in ties), ties


# *Relations*: "a Hamas commander" is a member, "X, a commander of Y" likewise: a title with an indefinite article
# before the body's name makes one of several, written before the name in apposition too ("An ADF commander, X").
INDEFINITE_TITLES = [
    ("An ADF commander, Musa Baluku, was said to have ordered the raid in Beni.",
     ("Musa Baluku", "member_of", "Allied Democratic Forces")),
    ("A senior Hamas commander, Marwan Issa, was killed in the strike.", ("Marwan Issa", "member_of", "Hamas")),
    ("One RSF commander, Abu Aqla Keikal, defected to the army in Gezira.", ("Keikal", "member_of", "Rapid Support")),
    ("A Taliban commander, Mullah Yaqoob, said the fighters had taken the district.", ("Yaqoob", "member_of",
                                                                                       "Taliban")),
]


@pytest.mark.parametrize(("text", "tie"), INDEFINITE_TITLES)
def test_an_indefinite_title_before_the_name_makes_a_member(text, tie):
    ties = relations_by_name(text)
    assert has_relation(ties, *tie), ties
    assert not has_relation(ties, tie[0], "leads", tie[2]), ties


# ... and with no article the title is the body's one head (the title rule: "RSF commander X", "Hezbollah chief Y").
@pytest.mark.parametrize(("text", "tie"), [
    ("Al-Shabaab leader Ahmed Diriye called on fighters to attack the base.", ("Ahmed Diriye", "leads", "Shabaab")),
    ("The Taliban's supreme leader, Hibatullah Akhundzada, issued a decree.", ("Akhundzada", "leads", "Taliban")),
])
def test_a_title_with_no_article_is_the_head(text, tie):
    assert has_relation(relations_by_name(text), *tie), relations_by_name(text)


# *Relations*, `leads` (head, commander, "led by"): what one took on is the body one heads: "took command of",
# "assumed the leadership of", "took over the leadership of" (as "succeeded Y as leader of").
TAKING_COMMAND = [
    ("In 2006 Abu Ayyub al-Masri took command of al-Qaeda in Iraq.", ("Masri", "leads", "Qaeda")),
    ("Hibatullah Akhundzada assumed leadership of the Taliban in 2016.", ("Akhundzada", "leads", "Taliban")),
    ("Naim Qassem took over the leadership of Hezbollah after the strike in Beirut.", ("Naim Qassem", "leads",
                                                                                        "Hezbollah")),
]


@pytest.mark.parametrize(("text", "tie"), TAKING_COMMAND)
def test_taking_command_of_a_body_is_leading_it(text, tie):
    assert has_relation(relations_by_name(text), *tie), relations_by_name(text)


def test_taking_command_of_a_town_is_no_tie():
    # (a place one's forces take is no body one heads)
    ties = relations_by_name("Mohamed Hamdan Dagalo took control of Khartoum in April.")
    assert not any(p == "leads" and "Khartoum" in o for _, p, o in ties), ties


# *Relations*: "Winnipeg police Const. X" is member_of the Winnipeg police; the town's name before a police title is
# the town's police also where the parse hangs both words on the title ("Toronto Police Chief X": pipeline/groups.py,
# _flat_place), and its chief leads it.
TOWN_POLICE = [
    ("Toronto Police Chief Mark Saunders said the officers acted properly.", ("Mark Saunders", "leads",
                                                                              "Toronto Police")),
    ("Calgary Police Chief Roger Chaffin said the shooting was under review.", ("Roger Chaffin", "leads",
                                                                               "Calgary Police")),
    ("Winnipeg police Chief Danny Smyth said the suspect was in custody.", ("Danny Smyth", "leads", "Winnipeg police")),
]


@pytest.mark.parametrize(("text", "tie"), TOWN_POLICE)
def test_a_towns_police_chief_leads_the_towns_police(text, tie):
    assert has_relation(relations_by_name(text), *tie), relations_by_name(text)


# ... but a bare "Police Chief X" names no body where the document names no police (a title that names no body
# states no tie, as "Interior Minister X"); where it names one, the title is that police's.
def test_a_bare_police_title_names_no_body():
    ties = relations_by_name("Police Chief Adam Palmer also called for more help for the addicts.")
    assert not ties, ties


def test_a_bare_police_title_is_the_police_the_document_names():
    ties = relations_by_name("Winnipeg police arrested a man in Transcona. Police spokesman Const. Jason Michalyshen "
                             "said he was charged.")
    assert has_relation(ties, "Jason Michalyshen", "spokesperson_for", "Winnipeg police"), ties


# *Relations*: the head of a government leads it, wherever the place's name stands beside the title: before the name
# in US news's abbreviation ("Indiana Gov. X"), after it ("X, the governor of Indiana", "Gov. X of Indiana"), or in
# a possessive apposition ("X, Ontario's premier") (pipeline/relations_offices.py, PlaceOffices.ties).
PLACES_AFTER = [
    ("Indiana Gov. Mike Pence was chosen as running mate.", ("Mike Pence", "leads", "Indiana")),
    ("Michigan Gov. Rick Snyder apologized for the water crisis.", ("Rick Snyder", "leads", "Michigan")),
    ("Mike Pence, the governor of Indiana, was chosen as running mate.", ("Mike Pence", "leads", "Indiana")),
    ("Gov. Mike Pence of Indiana was chosen as running mate.", ("Mike Pence", "leads", "Indiana")),
    ("Premier Kathleen Wynne of Ontario announced the rules on Tuesday.", ("Kathleen Wynne", "leads", "Ontario")),
    ("Kathleen Wynne, Ontario's premier, announced the rules on Tuesday.", ("Kathleen Wynne", "leads", "Ontario")),
    ("Jim Justice, the governor of West Virginia, signed the bill.", ("Jim Justice", "leads", "West Virginia")),
]


@pytest.mark.parametrize(("text", "tie"), PLACES_AFTER)
def test_a_place_named_after_its_heads_name_is_the_government_he_leads(text, tie):
    assert has_relation(relations_by_name(text), *tie), relations_by_name(text)


@pytest.mark.parametrize("text", [
    # (a bank's governor heads no state's government, though he heads the bank, a body of its own since helper act;
    # a senator "of Texas" holds no office of the place's list)
    "Godwin Emefiele, the governor of the Central Bank of Nigeria, resigned in June.",
    "Sen. Ted Cruz of Texas said the bill on Ukraine would fail.",
])
def test_no_place_office_without_the_places_title(text):
    ties = relations_by_name(text)
    assert not any(p == "leads" and o in ("Nigeria", "Texas") for _, p, o in ties), ties


# *Relations*, title rule with a body the knowledge base does not know: a lower-case word describing the body between
# the article and its name ("the opposition X", "the paramilitary Y") is no body of its own, and the title ties the
# person to the body named (relations.yaml ``body_descriptor``; pipeline/groups.py, _names_after).
DESCRIBED_BODIES = [
    ("Bobi Wine, leader of the opposition National Unity Platform, was detained in Kampala.",
     ("Bobi Wine", "leads", "National Unity Platform")),
    ("Mohamed Hamdan Dagalo, the head of the paramilitary Rapid Support Forces, rejected the truce.",
     ("Dagalo", "leads", "Rapid Support Forces")),
]


@pytest.mark.parametrize(("text", "tie"), DESCRIBED_BODIES)
def test_a_described_body_after_a_title_is_the_one_led(text, tie):
    ties = relations_by_name(text)
    assert has_relation(ties, *tie), ties
    assert not any(o == "opposition" for _, _, o in ties), ties


# *Relations* (a head's title before the name, the body after it, as "Mayor X of the City Council of Y"): a police
# chief's title there heads the force; a bare "Chief", an honorific in Nigerian news, states no lead.
def test_a_police_chiefs_title_before_the_name_heads_the_force_after_it():
    ties = relations_by_name("Police Chief Clive Weighill of the Saskatoon Police Service said the case was closed.")
    assert has_relation(ties, "Clive Weighill", "leads", "Saskatoon Police Service"), ties


def test_an_honorific_chief_is_no_head():
    ties = relations_by_name("Chief Olusegun Obasanjo of the PDP said the vote in Ogun was rigged.")
    assert not any(p == "leads" for _, p, _ in ties), ties


# *`member_of` for a person's job*: a rank in a police force is a position in a governmental body ("Winnipeg police
# Const. X"), abbreviated as police news writes it ("Det. Sgt.").
@pytest.mark.parametrize(("text", "tie"), [
    ("Toronto police Det. Sgt. Mike Carbone said the victim was shot twice.", ("Mike Carbone", "member_of",
                                                                               "Toronto police")),
    ("RCMP Cpl. Janelle Shoihet said the man was arrested near Surrey.", ("Janelle Shoihet", "member_of", "RCMP")),
])
def test_an_abbreviated_police_rank_makes_a_member(text, tie):
    assert has_relation(relations_by_name(text), *tie), relations_by_name(text)
