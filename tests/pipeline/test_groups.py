"""Collective actors become actors (docs/annotation.md, *Actor and recipient*; PLOVER's actor and recipient).

Sentences written for this test, from several conflicts.
"""

from __future__ import annotations

import pytest

from conflictgraph import extract

PUBLISHED = "2024-05-15"


def _bundle(text: str) -> dict:
    return extract([text], published=PUBLISHED).to_dict()


@pytest.mark.parametrize("text, source, kind", [
    ("Unidentified gunmen attacked a checkpoint near Gao on Sunday.", "unidentified-gunmen", "armed_group"),
    ("Kurdish militants ambushed a convoy in Hakkari province.", "kurdish-militants", "armed_group"),
    ("Protesters marched through Nairobi on Tuesday.", "protesters", "organization"),
    ("Ethiopian troops shelled villages near Gondar.", "ethiopian-troops", "military"),
])
def test_a_collective_is_the_events_actor(text, source, kind):
    bundle = _bundle(text)
    assert source in {e["source"] for e in bundle["events"]}
    assert {a["id"]: a["kind"] for a in bundle["actors"]}[source] == kind


def test_a_state_named_in_the_group_gives_its_country():
    bundle = _bundle("Jordanian security forces arrested three men in Irbid.")
    actor = next(a for a in bundle["actors"] if a["id"] == "jordanian-security-forces")
    assert actor["country"] == "JOR" and actor["kind"] == "military"


def test_two_mentions_of_one_unknown_body_merge():
    bundle = _bundle("Unidentified gunmen stormed a church in Kaduna. The gunmen abducted 30 worshippers.")
    gunmen = [a for a in bundle["actors"] if "gunmen" in a["name"].lower()]
    assert len(gunmen) == 1 and set(gunmen[0]["aliases"]) >= {"Unidentified gunmen", "gunmen"}


@pytest.mark.parametrize("text", [
    "The police chief accused the governor of corruption.",   # a modifier ("police chief") names no group
    "Dozens of people were wounded in the clashes.",         # victims are not a group noun
])
def test_no_group_where_none_is_named(text):
    bundle = _bundle(text)
    assert not [a for a in bundle["actors"] if a["kind"] in ("armed_group", "military") and a["wikidata"] is None]


def test_a_known_name_is_kept():
    bundle = _bundle("The Popular Mobilization Forces deployed fighters to Sinjar.")
    assert "pmf" in {m["actor"] for m in bundle["mentions"]}


def test_a_body_named_by_common_words_is_each_articles_own():
    """The police of a Kharkiv story are not those of a Bogota one: a group named by common words alone is scoped
    to its document (pipeline/groups.py), so two articles give two actors (PLOVER codes who acted, not a word)."""
    bundle = extract(["Police in Kharkiv arrested two men on Sunday.",
                      "Police in Bogota detained five protesters on Monday."], published=PUBLISHED).to_dict()
    sources = [e["source"] for e in bundle["events"] if e["type"] == "COERCE"]
    assert len(sources) == 2 and None not in sources and len(set(sources)) == 2


def test_a_group_a_demonym_names_is_one_body_across_articles():
    texts = ["Kurdish militants ambushed a convoy in Hakkari province on Sunday.",
             "Kurdish militants attacked a police station in Sirnak on Monday."]
    bundle = extract(texts, published=PUBLISHED).to_dict()
    sources = {e["source"] for e in bundle["events"] if e["type"] == "ASSAULT"}
    assert sources == {"kurdish-militants"}


@pytest.mark.parametrize("text, state", [
    ("Ethiopian authorities detained four journalists in Addis Ababa on Monday.", "ethiopia"),
    ("Colombian officials met FARC dissidents in Havana on Tuesday.", "colombia"),
    ("The Nigerien government expelled the French ambassador on Friday.", "niger"),
    ("Mali's junta arrested two journalists in Bamako on Monday.", "mali"),
    ("Burkina Faso's military government arrested two journalists in Ouagadougou on Monday.", "burkina-faso"),
    ("The authorities in Ukraine arrested a Russian agent in Odesa on Sunday.", "ukraine"),
])
def test_a_states_government_named_by_its_demonym_is_the_state(text, state):
    """PLOVER codes a state by its government: "<demonym> authorities / officials / government", "<state>'s
    junta", "the authorities in <state>" are the state (collectives.yaml ``state_bodies``), as the knowledge
    base's aliases "Iraqi authorities" are Iraq."""
    bundle = _bundle(text)
    assert state in {e["source"] for e in bundle["events"]}
