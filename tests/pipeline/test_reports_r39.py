"""Paragraph-level recall: twelve short reports (headline, dateline, quotes, background, reactions) written for
this test from many conflicts (Sudan, Ukraine, Myanmar, the Sahel, Colombia, Gaza, Yemen, Ethiopia, the DRC, Haiti,
Mexico, Kashmir), never copied from a gold article, annotated by docs/annotation.md and the PLOVER manual before the
program was run on them (issue 11, helper r39). The texts are under tests/data/reports_r39/.

Each annotated event is (types, evidence): the PLOVER type (several where the manual's boundary leaves a choice,
e.g. a signed pact with a promised joint act, SUPPORT or AGREE) and a phrase of a sentence that reports it (several,
split by "||", where more than one sentence is its evidence). An
event is found when an extracted event of one of those types has an evidence span holding the phrase; each
extracted event counts for one annotated event only. The test checks the events the program finds now (so a change
that loses one fails) and that recall holds its floor; the misses left are listed in ``MISSED``."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "data" / "reports_r39"
PUB = "2024-06-01"

# report -> [(types "A|B", phrase of the evidence sentence, the PLOVER rule)]
ANNOTATION: dict[str, list[tuple[str, str, str]]] = {
    "sudan": [
        ("RETREAT", "released 40 civilians", "RETREAT: release of prisoners"),
        ("REQUEST", "pressed both sides to free detainees", "REQUEST: pressed for a release (yield)"),
        ("AID", "28 trucks carrying sorghum and medicine reached", "AID: humanitarian aid delivered"),
        ("RETREAT", "allowed the convoy through", "RETREAT: allowing access to aid workers"),
        ("COERCE", "detained three journalists", "COERCE arrest"),
        ("ACCUSE", "condemned the arrests", "ACCUSE disapprove"),
        ("REQUEST", "demanded their immediate release", "REQUEST yield"),
    ],
    "ukraine": [
        ("SUPPORT", "welcomes the decision", "SUPPORT: welcomes"),
        ("SANCTION", "package of sanctions on Russia", "SANCTION discontinue: sanctions imposed"),
        ("AGREE", "agreed to share intelligence", "AGREE: promised COOPERATE"),
        ("COOPERATE", "carried out joint patrols", "COOPERATE: joint police action"),
        ("AID", "transferred 4.5 billion dollars", "AID: monetary aid"),
        ("THREATEN", "threatened to seize European assets", "THREATEN"),
        ("ACCUSE", "dismissed as blackmail", "ACCUSE disapprove"),
        ("REJECT", "rejected an offer by Switzerland", "REJECT: refusing to negotiate"),
        ("REQUEST", "calls on its partners", "REQUEST: call on"),
    ],
    "myanmar": [
        ("COERCE", "imposed a dusk-to-dawn curfew", "COERCE restrict: curfew"),
        ("ASSAULT", "ambushed a convoy", "ASSAULT: ambush"),
        ("COERCE", "rounded up at least 30 young men", "COERCE arrest: round-up"),
        ("RETREAT", "handed over 120 captured soldiers", "RETREAT: release of prisoners"),
        ("RETREAT", "pulled out of their base", "RETREAT: military withdrawal"),
        ("AID|RETREAT", "reopened a border crossing", "AID: asylum; RETREAT: allowing access"),
        ("AID", "handed out rice and blankets", "AID: humanitarian aid"),
    ],
    "niger": [
        ("SANCTION", "ordered the French ambassador to leave", "SANCTION: expelling diplomats"),
        ("ACCUSE", "accusing Paris of interfering", "ACCUSE allege"),
        ("REJECT", "France refused to comply", "REJECT: refusal"),
        ("SANCTION", "suspended all commercial transactions", "SANCTION discontinue"),
        ("THREATEN", "warned that any military intervention", "THREATEN: coercive warning"),
        ("COERCE", "revoked the licences", "COERCE: bans of media"),
        ("COERCE", "arrested the former oil minister", "COERCE arrest"),
        ("RETREAT", "soldiers withdrew from the garrison", "RETREAT: military withdrawal"),
        ("ASSAULT", "jihadists overran a nearby outpost", "ASSAULT: a post overrun"),
    ],
    "colombia": [
        ("RETREAT", "released six soldiers", "RETREAT: release of hostages"),
        ("CONCEDE", "would suspend offensive operations", "CONCEDE: announced ceasefire"),
        ("CONCEDE", "apologised to the families", "CONCEDE: apology"),
        ("ASSAULT", "two teachers killed by its fighters", "ASSAULT: killings in passing"),
        ("COOPERATE|COERCE", "jointly seized four tonnes of cocaine", "COOPERATE: joint police action"),
        ("ASSAULT", "attacked a police station", "ASSAULT explosives"),
        ("REJECT", "denied any role in the attack", "REJECT: denying an accusation"),
        ("AGREE", "will meet again in Caracas", "AGREE: future meetings (CONSULT)"),
    ],
    "gaza": [
        ("REJECT", "denied 14 of 22 requested aid missions", "REJECT: refusing access"),
        ("AID", "airdropped 30 tonnes of food", "AID: air-dropped supplies"),
        ("ASSAULT", "An airstrike hit a school", "ASSAULT aerial"),
        ("COERCE", "detained dozens of men", "COERCE arrest"),
        ("RETREAT", "released most of them hours later", "RETREAT: release of prisoners"),
        ("RETREAT", "freed two elderly women hostages", "RETREAT: release of hostages"),
        ("RETREAT", "withdrew its troops from the Nasser Hospital", "RETREAT: military withdrawal"),
    ],
    "yemen": [
        ("THREATEN", "vowed on Thursday to keep targeting ships", "THREATEN: a vowed attack"),
        ("SANCTION", "designated it a terrorist group", "SANCTION: designation"),
        ("ASSAULT", "A Houthi drone struck", "ASSAULT drone"),
        ("SANCTION", "froze the assets of four shipping companies", "SANCTION discontinue"),
        ("COERCE", "stormed the offices of two U.N. agencies", "COERCE seize / arrest"),
        ("REQUEST", "demanded their release", "REQUEST yield"),
        ("RETREAT", "exchanged 900 prisoners", "RETREAT: release of prisoners"),
    ],
    "ethiopia": [
        ("CONCEDE", "will restore electricity", "CONCEDE: announced future concession"),
        ("RETREAT", "handed over its heavy weapons", "RETREAT: disarming"),
        ("RETREAT", "have begun to leave the towns", "RETREAT: military withdrawal"),
        ("CONCEDE", "pardoned 1,500 prisoners", "CONCEDE: pardons"),
        ("SUPPORT", "commended both parties", "SUPPORT: commends"),
        ("SUPPORT|AGREE", "signed an agreement on Monday", "SUPPORT: signing; AGREE: promised joint patrols"),
        ("THREATEN", "warned that it would take measures", "THREATEN: coercive warning"),
    ],
    "drc": [
        ("ASSAULT", "captured the town of Rubaya", "ASSAULT: a town seized"),
        ("MOBILIZE", "deployed another 300 soldiers", "MOBILIZE troops"),
        ("ASSAULT", "abducted 14 villagers", "ASSAULT abduct"),
        ("ACCUSE", "accused Rwanda of backing", "ACCUSE allege"),
        ("SANCTION", "recalled its ambassador", "SANCTION: ties reduced"),
        ("REJECT", "Rwanda denied the accusation", "REJECT: denying an accusation"),
        ("AID", "treated 230 wounded people", "AID: medical aid"),
        ("COERCE", "arrested a local radio journalist", "COERCE arrest"),
    ],
    "haiti": [
        ("COERCE", "declared a 72-hour state of emergency", "COERCE martial-law"),
        ("ASSAULT", "stormed the National Penitentiary", "ASSAULT"),
        ("RETREAT", "resigned a week later", "RETREAT resign"),
        ("AID", "flew 40 Haitian police officers to Miami for training", "AID: training"),
        ("SANCTION", "imposed sanctions on two former senators", "SANCTION discontinue"),
        ("COERCE", "deported 2,000 Haitians", "COERCE deport"),
        ("COOPERATE", "conducted a joint operation", "COOPERATE: joint police action"),
    ],
    "mexico": [
        ("ASSAULT", "set fire to trucks", "ASSAULT primitive: arson"),
        ("COERCE", "soldiers arrested a senior cartel commander", "COERCE arrest"),
        ("MOBILIZE", "flew 600 special forces troops", "MOBILIZE troops"),
        ("THREATEN", "threatened to kill police officers", "THREATEN"),
        ("SANCTION", "sanctioned eight members", "SANCTION discontinue"),
        ("COOPERATE", "extradited 29 cartel figures", "COOPERATE: extradition"),
        ("ACCUSE", "condemned the violence", "ACCUSE disapprove"),
        ("REQUEST", "asked residents to stay home", "REQUEST"),
    ],
    "kashmir": [
        ("SANCTION", "suspended the Indus Waters Treaty", "SANCTION: relations reduced"),
        ("ASSAULT", "gunmen killed 26 tourists", "ASSAULT"),
        ("REJECT", "rejected India's accusations", "REJECT: denying an accusation"),
        ("SANCTION", "closed its airspace to Indian airlines", "SANCTION: relations reduced"),
        ("COERCE", "detained more than 1,500 people", "COERCE arrest"),
        ("THREATEN", "warned that any attempt", "THREATEN: coercive warning"),
        ("REQUEST", "called on both countries", "REQUEST: call on"),
    ],
    "burkina": [
        ("REQUEST", "called for an independent inquiry", "REQUEST: call for an investigation"),
        ("ASSAULT", "the killing of at least 223 villagers||opened fire", "ASSAULT targeted: a massacre"),
        ("ACCUSE", "mass killings of civilians by the Burkinabe military", "ACCUSE allege: a rights group's charge"),
        ("COERCE", "suspended Voice of America", "COERCE censor"),
        ("ACCUSE", "voiced concern over the reports", "ACCUSE disapprove"),
        ("REQUEST", "urged the authorities to hold", "REQUEST: urge"),
        ("COERCE|ASSAULT", "the siege of Djibo", "COERCE restrict: siege"),
    ],
    "fasher": [
        ("ASSAULT", "shells slammed into the Naivasha market", "ASSAULT heavy-weapons"),
        ("ACCUSE", "blamed the Rapid Support Forces", "ACCUSE allege"),
        ("COERCE|ASSAULT", "which have besieged the city", "COERCE restrict: siege"),
        ("REJECT", "denied responsibility", "REJECT: denying an accusation"),
        ("ACCUSE", "accused the army of staging", "ACCUSE allege"),
        ("ASSAULT", "army warplanes bombed", "ASSAULT aerial"),
        ("ACCUSE", "described the shelling as a war crime", "ACCUSE disapprove"),
        ("ACCUSE", "condemned both attacks", "ACCUSE disapprove"),
        ("COERCE|SANCTION", "expelled two senior officials", "COERCE deport: a body's staff expelled"),
    ],
    "kyiv": [
        ("ASSAULT", "A Russian missile hit", "ASSAULT: one strike of a series"),
        ("ASSAULT", "a barrage that killed at least 31 people", "ASSAULT: the series"),
        ("THREATEN", "vowed a response", "THREATEN: a promised retaliation"),
        ("REQUEST", "called on Western allies to supply", "REQUEST: call on"),
        ("REJECT", "The Kremlin denied striking", "REJECT: denying an accusation"),
        ("ACCUSE", "was caused by a Ukrainian air defence missile", "ACCUSE allege: blame voiced"),
        ("ACCUSE", "its analysis indicated", "ACCUSE investigate: a finding"),
        ("AGREE", "will hold an emergency meeting", "AGREE: future meetings"),
        ("AGREE", "announced it would deliver", "AGREE: promised AID"),
    ],
    "shan": [
        ("ASSAULT", "were torched during a military raid", "ASSAULT primitive: arson"),
        ("ASSAULT", "were reportedly killed in airstrikes", "ASSAULT aerial"),
        ("COERCE", "have been detained under the conscription law", "COERCE arrest"),
        ("COERCE", "extended martial law", "COERCE martial-law"),
        ("ASSAULT", "seized a jade mining hub", "ASSAULT: a place taken in fighting"),
        ("REJECT|COERCE", "blocked a UN convoy", "REJECT: access refused"),
        ("ACCUSE", "criticized the junta for failing", "ACCUSE disapprove"),
    ],
    "somalia": [
        ("ASSAULT", "recaptured the town of Adan Yabaal", "ASSAULT: a town retaken"),
        ("RETREAT", "fighters withdrew from the town", "RETREAT: military withdrawal"),
        ("ASSAULT", "A U.S. airstrike killed 13", "ASSAULT aerial"),
        ("ASSAULT", "ambushed a government convoy", "ASSAULT: ambush"),
        ("AID", "donated 20 armoured vehicles", "AID military"),
        ("ACCUSE", "accused Ethiopia of violating", "ACCUSE allege"),
        ("SANCTION", "expelled Ethiopia's ambassador", "SANCTION: expelling diplomats"),
        ("CONCEDE", "pardoned 30 defectors", "CONCEDE: pardons"),
        ("RETREAT", "who surrendered to the army", "RETREAT: surrender"),
    ],
    "lebanon": [
        ("ASSAULT", "fired dozens of Katyusha rockets", "ASSAULT heavy-weapons"),
        ("ASSAULT", "the killing of one of its commanders", "ASSAULT: a killing in passing"),
        ("ASSAULT", "its jets struck Hezbollah targets||paramedics were killed in the strikes", "ASSAULT aerial"),
        ("ACCUSE", "condemned the killing of the paramedics", "ACCUSE disapprove"),
        ("THREATEN", "warned Hezbollah that Israel could", "THREATEN: coercive warning"),
        ("AGREE|REQUEST", "have proposed a plan", "AGREE: an offer (a plan proposed)"),
        ("REJECT", "Hezbollah rejected the proposal", "REJECT"),
    ],
}

# What the program still misses (report, phrase): the floor of this test, not its goal.
# At main (356702e) the program found 107 of the 139 annotated events; after r39, 125.
MISSED: set[tuple[str, str]] = {
    ("ukraine", "package of sanctions on Russia"),
    ("ukraine", "dismissed as blackmail"),
    ("myanmar", "reopened a border crossing"),
    ("niger", "arrested the former oil minister"),
    ("ethiopia", "will restore electricity"),
    ("haiti", "stormed the National Penitentiary"),
    ("haiti", "flew 40 Haitian police officers to Miami for training"),
    ("burkina", "mass killings of civilians by the Burkinabe military"),
    ("burkina", "the siege of Djibo"),
    ("kyiv", "a barrage that killed at least 31 people"),
    ("kyiv", "was caused by a Ukrainian air defence missile"),
    ("kyiv", "its analysis indicated"),
    ("shan", "extended martial law"),
    ("shan", "seized a jade mining hub"),
}


def _spaced(text: str) -> str:
    return " ".join(text.split())


def match(annotation: dict[str, list[tuple[str, str, str]]], published: str = PUB):
    """(found, missed) annotated events over the reports: each (report, types, phrase, the types extracted for that
    phrase)."""
    from conflictgraph import extract

    names = list(annotation)
    texts = [(DATA / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    bundle = extract(texts, published=published).to_dict()
    report_of = {d["id"]: names[texts.index(d["text"])] for d in bundle["documents"]}
    by_report: dict[str, list[dict]] = {n: [] for n in names}
    for event in bundle["events"]:
        for doc in {e["document"] for e in event["evidence"]}:
            by_report[report_of[doc]].append(event)
    found, missed = [], []
    for name in names:
        used: set[str] = set()
        for types, phrase, _rule in annotation[name]:
            hits = [e for e in by_report[name] if any(p in _spaced(x["text"]) for x in e["evidence"]
                                                      for p in phrase.split("||"))]
            right = [e for e in hits if e["type"] in types.split("|") and e["id"] not in used]
            row = (name, types, phrase, sorted(e["type"] for e in hits))
            if right:
                used.add(right[0]["id"])
                found.append(row)
            else:
                missed.append(row)
    return found, missed


@pytest.fixture(scope="module")
def matched():
    return match(ANNOTATION)


CASES = [(name, phrase) for name, rows in ANNOTATION.items() for _t, phrase, _r in rows]


@pytest.mark.parametrize(("report", "phrase"), CASES)
def test_annotated_event_found(matched, report, phrase):
    found, missed = matched
    row = next(r for r in found + missed if r[0] == report and r[2] == phrase)
    if (report, phrase) in MISSED:
        pytest.xfail(f"known miss: {row}")
    assert row in found, row


def test_recall_floor(matched):
    found, missed = matched
    assert len(found) >= 125, [r for r in missed if (r[0], r[2]) not in MISSED]


# The rules r39 added, each with sentences written for this test (many conflicts), and the non-acts of the same words.
# (sentence, type that must be among the sentence's events, rule)
ACTS = [
    ("Mali and Burkina Faso warned that any military intervention in Niger would be treated as a declaration of war.",
     "THREATEN", "PLOVER THREATEN: a conditional warning; any act of the addressee held to be war (casus_belli)"),
    ("Pakistan warned that any attempt to divert its water would be considered an act of war.", "THREATEN",
     "PLOVER THREATEN: a conditional warning (casus_belli)"),
    ("The Houthis warned that any attack on Yemen would be met with a strong response.", "THREATEN",
     "PLOVER THREATEN: a conditional warning of a response (threat_contents)"),
    ("The government warned that it would take measures against any armed group that refuses to disarm.", "THREATEN",
     "PLOVER THREATEN: the warner's own measures against a party (threat_contents with 'against')"),
    ("Niger's junta ordered the French ambassador to leave within 48 hours, accusing Paris of interfering.", "ACCUSE",
     "PLOVER ACCUSE: a comma-set participle after an object-controlled infinitive is the main subject's act"),
    ("Niger's junta ordered the French ambassador to leave the country within 48 hours.", "SANCTION",
     "PLOVER SANCTION expel: a diplomat ordered to leave (leaving_verbs, diplomatic_objects)"),
    ("Ethiopia told the Irish diplomats to leave the country within a week.", "SANCTION",
     "PLOVER SANCTION expel: diplomats told to leave"),
    ("ECOWAS suspended all commercial transactions with Niger.", "SANCTION",
     "PLOVER SANCTION discontinue: material exchanges curtailed (verb_particles suspend)"),
    ("Niger suspended its military agreement with the United States.", "SANCTION",
     "PLOVER SANCTION: 'all reductions in existing ... cooperative relations', an agreement suspended"),
    ("India suspended the Indus Waters Treaty with Pakistan.", "SANCTION",
     "PLOVER SANCTION: a named treaty suspended is no body banned (verb_particles suspend: treaty)"),
    ("The UN report found that the RSF had carried out ethnic cleansing in West Darfur.", "ACCUSE",
     "PLOVER ACCUSE investigate: a finding that names a grave crime (wrongdoing: ethnic cleansing)"),
    ("The UN said the RSF may have committed genocide in El Geneina.", "ACCUSE",
     "PLOVER ACCUSE allege: a party said to have committed genocide (wrongdoing)"),
    ("Ukraine's prosecutor general opened a criminal case against the Russian commander.", "ACCUSE",
     "PLOVER ACCUSE: a prosecution begun (verb_particles open: case)"),
    ("Two aid workers were gunned down in Kidal on Tuesday.", "ASSAULT",
     "PLOVER ASSAULT firearms: 'gunned down' (verbs: gun)"),
    ("Villagers were hacked to death by suspected herders in Plateau state.", "ASSAULT",
     "PLOVER ASSAULT primitive: 'hacked to death' (verb_particles hack: death)"),
    ("Militants torched a school in Borno state.", "ASSAULT", "PLOVER ASSAULT primitive: arson (verbs: torch)"),
    ("Soldiers withdrew from the garrison at Djibo after jihadists overran a nearby outpost.", "ASSAULT",
     "PLOVER ASSAULT: a post overrun (verbs: overrun, overran)"),
    ("Israel sealed off the West Bank for the Jewish holidays.", "COERCE",
     "PLOVER COERCE restrict: a place sealed off (verb_particles seal, closure_verbs)"),
    ("Security forces locked down the city of Kano after the riots.", "COERCE",
     "PLOVER COERCE restrict: a city locked down (verb_particles lock, closure_verbs)"),
    ("An aid convoy of 40 trucks entered Gaza through the Kerem Shalom crossing.", "AID",
     "PLOVER AID: relief delivered, an aid convoy arriving (relief_carriers)"),
    ("A convoy of food trucks arrived in Mekelle on Friday.", "AID",
     "PLOVER AID: food delivered (relief_carriers with an 'of' phrase of goods)"),
    ("Kenya backed the deployment of the force to Haiti.", "SUPPORT",
     "PLOVER SUPPORT: approve policy, a deployment backed (verb_particles back: deployment)"),
    ("Germany sided with Ukraine in the dispute over the dam.", "SUPPORT",
     "PLOVER SUPPORT: a party's side taken (verb_particles side: with)"),
    ("The EU lauded Colombia's efforts to protect social leaders.", "SUPPORT", "PLOVER SUPPORT: praise (laud)"),
    ("The authorities blocked a UN convoy bound for Rakhine last week.", "REJECT",
     "PLOVER REJECT: aid or access refused (verb_particles block: convoy)"),
    ("The junta ignored calls to release political prisoners in Naypyidaw.", "REJECT",
     "PLOVER REJECT: a demand refused (verb_particles ignore: calls)"),
    ("Mali's junta ended its cooperation with the UN mission.", "SANCTION",
     "PLOVER SANCTION discontinue: cooperation ended (verb_particles end: cooperation)"),
    ("Russia airlifted paratroopers to Kazakhstan.", "MOBILIZE",
     "PLOVER MOBILIZE troops: forces airlifted (verb_particles airlift)"),
    ("The government granted the ICRC access to detainees in Asmara.", "RETREAT",
     "annotation.md RETREAT: allowing access to aid workers or observers (verb_particles grant: access)"),
    ("The ICRC treated more than 1,000 patients in Mekelle.", "AID",
     "PLOVER AID: medical care given (treating_verbs, treated_people)"),
    ("Doctors at the Red Crescent clinic in Khan Younis treated dozens of injured civilians.", "AID",
     "PLOVER AID: medical care given, people counted 'dozens of' (treated_people)"),
    ("Pakistan closed its airspace to Indian airlines.", "SANCTION",
     "PLOVER SANCTION discontinue: airspace closed to another state (verb_particles close)"),
    ("The government suspended offensive operations against the ELN on Monday.", "CONCEDE",
     "PLOVER CONCEDE: a ceasefire declared (verb_particles suspend: offensive)"),
    ("President Gustavo Petro announced that the army would suspend offensive operations for 30 days.", "CONCEDE",
     "PLOVER CONCEDE: an announced future ceasefire stays CONCEDE (promised_as)"),
    ("The government said it would lift the curfew in Khartoum next week.", "CONCEDE",
     "PLOVER CONCEDE: an announced easing of restrictions (promised_as)"),
    ("Egypt proposed a two-week truce in Gaza.", "AGREE", "PLOVER AGREE: an offer ('propose')"),
    ("France and the United States have proposed a plan for Hezbollah to pull its fighters back.", "AGREE",
     "PLOVER AGREE: a plan offered ('propose')"),
    ("The government extended the curfew in Khartoum by a week.", "COERCE",
     "PLOVER COERCE restrict: a curfew extended (verb_particles extend)"),
    ("Germany announced it would deliver three more IRIS-T systems by the end of the year.", "AGREE",
     "PLOVER AGREE: promised military aid (relief_goods: systems)"),
    ("Human Rights Watch called for an independent inquiry into the killing of 223 villagers in Nondin.", "ASSAULT",
     "PLOVER Auxiliary modes: the act an inquiry is asked into took place (redress_nouns)"),
    ("Amnesty urged the government to investigate the massacre of 40 civilians in Tillaberi last month.", "ASSAULT",
     "PLOVER Auxiliary modes: the act to be investigated took place (redress_verbs)"),
    ("Rights groups demanded justice for the killing of the journalist in Kabul.", "ASSAULT",
     "PLOVER Auxiliary modes: the act justice is asked for took place (redress_nouns)"),
    ("The Tigray People's Liberation Front handed over its heavy weapons to the federal army.", "RETREAT",
     "PLOVER RETREAT: disarming, a party's own arms handed over (own_arms)"),
    ("Hundreds of militiamen turned in their rifles to the army in Ituri.", "RETREAT",
     "PLOVER RETREAT: disarming (own_arms)"),
]

# (sentence, how many ASSAULT events, rule): an act and the earlier act it answers are two (answer_nouns)
ANSWERED = [
    ("Hezbollah fired rockets at an army base on Tuesday in response to the killing of one of its commanders.", 2,
     "annotation.md One event or several: the killing answered is another act (answer_nouns: response)"),
    ("The army launched an offensive in retaliation for the ambush of a convoy near Mahaas.", 2,
     "annotation.md One event or several: the ambush answered is another act (answer_nouns: retaliation)"),
    ("Al-Shabaab said the bombing in Mogadishu was revenge for the killing of its leader.", 2,
     "annotation.md One event or several: the killing avenged is another act (answer_nouns: revenge)"),
    ("RSF fighters shelled the camp and then stormed it, killing 20 people.", 1,
     "annotation.md One event or several: no act answered, one attack"),
]

# (sentence, types none of which it may have, rule)
NON_ACTS = [
    ("Analysts warned that the war in Sudan would spread to Chad.", {"THREATEN"},
     "PLOVER THREATEN: a danger foretold, no act of the addressee made a condition"),
    ("The UN warned that its operations in Gaza could collapse by the end of the month.", {"THREATEN"},
     "PLOVER THREATEN: a danger foretold"),
    ("The ministry warned that it would take steps to protect civilians in Goma.", {"THREATEN"},
     "PLOVER THREATEN: measures aimed at no party (threat_contents needs 'against')"),
    ("Police suspended operations in the area after heavy rain.", {"CONCEDE"},
     "PLOVER CONCEDE: operations suspended, no offensive (verb_particles suspend)"),
    ("The EU proposed new sanctions on Iran.", {"AGREE"}, "PLOVER AGREE: a hostile act proposed is no offer"),
    ("The commission proposed a new law on elections in Somalia.", {"AGREE"},
     "PLOVER AGREE: a law proposed is no offer (legislation)"),
    ("The ministry extended the deadline for registration in Bamako.", {"COERCE"},
     "PLOVER COERCE: a deadline extended restricts no one"),
    ("Rwanda marked the 30th anniversary of the genocide in Kigali.", {"ACCUSE"},
     "PLOVER ACCUSE: a commemoration charges no party"),
    ("Hospitals in Gaza are overrun with patients.", {"ASSAULT"},
     "PLOVER ASSAULT: hospitals overrun with patients are attacked by no one"),
    ("Hackers hacked the website of the defence ministry in Kyiv.", {"ASSAULT"},
     "PLOVER ASSAULT: a website hacked is no physical harm (hack only 'to death')"),
    ("Residents torched their own crops before fleeing Kadugli.", {"ASSAULT"},
     "PLOVER ASSAULT: one's own property burnt harms no other (arson_verbs)"),
    ("Engineers sealed off the leaking pipe at the Port Sudan refinery.", {"COERCE"},
     "PLOVER COERCE restrict: a pipe sealed restricts no one (closure_verbs)"),
    ("The central bank locked down the accounts of the company in Kyiv.", {"COERCE"},
     "PLOVER COERCE restrict: accounts locked restrict no one's movement (closure_verbs)"),
    ("A military convoy entered the town of Kidal.", {"AID"},
     "PLOVER MOBILIZE: forces moving, no relief (relief_carriers needs relief words or goods)"),
    ("The war in northern Uganda ended in 2006.", {"SANCTION"},
     "PLOVER SANCTION: a war ending cuts no relations (end: only ties, relations, cooperation)"),
    ("Five people were treated for smoke inhalation in Kharkiv.", {"AID"},
     "annotation.md Tolls: the treated of a passive are a toll, no aid event (treating_verbs: active only)"),
    ("The army treated the prisoners as terrorists in Gao.", {"AID"},
     "PLOVER AID: prisoners treated as terrorists get no care (treated_people)"),
    ("Mali's junta suspended the French broadcaster RFI.", {"SANCTION"},
     "PLOVER COERCE censor: a medium suspended stays COERCE"),
    ("The UN asked the parties to leave the meeting room in Geneva.", {"SANCTION"},
     "PLOVER SANCTION: no diplomat ordered out of a country"),
    ("The injured soldiers were flown to Ankara for treatment.", {"MOBILIZE"},
     "PLOVER MOBILIZE moves forces: casualties carried to care are none (treated_people)"),
    ("Medics airlifted the wounded troops from Bakhmut to Kyiv.", {"MOBILIZE"},
     "PLOVER MOBILIZE moves forces: the wounded airlifted are none (treated_people)"),
]


@pytest.fixture(scope="module")
def rule_events():
    from support import events_and_names

    return events_and_names([s for s, *_ in ACTS] + [s for s, *_ in NON_ACTS] + [s for s, *_ in ANSWERED], PUB)[0]


@pytest.mark.parametrize(("sentence", "kind", "rule"), ACTS)
def test_rule_act(rule_events, sentence, kind, rule):
    assert kind in {e["type"] for e in rule_events[sentence]}, (rule, rule_events[sentence])


@pytest.mark.parametrize(("sentence", "kinds", "rule"), NON_ACTS)
def test_rule_non_act(rule_events, sentence, kinds, rule):
    assert not kinds & {e["type"] for e in rule_events[sentence]}, (rule, rule_events[sentence])


@pytest.mark.parametrize(("sentence", "count", "rule"), ANSWERED)
def test_answered_act_apart(rule_events, sentence, count, rule):
    assert sum(e["type"] == "ASSAULT" for e in rule_events[sentence]) == count, (rule, rule_events[sentence])
