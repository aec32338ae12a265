"""ACCUSE, second pass (issue 11, helper a39): accusations told without an accusation verb, and the non-acts of the
same words. PLOVER ACCUSE: "accuse, allege, or charge, both judicially and informally"; a sentence passed by a court
is SANCTION convict. Each act gives an ACCUSE with the one who accuses as actor and the accused as recipient (a word
of each name; None where not checked); each non-act gives no ACCUSE. The sentences were written for this test, from
many conflicts (Sudan, Ukraine, Colombia, Yemen, Kenya, Mali, the DRC, Myanmar, Somalia, Haiti), never taken from a
gold article."""

from __future__ import annotations

import pytest
from support import events_and_names

PUB = "2024-05-15"

# sentence, a word of the actor's name, a word of the recipient's name (None: not checked), the rule
ACTS = [
    ("Sudan's army said the drone strike on the market was carried out by the RSF.", "Sudan", "Rapid Support",
     "PLOVER ACCUSE allege, informally: a statement naming the doer of an act in the passive (attributed_doer)"),
    ("Ukrainian officials said the missile attack on Odesa was launched by Russia.", "Ukrain", "Russia",
     "PLOVER ACCUSE allege: the passive's agent of a verb of doing (plover.yaml doing_verbs: launch)"),
    ("Colombia's defence minister said the bombing in Cali was the work of the ELN.", "Colombia", "National Liberation",
     "PLOVER ACCUSE allege: an act called the work of a party (plover.yaml authorship_nouns)"),
    ("Somalia's government said the attack on the hotel was orchestrated by al-Shabaab.", "Somali", "Shabaab",
     "PLOVER ACCUSE allege: the passive's agent of a verb of doing (orchestrate)"),
    ("The Kenyan senator alleged that she was harassed by police officers in Nairobi.", "Kenya", "police",
     "PLOVER ACCUSE allege: an allegation's passive clause names the accused as its agent (alleged_party)"),
    ("The Houthis said the United States had violated Yemen's sovereignty.", "Houthi", "United States",
     "PLOVER ACCUSE allege: a named party's violation told in a statement's clause (wrongdoing: violate)"),
    ("Kyiv said Moscow had breached the grain deal.", "Ukraine", "Russia",
     "PLOVER ACCUSE allege: a named party's breach told in a statement's clause (wrongdoing: breach)"),
    ("Myanmar's shadow government said the junta was committing genocide in Sagaing.", "Myanmar", "junta",
     "PLOVER ACCUSE allege: the gravest crime named of a party in a statement's clause (wrongdoing: genocide)"),
    ("Mali's junta called the French withdrawal a betrayal.", "Mali", None,
     "PLOVER ACCUSE disapprove: an act labelled by a breach of trust (verdict_words: betrayal)"),
    ("Kyiv called the Hungarian veto a betrayal of Europe.", "Ukraine", "Hungary",
     "PLOVER ACCUSE disapprove: a decision labelled a breach of trust (verdict_words: betrayal)"),
    ("The execution of the activists drew condemnation from the European Union.", "European Union", None,
     "PLOVER ACCUSE disapprove: criticism an act draws is voiced by its 'from' phrase (reaction_verbs: draw)"),
    ("Kenya's police crackdown drew criticism from Amnesty International.", "Amnesty", None,
     "PLOVER ACCUSE disapprove: the critics of the 'from' phrase, not the act's doer, voice it (reaction_verbs)"),
    ("The junta's decision triggered an international outcry.", None, None,
     "PLOVER ACCUSE disapprove, 'express disapprovals': an outcry triggered (nouns: outcry)"),
    ("The Russian strike provoked a backlash from Kyiv's allies.", "Ukraine", None,
     "PLOVER ACCUSE disapprove: a backlash provoked, voiced by the 'from' phrase (reaction_verbs: provoke)"),
    ("\u201cWe saw the barbaric shelling of Kharkiv,\u201d Zelensky said on Tuesday.", "Zelensky", None,
     "PLOVER ACCUSE disapprove: an act condemned by the word that qualifies it in a quotation (quoted_judgement)"),
    ("Amnesty International condemned the detention of journalists in Asmara.", "Amnesty", None,
     "PLOVER ACCUSE disapprove: 'condemned the detention' decries an act; only 'to' a penalty is a sentence"),
    ("Human Rights Watch condemned the prison conditions in Yemen's south.", "Human Rights", None,
     "PLOVER ACCUSE disapprove: 'condemned the prison conditions' (the penalty must be the 'to' phrase)"),
    ("The RSF has been accused by the United States of atrocities in Darfur.", "United States", "Rapid Support",
     "PLOVER ACCUSE allege: a standing charge with its accuser named is the accuser's act (agent)"),
    ("The militia has been accused of the massacre in Ituri.", None, "militia",
     "PLOVER ACCUSE allege: a charge of one act (with its determiner) is an accusation, accuser unnamed"),
    ("The African Union condemned the attack by the RSF on the camp in Zamzam.", "African Union", "RSF",
     "PLOVER ACCUSE disapprove: a condemnation of a deed is directed at the doer its 'by' phrase names (deed_doer)"),
    ("He made his first appearance in Kinshasa military court on Monday.", "court", None,
     "docs/annotation.md, Police and courts: an arraignment is ACCUSE allege, the court its actor (court_appearance)"),
    ("The three men appeared before a military tribunal in Bamako.", "tribunal", None,
     "PLOVER ACCUSE: 'bring to court'; an appearance before a tribunal, the tribunal the actor (court_appearance)"),
    ("Kinshasa put the blame on Rwanda for the fall of Goma.", "Congo", "Rwanda",
     "PLOVER ACCUSE allege: blame laid by a light verb, its 'on' phrase the one blamed (blame_nouns, blamed_on)"),
    ("Ethiopia pinned the blame for the killings on the TPLF.", "Ethiopia", "Tigray",
     "PLOVER ACCUSE allege: 'pinned the blame on' (light_verb_types pin: ACCUSE)"),
    ("Kyiv said the blame for the attack lies with Moscow.", "Ukraine", "Russia",
     "PLOVER ACCUSE allege: 'said the blame lies with X' (blamed_party, blame_resting_verbs)"),
    ("Colombia's army attributed the ambush to ELN guerrillas.", "Colombia", "National Liberation",
     "PLOVER ACCUSE allege: an act attributed to a named party (attributed_to)"),
    ("The Nigerian army said Boko Haram fighters were to blame.", "Nigeria", "Boko Haram",
     "PLOVER ACCUSE allege: 'said X were to blame' with no act named (wrongdoing: to blame)"),
    ("Investigators concluded that the M23 carried out the massacre in Kishishe.", None, None,
     "docs/annotation.md: an investigation's finding is ACCUSE investigate, investigators' too (investigation_words)"),
    ("Colombia's president called the attack by FARC dissidents unacceptable.", "Colombia", None,
     "PLOVER ACCUSE disapprove: a label the parse hangs on the object's last phrase (labelled, object predicate)"),
    ("Haiti's prime minister called the gang attack on the prison barbaric.", "Haiti", None,
     "PLOVER ACCUSE disapprove: 'barbaric' read as a noun after 'prison' is still the label (labelled)"),
    ("Russia's Investigative Committee opened a criminal case against the Ukrainian commander.", "Investigative",
     "Ukrain", "PLOVER ACCUSE: 'charge ... judicially'; a criminal case opened against a party (noun_compounds)"),
    ("Turkish prosecutors launched criminal proceedings against the journalists.", "prosecutors", None,
     "PLOVER ACCUSE: 'sue or bring to court'; criminal proceedings launched (noun_compounds, amod)"),
    ("'This is a war crime,' Zelensky said of the strike on the hospital.", "Zelensky", None,
     "PLOVER ACCUSE disapprove: a quoted verdict on 'this', the act in the speech verb's 'of' phrase (condemned_act)"),
    ("Russia dismissed Ukraine's allegations as lies.", "Ukraine", "Russia",
     "PLOVER ACCUSE allege: an accusation a denial answers, its owner the accuser, the denier the accused"),
    ("The Rwandan government denied the UN's accusations of backing the M23.", "United Nations", "Rwanda",
     "PLOVER ACCUSE allege: the UN's accusations, answered by Rwanda's denial (answered_accuser)"),
    ("The RSF rejected accusations by the army that it shelled the hospital in El Obeid.", "Sudan", "Rapid Support",
     "PLOVER ACCUSE allege: accusations 'by' a named accuser, answered by a rejection (accuser_preps)"),
    ("The attack on the convoy was cowardly, the Kenyan president said.", "Kenya", None,
     "PLOVER ACCUSE disapprove: a judgement of an act as a statement's predicate (judgement_words: cowardly)"),
]

# sentence, the rule it keeps, the type the sentence gives instead (None: not checked)
NON_ACTS = [
    ("A court in Kinshasa condemned three Americans to death for the failed coup.",
     "PLOVER SANCTION convict: 'condemned to death' is a sentence passed, not a condemnation (verb_particles)",
     "SANCTION"),
    ("A military tribunal in Yangon condemned the activist to ten years in prison.",
     "PLOVER SANCTION convict: 'condemned to ... in prison' is a sentence (verb_particles condemn: years)", "SANCTION"),
    ("Activists have long accused the army of abuses in Darfur.",
     "docs/annotation.md, One event or several: a standing accusation told as background (standing_adverbs: long)",
     None),
    ("The army said the attack was carried out by unknown gunmen.",
     "docs/annotation.md: unknown perpetrators are null; no one is accused (unknown_doers)", None),
    ("The RSF said the attack was carried out by its fighters.",
     "docs/annotation.md: a claim of responsibility is the claimant's act, not an accusation (its fighters)", None),
    ("The army said the attack was not carried out by the Houthis.",
     "PLOVER ACCUSE: a negated attribution is no accusation", None),
    ("Officials said the blast was caused by a gas leak.",
     "PLOVER ACCUSE: a cause that is no doing verb accuses no one (doing_verbs)", None),
    ("The UN said the school was hit by a shell.",
     "PLOVER ACCUSE: what was hit is no act, and a shell no party", None),
    ("Officials asked whether the bombing was carried out by the ELN.",
     "PLOVER ACCUSE: a question accuses no one", None),
    ("The RSF, which has been accused of atrocities in Darfur, denied the report.",
     "docs/annotation.md, One event or several: a standing charge of a kind of act, no accuser (standing_stance)",
     "REJECT"),
    ("Al-Shabaab, which has been blamed for attacks in Kenya, recruits in Somalia.",
     "docs/annotation.md: a standing charge told as background is no occurrence (bare plural, no accuser)", None),
    ("Kenya's police said officers had committed no abuses in Nairobi.",
     "PLOVER ACCUSE: a wrongdoing the statement denies with 'no' charges no one (event_demands._charged_part)", None),
    ("'This is a tragedy,' the mayor said of the flood in Derna.",
     "PLOVER ACCUSE: a disaster with no doer called a tragedy condemns no act (an act word in the 'of' phrase)", None),
    ("The suspect is due to appear in court on Friday.",
     "PLOVER, Auxiliary modes: an appearance to come is no act yet", None),
    ("The president appeared in Kigali on Monday.",
     "PLOVER ACCUSE: an appearance is an arraignment only in or before a court (court_nouns)", None),
    ("Doctors attributed the deaths in the camp to cholera.",
     "PLOVER ACCUSE: an act attributed to a cause that is no party accuses no one (attributed_to)", None),
    ("The commander took the blame for the defeat.",
     "PLOVER ACCUSE: blame taken on oneself lays none on another ('take' is no light verb of blame)", None),
    ("The minister said the blame does not lie with Kenya.",
     "PLOVER ACCUSE: a negated attribution is no accusation", None),
    ("Investigators arrived at the scene in Kano on Monday.",
     "PLOVER ACCUSE investigate: investigators tell a finding only as a statement's subject (light_nouns)", None),
    ("Erdogan called Putin about terrorism.",
     "PLOVER CONSULT phone: a preposition's bare object is a topic, not a label (labelled)", "CONSULT"),
    ("The minister made the case for more aid to Sudan.",
     "PLOVER ACCUSE: a case made for a policy is an argument, not a legal case (noun_compounds need criminal, legal)",
     None),
    ("The criminal case against the general continues in Kyiv.",
     "PLOVER ACCUSE: a case going on with no light verb is a state, not the act of bringing it (light_nouns)", None),
    ("The RSF denied the accusations.",
     "docs/annotation.md: a denial whose accusation names no accuser is the REJECT alone", "REJECT"),
    ("The junta denied its claims about the ceasefire.",
     "PLOVER REJECT: a pronoun owner names no accuser apart from the denier", "REJECT"),
    ("The decision drew crowds to the square in Bamako.",
     "PLOVER ACCUSE: a reaction verb is a light verb of complaints only (light_verb_types)", None),
    ("The outcry grew louder in Nairobi.",
     "PLOVER ACCUSE: an outcry with no light verb is a state, not a complaint voiced (light_nouns)", None),
    ("The announcement could spark outrage among farmers.",
     "PLOVER: an outcry that may come is no act (Auxiliary modes: only acts that took place)", None),
    ("The cowardly attack on the bus killed 12 people in Mandera.",
     "docs/annotation.md, Claims: the outlet's own narration judges nothing; only a quotation's word condemns",
     "ASSAULT"),
]


def _named(names: dict, ids: list, word: str | None) -> bool:
    return word is None or any(word.lower() in (names.get(i) or "").lower() for i in ids if i)


@pytest.fixture(scope="module")
def extracted():
    return events_and_names([t for t, *_ in ACTS] + [t for t, *_ in NON_ACTS], PUB)


@pytest.mark.parametrize(("text", "actor", "recipient", "rule"), ACTS)
def test_accusations_without_an_accusation_verb_are_accuse(extracted, text, actor, recipient, rule):
    found, names = extracted
    accused = [e for e in found[text] if e["type"] == "ACCUSE"]
    assert accused, (rule, found[text])
    assert any(_named(names, e.get("sources") or [e["source"]], actor)
               and _named(names, e.get("targets") or [e["target"]], recipient) for e in accused), (rule, accused)


@pytest.mark.parametrize(("text", "rule", "instead"), NON_ACTS)
def test_non_acts_of_accusation_words_are_no_accuse(extracted, text, rule, instead):
    found, _ = extracted
    assert not [e for e in found[text] if e["type"] == "ACCUSE"], (rule, found[text])
    assert instead is None or any(e["type"] == instead for e in found[text]), (rule, found[text])


def test_condemned_to_death_is_a_conviction():
    """PLOVER SANCTION convict: the court that condemns a person to death passes a sentence; the mode is convict."""
    found, _ = events_and_names(["A court in Kinshasa condemned three Americans to death for the failed coup."], PUB)
    assert [e["mode"] for events in found.values() for e in events if e["type"] == "SANCTION"] == ["convict"]


RETOLD = ("The Wagner Group is accused of killing civilians in Moura. Wagner has also been accused of "
          "directing the attacks on the villages near Gao.")
TWO_ACCUSED = ("The Wagner Group is accused of killing civilians in Moura. The Malian army is accused of "
               "directing the attacks on the villages near Gao.")


def test_a_charge_told_again_with_no_accuser_is_one_accusation():
    """docs/annotation.md, One event or several: one person's charge told again in the document, no accuser named,
    is one ACCUSE (event_merge.unattributed_retold); charges of two people stay two."""
    found, _ = events_and_names([RETOLD, TWO_ACCUSED], PUB)
    assert len([e for e in found[RETOLD] if e["type"] == "ACCUSE"]) == 1, found[RETOLD]
    assert len([e for e in found[TWO_ACCUSED] if e["type"] == "ACCUSE"]) == 2, found[TWO_ACCUSED]
