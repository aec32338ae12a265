"""Who leads and who belongs, second pass: the entity stage's reading of "Place + Title + Name" strings and of bodies
named before a lower-case head or an acronym before a title (issue 11, helper t35). Probe sentences written for the
audit, from many polities and conflicts (Ukraine's and Russia's regions, Nigeria's states, Sudan's Darfur, Canada's
provinces, Senegal, Zimbabwe, Colombia, Mali, Myanmar); none is taken from a gold article. Each case names the rule of
docs/annotation.md *Relations* it checks; the ties are matched by the words of the actors' names."""

from __future__ import annotations

import pytest
from support import has_relation, relations_by_name

# *Titles written with a name state the tie* (the head of a government leads it; a place written as its government's
# title stands for that government): where the tagger took the place, the title and the name for one body or one
# person ("Saskatchewan Premier Brad Wall" one ORG, "Odesa Governor | Oleh | Kiper" three persons), or took the
# place's first word alone for a person ("Nova" of "Nova Scotia"), or called a region a location ("Darfur").
SPLIT_PLACE_TITLE_NAME = [
    ("Saskatchewan Premier Brad Wall said the province would not sign the deal.", ("Brad Wall", "leads",
                                                                                   "Saskatchewan")),
    ("Manitoba Premier Wab Kinew promised more money for shelters in Winnipeg.", ("Wab Kinew", "leads", "Manitoba")),
    ("Kherson Governor Oleksandr Prokudin said Russian shelling killed a woman.", ("Prokudin", "leads", "Kherson")),
    ("Nova Scotia Premier Tim Houston ordered flags lowered.", ("Tim Houston", "leads", "Nova Scotia")),
    ("Darfur Governor Minni Minawi urged civilians in El Fasher to defend themselves.", ("Minawi", "leads",
                                                                                         "Darfur")),
]


@pytest.mark.parametrize(("text", "tie"), SPLIT_PLACE_TITLE_NAME)
def test_a_place_title_name_string_is_split_into_the_government_and_its_head(text, tie):
    ties = relations_by_name(text)
    assert has_relation(ties, *tie), ties


# *Titles written with a name state the tie*, with the government's level between the place and the title ("regional
# governor", "State Governor"), the place after "of" that the tagger left untagged, or a state's possessive before the
# division ("the governor of Iraq's Anbar province").
PLACE_OFFICE_FORMS = [
    ("Odesa regional governor Oleh Kiper said a port was hit.", ("Oleh Kiper", "leads", "Odesa")),
    ("Zamfara State Governor Dauda Lawal visited the freed schoolgirls.", ("Dauda Lawal", "leads", "Zamfara")),
    ("Governor Dauda Lawal of Zamfara State visited the freed schoolgirls.", ("Dauda Lawal", "leads", "Zamfara")),
    ("Ali Hassan, the governor of Iraq's Anbar province, said the road was reopened.", ("Ali Hassan", "leads",
                                                                                        "Anbar")),
]


@pytest.mark.parametrize(("text", "tie"), PLACE_OFFICE_FORMS)
def test_a_governors_place_is_read_around_the_title(text, tie):
    ties = relations_by_name(text)
    assert has_relation(ties, *tie), ties


# ... but "of" and a place after a name titled with no government's office states no lead of the place.
def test_a_place_after_a_commanders_name_is_no_government():
    ties = relations_by_name("Commander Hassan Ali of Kassala State said the border was closed.")
    assert not any(p == "leads" and "Kassala" in o for _, p, o in ties), ties


# *Relations*: `leads` for the head of a party; a body's proper name before its lower-case head noun ("the opposition
# PASTEF party", "the ruling ZANU-PF party") is the body, which the tagger named nothing.
BODIES_BEFORE_A_LOWER_CASE_HEAD = [
    ("Bassirou Diomaye Faye, a leader of the opposition PASTEF party, was freed from prison in Dakar.",
     ("Faye", "member_of", "PASTEF")),
    ("Emmerson Mnangagwa, the leader of the ruling ZANU-PF party, was sworn in.", ("Mnangagwa", "leads", "ZANU-PF")),
]


@pytest.mark.parametrize(("text", "tie"), BODIES_BEFORE_A_LOWER_CASE_HEAD)
def test_a_proper_name_before_a_lower_case_body_head_is_the_body(text, tie):
    ties = relations_by_name(text)
    assert has_relation(ties, *tie), ties


# ... not a day's name before a common noun ("a Christmas party" is no body).
def test_a_holiday_party_is_no_body():
    ties = relations_by_name("A gunman opened fire at a Christmas party in Bamako, the police chief Amadou Sy said.")
    assert not any("Christmas" in s or "Christmas" in o for s, _, o in ties), ties


# *Titles written with a name state the tie*: a province's branch of a party named after the province ("Alberta NDP
# Leader X") is the party the leader heads; the province is not part of its name.
def test_a_provinces_party_after_the_place_is_led_by_its_leader():
    ties = relations_by_name("British Columbia NDP Leader David Eby said the vote would be close.")
    assert has_relation(ties, "David Eby", "leads", "NDP"), ties


# *`member_of` for a person's job*: an acronym in capitals before a title in lower case names a body the tagger left
# out ("ELN negotiator X", "the ELN's chief negotiator, X"), of which a negotiator is a member (the knowledge base
# knows the KNLA as the Karen National Union's).
ACRONYM_BEFORE_A_TITLE = [
    ("ELN negotiator Pablo Beltran said the ceasefire would be extended.", ("Pablo Beltran", "member_of", "ELN")),
    ("Pablo Beltran, the ELN's chief negotiator, said the ceasefire would be extended.",
     ("Pablo Beltran", "member_of", "ELN")),
    ("The statement was read by KNLA negotiator Saw Kler Say in Mae Sot.", ("Saw Kler Say", "member_of", "Karen")),
]


@pytest.mark.parametrize(("text", "tie"), ACRONYM_BEFORE_A_TITLE)
def test_an_acronym_before_a_lower_case_title_is_a_body(text, tie):
    ties = relations_by_name(text)
    assert has_relation(ties, *tie), ties


# *Titles written with a name state the tie*: the whole name, where the tagger left the surname out ("Iyad Ag |
# Ghaly"); the leader's tie is to the person, not to a part of the name.
def test_a_surname_the_tagger_left_out_is_the_persons():
    ties = relations_by_name("JNIM leader Iyad Ag Ghaly called for attacks on the army in central Mali.")
    assert has_relation(ties, "Iyad Ag Ghaly", "leads", "Nusrat"), ties


# *`leads` (head, chairman, director ... of)*: a union's, a chamber's or a council's president titled with the body's
# name before the title heads it, the name the tagger left out read as a body's (as "M23 spokesman X"); a state's
# demonym before "President" stays the state's head.
@pytest.mark.parametrize(("text", "tie"), [
    ("The union said Unifor president Lana Payne would meet the company.", ("Lana Payne", "leads", "Unifor")),
    ("Senate President Godswill Akpabio said the bill would pass.", ("Akpabio", "leads", "Senate")),
    ("Kenyan President William Ruto flew to Addis Ababa.", ("William Ruto", "leads", "Kenya")),
])
def test_a_presidents_body_before_the_title_is_the_body_he_leads(text, tie):
    ties = relations_by_name(text)
    assert has_relation(ties, *tie), ties


# *Titles written with a name state the tie*: a name a body's title before "of" and a body's name stands in apposition
# to is a person's, where the tagger named nothing ("Dmitry Utkin, a co-founder of the Wagner group").
def test_a_name_in_apposition_to_a_title_of_a_named_body_is_a_person():
    ties = relations_by_name("Nasser Ali, a negotiator of the Sudan Liberation Movement, arrived in Juba.")
    assert has_relation(ties, "Nasser Ali", "member_of", "Sudan Liberation Movement"), ties
