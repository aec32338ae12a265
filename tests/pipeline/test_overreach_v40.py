"""The non-acts of the words the eighth session's event rules added (issue 11, helper v40): a reviewer's probes of r39's
and m39's rules (plover.yaml ``verb_particles`` gun, propose, open, extend, suspend, close, ignore, end, grant, fly,
airlift, block; ``relief_carriers``, ``treating_verbs``, ``own_arms``, ``casus_belli``, ``aiding_verbs``,
``promised_as`` CONCEDE) in other senses, routine, business and sports uses, habits, forecasts and absent parties, and
the acts they aimed at, which must still be coded. The sentences were written for this test, from many conflicts and
registers (Sudan, Ukraine, Myanmar, the Sahel, Colombia, Yemen, Gaza, Ethiopia, Afghanistan, Mexico, sports and
business news), never taken from a gold article. Each row names the rule it checks."""

from __future__ import annotations

import pytest
from support import events_and_names

PUB = "2024-05-15"

# (sentence, types that must not be coded, rule)
NON_ACTS = [
    # praise within one body (docs/annotation.md, *Praise, honours and prizes*; event_news.praised_own; sup)
    ("The coach lauded his players after the win over Everton.", {"SUPPORT"}, "laud: sports praise"),
    # ASSAULT verbs (r39: torch, overrun, gun): "gun" only as "gunned down" (PLOVER ASSAULT: harm done)
    ("Arsenal are gunning for a third straight title.", {"ASSAULT"}, "gun: 'gunning for' a title harms no one"),
    ("He gunned the engine and sped away from the checkpoint.", {"ASSAULT"}, "gun: an engine gunned"),
    ("The project overran its budget by 40 million dollars.", {"ASSAULT"}, "overrun: a budget overrun"),
    # propose (r39 AGREE): only a plan, truce, talks or deal offered (PLOVER AGREE: offer to cooperate)
    ("The best man proposed a toast to the couple.", {"AGREE"}, "propose: a toast offers no cooperation"),
    ("Scientists proposed a new theory of the origin of the virus.", {"AGREE"}, "propose: a theory"),
    ("The finance ministry proposed a 5 percent cut in fuel subsidies.", {"AGREE"}, "propose: a domestic policy"),
    ("Analysts have proposed several explanations for the attack in Kabul.", {"AGREE"}, "propose: explanations"),
    ("The minister proposed that the meeting be moved to Tuesday.", {"AGREE"},
     "propose: a word of the clause is no object proposed"),
    # a case opened (r39 ACCUSE): a prosecution against a party, not a box
    ("The waiter opened a case of champagne for the delegation.", {"ACCUSE"}, "open case: a case of goods"),
    ("Customs officers in Mombasa opened the case and found nothing.", {"ACCUSE"}, "open case: a box opened"),
    # airspace closed, exchanges suspended (r39 SANCTION): only with a named party (PLOVER SANCTION: on a target)
    ("Iceland closed its airspace because of volcanic ash.", {"SANCTION"}, "close airspace: no party, a hazard"),
    ("Colombia closed the airspace over Bogota for the air show.", {"SANCTION"}, "close airspace: an air show"),
    ("The bank suspended transactions for two hours during maintenance.", {"SANCTION"},
     "suspend transactions: routine, no party"),
    ("The company suspended shipments after a fire at its plant in Ohio.", {"SANCTION"},
     "suspend shipments: business, no party"),
    ("The embassy suspended visas because of a computer fault.", {"SANCTION"}, "suspend visas: no party"),
    ("The companies ended their partnership in March.", {"SANCTION"}, "end partnership: no party named"),
    # martial law extended (r39 COERCE): "law" by its modifier
    ("Parliament extended the law on pensions until 2030.", {"COERCE"}, "extend law: a pension law"),
    ("The government extended the tax law to cover online sales.", {"COERCE"}, "extend law: a tax law"),
    # calls ignored (r39 REJECT): a party's call, or a call for a codebook act
    ("The referee ignored calls for a penalty.", {"REJECT"}, "ignore calls: sports"),
    ("Investors ignored calls to sell their shares.", {"REJECT"}, "ignore calls: business"),
    ("The government cannot ignore calls for peace, the bishop said.", {"REJECT"}, "ignore calls: negated modal"),
    ("The ruling party said it is going to ignore the court's demand.", {"REJECT"},
     "ignore: 'be going to' tells a future act, no refusal yet (annotation.md: future hostile acts are none)"),
    ("M23 commanders say they are going to attack Goma.", {"ASSAULT"}, "'be going to': a future attack"),
    # aid blocked (r39 REJECT): refused by a party, not by the weather
    ("Heavy snow blocked the aid convoy on the mountain pass.", {"REJECT"}, "block convoy: snow refuses nothing"),
    ("A landslide blocked aid deliveries to the valley.", {"REJECT"}, "block aid: a landslide"),
    # forces flown or airlifted (r39 MOBILIZE): forces brought home or out are deployed nowhere
    ("The airline flies soldiers home on leave every Christmas.", {"MOBILIZE"}, "fly troops: home on leave"),
    ("The air force flew the troops home from Mali after the withdrawal.", {"MOBILIZE"}, "fly troops: home"),
    ("Myanmar's army airlifted troops out of Lashio.", {"MOBILIZE"}, "airlift troops: out of a town"),
    ("A helicopter flew injured soldiers to a hospital in Dnipro.", {"MOBILIZE"}, "fly: casualties carried"),
    ("Troops were airlifted to safety after the dam burst in Derna.", {"MOBILIZE"}, "airlift: forces rescued"),
    ("A convoy carrying aid workers arrived in Mekelle.", {"MOBILIZE"},
     "relief_carriers: relief workers carried are no force (AID)"),
    ("The bodies of the soldiers were flown home to Kyiv.", {"MOBILIZE"}, "fly: the dead carried"),
    # access granted (r39 RETREAT): to a place or people, not data
    ("Google granted researchers access to its data.", {"RETREAT"}, "grant access: data"),
    ("The new law grants citizens access to public records.", {"RETREAT"}, "grant access: records"),
    # carriers of relief (r39 AID): a relief word qualifies the carrier, a good names a vehicle's kind
    ("A food truck entered the stadium before the match.", {"AID"}, "relief carriers: a food truck"),
    ("An aid convoy came under fire near Kharkiv.", {"AID"}, "relief carriers: attacked, no delivery told"),
    ("The aid convoy could not enter Rafah because of the fighting.", {"AID"}, "relief carriers: negated"),
    ("The aid convoy failed to reach Mariupol.", {"AID"}, "relief carriers: failed"),
    ("An aid flight is expected to arrive in Port Sudan next week.", {"AID"}, "relief carriers: expected"),
    ("Aid convoys usually reach the camp within two days.", {"AID"}, "relief carriers: habitual"),
    # the wounded treated (r39 AID): care by one person at work is no aid of one party to another
    ("The team doctor treated injured players at half-time.", {"AID"}, "treat: a team doctor"),
    ("Dr Ahmed treated patients at his private clinic in Aden.", {"AID"}, "treat: one doctor at work"),
    ("Hospitals in Khartoum treat thousands of patients every year.", {"AID"}, "treat: habitual"),
    ("Five wounded soldiers were treated at a hospital in Mopti.", {"AID"}, "treat: a toll, passive"),
    # own arms (r39 RETREAT): turned in or over, not turned on a crowd
    ("Soldiers turned their guns on the protesters in Yangon.", {"RETREAT"}, "own arms: guns turned on people"),
    ("The police turned their weapons against the crowd in Nairobi.", {"RETREAT"}, "own arms: turned against"),
    ("Hunters gave their rifles a final check before dawn.", {"RETREAT"}, "own arms: a check"),
    # a warning's condition (r39 THREATEN): the repercussion is the warner's (passive), not a danger foretold
    ("The UN chief warned that any escalation would trigger a regional war.", {"THREATEN"},
     "casus_belli: an active clause foretells a danger"),
    ("Economists warned that any delay would lead to a trade war.", {"THREATEN"}, "casus_belli: trade war"),
    # forces sent to help (m39 AID): not to bolster the sender's own side
    ("India deployed troops to the border to protect its territory.", {"AID"}, "forces_in_aid: its own territory"),
    ("Police were deployed to the stadium to reinforce security.", {"AID"}, "forces_in_aid: security"),
    ("Russia sent reinforcements to Bakhmut to bolster its defences.", {"AID"}, "forces_in_aid: its defences"),
    ("Russia deployed troops in support of its offensive in Donetsk.", {"AID"}, "forces_in_aid: its own offensive"),
    # announced future concessions (r39 promised_as CONCEDE): a forecast by others is no announcement
    ("Analysts doubt that Russia will suspend its offensive.", {"CONCEDE"}, "promised_as: a forecast"),
    ("Many believe that the rebels will release the hostages.", {"CONCEDE"}, "promised_as: a belief"),
    ("Analysts expect that Russia will withdraw its troops from Kherson.", {"CONCEDE"}, "promised_as: expected"),
    # a particle's word in an adjunct of time or cause is no object of the verb (verb_particles, suspend: r39)
    ("The referee suspended the match after attacks on players by fans.", {"CONCEDE"},
     "verb_particles: 'after attacks' is when, not what is suspended"),
    ("The club suspended two players after the bombing of the team bus in Togo.", {"CONCEDE"},
     "verb_particles: 'after the bombing' is when"),
    # hack to death (r39), extend (r39), arms goods (r39 relief_goods systems)
    ("Hackers hacked the death registry of the city.", {"ASSAULT"}, "hack: 'to death' only"),
    ("The president extended the siege metaphor in his speech.", {"COERCE"}, "extend: a siege metaphor"),
    ("The bakery extended its lockdown opening hours.", {"COERCE"}, "extend: hours, not the lockdown"),
    ("Siemens delivered signalling systems to the railway.", {"AID"}, "qualified_goods: systems, no arms"),
    # "left" tolls (m39): a disaster's dead are no act
    ("The earthquake left 200 people dead.", {"ASSAULT", "RETREAT"}, "result_verbs: an earthquake"),
    ("The floods left 40 people dead in Derna.", {"ASSAULT", "RETREAT"}, "result_verbs: floods"),
    ("A stampede at the stadium left 12 people dead.", {"ASSAULT", "RETREAT"}, "result_verbs: a stampede"),
    ("The war left him an orphan at six.", {"ASSAULT", "RETREAT"}, "result_verbs: no toll"),
    # an acronym as a body (m39 entity_acronyms._untagged_acronyms): a disease is none, and kills no one by an act
    ("AIDS killed millions of people in Africa in the 1990s.", {"ASSAULT"}, "disease_acronyms, natural_forces"),
    ("COVID killed 300 people in Lagos.", {"ASSAULT"}, "natural_forces: a disease the tagger calls ORG"),
    ("Malaria killed thousands of children in Borno last year.", {"ASSAULT"}, "natural_forces: a disease"),
    ("Starvation killed 300 people in Tigray in August.", {"ASSAULT"}, "natural_forces: want"),
    # denials (m39): a fact denied
    ("The government denied that the economy was in recession.", {"REJECT"}, "denial_verbs: a fact"),
    ("The spokesman denied reports that the president was ill.", {"REJECT"}, "hearsay_nouns: a report of a fact"),
    ("The ministry denied that the minister had resigned.", {"REJECT"}, "denial_verbs: a fact"),
]

# (sentence, type that must be coded, rule): the acts the rules aimed at
ACTS = [
    ("Rebels overran a military outpost in Shan State.", "ASSAULT", "overrun (r39)"),
    ("Gunmen gunned down a journalist in Culiacan.", "ASSAULT", "gun down (r39, verb_particles gun)"),
    ("Militants torched houses in a village in Benue.", "ASSAULT", "torch (r39)"),
    ("IGAD proposed a ceasefire plan for Sudan.", "AGREE", "propose a plan (r39, verb_particles propose)"),
    ("Qatar proposed a prisoner exchange between Russia and Ukraine.", "AGREE", "propose an exchange"),
    ("Mali suspended all commercial transactions with Niger.", "SANCTION", "suspend transactions with a party"),
    ("Russia suspended visas for Malian nationals.", "SANCTION", "suspend visas for a party's people"),
    ("Niger closed its airspace to French aircraft.", "SANCTION", "close airspace to a party"),
    ("Mali ended its cooperation with the UN mission.", "SANCTION", "end cooperation with a party"),
    ("Soldiers blocked a UN convoy bound for Rakhine.", "REJECT", "block convoy by a force"),
    ("The junta ignored calls to release political prisoners.", "REJECT", "ignore calls for a codebook act"),
    ("The opposition ignored the government's calls for dialogue.", "REJECT", "ignore a party's calls"),
    ("The junta in Niamey ignored the demand.", "REJECT", "ignore: a definite demand refers to a party's"),
    ("Japan is going to send aid to Turkey.", "AGREE", "promised AID by 'be going to' is AGREE (promised_as)"),
    ("Erdogan said he believes Turkey will help rebuild Syria.", "AGREE",
     "promised_as: a speaker's belief in its own side's help is willingness (PLOVER AGREE), no outsiders' forecast"),
    ("Egypt proposed that the two sides meet in Cairo.", "AGREE", "propose: a meeting offered by a clause"),
    ("Qatar proposed a humanitarian pause in Gaza.", "AGREE", "propose: a pause offered"),
    ("The ceasefire plan proposed by Egypt was accepted by Hamas.", "AGREE",
     "propose: the noun a participle describes"),
    ("Turkey proposed holding talks in Istanbul.", "AGREE", "propose: the object of a proposed clause"),
    ("Kenya proposed a new round of talks between the army and the RSF.", "AGREE",
     "propose: the act in the object's 'of' phrase"),
    ("Mexico flew 600 special forces troops to Culiacan.", "MOBILIZE", "fly troops to a place (r39)"),
    ("The army granted the ICRC access to detainees in Tigray.", "RETREAT", "grant access to people"),
    ("The Taliban granted the UN access to the Panjshir valley.", "RETREAT", "grant access to a place"),
    ("An aid convoy entered Gaza on Sunday.", "AID", "relief carriers (r39)"),
    ("MSF treated 230 wounded people in El Fasher.", "AID", "treating_verbs by an agency (r39)"),
    ("The doctors treated dozens of injured civilians in Rafah.", "AID", "treating_verbs by medics"),
    ("The TPLF handed over its heavy weapons to the army.", "RETREAT", "own_arms handed over (r39)"),
    ("FARC fighters turned in their rifles in Meta.", "RETREAT", "own_arms turned in (r39)"),
    ("Iran warned that any intervention would be treated as a declaration of war.", "THREATEN", "casus_belli"),
    ("Mali's junta warned that any attack would be met with force.", "THREATEN", "a warning's passive repercussion"),
    ("Rwanda sent 1,000 troops to Mozambique to help fight the insurgents.", "AID", "forces_in_aid (m39)"),
    ("Kenya deployed police officers to Haiti to support the national police.", "AID", "forces_in_aid (m39)"),
    ("Russia deployed troops to Syria in support of the Assad government.", "AID", "forces_in_aid: in support of"),
    ("The army announced that it would suspend offensive operations for 30 days.", "CONCEDE",
     "promised_as CONCEDE: announced (r39)"),
    ("The siege left 21 dead.", "ASSAULT", "result_verbs (m39)"),
    ("Villagers were hacked to death in Ituri.", "ASSAULT", "hack to death (r39)"),
    ("Kyiv extended the curfew by a week.", "COERCE", "extend a curfew (r39)"),
    ("The United States delivered air defence systems to Ukraine.", "AID", "qualified_goods: arms systems"),
    ("Germany delivered three more IRIS-T systems to Ukraine.", "AID", "qualified_goods: a named system"),
    ("The army suspended airstrikes in Tigray for a week.", "CONCEDE", "suspend airstrikes (r39)"),
]

# Over-reach left (xfail): what the parse alone does not tell apart
LEFT = [
    ("The striker torched the defence with two goals in the first half.", {"ASSAULT"},
     "torch: sports metaphor, the defence a team's line"),
    ("The museum grants free access to children under 12.", {"RETREAT"}, "grant access: a habit, children people"),
    ("A ship carrying wheat arrived in Istanbul from Odesa.", {"AID"}, "relief carriers: trade goods carried"),
    ("Ten trucks of food reached the market in Juba, traders said.", {"AID"}, "relief carriers: trade goods"),
    ("The junta sent soldiers to Sagaing to help crush the resistance.", {"AID"},
     "forces_in_aid: help at home (the helped party unnamed)"),
    ("The army sent troops for the relief of the besieged garrison in Kidal.", {"AID"}, "relief: military sense"),
    ("The court sided with the landlord in the rent dispute.", {"SUPPORT"}, "side with: a ruling"),
    ("The explosion at a fireworks factory left 12 dead in Tultepec.", {"ASSAULT"}, "an accident's toll"),
    ("The players lauded the fans for their support.", {"SUPPORT"}, "laud: praise among people in sports"),
    ("The airline suspended flights to Goma because of the fog.", {"SANCTION"},
     "suspend flights: a destination's people are a party ('flights to Mekelle'), the cause a hazard"),
    ("Rescuers airlifted troops stranded by the floods in Pakistan.", {"MOBILIZE"}, "airlift: troops rescued"),
]

ALL = [s for s, *_ in NON_ACTS + ACTS + LEFT]


@pytest.fixture(scope="module")
def found() -> dict[str, list[dict]]:
    return events_and_names(list(dict.fromkeys(ALL)), PUB)[0]


@pytest.mark.parametrize(("sentence", "types", "rule"), NON_ACTS)
def test_non_act_is_not_coded(found, sentence: str, types: set[str], rule: str) -> None:
    assert not [e for e in found[sentence] if e["type"] in types], (rule, found[sentence])


@pytest.mark.parametrize(("sentence", "event_type", "rule"), ACTS)
def test_aimed_act_is_coded(found, sentence: str, event_type: str, rule: str) -> None:
    assert any(e["type"] == event_type for e in found[sentence]), (rule, found[sentence])


@pytest.mark.parametrize(("sentence", "types", "rule"), LEFT)
@pytest.mark.xfail(reason="over-reach left: see docs/evaluation.md, helper v40", strict=False)
def test_over_reach_left(found, sentence: str, types: set[str], rule: str) -> None:
    assert not [e for e in found[sentence] if e["type"] in types], (rule, found[sentence])
