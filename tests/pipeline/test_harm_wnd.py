"""Harm done and harm suffered (issue 11, lead): wounding is an act where the parse gives its doer, gunfire is no
blaze, and accidents named as what happened are no act. Each case names its ground (the PLOVER manual,
docs/annotation.md); the sentences were written for this test, from many countries, never taken from a gold
article."""

from __future__ import annotations

import pytest
from support import event_rows

PUB = "2024-03-06"

# (text, fatalities, injuries, rule): one ASSAULT with this toll
CODED = [
    ("Russian drones wounded five people in Mykolaiv on Tuesday, the regional governor said.", None, 5,
     "PLOVER ASSAULT: deliberate actions that can result in substantial physical harm; a doer wounds"),
    ("Gunmen wounded two police officers in Kano on Monday.", None, 2,
     "PLOVER ASSAULT: wounding by a named doer (collective actors are actors, docs/annotation.md)"),
    ("Israeli fire wounded 12 Palestinians near the border fence in Gaza, the health ministry said.", None, 12,
     "PLOVER ASSAULT small arms: fire named by its actor is gunfire, no natural force"),
    ("Israeli fire killed 12 Palestinians near the border fence in Gaza, the health ministry said.", 12, None,
     "PLOVER ASSAULT small arms: fire named by its actor is gunfire, no natural force"),
    ("Sniper fire killed two civilians in Bakhmut on Monday.", 2, None,
     "PLOVER ASSAULT small arms: fire named by its weapon is gunfire"),
    ("Artillery fire killed five people in Kharkiv.", 5, None,
     "PLOVER ASSAULT heavy weapons: artillery fire"),
    ("Soldiers were wounded by mortar fire near Goma on Sunday.", None, None,
     "PLOVER ASSAULT: the passive's agent is the doer"),
    ("Two men set fire to the mosque in Kaduna, killing three worshippers.", 3, None,
     "PLOVER ASSAULT: arson by a doer (near miss of the fire rule: fire set is a weapon)"),
    ("Two soldiers were wounded in the attack on the base in Gao.", None, 2,
     "PLOVER ASSAULT: the attack noun tells the act; its wounded are its toll"),
]

# (text, rule): no ASSAULT
NOT_CODED = [
    ("A car crash injured three people on the highway near Nakuru on Sunday.",
     "annotation.md General news: accidents have no agent; a crash named as the doer"),
    ("Three people were killed in a car crash near Nakuru on Sunday.",
     "annotation.md General news: what they were killed in is an accident"),
    ("Three people were injured when a bus overturned near Mombasa.",
     "annotation.md General news: the when clause tells an accident"),
    ("Two people were killed when their car collided with a lorry outside Lusaka.",
     "annotation.md General news: a collision is no one's deliberate act"),
    ("A fire killed 12 people in a Nairobi apartment block.",
     "PLOVER ASSAULT is deliberate: a blaze with no one who set it is no act"),
    ("The storm injured 20 people in Dhaka.",
     "annotation.md General news: natural forces are no actors"),
    ("The midfielder injured his knee in the match against Arsenal.",
     "PLOVER ASSAULT is harm done to another: a body part of one's own is no recipient"),
    ("At least 40 people were injured in the stampede at the stadium in Conakry.",
     "annotation.md General news: a crush with no one who caused it is an accident"),
    ("More than 1,300 people were injured, officials said.",
     "event_tolls: a wounding with no doer states a toll, no act of its own"),
]


@pytest.mark.parametrize("text, fatalities, injuries, rule", CODED)
def test_harm_coded(text: str, fatalities: int | None, injuries: int | None, rule: str) -> None:
    assaults = [e for e in event_rows(text, PUB) if e["type"] == "ASSAULT"]
    assert len(assaults) == 1, (rule, assaults)
    if fatalities is not None or injuries is not None:
        assert (assaults[0]["fatalities"], assaults[0]["injuries"]) == (fatalities, injuries), rule


@pytest.mark.parametrize("text, rule", NOT_CODED)
def test_harm_not_coded(text: str, rule: str) -> None:
    assert not [e for e in event_rows(text, PUB) if e["type"] == "ASSAULT"], rule


def test_a_body_part_outside_harm_tells_no_accident():
    """Only a verb of harm reads a body part or a crash as an accident: "raised his hand" told before leaves a later
    "The blast" an attack (the events stage asks every word whether it tells an accident)."""
    text = "A man raised his hand in Kano on Monday.\n\nThe blast happened at 8:40 a.m. near the market, police said.\n"
    assert [e["type"] for e in event_rows(text, PUB)] == ["ASSAULT"]
