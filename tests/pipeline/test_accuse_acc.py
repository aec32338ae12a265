"""ACCUSE in all its modes (issue 11, helper acc). The 2024 PLOVER manual merged DISAPPROVE into ACCUSE: its modes are
`disapprove` (criticize, condemn, denounce, deplore, protest diplomatically, summon an ambassador to complain),
`investigate` (any investigation, commission or inquiry) and `allege` (formally or informally accuse; sue, indict,
charge; bring to trial). Each probe is one ordinary way news tells the act, written for this test from many conflicts
and places (Sudan, Ukraine, the Sahel, Myanmar, Colombia, Gaza, Kenya, city and court news), never taken from a gold
article. Each act must give an ACCUSE of its mode whose actor and recipient hold a word of the names given (None: not
checked); each near-miss (a denial, a standing charge, a conviction, a hazard blamed, a duty held, a concern about no
act, another sense of the word) must give no ACCUSE. The rule each checks is beside it."""

from __future__ import annotations

import pytest
from support import events_and_names

PUB = "2024-05-15"

DISAPPROVE = "PLOVER ACCUSE disapprove: 'condemn, decry a policy or an action; criticize, defame, denigrate'"
ALLEGE = "PLOVER ACCUSE allege: 'formally or informally accuse; sue, indict, or charge; bring to trial'"
INVESTIGATE = "PLOVER ACCUSE investigate: 'all investigations'"

# sentence, mode, a word of the actor's name, a word of the recipient's name, the rule
ACTS = [
    # disapprove: censure verbs and idioms
    ("Sudan's foreign ministry slammed the RSF for the attack on El Fasher's hospital.", "disapprove", "Sudan",
     "Rapid Support", DISAPPROVE),
    ("Kyiv lashed out at Hungary over its veto of EU aid.", "disapprove", "Ukraine", "Hungary",
     DISAPPROVE + " (verb_particles lash: out)"),
    ("The UN Secretary-General deplored the killing of aid workers in Gaza.", "disapprove", "United Nations", None,
     DISAPPROVE),
    ("Chad's government denounced the Sudanese army's incursion into its territory.", "disapprove", "Chad", "Sudanese",
     DISAPPROVE),
    ("Germany summoned Russia's ambassador over the cyberattack on its parliament.", "disapprove", "Germany", "Russia",
     "PLOVER CONSULT/ACCUSE: summoning an ambassador to present grievances is ACCUSE, not CONSULT"),
    ("Mali's government summoned the Algerian ambassador to protest against interference in its affairs.",
     "disapprove", "Mali", "Algeria",
     "PLOVER CONSULT/ACCUSE: summoning an ambassador to present grievances is ACCUSE, not CONSULT"),
    ("Kenya's president faced criticism over the police killings of protesters.", "disapprove", None, "Kenya",
     DISAPPROVE + "; criticism faced: the subject is the recipient (verb_particles face: criticism, undergo_verbs)"),
    # disapprove: the evaluative frame, an act called by the name of a crime or a wrong
    ("Myanmar's National Unity Government called the airstrike on the village a war crime.", "disapprove",
     "National Unity", None, DISAPPROVE + " (event_blame.labelled: 'called X a war crime')"),
    ("Zelensky called the strike on the children's hospital in Kyiv a crime against humanity.", "disapprove",
     "Zelensky", None, DISAPPROVE + " (event_blame.labelled)"),
    ("Ukraine's foreign ministry said the strike on Odesa was a war crime.", "disapprove", "Ukraine", None,
     DISAPPROVE + " (event_blame.condemned_act: 'said X was a war crime')"),
    ("Myanmar's junta branded the rebels terrorists.", "disapprove", "Myanmar", None,
     DISAPPROVE + " (labelled: the parse's 'the rebels terrorists' as one noun phrase)"),
    ("The mayor said the council's decision to close the shelter was a disgrace.", "disapprove", None, None,
     "PLOVER ACCUSE: 'decry a policy or an action' (plover.yaml policy_nouns)"),
    # disapprove: statements of concern and of shock, and diplomatic protests
    ("The United States is deeply concerned about the fighting in El Fasher.", "disapprove", "United States", None,
     "docs/annotation.md, Statements of concern: ACCUSE disapprove (stance_words concerned)"),
    ("The EU said it was deeply concerned by the arrests of journalists in Niger.", "disapprove", "European Union",
     None, "docs/annotation.md, Statements of concern: ACCUSE disapprove, the stance reported by its holder"),
    ("Amnesty International said it was appalled by the execution of four activists in Myanmar.", "disapprove",
     "Amnesty", None, DISAPPROVE + " (a stance reported by its holder: event_statements.stated_stance)"),
    ("The African Union expressed deep concern over the fighting in El Fasher.", "disapprove", "African Union", None,
     "docs/annotation.md, Statements of concern: ACCUSE disapprove"),
    ("Poland protested to Belarus over the violation of its airspace.", "disapprove", "Poland", "Belarus",
     "PLOVER PROTEST, ambiguities: diplomatic protests are ACCUSE (plover.yaml addressed_protests)"),
    ("The opposition in Dhaka filed a complaint with the election commission over the vote rigging.", "disapprove",
     "opposition", None,
     "PLOVER ACCUSE, ambiguities: 'delegations presenting a disagreement to an organization or authority'"),
    # allege: accusations, blame, responsibility
    ("Mali's junta blamed jihadists for the ambush near Timbuktu.", "allege", "Mali", "jihadists", ALLEGE),
    ("Ethiopia blamed the attack on Tigrayan rebels.", "allege", "Ethiopia", "Tigray",
     ALLEGE + " ('blamed X on a party': the party accused)"),
    ("Kyiv blamed the explosion on Russian saboteurs.", "allege", "Ukraine", "Russia",
     ALLEGE + " ('blamed X on a party': the party accused)"),
    ("The Myanmar military held the Arakan Army responsible for the attack on the convoy.", "allege", "Myanmar",
     "Arakan", ALLEGE + " (verb_particles hold: responsible)"),
    ("Ukrainian officials said Russian forces were responsible for the destruction of the Kakhovka dam.", "allege",
     "Ukraine", "Russia", ALLEGE + " (a party said to answer for a harm: blame_acts destruction)"),
    ("The Sudanese army said the RSF was behind the attack on the market in Omdurman.", "allege", "Sudanese",
     "Rapid Support", ALLEGE + " (event_blame.blamed_party: 'said X was behind')"),
    ("Israel said Hezbollah was to blame for the rocket attack on Majdal Shams.", "allege", "Israel", "Hezbollah",
     ALLEGE + " ('said X was to blame')"),
    ("Human Rights Watch said Myanmar's army had committed war crimes in Rakhine.", "allege", "Human Rights Watch",
     "Myanmar", ALLEGE + " (a wrongdoing told of a named party: event_demands)"),
    ("The families of the victims accused the police of covering up the massacre.", "allege", "families", "police",
     ALLEGE),
    ("Azerbaijan and Armenia traded accusations over the shelling.", "allege", "Azerbaijan", None,
     ALLEGE + " (accusations traded: light_verb_types trade; both parties act)"),
    # allege: charges, suits, trials
    ("Colombian prosecutors charged three soldiers with the killing of a farmer in Cauca.", "allege", "prosecutors",
     None, "docs/annotation.md, Police and courts: a charge is ACCUSE allege, the actor the body that charges"),
    ("The ICC indicted the former RSF commander for war crimes in Darfur.", "allege", "International Criminal Court",
     "Rapid Support", ALLEGE),
    ("Two officers face charges of manslaughter over the death of a man in custody in Minneapolis.", "allege", None,
     "officers", "docs/annotation.md, Police and courts: a charge is ACCUSE allege (verb_particles face: charges)"),
    ("The teachers' union filed a lawsuit against the city of Detroit.", "allege", "union", None, ALLEGE + " ('sue')"),
    ("Niger's junta took the French company to court over the uranium mine.", "allege", "Niger", None,
     ALLEGE + " ('sue or bring to court': verb_particles take: court)"),
    ("Burkina Faso launched legal action against the newspaper.", "allege", "Burkina Faso", None,
     ALLEGE + " ('sue': noun_compounds action: legal)"),
    ("The former police chief was put on trial in Bogota for the killings.", "allege", None, None,
     ALLEGE + " ('bring to trial': verb_particles put: trial)"),
    ("Ukraine brought the captured Russian soldier to trial in Kyiv.", "allege", "Ukraine", "Russia",
     ALLEGE + " ('bring to trial': verb_particles bring: trial)"),
    ("Two Myanmar soldiers stood trial for the killing of a monk.", "allege", None, "soldiers",
     ALLEGE + " ('bring to trial'; who stands trial is the recipient: tried_verbs)"),
    ("The former Sudanese president faces trial over the 1989 coup.", "allege", None, "Sudan",
     ALLEGE + " ('bring to trial'; verb_particles face: trial)"),
    # investigate
    ("Ukrainian prosecutors opened a war crimes investigation into the shelling of Kharkiv.", "investigate",
     "prosecutors", None, INVESTIGATE),
    ("Police in Toronto are investigating a shooting in Scarborough.", "investigate", "Police", None, INVESTIGATE),
    ("The investigation into the bombing in Mogadishu is being led by Somali police.", "investigate", "Somali police",
     None, INVESTIGATE),
    ("The mayor of Lagos was arrested as part of an investigation into bribery at city hall.", "investigate", None,
     None, INVESTIGATE + " (an investigation going on: ongoing_frames part)"),
    ("An investigation is underway into the shooting in Toronto.", "investigate", None, None,
     INVESTIGATE + " (docs/annotation.md: 'an investigation was underway'; ongoing_states)"),
    ("The inquiry into the massacre in Yelwata is continuing.", "investigate", None, None,
     INVESTIGATE + " (an investigation going on: ongoing_verbs)"),
    ("Prosecutors in Guatemala are looking into the disappearance of the activists.", "investigate", "Prosecutors",
     None, INVESTIGATE + " (verb_particles look: into, of an act)"),
    ("An inquest into the death of the teenager opened in London on Monday.", "investigate", None, None,
     INVESTIGATE + " (an inquest is an investigation: investigation_words, ongoing_verbs open)"),
    ("Police looked into the robbery at the bank in Kampala.", "investigate", "Police", None,
     INVESTIGATE + " (inquiring_verbs: 'looked into' an offence)"),
    ("The governor is under investigation for corruption.", "investigate", None, None,
     INVESTIGATE + " (ongoing_preps under)"),
    ("A commission of inquiry found that Ethiopian forces had committed atrocities in Tigray.", "investigate",
     "commission", "Ethiopian", "docs/annotation.md: an investigation's finding is ACCUSE investigate"),
]

NEAR_MISSES = [
    ("Sudan's army denied accusations that it bombed the market in Omdurman.",
     "PLOVER REJECT: a denial; no accuser named, so no ACCUSE (plover.yaml answered_claims)"),
    ("Rights groups have long criticised the army's conduct in Rakhine.",
     "a standing stance told as background is no occurrence (plover.yaml standing_adverbs)"),
    ("A court in Bamako convicted the former minister on charges of embezzlement.",
     "PLOVER ACCUSE, ambiguities: an allegation reported with a conviction is not coded ACCUSE allege"),
    ("The general was sentenced to life in prison for the massacre in Srebrenica.",
     "docs/annotation.md, Police and courts: a sentence is SANCTION convict, not ACCUSE"),
    ('"We will rebuild Kharkiv," the mayor said.', "a quotation that accuses no one"),
    ("Russian infantry charged Ukrainian trenches near Avdiivka.",
     "'charge' as an assault: no party charged with an offence (charged_party_verbs)"),
    ("The company blamed the delay on bad weather.",
     "PLOVER ACCUSE accuses parties: a hazard blamed accuses no one (plover.yaml blameless_causes)"),
    ("Officials blamed the crash on fog.",
     "docs/annotation.md, accidents and hazards have no agent (blameless_causes)"),
    ("Prosecutors declined to charge the officer in the shooting.", "a charge declined is none (PLOVER: occurrences)"),
    ("Kyiv has not blamed anyone for the explosion at the depot.", "a negated accusation is none"),
    ("The drought was responsible for the crop failure in Somalia.", "no party is accused, and no one speaks"),
    ("The army said its forces were responsible for security in the city.",
     "'responsible for' a duty, no act answered for (event_inquiries.answers_for_no_act)"),
    ("The mayor said residents were responsible for clearing snow from their sidewalks.",
     "'responsible for' a duty, no act answered for (event_inquiries.answers_for_no_act)"),
    ("Residents of Nairobi are concerned about rising rents.",
     "docs/annotation.md, Statements of concern: about a person or a choice; rising rents are neither "
     "(stance_needs_act)"),
    ("Doctors are concerned that the outbreak could spread to Goma.",
     "a concern about a prospect disapproves of no act (stance_needs_prep)"),
    ("The families concerned were moved to a camp in Tawila.", "'concerned' as 'in question': no stance"),
    ('"We were shocked at how cold the water was," the guide said.',
     "a stance reported about no act or party disapproves of no one (stated_stance)"),
    ("Students marched to parliament in Nairobi.",
     "a march to a place is PROTEST, not a protest presented to a party (addressed_protests)"),
    ("The judge put the trial on hold.", "a trial put off brings no one to trial (trial_verbs)"),
    ("The ministry is looking into options for the budget.",
     "looking into no act investigates nothing (inquiring_verbs)"),
    ("The minister called the agreement a historic step.", "praise or description, no condemnation"),
    ("The charge for the bus ride in Bogota rose to two dollars.", "'charge' as a price"),
    ("Opposition lawmakers in Nairobi called for an inquiry into the killings.",
     "PLOVER REQUEST: an inquiry called for is asked, not done"),
    ("The investigation will begin next month.",
     "an inquiry yet to come is none (docs/annotation.md, Future charges: only a charge is told by its future)"),
    ("The senator said he was concerned that the talks would fail.",
     "a concern about a prospect disapproves of no act (stance_needs_prep)"),
]


def _named(names: dict, ids: list, word: str | None) -> bool:
    return word is None or any(word.lower() in (names.get(i) or "").lower() for i in ids if i)


@pytest.fixture(scope="module")
def extracted():
    return events_and_names([t for t, *_ in ACTS] + [t for t, _ in NEAR_MISSES], PUB)


@pytest.mark.parametrize(("text", "mode", "actor", "recipient", "rule"), ACTS)
def test_accusations_are_coded_with_mode_actor_and_recipient(extracted, text, mode, actor, recipient, rule):
    found, names = extracted
    accused = [e for e in found[text] if e["type"] == "ACCUSE"]
    assert accused, (rule, found[text])
    assert any(e["mode"] == mode and _named(names, e.get("sources") or [e["source"]], actor)
               and _named(names, e.get("targets") or [e["target"]], recipient) for e in accused), (rule, accused)


@pytest.mark.parametrize(("text", "rule"), NEAR_MISSES)
def test_near_misses_are_no_accusation(extracted, text, rule):
    found, _ = extracted
    assert not [e for e in found[text] if e["type"] == "ACCUSE"], (rule, found[text])
