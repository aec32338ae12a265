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
]

STILL_SEIZED = [
    ("Russian authorities seized the assets of the Danish brewer Carlsberg.",
     "PLOVER COERCE seize: confiscate property"),
    ("Venezuelan authorities confiscated the property of opposition leader Leopoldo Lopez.",
     "PLOVER COERCE seize: confiscate property"),
    ("Iran's navy seized a tanker in the Gulf of Oman on Thursday.",
     "PLOVER COERCE seize: a ship is no territory"),
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
