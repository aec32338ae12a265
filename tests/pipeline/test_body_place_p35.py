"""The place of an act done by a body named for its town, county or state (issue 11, helper p35).

docs/annotation.md, *Place*: the most specific place the text names for the act, and a body's name is such a place
when the body does the act in its jurisdiction ("Danbury police arrested", "A Texas court exonerated"); the TUNE
gold follows this for 17 acts of such bodies and contradicts it for none. A body named for a country does not place
its act (its troops, envoys and ministries act abroad as at home), nor does a statement take the place of its
speaker's name (a statement's place is where it was made: PLOVER's verbal types). Sentences written for this file,
from Kenya, Colombia, India, Nigeria, Ukraine, Uganda and the United States.
"""

from __future__ import annotations

import pytest

from conflictgraph import extract

pytestmark = pytest.mark.slow

PUBLISHED = "2020-05-13"


def _events(text: str, event_type: str):
    return [e for e in extract([text], published=PUBLISHED).events if e.type == event_type]


@pytest.mark.parametrize(("text", "event_type", "place", "country"), [
    # the story names other countries, so the article's home gives no place: the body's name does
    ("Kenya and Uganda signed a deal on cattle rustling on Monday. Nakuru police arrested two men suspected of "
     "stealing cattle on Tuesday.", "COERCE", "Nakuru", "KEN"),
    ("Venezuelan migrants crossed into Colombia on Monday. Cali police raided three houses used by an extortion gang "
     "on Friday.", "COERCE", "Cali", "COL"),
    ("Ukraine and Russia exchanged prisoners on Monday. Kharkiv regional authorities evacuated 300 children from "
     "frontline villages on Friday.", "AID", "Kharkiv", "UKR"),
    ("Nigeria and Niger agreed to patrol the border on Monday. Kano State police arrested 12 suspected kidnappers on "
     "Sunday.", "COERCE", "Kano", "NGA"),
    # the sentence names another town, where the suspect was taken: the arrest is the body's
    ("A suspect was arrested by Kisumu police on Monday and handed over to Nairobi detectives.", "COERCE", "Kisumu",
     "KEN"),
    ("The man was detained by Mumbai police on Sunday and taken to Pune.", "COERCE", "Mumbai", "IND"),
    # a state's police (the former null case of test_event_places.py)
    ("Kentucky State Police arrested two men on Friday.", "COERCE", "Kentucky", "USA"),
])
def test_a_body_named_for_its_town_or_state_acts_there(text, event_type, place, country):
    """annotation.md, Place: a body named for its town, county or state acting in its jurisdiction, with no other
    place the text names for the act, acts in that place."""
    events = _events(text, event_type)
    assert events, text
    assert all(e.location is not None and e.location.name.startswith(place) and e.location.country == country
               for e in events), [e.location for e in events]


@pytest.mark.parametrize(("text", "event_type", "place", "country"), [
    ("A Texas court on Wednesday exonerated four men convicted of arson in the 1990s.", "CONCEDE", "Texas", "USA"),
    ("Cameroon closed the border with Nigeria on Monday. A Kaduna court on Tuesday sentenced three men to death for "
     "the killing of a village head.", "SANCTION", "Kaduna", "NGA"),
    ("Mombasa county officials have charged 40 traders with hoarding maize.", "ACCUSE", "Mombasa", "KEN"),
    ("Since June the Gulu juvenile justice unit has charged 60 children with theft.", "ACCUSE", "Gulu", "UGA"),
])
def test_a_courts_or_units_legal_act_is_done_where_the_body_sits(text, event_type, place, country):
    """A charge, a ruling, a sentence (plover.yaml court_verbs) is an act of the body, not a statement: PLOVER
    codes an acquittal as CONCEDE and a charge as ACCUSE, but the act is done in the body's jurisdiction."""
    events = _events(text, event_type)
    assert events, text
    assert all(e.location is not None and e.location.name.startswith(place) and e.location.country == country
               for e in events), [e.location for e in events]


@pytest.mark.parametrize(("text", "event_type"), [
    # a national body: its forces act abroad as at home
    ("Kenyan police arrested three men on Monday. Uganda said it would investigate.", "COERCE"),
    ("Nigerian troops arrested 20 suspected militants in a raid on Monday, Niger said.", "COERCE"),
    ("Venezuelan soldiers clashed with smugglers on Monday. Colombia's defence ministry deployed 2,000 troops on "
     "Tuesday.", "MOBILIZE"),
    # a ministry of a country, in a story set in another
    ("Gunmen killed five people in Kharkiv. Poland's interior ministry arrested two suspects on Tuesday.", "COERCE"),
    # an armed group named for its region fights outside it as often as in it: its name says where it is from
    ("Donetsk separatists shelled a village on Monday. Russia denied it.", "ASSAULT"),
    ("Sinaloa cartel gunmen killed five people on Monday. The United States condemned it.", "ASSAULT"),
    # an envoy of a body with no place in its name
    ("The UN envoy met rebel leaders on Tuesday.", "CONSULT"),
    # a statement by a body named for its state: PLOVER's verbal acts take only a place the text gives the act
    ("Texas police said on Monday that the man must surrender.", "REQUEST"),
])
def test_no_place_from_a_national_body_an_envoy_or_a_statement(text, event_type):
    """annotation.md, Place: null where the text gives none; a country's name in a body's name is no place."""
    events = _events(text, event_type)
    assert events, text
    assert all(e.location is None for e in events), [e.location for e in events]


def test_a_place_the_sentence_names_for_the_act_comes_first():
    """The most specific place the text names for the act: "in Mumbai" over the Delhi police's city."""
    events = _events("Delhi police arrested two men in Mumbai on Sunday.", "COERCE")
    assert events and all(e.location is not None and e.location.name == "Mumbai" for e in events)


def test_a_sub_heading_takes_no_place_from_its_body():
    """A title line only announces the event the body tells, and merges into it (annotation.md, One event or
    several): the name of the body in it gives it no place of its own."""
    text = ("Police in Lagos arrested a man who shot at two officers on Monday, a spokesman said.\n"
            "Lagos State police shot at during checkpoint stop\n"
            "The officers were wounded at a checkpoint in Ikeja, police said.")
    bundle = extract([text], published=PUBLISHED)
    heading = [e for e in bundle.events if any(v.text.startswith("Lagos State police shot") for v in e.evidence)]
    assert all(e.location is None or e.location.name != "Lagos" or len(e.evidence) > 1 for e in heading)
