"""Acts told by a light verb and an event noun, or by an event noun alone (issue 11, helper n35). PLOVER codes the act
whatever its grammar: "held talks with" is the meeting, "launched an offensive on" the assault, "an effective surrender
by the rebels" the retreat; the light verb's subject, or the noun's "by" phrase, is the actor. Each act is paired with
non-acts of the same wording ("fears of an offensive", "the prospect of an assault"), which must give nothing of that
type (PLOVER Auxiliary modes: only acts that took place are events). The sentences were written for this test, from
many conflicts (Sudan, Ukraine, Myanmar, the Sahel, Colombia, Gaza, Yemen, Ethiopia, the DRC, Somalia, Kenya), never
taken from a gold article."""

from __future__ import annotations

import pytest
from support import event_rows, events_and_names, events_by_text

PUB = "2024-05-15"

# sentence, the type it reports, the rule
ACTS = [
    ("Sudanese army officials held talks with RSF envoys in Jeddah on Monday.", "CONSULT",
     "PLOVER CONSULT: a meeting held (light verb 'hold' and the noun 'talks')"),
    ("The Malian prime minister paid a visit to Moscow on Tuesday.", "CONSULT",
     "PLOVER CONSULT visit: 'paid a visit to' is the visit (light_verb_types: pay)"),
    ("The Sudanese foreign minister had a meeting with the Egyptian president on Monday.", "CONSULT",
     "PLOVER CONSULT: 'had a meeting with' is the meeting (light_verb_types: have)"),
    ("Ukraine's foreign minister had talks with his Chinese counterpart in Kyiv on Monday.", "CONSULT",
     "PLOVER CONSULT: 'had talks with' is the meeting (light_verb_types: have)"),
    ("Sudan's army chief attended talks with the RSF in Jeddah on Monday.", "CONSULT",
     "PLOVER CONSULT: talks attended (light_verb_types: attend)"),
    ("Niger's junta joined talks with ECOWAS in Abuja on Monday.", "CONSULT",
     "PLOVER CONSULT: talks joined (light_verb_types: join)"),
    ("The ELN took part in talks with the Colombian government in Caracas on Monday.", "CONSULT",
     "PLOVER CONSULT: 'took part in talks' (part_nouns, part_verbs)"),
    ("The ELN participated in a second round of talks with the Colombian government on Monday.", "CONSULT",
     "PLOVER CONSULT: 'participated in a round of talks' (participation_verbs, through a count)"),
    ("The Russian army launched an offensive on Avdiivka on Tuesday.", "ASSAULT",
     "PLOVER ASSAULT: an offensive launched"),
    ("Ukraine launched a counteroffensive in Kherson on Monday.", "ASSAULT",
     "PLOVER ASSAULT: a counteroffensive is an offensive (event nouns per type)"),
    ("Israeli troops made an incursion into Jenin on Monday.", "ASSAULT",
     "PLOVER ASSAULT: a military incursion made (event nouns per type)"),
    ("Mali's junta carried out executions of civilians in Moura in March.", "ASSAULT",
     "PLOVER ASSAULT targeted: executions carried out (docs/annotation.md type table)"),
    ("The downing of a Russian warplane by Ukrainian forces angered Moscow.", "ASSAULT",
     "PLOVER ASSAULT aerial: 'the downing of a warplane' as 'downed a warplane' (weapon verb's -ing noun)"),
    ("The firing of rockets at Sderot by Hamas resumed on Monday.", "ASSAULT",
     "PLOVER ASSAULT heavy-weapons: 'the firing of rockets' as 'fired rockets'"),
    ("The brutal advance by Sudanese troops forced thousands to flee Wad Madani.", "ASSAULT",
     "PLOVER ASSAULT: an advance by forces, its 'by' phrase the actor"),
    ("It was an effective surrender by the rebel fighters in Goma.", "RETREAT",
     "PLOVER RETREAT: a surrender by the rebels, its 'by' phrase the actor"),
    ("The threat by Turkey to invade northern Syria alarmed the Kurds.", "THREATEN",
     "PLOVER THREATEN violence: a threat by a party with its aim (an infinitive)"),
    ("Threats by the Houthis against shipping in the Red Sea continued on Monday.", "THREATEN",
     "PLOVER THREATEN: threats by a party against a target"),
    ("Ukraine's president made a plea to NATO for more air defence on Monday.", "REQUEST",
     "PLOVER REQUEST: a plea made (event nouns per type)"),
    ("The junta launched a crackdown on protesters in Mandalay on Monday.", "COERCE",
     "PLOVER COERCE: a crackdown launched (docs/annotation.md type table: repression short of violence)"),
    ("The Houthis imposed a blockade on Taiz in 2015.", "COERCE",
     "PLOVER COERCE restrict: a blockade imposed (docs/annotation.md type table: blockades, sieges)"),
    ("Myanmar's junta declared martial law in Yangon townships on Monday.", "COERCE",
     "docs/annotation.md type table: states of emergency and martial law are COERCE martial-law"),
    ("Ethiopia imposed a state of emergency in Amhara on Monday.", "COERCE",
     "docs/annotation.md type table: a state of emergency imposed (imposing_verbs) is COERCE martial-law"),
    ("The opposition staged a walkout from parliament in Nairobi on Tuesday.", "PROTEST",
     "PLOVER PROTEST: a walkout staged"),
    ("Sudan lodged a protest with the UAE over arms shipments on Monday.", "ACCUSE",
     "PLOVER PROTEST, ambiguities: a diplomatic protest is ACCUSE disapprove (filing_verbs)"),
    ("Colombian farmers filed a lawsuit against the army in Bogota on Monday.", "ACCUSE",
     "PLOVER ACCUSE sue: a lawsuit filed"),
    ("Ethiopian troops mounted a rescue of hostages in Somalia on Monday.", "AID",
     "docs/annotation.md: hostage rescue is AID (a rescue mounted)"),
]


@pytest.mark.parametrize(("text", "event_type", "rule"), ACTS)
def test_an_act_told_by_a_light_verb_or_an_event_noun_is_coded(text, event_type, rule):
    types = [e["type"] for e in event_rows(text, PUB)]
    assert event_type in types, (rule, types)


# sentence, the type it must not report, the rule
NON_ACTS = [
    ("Fears of an offensive by the RSF on El Fasher grew on Monday.", "ASSAULT",
     "PLOVER Auxiliary modes: 'fears of an offensive' tell none (anticipation_nouns)"),
    ("Fears of an attack on El Fasher grew on Monday.", "ASSAULT",
     "PLOVER Auxiliary modes: 'fears of an attack' tell none, 'attack' being an event noun by itself"),
    ("The prospect of an assault on Rafah alarmed aid groups.", "ASSAULT",
     "PLOVER Auxiliary modes: 'the prospect of an assault' is none"),
    ("The possibility of an invasion of Taiwan worried investors.", "ASSAULT",
     "PLOVER Auxiliary modes: 'the possibility of an invasion' is none"),
    ("Villagers in Sagaing live under the threat of a raid.", "COERCE",
     "PLOVER Auxiliary modes: 'the threat of a raid' is none"),
    ("The threat of a crackdown hung over Tbilisi.", "COERCE",
     "PLOVER Auxiliary modes: 'the threat of a crackdown' is none"),
    ("Fears of a siege of El Fasher grew among aid workers.", "COERCE",
     "PLOVER Auxiliary modes: 'fears of a siege' are none"),
    ("Talks are needed between the army and the RSF, analysts say.", "CONSULT",
     "PLOVER CONSULT: talks needed were not held"),
    ("The prospect of talks with the ELN remained dim.", "CONSULT",
     "PLOVER CONSULT: 'the prospect of talks' is no meeting"),
    ("The ELN did not take part in the talks in Caracas on Monday.", "CONSULT",
     "PLOVER Auxiliary modes: a part negated is no meeting"),
    ("Ethiopia refused to participate in talks with Egypt on the dam.", "CONSULT",
     "PLOVER REJECT: a refusal to take part is no meeting held"),
    ("Martial law remains in force in Yangon.", "COERCE",
     "PLOVER COERCE: martial law in force is a state, no act of declaring it"),
    ("The army held no talks with the RSF in Jeddah in May.", "CONSULT",
     "PLOVER Auxiliary modes: 'held no talks' is negated, no meeting"),
    ("Police made no arrests in Cali after the march on Monday.", "COERCE",
     "PLOVER Auxiliary modes: 'made no arrests' is negated, no arrest"),
    ("A warning by the UN that famine looms in Darfur went unheeded.", "THREATEN",
     "PLOVER THREATEN: a warning of a danger foretold, with no aim or target, coerces no one"),
    ("The warning by police about pickpockets in Bogota was repeated.", "THREATEN",
     "PLOVER THREATEN: a warning about a danger is no threat (warning_content_preps; helper warn)"),
    ("The town has a history of protests against the government.", "PROTEST",
     "PLOVER PROTEST: 'a history of protests' names a kind, no occurrence ('have' is light only for meetings)"),
    ("The army has the support of Egypt.", "SUPPORT",
     "PLOVER SUPPORT: 'has the support of' is a state, not an act ('have' is light only for meetings)"),
    ("The junta has a deal with Russia on gold.", "AGREE",
     "PLOVER AGREE: 'has a deal with' is a state ('have' is light only for meetings)"),
    ("The execution of the plan was delayed.", "ASSAULT",
     "PLOVER ASSAULT: 'execution' with no light verb or doer names no killing"),
    ("The hitting of targets is the aim of the training.", "ASSAULT",
     "PLOVER ASSAULT: a weapon verb's -ing noun with no weapon named is no attack"),
]


@pytest.mark.parametrize(("text", "event_type", "rule"), NON_ACTS)
def test_an_act_anticipated_or_a_state_is_no_event(text, event_type, rule):
    types = [e["type"] for e in event_rows(text, PUB)]
    assert event_type not in types, (rule, types)


# sentence, type, who acted (a word of the actor's name), the rule
ACTORS = [
    ("It was an effective surrender by the rebel fighters in Goma.", "RETREAT", "rebel fighters",
     "PLOVER actor: a noun's 'by' phrase names who acted"),
    ("The brutal advance by Sudanese troops forced thousands to flee Wad Madani.", "ASSAULT", "Sudanese troops",
     "PLOVER actor: a noun's 'by' phrase names who acted"),
    ("The RSF waged an attack on El Fasher on Friday.", "ASSAULT", "Rapid Support",
     "PLOVER actor: the light verb's subject ('wag' is the English model's lemma of 'waged')"),
    ("The bombing of a hospital by Russian aircraft in Aleppo killed 12 on Monday.", "ASSAULT", "Russia",
     "PLOVER actor: the noun's 'by' phrase, which the parser hangs on its 'of' object; the weapon's nationality"),
    ("The shelling of the market by RSF fighters in El Fasher killed 30 on Sunday.", "ASSAULT", "Rapid Support",
     "PLOVER actor: the noun's 'by' phrase, also where the parser hangs it on the 'of' object"),
    ("The ELN took part in talks with the Colombian government in Caracas on Monday.", "CONSULT", "National Liberation",
     "PLOVER actor: who took part in the meeting"),
    ("Kenya paid a visit to Ethiopia on Monday.", "CONSULT", "Kenya",
     "PLOVER actor: the light verb's subject; the recipient its 'to' phrase"),
    ("The Malian prime minister had a phone call with Putin on Monday.", "CONSULT", "Mali",
     "PLOVER CONSULT phone: the light verb's subject takes part"),
]


@pytest.mark.parametrize(("text", "event_type", "actor", "rule"), ACTORS)
def test_the_light_verbs_subject_or_the_nouns_by_phrase_is_the_actor(text, event_type, actor, rule):
    found, names = events_and_names([text], PUB)
    events = [e for e in found[text] if e["type"] == event_type]
    assert any(actor in (names.get(s) or "") for e in events for s in (e.get("sources") or [e["source"]])), (
        rule, events)


def test_a_visit_paid_has_its_host_as_recipient():
    found, names = events_and_names(["Kenya paid a visit to Ethiopia on Monday."], PUB)
    visits = [e for e in found["Kenya paid a visit to Ethiopia on Monday."] if e["type"] == "CONSULT"]
    assert any(names.get(e["target"]) == "Ethiopia" for e in visits), visits


def test_acts_and_non_acts_together():
    """One extraction of an act and its non-act counterpart: each keeps its own reading."""
    act, non_act = "Russia launched an offensive against Ukraine on Monday.", "Fears of an offensive on Kharkiv grew."
    found = events_by_text([act, non_act], PUB)
    assert [e["type"] for e in found[act]] == ["ASSAULT"], found[act]
    assert found[non_act] == [], found[non_act]
