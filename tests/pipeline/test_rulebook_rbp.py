"""The program follows the rule-book conflicts helper rbk settled (issue 11, helper rbp): denials, support of a party
(the act and the tie), statements of concern (docs/annotation.md, *Denials*, *Support of a party: the act and the
tie*, *Statements of concern*). Each probe names its rule. The sentences were written for this test, from many
conflicts and places (Sudan, Ukraine, the Sahel, Myanmar, Colombia, Gaza, Haiti, city and club news), never taken
from a gold article."""

from __future__ import annotations

import pytest
from support import events_and_names, has_relation, relations_by_name

PUB = "2024-05-15"
DENIALS = "annotation.md, Denials"
SUPPORT = "annotation.md, Support of a party: the act and the tie"
CONCERN = "annotation.md, Statements of concern"

# (sentence, rule): a denial of what was put to the denier is REJECT
REFUSALS = [
    ("The government denied an agreement had been reached with the rebels.",
     f"{DENIALS}: a deal its side is said to have made, no maker named but the other side"),
    ("Hamas denied reports of a ceasefire deal.", f"{DENIALS}: a report of a deal its side is said to have made"),
    ("The ELN denied that a ceasefire had been signed with the government.",
     f"{DENIALS}: a passive's subject is the deal, not a party to it"),
    ("Kyiv denied that a prisoner exchange had been agreed with Moscow.",
     f"{DENIALS}: a deal agreed with the other side only"),
    ("Myanmar's junta denied reports of peace talks with the Arakan Army.",
     f"{DENIALS}: a report of talks its side is said to hold (commitment_types: CONSULT)"),
    ("The mayor denied reports of a deal with the developers.", f"{DENIALS}: city news, a deal said to be his"),
    ("The FARC dissidents denied reports of talks with the government.", f"{DENIALS}: talks said to be theirs"),
    ("Mali's junta denied that Wagner fighters were in the country.",
     f"{DENIALS}: forces its side is said to host in its country (host_places)"),
    ("Niger's military rulers denied that Russian troops were stationed at the airbase.",
     f"{DENIALS}: forces said to be stationed on its ground"),
    ("The Sudanese army denied that it had agreed to a truce with the RSF.",
     f"{DENIALS}: its own act denied (m39's rule, kept)"),
]

# (sentence, rule): a denial of a fact about others refuses nothing: no REJECT
FACTS = [
    ("The club denied that the striker had asked for a transfer.", f"{DENIALS}: a report of others' acts"),
    ("The ministry denied that the river had burst its banks.", f"{DENIALS}: a situation it has no part in"),
    ("The police denied that the storm had caused deaths.", f"{DENIALS}: a disaster's toll, no act of its side"),
    ("The UN denied that the two sides had reached an agreement.", f"{DENIALS}: a deal others are said to have made"),
    ("Colombia denied that the dissidents had signed a pact with the ELN.", f"{DENIALS}: a deal of two others"),
    ("The army denied that a ceasefire between the militias had been agreed.",
     f"{DENIALS}: a deal whose makers ('between') are others"),
    ("Sudan denied reports of a deal between Egypt and Ethiopia.", f"{DENIALS}: a report of others' deal"),
    ("Chad denied reports of Russia's deal with the junta.", f"{DENIALS}: a deal its possessor makes others'"),
    ("The ministry denied that soldiers were in the school.", f"{DENIALS}: forces in no place of the denier's"),
    ("The hospital denied reports that the surgeon had resigned.", f"{DENIALS}: a report of a person's choice"),
]

# (sentence, target's name or None, rule): support of a party told as an act is SUPPORT
SUPPORTS = [
    ("During the primaries, she supported Senator Rubio.", "Rubio", f"{SUPPORT}: a verb with its time"),
    ("In the 2022 election, the union backed Gustavo Petro.", "Gustavo Petro", f"{SUPPORT}: an election's backing"),
    ("The coalition has supported the Iraqi Security Forces.", "Iraqi Security Forces",
     f"{SUPPORT}: the present perfect tells an act"),
    ("Chad backed the Sudanese army last year.", "Sudanese Armed Forces", f"{SUPPORT}: a dated act"),
    ("The ANC supported Cyril Ramaphosa at the party conference in 2017.", "Cyril Ramaphosa",
     f"{SUPPORT}: a party's backing at a conference"),
    ("The European Union supported Ukraine throughout the talks.", "Ukraine", f"{SUPPORT}: a past act"),
    ("Kenya has backed the Haitian National Police since October.", "National Police",
     f"{SUPPORT}: the present perfect"),
    ("The minister underlined the UK's commitment to supporting the government of Somalia.", "Somalia",
     f"{SUPPORT}: a commitment to support is the act and the tie"),
    ("Egypt voiced support for the Sudanese army.", "Sudanese Armed Forces", f"{SUPPORT}: a statement of support"),
]

# (sentence, backer, backed, rule): a standing relation is the `backs` tie, no SUPPORT
TIES = [
    ("Iran-backed militias attacked the base.", "Iran", "militias", f"{SUPPORT}: a participle is the tie"),
    ("The rebels, backed by Rwanda, seized Goma.", "Rwanda", "rebels", f"{SUPPORT}: 'backed by' is the tie"),
    ("Russia's support for the junta has grown.", "Russia", "junta", f"{SUPPORT}: a noun of the relation"),
    ("Iran backs the Houthis.", "Iran", "Houthis", f"{SUPPORT}: the present of a state"),
    ("The RSF is backed by the UAE.", "United Arab Emirates", "RSF", f"{SUPPORT}: a passive state"),
    ("Pakistan's support for the Taliban is well known.", "Pakistan", "Taliban", f"{SUPPORT}: a noun of the relation"),
    ("The Myanmar military, backed by China, shelled the town.", "China", "Myanmar", f"{SUPPORT}: a participle"),
]

# (sentence, rule): a concern about a party, its act or choice, or a report of an act is ACCUSE disapprove
CONCERNS = [
    ("Senator Warren said she had concerns about the nominee's ties to Saudi Arabia.",
     f"{CONCERN}: 'had concerns about' a tie to a party"),
    ("Human Rights Watch raised concerns about the army's conduct in Darfur.",
     f"{CONCERN}: 'raised concerns about' a party's conduct"),
    ("The council raised concerns about the mayor's plan to close the shelter.", f"{CONCERN}: a party's choice"),
    ("The bishop said he had concerns about the government's handling of the protests.",
     f"{CONCERN}: a party's act"),
    ("The senator repeated concerns she has raised over the junta's arrests of journalists.",
     f"{CONCERN}: a concern repeated, about a party's acts"),
    ("The arrests of opposition leaders are a cause for concern, the UN envoy for Myanmar said.",
     f"{CONCERN}: 'a cause for concern' with acts as its subject"),
    ("Reports of continued air strikes on Sagaing are a matter of concern, the UN envoy said.",
     f"{CONCERN}: 'a matter of concern' with a report of acts as its subject"),
    ("The EU voiced concerns about the junta's decision to expel the French ambassador.",
     f"{CONCERN}: a party's decision"),
    ("Colombia's ombudsman voiced concern about reports of killings of social leaders in Cauca.",
     f"{CONCERN}: a report of acts"),
    ("Ukraine voiced concerns about Hungary's decision to block the aid package.", f"{CONCERN}: a state's choice"),
    ("The African Union's rights commission voiced concern over the reports and urged the authorities to act.",
     f"{CONCERN}: 'the reports' alone are the reports of acts told before"),
]

# (sentence, rule): concern about a situation, a risk or a trend is no event. Only where "had" or "raised" tells it, or
# "of concern" judges it: a concern "voiced" or "expressed" is coded as before, whatever it is about (the same test
# there cost CHECK a core ACCUSE; docs/evaluation.md, helper rbp)
NO_CONCERNS = [
    ("Doctors raised concerns about the spread of cholera in the camps.", f"{CONCERN}: a disease's spread"),
    ("The minister had concerns about the weather during the harvest.", f"{CONCERN}: the weather"),
    ("The rise in youth crime is a matter of concern, the police chief said.", f"{CONCERN}: a trend"),
    ("Residents raised concerns about the impact of flooding on the roads.", f"{CONCERN}: a disaster's impact"),
    ("Farmers in Kordofan raised concerns about the drought.", f"{CONCERN}: a drought, no party's act"),
    ("Teachers had concerns about the heat in the classrooms.", f"{CONCERN}: a state of things"),
    ("Fishermen in Cartagena raised concerns about the rising sea level.", f"{CONCERN}: a trend"),
    ("The lack of clean water is a cause for concern, the governor of Kassala said.",
     f"{CONCERN}: 'a cause for concern' with a situation as its subject"),
    ("The club's captain had concerns about his knee before the match.", f"{CONCERN}: a person's health"),
]

ALL = [s for s, *_ in REFUSALS + FACTS + SUPPORTS + TIES + CONCERNS + NO_CONCERNS]


@pytest.fixture(scope="module")
def found() -> tuple[dict[str, list[dict]], dict[str, str]]:
    return events_and_names(list(dict.fromkeys(ALL)), PUB)


def _types(found, sentence: str) -> list[str]:
    return [e["type"] for e in found[0][sentence]]


@pytest.mark.parametrize(("sentence", "rule"), REFUSALS)
def test_denial_of_what_was_put_is_reject(found, sentence: str, rule: str) -> None:
    assert "REJECT" in _types(found, sentence), (rule, found[0][sentence])


@pytest.mark.parametrize(("sentence", "rule"), FACTS)
def test_denial_of_a_fact_about_others_is_no_reject(found, sentence: str, rule: str) -> None:
    assert "REJECT" not in _types(found, sentence), (rule, found[0][sentence])


@pytest.mark.parametrize(("sentence", "target", "rule"), SUPPORTS)
def test_support_told_as_an_act_is_support(found, sentence: str, target: str, rule: str) -> None:
    events, names = found
    assert any(e["type"] == "SUPPORT" and target in names.get(e["target"], "") for e in events[sentence]), (
        rule, events[sentence])


@pytest.mark.parametrize(("sentence", "backer", "backed", "rule"), TIES)
def test_standing_support_is_the_tie_only(found, sentence: str, backer: str, backed: str, rule: str) -> None:
    assert "SUPPORT" not in _types(found, sentence), (rule, found[0][sentence])
    ties = relations_by_name(sentence, PUB)
    assert has_relation(ties, backer, "backs", backed), (rule, ties)


@pytest.mark.parametrize(("sentence", "rule"), CONCERNS)
def test_concern_about_an_act_or_party_is_accuse(found, sentence: str, rule: str) -> None:
    assert any(e["type"] == "ACCUSE" and e["mode"] == "disapprove" for e in found[0][sentence]), (
        rule, found[0][sentence])


@pytest.mark.parametrize(("sentence", "rule"), NO_CONCERNS)
def test_concern_about_a_situation_is_no_event(found, sentence: str, rule: str) -> None:
    assert "ACCUSE" not in _types(found, sentence), (rule, found[0][sentence])
