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
    ("Unidentified gunmen attacked a checkpoint near Gao on Sunday.", "Unidentified gunmen", "armed_group"),
    ("Kurdish militants ambushed a convoy in Hakkari province.", "Kurdish militants", "armed_group"),
    ("Protesters marched through Nairobi on Tuesday.", "Protesters", "organization"),
    ("Ethiopian troops shelled villages near Gondar.", "Ethiopian troops", "military"),
])
def test_a_collective_is_the_events_actor(text, source, kind):
    bundle = _bundle(text)
    actors = {a["id"]: a for a in bundle["actors"]}
    [actor] = [actors[e["source"]] for e in bundle["events"] if e["source"] in actors]
    assert (actor["name"], actor["kind"]) == (source, kind)


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


@pytest.mark.parametrize("text, first, second", [
    ("An ethnic militia attacked a village in Ituri on Sunday. A rival militia ambushed a convoy near Bunia on "
     "Monday.", "ethnic militia", "rival militia"),
    ("Ethiopian troops shelled Adigrat on Monday. Eritrean troops shelled Shire on Tuesday.",
     "Ethiopian troops", "Eritrean troops"),
    ("Masked gunmen attacked a school in Balochistan on Monday. Unidentified gunmen attacked a bus in Quetta on "
     "Tuesday.", "Masked gunmen", "Unidentified gunmen"),
])
def test_two_groups_of_one_head_qualified_apart_are_two_bodies(text, first, second):
    """Two groups the text qualifies differently ("an ethnic militia", "a rival militia") are two bodies, though
    they share a head: the second is not the first named (PLOVER codes who acted)."""
    bundle = _bundle(text)
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    sources = [names.get(e["source"]) for e in bundle["events"] if e["type"] == "ASSAULT"]
    assert first in sources and second in sources, sources


def test_a_shorter_qualified_group_is_the_one_named_with_all_its_words():
    """"Security forces" after "Jordanian security forces" is that body named shorter, not a new one."""
    bundle = _bundle("Jordanian security forces arrested three men in Zarqa on Monday. Security forces also "
                     "arrested a cleric in Irbid.")
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    sources = [names.get(e["source"]) for e in bundle["events"] if e["type"] == "COERCE"]
    assert sources == ["Jordanian security forces"] * 2, sources


def test_a_bare_group_is_the_latest_qualified_one_before_it():
    """"The militia" after two named militias is the one named last before it, as a reader takes it."""
    bundle = _bundle("An ethnic militia attacked a village in Ituri on Sunday. A rival militia ambushed a convoy "
                     "near Bunia on Monday. The militia also attacked a clinic in Djugu on Tuesday.")
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    sources = [names.get(e["source"]) for e in bundle["events"] if e["type"] == "ASSAULT"]
    assert sources.count("rival militia") == 2, sources


@pytest.mark.parametrize("text", [
    "Kenya announced a whole-of-government response to the floods in Garissa on Monday.",
    "Colombia's ministers promised a whole-of-government plan for Catatumbo.",
])
def test_a_head_that_ends_a_hyphenated_word_names_no_group(text):
    """"whole-of-government" is one word that qualifies a plan, not a mention of a government."""
    bundle = _bundle(text)
    assert not [a for a in bundle["actors"] if a["name"].lower() == "government"], bundle["actors"]


@pytest.mark.parametrize("text, kind, actor", [
    ("Sudanese authorities detained four journalists in Port Sudan on Monday. The authorities released them on "
     "Wednesday.", "RETREAT", "sudan"),
    ("Ethiopian authorities arrested two opposition leaders in Addis Ababa on Monday. The authorities freed them "
     "on Friday.", "RETREAT", "ethiopia"),
])
def test_a_bare_mention_of_a_state_body_is_the_state(text, kind, actor):
    """"The authorities" after "Sudanese authorities" is the state the first named (PLOVER codes a state by its
    government), not a body of its own."""
    bundle = _bundle(text)
    assert actor in {e["source"] for e in bundle["events"] if e["type"] == kind}, bundle["events"]


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


@pytest.mark.parametrize("text, town", [
    ("Odesa police and Lviv police detained twelve protesters on Sunday.", "odesa"),
    ("Goma police and Bukavu police arrested forty protesters on Monday.", "goma"),
    ("Herat police and Kandahar police arrested six suspects.", "herat"),
    ("Lahore police and Karachi police detained dozens of party workers.", None),
    ("Mosul police and Basra police raised security ahead of the vote.", None),
])
def test_coordinated_bodies_of_one_head_keep_their_own_qualifiers(text, town):
    """"Odesa police and Lviv police" are two bodies, each the police of its own town: the first conjunct is not
    the second because the parse took its town for an adjective ("Odesa" JJ, so the group looked named by common
    words) or left the town out of the phrase ("Lahore" parsed as a verb); a body right after a name that
    qualifies it is no bare "police" to link to the one named police of the article."""
    bundle = _bundle(text)
    first, second = [m["actor"] for m in bundle["mentions"] if m["text"].endswith("police")]
    assert first != second and second.endswith("-police"), bundle["mentions"]
    if town is not None:  # the town a known place: the body is named by it, as "Lviv police" is
        assert first == f"{town}-police", first


@pytest.mark.parametrize("text, bodies", [
    ("The army and the police arrested forty protesters in Khartoum on Monday.", ("army", "police")),
    ("The army and the rebels agreed a truce in Bambari on Sunday.", ("army", "rebels")),
    ("The army and the gendarmes closed the roads around Djibo on Sunday.", ("army", "gendarmes")),
    ("Witnesses said the army and the militia clashed for hours near Beni on Tuesday.", ("army", "militia")),
])
def test_coordinated_common_noun_bodies_are_each_an_actor(text, bodies):
    """"the army and the police": both are bodies that act (PLOVER's actor is any entity), the army as much as the
    police; each is its own actor, scoped to its article as a body named by common words is."""
    bundle = _bundle(text)
    found = {m["text"]: m["actor"] for m in bundle["mentions"] if m["actor"]}
    assert all(b in found for b in bodies) and len({found[b] for b in bodies}) == 2, found
