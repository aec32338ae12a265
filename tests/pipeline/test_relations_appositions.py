"""Relations stated by fronted appositions, copulas and footnoted names (issue 11, relations on unseen news).

Sentences written for this test from many conflicts (not taken from the gold articles); each case names the rule
of docs/annotation.md, *Relations*, that it checks. Actors are compared by name.
"""

from __future__ import annotations

import pytest
from support import has_relation as _has
from support import relations_by_name as _relations

from conflictgraph import extract

STATED = [
    # leads, a title written with a name: the title's phrase fronted, the name in apposition after it.
    ("The leader of the Rapid Support Forces, General Mohamed Hamdan Dagalo, rejected the truce.",
     ("Mohamed Hamdan Dagalo", "leads", "Rapid Support Forces")),
    # ... with a description of the person between (a birthplace is no party to the tie).
    ("The former commander of the Wagner Group, Russian-born mercenary Dmitry Utkin, died in the crash.",
     ("Dmitry Utkin", "leads", "Wagner")),
    # ... with a second title of the same person before the name.
    ("The chairman of the Kenya Human Rights Commission and a former judge, George Kegoro, spoke to us.",
     ("George Kegoro", "leads", "Kenya Human Rights Commission")),
    # leads: what a person became is a title written with a name ("who would later become the President of X").
    ("Abiy Ahmed, who became prime minister of Ethiopia in 2018, won the Nobel Peace Prize.",
     ("Abiy Ahmed", "leads", "Ethiopia")),
    ("Volodymyr Zelensky, who would later become the President of Ukraine, was an actor.",
     ("Volodymyr Zelensky", "leads", "Ukraine")),
    ("Alice Mogwe is the head of the International Federation for Human Rights.",
     ("Alice Mogwe", "leads", "International Federation for Human Rights")),
    # A footnote mark glued to the name ("X,[2] who ...") does not end the name.
    ("The network was led by his cousin Ali Hassan al-Majid,[2] who later became the leader of the Baath Party.",
     ("Ali Hassan al-Majid", "leads", "Baath Party")),
    # member_of: a person in a body, with a copula ("is the vice-president of") or a worker "with" a body.
    ("Nebal Farsakh is the vice-president of the Palestine Red Crescent Society.",
     ("Nebal Farsakh", "member_of", "Red Crescent")),
    ("\"We will appeal,\" said Oleksandra Matviichuk, a lawyer with the Center for Civil Liberties.",
     ("Oleksandra Matviichuk", "member_of", "Center for Civil Liberties")),
    # member_of, a title written with a name: a police rank titled with the place's police ("<place> police
    # Const. X") puts the officer in that police (an abbreviated rank ends no sentence).
    ("Two men were held, said Nairobi police Sgt. Peter Kamau.", ("Peter Kamau", "member_of", "Nairobi police")),
    ("Kharkiv police Insp. Olena Bondar said the blast broke windows in three buildings.",
     ("Olena Bondar", "member_of", "Kharkiv police")),
    # A place's body qualified by a possessive, a word and a head ("Kabul's traffic police unit") is that body.
    ("Ahmad Wali Karimi, a 30-year-old member of Kabul's traffic police unit, was wounded in the blast.",
     ("Ahmad Wali Karimi", "member_of", "Kabul's traffic police unit")),
    ("Tear gas was fired, said Khartoum police department spokesman Idris Ali.",
     ("Idris Ali", "spokesperson_for", "Khartoum police department")),
    # leads, "headed by": a sentence opening with "It" speaks of the body that was the subject of the one before.
    ("The Afghan Red Crescent Society is a charity in Kabul. It was founded in 1934, and was later headed by "
     "its president Fatima Gailani.", ("Fatima Gailani", "leads", "Red Crescent")),
    # part_of, a member force of a larger body: "one of its factions" names a part of the body the sentence before
    # named, and each group listed "along with" it is one too.
    ("The Syrian Democratic Forces announced a new offensive. The Syriac Military Council is one of its "
     "component groups, along with the People's Protection Units.",
     ("Syriac Military Council", "part_of", "Syrian Democratic Forces")),
    ("The Syrian Democratic Forces announced a new offensive. The Syriac Military Council is one of its "
     "component groups, along with the People's Protection Units.",
     ("People's Protection Units", "part_of", "Syrian Democratic Forces")),
]


@pytest.mark.parametrize(("text", "tie"), STATED, ids=[t[:40] for t, _ in STATED])
def test_a_tie_the_wording_states(text, tie):
    relations = _relations(text)
    assert _has(relations, *tie), relations


NOT_STATED = [
    # A verb between the title's phrase and the name: the name is the verb's object, not an apposition.
    ("The leader of Hamas, met Mahmoud Abbas, in Cairo on Monday.", ("Mahmoud Abbas", "leads", "Hamas")),
    # A birthplace is where the person comes from, not a body the person leads.
    ("The former leader of al-Shabaab, Somali-born Ahmed Godane, was killed in 2014.",
     ("Ahmed Godane", "leads", "Somalia")),
    # Not a leader's title: what a person is to another person states no tie with a body.
    ("Omar al-Bashir is the brother of Abdullah al-Bashir.", ("Omar al-Bashir", "leads", "Abdullah")),
    # "its" stands for a body, not a state: a state's parts are no part_of tie of the group named after.
    ("Somalia held elections in May. Al-Shabaab is among its many armed groups.", ("Shabaab", "part_of", "Somalia")),
    # "It" for a state or a person is no body: the tie is not made with the sentence before's subject.
    ("Mali is a landlocked country. It was founded in 1960, and was later headed by Modibo Keita.",
     ("Modibo Keita", "leads", "Mali")),
]


@pytest.mark.parametrize(("text", "tie"), NOT_STATED, ids=[f"{t[:30]}-{tie[1]}" for t, tie in NOT_STATED])
def test_no_tie_where_the_wording_states_none(text, tie):
    relations = _relations(text)
    assert not _has(relations, *tie), relations


def test_a_place_s_police_is_a_body_not_the_place():
    """'Bamako police said': the speaker is the city's police (an organization), not Mali nor Bamako."""
    bundle = extract(["Bamako police said four people were arrested on Sunday."], published="2024-03-01").to_dict()
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    assert [names[c["speaker"]] for c in bundle["claims"]] == ["Bamako police"]

