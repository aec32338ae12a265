"""Summaries told in passing are background acts (issue 11, helper bga): one item each, apart from the news.

Sentences written for this test, from Nigeria, Sudan, Myanmar, Haiti, Colombia, Somalia, Libya and Mexico, never
taken from an annotated set. The rules are docs/annotation.md's *Background acts* (every act the text reports is
coded, background included, core false), *Summaries* (a summary of many acts is one background item) and *Date* (a
background act with no date is null): acts counted as occurrences ("a wave of kidnappings") or held to a party
("responsible for attacks", "blamed for bombings") took place, and so did the acts of a tally ("Thousands have been
killed in the war"); each is its own event, never the act the article tells, dated only by its own words. Their
near-misses: acts held to anyone at all or in a condition, a habit, a kind of act, a plan, the toll of the act told.
"""

from __future__ import annotations

import pytest

from conflictgraph import extract

PUBLISHED = "2024-05-15"


def _events(text: str, event_type: str) -> list:
    return [e for e in extract([text], published=PUBLISHED).events if e.type == event_type]


def _summary(text: str, event_type: str, words: str):
    """The one event of the type whose only evidence is the sentence holding ``words``, apart from the news."""
    found = [e for e in _events(text, event_type) if all(words in v.text for v in e.evidence)]
    assert len(found) == 1, [(e.type, e.date, [v.text for v in e.evidence]) for e in _events(text, event_type)]
    return found[0]


@pytest.mark.parametrize(("text", "event_type", "words", "date"), [
    # counted as occurrences, beside the act the article tells: not that act, undated
    ("Gunmen killed 12 villagers in Zamfara on Sunday. Bandits responsible for a wave of kidnappings in the "
     "northwest denied the attack.", "ASSAULT", "wave of kidnappings", None),
    ("Soldiers burned homes in a village in Sagaing on Monday. The Tatmadaw, which has been blamed for a series of "
     "airstrikes on villages in Magway, denied the report.", "ASSAULT", "series of airstrikes", None),
    # held to a party by a word of responsibility: not the date of the clause it hangs on
    ("The ELN is responsible for attacks on the Cano Limon pipeline, the army said on Monday.", "ASSAULT",
     "responsible for attacks", None),
    ("The gang, responsible for a wave of kidnappings in Port-au-Prince, freed two nuns on Sunday.", "ASSAULT",
     "wave of kidnappings", None),
    # the date its own phrase gives
    ("Rebels shelled Goma on Monday. The militia, responsible for a string of attacks in 2014, disbanded last "
     "year.", "ASSAULT", "string of attacks", "2014"),
    # a tally in the present perfect, after the lead: many acts to date, not the toll of the act told
    ("Drones struck a market in El Fasher on Sunday, killing 20. Thousands have been killed in the war between "
     "the army and the RSF.", "ASSAULT", "Thousands have been killed", None),
    ("A car bomb killed eight soldiers in Mogadishu on Sunday. Hundreds of thousands of Somalis have been killed "
     "at the hands of Al-Shabaab and the army.", "ASSAULT", "Hundreds of thousands", None),
    ("Gunmen killed 12 villagers in Zamfara on Sunday. Hundreds have been abducted in the state this year.",
     "ASSAULT", "Hundreds have been abducted", "2024"),
])
def test_a_summary_is_one_background_act_of_its_own(text, event_type, words, date):
    assert _summary(text, event_type, words).date == date


def test_a_party_responsible_for_acts_is_their_actor():
    # the text's own statement ("responsible for") names the actor; a blame by no one named does not
    held = _summary("Gunmen killed 12 villagers in Zamfara on Sunday. Bandits responsible for a wave of "
                    "kidnappings in the northwest denied the attack.", "ASSAULT", "wave of kidnappings")
    assert held.source and held.source.startswith("bandits")
    blamed = _summary("A bomb killed 25 people at a church in Cairo on Sunday. The army blamed the Islamic State "
                      "group, which has been blamed for attacks in Sinai.", "ASSAULT", "blamed for attacks")
    assert blamed.source is None and blamed.date is None


@pytest.mark.parametrize(("text", "event_type", "count"), [
    # acts held to anyone at all, or in a condition or a rule to come: none done
    ("Those responsible for attacks on aid workers in Darfur will face justice, the minister said.", "ASSAULT", 0),
    ("If the militia is responsible for attacks on the pipeline, it will be sanctioned.", "ASSAULT", 0),
    ("Anyone found guilty of attacks on journalists in Mexico faces ten years in prison.", "ASSAULT", 0),
    # a habit and a kind of act
    ("Gangs are often responsible for kidnappings in Port-au-Prince.", "ASSAULT", 0),
    ("Congress passed a law against attacks on journalists in Mexico.", "ASSAULT", 0),
    # a plan of many acts
    ("The army said it would launch a series of raids on rebel camps in Cauca.", "COERCE", 0),
    # the toll of the act told, and a precise count of it: that act, no second one
    ("A bomb killed 25 people at a church in Cairo on Sunday. Dozens were wounded in the blast.", "ASSAULT", 1),
    ("Gunmen killed 12 villagers in Zamfara on Sunday. Twelve people have been killed, police said.", "ASSAULT", 1),
])
def test_near_misses_of_a_summary_add_no_act(text, event_type, count):
    assert len(_events(text, event_type)) == count


def test_a_tally_in_the_lead_is_the_news():
    # the article's first sentence tells its news as just happened: the publication date (annotation.md, Date)
    (event,) = _events("Dozens have been killed in clashes in Tripoli, officials said.", "ASSAULT")
    assert event.date == PUBLISHED
