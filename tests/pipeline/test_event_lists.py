"""PLOVER's joint and reciprocal actors: an event's actor or recipient as a list, on sentences from many conflicts,
each with the PLOVER manual rule (or the annotation rule of docs/annotation.md) it checks.

The sentences were written for these tests (Sudan, Ukraine, the Sahel, Colombia, Myanmar, Yemen, the Caucasus,
the Horn of Africa, Gaza, the DRC...), not taken from any annotated set. They run through the whole program
(``extract``), so they hold whatever the stages become. A role's actors are compared in order: the text's.
"""

from __future__ import annotations

import pytest
from support import events_and_names

from conflictgraph import extract

PUBLISHED = "2024-05-15"

# (text, PLOVER type, role, the role's actors by name in the text's order, the rule)
LISTS = [
    ("Sudan's army and the Rapid Support Forces agreed on Saturday to a seven-day ceasefire.",
     "AGREE", "source", ["Sudanese Armed Forces", "Rapid Support Forces"],
     "PLOVER Compound and Reciprocal Actors: a compound actor is one actor with several members, a list"),
    ("Yemen's government and the Houthis agreed to a prisoner exchange on Sunday.",
     "AGREE", "source", ["Government of Yemen", "Houthis"],
     "PLOVER Compound and Reciprocal Actors: coordinated subjects are one list of actors"),
    ("Mali and Burkina Faso accused France of supporting armed groups in the Sahel.",
     "ACCUSE", "source", ["Mali", "Burkina Faso"],
     "annotation.md Lists: 'the United States and France accused' gives an actor list"),
    ("Hamas and Islamic Jihad fired rockets at Israel on Monday.",
     "ASSAULT", "source", ["Hamas", "Palestinian Islamic Jihad"],
     "PLOVER Compound and Reciprocal Actors: the actors who carried the attack out together"),
    ("The European Union condemned Russia and Belarus for the attacks on Ukrainian cities.",
     "ACCUSE", "target", ["Russia", "Belarus"],
     "PLOVER Compound and Reciprocal Actors: a list of recipients, each one the act is directed at"),
    ("The Houthis attacked Israel and the United States with drones on Monday.",
     "ASSAULT", "target", ["Israel", "United States"],
     "PLOVER ASSAULT: one-sided violence has the perpetrator as actor and the victims as recipient, a list"),
    ("Niger's junta expelled the French ambassador and the German ambassador on Friday.",
     "SANCTION", "target", ["France", "Germany"],
     "PLOVER Compound and Reciprocal Actors: coordinated objects are one list of recipients"),
    ("Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan met in Brussels on Sunday.",
     "CONSULT", "source", ["Ilham Aliyev", "Nikol Pashinyan"],
     "PLOVER CONSULT: a meeting with no host lists all participants as actor and no recipient"),
    ("Ukrainian Foreign Minister Dmytro Kuleba spoke with Turkish Foreign Minister Hakan Fidan on Monday.",
     "CONSULT", "source", ["Dmytro Kuleba", "Hakan Fidan"],
     "PLOVER CONSULT: a call between two parties codes both as actor ('spoke with X'), no recipient"),
    ("Myanmar's junta held talks with the Arakan Army in Kunming on Tuesday.",
     "CONSULT", "source", ["Myanmar Armed Forces", "Arakan Army"],
     "PLOVER CONSULT: talks 'with X' (through the light verb 'held') make X one of the actors"),
    ("Colombian President Gustavo Petro met with ELN commanders in Havana on Monday.",
     "CONSULT", "source", ["Gustavo Petro", "National Liberation Army (Colombia)"],
     "PLOVER CONSULT: 'met with X' is a meeting of both, both actors"),
    ("Talks between Ethiopia and Egypt on the Nile dam collapsed in Cairo on Tuesday.",
     "CONSULT", "source", ["Ethiopia", "Egypt"],
     "PLOVER Compound and Reciprocal Actors: 'talks between A and B' have all parties as actor"),
    ("Fighting between the Sudanese army and the Rapid Support Forces killed 14 civilians in Omdurman on Sunday.",
     "ASSAULT", "source", ["Sudanese Armed Forces", "Rapid Support Forces"],
     "PLOVER ASSAULT: in two-sided violence all participants are coded in the actor field"),
    ("The truce signed between Sudan's army and the Rapid Support Forces in Jeddah collapsed on Monday.",
     "AGREE", "source", ["Sudanese Armed Forces", "Rapid Support Forces"],
     "PLOVER AGREE and Compound and Reciprocal Actors: an agreement 'signed between A and B' is both parties'"),
    ("The ceasefire brokered by Qatar with Egypt for Gaza collapsed on Monday.",
     "AGREE", "source", ["Qatar", "Egypt"],
     "PLOVER Compound and Reciprocal Actors: 'brokered by A with B' makes both the brokers"),
    ("Putin said he and Turkish President Recep Tayyip Erdogan agreed in a phone call to a joint inquiry.",
     "AGREE", "source", ["Vladimir Putin", "Recep Tayyip Erdoğan"],
     "PLOVER Compound and Reciprocal Actors: 'he and X agreed' (the title and the name of X are one party)"),
]

# (text, PLOVER type, role, the role's actors by name, the rule): no list where PLOVER codes one actor
SINGLE = [
    ("Ethiopia's prime minister Abiy Ahmed visited Kenya on Tuesday.",
     "CONSULT", "target", ["Kenya"],
     "PLOVER CONSULT: in a visit the visitor is the actor and the host the recipient"),
    ("Wagner or the Malian army killed 30 civilians in Moura on Monday.",
     "ASSAULT", "source", ["Wagner Group"],
     "PLOVER Compound Actors: an alternative ('A or B') names no compound actor"),
    ("Israel attacked Hamas positions in Rafah on Monday.",
     "ASSAULT", "source", ["Israel"],
     "PLOVER ASSAULT: one-sided violence keeps its victim as recipient, not as a second actor"),
]


@pytest.fixture(scope="module")
def extracted():
    texts = sorted({c[0] for c in LISTS + SINGLE})
    return events_and_names(texts, PUBLISHED)


def _actors(event: dict, role: str, names: dict[str, str]) -> list[str]:
    """The role's actors by name: the bundle's list where it has one (``sources``, ``targets``), else its one."""
    ids = event.get(role + "s") or ([event[role]] if event[role] else [])
    return [names.get(i, i) for i in ids]


@pytest.mark.parametrize("text, kind, role, value, rule", LISTS,
                         ids=[f"{c[1]}-{c[2]}-{i}" for i, c in enumerate(LISTS)])
def test_a_joint_role_is_a_list(extracted, text, kind, role, value, rule):
    found, names = extracted
    events = [e for e in found[text] if e["type"] == kind]
    got = [_actors(e, role, names) for e in events]
    assert value in got, f"{rule}: expected {role}s {value}, got {got}"
    event = events[got.index(value)]
    assert event[role] == event[role + "s"][0], "the first of the list is the event's source or target"
    if kind == "CONSULT" and role == "source":
        assert event["target"] is None and "targets" not in event, f"{rule}: no recipient"


@pytest.mark.parametrize("text, kind, role, value, rule", SINGLE,
                         ids=[f"single-{c[1]}-{c[2]}-{i}" for i, c in enumerate(SINGLE)])
def test_a_single_role_has_no_list(extracted, text, kind, role, value, rule):
    found, names = extracted
    got = [_actors(e, role, names) for e in found[text] if e["type"] == kind]
    assert value in got, f"{rule}: expected {role} {value}, got {got}"
    assert all(role + "s" not in e for e in found[text] if e["type"] == kind), rule


def test_a_bundle_with_lists_validates_and_reads_back():
    """The lists are extra fields of the event (the schema allows them): the bundle still validates, keeps
    ``source``/``target`` as the first actor, and reads back whole; the same input gives the same bundle."""
    from support import assert_valid_bundle

    from conflictgraph.model import Bundle

    texts = [c[0] for c in LISTS[:4]]
    bundle = extract(texts, published=PUBLISHED)
    data = bundle.to_dict()
    assert any("sources" in e for e in data["events"])
    assert_valid_bundle(data)
    assert Bundle.from_dict(data) == bundle
    assert extract(texts, published=PUBLISHED).to_json() == bundle.to_json()
