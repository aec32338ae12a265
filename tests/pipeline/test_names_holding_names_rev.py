"""Names that hold another kind of name (issue 11, helper rev).

pipeline/entity_candidates.py ``_weapon_candidates``: a weapon's name that the statistical model's entity runs on past,
into a further capitalized word, is a piece of a body's or a place's name ("the Black Hawk County Sheriff's Office"),
not a weapon; pipeline/entity_ner.py ``_places_bodies``: a place's name with the capitalized kind-of-body or portfolio
words the parse compounds into it is that place's body ("Police Scotland", "Environment Canada"), where the model took
only the place; ``_places_after_bodies``: a one-word name "in" which a body is ("the Islamic Association in
Brandbergen") is a place, not a second body. Sentences written for this file, from Scotland, Canada, the United
States, Russia, Ukraine, Iraq, Afghanistan, Yemen, Mali, Sudan, Kenya and Sweden; each rule with its near misses.
"""

from __future__ import annotations

import pytest

from conflictgraph import extract

pytestmark = pytest.mark.slow

PUBLISHED = "2024-03-11"


def _mentions(text: str) -> list[tuple[str, str]]:
    """(type, text) of each mention."""
    return [(m.type, m.text) for m in extract([text], published=PUBLISHED).mentions]


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a weapon's name run on into a body's or a place's name: the whole name, no weapon
    ("Deputies from the Black Hawk County Sheriff's Office arrested a man in Waterloo.",
     "Black Hawk County Sheriff's Office", "ORG"),
    ("The Black Hawk County Sheriff's Office arrested a man in Waterloo on Sunday.",
     "Black Hawk County Sheriff's Office", "ORG"),
    ("Apache Junction police arrested a man on Friday.", "Apache Junction police", "ORG"),
    # the weapon itself, with its own words or none after it
    ("A US Black Hawk helicopter crashed in Iraq on Monday.", "Black Hawk", "MILITARY_PLATFORM"),
    ("Ukraine fired Patriot missiles at Russian jets over Kharkiv.", "Patriot missiles", "WEAPON"),
    ("Apache helicopters attacked Taliban positions in Helmand.", "Apache helicopters", "MILITARY_PLATFORM"),
    ("The Houthis fired a Tomahawk at the ship.", "Tomahawk", "WEAPON"),
])
def test_a_weapon_s_name_inside_a_longer_name_is_no_weapon(text: str, name: str, kind: str) -> None:
    mentions = _mentions(text)
    assert (kind, name) in mentions, mentions
    if kind in ("ORG", "GPE", "FAC"):
        assert not any(t in ("WEAPON", "MILITARY_PLATFORM") for t, _ in mentions), mentions


@pytest.mark.parametrize(("text", "name"), [
    ("Police Scotland arrested two men in Glasgow on Friday.", "Police Scotland"),
    ("Police Scotland are investigating the attack in Dundee.", "Police Scotland"),
    ("Environment Canada issued a forecast for Ottawa on Monday.", "Environment Canada"),
    ("Transport Scotland closed the road near Inverness.", "Transport Scotland"),
    ("A spokesman for Police Scotland said two men were arrested.", "Police Scotland"),  # the model's own
])
def test_a_kind_of_body_compounded_into_a_place_is_the_place_s_body(text: str, name: str) -> None:
    assert ("ORG", name) in _mentions(text)


@pytest.mark.parametrize(("text", "place"), [
    ("Police in Kenya arrested three men in Mombasa.", "Kenya"),  # a place phrase, no compound
    ("Southern Sudan was hit by floods on Monday.", "Sudan"),  # a region's word, not a body's
    ("Central Mali has seen a surge of attacks by jihadists.", "Mali"),
    ("Defense Secretary Austin visited Kyiv on Monday.", "Kyiv"),  # a title's words, no body
])
def test_a_place_without_a_body_s_word_stays_a_place(text: str, place: str) -> None:
    mentions = _mentions(text)
    assert ("GPE", place) in mentions, mentions


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The Islamic Association in Brandbergen condemned the attack on Friday.", "Brandbergen", "GPE"),
    # near misses: a known body, a body's word, no body before "in"
    ("Members of Hezbollah in Parliament voted against the bill.", "Hezbollah", "ORG"),
    ("Shareholders in Lufthansa approved the deal on Monday.", "Lufthansa", "ORG"),
])
def test_a_one_word_name_a_body_is_in_is_a_place(text: str, name: str, kind: str) -> None:
    mentions = _mentions(text)
    assert (kind, name) in mentions, mentions
    assert ("ORG" if kind == "GPE" else "GPE", name) not in mentions, mentions
