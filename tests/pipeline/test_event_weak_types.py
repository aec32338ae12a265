"""The PLOVER types that were weakest on the DEV gold (AID, THREATEN, MOBILIZE, AGREE, CONSULT), each on sentences
from many conflicts and disasters, with the rule of the PLOVER manual (or of docs/annotation.md, which follows it)
that each checks.

The sentences were written for these tests (Nigeria, Ukraine, Niger, Kenya, Zimbabwe, Cambodia, Chile, Pakistan,
Turkey, Nepal, Libya, Ethiopia, Sudan, Haiti, Ecuador ...), not taken from any annotated set. Each case gives the
type the sentence must give and a type it must not give (the one the words would give without their sense).
"""

from __future__ import annotations

import pytest
from support import events_by_text as extract_events_by_text

PUBLISHED = "2024-05-15"

# (sentence, PLOVER type it must give, a type it must not give or None, the rule)
TYPES = [
    # AID: evacuating people is emergency assistance; evacuating a town is a retreat
    ("Rescue teams evacuated 300 civilians from the flooded districts of Maiduguri on Sunday.",
     "AID", "RETREAT", "AID: humanitarian aid such as emergency assistance (annotation.md: evacuations)"),
    ("The Red Cross evacuated the wounded from the besieged town of Mariupol.",
     "AID", "RETREAT", "AID: humanitarian aid such as emergency assistance"),
    ("About 9,000 people have been evacuated from the flooded villages of Sindh province.",
     "AID", "RETREAT", "MOBILIZE: mobilizing forces for disaster relief should be coded as AID"),
    ("Ukrainian troops evacuated the town of Soledar on Tuesday.",
     "RETREAT", "AID", "RETREAT: a military retreat from, or ceding, territory"),
    # AID: relief sent or under way, aid handed over, personnel given to a party
    ("Dozens of rescue workers were sent to the earthquake zone in Hatay province.",
     "AID", None, "MOBILIZE: mobilizing police or military forces for disaster relief should be coded as AID"),
    ("Nepal deployed soldiers for rescue operations after the landslide in Gorkha.",
     "AID", "MOBILIZE", "MOBILIZE: mobilizing police or military forces for disaster relief should be coded as AID"),
    ("The Indian navy dispatched two ships with relief supplies to cyclone-hit Myanmar.",
     "AID", "MOBILIZE", "AID: humanitarian aid such as emergency assistance"),
    ("A rescue operation was under way in the Ethiopian region of Gofa after the landslide.",
     "AID", None, "AID: humanitarian aid such as emergency assistance"),
    ("Relief efforts continued in Derna on Thursday after the floods.",
     "AID", None, "AID: humanitarian aid such as emergency assistance"),
    ("The UN welcomed the delivery of aid to civilians in Gaza.",
     "AID", None, "AID: all provisions of providing material aid"),
    ("Iran has committed advisers and elite Revolutionary Guard forces to the Syrian government side.",
     "AID", None, "AID: military and police assistance including arms and personnel"),
    ("Kenya contributed 1,000 police officers to the multinational mission in Haiti.",
     "AID", None, "AID: military and police assistance including arms and personnel"),
    ("Russia deployed troops to the border with Ukraine on Monday.",
     "MOBILIZE", "AID", "MOBILIZE: all military or police moves that fall short of the actual use of force"),
    # AGREE: an offer of future aid, a volunteering
    ("The rebels offered to evacuate the wounded from the eastern districts of Aleppo.",
     "AGREE", "CONCEDE", "AID/AGREE: promises or offers of future AID are AGREE (not a retreat's CONCEDE)"),
    ("Several neighbours volunteered to shelter the displaced families.",
     "AGREE", None, "AGREE: agree to, offer, promise, or otherwise indicate willingness to cooperate"),
    # THREATEN: ultimatums, threats faced or received, intimidation
    ("The ECOWAS bloc said Niger's junta must restore President Mohamed Bazoum within a week or face military "
     "intervention.", "THREATEN", "REQUEST",
     "THREATEN: coercive or forceful warnings with serious potential repercussions (annotation.md: 'or face')"),
    ("Russia demanded that Ukraine withdraw its troops from the four regions or face further attacks.",
     "THREATEN", "REQUEST", "THREATEN: coercive or forceful warnings with serious potential repercussions"),
    ("The Kenyan journalist has faced death threats since she exposed police killings in Nairobi.",
     "THREATEN", None, "THREATEN: all threats (annotation.md: threats against a person)"),
    ("Election observers in Cambodia received threats after the vote.",
     "THREATEN", None, "THREATEN: all threats"),
    ("Armed men intimidated voters at polling stations in Tigray on Sunday.",
     "THREATEN", None, "THREATEN: coercive or forceful warnings"),
    # THREATEN restrict and PROTEST strike: a strike announced is a threat, one under way a protest
    ("Thousands of teachers in Nigeria are preparing to strike next week over unpaid salaries.",
     "THREATEN", "ASSAULT", "THREATEN mode restrict: threats of strikes (annotation.md: Strikes)"),
    ("Doctors in Kenya will strike on Monday if the government does not pay their arrears.",
     "THREATEN", "ASSAULT", "THREATEN mode restrict: threats of strikes"),
    ("Port workers in Chile went on strike on Tuesday.",
     "PROTEST", "ASSAULT", "PROTEST mode strike: members of an organization abandon their workplaces"),
    ("Miners in South Africa struck for higher wages on Monday.",
     "PROTEST", "ASSAULT", "PROTEST mode strike: members of an organization abandon their workplaces"),
    ("Israeli jets struck Hezbollah positions in southern Lebanon on Monday.",
     "ASSAULT", "PROTEST", "ASSAULT: aerial strikes (a strike by aircraft is no labour strike)"),
    # MOBILIZE police: raised security, an ordered move
    ("Kenya stepped up security along its border with Somalia ahead of the elections.",
     "MOBILIZE", None, "MOBILIZE mode police: mobilize or increase readiness of police or security units"),
    ("Pakistani police tightened security around churches in Lahore ahead of Easter.",
     "MOBILIZE", None, "MOBILIZE mode police: increase readiness of police or security units"),
    ("Tunisia has increased security at its embassies in Libya.",
     "MOBILIZE", None, "MOBILIZE mode police: increase readiness of police or security units"),
    ("The president of Ecuador ordered troops to deploy to the prisons of Guayaquil on Monday.",
     "MOBILIZE", None, "MOBILIZE: military or police moves (the order is the move)"),
    # SANCTION: removal from a post or body, withdrawal from an agreement or body (also announced)
    ("The senator was removed from his chairmanship of the defence committee on Thursday.",
     "SANCTION", None, "SANCTION mode expel: expel an entity from a group, organization (annotation.md: removal)"),
    ("Zambia's ruling party suspended the former minister from the party on Monday.",
     "SANCTION", None, "SANCTION mode expel: expel an entity from a group, organization, political party"),
    ("Mali withdrew from the G5 Sahel alliance in May.",
     "SANCTION", "RETREAT", "SANCTION mode withdraw: withdraw oneself from a group, organization"),
    ("Burundi's president announced that he will withdraw the country from the International Criminal Court.",
     "SANCTION", "CONCEDE", "SANCTION withdraw: an announced future withdrawal keeps its category (annotation.md)"),
    # CONCEDE: admissions, retractions, dropped charges, lifted restrictions, suspended strikes
    ("The militia commander confessed to the killing of the journalist in Goma.",
     "CONCEDE", None, "CONCEDE: verbal concessions (an admission, as a guilty plea)"),
    ("The witness later retracted her testimony against the Rwandan officer.",
     "CONCEDE", None, "CONCEDE: withdrawing a claim or demand (annotation.md)"),
    ("Prosecutors in Guatemala dropped the charges against the journalist on Friday.",
     "CONCEDE", None, "CONCEDE: easing of legal restrictions on persons (annotation.md: dropping a prosecution)"),
    ("The junta in Burkina Faso lifted the curfew in Ouagadougou on Sunday.",
     "CONCEDE", "COERCE", "CONCEDE: removing curfews"),
    ("The Zimbabwean doctors' union suspended the strike on Friday.",
     "CONCEDE", "ASSAULT", "CONCEDE: suspending protests"),
    # AGREE: accepting what is offered
    ("Hamas accepted the ceasefire proposal put forward by Egypt and Qatar.",
     "AGREE", None, "AGREE: agree to, offer, promise, or otherwise indicate willingness to cooperate"),
    # AGREE: helping or taking part, promised
    ("Egypt will help rebuild Gaza, President Abdel Fattah al-Sisi said.",
     "AGREE", None, "AGREE: cooperative actions reported in future tense imply intentions and are AGREE"),
    ("\"We will work with our partners in the Sahel to restore security,\" the French minister said.",
     "AGREE", None, "AGREE: indicate willingness or commitment to cooperate"),
    # COOPERATE: sharing between parties
    ("Colombia shared intelligence with Ecuador on the cartel's routes.",
     "COOPERATE", None, "COOPERATE: voluntary exchanges or sharing of intelligence"),
    # CONSULT: meetings told as held, phone calls
    ("The Ethiopian prime minister talked with the Tigrayan leaders in Pretoria.",
     "CONSULT", None, "CONSULT: all consultations and meetings"),
    ("Peace talks resumed in Jeddah on Saturday.",
     "CONSULT", None, "CONSULT: all consultations and meetings (a meeting told as held by a verb of taking place)"),
    ("The meeting took place in Barbados on Tuesday.",
     "CONSULT", None, "CONSULT: all consultations and meetings"),
    ("This week sees the start of a second round of talks between Serbia and Kosovo in Brussels.",
     "CONSULT", None, "CONSULT: all consultations and meetings"),
    ("A second town hall meeting with Alberta residents will take place on 14 December.",
     "AGREE", "CONSULT", "AGREE: CONSULT reported in future tense is coded AGREE"),
    ("Prime Minister Justin Trudeau talked trade during a telephone call on Tuesday with the German chancellor.",
     "CONSULT", None, "CONSULT mode phone: consultation by phone"),
    ("The Zambian and Congolese presidents held a phone call on Tuesday about the border.",
     "CONSULT", "REQUEST", "CONSULT mode phone: consultation by phone (a phone call is no call for something)"),
]

# (sentence, the type it must not give, the rule): words of the senses above that are no event of that type
NOT = [
    ("Reports say phone lines to many villages have been cut off, making rescue efforts harder.", "AID",
     "AID: a relief operation named as a state of affairs, not told as under way"),
    ("The aid convoy was attacked near Aleppo on Monday.", "AID",
     "AID: the convoy is what is attacked; no aid is told handed over"),
    ("Britain asked Turkey to increase security at the British embassy in Ankara.", "MOBILIZE",
     "REQUEST: a request that another readies its forces is the request, not the mobilization"),
    ("Moldova and Romania strengthened security ties in 2023.", "MOBILIZE",
     "MOBILIZE: police or security units readied (security that only qualifies ties readies none)"),
    ("Both sources shared information on condition of anonymity.", "COOPERATE",
     "COOPERATE: mutual exchange between parties (a source telling a reporter is none)"),
    ("\"Across a year, we talk about upwards of 500 offences,\" the officer in Cairns said.", "CONSULT",
     "CONSULT: a meeting with a party (talking about a subject is none)"),
    ("Nikki Haley said she was moved to accept the assignment.", "AGREE",
     "AGREE: agreeing to cooperate (accepting a post is none)"),
    ("A man from Ohio who admitted to having plotted to attack a police station was sentenced on Wednesday.",
     "CONCEDE", "CONCEDE: an admission of an act done (a plot to attack is no act admitted)"),
    ("Public support for the junta began to wane in 2023.", "SUPPORT",
     "SUPPORT: expressed support (a state of opinion that begins is none)"),
    ("This will help reduce costs for the Nigerian army.", "AGREE",
     "AGREE: a promise is an actor's (a thing that helps promises nothing)"),
    ("Asked about Idlib, he said Damascus would work out further military action.", "AGREE",
     "AGREE: willingness to cooperate (working something out with no partner is none)"),
    ("Syrian troops were evacuated from the air base near Deir ez-Zor.", "AID",
     "RETREAT: forces moved out are a withdrawal, not emergency assistance"),
]


@pytest.fixture(scope="module")
def found():
    return extract_events_by_text([s for s, *_ in TYPES] + [s for s, *_ in NOT], PUBLISHED)


@pytest.mark.parametrize("sentence, expected, forbidden, rule", TYPES, ids=[f"type-{i}" for i in range(len(TYPES))])
def test_weak_type(found, sentence, expected, forbidden, rule):
    types = {e["type"] for e in found[sentence]}
    assert expected in types, (rule, types)
    if forbidden is not None:
        assert forbidden not in types, (rule, types)


@pytest.mark.parametrize("sentence, forbidden, rule", NOT, ids=[f"not-{i}" for i in range(len(NOT))])
def test_not_that_type(found, sentence, forbidden, rule):
    types = {e["type"] for e in found[sentence]}
    assert forbidden not in types, (rule, types)


def test_strike_threat_mode(found):
    """THREATEN's mode is the content of the threat (PLOVER, THREATEN): a strike is `restrict`, not `violence`."""
    events = found["Thousands of teachers in Nigeria are preparing to strike next week over unpaid salaries."]
    assert [e["mode"] for e in events if e["type"] == "THREATEN"] == ["restrict"]


def test_raised_security_mode(found):
    """MOBILIZE mode police: "mobilize or increase readiness of police or security units"."""
    events = found["Pakistani police tightened security around churches in Lahore ahead of Easter."]
    assert [e["mode"] for e in events if e["type"] == "MOBILIZE"] == ["police"]


def test_ordered_move_is_the_orderers(found):
    """PLOVER MOBILIZE: the one who orders the move is its actor (Ecuador's president, for his state), not the
    troops ordered."""
    events = found["The president of Ecuador ordered troops to deploy to the prisons of Guayaquil on Monday."]
    assert [e["source"] for e in events if e["type"] == "MOBILIZE"] == ["ecuador"]


def test_phone_call_has_no_place(found):
    """docs/annotation.md, Place: a meeting's place is where it was held; a call is held nowhere (the parties are
    apart), so no place the sentence names is the call's."""
    events = found["The Zambian and Congolese presidents held a phone call on Tuesday about the border."]
    assert [e["location"] for e in events if e["type"] == "CONSULT"] == [None]
