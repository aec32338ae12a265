"""Threats and requests (PLOVER THREATEN, REQUEST) on held-out wordings (issue 11, helper h37): requests told by the
object's preposition or the clause asked for, orders and pleas, wants and insistence by their content, warnings of
the warner's own act, warnings to act without a repercussion, and the non-acts of the same words (another sense, a
danger foretold, a claim, a kind of act with "any"). The sentences were written for this test, from many conflicts
(Sudan, Ukraine, Myanmar, the Sahel, Colombia, Gaza, Yemen, Haiti, DRC), never taken from a gold article."""

from __future__ import annotations

import pytest
from support import event_rows

PUB = "2024-05-15"

REQUESTS = [
    ("Zelensky asked Western allies for more air defence systems.",
     "PLOVER REQUEST: a request; 'for' hung on the object by the parse (prep_verbs, _object_preps)"),
    ("Residents of Goma pleaded with the government for protection.",
     "PLOVER REQUEST: a plea (prep_verbs plead: with, for)"),
    ("Families of the hostages pleaded with Netanyahu to accept the deal.",
     "PLOVER REQUEST: a plea with an asked act"),
    ("Residents of Port-au-Prince begged the police for help.",
     "PLOVER REQUEST assist: begging for help (prep_verbs beg)"),
    ("The Arakan Army told the junta's troops to surrender.",
     "PLOVER REQUEST: 'all requests, demands, and orders': told to act (prep_verbs tell: to)"),
    ("The junta instructed the miners to hand over their gold.",
     "PLOVER REQUEST: an order (prep_verbs instruct: to)"),
    ("Russia wants the withdrawal of NATO troops from the Baltic states.",
     "PLOVER REQUEST yield: a want whose object is a request's content (content_request_verbs)"),
    ("The opposition in Bamako wants the release of all political prisoners.",
     "PLOVER REQUEST yield: release wanted (content_request_verbs)"),
    ("Colombia's government insisted that the ELN release all hostages.",
     "PLOVER REQUEST: insisting on a clause in the subjunctive (content_request_verbs, subjunctive)"),
    ("Hamas insisted on a full withdrawal of Israeli forces from Gaza.",
     "PLOVER REQUEST yield: insisting on a request's content"),
    ("Activists in Kinshasa launched petitions calling for the governor to resign.",
     "PLOVER REQUEST change: calls for dismissal; 'for' parsed as the clause's mark (_object_preps)"),
    ("Lawyers in Lahore have started several petitions calling for the chief justice to step down.",
     "PLOVER REQUEST change: 'for' parsed as the mark of the asked clause counts as the verb's (_object_preps)"),
    ("The Ukrainian army warned residents of Pokrovsk to leave the city.",
     "PLOVER REQUEST (not THREATEN): a warning to act with no repercussion (_warned_to_do)"),
    ("Officials in Derna warned people to stay away from the dams.",
     "PLOVER REQUEST: a warning to act is a request; THREATEN needs serious repercussions"),
    ("The Malian opposition lobbied for the release of detained politicians.",
     "PLOVER REQUEST yield: lobbying for a release (prep_verbs lobby: for, to)"),
]

THREATS = [
    ("Colombia's ELN warned that it would resume attacks on oil pipelines.",
     "PLOVER THREATEN: a warning of the warner's own hostile act to come (_warned_own_act)"),
    ("Hamas warned that it would kill the hostages if Israel attacked.",
     "PLOVER THREATEN violence: the warner's own act, conditional"),
    ("The junta in Niamey warned it would expel the French ambassador.",
     "PLOVER THREATEN expel: the warner's own act (modes.THREATEN cues)"),
    ("The United States warned Russia not to invade Ukraine.",
     "PLOVER THREATEN: a warning not to act stays a threat (_warned_to_do: negated)"),
    ("Israel warned Hezbollah to withdraw from the border or face a full-scale war.",
     "PLOVER THREATEN: a demand backed by a repercussion (ultimatum) stays a threat"),
    ("Russia's threat to cut gas supplies to Moldova drew condemnation in Chisinau.",
     "PLOVER THREATEN restrict: an owner's threat told with its content (event_light_nouns.realized)"),
]

NOT_REQUESTS = [
    ("The minister insisted that the army had not shelled the market in Omdurman.",
     "PLOVER REQUEST: 'insisted that' a fact is a claim, no request (content_request_verbs)"),
    ("The RSF commander insisted that he was innocent.",
     "PLOVER REQUEST: a claim of innocence asks nothing"),
    ("Ukraine wants peace.", "PLOVER REQUEST: a wish with no request's content (content_request_verbs)"),
    ("Ukraine wants to withdraw from the treaty.", "PLOVER REQUEST: one's own plan asks no one"),
    ("The general told reporters in Kharkiv that the army had retaken the village.",
     "PLOVER REQUEST: 'told reporters that' reports; an order needs the act asked (prep_verbs tell: to)"),
    ("The minister asked reporters about the attack in Mogadishu.",
     "PLOVER REQUEST: 'asked about' asks no act (prep_verbs ask: for, to)"),
    ("The defendant pleaded guilty to the bombing in Mogadishu.",
     "PLOVER CONCEDE: 'pleaded guilty' is a plea in court, no REQUEST (verb_particles)"),
]

NOT_THREATS = [
    ("Analysts warned that the war in Sudan would spread to Chad.",
     "PLOVER THREATEN: a danger foretold, not the warner's act (_warned_own_act: subject)"),
    ("Doctors warned that the hospital in Khan Younis would run out of fuel.",
     "PLOVER THREATEN: a danger foretold"),
    ("The army in Goma warned that it would not attack civilians.",
     "PLOVER THREATEN: a negated act threatens nothing"),
    ("The RSF warned that the army would attack El Fasher.",
     "PLOVER THREATEN: another party's act foretold is no threat by the warner"),
]


@pytest.mark.parametrize(("text", "rule"), REQUESTS)
def test_requests(text: str, rule: str) -> None:
    types = [e["type"] for e in event_rows(text, PUB)]
    assert "REQUEST" in types and "THREATEN" not in types, (rule, types)


@pytest.mark.parametrize(("text", "rule"), THREATS)
def test_threats(text: str, rule: str) -> None:
    types = [e["type"] for e in event_rows(text, PUB)]
    assert "THREATEN" in types and "REQUEST" not in types, (rule, types)


@pytest.mark.parametrize(("text", "rule"), NOT_REQUESTS)
def test_not_requests(text: str, rule: str) -> None:
    types = [e["type"] for e in event_rows(text, PUB)]
    assert "REQUEST" not in types, (rule, types)


@pytest.mark.parametrize(("text", "rule"), NOT_THREATS)
def test_not_threats(text: str, rule: str) -> None:
    types = [e["type"] for e in event_rows(text, PUB)]
    assert "THREATEN" not in types, (rule, types)


def test_subjunctive_clause_not_done() -> None:
    """PLOVER, Auxiliary modes: an act asked for in the subjunctive is not done ("insisted that the ELN release all
    hostages" is no RETREAT release) (event_warnings.subjunctive)."""
    types = [e["type"] for e in event_rows("Colombia's government insisted that the ELN release all hostages.", PUB)]
    assert "RETREAT" not in types, types


@pytest.mark.parametrize(("text", "rule"), [
    ("Iran issued a warning to Israel against any attack on its nuclear sites.",
     "PLOVER, Auxiliary modes: 'any attack' names a kind of act that may come (nonspecific_dets)"),
    ("Myanmar's military threatened to arrest anyone who joined the strike.",
     "PLOVER PROTEST strike: a strike joined is a labour strike, no ASSAULT (strike_joining_verbs)"),
    ("The Sudanese army said it would respond firmly to any provocation by the RSF.",
     "PLOVER, Auxiliary modes: 'any provocation' is no occurrence"),
])
def test_no_assault(text: str, rule: str) -> None:
    types = [e["type"] for e in event_rows(text, PUB)]
    assert "ASSAULT" not in types, (rule, types)


def test_requester_and_addressee() -> None:
    """PLOVER REQUEST: the actor asks, the recipient is asked ("Colombia's president asked the ELN to free ...")."""
    rows = [e for e in event_rows("The Arakan Army told the junta's troops to surrender.", PUB)
            if e["type"] == "REQUEST"]
    assert rows and rows[0]["source"] == "arakan-army", rows
