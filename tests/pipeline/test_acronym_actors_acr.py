"""Groups named by acronyms and short names (issue 11, helper acr): an acronym the statistical model tags as nothing
is a body where the parse puts it where a clause names a party (subject, "the" object, possessor, conjunct), a weak
short name of the knowledge base too where the document gives none of its context; acronyms joined by a hyphen are
one name; and acronyms that never name an actor (acronyms.yaml: measures, meetings, laws, units, things, kinds,
posts; diseases) are no actor, whatever the model tagged them. Sentences written for this test from Colombia, Sudan,
the Sahel, the Central African Republic, Burundi, Myanmar, Ukraine, the DRC and city and business news; each fixed
case stands beside a near miss that keeps its reading."""

from __future__ import annotations

import pytest

from conflictgraph import extract
from conflictgraph.knowledge import Knowledge
from conflictgraph.pipeline.acronyms import not_actors


def _bundle(text: str) -> dict:
    return extract([text], published="2024-05-17").to_dict()


def _actor_names(bundle: dict) -> set[str]:
    """The names of the actors the bundle's mentions give."""
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    return {names[m["actor"]] for m in bundle["mentions"] if m.get("actor")}


def _party(bundle: dict, event_type: str, role: str) -> str | None:
    """The name of the ``role`` (source or target) of the one event of ``event_type``."""
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    [event] = [e for e in bundle["events"] if e["type"] == event_type]
    return names.get(event.get(role))


# --- an untagged acronym where the clause names a party ------------------------------------------------------------
@pytest.mark.parametrize("text, event_type, role, name", [
    # a "the" object of a verb; the knowledge base's ELN is weak without Colombia or Venezuela named, and the model
    # tags nothing: before, the party was lost
    ("President Petro urged the ELN to release the hostages.", "REQUEST", "target", "ELN"),
    ("The army accused the ELN of bombing the pipeline.", "ACCUSE", "target", "ELN"),
    ("The governor urged the LAPD to release the footage.", "REQUEST", "target", "LAPD"),
    # the subject of a reported clause, the weak name dropped with the model's silence
    ("The BBC reported that the ELN had kidnapped two soldiers.", "ASSAULT", "source", "ELN"),
])
def test_an_untagged_acronym_is_the_party_its_clause_makes_it(text, event_type, role, name):
    assert _party(_bundle(text), event_type, role) == name


@pytest.mark.parametrize("text, name", [
    ("The government held talks with the ELN in Havana.", "ELN"),          # the object of "with"
    ("The president thanked ECOWAS and the AU for their support.", "AU"),  # a conjunct; two letters, a weak name
])
def test_an_untagged_acronym_in_a_party_phrase_is_an_actor(text, name):
    assert name in _actor_names(_bundle(text))


@pytest.mark.parametrize("text, name", [
    # near misses: an object of a preposition of place or time, an object without "the" (a law, a substance, a
    # department), a common noun "an" makes, a compound before the party's noun
    ("He was taken to the ICU after the crash.", "ICU"),
    ("The newspaper obtained the emails under FOIA.", "FOIA"),
    ("The cyclist tested positive for EPO in Paris.", "EPO"),
    ("She complained to HR about the manager.", "HR"),
    ("The rebels bought an SUV and two pickup trucks.", "SUV"),
])
def test_an_acronym_outside_a_party_phrase_is_no_actor(text, name):
    assert name not in _actor_names(_bundle(text))


@pytest.mark.parametrize("text, actor", [
    # known names keep their actor: context named (Cucuta is Colombia's), strong names, plural short names
    ("Police arrested two ELN commanders in Cucuta.", "eln"),
    ("The army said it killed five RSF fighters near El Obeid in Sudan.", "rapid-support-forces"),
    ("The Houthis fired a missile at a ship in the Red Sea.", "houthis"),
    ("JNIM claimed the attack on an army convoy near Djibo.", "jnim"),
])
def test_known_short_names_keep_their_actor(text, actor):
    assert actor in {m["actor"] for m in _bundle(text)["mentions"]}


# --- acronyms joined by a hyphen -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("The CNDD-FDD won the election in Burundi.", "CNDD-FDD"),  # not the FDD, another body's acronym
    ("The court convicted two members of the CNDD-FDD youth wing.", "CNDD-FDD"),
])
def test_acronyms_joined_by_a_hyphen_are_one_name(text, name):
    assert name in _actor_names(_bundle(text))


@pytest.mark.parametrize("text, names", [
    # near misses: each part a name of its own, two parties; a state's name beside an unknown acronym
    ("The US-UK talks ended without a deal.", {"United States", "United Kingdom"}),
    ("The US-NRA ties came under scrutiny.", {"United States"}),
    ("Fighting between the SAF-RSF forces continued in Khartoum.", {"Sudanese Armed Forces", "Rapid Support Forces"}),
])
def test_two_known_names_hyphened_stay_two(text, names):
    assert names <= _actor_names(_bundle(text))


# --- the name an acronym in brackets spells out ----------------------------------------------------------------------
@pytest.mark.parametrize("text, name, later", [
    # cut at a comma by the model, or read in part as a place ("Niger"): one name, and the acronym later is that body
    ("The Ottawa Transit, Rail and Bus Workers Union (OTRBWU) called a strike. The OTRBWU said talks had failed.",
     "Ottawa Transit, Rail and Bus Workers Union", "OTRBWU"),
    ("The Movement for the Emancipation of the Niger Delta (MEND) attacked an oil platform. MEND said the attack was a "
     "warning.", "Movement for the Emancipation of the Niger Delta", "MEND"),
])
def test_the_name_an_acronym_spells_out_is_one_body(text, name, later):
    bundle = _bundle(text)
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    [whole] = [m["actor"] for m in bundle["mentions"] if m["text"] == name]
    assert names[whole] == name
    assert {m["actor"] for m in bundle["mentions"] if m["text"] == later} == {whole}
    assert "niger" not in {m["actor"] for m in bundle["mentions"]}


@pytest.mark.parametrize("text, actor", [
    # near misses: a state's whole name, a person, a known name with its acronym, initials that do not match
    ("Fighting displaced thousands in the Democratic Republic of the Congo (DRC) last week.", "dr-congo"),
    ("Police arrested Juan Carlos Perez (JCP) in Bogota.", "juan-carlos-perez"),
    ("The Allied Democratic Forces (ADF) killed 12 villagers near Beni.", "adf"),
    # (the UPC is a known name since helper kbx's more_theatres.yaml: the whole name and its acronym are that record;
    # the initials that do not match are now the MPC's, a group the knowledge base does not hold)
    ("The Union for Peace in the Central African Republic (UPC) seized Bambari.", "upc-car"),
    ("The Patriotic Movement for the Central African Republic (MPC) seized Kaga-Bandoro.", "central-african-republic"),
])
def test_brackets_after_other_names_change_nothing(text, actor):
    assert actor in {m["actor"] for m in _bundle(text)["mentions"]}


# --- acronyms that never name an actor -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("The EU's GDP grew by 2 percent last year, Eurostat said.", "GDP"),
    ("COVID cases rose sharply in Lagos, the health ministry said.", "COVID"),
    ("Congress passed the NDAA on Friday.", "NDAA"),
    ("The shareholders approved the plan at the AGM on Tuesday.", "AGM"),
    ("The company paid the victims, its CEO said.", "CEO"),
    ("The drone struck at 0300 GMT, the army said.", "GMT"),
    ("Doctors used DNA tests to identify the victims.", "DNA"),
    ("The data must be handled in line with the GDPR.", "GDPR"),
])
def test_an_acronym_that_names_no_actor_makes_none(text, word):
    bundle = _bundle(text)
    assert not any(word in m["text"] for m in bundle["mentions"] if m.get("actor"))


@pytest.mark.parametrize("text, name", [
    # near misses: bodies the model tags, with a word of the data's classes near them
    ("The EU said the GDP figures were wrong.", "European Union"),
    ("The NGO MSF said its clinic in Khartoum was hit by shelling.", "Médecins Sans Frontières"),
    ("The CEO of Acme Corp said the company would pay the victims.", "Acme Corp"),
])
def test_a_body_beside_such_an_acronym_stays(text, name):
    assert name in _actor_names(_bundle(text))


def test_the_data_of_acronyms_that_are_no_actors_holds_diseases_and_no_body():
    words = not_actors(Knowledge.load())
    assert {"GDP", "NDAA", "AGM", "GMT", "COVID", "AIDS"} <= words
    # names of bodies written so are not in it (Myanmar's PDF, Pakistan's PPP, Amnesty International's AI)
    assert not {"PDF", "PPP", "AI", "ELN", "RSF", "UN"} & words
