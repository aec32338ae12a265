"""The event's actor (source), a fifth audit (issue 11, helper s35): docs/annotation.md, *Actor and recipient* —
statements by their maker, the person as the text names them, collectives (and the parts of a force) as actors,
unknown perpetrators null. Sentences written for this test, from many conflicts (Sudan, Ukraine, Myanmar, the Sahel,
Kenya, Colombia, Yemen); pipeline/event_sources.py ``Sentence.judge``, ``Sentence.judged_doer``,
pipeline/event_party_lookup.py ``Sentence._of_named``, ``demands_and_charges``, pipeline/event_doers.py
``Sentence.part_taker``, pipeline/identified.py ``_title_named`` and pipeline/groups.py
``_entourage``."""

from __future__ import annotations

import pytest
from support import events_by_text

PUB = "2024-03-06"

# text, event type, role, expected actor id, rule
CASES = [
    # a judgement told as a predicate ("It is unacceptable that ...") is its reported speaker's
    ("\"It is unacceptable that the RSF shelled the hospital in El Fasher,\" said Haitham Ibrahim, Sudan's health "
     "minister.", "ACCUSE", "source", "haitham-ibrahim",
     "Statements by their maker: 'It is unacceptable that ...,' said X is X's ACCUSE"),
    ("\"It is outrageous that the junta bombed a school in Sagaing,\" Zin Mar Aung, the foreign minister of the "
     "National Unity Government, said on Monday.", "ACCUSE", "source", "zin-mar-aung",
     "Statements by their maker: the speaker after the quote judges, not 'it'"),
    ("\"It is regrettable that Russia struck the power grid again,\" Ukrainian Energy Minister German Galushchenko "
     "told reporters.", "ACCUSE", "source", "galushchenko",
     "Statements by their maker: 'told reporters' reports the judgement too"),
    # ... and the doer of the act judged is its recipient (PLOVER ACCUSE: whom the disapproval is about)
    ("\"It is unacceptable that the RSF shelled the hospital in El Fasher,\" said Haitham Ibrahim, Sudan's health "
     "minister.", "ACCUSE", "target", "rapid-support-forces",
     "Recipient: the doer of the act an extraposed judgement is about"),
    ("\"It is regrettable that Russia struck the power grid again,\" Ukrainian Energy Minister German Galushchenko "
     "told reporters.", "ACCUSE", "target", "russia", "Recipient: 'that Russia struck ...' is about Russia"),
    # a title the next sentence names as the speaker is that person
    ("The Foreign Minister condemned the shelling of Kharkiv. \"This is a war crime,\" Dmytro Kuleba said.",
     "ACCUSE", "source", "dmytro-kuleba",
     "Actor: the person as the text names them ('The Foreign Minister condemned ... X said')"),
    ("The Grand Mufti of Mali condemned the attack on the mosque in Mopti. \"Killing worshippers is forbidden,\" "
     "Mahmoud Dicko said.", "ACCUSE", "source", "mahmoud-dicko",
     "Actor: a capitalized title is the speaker the next sentence names, not the state its 'of' names"),
    # a part of a force acts as the force
    ("Soldiers from a battalion of the Wagner Group attacked the village of Moura.", "ASSAULT", "source",
     "wagner-group", "Collective actors: 'soldiers from a battalion of X' act for X"),
    ("Fighters from a unit of the Rapid Support Forces stormed the market in Nyala.", "ASSAULT", "source",
     "rapid-support-forces", "Collective actors: 'fighters from a unit of the RSF' act for the RSF"),
    ("The counter-terrorism unit of the Kenyan police arrested three suspects in Mombasa.", "COERCE", "source",
     "kenyan-police", "Collective actors: 'the counter-terrorism unit of the Kenyan police' is the police"),
    # who takes charge of an act does it (as who takes part in it)
    ("The major crimes unit of the Kenyan police took charge of the investigation into the killing in Nairobi.",
     "ACCUSE", "source", "kenyan-police", "Actor: who took charge of the investigation, a unit of the police"),
    ("Ukraine's security service took charge of the investigation into the explosion in Odesa.", "ACCUSE", "source",
     "sbu", "Actor: 'took charge of the investigation' is the SBU's investigation"),
    # a person's circle named by the possessive acts, not the person
    ("Kabila's bodyguards opened fire on protesters in Kinshasa.", "ASSAULT", "source", "kabila-bodyguards-*",
     "Actor: 'X's bodyguards opened fire' is the bodyguards', not X's"),
    ("Hemedti's bodyguards withdrew from Khartoum on Monday.", "RETREAT", "source", "hemedti-bodyguards-*",
     "Actor: 'X's bodyguards withdrew' is the bodyguards' (collective actors), not X's"),
    ("Ms Raggi's top adviser resigned on Friday.", "RETREAT", "source", "raggi-top-adviser-*",
     "Actor: who resigned is the adviser, not the mayor whose adviser she was"),
    ("Zelensky's wife visited wounded soldiers in a hospital in Lviv.", "CONSULT", "source", "zelensky-wife-*",
     "Actor: the wife visited, not the president"),
    # an active verb coordinated with a passive shares its subject, not its "by" doer
    ("\"We are concerned by reports of attacks on civilians in Kherson and call on Russia to respect international "
     "law,\" said Ukrainian Foreign Minister Dmytro Kuleba.", "REQUEST", "source", "dmytro-kuleba",
     "Statements by their maker: 'We are concerned by reports ... and call on' is the speaker's, not the reports'"),
    ("The Myanmar junta was condemned by ASEAN and threatened to leave the bloc.", "THREATEN", "source", "tatmadaw",
     "Actor: who was condemned and threatened to leave is the junta, not ASEAN"),
    # a coordinated clause's subject the parser hung on the object before ("X is Y and Z attacked")
    ("Sudan is Africa's third-largest country and the RSF attacked the city of El Fasher on Sunday.", "ASSAULT",
     "source", "rapid-support-forces", "Actor: 'X is Y and the RSF attacked' is the RSF's attack, not Sudan's"),
    ("Mali is a landlocked country and JNIM fighters attacked a convoy near Timbuktu on Monday.", "ASSAULT",
     "source", "jnim", "Actor: 'Mali is ... and JNIM fighters attacked' is JNIM's attack"),
    # unknown perpetrators are null: who "faced abuse" underwent it; the speaker who tells it charges no one
    ("The Calgary MLA has faced abuse and threats since she crossed the floor last week, a spokesman for the "
     "premier's office told CBC News.", "ACCUSE", "source", None,
     "Unknown perpetrators are null: the speaker telling of abuse faced is not its actor"),
]

# texts whose actor must not change: a state's "of" on a unit is no body, and an earlier rule holds
KEPT = [
    ("Soldiers from the 33rd Light Infantry Division of the Myanmar army attacked the village of Mon Taw.",
     "ASSAULT", "source", "tatmadaw", "Collective actors: a named division of the army stays the army"),
    ("Houthi rebels seized the ship on Sunday, detaining its 25 crew members.", "COERCE", "source", "houthis",
     "Actor: the subject of the clause"),
    ("Three men were arrested by Kenyan police and charged with terrorism in Mombasa.", "ACCUSE", "source",
     "kenyan-police", "Actor: a participle sharing the passive keeps its 'by' doer ('arrested and charged')"),
    ("The Colombian Attorney General accused the ELN of recruiting children in Arauca.", "ACCUSE", "target", "eln",
     "Recipient: the accused"),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[dict]]:
    return events_by_text(sorted({c[0] for c in CASES + KEPT}), PUB)


@pytest.mark.parametrize(("text", "event_type", "role", "expected", "rule"), CASES + KEPT,
                         ids=[c[4] for c in CASES + KEPT])
def test_event_source(found: dict[str, list[dict]], text: str, event_type: str, role: str, expected: str | None,
                      rule: str) -> None:
    events = [e for e in found[text] if e["type"] == event_type]
    assert events, f"{rule}: no {event_type} in {text!r}"
    def fits(value: str | None) -> bool:  # "x-*": an actor of the document, whose id ends with its hash
        if expected is not None and expected.endswith("*"):
            return value is not None and value.startswith(expected[:-1])
        return value == expected

    assert any(fits(e[role]) for e in events), (rule, [(e["source"], e["target"]) for e in events])
