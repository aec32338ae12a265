"""Events in general news (issue 11, helper gp): what is an act and what is not. Accidents, public safety advice,
languages spoken and needs met, standing programmes, business between companies, competitions' prizes, signed notes
and feelings at one's own news are no PLOVER event; the real act beside each (a bombing, a shooting, a threat, a
demand, a meeting, an honour, a pact) stays coded; announced strikes and industrial action are THREATEN restrict, a
regulator's approval SUPPORT. Each case names the rule it checks (the PLOVER manual, docs/annotation.md *General
news*). The sentences were written for this test, from many countries and domains, never taken from a gold
article."""

from __future__ import annotations

import pytest
from support import event_rows

PUB = "2024-05-15"

# (text, type that must not be coded, rule)
NON_ACTS = [
    ("A nine-year-old boy cycling home in Accra was hit by a minibus and killed on Saturday.", "ASSAULT",
     "annotation.md General news: a road crash has no agent; PLOVER ASSAULT is deliberate (accidental: a vehicle)"),
    ("A cyclist was struck by a lorry in Leeds and died at the scene.", "ASSAULT",
     "PLOVER ASSAULT: deliberate actions by an actor; a vehicle's impact is an accident"),
    ("At least seven people died in a gas explosion at a bakery in Karachi on Tuesday.", "ASSAULT",
     "annotation.md General news: accidents and hazards (a gas explosion) are no events (accident_hazards)"),
    ("A boiler explosion at a garment factory in Gazipur killed nine workers.", "ASSAULT",
     "PLOVER ASSAULT is deliberate: an explosion the hazard names kills by accident (accidental: the verb's doer)"),
    ("A methane explosion in a coal mine near Zonguldak killed 12 miners.", "ASSAULT",
     "annotation.md General news: an accident's dead are no toll of any event"),
    ("Four people were hurt in a gas explosion at a restaurant in Lahore. The blast shattered windows across the "
     "street.", "ASSAULT",
     "an accident told again by a definite 'the blast' is no attack of its own (told_accident)"),
    ("Health Canada is warning people not to eat a brand of frozen dumplings recalled by a Toronto importer.",
     "THREATEN", "annotation.md General news: a recall notice is no THREATEN ('coercive or forceful warnings')"),
    ("Doctors in Madrid say you should drink more water during the heatwave.", "REQUEST",
     "PLOVER REQUEST is a demand by one party on another; a generic 'you' advised is no party"),
    ("Commuters in Sydney were told to expect long delays on Monday.", "REQUEST",
     "annotation.md General news: travel information to the public is no REQUEST"),
    ("Swahili is spoken by over 100 million people in East Africa.", "CONSULT",
     "PLOVER CONSULT is talks between parties; a language spoken is none"),
    ("Their harvests meet their needs, the farmers in Malawi say.", "CONSULT",
     "PLOVER CONSULT: a need met is no meeting (met_measures)"),
    ("His heroes included the marathon champion Haile Gebrselassie, whom he has met in person.", "CONSULT",
     "PLOVER codes occurrences: a person described by a meeting one has had, undated, is no event"),
    ("The programme is funded by the Goethe Institute, which provides grants to students in Ghana.", "AID",
     "annotation.md General news: a standing programme described in the present is no event"),
    ("At the shelter in Leeds the men are given a hot evening meal and a bed.", "AID",
     "annotation.md General news: a standing service in the present is no occurrence"),
    ("Nestle agreed to buy a stake in a Brazilian coffee maker for $2bn.", "AGREE",
     "annotation.md General news: business between companies is no event (PLOVER: 'mundane business activities')"),
    ("FIFA will award its own prize for the world's best player.", "AGREE",
     "annotation.md General news: prizes of competitions are no SUPPORT, so no promise of one either"),
    ("The magazine awarded her its sportswoman of the year prize.", "SUPPORT",
     "annotation.md General news: a competition's prize is no honour of a state or a leader"),
    ("Born Amina Yusuf, the girl signed a farewell note as Amy.", "SUPPORT",
     "PLOVER SUPPORT signs agreements; a note of one's own is none (signed_things)"),
    ('Amber said she was "shocked" when she found out she had been picked for the scholarship.', "ACCUSE",
     "PLOVER ACCUSE disapproves of an action; a feeling at one's own news disapproves of none"),
    ("The union called off the strike on Monday.", "THREATEN",
     "PLOVER THREATEN restrict threatens a strike; one called off is no threat"),
    ("The regulator did not approve the merger.", "SUPPORT", "PLOVER, Auxiliary modes: a negated approval is none"),
    ("Salt trucks have been deployed on main roads in Ottawa, the city said.", "MOBILIZE",
     "PLOVER MOBILIZE is military or police moves; a service's vehicles are none (service_moved)"),
    ("The council dispatched snow ploughs to clear the roads in Oslo.", "MOBILIZE",
     "annotation.md General news: operations of services are no event"),
    ("The army is not ready to negotiate with the rebels in Bamako.", "AGREE",
     "PLOVER, Auxiliary modes: a negated readiness offers nothing"),
]

# (text, type that must be coded, mode or None when any, rule)
ACTS = [
    ("A car bomb killed 14 people at a checkpoint in Mogadishu.", "ASSAULT", None,
     "PLOVER ASSAULT: a bombing; the doer is the bomb, not the car"),
    ("A protester in Nairobi was run over and killed by a police truck.", "ASSAULT", None,
     "PLOVER ASSAULT: a vehicle of a force that kills is no accident the text tells"),
    ("A military truck hit a landmine in Tigray and killed two civilians.", "ASSAULT", None,
     "PLOVER ASSAULT explosives: a weapon in the sentence (a landmine) tells a deliberate act, no road accident"),
    ("A truck ploughed into a Christmas market in Berlin in a terrorist attack, killing 12 people.", "ASSAULT", None,
     "PLOVER ASSAULT: an attack noun tells the act is deliberate"),
    ("A bomb explosion at a bus station in Maiduguri killed 11 people.", "ASSAULT", None,
     "PLOVER ASSAULT explosives: the explosion of a bomb"),
    ("Unidentified gunmen shot dead a journalist in Tegucigalpa on Sunday.", "ASSAULT", "firearms",
     "PLOVER ASSAULT firearms: a shooting by unnamed gunmen"),
    ("A suicide bomber struck a mosque in Peshawar. The blast killed 40 worshippers.", "ASSAULT", None,
     "PLOVER ASSAULT: a bombing, told again by 'the blast' (no accident told before)"),
    ("The United States warned Russia not to invade Ukraine.", "THREATEN", None,
     "PLOVER THREATEN: a warning not to take a hostile act stays a threat"),
    ("The army told residents of Bakhmut to leave the town.", "REQUEST", None,
     "PLOVER REQUEST: an order to a population to act"),
    ("Health Canada is warning people not to eat a brand of frozen dumplings recalled by a Toronto importer.",
     "REQUEST", None,
     "annotation.md Warnings, advice and appeals: a named body's warning asking the public to refrain is REQUEST"),
    ("Police in Lyon warned first responders to be vigilant.", "REQUEST", None,
     "annotation.md General news: a warning to other bodies is REQUEST (a copula asked, _warned_to_do)"),
    ("The president of Ghana said people should remain calm.", "REQUEST", None,
     "annotation.md Calls on the public: a leader's call for calm stays REQUEST"),
    ("The minister said Iran must release the detained sailors.", "REQUEST", None,
     "PLOVER REQUEST: a demand on a party"),
    ("Russia told the people of Kharkiv to expect an assault on the city.", "REQUEST", None,
     "annotation.md General news: the public told to expect a hostile act gets no safety advice; the act stays coded"),
    ("The Sudanese foreign minister met the Egyptian president in Cairo on Monday.", "CONSULT", None,
     "PLOVER CONSULT: a meeting of parties"),
    ("The Indian minister spoke with the Iranian ambassador on Monday.", "CONSULT", None,
     "PLOVER CONSULT: talks with a party"),
    ("Turkey agreed to buy S-400 missiles from Russia.", "AGREE", None,
     "annotation.md: a deal a state is party to stays coded"),
    ("Hamas agreed to release 30 hostages.", "AGREE", None, "PLOVER AGREE: agreeing to a concession"),
    ("Putin awarded Tillerson the Order of Friendship in 2013.", "SUPPORT", None,
     "annotation.md Honours and awards: a leader's honour is SUPPORT"),
    ("The mayor of Lyon awarded the firefighters a medal on Monday.", "SUPPORT", None,
     "annotation.md General news: a mayor's award is SUPPORT"),
    ("The two leaders signed a peace agreement in Doha.", "SUPPORT", None,
     "PLOVER SUPPORT: signing an agreement"),
    ("The union announced a 48-hour strike by rail workers starting on 24 December.", "THREATEN", "restrict",
     "PLOVER THREATEN restrict: an announced strike (a strike measured in hours, by workers, is a labour strike)"),
    ("Teachers in Ontario voted to work to rule from Monday.", "THREATEN", "restrict",
     "annotation.md General news: industrial action short of a strike, voted for a later day, is THREATEN restrict"),
    ("Nurses in Kenya have voted for an overtime ban from next week.", "THREATEN", "restrict",
     "annotation.md General news: an overtime ban voted for is THREATEN restrict"),
    ("Thousands of teachers went on strike in Nairobi on Monday.", "PROTEST", "strike",
     "PLOVER PROTEST strike: a strike under way"),
    ("The army announced a strike on militant positions in Waziristan.", "ASSAULT", None,
     "PLOVER ASSAULT: an air or artillery strike announced is no labour strike"),
    ("Kenya's medicines regulator approved the malaria vaccine on Monday.", "SUPPORT", None,
     "annotation.md sixth widening: a regulator's approval is SUPPORT (PLOVER SUPPORT approve)"),
    ("The regulator has given the green light to a new drug for sleeping sickness.", "SUPPORT", None,
     "PLOVER SUPPORT approve: 'gave the green light' by a regulator"),
    ("The Kenyan police are leading the investigation into the crash near Naivasha.", "ACCUSE", "investigate",
     "annotation.md General news: an accident's investigation is ACCUSE investigate; 'lead' carries it (light_verbs)"),
    ("Army trucks have been deployed on main roads in Kabul.", "MOBILIZE", None,
     "PLOVER MOBILIZE: a force's vehicles deployed"),
    ("Police vans were deployed outside the parliament in Tbilisi.", "MOBILIZE", None,
     "PLOVER MOBILIZE police: police moves"),
    ('"We are ready to work with the federal government to resettle the refugees," the governor of Texas said.',
     "AGREE", None, "PLOVER AGREE: 'indicate willingness ... to cooperate' (willing_heads)"),
    ("Qatar is ready to host talks between the two sides in Doha.", "AGREE", None,
     "PLOVER AGREE: a readiness to host talks is an offer (promised CONSULT)"),
]


@pytest.mark.parametrize(("text", "event_type", "rule"), NON_ACTS)
def test_non_acts(text: str, event_type: str, rule: str) -> None:
    types = [e["type"] for e in event_rows(text, PUB)]
    assert event_type not in types, (rule, types)


@pytest.mark.parametrize(("text", "event_type", "mode", "rule"), ACTS)
def test_acts(text: str, event_type: str, mode: str | None, rule: str) -> None:
    rows = [e for e in event_rows(text, PUB) if e["type"] == event_type]
    assert rows, (rule, [e["type"] for e in event_rows(text, PUB)])
    assert mode is None or any(e["mode"] == mode for e in rows), (rule, rows)


def test_announced_strike_is_the_announcers() -> None:
    """PLOVER THREATEN: the actor is who threatens; an announced strike is the announcer's ("Unite announced a
    48-hour strike": Unite), not the unnamed strikers'."""
    rows = [e for e in event_rows("The Unite union announced a 48-hour strike by cabin crew from Friday.", PUB)
            if e["type"] == "THREATEN"]
    assert rows and rows[0]["source"] is not None, rows
