"""Event actors and recipients named by a later identification (issue 11, helper u31): an unnamed description of a
person ("a soldier", "the gunman", "the victim") is the person the document names it as, the event's actor or
recipient the person "as the text names them" (docs/annotation.md, *Actor and recipient*; PLOVER codes the
individual who acted or was acted on). Sentences written for this test, from many conflicts (Sudan, Ukraine, DRC,
Colombia, Somalia, Myanmar, Ethiopia, Yemen, the Sahel); pipeline/identified.py."""

from __future__ import annotations

import pytest
from support import event_rows

PUB = "2024-03-06"

# text, event type, role, expected actor id, rule
CASES = [
    # the same noun: "a soldier ... The soldier, identified as X"
    ("A Sudanese soldier opened fire on protesters in Omdurman on Monday, killing three people. The soldier, "
     "identified as Ahmed Osman Ali, was later arrested.", "ASSAULT", "source", "ahmed-osman-ali",
     "Actor: the person as the text names them, not the state of 'a Sudanese soldier'"),
    ("A Somali police officer shot dead two colleagues in Mogadishu on Monday. The officer, named as Abdi Hassan "
     "Farah, fled the scene.", "ASSAULT", "source", "abdi-hassan-farah",
     "Actor: 'the officer, named as X' names the officer who shot"),
    # a pronoun the name is given to: "He was named as X"
    ("A man stabbed a Ukrainian police officer in Kharkiv on Tuesday. He was named as Oleksandr Petrenko, a "
     "34-year-old factory worker.", "ASSAULT", "source", "oleksandr-petrenko",
     "Actor: 'He was named as X' names the man who stabbed"),
    # role words: the assailant identified is the unnamed one who shot
    ("A Myanmar policeman shot dead a monk in Mandalay on Sunday. The assailant, who was identified as Kyaw Zin "
     "Htet, was later detained.", "ASSAULT", "source", "kyaw-zin-htet",
     "Actor: the identified assailant is the policeman who shot"),
    ("A gunman attacked a church in Goma on Sunday, killing five worshippers. The attacker, who was identified as "
     "Patrick Ilunga Mutombo, was later arrested.", "ASSAULT", "source", "patrick-ilunga-mutombo",
     "Actor: 'the attacker, identified as X' is the gunman who attacked"),
    ("A gunman attacked a church in Goma on Sunday. The gunman, Patrick Ilunga Mutombo, was arrested on Monday.",
     "COERCE", "target", "patrick-ilunga-mutombo",
     "Recipient: an arrested gunman the appositive names is that person"),
    ("A gunman attacked a mosque in Mopti on Friday. Police identified the gunman as Amadou Diallo Sangare. The "
     "attacker was charged with murder on Saturday.", "ACCUSE", "target", "amadou-diallo-sangare",
     "Recipient: a role word of the identified perpetrator ('the attacker') is that person"),
    # the victim identified
    ("Gunmen killed a Colombian mayor in Cauca on Friday. The victim, Carlos Mendoza Rios, had received threats.",
     "ASSAULT", "target", "carlos-mendoza-rios",
     "Recipient: 'the victim, X' is the one an attack killed, not the state of 'a Colombian mayor'"),
    # the lede's description named with an age in the next sentence
    ("A Kenyan teacher was arrested in Garissa on Monday over an attack on a police post. Hassan Abdi Noor, 31, "
     "was taken to a court in Nairobi.", "COERCE", "target", "hassan-abdi-noor",
     "Recipient: the lede's 'a teacher' is the person the next sentence names with an age"),
]

# text, event type, role, an id the role must not take, rule
UNCHANGED = [
    # a description identified as two different people is no one's
    ("A soldier shot a trader in Gondar on Monday. The soldier, identified as Abebe Kebede Tadesse, fled. Another "
     "soldier, identified as Dawit Alemu Bekele, was arrested.", "ASSAULT", "source", "abebe-kebede-tadesse",
     "Actor: a description the document gives two names stays unnamed"),
    # a third party's attribution is not the actor (docs/annotation.md, Actor and recipient)
    ("A bomb exploded in a market in Mogadishu on Monday, killing eight people. Officials said it bore the "
     "hallmarks of al-Shabaab.", "ASSAULT", "source", "al-shabaab",
     "Actor: a third party's attribution does not make the attributed group the actor"),
]


@pytest.mark.parametrize(("text", "event_type", "role", "expected", "rule"), CASES,
                         ids=[c[-1] for c in CASES])
def test_identified_person_is_the_party(text: str, event_type: str, role: str, expected: str, rule: str) -> None:
    rows = [r for r in event_rows(text, PUB) if r["type"] == event_type]
    assert rows, rule
    assert any(expected in r[role + "s"] for r in rows), (rule, rows)


@pytest.mark.parametrize(("text", "event_type", "role", "wrong", "rule"), UNCHANGED,
                         ids=[c[-1] for c in UNCHANGED])
def test_unidentified_stays_unnamed(text: str, event_type: str, role: str, wrong: str, rule: str) -> None:
    rows = [r for r in event_rows(text, PUB) if r["type"] == event_type]
    assert all(wrong not in r[role + "s"] for r in rows), (rule, rows)
