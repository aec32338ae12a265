"""Which events exist: one occurrence told again is one event, and words of an event type in a command, in a list of
charges or in a protesters' demand are no event of their own; the sense of "storm" by who does it.

Sentences written for these tests (Sudan, Ukraine, Myanmar, Somalia, Pakistan, Kenya, Mali,
Colombia, Yemen, Israel and Palestine, Nigeria ...), not taken from any annotated set. Each case cites the rule of the
PLOVER manual (or of docs/annotation.md, which follows it) that it checks. Five cases ("a second attack", "the other
attack", the petition's one REQUEST, protesters storming a parliament, a group's supporters storming a compound) hold
the limits of the new rules: they fail if the rules reach too far.
"""

from __future__ import annotations

import pytest
from support import events_by_text

PUBLISHED = "2024-05-15"

# (text, type, how many events of that type it must give, the rule)
COUNTS = [
    # A definite event noun that is a verb's doer tells the act told before again (docs/annotation.md: one event is
    # one act; every sentence that reports it is its evidence).
    ("Ukrainian drones struck an oil depot in Novorossiysk on Saturday. The strike targeted the Russian navy's "
     "Black Sea Fleet.", "ASSAULT", 1, "annotation.md: a later sentence that reports the act is its evidence"),
    ("A car bomb exploded near a military base in Mogadishu on Sunday. The bombing targeted African Union troops.",
     "ASSAULT", 1, "annotation.md: a later sentence that reports the act is its evidence"),
    ("Soldiers arrested the journalist in Yangon on Tuesday. His arrest comes days after the junta extended the "
     "state of emergency.", "COERCE", 1, "annotation.md: a later sentence that reports the act is its evidence"),
    # ... unless a word sets it apart from the act told
    ("Gunmen killed 12 villagers in Zamfara on Monday. A second attack targeted a market in Katsina.",
     "ASSAULT", 2, "annotation.md: acts that differ in place are separate events"),
    ("Al-Shabaab fighters attacked a base in Mogadishu on Monday. The other attack targeted a market in Baidoa.",
     "ASSAULT", 2, "annotation.md: acts that differ in place are separate events"),
    # An act labelled by a verbal act is the act told before (PLOVER ACCUSE: the condemnation is the event).
    ("A suicide bomber killed the Pakistani minister in Peshawar on Sunday. The president described the "
     "assassination of Bashir Bilour as an act of cowardice.", "ASSAULT", 1,
     "annotation.md: a sentence that condemns or labels an act told before is its evidence"),
    # An act named as the time of another ("After shooting the ambassador, ...") is the one told before.
    ("RSF fighters stormed the village of Wad al-Noura on Wednesday. After storming the village, the fighters "
     "looted the market.", "ASSAULT", 1, "annotation.md: one event is one act; the time clause tells it again"),
    # A protesters' demand told in the next sentence is part of their protest (PLOVER REQUEST: demands made by
    # demonstrating are PROTEST).
    ("Hundreds of demonstrators gathered outside the army headquarters in Khartoum on Sunday. They called for the "
     "resignation of the military council.", "REQUEST", 0,
     "PLOVER PROTEST/REQUEST: the protest's demands are not a separate REQUEST"),
    ("Thousands of people marched through Bogota on Thursday. They demanded an end to the killings of social "
     "leaders.", "REQUEST", 0, "PLOVER PROTEST/REQUEST: the protest's demands are not a separate REQUEST"),
    # A command is asked or threatened, not done (PLOVER, Auxiliary modes).
    ('"Fly with the crows and get shot," read one of the messages sent to the Kenyan senator.', "ASSAULT", 0,
     "PLOVER Auxiliary modes: an act only commanded or threatened did not take place"),
    ('"Please reject the referendum," the opposition leader in Mali told his supporters.', "REJECT", 0,
     "PLOVER Auxiliary modes: a command names an act that did not take place (the command is a REQUEST)"),
    ("Release the hostages held in Gaza, protesters in Tel Aviv demanded on Saturday.", "RETREAT", 0,
     "PLOVER Auxiliary modes: the release demanded did not take place"),
    # An act named in a list of charges is the charge's content, not an occurrence (annotation.md: police and
    # courts; PLOVER ACCUSE: charge judicially).
    ("The commander is charged with recruiting in camps, using child soldiers and assault with a weapon.", "ASSAULT", 0,
     "annotation.md: an act known only as the content of a charge is not an event of its own"),
    # A petition is a request; signing one is no SUPPORT (PLOVER REQUEST: petitions; SUPPORT: sign agreements).
    ("More than 10,000 people in Colombia signed a petition demanding the release of the kidnapped journalist.",
     "SUPPORT", 0, "PLOVER REQUEST: requests ... including petitions (signing a petition approves no policy)"),
    ("More than 10,000 people in Colombia signed a petition demanding the release of the kidnapped journalist.",
     "REQUEST", 1, "PLOVER REQUEST: requests ... including petitions"),
    # "storm" by armed forces is an assault; by a crowd a riot.
    ("RSF fighters stormed the village of Wad al-Noura on Wednesday.", "ASSAULT", 1,
     "PLOVER ASSAULT: deliberate actions that can potentially result in substantial physical harm"),
    ("Al-Shabaab militants stormed a hotel in Mogadishu on Friday night.", "ASSAULT", 1,
     "PLOVER ASSAULT: deliberate actions that can potentially result in substantial physical harm"),
    ("Israeli troops stormed the al-Shifa hospital in Gaza on Wednesday.", "PROTEST", 0,
     "PLOVER PROTEST: civilian demonstrations (troops storming a hospital are none)"),
    ("Protesters stormed the parliament in Nairobi on Tuesday.", "PROTEST", 1,
     "PLOVER PROTEST mode riot: a crowd storming a building"),
    ("Supporters of the Houthi movement stormed the UN compound in Sanaa on Monday.", "PROTEST", 1,
     "PLOVER PROTEST mode riot: a group's supporters are a crowd, not its armed force"),
]


@pytest.fixture(scope="module")
def found():
    return events_by_text(list(dict.fromkeys(text for text, *_ in COUNTS)), PUBLISHED)


@pytest.mark.parametrize("text, event_type, count, rule", COUNTS,
                         ids=[f"{c[1]}-{c[2]}-{i}" for i, c in enumerate(COUNTS)])
def test_events_of_type(found, text, event_type, count, rule):
    events = [e for e in found[text] if e["type"] == event_type]
    assert len(events) == count, (rule, [(e["type"], [v["text"] for v in e["evidence"]]) for e in found[text]])


def test_told_again_is_evidence_not_arguments(found):
    """The sentence that tells the act again is its evidence; what the noun's verb adds is not read as the act's
    arguments (its target and date stay the first telling's: the bombing's target is not 'African Union troops'
    read from the verb of the noun)."""
    text = "A car bomb exploded near a military base in Mogadishu on Sunday. The bombing targeted African Union troops."
    [event] = [e for e in found[text] if e["type"] == "ASSAULT"]
    assert len(event["evidence"]) == 2
    assert event["date"] == "2024-05-12"


def test_act_told_as_a_time_is_evidence():
    """"After raiding the camp, the troops arrested 12 men": the raid told before, named as the time of the arrests,
    is that raid (its evidence), and the arrests are an act of their own (PLOVER COERCE: seize and arrest)."""
    text = "Israeli troops raided the Jenin camp on Monday. After raiding the camp, the troops arrested 12 men."
    events = [e for e in events_by_text([text], PUBLISHED)[text] if e["type"] == "COERCE"]
    assert len(events) == 2
    raid = next(e for e in events if e["evidence"][0]["text"].startswith("Israeli troops raided"))
    assert [v["text"][:12] for v in raid["evidence"]] == ["Israeli troo", "After raidin"]


def test_protest_keeps_the_demand_as_evidence(found):
    """The demand's sentence is evidence of the protest (PLOVER PROTEST: the topic of a protest is part of it)."""
    text = ("Hundreds of demonstrators gathered outside the army headquarters in Khartoum on Sunday. They called "
            "for the resignation of the military council.")
    [protest] = [e for e in found[text] if e["type"] == "PROTEST"]
    assert any(v["text"].startswith("They called") for v in protest["evidence"])
