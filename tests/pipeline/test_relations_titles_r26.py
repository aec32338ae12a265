"""Relations whose actor the statistical model leaves out, and posts that state no tie (issue 11, helper r26).

Sentences written for this test from many conflicts (not taken from the gold articles); each case names the rule it
checks: docs/annotation.md, *Relations* ("titles written with a name state the tie"), *`member_of` for a person's
job* and *Heads of workplaces*. Actors are compared by name.
"""

from __future__ import annotations

import pytest
from support import has_relation as _has
from support import relations_by_name as _relations

STATED = [
    # Titles written with a name: a party's name before a legislator's title, which the NER does not tag
    # (entity_titles.py, _bodies_before_titles).
    ("Opposition Labour MP Dawn Butler called for a ceasefire in Gaza.", ("Dawn Butler", "member_of", "Labour")),
    # ... the tagger taking the party's name for an adjective compounded into the title
    ("Conservative MP Alicia Kearns said the sanctions on Sudan had come too late.",
     ("Alicia Kearns", "member_of", "Conservative")),
    # ... a portfolio's word before a party's title is the party's name ("Labour leader", not "Labour Minister")
    ("Labour leader Keir Starmer backed the sanctions on Russia.", ("Keir Starmer", "leads", "Labour")),
    # ... a title's word opening a name that ends in a body's word
    ("Foreign Office Minister Anne-Marie Trevelyan visited Khartoum on Monday.",
     ("Anne-Marie Trevelyan", "member_of", "Foreign Office")),
    # A short name the knowledge base holds weakly (it names other bodies too) and that the NER tags, with no
    # context named: still a body, the one the title names.
    ("M23 spokesman Lawrence Kanyuka said the rebels had taken Goma.",
     ("Lawrence Kanyuka", "spokesperson_for", "M23")),
    ("The RSF's commander in Darfur, Abdel Rahim Dagalo, denied the killings in El Geneina.",
     ("Abdel Rahim Dagalo", "leads", "Rapid Support Forces")),
    # ... and one the NER misses, in the possessive of a title in apposition to the person
    ("The ELN's top commander, Antonio Garcia, rejected the ceasefire offered by Bogota.",
     ("Antonio Garcia", "leads", "")),
    # ... and a title in apposition after the person's name
    ("Antonio Garcia, the ELN's top commander, rejected the ceasefire.", ("Antonio Garcia", "leads", "")),
    ("Bertrand Bisimwa, the M23's political leader, rejected the talks in Luanda.",
     ("Bertrand Bisimwa", "leads", "M23")),
    # Police ranks are titles, not words of the name: "Trooper X" of a state police is a member of it.
    ("Kentucky State Police Trooper Jason Morris said the driver had fled across the state line.",
     ("Jason Morris", "member_of", "Kentucky State Police")),
    # A body's name written with its common noun in lower case is one body (names.yaml unit_nouns): a person "a
    # fighter with" it is a member (docs/annotation.md, *Relations*: a person in a body).
    ("Ahmed Hamid, a fighter with the Sultan Murad brigade, said the rebels had retreated from al-Bab.",
     ("Ahmed Hamid", "member_of", "Sultan Murad")),
    # A body described by a common noun in apposition takes its ties where the name is compounded into another
    # common noun ("the Nour al-Din al-Zinki movement, a rebel group backed by ..."): the tie is the named body's,
    # not a second actor's.
    ("The Nour al-Din al-Zinki movement, a rebel group backed by the United States, joined the offensive.",
     ("United States", "backs", "Zenki")),
    # A public body described in lower case after its place's name is one body (names.yaml office_nouns): "The
    # head of X, Y," leads it (docs/annotation.md, *Relations*: a fronted apposition of a head's title).
    ("The head of the Gao regional security committee, Colonel Moussa Diallo, said the road had reopened.",
     ("Moussa Diallo", "leads", "Gao regional security committee")),
    ("The commander of the Basra operations command, Lieutenant General Qassem al-Maliki, said the city was secure.",
     ("Qassem al-Maliki", "leads", "Basra operations command")),
    # A role joined to one in apposition tells of the same name (docs/annotation.md, *Relations*: a state "a
    # partner in" a coalition is member_of it); a qualifier may stand before "<body> member".
    ("Jordan, an Arab League member and a partner in the Global Coalition against Daesh, sent jets.",
     ("Jordan", "member_of", "coalition")),
    ("Sweden, a new NATO member and a close ally of Finland, sent troops to Latvia.",
     ("Sweden", "member_of", "North Atlantic Treaty")),
    # Heads of workplaces: an advocacy or relief body's head is still coded.
    ("Ahmed Salah, the director of the Sudanese Red Crescent, said aid had reached El Fasher.",
     ("Ahmed Salah", "leads", "Red Crescent")),
]

NOT_STATED = [
    # A rank or a qualifier before a title names no body.
    ("Acting Director Mark Lewis said the agency would investigate the strike.", "Mark Lewis"),
    ("Retired Colonel Oleksandr Musiienko said the Russian offensive would stall.", "Oleksandr Musiienko"),
    # The end of a longer name is no body ("Save the Children", read only in part).
    ("Save the Children director Inger Ashing said the children of Gaza were starving.", "Inger Ashing"),
    # A town's council is no body of the story (the gold codes no tie to "the Aleppo city council" nor to a town's
    # mayor; relations.yaml place_offices): no body is made of "<town> city council".
    ("Ivan Fedorov, head of the Melitopol city council, met officials in Zaporizhzhia.", "Ivan Fedorov"),
    # A portfolio before an office's title: a minister is not the state (docs/annotation.md, *Relations*).
    ("Defence Minister Rustem Umerov visited Washington on Tuesday.", "Rustem Umerov"),
    # Heads of workplaces, `member_of` for a person's job: a post at a hospital, a university or a business is
    # no tie.
    ("Dr. Amina Yusuf, medical director of the Al-Nao Hospital in Omdurman, said the wards were full.",
     "Amina Yusuf"),
    ("Olena Petrenko, who heads the Kharkiv National University, said the campus was shelled.", "Olena Petrenko"),
    ("Juan Perez, a professor at the National University of Colombia, said the ELN would not disarm.",
     "Juan Perez"),
]


@pytest.mark.parametrize(("text", "expected"), STATED)
def test_title_ties_r26(text: str, expected: tuple[str, str, str]) -> None:
    relations = _relations(text)
    assert _has(relations, *expected), relations


def test_described_body_takes_the_tie_r26() -> None:
    """The common noun in apposition is the named body: no tie of its own (docs/annotation.md, *Relations*)."""
    relations = _relations("The Nour al-Din al-Zinki movement, a rebel group backed by the United States, joined "
                           "the offensive.")
    assert not _has(relations, "United States", "backs", "rebel group"), relations


@pytest.mark.parametrize(("text", "person"), NOT_STATED)
def test_no_tie_r26(text: str, person: str) -> None:
    relations = _relations(text)
    assert not any(person in s and p in ("leads", "member_of") for s, p, _ in relations), relations
