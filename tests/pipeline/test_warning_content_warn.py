"""A warning about a danger is no threat (issue 11, helper warn): a warning whose content is a noun phrase "of",
"about" or "over" a thing (plover.yaml ``warning_content_preps``) threatens only where the thing is a repercussion
(``threat_contents``) or a hostile act of the warner (``hostile_types``); a danger foretold is no event, in the
noun ("issued a warning about pickpockets"), its passive ("the warning ... was repeated") and the verb. A warning
to the public about a danger, and one "over" an act, are none either (issue 11, helper rev). The sentences were
written for this test, from many countries, never taken from a gold article."""

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

# issue 11, helper rev: the addressee of a warning is a party only where the text names one (a state, a body, a
# person); people named by common words are the public, and what the parser hangs on them ("tourists about
# pickpockets") is the warning's content (docs/annotation.md, *Warnings, advice and appeals*). A hostile act "over"
# which one warns is the warning's cause, not the warner's act (plover.yaml ``warning_act_preps``).
ADDRESSED = [
    # the public warned of a danger: no one is coerced
    ("Police warned tourists about pickpockets in Bogota on Tuesday.", False, "the public, a danger 'about'"),
    ("The health ministry in Manila warned residents about dengue on Monday.", False, "the public, a disease"),
    ("Authorities in Khartoum warned civilians about unexploded ordnance in Omdurman.", False,
     "the public, a danger left by war"),
    ("Officials in Kyiv warned motorists about icy roads on Monday.", False, "the public, the weather"),
    ("Officials in Kharkiv warned residents about the risk of landslides.", False, "the public, a risk"),
    ("Police in Karachi issued a warning to shopkeepers about extortion gangs.", False,
     "the noun's addressee through the verb that issues it; the gangs are the content, not the addressee"),
    # "over": what the warning is about, not the warner's act
    ("Police in Lagos issued a warning over kidnappings on the Abuja highway on Monday.", False,
     "'over' a hostile act: its cause, no kidnapping threatened"),
    ("The Colombian army issued a warning over attacks by the ELN in Arauca.", False, "'over' another's act"),
    # a party warned, a repercussion, the warner's own act, the addressee's conduct: a THREATEN
    ("The United States warned Iran over its nuclear programme on Monday.", True, "a state addressed"),
    ("China warned the Philippines about its patrols in the South China Sea.", True, "a state addressed"),
    ("Kenya warned Somalia over its maritime claims.", True, "a state addressed, 'over'"),
    ("Israel warned Hezbollah about further strikes in southern Lebanon.", True, "a body addressed"),
    ("The junta warned the leaders of the Arakan Army about their attacks.", True, "a body's leaders addressed"),
    ("The Myanmar junta warned journalists over their coverage of the Rakhine fighting.", True,
     "the public addressed over its own conduct (a possessive): a grievance, not a danger"),
    ("The Israeli army warned residents of Gaza City of imminent airstrikes.", True,
     "the public warned 'of' the warner's own hostile act"),
    ("Russia warned Ukraine of retaliation on Monday.", True, "'of' a repercussion"),
    ("North Korea issued a warning over countermeasures against Seoul.", True, "'over' a repercussion"),
]


@pytest.mark.parametrize(("text", "threatens", "rule"), WARNINGS + ADDRESSED)
def test_a_warning_about_a_danger_is_no_threat(text, threatens, rule):
    types = [e["type"] for e in event_rows(text, PUB)]
    assert ("THREATEN" in types) is threatens, (rule, types)


@pytest.mark.parametrize("text", ["The army warned residents of Rafah to leave the city.",
                                  "Police in Nairobi warned residents to stay indoors on Friday."])
def test_a_warning_to_leave_stays_a_request(text):
    """h37: a warning to act with no repercussion named is PLOVER REQUEST, untouched by the content rule, whoever
    its addressee (rev)."""
    types = [e["type"] for e in event_rows(text, PUB)]
    assert "REQUEST" in types and "THREATEN" not in types, types


def test_the_content_prepositions_are_data():
    """Knowledge is data: the prepositions live in plover.yaml, which the stage reads."""
    from conflictgraph.knowledge import Knowledge
    from conflictgraph.pipeline.event_lexicon import Lexicon

    plover = Knowledge.load().lexicon("plover")
    lexicon = Lexicon(plover)
    assert lexicon.warning_content_preps == frozenset(plover["warning_content_preps"]) >= {"of", "about"}
    # (rev) the prepositions under which a hostile act is the warner's own: not "over", its cause
    assert lexicon.warning_act_preps == frozenset(plover["warning_act_preps"])
    assert "over" not in lexicon.warning_act_preps and lexicon.warning_act_preps <= lexicon.warning_content_preps
