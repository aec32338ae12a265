"""Which actor an event's source and target are, where a sentence names several or names them indirectly: each case
with the PLOVER manual rule (or the docs/annotation.md rule) it checks.

The sentences were written for these tests, from many conflicts (Sudan, Ukraine, Sahel, Myanmar, Syria, Yemen,
Somalia, Ethiopia, Kenya, Haiti, Gaza...), not taken from any annotated set. They run through the whole program
(``extract``), so they hold whatever the stages become.
"""

from __future__ import annotations

import pytest
from support import events_and_names

PUBLISHED = "2024-05-15"

# (text, PLOVER type, field, the actor's name, or a list of names for a joint role, the rule)
CHOICES = [
    # A stance of feeling: the one who feels it acts; its cause's doer receives it
    ("The African Union is appalled by the attack by the Rapid Support Forces on El Fasher.",
     "ACCUSE", "source", "African Union",
     "PLOVER ACCUSE (disapprove): the actor is who disapproves, not the doer of what it is appalled by"),
    ("The African Union is appalled by the attack by the Rapid Support Forces on El Fasher.",
     "ACCUSE", "target", "Rapid Support Forces",
     "PLOVER ACCUSE: the recipient is whom the disapproval is about, the doer of the attack"),
    ("The European Union is deeply concerned and shocked by reports that Al-Shabaab has killed 40 villagers in "
     "Hiraan.", "ACCUSE", "target", "Al-Shabaab",
     "PLOVER ACCUSE: 'shocked by reports that X has killed' disapproves of X"),
    ("The Members of the Security Council are encouraged by the decision of Ethiopian Prime Minister Abiy Ahmed to "
     "release the detained journalists.", "SUPPORT", "source", "United Nations Security Council",
     "PLOVER SUPPORT (praise, approve): the actor is who is encouraged, not the one whose decision it is"),
    ("The Members of the Security Council are encouraged by the decision of Ethiopian Prime Minister Abiy Ahmed to "
     "release the detained journalists.", "SUPPORT", "target", "Abiy Ahmed",
     "PLOVER SUPPORT: the recipient is whose decision is approved, the person, not the state qualifying his title"),
    ("The Arab League is heartened by the ceasefire declared by the Houthis.", "SUPPORT", "target", "Houthis",
     "PLOVER SUPPORT: approval of an act goes to its doer"),
    ("The Arab League is heartened by the ceasefire declared by the Houthis.", "CONCEDE", "source", "Houthis",
     "PLOVER CONCEDE (declare a ceasefire): who declared it is the actor"),
    # Doers told other than by a subject or "by"
    ("Hundreds of civilians were killed at the hands of the Rapid Support Forces in El Geneina.",
     "ASSAULT", "source", "Rapid Support Forces",
     "PLOVER ASSAULT: 'at the hands of X' names the perpetrator (actor), as 'by X' does"),
    ("Dozens of prisoners were tortured at the hands of the Tatmadaw in Sagaing.",
     "ASSAULT", "source", "Myanmar Armed Forces",
     "PLOVER actor: 'at the hands of' names who carried the act out"),
    ("The Sudanese delegation returned to Jeddah at the urging of Saudi Arabia.", "REQUEST", "source", "Saudi Arabia",
     "PLOVER REQUEST: 'at the urging of X' is X's request (actor)"),
    ("The ceasefire announced by Russia and Turkey collapsed within days.", "CONCEDE", "source", ["Russia", "Turkey"],
     "PLOVER CONCEDE (announced ceasefire): its announcers are the actors, a list for a joint act"),
    ("The evacuation deal was mediated by Turkey and Russia on Tuesday.", "AGREE", "source", ["Turkey", "Russia"],
     "PLOVER AGREE: a deal is made by those who mediated or reached it (Compound and Reciprocal Actors)"),
    # Recipients told otherwise than by the direct object
    ("President Putin awarded Wagner Group the Order of Courage.", "SUPPORT", "target", "Wagner Group",
     "PLOVER SUPPORT (commend, award): the indirect object is who receives it"),
    ("Anyone with information is asked to call Nairobi police.", "REQUEST", "target", None,
     "PLOVER REQUEST: the recipient is the one asked, not the object of what is asked ('call the police')"),
    ("The Members of the Security Council urge the Prime Minister-designate, Hisham al-Mashishi, to work swiftly "
     "to form such a Government.", "REQUEST", "target", "Hisham al-Mashishi",
     "PLOVER REQUEST: the one urged, named in apposition to his title"),
    ("Ahmed Salah was born in Kismayo. He was captured by Ethiopian troops in May 2006, and accused of being a spy.",
     "ACCUSE", "target", "Ahmed Salah",
     "PLOVER ACCUSE: 'was captured ... and accused of': the passive's subject is accused (the person named before)"),
    ("Two Fano fighters were killed in clashes with the Ethiopian army near Gondar on Monday.",
     "ASSAULT", "source", ["Fano", "Ethiopian National Defense Force"],
     "PLOVER ASSAULT: in two-sided violence every side is an actor, the fallen's side too"),
    ("Three Houthi fighters were killed during a gunbattle with Saudi forces on the border.",
     "ASSAULT", "target", None,
     "PLOVER ASSAULT: two-sided violence (a gunbattle) has no recipient"),
    ("Iran has committed advisers and elite Revolutionary Guard forces to the Syrian government.",
     "AID", "target", "Syria",
     "PLOVER AID (military assistance): the recipient is whom the personnel go to, not the personnel given"),
    ("Kenyan President William Ruto talked trade during a telephone call on Tuesday with Ethiopian Prime Minister "
     "Abiy Ahmed.", "CONSULT", "source", ["William Ruto", "Abiy Ahmed"],
     "PLOVER CONSULT, Compound and Reciprocal Actors: a call has no host, both parties are actors"),
    # The actor a phrase is about, not its qualifier
    ("Norway welcomed the decision of Kenyan President William Ruto to deploy police to Haiti.",
     "SUPPORT", "target", "William Ruto",
     "PLOVER SUPPORT: the recipient is the person whose decision is welcomed, not the state his title names"),
    ("Gunmen shot Russia's ambassador to Mali outside the embassy in Bamako on Monday. Ambassador Igor Gromyko "
     "died in hospital.", "ASSAULT", "target", "Igor Gromyko",
     "PLOVER recipient: who the attack was done to is the ambassador, named later, not the state he serves"),
    # A body named by common words: the state the document names it for
    ("Civilians in Douma are facing shelling by the Assad regime. Over 400,000 Syrians are still in areas besieged "
     "by the regime.", "COERCE", "source", "Syria",
     "PLOVER actor (governments are coded by their state): 'the regime' is the Assad regime named before"),
    ("Opponents accused the government of stalling the talks. Iran backs the Syrian government.",
     "ACCUSE", "target", "Syria",
     "PLOVER recipient: 'the government' of a story that names one state's government is that state"),
    ("Human rights groups condemned the Min Aung Hlaing regime. The regime denied the accusations on Monday.",
     "REJECT", "source", "Myanmar",
     "PLOVER actor: a regime named for its leader is his state's government, coded as the state"),
    # Pronouns
    ("Bob Katter is the Federal Member for Kennedy. He has met with community members in Cairns twice.",
     "CONSULT", "source", "Bob Katter",
     "PLOVER actor: 'he' continues the person the text is about (the subject), not the last name written"),
    ("The Arakan Army has been told its new checkpoints are illegal - but it is refusing to remove them from "
     "Sittwe's roads.", "REJECT", "source", "Arakan Army",
     "PLOVER REJECT: 'it' is the body named before, not the plural 'checkpoints' in between"),
    ("Zelensky's announcement that he will withdraw Ukraine from the grain deal surprised the UN.",
     "SANCTION", "source", "Volodymyr Zelensky",
     "PLOVER SANCTION (withdraw from an agreement): 'X's announcement that he will' is X's act"),
]


@pytest.fixture(scope="module")
def extracted():
    return events_and_names(sorted({c[0] for c in CHOICES}), PUBLISHED)


def _value(event: dict, field: str, names: dict[str, str]):
    ids = event.get(f"{field}s") or ([event[field]] if event.get(field) else [])
    found = [names.get(i, i) for i in ids]
    return found[0] if len(found) == 1 else (found or None)


@pytest.mark.parametrize("text, kind, field, value, rule", CHOICES,
                         ids=[f"{c[1]}-{c[2]}-{i}" for i, c in enumerate(CHOICES)])
def test_argument_choice(extracted, text, kind, field, value, rule):
    found, names = extracted
    values = [_value(e, field, names) for e in found[text] if e["type"] == kind]
    assert values, f"{rule}: no {kind} event coded"
    assert value in values, f"{rule}: expected {field} {value!r}, got {values}"
