"""An audit of the events the program gives against docs/annotation.md's written event rules (issue 11, helper
k28e), independent of any gold file. Each case names the rule it checks; the sentences were written for this test,
from many conflicts (Sudan, Ukraine, the Sahel, Myanmar, Colombia, Yemen, Ethiopia, Somalia, Kenya, the DRC)."""

from __future__ import annotations

import pytest
from support import assert_event, event_rows

PUB = "2024-05-15"  # a Wednesday

# text, published, type, expected fields (source/sources, target/targets, date, mode, fatalities, injuries), rule
CASES = [
    # Date
    ("Myanmar's military junta arrested 30 protesters in Yangon last Thursday.", "2024-05-17", "COERCE",
     {"date": "2024-05-09"}, "Date: 'Last Thursday' in an article of a Friday is the Thursday of the week before"),
    ("Troops arrested five activists in Bamako last Monday.", PUB, "COERCE", {"date": "2024-05-06"},
     "Date: 'last' names the weekday of the week before the publication's"),
    ("Russian drones struck Odesa on Monday, killing 12 people.", PUB, "ASSAULT", {"date": "2024-05-13"},
     "Date: a weekday is the most recent such day on or before the publication date"),
    ("The army shelled villages in Darfur last summer.", PUB, "ASSAULT", {"date": "2023"},
     "Date: 'in the summer' gives the year"),
    ("The army shelled villages in Darfur this summer.", "2024-09-15", "ASSAULT", {"date": "2024"},
     "Date: 'in the summer' gives the year"),
    # Undated statements
    ("In an earlier statement, the Ukrainian military accused Russia of shelling Kherson.", PUB, "ACCUSE",
     {"date": None}, "Undated statements: a statement placed before the news ('in an earlier statement') is null"),
    ("In a previous interview, the Sudanese army chief accused the UAE of arming the RSF.", PUB, "ACCUSE",
     {"date": None}, "Undated statements: 'previously', 'in an earlier statement' take what the text gives, else null"),
    ("Sudan's army has accused the RSF of looting homes in Omdurman.", PUB, "ACCUSE", {"date": PUB},
     "Undated statements: a statement of the article's news takes the publication day"),
    # Meetings and visits
    ("Sudan's army chief met Kenyan President William Ruto on Monday.", PUB, "CONSULT",
     {"sources": ["sudanese-armed-forces", "william-ruto"], "target": None},
     "Meetings and visits: 'X met Y' with no host in the text lists every party as actor, no recipient"),
    ("Vladimir Putin met Recep Tayyip Erdogan in Astana on Friday.", PUB, "CONSULT",
     {"sources": ["vladimir-putin", "recep-tayyip-erdogan"], "target": None},
     "Meetings and visits: a meeting at a third place has no host"),
    ("Vladimir Putin met Recep Tayyip Erdogan in Sochi on Friday.", PUB, "CONSULT",
     {"source": "recep-tayyip-erdogan", "target": "vladimir-putin", "mode": "visit"},
     "Meetings and visits: a meeting at the host's seat is the visitor's, mode visit"),
    ("Ethiopian Prime Minister Abiy Ahmed visited Djibouti on Monday.", PUB, "CONSULT",
     {"source": "abiy-ahmed", "target": "djibouti", "mode": "visit"},
     "Meetings and visits: a visit, visitor actor and host recipient, mode visit"),
    ("Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed on Monday.", PUB, "CONSULT",
     {"source": "abiy-ahmed", "target": "william-ruto", "mode": "visit"},
     "Meetings and visits: hosting ('hosted', 'received') makes the guest the actor and the host the recipient"),
    ("Zelensky spoke by phone with Emmanuel Macron on Tuesday.", PUB, "CONSULT",
     {"sources": ["volodymyr-zelensky", "emmanuel-macron"], "mode": "phone"},
     "Meetings and visits: a phone call lists every party, mode phone"),
    # The type table
    ("Mali summoned the French ambassador on Monday to protest the drone strike.", PUB, "ACCUSE",
     {"source": "mali"}, "Type table, CONSULT: summoning an ambassador to complain is ACCUSE, not CONSULT"),
    ("Ethiopia and Eritrea restored diplomatic ties on Monday.", PUB, "SUPPORT",
     {"sources": ["ethiopia", "eritrea"]}, "Type table, SUPPORT: restoring diplomatic ties is SUPPORT"),
    ("Niger barred French troops from entering its territory on Monday.", PUB, "REJECT", {"source": "niger"},
     "Type table, REJECT: barring a group from entering is REJECT"),
    ("Ethiopia declared a state of emergency in the Amhara region on Monday.", PUB, "COERCE",
     {"source": "ethiopia", "mode": "martial-law"}, "Type table, COERCE: states of emergency (martial-law)"),
    ("Russia held military exercises near Kaliningrad on Monday.", PUB, "MOBILIZE", {"source": "russia"},
     "Type table, MOBILIZE: single-country exercises"),
    ("Kenya and Somalia held joint military exercises on Monday.", PUB, "COOPERATE",
     {"sources": ["kenya", "somalia"]}, "Type table, MOBILIZE: joint exercises are COOPERATE"),
    ("Myanmar's junta arrested 30 protesters in Yangon on Monday.", PUB, "COERCE", {"mode": "arrest"},
     "Modes: arrests and detentions are COERCE arrest"),
    ("The ICC opened an investigation into the killings in Darfur on Monday.", PUB, "ACCUSE",
     {"mode": "investigate"}, "Type table, ACCUSE: any investigation is `investigate`"),
    ("Ukraine accused Russia of shelling Kharkiv on Monday.", PUB, "ACCUSE", {"mode": "allege"},
     "Type table, ACCUSE: 'accused X of' is `allege`"),
    ("The EU condemned the massacre in Darfur on Monday.", PUB, "ACCUSE", {"mode": "disapprove"},
     "Type table, ACCUSE: condemnations are `disapprove`"),
    ("The UN called for the release of detained journalists in Myanmar on Monday.", PUB, "REQUEST",
     {"mode": "yield"}, "Type table, REQUEST: calls for access, release or a ceasefire are `yield`"),
    ("Protest leaders demanded the resignation of the interior minister on Monday.", PUB, "REQUEST",
     {"mode": "change"}, "Type table, REQUEST: calls for dismissal are REQUEST `change`"),
    ("The general called the opposition leader a traitor on Monday.", PUB, "ACCUSE", {},
     "Insults and threats against a person: insults and denigration are ACCUSE disapprove"),
    ("The government compensated the families of the victims in Cauca on Monday.", PUB, "AID", {},
     "Compensation: a payment a government makes to a person for a grievance is AID"),
    ("A government commission recommended that Kenya withdraw its police from Haiti.", PUB, "REQUEST",
     {"target": "kenya"}, "Advisory bodies: a commission's recommendations are REQUEST change"),
    ("The African Union welcomed the agreement between Ethiopia and the TPLF.", PUB, "SUPPORT",
     {"source": "african-union", "targets": ["ethiopia", "tplf"]},
     "Actor and recipient: who welcomes an agreement is its actor; its parties are not"),
    # One event or several
    ("Al-Shabaab militants tried to attack a military base in Lower Shabelle on Monday.", PUB, "ASSAULT",
     {"source": "al-shabaab"}, "One event or several: an attempted attack is an ASSAULT"),
    ("Russian forces failed to capture Chasiv Yar on Monday.", PUB, "ASSAULT", {"source": "russian-military"},
     "One event or several: an attempted attack is an ASSAULT"),
    # Actor: a claim of responsibility
    ("Al-Shabaab claimed responsibility for a car bomb that killed 10 people in Mogadishu on Monday.", PUB,
     "ASSAULT", {"source": "al-shabaab", "fatalities": 10},
     "Actor and recipient: a claim of responsibility makes the actor"),
    # Tolls
    ("Five passengers were killed and ten wounded in the attack on a bus in Borno on Monday.", PUB, "ASSAULT",
     {"fatalities": 5, "injuries": 10}, "Tolls: the counts the text states for that event"),
    ("Gunmen attacked a church in northern Burkina Faso on Sunday, causing no injuries.", PUB, "ASSAULT",
     {"fatalities": 0, "injuries": 0}, "Tolls: 'causing no injuries' gives 0 for both"),
]




@pytest.mark.parametrize("text, published, event_type, expected, rule", CASES, ids=[c[4][:60] for c in CASES])
def test_event_follows_annotation_rule(text, published, event_type, expected, rule):
    assert_event(text, published, event_type, expected, rule)


# text, type that must not be there, rule
ABSENT = [
    ("Doctors in Kenya went on strike on Monday, demanding better pay from the government.", "REQUEST",
     "Type table, PROTEST: the protest's topic is not a separate REQUEST"),
    ("Students demonstrated in Dhaka on Monday, calling for the resignation of the prime minister.", "REQUEST",
     "Type table, REQUEST: demands made by demonstrating are PROTEST"),
    ("Kidnappers in Zamfara demanded 10 million naira from the villagers and threatened to kill the captives.",
     "REQUEST", "Extortion: a demand for payment backed by harm is THREATEN"),
    ("Mali summoned the French ambassador on Monday.", "CONSULT",
     "Type table, CONSULT: summoning an ambassador is ACCUSE, not CONSULT"),
    ("The general called the opposition leader a traitor on Monday.", "REQUEST",
     "Type table, REQUEST: 'called X a traitor on Monday' asks nothing ('on Monday' is no 'call on')"),
    ("The government compensated the families of the victims on Monday.", "CONCEDE",
     "Compensation: a payment for a grievance is AID, not CONCEDE"),
]


@pytest.mark.parametrize("text, event_type, rule", ABSENT, ids=[c[2][:60] for c in ABSENT])
def test_no_event_the_rule_excludes(text, event_type, rule):
    assert not [e for e in event_rows(text, PUB) if e["type"] == event_type], rule


def test_the_demand_becomes_the_threat():
    """Extortion: THREATEN, one event (docs/annotation.md, *Extortion*)."""
    types = [e["type"] for e in event_rows(
        "The gang demanded a ransom of $50,000 from the family, threatening to kill the hostage.", PUB)]
    assert types == ["THREATEN"]
