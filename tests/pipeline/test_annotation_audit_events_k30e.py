"""A third audit of the events the program gives against docs/annotation.md's written event rules (issue 11,
helper k30e), independent of any gold file. Each case names the rule it checks; the sentences were written for this
test, from many conflicts (Colombia, Myanmar, Sahel, Sudan, Ukraine, Yemen)."""

from __future__ import annotations

import pytest
from support import assert_event, event_rows

PUB = "2024-05-15"  # a Wednesday

# text, type, expected fields (source/sources, target/targets, mode, date), rule
CASES = [
    # PLOVER COERCE seize: "execute search"; executing a warrant is the search or arrest, no execution
    ("Police executed a search warrant at the house in Medellin.", "COERCE", {"mode": "seize"},
     "PLOVER COERCE seize: executing a search warrant is a search"),
    ("Myanmar soldiers executed a search of the monastery in Sagaing.", "COERCE", {"mode": "seize"},
     "PLOVER COERCE seize: 'execute search'"),
    ("Colombian police executed an arrest warrant against the dissident commander.", "COERCE", {"mode": "arrest"},
     "PLOVER COERCE arrest: executing an arrest warrant arrests"),
    # Date: the event's own date phrase, never the publication date when the text dates the event; a past day in a
    # to-infinitive dates the act that governs it (the infinitive's act is not yet done)
    ("Houthi rebels threatened to kill the hostages on Monday.", "THREATEN", {"date": "2024-05-13"},
     "Date: 'threatened to kill ... on Monday' is the threat's Monday"),
    ("The RSF threatened to storm El Fasher on Sunday.", "THREATEN", {"date": "2024-05-12"},
     "Date: a weekday in the threat's infinitive dates the threat"),
    ("Ukraine's president vowed to retake the occupied towns on Tuesday.", "THREATEN", {"date": "2024-05-14"},
     "Date: a vow's weekday told after its infinitive dates the vow"),
    ("Russia threatened to strike Kyiv by Friday.", "THREATEN", {"date": PUB},
     "Date: a deadline ('by Friday') in the infinitive does not date the threat"),
    # Lists (Compound and Reciprocal Actors): names coordinated on a plural noun are every party
    ("The Ethiopian and Kenyan foreign ministers met in Addis Ababa.", "CONSULT", {"sources": ["ethiopia", "kenya"]},
     "Lists: 'the Ethiopian and Kenyan foreign ministers' are both parties"),
    ("The Sudanese and Chadian defence ministers met on Monday.", "CONSULT", {"sources": ["sudan", "chad"]},
     "Lists: coordinated qualifiers of a plural noun are a compound actor"),
    ("The Ukrainian and Polish presidents met in Warsaw.", "CONSULT", {"sources": ["ukraine", "poland"]},
     "Lists: every party in the actor list, not the first qualifier's"),
    # An execution of people stays ASSAULT
    ("The militants executed two soldiers near Gao.", "ASSAULT", {"mode": "targeted"},
     "PLOVER ASSAULT: executions of people stay ASSAULT targeted"),
]




@pytest.mark.parametrize("text, event_type, expected, rule", CASES, ids=[c[3][:60] for c in CASES])
def test_event_follows_annotation_rule(text, event_type, expected, rule):
    assert_event(text, PUB, event_type, expected, rule)


# text, type that must not be there, rule
ABSENT = [
    ("Police executed a search warrant at the house in Medellin.", "ASSAULT",
     "PLOVER COERCE seize: a search warrant's execution is no assault"),
    ("Yemeni security forces executed a search warrant at the port in Aden.", "ASSAULT",
     "PLOVER COERCE seize: executing a warrant harms no one"),
]


@pytest.mark.parametrize("text, event_type, rule", ABSENT, ids=[c[2][:60] for c in ABSENT])
def test_no_event_the_rule_excludes(text, event_type, rule):
    assert not [e for e in event_rows(text, PUB) if e["type"] == event_type], rule


# Actor: the person as the text names them, not the state; a name an appositive titles as an office holder
# ("Ruto, Kenya's president") is that person, though the statistical model missed the name or took it for a place
TITLED = [
    ("Ruto, Kenya's president, met Abiy in Nairobi.", "ruto", "kenya"),
    ("Petro, Colombia's president, met Maduro in Caracas.", "petro", "colombia"),
    ("Tinubu, Nigeria's president, met Tiani in Abuja.", "tinubu", "nigeria"),
]


@pytest.mark.parametrize("text, person, state", TITLED, ids=[c[1] for c in TITLED])
def test_titled_name_is_the_actor_not_its_state(text, person, state):
    events = [e for e in event_rows(text, PUB) if e["type"] == "CONSULT"]
    assert events, text
    parties = {p for e in events for p in (e["sources"] + e["targets"])}
    assert any(p and person in p for p in parties), ("Actor: the person as the text names them", parties)
    assert state not in parties, ("Actor: the person, not the state", parties)
