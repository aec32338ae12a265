"""Repression and reductions in relations (PLOVER COERCE and SANCTION): bans of gatherings and media, media shut or
suspended, round-ups, ties broken off or downgraded, sanctions placed, and territory seized, which is no COERCE
(issue 11, helper o37). The sentences were written for this test, from many conflicts (Kenya, Mali, Myanmar, Gaza,
Sudan, the Sahel, DRC, Ukraine, Colombia), never taken from a gold article."""

from __future__ import annotations

import pytest
from support import event_rows

PUB = "2024-05-15"

DONE = [
    ("Kenya banned protests in central Nairobi on Thursday.", "COERCE", "restrict",
     "PLOVER COERCE restrict: restrictions on political freedoms (ban: gatherings)"),
    ("The Ugandan police banned all opposition rallies in Kampala on Monday.", "COERCE", "restrict",
     "PLOVER COERCE restrict: restrictions on political freedoms (ban: gatherings)"),
    ("Mali's junta suspended French broadcasters RFI and France 24.", "COERCE", "censor",
     "PLOVER COERCE censor: ban or restrict access to publications (suspend: media)"),
    ("Burkina Faso's military government banned the newspaper Jeune Afrique on Friday.", "COERCE", "censor",
     "PLOVER COERCE censor: ban publications (ban: media)"),
    ("The Ethiopian authorities closed two Tigrayan television channels on Monday.", "COERCE", "censor",
     "PLOVER COERCE censor (close: media), no RETREAT: no place left"),
    ("Israeli forces rounded up dozens of Palestinians in Jenin on Monday.", "COERCE", "arrest",
     "PLOVER COERCE arrest: arrest, detain (round up)"),
    ("Myanmar soldiers rounded up villagers in Sagaing on Tuesday.", "COERCE", "arrest",
     "PLOVER COERCE arrest: arrest, detain (round up)"),
    ("Mali broke off diplomatic relations with Ukraine on Sunday.", "SANCTION", None,
     "PLOVER SANCTION: break or downgrade relations (break: relations)"),
    ("Kenya downgraded its diplomatic relations with Somalia.", "SANCTION", None,
     "PLOVER SANCTION: break or downgrade relations (downgrade: relations)"),
    ("Washington placed sanctions on Houthi leaders on Monday.", "SANCTION", None,
     "PLOVER SANCTION: sanctions imposed (light verb place)"),
    ("The European Union put sanctions on three RSF commanders.", "SANCTION", None,
     "PLOVER SANCTION: sanctions imposed (light verb put)"),
    ("Germany banned the pro-Palestinian group Samidoun.", "COERCE", None,
     "PLOVER COERCE restrict: banning organizations from political life (banning_verbs, banned_bodies)"),
    ("Burkina Faso suspended the BBC and Voice of America for two weeks.", "COERCE", None,
     "PLOVER COERCE censor: a named medium suspended (banning_verbs: an ORG that is no state)"),
    ("Russia outlawed the Anti-Corruption Foundation on Wednesday.", "COERCE", "restrict",
     "PLOVER COERCE restrict: banning organizations (outlaw)"),
    ("Ethiopia imposed a communications blackout on Tigray.", "COERCE", "withhold",
     "PLOVER COERCE withhold: shut off utilities and communications (blackout imposed)"),
    ("The EU suspended budget support to Niger after the coup.", "SANCTION", None,
     "PLOVER SANCTION discontinue: suspend aid (suspend: support)"),
    ("Niger's junta expelled the French ambassador on Friday.", "SANCTION", "expel",
     "PLOVER SANCTION expel: expel diplomats (mode expel before withdraw)"),
    ("Algeria recalled its ambassador to France for consultations.", "SANCTION", "withdraw",
     "PLOVER SANCTION withdraw: withdraw one's own diplomats"),
    ("The Taliban barred women from universities in Afghanistan.", "COERCE", "restrict",
     "PLOVER COERCE restrict: restrictions on political freedoms (barred from a right, no territory)"),
    ("Zimbabwe's electoral commission barred the opposition leader from running in the election.", "COERCE",
     "restrict", "PLOVER COERCE restrict: banning individuals from political life"),
    ("Sudan barred the UN envoy from entering the country.", "REJECT", None,
     "PLOVER COERCE, ambiguities: barring a group from entering its territory is REJECT"),
    ("Israel barred UN officials from Gaza on Monday.", "REJECT", None,
     "PLOVER COERCE, ambiguities: barring from a territory is REJECT"),
    ("The African Union suspended Gabon from the bloc on Thursday.", "SANCTION", None,
     "PLOVER SANCTION expel: a state suspended from a bloc is no named body banned (no COERCE)"),
]

NOT_COERCE = [
    ("Fighters seized the town of Bunagana from the army.",
     "docs/annotation.md, ASSAULT: territory taken by force; PLOVER COERCE seize is search and confiscation"),
    ("M23 rebels seized Goma on Monday.",
     "docs/annotation.md, ASSAULT: territory taken by force, no COERCE seize"),
    ("The RSF seized the airport in Nyala after days of fighting.",
     "docs/annotation.md, ASSAULT: a held place taken by force, no COERCE seize"),
    ("Kenya lifted the ban on protests in Nairobi on Friday.",
     "PLOVER CONCEDE: easing restrictions; the ban is no new COERCE"),
    ("The Taliban threatened to ban the newspaper.",
     "PLOVER, Auxiliary modes: a ban threatened is not done"),
    ("Gunmen seized 80 students from a school in Kaduna.",
     "PLOVER ASSAULT abduct: people seized are abducted (taking_verbs with a person), no COERCE seize"),
    ("Al-Shabaab fighters seized two aid workers near Baidoa.",
     "PLOVER ASSAULT abduct: people seized are abducted, no COERCE seize"),
    ("The opposition leader has been in detention since 2021.",
     "docs/annotation.md, one event is one act: a state in detention is no arrest (state_nouns)"),
    ("The Rohingya activist died in custody in Sittwe.",
     "docs/annotation.md, one event is one act: a death in custody tells no arrest (state_nouns)"),
    ("Activists fear arrest if they return to Minsk.",
     "PLOVER, Auxiliary modes: an arrest feared is not done (anticipation_verbs)"),
    ("Many Rohingya fear detention if they leave the camps.",
     "PLOVER, Auxiliary modes: a detention feared is not done (anticipation_verbs, parsed as a compound)"),
    ("Protesters who return to the square risk arrest, the police warned.",
     "PLOVER, Auxiliary modes: an arrest risked is not done (anticipation_verbs)"),
    ("The curfew remains in place in Goma.",
     "docs/annotation.md, one event is one act: a curfew that lasts is a state, no curfew imposed (lasting_verbs)"),
    ("Arrests of journalists are common in Ethiopia, rights groups say.",
     "PLOVER: events are occurrences; a frequency names a kind of act (frequency_adjectives)"),
    ("The United Nations blocked the resolution on Sudan.",
     "PLOVER COERCE restrict: a resolution blocked is no body banned (banning_verbs need a named body)"),
]

STILL_SEIZED = [
    ("Russian authorities seized the assets of the Danish brewer Carlsberg.",
     "PLOVER COERCE seize: confiscate property"),
    ("Venezuelan authorities confiscated the property of opposition leader Leopoldo Lopez.",
     "PLOVER COERCE seize: confiscate property"),
    ("Iran's navy seized a tanker in the Gulf of Oman on Thursday.",
     "PLOVER COERCE seize: a ship is no territory"),
    ("The junta placed the former president under house arrest in Niamey.",
     "PLOVER COERCE arrest: placed under house arrest is the act, no state (state_nouns: not under a light verb)"),
    ("Israeli forces imposed a curfew on Hebron on Sunday.",
     "PLOVER COERCE curfew: a curfew imposed"),
]


@pytest.mark.parametrize(("text", "event_type", "mode", "rule"), DONE)
def test_the_act_is_coded(text, event_type, mode, rule):
    events = [e for e in event_rows(text, PUB) if e["type"] == event_type]
    assert events, rule
    assert mode is None or any(e["mode"] == mode for e in events), (rule, events)
    assert events[0]["source"] is not None, (rule, events)


@pytest.mark.parametrize(("text", "rule"), NOT_COERCE)
def test_no_coerce(text, rule):
    assert not [e for e in event_rows(text, PUB) if e["type"] == "COERCE"], rule


@pytest.mark.parametrize(("text", "rule"), STILL_SEIZED)
def test_property_seized_is_coerce(text, rule):
    assert [e for e in event_rows(text, PUB) if e["type"] == "COERCE"], rule


def test_a_ban_on_imports_stays_a_sanction():
    """PLOVER SANCTION: embargoes and bans on trade reduce relations; only gatherings, parties and media banned are
    COERCE."""
    types = {e["type"] for e in event_rows("China banned imports of Japanese seafood on Thursday.", PUB)}
    assert "SANCTION" in types and "COERCE" not in types


def test_a_protest_that_lasts_is_still_the_protest():
    """PLOVER PROTEST: only state nouns (detention, curfew, siege ...) become a state under a verb of lasting; "the
    protest remained peaceful" still tells the protest."""
    assert [e for e in event_rows("The protest in Kampala remained peaceful, police said.", PUB)
            if e["type"] == "PROTEST"]


def test_an_attack_escaped_took_place():
    """PLOVER ASSAULT: "escaped the attack" tells an attack that happened; only fearing or risking an act makes it
    anticipated (anticipation_verbs)."""
    assert [e for e in event_rows("Residents escaped the attack on the village by hiding in the forest.", PUB)
            if e["type"] == "ASSAULT"]
