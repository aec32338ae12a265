"""Background acts the events stage dropped (issue 11, helper bgr).

docs/annotation.md, *Background acts*: every act the text reports is coded, background included (core false),
"whether told in a main or a subordinate clause"; *Summaries* and One event or several: a summary of several past
acts is one background item. Two gates written before that rule dropped such acts: a statement in a restrictive
relative clause of an indefinite noun ("an Islamic State member who encouraged him"), and a bare plural act noun
in a prepositional phrase ("blamed for attacks in Turkey", "responsible for a string of deadly attacks"). What the
book still excludes stays out: a role or standing trait told in the present ("a movement that demands
independence"), negated and hypothetical acts (PLOVER, Auxiliary modes), kinds of act ("a supporter of lone wolf
attacks"), duties that are no act ("responsible for security in the city"). The sentences were written for this
test, from many conflicts and places, never taken from a gold article; each text is extracted on its own.
"""

from __future__ import annotations

import pytest
from support import events_and_names

PUB = "2024-03-06"
PAST_CLAUSE = "annotation.md Background acts: an act told in a subordinate clause is coded"
TRAIT = "PLOVER: events are acts that took place; a present relative clause tells a role or trait"
UNREAL = "PLOVER Auxiliary modes: negated and hypothetical acts are no events"
SUMMARY = "annotation.md Summaries / Background acts: past acts a party answers for are one background item"
KIND = "PLOVER codes occurrences: a bare plural that names a kind of act is none"
DUTY = "plover.yaml blame_predicates: a duty held is no act answered for"


def _events(text: str) -> tuple[list[dict], dict[str, str]]:
    events, names = events_and_names([text], PUB)
    return events[text], names


# (text, the type of the act the relative clause tells, its actor's name or None where the text names none)
PAST_RELATIVE = [
    ("Police in Kano arrested Ali Musa, a preacher who urged young men to join the militia.", "REQUEST", "Ali Musa"),
    ("Soldiers in Mandalay detained Ko Aung, a monk who had condemned the coup.", "ACCUSE", "Ko Aung"),
    ("The court in Niamey jailed a cleric who had praised the coup.", "SUPPORT", None),
    ("Police in Cali arrested a man who threatened the mayor last week.", "THREATEN", None),
    ("Kyiv expelled a diplomat who criticized the government over the blackout.", "ACCUSE", None),
    ("Sudanese troops detained a commander who urged his men to desert in Darfur.", "REQUEST", None),
    ("The junta freed a journalist who condemned the coup in Yangon.", "ACCUSE", None),
    ("The ELN kidnapped a farmer who had asked the army for protection in Arauca.", "REQUEST", None),
    ("Rebels in Goma killed a chief who had rejected their demands.", "REJECT", None),
    ("The protesters in Bamako booed a minister who apologized for the delays.", "CONCEDE", None),
    ("The council fired a clerk who had welcomed the plan in public.", "SUPPORT", None),
    ("Police in Kharkiv detained a volunteer who had threatened the governor.", "THREATEN", None),
    ("The Sudanese army arrested a doctor who had accused the generals of looting in Omdurman.", "ACCUSE", None),
    ("Rebels in Tigray shot a farmer who had refused to hand over his cattle.", "REJECT", None),
    ("The council in Medellin honoured a nurse who had criticized the cuts.", "ACCUSE", None),
]

# (text, the type that must not be coded, the rule)
NOT_PAST_RELATIVE = [
    ("He joined a movement that demands independence for Cabinda.", "REQUEST", TRAIT),
    ("Wagner hired a blogger who praises the junta in Bamako.", "SUPPORT", TRAIT),
    ("The army is hunting a preacher who urges young men to join the jihad in Mali.", "REQUEST", TRAIT),
    ("Residents of Goma fear a militia that threatens anyone who speaks out.", "THREATEN", TRAIT),
    ("Colombia's army is fighting a group that demands a share of the coca trade.", "REQUEST", TRAIT),
    ("The city hired an adviser who supports the budget plan.", "SUPPORT", TRAIT),
    ("The army is tracking a commander who threatens the villages near Gao.", "THREATEN", TRAIT),
    ("They found a commander who would threaten anyone in Darfur.", "THREATEN", UNREAL),
    ("The court jailed a cleric who never praised the coup in Niamey.", "SUPPORT", UNREAL),
    ("The mayor of Lviv met a volunteer who plans to apologize to the families.", "CONCEDE", UNREAL),
]

# (text, mode, the actor's name or None): one ASSAULT summing up past acts, undated
SUMMARIES = [
    ("The RSF, which has been blamed for attacks on hospitals in El Fasher, denied the report.", None,
     "Rapid Support Forces"),
    ("The ELN, blamed for kidnappings in Arauca, freed two soldiers on Monday.", "abduct",
     "National Liberation Army (Colombia)"),
    ("The junta, blamed for airstrikes on villages in Sagaing, rejected the UN report.", "aerial",
     "Myanmar Armed Forces"),
    ("The Houthis, responsible for missile attacks on ships in the Red Sea, met the envoy in Muscat.", "heavy-weapons",
     "Houthis"),
    ("A militia responsible for a string of deadly attacks on army posts in Borno signed the truce.", None, None),
    ("A gang behind a wave of kidnappings in Medellin was dismantled by police on Tuesday.", "abduct", None),
    ("A group accountable for bombings in Mogadishu was listed as a terrorist body.", "explosives", None),
    ("Police in Lagos said on Tuesday that a gang responsible for a string of kidnappings in the city had been "
     "dismantled.", "abduct", None),
    ("Officials said the warlord behind a spate of abductions in Zamfara had surrendered.", "abduct", None),
    ("Kyiv blamed Moscow for airstrikes on its power plants, the ministry said.", "aerial", "Russia"),
]

# (text, the rule): no ASSAULT
NOT_SUMMARIES = [
    ("The minister is a supporter of lone wolf attacks, critics say.", KIND),
    ("The law sets prison terms for attacks on journalists in Colombia.", KIND),
    ("The course trains officers in responses to kidnappings in the Sahel.", KIND),
    ("The drill prepares medics for bombings in crowded places.", KIND),
    ("The Taliban are responsible for public order in Kabul.", DUTY),
    ("The mayor is responsible for security in the city of Medellin.", DUTY),
    ("The army is accountable for supplies to troops in Donetsk.", DUTY),
]


@pytest.mark.parametrize("text, event_type, source", PAST_RELATIVE)
def test_act_in_past_relative_clause_is_coded(text: str, event_type: str, source: str | None) -> None:
    events, names = _events(text)
    told = [e for e in events if e["type"] == event_type]
    assert len(told) == 1, (PAST_CLAUSE, events)
    if source is not None:
        assert names.get(told[0]["source"]) == source, (PAST_CLAUSE, told, names)


@pytest.mark.parametrize("text, event_type, rule", NOT_PAST_RELATIVE)
def test_trait_or_unreal_act_in_relative_clause_is_none(text: str, event_type: str, rule: str) -> None:
    events, _ = _events(text)
    assert not [e for e in events if e["type"] == event_type], (rule, events)


@pytest.mark.parametrize("text, mode, source", SUMMARIES)
def test_acts_answered_for_are_one_undated_summary(text: str, mode: str | None, source: str | None) -> None:
    events, names = _events(text)
    attacks = [e for e in events if e["type"] == "ASSAULT"]
    assert len(attacks) == 1, (SUMMARY, events)
    assert attacks[0]["mode"] == mode, (SUMMARY, attacks)
    assert attacks[0]["date"] is None, (SUMMARY, "Date: a background act with no date of its own stays null", attacks)
    if source is not None:
        assert names.get(attacks[0]["source"]) == source, (SUMMARY, attacks, names)


@pytest.mark.parametrize("text, rule", NOT_SUMMARIES)
def test_kind_of_act_or_duty_is_no_summary(text: str, rule: str) -> None:
    events, _ = _events(text)
    assert not [e for e in events if e["type"] == "ASSAULT"], (rule, events)


def test_claimed_attacks_told_with_their_toll_are_one_occurrence() -> None:
    """A claim of responsibility names the doer of the attacks the text tells, with their date (docs/annotation.md,
    Actor and recipient): no second, undated summary beside them."""
    text = "ISIS claimed responsibility for attacks in Paris on 13 November that killed 130 people."
    events, names = _events(text)
    attacks = [e for e in events if e["type"] == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0]["date"] == "2023-11-13", attacks
    assert names.get(attacks[0]["source"]) == "Islamic State", (attacks, names)
