"""A second audit of the events the program gives against docs/annotation.md's written event rules (issue 11,
helper k29e), independent of any gold file. Each case names the rule it checks; the sentences were written for this
test, from many conflicts (Turkey and Russia, Kenya and Sudan, Ukraine, Colombia, Venezuela, Gaza, Yemen, Korea)."""

from __future__ import annotations

import pytest
from support import assert_event, event_rows

PUB = "2024-05-15"  # a Wednesday

# text, type, expected fields (source/sources, target/targets, mode), rule
CASES = [
    # Type table, CONSULT: `phone` for calls; Meetings and visits: a call lists every party, no recipient
    ("Erdogan called Putin on Tuesday.", "CONSULT",
     {"sources": ["recep-tayyip-erdogan", "vladimir-putin"], "target": None, "mode": "phone"},
     "Type table, CONSULT: 'X called Y' is a phone call, mode phone, every party an actor"),
    ("Kenyan President William Ruto called Sudan's army chief on Monday.", "CONSULT",
     {"sources": ["william-ruto", "sudanese-armed-forces"], "mode": "phone"},
     "Type table, CONSULT: a call to a party the text names is CONSULT phone"),
    ("Colombian President Gustavo Petro phoned Nicolas Maduro on Monday.", "CONSULT",
     {"sources": ["gustavo-petro", "nicolas-maduro"], "mode": "phone"},
     "Meetings and visits: who called does not make a host"),
    # Meetings and visits: hosted by a third party
    ("Qatar hosted talks between Israel and Hamas on Monday.", "CONSULT",
     {"sources": ["israel", "hamas"], "target": None, "mode": "third-party"},
     "Meetings and visits: talks a third party hosts list the parties, mode third-party"),
    ("Saudi Arabia hosted talks between the Sudanese army and the RSF in Jeddah on Monday.", "CONSULT",
     {"sources": ["sudanese-armed-forces", "rapid-support-forces"], "mode": "third-party"},
     "Meetings and visits: the host is neither actor nor recipient"),
    ("Talks hosted by Kenya between Ethiopia and the TPLF began on Monday.", "CONSULT",
     {"sources": ["ethiopia", "tplf"], "mode": "third-party"},
     "Meetings and visits: 'talks hosted by X between A and B' is third-party"),
    ("Biden called the Israeli prime minister on Monday.", "CONSULT",
     {"sources": ["joe-biden", "israel"], "mode": "phone"},
     "Type table, CONSULT: a call to an office holder is CONSULT phone"),
    # Lists: compound actors of three or more
    ("Mali, Burkina Faso and Niger withdrew from ECOWAS on Monday.", "SANCTION",
     {"sources": ["mali", "burkina-faso", "niger"]},
     "Lists: 'A, B and C withdrew' gives all three as the actor list"),
    ("Mali, Burkina Faso and Niger condemned the sanctions on Monday.", "ACCUSE",
     {"sources": ["mali", "burkina-faso", "niger"]},
     "Lists: a compound actor of three states is every state (Compound and Reciprocal Actors)"),
    ("Russia, China and Iran held joint naval drills on Monday.", "COOPERATE",
     {"sources": ["russia", "china", "iran"]}, "Lists: every party of a joint act is an actor"),
    # Type table, THREATEN: in-absentia arrest warrants (PLOVER COERCE, ambiguities: a THREATEN `arrest`)
    ("A military court in Mali issued international arrest warrants in absentia for three former ministers.",
     "THREATEN", {"mode": "arrest"}, "Type table, THREATEN: an in-absentia arrest warrant is THREATEN arrest"),
    ("The ICC issued an arrest warrant for Vladimir Putin on Monday.", "THREATEN",
     {"source": "icc", "target": "vladimir-putin", "mode": "arrest"},
     "Type table, THREATEN: a warrant for someone not in custody threatens the arrest"),
    # Type table, THREATEN: the mode is the content of the threat
    ("The gang threatened to kill the hostages on Monday.", "THREATEN", {"mode": "violence"},
     "Type table, THREATEN: the mode is the content of the threat (violence)"),
    ("The junta threatened to arrest striking workers in Yangon on Monday.", "THREATEN", {"mode": "arrest"},
     "Type table, THREATEN: a threat to arrest is mode arrest"),
    ("Russia threatened to cut gas supplies to Moldova on Monday.", "THREATEN", {"mode": "restrict"},
     "Type table, THREATEN: a threat to cut supplies is mode restrict"),
    ("M23 rebels threatened to seize Goma on Monday.", "THREATEN", {"mode": "territory"},
     "Type table, THREATEN: a threat to seize a town is mode territory"),
    ("The government threatened to expel the UN envoy on Monday.", "THREATEN", {"mode": "expel"},
     "Type table, THREATEN: a threat to expel an envoy is mode expel"),
    # Type table, AID: people rescue is AID (Disasters; Emergency services)
    ("Rescue workers pulled 12 survivors from the rubble in Kharkiv on Monday.", "AID", {"mode": "humanitarian"},
     "Type table, AID: rescue workers pulling survivors out is AID"),
    ("Civil defence teams pulled survivors out of the collapsed building in Gaza on Monday.", "AID", {},
     "Disasters: people pulled out of a collapsed building are rescued, AID"),
    ("Firefighters freed three people trapped in the debris in Odesa on Monday.", "AID", {"mode": "humanitarian"},
     "Emergency services: firefighters freeing trapped people is AID"),
    ("Divers pulled 20 migrants from the sea off Lampedusa on Monday.", "AID", {},
     "Type table, AID: people pulled from the sea are rescued, AID"),
    # Type table, THREATEN: coercive warnings stay
    ("North Korea warned of a merciless response to the drills on Monday.", "THREATEN", {"source": "north-korea"},
     "Type table, THREATEN: a warning of the speaker's response is a threat"),
    ("Russia warned of retaliatory strikes on Kyiv on Monday.", "THREATEN", {"source": "russia"},
     "Type table, THREATEN: a warning of a hostile act is a threat"),
]




@pytest.mark.parametrize("text, event_type, expected, rule", CASES, ids=[c[3][:60] for c in CASES])
def test_event_follows_annotation_rule(text, event_type, expected, rule):
    assert_event(text, PUB, event_type, expected, rule)


# text, type that must not be there, rule
ABSENT = [
    ("The UN warned of famine in Sudan on Monday.", "THREATEN",
     "PLOVER THREATEN: a warning of a danger is no threat by the speaker"),
    ("Aid agencies warned of a cholera outbreak in Yemen on Monday.", "THREATEN",
     "PLOVER THREATEN: a warning of an outbreak threatens no one"),
    ("The WHO warned of a humanitarian catastrophe in Gaza on Monday.", "THREATEN",
     "PLOVER THREATEN: a warning of a catastrophe is no coercion"),
    ("Minister Tobias Ellwood calls ISIL presence in Palmyra a tragedy", "CONSULT",
     "Type table, CONSULT: calling a thing by a name is no phone call"),
    ("Civil defence teams pulled survivors out of the collapsed building in Gaza on Monday.", "RETREAT",
     "Type table, AID: a rescue is no RETREAT ('pulled out')"),
    ("Firefighters freed three people trapped in the debris in Odesa on Monday.", "RETREAT",
     "Type table, AID: freeing trapped people is no captor's release"),
    ("Police executed a search warrant at the house on Monday.", "THREATEN",
     "Type table, THREATEN: a search warrant threatens no arrest"),
    ("The union called off the strike on Monday.", "CONSULT", "Type table, CONSULT: 'called off' is no call"),
    ("The UN called on Russia to withdraw its troops on Monday.", "CONSULT",
     "Type table, REQUEST: 'call on' is a request, not a phone call"),
    ("The general called the opposition leader a traitor on Monday.", "CONSULT",
     "Insults: 'called X a traitor' is no phone call"),
    ("Qatar hosted talks between Israel and Hamas on Monday.", "CONSULT_WITH_HOST",
     "Meetings and visits: the third party host is not listed"),
]


@pytest.mark.parametrize("text, event_type, rule", ABSENT, ids=[c[2][:60] for c in ABSENT])
def test_no_event_the_rule_excludes(text, event_type, rule):
    if event_type == "CONSULT_WITH_HOST":
        assert not [e for e in event_rows(text, PUB) if e["type"] == "CONSULT" and "qatar" in (
            e["sources"] + e["targets"])], rule
        return
    assert not [e for e in event_rows(text, PUB) if e["type"] == event_type], rule


@pytest.mark.parametrize("text", [
    "Hamas freed three hostages on Monday.",
    "The Arakan Army freed 20 captured soldiers in Rakhine on Monday.",
], ids=["hamas", "arakan-army"])
def test_a_captors_release_stays_retreat(text):
    """Type table, RETREAT: a captor's release of captives stays RETREAT release; only a rescue is AID."""
    assert [e["mode"] for e in event_rows(text, PUB) if e["type"] == "RETREAT"] == ["release"]
