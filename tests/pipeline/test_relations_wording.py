"""Relations beyond the seed wording: backers and help, titles, "led by", membership, "affiliated with",
"united with", opponents (docs/annotation.md, *Relations*). Sentences written for this test."""

from __future__ import annotations

import pytest

from conflictgraph import extract


@pytest.mark.parametrize("text, subject, predicate, obj", [
    ("The talks in Sochi were attended by Armenia, a member of the Collective Security Treaty Organization.",
     "armenia", "member_of", "collective-security-treaty-organization"),
    ("Iran, a backer of the Houthis, denied sending weapons to Yemen.", "iran", "backs", "houthis"),
    ("The United Kingdom is committed to supporting the government of Ukraine.", "united-kingdom", "backs",
     "ukraine"),
    ("Poland, a NATO member, closed its border crossings with Belarus.", "poland", "member_of", "nato"),
    ("Turkey, an opponent of the Assad government, backs several rebel factions.", "turkey", "opposes", "syria"),
    ("The paramilitary Rapid Support Forces, led by Mohamed Hamdan Dagalo, took control of Nyala.",
     "mohamed-hamdan-dagalo", "leads", "rapid-support-forces"),
    ("Mali's junta remains united with the Wagner Group despite the sanctions.", "mali", "allied_with",
     "wagner-group"),
])
def test_relation_wording(text, subject, predicate, obj):
    bundle = extract([text]).to_dict()
    found = {(r["subject"], r["predicate"], r["object"]) for r in bundle["relations"]}
    known = {a["id"] for a in bundle["actors"]}
    assert {subject, obj} <= known, f"actors not found: {sorted(known)}"
    assert (subject, predicate, obj) in found, sorted(found)
