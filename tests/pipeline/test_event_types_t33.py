"""A fifth audit of the event types against docs/annotation.md's type table and the PLOVER manual's definitions and
coding notes (issue 11, helper t33), independent of any gold file: the gaps t32 left. Each case names the manual's
rule it checks; the sentences were written for this test, from many conflicts (Sudan, Myanmar, the Sahel, Ukraine,
the DRC, Yemen, Gaza, Iran, Ethiopia, Kenya, Colombia)."""

from __future__ import annotations

import pytest
from support import event_rows

from conflictgraph import extract

PUB = "2024-05-15"  # a Wednesday

# text, type, expected fields, rule
CASES = [
    # Territory taken: PLOVER THREATEN territory, "threaten to occupy, seize control of ... a territory", is its threat;
    # the taking by force is the type table's ASSAULT ("offensives to retake a city")
    ("RSF fighters took control of the town of El Fasher on Monday.", "ASSAULT",
     {"source": "rapid-support-forces", "date": "2024-05-13"},
     "PLOVER THREATEN territory: 'seize control of ... a territory' done is an ASSAULT (took control of a town)"),
    ("The Arakan Army seized control of Paletwa township in Chin State.", "ASSAULT", {"source": "arakan-army"},
     "PLOVER THREATEN territory: 'seize control' of a township done, by force"),
    ("JNIM militants took control of the town of Djibo.", "ASSAULT", {"source": "jnim"},
     "Type table, ASSAULT: an armed group taking a town"),
    ("M23 rebels took control of Goma on Monday.", "ASSAULT", {"source": "m23", "date": "2024-05-13"},
     "Type table, ASSAULT: a city named by its name taken"),
    ("The Houthis seized control of the port of Hodeidah.", "ASSAULT", {"source": "houthis"},
     "PLOVER COERCE seize is 'confiscate property'; a port's control taken is territory (ASSAULT)"),
    # MOBILIZE troops: "mobilize armed personnel or units"
    ("Russia massed troops on the Ukrainian border.", "MOBILIZE", {"mode": "troops", "source": "russia"},
     "PLOVER MOBILIZE troops: 'mobilize armed personnel or units' (massed troops on a border)"),
    ("Ethiopia massed troops along the border with Eritrea.", "MOBILIZE", {"mode": "troops", "source": "ethiopia"},
     "PLOVER MOBILIZE troops: troops massed along a border"),
    # RETREAT access: "allowing the entry of observers, peacekeepers, or humanitarian workers"
    ("Iran allowed inspectors into the Fordow site.", "RETREAT", {"mode": "access", "source": "iran"},
     "PLOVER RETREAT access: 'allow third party (e.g., observers ...) access' (inspectors let in)"),
    ("The army allowed aid convoys into El Fasher.", "RETREAT", {"mode": "access"},
     "PLOVER RETREAT: 'allowing the entry of ... humanitarian workers' (aid convoys)"),
    ("The junta allowed UN observers into Rakhine State on Monday.", "RETREAT",
     {"mode": "access", "date": "2024-05-13"},
     "PLOVER RETREAT access: observers let in"),
    # AID: "humanitarian aid", material aid whose benefit goes to the recipient
    ("The World Food Programme delivered food to displaced families in Darfur.", "AID",
     {"mode": "humanitarian", "source": "wfp"}, "PLOVER AID: humanitarian aid delivered (food)"),
    ("The Red Cross delivered medical supplies to hospitals in Sanaa.", "AID",
     {"mode": "humanitarian", "source": "icrc"},
     "PLOVER AID: medical supplies delivered"),
    # PROTEST obstruct: "obstruct passage or access to a particular locale"; COERCE restrict: "blockades"
    ("Protesters blocked the highway between Nairobi and Mombasa.", "PROTEST", {"mode": "obstruct"},
     "PLOVER PROTEST obstruct: 'obstruct passage or access to a particular locale' (protesters)"),
    ("Farmers blocked roads in Bogota on Monday.", "PROTEST", {"mode": "obstruct", "date": "2024-05-13"},
     "PLOVER PROTEST obstruct: a civilian crowd blocking roads"),
    ("Police blocked roads leading to the parliament in Nairobi.", "COERCE", {"mode": "restrict"},
     "PLOVER COERCE restrict: 'blockades' (a force blocks the way)"),
    # PROTEST: "rallies, marches, sit-ins" (docs/annotation.md)
    ("Students staged a sit-in outside the parliament in Bamako.", "PROTEST", {"mode": "demo"},
     "Type table, PROTEST: sit-ins (staged)"),
    ("Opposition supporters held a sit-in in Khartoum.", "PROTEST", {"mode": "demo"},
     "Type table, PROTEST: a sit-in held"),
    # Courts: the court that issues its warrant or verdict is the actor (docs/annotation.md, Police and courts)
    ("A court in Bamako issued an arrest warrant for the former prime minister.", "THREATEN", {"mode": "arrest"},
     "PLOVER THREATEN ambiguities: 'an in-absentia arrest ... THREAT arrest'; the court its actor"),
    # THREATEN: a hostile act vowed; the mode is "the content of the threat"
    ("The Houthis pledged to fight Israel.", "THREATEN", {"mode": "violence", "source": "houthis", "target": "israel"},
     "PLOVER THREATEN violence: 'pledged to fight' a party is a threat of violence"),
    ("Al-Shabaab vowed to fight the government until it falls.", "THREATEN", {"mode": "violence",
                                                                             "source": "al-shabaab"},
     "PLOVER THREATEN violence: a vow to fight a party"),
    ("The Sudanese army warned of airstrikes on RSF positions.", "THREATEN",
     {"mode": "violence", "source": "sudanese-armed-forces"},
     "PLOVER THREATEN modes: 'the mode is the content of the threat' (airstrikes: violence)"),
    # more conflicts, the same rules
    ("Taliban fighters took control of the provincial capital of Kunduz.", "ASSAULT", {"source": "taliban"},
     "PLOVER THREATEN territory: a provincial capital's control taken, by force"),
    ("The army took control of Rakhine State's capital Sittwe.", "ASSAULT", {},
     "PLOVER THREATEN territory: a state's capital taken, by force"),
    ("The army regained control of the city of Wad Madani.", "ASSAULT", {"source": "sudanese-armed-forces"},
     "Type table, ASSAULT: 'offensives to retake a city' (regained control)"),
    ("Islamic State took control of large parts of Iraq in 2014.", "ASSAULT", {"source": "isis", "date": "2014"},
     "PLOVER THREATEN territory: 'the whole or part of a territory' taken"),
    ("North Korea massed artillery near the border.", "MOBILIZE", {"mode": "weapons", "source": "north-korea"},
     "PLOVER MOBILIZE ambiguities: 'Mobilizing weapons ... should be coded as MOBILIZE weapons'"),
    ("Venezuela allowed humanitarian aid into the country.", "RETREAT", {"mode": "access", "source": "venezuela"},
     "PLOVER RETREAT access: humanitarian aid let in"),
    ("Sudan allowed WFP trucks to enter Darfur through the Adre crossing.", "RETREAT", {"mode": "access"},
     "PLOVER RETREAT: 'allowing the entry of ... humanitarian workers' (trucks to enter)"),
    ("Turkey delivered drones to Ukraine.", "AID", {"mode": "military", "source": "turkey", "target": "ukraine"},
     "PLOVER AID military: 'military assistance' (drones delivered)"),
    ("UNICEF delivered vaccines to children in Tigray.", "AID", {"mode": "humanitarian", "source": "unicef"},
     "PLOVER AID humanitarian: vaccines delivered"),
    ("Residents blocked the main road to protest the killing.", "PROTEST", {"mode": "obstruct"},
     "PLOVER PROTEST obstruct: residents blocking a road in protest"),
    ("Soldiers blocked the road to the camp.", "COERCE", {"mode": "restrict"},
     "PLOVER COERCE restrict: soldiers blocking a road"),
    ("Hundreds of teachers staged a sit-in at the ministry in Nairobi.", "PROTEST", {"mode": "demo"},
     "Type table, PROTEST: a sit-in"),
    ("Iran vowed to fight the United States.", "THREATEN", {"mode": "violence", "target": "united-states"},
     "PLOVER THREATEN violence: a vow to fight a state"),
    ("Zelensky vowed to fight on.", "THREATEN", {"source": "volodymyr-zelensky"},
     "PLOVER THREATEN: a vow to fight on, no aim named, stays the vow it was"),
    ("Israel warned of airstrikes on Beirut.", "THREATEN", {"mode": "violence", "source": "israel"},
     "PLOVER THREATEN modes: airstrikes warned of are violence"),
    # ASSAULT: fighting a party (the manual's CAMEO 19 FIGHT is ASSAULT)
    ("Soldiers fought the RSF in Omdurman on Sunday.", "ASSAULT", {"target": "rapid-support-forces",
                                                                 "date": "2024-05-12"},
     "PLOVER CAMEO conversion: 19 FIGHT -> ASSAULT (fought a party)"),
]


@pytest.mark.parametrize("text, event_type, fields, rule", CASES, ids=[c[3][:70] for c in CASES])
def test_event_type_by_the_codebook(text, event_type, fields, rule):
    rows = [e for e in event_rows(text, PUB) if e["type"] == event_type]
    assert rows, f"{rule}: {event_rows(text, PUB)}"
    assert any(all(row[k] == v or k in ("source", "target") and v in row[k + "s"] for k, v in fields.items())
               for row in rows), f"{rule}: {rows}"


# text, type that must not be, rule
ABSENT = [
    ("The government took control of the national oil company.", "ASSAULT",
     "PLOVER ASSAULT: a company's control taken is no territory, no physical harm"),
    ("The army will take control of the town after the rebels leave.", "ASSAULT",
     "PLOVER ASSAULT: a taking to come is no occurrence"),
    ("The president pledged to fight corruption.", "THREATEN",
     "PLOVER THREATEN: 'fight corruption' threatens no party"),
    ("The president vowed to fight corruption.", "THREATEN",
     "PLOVER THREATEN: a vow to fight an ill is no coercive warning"),
    ("The military took control of the state in a coup on Wednesday.", "ASSAULT",
     "PLOVER ASSAULT: 'the state' as a polity is no territory taken by force"),
    ("Doctors are fighting cholera in Yemen.", "ASSAULT", "PLOVER ASSAULT: fighting a disease harms no one"),
    ("The rebels promised to fight for democracy.", "THREATEN", "PLOVER THREATEN: fighting for a cause names no foe"),
    ("The junta seized control of the state broadcaster.", "ASSAULT",
     "PLOVER COERCE seize: 'confiscate property' (a broadcaster's control is no territory)"),
    ("Fighting the militias in Iraq", "ASSAULT", "A headline's gerund names a kind of act, no doer"),
    ("The law allows journalists to work freely.", "RETREAT",
     "PLOVER RETREAT access: a permission to act lets no third party in"),
    ("A landslide blocked the road to the village.", "COERCE",
     "PLOVER COERCE: a natural force is no actor (the manual's entity-centric coding)"),
    ("Debris blocked the road to the village.", "PROTEST", "PLOVER PROTEST: no crowd obstructs"),
    ("The president delivered a speech in Bogota.", "AID", "PLOVER AID: a speech delivered is no material aid"),
    ("Hundreds of protesters massed outside the palace.", "MOBILIZE",
     "PLOVER MOBILIZE: 'mobilizing supporters to demonstrate' is PROTEST"),
]


@pytest.mark.parametrize("text, event_type, rule", ABSENT, ids=[c[2][:70] for c in ABSENT])
def test_no_event_type_the_codebook_excludes(text, event_type, rule):
    assert not [e for e in event_rows(text, PUB) if e["type"] == event_type], rule


# The court seated in a place is the actor of its warrant or verdict (docs/annotation.md, Police and courts)
COURTS = [
    ("A court in Bamako issued an arrest warrant for the former prime minister.", "THREATEN", "court in Bamako"),
    ("A court in Khartoum convicted the former minister of corruption.", "SANCTION", "court in Khartoum"),
    ("A tribunal in Kinshasa sentenced three soldiers to death.", "SANCTION", "tribunal in Kinshasa"),
    ("A court in Kyiv sentenced a Russian soldier to life in prison.", "SANCTION", "court in Kyiv"),
]


@pytest.mark.parametrize("text, event_type, court", COURTS, ids=[c[2] for c in COURTS])
def test_a_court_seated_in_a_place_is_the_actor(text, event_type, court):
    bundle = extract([text], published=PUB).to_dict()
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    assert court in {names.get(e["source"]) for e in bundle["events"] if e["type"] == event_type}, bundle["events"]
