"""Meetings, talks and calls (PLOVER CONSULT) told as the setting of another act, planned, or told in a participle
under a verb to come (issue 11, helper c36). The sentences were written for this test, from many conflicts (Sudan,
Ukraine, Colombia, the Sahel, Yemen, Gaza), never taken from a gold article."""

from __future__ import annotations

import pytest
from support import event_rows

PUB = "2024-05-15"

HELD = [
    ("Putin and Erdogan agreed in a phone call to hold a joint investigation.", "phone",
     "PLOVER CONSULT mode phone: the call in which they agreed took place (setting_preps)"),
    ("Zelensky said during talks with Biden that Ukraine needed more air defence.", None,
     "PLOVER CONSULT: the talks during which he spoke took place (setting_preps)"),
    ("The Houthi negotiator said during the talks in Muscat that the blockade had to end.", None,
     "PLOVER CONSULT: the talks in Muscat took place; the speaker is among their parties"),
    ("Sudan's army chief signed the declaration at a meeting with RSF envoys in Jeddah on Monday.", None,
     "PLOVER CONSULT: a meeting as the setting of a signing told as done"),
    ("An ECOWAS delegation arrived in Niamey on Monday for talks with the junta.", None,
     "PLOVER CONSULT, visits: a delegation arrived for talks (journey_verbs)"),
    ("The UN envoy for Yemen flew to Muscat on Tuesday for talks with Houthi negotiators.", None,
     "PLOVER CONSULT, visits: an envoy who flew to talks (journey_verbs)"),
]

NOT_HELD = [
    ("Talks between Israel and Hamas are planned for next week in Cairo.",
     "PLOVER CONSULT, Auxiliary modes: talks planned are not held (planning_verbs)"),
    ("A meeting between the Malian junta and ECOWAS is expected in Abuja.",
     "PLOVER CONSULT: a meeting expected is not held (irrealis_heads)"),
    ("Bogota will have to pursue a slower approach, negotiating with the ELN front by front.",
     "PLOVER, Auxiliary modes: a participle adjunct is told in its head's mode (to come)"),
    ("The Houthis refused to hold talks with the Saudi-backed government.",
     "PLOVER CONSULT: talks refused are not held"),
    ("Qatar called for talks between Israel and Hamas.",
     "PLOVER CONSULT: talks called for are a REQUEST, not held"),
    ("The RSF will agree to a truce during the talks in Geneva next week.",
     "PLOVER CONSULT: a setting under a verb to come is not a meeting held (set_in: past verbs only)"),
    ("Gunmen opened fire at a meeting of tribal elders in Marib on Monday.",
     "PLOVER CONSULT: an act of force at a meeting makes its doer no party of it (set_in: armed_types)"),
    ("Police arrested two activists at a meeting in Khartoum on Monday.",
     "PLOVER CONSULT: an arrest at a meeting makes the police no party of it (set_in: armed_types)"),
    ("A suicide bomber blew himself up at a meeting of clan elders in Mogadishu.",
     "PLOVER CONSULT: a bombing at a meeting makes the bomber no party of it (set_in: weapon_verbs)"),
    ("Hamas sent a delegation to Cairo on Monday.",
     "PLOVER CONSULT: a delegation sent is a visit only when it arrives"),
    ("Qatar's prime minister is heading to Cairo for talks on a truce in Gaza.",
     "PLOVER CONSULT: a journey under way; the talks are not yet held (journey_verbs: past verbs only)"),
    ("A summit of Sahel leaders is due to take place in Niamey next month.",
     "PLOVER, Auxiliary modes: a summit due to take place is to come (scheduling_words)"),
    ("Talks between the Houthis and Riyadh are scheduled to begin in Muscat on Monday.",
     "PLOVER, Auxiliary modes: talks scheduled are to come (scheduling_words)"),
    ("Zelensky has regularly met Western leaders since the invasion.",
     "docs/annotation.md, One event or several: a stretch of meetings is no one occurrence (frequency_adverbs)"),
]

RETOLD = [
    "The Sudanese foreign minister met the Egyptian president in Cairo on Monday. The minister met the president "
    "to discuss the war in Sudan.",
    "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Saturday. Ruto met Abiy "
    "to discuss the border with Somalia.",
    "Ministers discussed the war in Sudan\nThe Saudi and US foreign ministers met in Jeddah on Monday with envoys "
    "of the army and the RSF.",
    "Ukrainian and Russian officials met in Istanbul on Friday. During the meeting, both sides agreed to swap "
    "prisoners.",
    "Erdogan spoke with Putin by phone on Tuesday. During the call, the two leaders discussed the grain corridor.",
    "Colombian government negotiators and ELN commanders held talks in Havana on Monday. The negotiations ended "
    "without a ceasefire.",
]


@pytest.mark.parametrize(("text", "mode", "rule"), HELD)
def test_a_meeting_set_for_an_act_told_as_done_is_held(text, mode, rule):
    consults = [e for e in event_rows(text, PUB) if e["type"] == "CONSULT"]
    assert consults, rule
    assert mode is None or consults[0]["mode"] == mode, (rule, consults)
    assert consults[0]["source"] is not None, (rule, consults)


@pytest.mark.parametrize(("text", "rule"), NOT_HELD)
def test_a_meeting_not_held_is_no_consult(text, rule):
    assert not [e for e in event_rows(text, PUB) if e["type"] == "CONSULT"], rule


@pytest.mark.parametrize("text", RETOLD)
def test_a_meeting_retold_is_one_event(text):
    """docs/annotation.md, One event or several: one meeting told in the lead and retold ("during the meeting", "the
    negotiations") is one CONSULT."""
    assert len([e for e in event_rows(text, PUB) if e["type"] == "CONSULT"]) == 1


def test_a_new_party_met_is_a_new_meeting():
    """docs/annotation.md, One event or several: a meeting with another party is another meeting (meeting_again names
    only the parties told before)."""
    text = "Blinken met Netanyahu in Jerusalem on Monday. Blinken met Gantz on Tuesday."
    assert len([e for e in event_rows(text, PUB) if e["type"] == "CONSULT"]) == 2


def test_a_discussed_topic_does_not_place_the_meeting():
    """PLOVER CONSULT: the place is where the parties meet; what a topic verb discusses is the topic ("discussed the
    crisis in Niger" in Bamako is in Bamako)."""
    from conflictgraph.api import extract
    bundle = extract(["Sahel ministers discussed the crisis in Niger in Bamako on Monday."],
                     published=PUB).to_dict()
    places = [e.get("location", {}) or {} for e in bundle["events"] if e["type"] == "CONSULT"]
    assert places and all("Niger" != p.get("name") for p in places), places


@pytest.mark.parametrize("text", [
    "The talks, mediated by Qatar, took place in Doha on Monday.",
    "Russian and Ukrainian officials swapped prisoners on Friday after talks mediated by the UAE.",
])
def test_a_mediator_is_no_party_of_the_talks(text):
    """docs/annotation.md, Meetings and visits: talks hosted or mediated by a third party list the parties, not the
    mediator, as actors (mediating_verbs)."""
    consults = [e for e in event_rows(text, PUB) if e["type"] == "CONSULT"]
    assert consults
    assert all(s not in ("qatar", "united-arab-emirates") for e in consults for s in e["sources"] + e["targets"])


@pytest.mark.parametrize(("text", "coded"), [
    ("The UN envoy will travel to Port Sudan, meeting army chief Abdel Fattah al-Burhan on 20 May.", "AGREE"),
    ("Bogota will have to pursue a slower approach, negotiating with the ELN front by front.", None),
])
def test_a_participle_under_a_future_verb_is_a_promised_meeting(text, coded):
    """PLOVER AGREE: promised future CONSULT is AGREE (docs/annotation.md, the type table: future meetings are
    AGREE); a participle is told in its head's mode, so under "will travel" the meeting is promised, and under an
    obligation ("will have to") it is neither held nor promised."""
    types = {e["type"] for e in event_rows(text, PUB)}
    assert "CONSULT" not in types
    assert (coded in types) if coded else "AGREE" not in types
