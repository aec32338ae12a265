"""Statements that are not acts (issue 11, helper v34): each case pairs a sentence that reports an act with one of the
same wording family that reports none, and names the rule (PLOVER, Auxiliary modes: only acts that took place are
events, negated and hypothetical ones are not; docs/annotation.md, *One event or several*, *Claims*). The sentences
were written for this test, from many conflicts (Sudan, Ukraine, Myanmar, Yemen, Colombia, the Sahel, Syria, Gaza,
Ethiopia, Haiti), never taken from a gold article."""

from __future__ import annotations

import pytest
from support import events_by_text

PUB = "2024-05-15"

# act, not an act, the type the act has and the other must not, rule
PAIRS = [
    # a demand told without a speech verb is a speaker's own: kept where a claim gives the sentence a speaker, or
    # where the document attributes no speech (its author's statement); not in the narration of a report that
    # quotes others (docs/annotation.md, Claims: the outlet's own narration is no one's statement)
    ('"The RSF must withdraw from El Fasher," the UN envoy said.',
     '"The road to Tawila is closed," Sudanese Foreign Minister Ali Youssef said on Monday. Sudan now must find'
     " other ways to feed the displaced of El Fasher.", "REQUEST",
     "docs/annotation.md Claims: an obligation in the narration of a report is no one's demand"),
    ('"It is vital that the Houthis free the detained UN staff," the Secretary-General said.',
     "Peru's transport minister said the new highway was finished. It is crucial that Colombia make the same"
     " investment in its rural roads.", "REQUEST",
     "PLOVER REQUEST: a speaker's demand; the narrator's judgement in a report is not one"),
    ('"The junta in Naypyitaw must free all political prisoners," the ASEAN chair said.',
     "Myanmar's foreign minister told reporters that talks were going well. Ukraine must find other ways to pay"
     " for its air defence.", "REQUEST",
     "docs/annotation.md Claims: the narration of a report that quotes others is the outlet's, not a speaker's"),
    # the that-clause of a necessity adjective is asked for, not done
    ("The RSF withdrew from El Fasher on Monday.",
     '"It is vital that all parties withdraw from El Fasher," the UN envoy said.', "RETREAT",
     "PLOVER Auxiliary modes: an act asked for ('it is vital that ... withdraw') did not take place"),
    ("The junta allowed aid convoys into Rakhine on Monday.",
     '"It is important that the junta allows aid convoys into Rakhine," the ASEAN chair said.', "RETREAT",
     "PLOVER Auxiliary modes: 'it is important that the junta allows access' is not access given"),
    # a yes-no question asks; a wh-question takes its act as given
    ("The army asked the rebels to surrender in Goma.", "Did the army ask the rebels to surrender in Goma?",
     "REQUEST", "PLOVER Auxiliary modes: a yes-no question tells no act"),
    ("The ELN attacked the pipeline in Arauca on Monday.", "Did the ELN attack the pipeline in Arauca?",
     "ASSAULT", "PLOVER Auxiliary modes: an act asked about is not reported"),
    ("Has Russia withdrawn its troops from Kherson?", "Has Russia withdrawn its troops from Kherson?", None,
     "PLOVER Auxiliary modes: a perfect yes-no question tells no act"),
    # a restrictive relative clause of an indefinite noun in the present describes a role, not an act; one in the
    # past tells a background act, coded (docs/annotation.md, *Background acts*; tests/pipeline/test_background_bgr.py)
    ("Prosecutors said a Wagner recruiter encouraged him to join the group on Monday.",
     "Prosecutors said he met a Wagner recruiter who encourages young men to join the group.", "REQUEST",
     "PLOVER: events are acts that took place; 'a recruiter who encourages young men' describes the recruiter"),
    ("The army blamed the attack on the ELN.", "It was an incident the army blamed on faulty wiring.", "ACCUSE",
     "PLOVER: an explanation in a description ('an incident X blamed on ...') is not an accusation told"),
    # one order coded once
    ("The president asked Kenya to send police to Port-au-Prince.",
     "The army commander ordered troops to deploy to the border with Chad.", "REQUEST",
     "PLOVER MOBILIZE: the order moves the force, the commander's MOBILIZE; not also a REQUEST to the troops"),
    # habits and general truths
    ("The ELN demanded a ransom for the kidnapped engineers on Monday.",
     "Rebels usually demand ransom for kidnapped engineers in Colombia.", "REQUEST",
     "PLOVER: a habit in the simple present ('usually demand') is no act that took place"),
    ("The Yemeni government condemned the attack on Monday.", "Governments routinely condemn such attacks.",
     "ACCUSE", "PLOVER: 'routinely condemn' tells a habit, not a condemnation"),
    ("The Security Council met on Monday to discuss the crisis in Myanmar.",
     "The council meets every month to discuss the crisis in Myanmar.", "CONSULT",
     "PLOVER: 'meets every month' is a schedule, not a meeting held"),
    # an aim is not done
    ("The two sides negotiated a solution in Jeddah on Monday.",
     "He welcomed the deal as a first step towards negotiating a solution in Jeddah.", "CONSULT",
     "PLOVER Auxiliary modes: an act under 'towards' is an aim"),
    # knowing of a wrongdoing is no accusation
    ("The Sudanese army said the RSF is responsible for war crimes in Darfur.",
     "The Sudanese army said the RSF is aware of a problem of crime in Darfur.", "ACCUSE",
     "PLOVER ACCUSE: a charge of wrongdoing; being aware of crime charges no one"),
    # the consequent of a condition told first
    ("The Kremlin has endorsed the ceasefire plan.",
     "If you ask its clerics, the ceasefire plan is endorsed by the Kremlin.", "SUPPORT",
     "PLOVER Auxiliary modes: hypothetical ('If ..., X is endorsed') is not an act that took place"),
    ("The army shelled Goma on Monday.", "If the talks collapse, the army shells Goma.", "ASSAULT",
     "PLOVER Auxiliary modes: the consequent of a condition is hypothetical"),
    # negated subjects and alternatives not taken
    ("Both sides agreed to a ceasefire in Tigray on Monday.", "Neither side has agreed to a ceasefire in Tigray.",
     "AGREE", "PLOVER Auxiliary modes: negation ('neither side') is not an event"),
    ("The Houthis released the crew of the Galaxy Leader.", "None of the militias has released its prisoners.",
     "RETREAT", "PLOVER Auxiliary modes: a denied act ('none of ... has released')"),
    ("The RSF withdrew from Omdurman on Monday.", "Instead of withdrawing, the RSF shelled Omdurman.",
     "RETREAT", "PLOVER Auxiliary modes: the act not taken ('instead of withdrawing')"),
    ("The junta negotiated with the Arakan Army in Kunming.",
     "Rather than negotiate, the junta launched air strikes on Sagaing.", "CONSULT",
     "PLOVER Auxiliary modes: 'rather than negotiate' names an act not taken"),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[dict]]:
    return events_by_text(sorted({t for act, other, _, _ in PAIRS for t in (act, other)}), PUB)


@pytest.mark.parametrize(("act", "other", "event_type", "rule"), PAIRS, ids=[p[3][:60] for p in PAIRS])
def test_act_and_statement(found: dict[str, list[dict]], act: str, other: str, event_type: str | None,
                           rule: str) -> None:
    if event_type is None:  # a question alone: no event of any type
        assert not found[other], (rule, found[other])
        return
    assert any(e["type"] == event_type for e in found[act]), (rule, "act", found[act])
    assert not any(e["type"] == event_type for e in found[other]), (rule, "not an act", found[other])


def test_wh_question_keeps_its_act(found: dict[str, list[dict]]) -> None:
    """A wh-question takes its act as given ("Why did the junta arrest the journalists?" presupposes the arrest)."""
    text = "Why did the junta arrest the journalists in Yangon?"
    assert any(e["type"] == "COERCE" for e in events_by_text([text], PUB)[text])


def test_statement_keeps_its_demand() -> None:
    """A document that attributes no speech is its author's statement: its demand stays (PLOVER REQUEST)."""
    text = "The junta in Naypyitaw must release all political prisoners without delay."
    assert any(e["type"] == "REQUEST" for e in events_by_text([text], PUB)[text])


def test_demand_under_speech_verb_addressed() -> None:
    """'said it is vital that X ...' is the speaker's REQUEST to X, as 'said X must ...' is (PLOVER REQUEST)."""
    text = '"It is important that the junta allows aid convoys into Rakhine," the ASEAN chair said.'
    assert any(e["type"] == "REQUEST" for e in events_by_text([text], PUB)[text])
