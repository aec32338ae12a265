"""Blame and censure in the wordings news uses (issue 11, helper e36). PLOVER ACCUSE: "express disapprovals ...;
condemn, decry a policy or an action; criticize, defame, denigrate responsible parties", "accuse, allege, or charge,
both judicially and informally", "sue or bring to court", "all investigations". Each sentence is coded ACCUSE with
the one who blames as actor and the one blamed as recipient (a word of each name; None where the text names no
party); each non-act gives no ACCUSE. The sentences were written for this test, from many conflicts (Sudan, Ukraine,
Myanmar, the Sahel, Colombia, Gaza, Ethiopia, Kenya, Somalia, the DRC, Yemen), never taken from a gold article."""

from __future__ import annotations

import pytest
from support import events_and_names

PUB = "2024-05-15"

# sentence, a word of the actor's name, a word of the recipient's name (None: not checked), the mode, the rule
ACTS = [
    # was a near-miss ("a standing charge ... is no occurrence") while the rights groups had no actor; the rule book's
    # *Standing attitudes* and *Background acts* code a charge a body voices, and "the RSF is responsible for war
    # crimes in Darfur" (test_statements_not_acts_v34) is one (lead, merging unn2)
    ("Rights groups say the militias are responsible for widespread abuses.", "Rights", "militias", "allege",
     "PLOVER ACCUSE allege, informally: a body says a party is responsible for a kind of wrongdoing"),
    ("Kyiv held Moscow responsible for the attack on the Kakhovka dam.", "Ukraine", "Russia", "allege",
     "PLOVER ACCUSE allege, informally: 'held X responsible' (verb_particles hold: responsible)"),
    ("The Malian junta held France accountable for the ambush near Gao.", "Mali", "France", "allege",
     "PLOVER ACCUSE allege: 'held X accountable' (verb_particles hold: accountable)"),
    ("Ethiopia's government lashed out at the TPLF on Tuesday.", "Ethiopia", "Tigray", "disapprove",
     "PLOVER ACCUSE disapprove: 'lashed out at' (verb_particles lash: out), the 'at' phrase the recipient"),
    ("Russia's foreign ministry hit out at NATO over the exercises.", "Russia", "North Atlantic", "disapprove",
     "PLOVER ACCUSE disapprove: 'hit out at' is censure, not a weapon verb's strike"),
    ("Mali's junta pointed the finger at France for the attack on Bamako.", "Mali", "France", "allege",
     "PLOVER ACCUSE allege: 'pointed the finger at' (verb_particles point: finger)"),
    ("Ukraine's foreign ministry blasted Hungary for blocking the aid package.", "Ukraine", "Hungary", "disapprove",
     "PLOVER ACCUSE disapprove: 'blasted X for' (verb_particles blast: for)"),
    ("Niger's junta lambasted France on Tuesday.", "Niger", "France", "disapprove",
     "PLOVER ACCUSE disapprove: 'lambasted' (the English model's lemma 'lambast')"),
    ("Myanmar's junta branded the National Unity Government a terrorist group.", "Myanmar", "National Unity",
     "disapprove", "PLOVER ACCUSE: defame, denigrate; a label in the parse's double object (labelled)"),
    ("Myanmar's shadow government called the airstrike a massacre.", "Myanmar", None, "disapprove",
     "PLOVER ACCUSE: condemn an action by naming it a crime (verdict_words: massacre)"),
    ("The Sudanese opposition labelled the election a sham.", None, None, "disapprove",
     "PLOVER ACCUSE: decry a policy or an action (verdict_words: sham)"),
    ("Israeli officials said Hamas was behind the rocket attack on Sderot.", "Israel", "Hamas", None,
     "PLOVER ACCUSE allege, informally: 'said X was behind' an act (blame_predicates)"),
    ("Kenyan police said al-Shabaab was responsible for the bombing in Mandera.", "Kenya", "Shabaab", None,
     "PLOVER ACCUSE allege: 'said X was responsible for' an act (blame_predicates)"),
    ("The Palestinian Authority said Israel bore responsibility for the deaths.", "Palestin", "Israel", None,
     "PLOVER ACCUSE allege: 'said X bore responsibility for' (blame_bearing_verbs)"),
    ("The Arakan Army said the junta was to blame for the killings.", "Arakan", "junta", None,
     "PLOVER ACCUSE allege: 'said X was to blame for' (blame_predicates, an infinitive)"),
    ("A UN panel of experts found that Rwanda was behind the M23 offensive.", "United Nations", "Rwanda", None,
     "PLOVER ACCUSE allege: an investigation's finding that a party was behind an act"),
    ("Police charged a Somali man with financing al-Shabaab.", "Police", None, "allege",
     "PLOVER ACCUSE allege: charge judicially; the parse hangs 'with' on the charged party"),
    ("South Africa filed a lawsuit against Israel at the International Court of Justice.", "South Africa", "Israel",
     "allege", "PLOVER ACCUSE allege: sue; the 'against' phrase of an ACCUSE noun is the accused"),
    ("Kenya's police filed charges against 12 protesters.", "Kenya", "protesters", "allege",
     "PLOVER ACCUSE allege: charges filed against a party (light noun 'charges')"),
    ("Colombian prosecutors brought charges against the former colonel.", "prosecutors", None, "allege",
     "PLOVER ACCUSE allege: 'bring to court', charges brought (light verb 'bring')"),
    ("The Malian junta expressed outrage at the sanctions imposed by ECOWAS.", "Mali", None, "disapprove",
     "PLOVER ACCUSE disapprove: 'express disapprovals' (event noun 'outrage' with a light verb)"),
    ("Vancouver police said the deaths were still under investigation.", None, None, "investigate",
     "PLOVER ACCUSE investigate: 'all investigations'; 'under investigation' tells one going on (ongoing_preps)"),
    ("Sudan expelled the envoy of a country that Khartoum accuses of arming the RSF.", "Sudan", None, "allege",
     "PLOVER ACCUSE allege: a standing accusation told in a relative clause on an indefinite noun"),
    ("Sudan's government alleged that the UAE had supplied weapons to the RSF.", "Sudan", "United Arab", "allege",
     "PLOVER ACCUSE allege: 'alleged that X had ...', the clause's subject the accused (alleged_party)"),
    ("Ukraine charged that Russia had deported thousands of children.", "Ukraine", "Russia", "allege",
     "PLOVER ACCUSE allege: 'charged that X ...' is an accusation, not a charge in court (alleged_party)"),
    ("An investigation into the killings in Moura found that soldiers shot 500 people.", None, None, "investigate",
     "docs/annotation.md: an investigation's finding is ACCUSE investigate (the noun the subject of 'found')"),
    ("The ICC's investigation into the killings in Darfur found evidence of genocide.", "International Criminal",
     None, "investigate", "PLOVER ACCUSE investigate: a body's investigation into an act, its possessor the actor"),
    ("Ethiopia called the Egyptian statement a bid to derail the talks.", "Ethiopia", None, None,
     "PLOVER ACCUSE: an act labelled as done to harm (hostile_aims: derail)"),
    ("Putin described the killing of the ambassador as an attempt to damage Russia-Turkey ties.", "Putin", None,
     "disapprove", "PLOVER ACCUSE: a label in the 'as' phrase the parse hangs on the object (hostile_aims: damage)"),
    ("Gaza's authorities said the strike was a deliberate massacre.", None, None, None,
     "PLOVER ACCUSE: an act condemned by the name of a crime in a statement's clause (condemned_act)"),
    ("Ukraine's president said the attack on Kramatorsk was a war crime.", "Ukraine", None, None,
     "PLOVER ACCUSE: 'said the attack was a war crime' as 'called the attack a war crime' (condemned_act)"),
    ("The militia was accused of torching villages in Ituri.", None, "militia", "allege",
     "docs/annotation.md: 'accused of' with no accuser named keeps the actor null, the accused the recipient"),
    ("Ethiopia summoned the Somali ambassador over the port deal.", "Ethiopia", "Somalia", "disapprove",
     "PLOVER CONSULT/ACCUSE: summoning an ambassador to complain is ACCUSE disapprove"),
]

# sentence, the rule it keeps
NON_ACTS = [
    ("The RSF said it was behind the attack on the camp.",
     "docs/annotation.md: a claim of responsibility is the claimant's act, not an accusation (pronoun subject)"),
    ("The ministry said the Houthis were not behind the strike.",
     "PLOVER ACCUSE: a negated attribution is no accusation"),
    ("Officials asked whether Wagner was behind the killings.",
     "PLOVER ACCUSE: a question accuses no one"),
    ("The doctor said the hospital was responsible for 300 patients.",
     "PLOVER ACCUSE: responsibility for no act (blame_predicates' object must be an act)"),
    ("The drone hit out of range.",
     "PLOVER ACCUSE: 'hit out' is censure only with its 'at' phrase"),
    ("The outrage over the killings grew in Nairobi.",
     "PLOVER ACCUSE: an event noun with no light verb or doer is a state, not a complaint voiced"),
    ("The RSF denied being behind the attack on the camp.",
     "PLOVER REJECT: a denial is REJECT, not ACCUSE"),
    ("The army alleged that it was attacked first.",
     "PLOVER ACCUSE: an allegation names no party where its subject is a pronoun (no ACCUSE with no one accused)"),
    ("The RSF charged into the town at dawn.",
     "PLOVER ACCUSE: 'charge' is an accusation only with its charged party, its 'with' phrase or its clause"),
    ("The UN called for an investigation by the ICC into the killings.",
     "PLOVER REQUEST: an investigation called for is the request, not an investigation made"),
    ("Rights groups want the ICC's investigation into Darfur to be expanded.",
     "PLOVER ACCUSE: a wish about an investigation tells none made now"),
    ("Kenya described the deal as an attempt to bring peace.",
     "PLOVER ACCUSE: a label with a peaceful aim condemns nothing"),
    ("The minister said the situation was a tragedy for Sudan.",
     "PLOVER ACCUSE: a state called a tragedy condemns no act"),
    ("Officials said the attack was not a crime.",
     "PLOVER ACCUSE: a negated verdict condemns nothing"),
    ("The Houthis rejected accusations that they attacked the ship.",
     "PLOVER REJECT: 'rejected accusations' is the rejection, no ACCUSE of the accuser unnamed"),
    ("Fighters who condemn the truce fled.",
     "a relative clause whose subject is its head tells a trait, not an act"),
]


def _named(names: dict, ids: list, word: str | None) -> bool:
    return word is None or any(word.lower() in (names.get(i) or "").lower() for i in ids if i)


@pytest.fixture(scope="module")
def extracted():
    return events_and_names([t for t, *_ in ACTS] + [t for t, _ in NON_ACTS], PUB)


@pytest.mark.parametrize(("text", "actor", "recipient", "mode", "rule"), ACTS)
def test_blame_and_censure_are_accuse_with_accuser_and_accused(extracted, text, actor, recipient, mode, rule):
    found, names = extracted
    accused = [e for e in found[text] if e["type"] == "ACCUSE"]
    assert accused, (rule, found[text])
    assert any(_named(names, e.get("sources") or [e["source"]], actor)
               and _named(names, e.get("targets") or [e["target"]], recipient)
               and (mode is None or e["mode"] == mode) for e in accused), (rule, accused)


@pytest.mark.parametrize(("text", "rule"), NON_ACTS)
def test_non_acts_of_blame_are_no_accuse(extracted, text, rule):
    found, _ = extracted
    assert not [e for e in found[text] if e["type"] == "ACCUSE"], (rule, found[text])


def test_accused_of_with_no_accuser_keeps_the_actor_null(extracted):
    """docs/annotation.md, Actor and recipient: "accused of" with no accuser named has a null actor (the accused
    is the recipient), not the accused as its own accuser."""
    found, _ = extracted
    accused = [e for e in found["The militia was accused of torching villages in Ituri."] if e["type"] == "ACCUSE"]
    assert accused and all(e["source"] is None for e in accused), accused
