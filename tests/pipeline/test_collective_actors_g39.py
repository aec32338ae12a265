"""Actors the text names by a collective, a role or a name the knowledge base does not know (issue 11, helper g39):
docs/annotation.md, *Actor and recipient* — collective actors are actors ("protesters", "students", "villagers"),
officials and unnamed bodies become actors with a kind and a country, named bodies the knowledge base does not know
are actors. Sentences written for this test, from many conflicts (Bangladesh, Myanmar, Pakistan, Sudan, Mali,
Ukraine, Nigeria, DR Congo, Kenya, Ethiopia, Colombia, the United States). pipeline/group_people.py ``_acting_people``,
``_acting_possessor``, ``_place_officials``; pipeline/entity_bodies.py ``_state_named_companies``."""

from __future__ import annotations

import pytest
from support import events_and_names

PUB = "2024-03-06"

# text, event type, role, expected actor id ("x-*": an actor of the document, whose id ends with its hash), rule
CASES = [
    # people named by a plural of what they are or do, as the subject of an active verb, act as one body
    ("Students stormed the university building in Dhaka on Monday.", "PROTEST", "source", "students-*",
     "Collective actors: 'Students stormed' is the students' act (PLOVER actor: who did it)"),
    ("Villagers attacked a police post in Kachin State.", "ASSAULT", "source", "villagers-*",
     "Collective actors: 'Villagers attacked' has the villagers as actor"),
    # PROTEST boycott, not SANCTION: civilians' collective boycott (PLOVER PROTEST mode boycott; rcx)
    ("Lawyers boycotted the courts in Islamabad on Tuesday.", "PROTEST", "source", "lawyers-*",
     "Collective actors: an occupation's plural ('Lawyers boycotted') is the actor"),
    ("Donors pledged $2 billion for Sudan at a conference in Paris.", "AID", "source", "donors-*",
     "Collective actors: 'Donors pledged' is the donors' act"),
    ("The mourners marched to the cemetery in Bamako.", "PROTEST", "source", "mourners-*",
     "Collective actors: 'the mourners marched' (PLOVER PROTEST: the marchers are its actor)"),
    ("Farmers blocked the highway near Kyiv on Monday.", "PROTEST", "source", "farmers-*",
     "Collective actors: 'Farmers blocked the highway' (PLOVER PROTEST: the protesters are its actor)"),
    ("Relatives of the missing demanded an investigation in Tumaco.", "REQUEST", "source", "relatives-*",
     "Collective actors: 'Relatives of the missing demanded' (PLOVER REQUEST)"),
    ("The victims' families accused the army of covering up the massacre in Tigray.", "ACCUSE", "source",
     "victims-families-*", "Collective actors: 'the victims' families accused' is the families' act"),
    # ... and so do those a crowd's count names
    ("Thousands of students stormed the parliament in Dhaka.", "PROTEST", "source", "students-*",
     "Collective actors: 'Thousands of students stormed' is the students' act"),
    ("Hundreds of villagers attacked the police station in Sagaing.", "ASSAULT", "source", "villagers-*",
     "Collective actors: 'Hundreds of villagers attacked' has the villagers as actor"),
    ("Hundreds of ground workers at Kenya Airways are preparing to strike over unpaid wages.", "THREATEN", "target",
     "kenya-airways", "Strikes: the employer is the recipient, not the crowd of strikers (PLOVER THREATEN restrict)"),
    # ... not people an act befell: a passive's subject is no actor, its agent is
    ("Three students were detained by police in Dhaka.", "COERCE", "source", "police-*",
     "Actor of a passive: the agent ('by police'), not the people detained"),
    ("Gunmen killed 12 villagers in Zamfara on Friday.", "ASSAULT", "source", "gunmen-*",
     "Unnamed victims stay recipient null; the gunmen are the actor"),
    # a group noun in the possessive of an act's noun did the act
    ("The militants' attack on the base in Mopti killed ten soldiers.", "ASSAULT", "source", "militants-*",
     "Actor: 'the militants' attack' is the militants' (a possessive names the doer of an act's noun)"),
    ("The rebels' assault on the town of Lashio began on Monday.", "ASSAULT", "source", "rebels-*",
     "Actor: 'the rebels' assault' is the rebels'"),
    ("The army's shelling of Omdurman killed 14 people.", "ASSAULT", "source", "sudanese-armed-forces",
     "Actor: 'the army's shelling of Omdurman' is the army's, the Sudanese army where the place is Sudan's"),
    ("The police's arrest of the opposition leader in Dakar sparked protests.", "COERCE", "source", "police-*",
     "Actor: 'the police's arrest of X' is the police's (PLOVER COERCE: arrests)"),
    # ... but the owner of a group names no act: "the militia's fighters" are the fighters
    ("The militia's fighters attacked a village near Bunia.", "ASSAULT", "source", "fighters-*",
     "Actor: 'the militia's fighters attacked' is the fighters' (a group head owned is a body of its own)"),
    # a body named by a state's name or demonym and a word that names no institution is a company of that state
    ("Workers at British Airways are preparing to strike.", "THREATEN", "target", "british-airways",
     "Named bodies: 'British Airways' is one company, not the United Kingdom and 'Airways' (PROTEST recipient: the "
     "employer)"),
    ("Workers at Kenya Airways went on strike in Nairobi on Monday.", "PROTEST", "target", "kenya-airways",
     "Named bodies: 'Kenya Airways' is one company, the strikers' employer"),
    ("Ethiopian Airlines suspended flights to Mekelle.", "SANCTION", "source", "ethiopian-airlines",
     "Named bodies: 'Ethiopian Airlines' is one company, not Ethiopia"),
    # ... and a word that names an institution leaves the state's body to the state's reading
    ("The Turkish Foreign Ministry condemned the attack in Kabul.", "ACCUSE", "source", "turkish-foreign-ministry",
     "Named bodies: a state's ministry stays the ministry (unchanged by the company rule)"),
    # an office of a place's government named by title and place, no person, is an actor of its own
    ("California's attorney general said Uber must cease the driving immediately or face further action.",
     "THREATEN", "source", "attorney-general-of-california-*",
     "Officials are actors: 'California's attorney general' is the office that threatens"),
    ("The governor of Borno State condemned the killing of 20 farmers.", "ACCUSE", "source",
     "governor-of-borno-state-*", "Officials are actors: 'the governor of Borno State' condemns"),
    ("The mayor of Mariupol accused Russian forces of shelling a maternity hospital.", "ACCUSE", "source",
     "mayor-of-mariupol-*", "Officials are actors: 'the mayor of Mariupol' accuses (the city is no party)"),
    # an official of a level of government below the state is that government's officials, a body
    ("A provincial official warned people in Hatay to stay outdoors because of the risk of aftershocks.", "REQUEST",
     "source", "provincial-official-*", "Officials are actors: 'a provincial official warned' (PLOVER REQUEST)"),
    ("Local officials accused the RSF of looting the market in Nyala.", "ACCUSE", "source", "local-officials-*",
     "Officials are actors: 'Local officials accused'"),
    # a body named by those it speaks for, or by their possessive
    ("A group representing families of the missing demanded an inquiry into the killings in Tumaco.", "REQUEST",
     "source", "group-representing-families-of-the-missing-*",
     "Unnamed bodies are actors: 'a group representing X' is the body of those it speaks for"),
    ("An association representing Rohingya refugees in Cox's Bazar called for the repatriation talks to resume.",
     "REQUEST", "source", "association-representing-rohingya-refugees-*",
     "Unnamed bodies are actors: 'an association representing X' calls (PLOVER REQUEST)"),
    ("The teachers' union rejected the government's pay offer in Harare.", "REJECT", "source", "teachers-union-*",
     "Unnamed bodies are actors: 'the teachers' union' is the union of the teachers"),
    ("The farmers' association condemned the attack on herders near Jos.", "ACCUSE", "source",
     "farmers-association-*", "Unnamed bodies are actors: 'the farmers' association' condemns"),
    # ... a known union stays the knowledge base's
    ("The African Union condemned the coup in Niger.", "ACCUSE", "source", "african-union",
     "Named bodies: the knowledge base's 'African Union', not a union of the document"),
    # ... not a state's office, nor a title before a name
    ("Kenya's president condemned the attack on the mall in Nairobi.", "ACCUSE", "source", "kenya",
     "Statements: a state's office with no person named is the state"),
    ("The president of Colombia condemned the ELN attack on the police station in Arauca.", "ACCUSE", "source",
     "colombia", "Statements: 'the president of Colombia' is the state's office: the state"),
    ("Governor Babagana Zulum of Borno State condemned the killing of 20 farmers.", "ACCUSE", "source",
     "babagana-zulum", "Statements: the person as the text names them ('Governor X of Y' is X)"),
    ("The mayor of Melitopol, Ivan Fedorov, accused Russian troops of abducting civilians.", "ACCUSE", "source",
     "ivan-fedorov", "Statements: 'the mayor of X, Y,' is the person Y, not the office"),
    ("California's attorney general, Rob Bonta, accused the company of fraud.", "ACCUSE", "source", "rob-bonta",
     "Statements: 'X's attorney general, Y,' is the person Y, not the office"),
]


@pytest.fixture(scope="module")
def found() -> tuple[dict[str, list[dict]], dict[str, str]]:
    return events_and_names(sorted({c[0] for c in CASES}), PUB)


@pytest.mark.parametrize(("text", "event_type", "role", "expected", "rule"), CASES, ids=[c[4] for c in CASES])
def test_collective_actor(found: tuple[dict[str, list[dict]], dict[str, str]], text: str, event_type: str,
                          role: str, expected: str, rule: str) -> None:
    events = [e for e in found[0][text] if e["type"] == event_type]
    assert events, f"{rule}: no {event_type} in {text!r}"

    def fits(value: str | None) -> bool:
        if expected.endswith("*"):
            return value is not None and value.startswith(expected[:-1])
        return value == expected

    assert any(fits(e[role]) for e in events), (rule, [(e["source"], e["target"]) for e in events])


# text, the actor's id, its kind, its country: unknown bodies get a kind and a country from the text
ACTORS = [
    ("Kenya Airways cancelled flights to Mombasa.", "kenya-airways", "organization", "KEN"),
    ("Ethiopian Airlines suspended flights to Mekelle.", "ethiopian-airlines", "organization", "ETH"),
    ("Ukrainian Railways resumed trains to Kharkiv.", "ukrainian-railways", "organization", "UKR"),
    ("The governor of Borno State condemned the killing of 20 farmers.", "governor-of-borno-state-*", "government",
     "NGA"),
    ("The mayor of Mariupol accused Russian forces of shelling a maternity hospital.", "mayor-of-mariupol-*",
     "government", "UKR"),
    ("The governor of Russia's Belgorod region accused Ukraine of shelling the city.", "governor-of-russia-*",
     "government", "RUS"),
]


@pytest.mark.parametrize(("text", "actor", "kind", "country"), ACTORS, ids=[a[1] for a in ACTORS])
def test_unknown_body_kind_country(text: str, actor: str, kind: str, country: str | None) -> None:
    """Named bodies the knowledge base does not know are actors with a kind and, from a demonym or a state's name in
    their name or the place an office is of, a country (docs/annotation.md, Actor and recipient)."""
    from conflictgraph import extract

    actors = extract([text], published=PUB).to_dict()["actors"]
    match = [a for a in actors if a["id"] == actor or actor.endswith("*") and a["id"].startswith(actor[:-1])]
    assert match, [a["id"] for a in actors]
    assert match[0]["kind"] == kind
    if country is not None:
        assert match[0]["country"] == country
