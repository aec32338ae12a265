"""A fourth audit of the event types against docs/annotation.md's type table and the PLOVER manual's definitions and
coding notes (issue 11, helper t32), independent of any gold file. Each case names the manual's rule it checks; the
sentences were written for this test, from many conflicts (Sahel, Sudan, Myanmar, Ukraine, Colombia, Yemen, Somalia,
Ethiopia, Kenya, Gaza)."""

from __future__ import annotations

import pytest
from support import assert_event, event_rows

PUB = "2024-05-15"  # a Wednesday

# text, type, expected fields, rule
CASES = [
    # SANCTION expel: "permanently or temporarily expel an entity from a group, organization"
    ("The African Union suspended Sudan's membership on Monday.", "SANCTION", {"mode": "expel", "target": "sudan"},
     "PLOVER SANCTION expel: 'temporarily expel an entity from a group' (suspended membership)"),
    ("ECOWAS suspended Mali's membership after the coup.", "SANCTION", {"mode": "expel", "source": "ecowas"},
     "PLOVER SANCTION expel: a suspended membership"),
    ("ECOWAS suspended Niger from the bloc after the coup.", "SANCTION", {"mode": "expel", "target": "niger"},
     "PLOVER SANCTION expel: suspended from the bloc"),
    # SANCTION withdraw: "withdraw oneself or one's non-military resources (e.g., aid, observers, diplomats)"
    ("Colombia recalled its ambassador to Israel on Tuesday.", "SANCTION", {"mode": "withdraw", "source": "colombia"},
     "PLOVER SANCTION withdraw: 'withdraw ... diplomats' (recalled its ambassador)"),
    ("Chad recalled its ambassador from Khartoum.", "SANCTION", {"mode": "withdraw", "source": "chad"},
     "PLOVER SANCTION withdraw: a recalled ambassador"),
    ("Burkina Faso recalled its envoy from Abidjan.", "SANCTION", {"mode": "withdraw"},
     "PLOVER SANCTION withdraw: a recalled envoy"),
    # COERCE restrict: "the banning of individuals or organizations from political life"
    ("The military government dissolved opposition parties in Mali.", "COERCE", {"mode": "restrict"},
     "PLOVER COERCE restrict: 'banning ... organizations from political life' (dissolved parties)"),
    ("Niger's junta dissolved all political parties.", "COERCE", {"mode": "restrict"},
     "PLOVER COERCE restrict: dissolving political parties"),
    # ASSAULT: "offensives to retake a city" (docs/annotation.md, ASSAULT), as "recapture"
    ("Ukrainian forces retook the town of Kupiansk on Monday.", "ASSAULT", {"date": "2024-05-13"},
     "Type table, ASSAULT: 'offensives to retake a city' (retook)"),
    ("The army retook the town from the RSF.", "ASSAULT", {"target": "rsf"},
     "Type table, ASSAULT: retaking a town from a party, the party its recipient"),
    # ASSAULT primitive: "fire"; destroy: "demolition of housing settlements"
    ("RSF fighters burned down more than 100 houses in Darfur.", "ASSAULT", {"mode": "primitive"},
     "PLOVER ASSAULT primitive: 'fire' (burned down houses)"),
    ("Soldiers torched the village of Tar Taing in Sagaing.", "ASSAULT", {"mode": "primitive"},
     "PLOVER ASSAULT primitive: a village torched"),
    ("Al-Shabaab fighters set fire to homes in Lamu.", "ASSAULT", {"mode": "primitive", "source": "al-shabaab"},
     "PLOVER ASSAULT primitive: 'set fire to homes'"),
    # COERCE seize: "confiscate property, raid"
    ("Militiamen looted shops in El Geneina.", "COERCE", {"mode": "seize"},
     "PLOVER COERCE seize: 'confiscate property' (looted)"),
    ("Gunmen pillaged the town of Mopti.", "COERCE", {"mode": "seize"},
     "PLOVER COERCE seize: property taken by force (pillaged)"),
    # THREATEN: "coercive or forceful warnings"; a hostile act vowed is a threat, as "vowed to" is
    ("Hamas promised to attack Israeli towns.", "THREATEN", {"mode": "violence", "source": "hamas"},
     "PLOVER THREATEN violence: a promised attack is a threat"),
    ("The junta promised to arrest the organizers of the protest.", "THREATEN", {"mode": "arrest"},
     "PLOVER THREATEN arrest: a promised arrest is a threat"),
    ("The militia swore to kill the hostages.", "THREATEN", {"mode": "violence"},
     "PLOVER THREATEN violence: 'swore to kill'"),
    # THREATEN: a warning of a hostile act the warner may take, plural or singular alike
    ("The Sudanese army warned of airstrikes on RSF positions.", "THREATEN", {"source": "sudanese-armed-forces"},
     "PLOVER THREATEN: 'warned of airstrikes' as 'of an airstrike' (a kind of act threatened)"),
    ("Iran warned of strikes.", "THREATEN", {"source": "iran"},
     "PLOVER THREATEN: a warning of strikes, undated, is a threat"),
    ("The RSF warned of attacks on army positions in El Obeid.", "THREATEN", {"source": "rapid-support-forces"},
     "PLOVER THREATEN: an armed group's warning of attacks"),
    ("The junta issued a warning of arrests to journalists.", "THREATEN", {"mode": "arrest"},
     "PLOVER THREATEN arrest: a warning of arrests"),
    # THREATEN arrest: "issuing an in-absentia arrest should be coded as a THREAT `arrest' rather than COERCE"
    ("A Colombian judge ordered the arrest of the former army commander.", "THREATEN", {"mode": "arrest"},
     "PLOVER COERCE ambiguities: an arrest ordered is a warrant, THREATEN arrest"),
    ("Court orders arrest of former Sudanese president", "THREATEN", {"mode": "arrest"},
     "PLOVER COERCE ambiguities: a headline's ordered arrest is THREATEN arrest, as its body's warrant"),
    ("The ICC issued an arrest warrant for Min Aung Hlaing.", "THREATEN", {"mode": "arrest", "source": "icc"},
     "PLOVER COERCE ambiguities: an arrest warrant is THREATEN arrest"),
    # COERCE restrict: banning a party; the ASSAULT ambiguities: "police pushed back protesters" is RESTRICT
    ("The junta banned the main opposition party.", "COERCE", {"mode": "restrict"},
     "PLOVER COERCE restrict: 'the banning of ... organizations from political life'"),
    ("Police dispersed protesters in Bogota.", "COERCE", {"mode": "restrict"},
     "PLOVER ASSAULT ambiguities: 'police pushed back protesters' is RESTRICT (dispersed)"),
    # ASSAULT crowd-control: "tear gas, water cannons, ..."
    ("Police fired tear gas at protesters in Nairobi.", "ASSAULT", {"mode": "crowd-control"},
     "PLOVER ASSAULT crowd-control: 'tear gas'"),
    # COERCE withhold: "shut off power/internet/water/utilities"
    ("Myanmar's military cut off electricity to Sagaing.", "COERCE", {"mode": "withhold", "source": "tatmadaw"},
     "PLOVER COERCE withhold: 'shut off power'"),
    ("The authorities shut down the internet in Amhara.", "COERCE", {"mode": "withhold"},
     "PLOVER COERCE withhold: 'shut off ... internet'"),
    # RETREAT disarm: "disarm militarily or give up weapons"
    ("The FARC dissidents laid down their arms.", "RETREAT", {"mode": "disarm"},
     "PLOVER RETREAT disarm: 'give up weapons' (laid down their arms)"),
    # SANCTION withdraw: "withdraw ... non-military resources (e.g., aid ...)"
    ("The UN suspended aid deliveries to Tigray.", "SANCTION", {"mode": "withdraw", "source": "un"},
     "PLOVER SANCTION withdraw: aid suspended"),
    ("Mali expelled the aid agency's staff.", "SANCTION", {"mode": "expel"},
     "PLOVER SANCTION expel: an expulsion stays expel"),
    # COOPERATE: "Joint military operations are coded as COOPERATE" (PLOVER MOBILIZE, ambiguities)
    ("Mali and Burkina Faso conducted joint military operations against JNIM.", "COOPERATE",
     {"sources": ["mali", "burkina-faso"]}, "PLOVER MOBILIZE ambiguities: 'joint military operations' are COOPERATE"),
    ("The coalition resumed joint operations against ISIS on Monday.", "COOPERATE", {"target": None},
     "PLOVER COOPERATE: whom the partners act against is no recipient of their cooperation"),
    ("Kenyan and Somali forces launched joint patrols along the border.", "COOPERATE", {},
     "PLOVER MOBILIZE ambiguities: joint patrols are COOPERATE"),
    # AGREE: "Future meetings and invitations are AGREE" (docs/annotation.md, the type table; PLOVER CONSULT)
    ("Qatar invited Hamas and Israel to talks in Doha.", "AGREE", {"source": "qatar"},
     "Type table, AGREE: an invitation to talks is AGREE"),
    ("Ruto invited Abiy to a summit in Nairobi.", "AGREE", {},
     "Type table, AGREE: an invitation to a summit is AGREE"),
    # SUPPORT: "ratify, sign, or finalize an agreement or treaty"; a deal reached is AGREE (docs/annotation.md)
    ("Ethiopia and the TPLF signed a peace deal in Pretoria on Tuesday.", "SUPPORT", {"sources": ["ethiopia", "tplf"]},
     "PLOVER SUPPORT: 'sign, or finalize an agreement' (signing is SUPPORT, not AGREE)"),
    ("Ethiopia and the TPLF reached a peace deal in Pretoria on Tuesday.", "AGREE", {"sources": ["ethiopia", "tplf"]},
     "Type table, AGREE: a deal reached between parties is AGREE"),
]


@pytest.mark.parametrize("text, event_type, expected, rule", CASES, ids=[c[3][:70] for c in CASES])
def test_event_type_follows_the_codebook(text, event_type, expected, rule):
    assert_event(text, PUB, event_type, expected, rule)


# text, type that must not be there, rule
ABSENT = [
    ("The company recalled the faulty cars.", "SANCTION", "PLOVER SANCTION withdraw: a product recall is no sanction"),
    ("The president dissolved parliament.", "COERCE", "PLOVER COERCE restrict: dissolving parliament bans no party"),
    ("The rebel enclave rapidly dissolved.", "COERCE", "PLOVER COERCE: an enclave that dissolves coerces no one"),
    ("The union suspended the strike.", "SANCTION", "PLOVER CONCEDE: 'suspending protests' is no sanction"),
    ("Niger banned imports from Benin.", "COERCE", "PLOVER SANCTION discontinue: a ban on imports coerces no party"),
    ("Washington praised the militia as a capable partner in retaking Mosul.", "ASSAULT",
     "PLOVER: a part one plays 'in retaking' a city is a trait told, no occurrence"),
    ("Ruto invited Abiy to a summit in Nairobi.", "CONSULT",
     "Type table, AGREE: a summit one is invited to is not held"),
    ("The suspect was captured in a joint operation of the Jordanian army and police.", "COOPERATE",
     "PLOVER COOPERATE: an operation that frames another act is not told as one"),
    ("Protesters burned the French flag in Niamey.", "ASSAULT", "PLOVER ASSAULT: a flag burnt harms no one"),
    ("A fire burned down the market in Maiduguri.", "ASSAULT", "PLOVER ASSAULT: a fire is no actor's deliberate act"),
    ("Villagers set fire to their own homes as the militia approached.", "ASSAULT",
     "PLOVER ASSAULT: one's own property burnt is directed at no recipient"),
    ("Soldiers fired the minister.", "ASSAULT", "PLOVER ASSAULT primitive: 'fire' as a cue is burning, not firing"),
    ("The junta issued a warning of arrests to journalists.", "COERCE",
     "PLOVER THREATEN: arrests warned of are not done (no COERCE arrest)"),
    ("The RSF issued a warning of attacks on El Fasher.", "ASSAULT",
     "PLOVER THREATEN: attacks warned of are not done (no ASSAULT)"),
    ("Doctors Without Borders warned of more attacks on hospitals in Gaza.", "THREATEN",
     "PLOVER THREATEN: 'coercive or forceful warnings': an aid agency wields no attack"),
    ("Aid agencies warned of attacks on hospitals in El Fasher.", "THREATEN",
     "PLOVER THREATEN: relief agencies foretell a danger, they threaten no one"),
    ("Amnesty International warned of arrests of journalists.", "THREATEN",
     "PLOVER THREATEN: a rights group wields no arrest"),
    ("The UN warned of attacks by the RSF on El Fasher.", "THREATEN",
     "PLOVER THREATEN: an act whose doer the text names is not the warner's"),
    ("The army decided to attack the town.", "THREATEN",
     "PLOVER THREATEN: a decision is no threat (vow heads only)"),
    ("Russia will strike Kyiv, the minister said.", "THREATEN",
     "PLOVER THREATEN: a future modal alone is no vow"),
    ("A Colombian judge ordered the arrest of the former army commander.", "COERCE",
     "PLOVER COERCE ambiguities: an arrest ordered is not yet an arrest"),
    ("Court orders arrest of former Sudanese president", "COERCE",
     "PLOVER COERCE ambiguities: a headline's ordered arrest is no COERCE"),
]


@pytest.mark.parametrize("text, event_type, rule", ABSENT, ids=[c[2][:70] for c in ABSENT])
def test_no_event_type_the_codebook_excludes(text, event_type, rule):
    assert not [e for e in event_rows(text, PUB) if e["type"] == event_type], rule


# Kept as they were: the UN may sanction, a state's warning of its own response is a threat
KEPT = [
    ("The UN warned of sanctions.", "THREATEN", "PLOVER THREATEN: an organization's warning of sanctions it may take"),
    ("Russia warned of retaliatory strikes on Kyiv on Monday.", "THREATEN",
     "PLOVER THREATEN: a state's warning of strikes"),
]


@pytest.mark.parametrize("text, event_type, rule", KEPT, ids=[c[2][:70] for c in KEPT])
def test_threats_kept(text, event_type, rule):
    assert [e for e in event_rows(text, PUB) if e["type"] == event_type], rule
