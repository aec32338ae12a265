"""A warning about a danger is no threat (issue 11, helper warn): a warning whose content is a noun phrase "of",
"about" or "over" a thing (plover.yaml ``warning_content_preps``) threatens only where the thing is a repercussion
(``threat_contents``) or a hostile act of the warner (``hostile_types``); a danger foretold is no event, in the
noun ("issued a warning about pickpockets"), its passive ("the warning ... was repeated") and the verb. The
sentences were written for this test, from many countries, never taken from a gold article."""

from __future__ import annotations

import pytest
from support import event_rows

PUB = "2024-05-15"

# sentence, whether it is a THREATEN, the rule
WARNINGS = [
    # a danger foretold: no one is coerced (PLOVER THREATEN: "coercive or forceful warnings")
    ("Police issued a warning about pickpockets in Bogota.", False, "a danger 'about' in the noun"),
    ("Police in Bogota repeated the warning about pickpockets.", False, "the same, told again"),
    ("The warning by police about pickpockets in Bogota was repeated.", False,
     "the passive; 'about' hung by the parse on the agent 'police'"),
    ("A warning by the Ministry of Health about dengue in Manila was issued on Monday.", False,
     "a danger 'about' after an agent whose name holds 'of'"),
    ("Authorities in Dhaka renewed their warning about cyclone Remal.", False, "a storm foretold"),
    ("The Kenyan Meteorological Department issued a warning over floods in Nairobi.", False,
     "a danger 'over' in the noun"),
    ("The ministry in Lima issued a warning of heavy rains.", False, "a danger 'of' (as before)"),
    ("The WHO warned about a cholera outbreak in Yemen.", False, "the verb: no addressee, a danger"),
    ("Officials in Islamabad warned over a heatwave in Sindh.", False, "the verb 'over' a danger"),
    # a repercussion or the warner's hostile act: a THREATEN
    ("China issued a warning about the consequences of the visit to Taiwan.", True,
     "'about' a repercussion (threat_contents)"),
    ("Russia issued a warning about retaliation against Ukraine.", True, "'about' a repercussion"),
    ("A warning by Russia about a forceful response was repeated.", True, "the passive, 'about' a repercussion"),
    ("North Korea issued a warning over countermeasures against Seoul.", True, "'over' a repercussion"),
    ("Iran warned Israel of serious consequences.", True, "'of' a repercussion (as before)"),
    ("Moscow warned of a forceful response.", True, "'of' a repercussion"),
    ("Israel warned Hamas of retaliation.", True, "an addressee and a repercussion"),
    ("The army warned of further strikes if the rebels in Kidal did not withdraw.", True,
     "'of' the warner's hostile act, on a condition"),
    ("The US issued a warning to Iran over its nuclear programme.", True,
     "an addressee ('to Iran'), as 'warned Iran' has"),
]


@pytest.mark.parametrize(("text", "threatens", "rule"), WARNINGS)
def test_a_warning_about_a_danger_is_no_threat(text, threatens, rule):
    types = [e["type"] for e in event_rows(text, PUB)]
    assert ("THREATEN" in types) is threatens, (rule, types)


def test_a_warning_to_leave_stays_a_request():
    """h37: a warning to act with no repercussion named is PLOVER REQUEST, untouched by the content rule."""
    types = [e["type"] for e in event_rows("The army warned residents of Rafah to leave the city.", PUB)]
    assert "REQUEST" in types and "THREATEN" not in types, types


def test_the_content_prepositions_are_data():
    """Knowledge is data: the prepositions live in plover.yaml, which the stage reads."""
    from conflictgraph.knowledge import Knowledge
    from conflictgraph.pipeline.event_lexicon import Lexicon

    plover = Knowledge.load().lexicon("plover")
    assert Lexicon(plover).warning_content_preps == frozenset(plover["warning_content_preps"]) >= {"of", "about"}
