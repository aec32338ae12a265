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
MISSED: set[tuple[str, str]] = set()


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
