"""Actors the tagger missed or misread (issue 11, helper a32), audited against docs/annotation.md *Actor and
recipient* (collective actors are actors; officials, forces and unnamed bodies become actors; a named group is one
actor, its whole name). Sentences written for this test, from many conflicts (Sudan, Ukraine, the Sahel, Myanmar,
Colombia, Yemen, the DRC, Kenya, Nigeria, Syria ...); pipeline/groups.py and pipeline/entity_candidates.py."""

from __future__ import annotations

import pytest

from conflictgraph import extract

PUB = "2024-03-06"


def _bundle(text: str) -> tuple[list[dict], dict[str, dict], list[dict]]:
    bundle = extract([text], published=PUB).to_dict()
    return bundle["mentions"], {a["id"]: a for a in bundle["actors"]}, bundle["events"]


def _actor_of(text: str, words: str) -> dict | None:
    mentions, actors, _ = _bundle(text)
    found = next((m for m in mentions if m["text"] == words and m.get("actor")), None)
    return actors.get(found["actor"]) if found else None


# text, the mention's words, the actor's name (None: any), its kind, rule
NAMED_BODIES = [
    ("The Comandos de la Frontera killed two soldiers in Putumayo on Monday.", "Comandos de la Frontera",
     "Comandos de la Frontera", "armed_group", "a name its body's head opens before 'de la' is one body"),
    ("The Bloc Québécois accused the federal government of ignoring Quebec farmers on Tuesday.", "Bloc Québécois",
     None, None, "a place-tagged name with a body's head is a body"),
    ("Fighters of the Al-Fateh Qurashi Brigade shelled Kurdish positions near Afrin on Friday.",
     "Al-Fateh Qurashi Brigade", "Al-Fateh Qurashi Brigade", "armed_group",
     "a capitalised run a body's head closes is the whole name, not its last word"),
    ("The Frente de Liberacion del Sur attacked a police post in Cauca on Sunday.", "Frente de Liberacion del Sur",
     "Frente de Liberacion del Sur", None, "'Frente de ...': connectors inside a name its head opens"),
]


@pytest.mark.parametrize(("text", "words", "name", "kind", "rule"), NAMED_BODIES)
def test_named_body_is_one_actor(text: str, words: str, name: str | None, kind: str | None, rule: str) -> None:
    actor = _actor_of(text, words)
    assert actor is not None, rule
    assert name is None or actor["name"] == name, rule
    assert kind is None or actor["kind"] == kind, rule


# text, event type, expected source name, rule
ARMED_PEOPLE = [
    ("Masked men stormed a church in Ouagadougou on Sunday and killed five worshippers.", "ASSAULT", "Masked men",
     "PLOVER ASSAULT: masked men are an armed collective; their storming is an attack, not a riot"),
    ("Armed men attacked a bus near Tillaberi on Monday, killing ten passengers.", "ASSAULT", "Armed men",
     "Actor: 'armed men' are a collective actor"),
    ("Unidentified men abducted a priest in Bamenda on Sunday.", "ASSAULT", "Unidentified men",
     "Actor: 'unidentified men' who abduct are a collective actor"),
    ("Machete-wielding men attacked villagers in Ituri on Monday.", "ASSAULT", "Machete-wielding men",
     "Actor: '-wielding men' are an armed collective, the whole hyphened word"),
    ("Gunmen stormed a mosque in Zamfara on Friday.", "ASSAULT", "Gunmen",
     "PLOVER ASSAULT: gunmen storming a mosque attack it (no PROTEST riot)"),
]


@pytest.mark.parametrize(("text", "event_type", "source", "rule"), ARMED_PEOPLE)
def test_armed_people_are_an_armed_collective(text: str, event_type: str, source: str, rule: str) -> None:
    _, actors, events = _bundle(text)
    assert "PROTEST" not in {e["type"] for e in events}, rule
    sources = {actors[e["source"]]["name"] for e in events if e["type"] == event_type and e["source"]}
    assert source in sources, rule


def test_the_men_after_armed_men_are_that_body() -> None:
    mentions, _, _ = _bundle("Armed men attacked a village in Zamfara on Monday. The men fled into the forest.")
    keys = {m["text"]: m["actor"] for m in mentions if m["text"] in ("Armed men", "men")}
    assert keys.get("men") is not None and keys.get("men") == keys.get("Armed men")


# text, the crowd's words, event type, rule
CROWDS = [
    ("Thousands of Kurds protested against Turkey in Diyarbakir on Sunday.", "Kurds", "PROTEST",
     "PLOVER PROTEST: the nationality that protests is the crowd, the protest's actor"),
    ("The attack came after days of protests by Armenians angry over Azerbaijan's blockade of Karabakh.",
     "Armenians", "PROTEST", "the people 'by' whom protests are held are the crowd, not their state"),
    ("Hundreds of Palestinians marched in Ramallah on Friday against the raids.", "Palestinians", "PROTEST",
     "a nationality's plural that marches is the crowd"),
]


@pytest.mark.parametrize(("text", "words", "event_type", "rule"), CROWDS)
def test_nationality_plural_that_protests_is_a_crowd(text: str, words: str, event_type: str, rule: str) -> None:
    mentions, actors, events = _bundle(text)
    crowd = next((m["actor"] for m in mentions if m["text"] == words), None)
    assert crowd is not None and actors[crowd]["kind"] != "state", rule
    assert any(e["type"] == event_type and e["source"] == crowd for e in events), rule


# text, the officers' words, the police's words (None: none named), rule
OFFICERS = [
    ("Kampala police arrested three men on Monday. Officers said the men carried grenades.", "Officers",
     "Kampala police", "Actor: bare 'officers' after a police named are that police"),
    ("Mombasa police raided a house on Monday. Two police officers were wounded in the raid.", "police officers",
     "Mombasa police", "Actor: 'police officers' are the police named before"),
    ("Police officers arrested 12 protesters in Harare on Monday. Officers said the protest was illegal.",
     "Officers", "Police officers", "Actor: the officers named twice are one body"),
]


@pytest.mark.parametrize(("text", "officers", "police", "rule"), OFFICERS)
def test_officers_are_the_police(text: str, officers: str, police: str, rule: str) -> None:
    mentions, _, _ = _bundle(text)
    keys = {m["text"]: m["actor"] for m in mentions}
    assert keys.get(officers) is not None and keys.get(officers) == keys.get(police), rule


def test_army_officers_are_not_the_police() -> None:
    mentions, actors, _ = _bundle("Lviv police detained a man on Monday. Army officers said he was a deserter.")
    keys = {m["text"]: m["actor"] for m in mentions}
    assert keys.get("Army officers") is not None and keys.get("Army officers") != keys.get("Lviv police")


# text, the weak name, the actor id, rule
WEAK_NAMES = [
    ("The ELN bombed a pipeline in Arauca on Tuesday.", "ELN", "eln",
     "other_theatres.yaml context: a place of the context's country names the conflict"),
    ("The RSF shelled a market in El Fasher on Monday.", "RSF", "rapid-support-forces",
     "a weak short name in a sentence whose place lies in its context's country"),
]


@pytest.mark.parametrize(("text", "name", "actor", "rule"), WEAK_NAMES)
def test_weak_name_with_a_place_of_its_country(text: str, name: str, actor: str, rule: str) -> None:
    mentions, _, _ = _bundle(text)
    assert any(m["text"] == name and m["actor"] == actor for m in mentions), rule


def test_division_name_as_surname_is_the_person() -> None:
    mentions, actors, _ = _bundle("Lisbon Mayor Carlos Moedas met Kyiv's mayor on Monday. Moedas said Lisbon would "
                                  "send generators. Paris Mayor Anne Hidalgo joined them. Hidalgo said Paris would "
                                  "send buses.")
    hidalgo = [m for m in mentions if m["text"] == "Hidalgo"]
    assert hidalgo and all(actors[m["actor"]]["kind"] == "person" for m in hidalgo if m["actor"])
    assert all(m["actor"] for m in hidalgo)


@pytest.mark.parametrize(("text", "name"), [
    ("Marines began their assault on insurgent-held Karabilah on Monday. Insurgents fled Karabilah later.",
     "Karabilah"),
    ("Government aircraft bombed rebel-held Kafranbel on Tuesday.", "Kafranbel"),
    ("Drones struck Houthi-controlled Bajil on Sunday.", "Bajil"),
])
def test_held_name_is_a_place(text: str, name: str) -> None:
    """Place: a name a holding participle qualifies ('insurgent-held X') is ground, never a person or a body."""
    mentions, _, _ = _bundle(text)
    found = [m for m in mentions if m["text"] == name]
    assert found and all(m["type"] in ("GPE", "LOC", "FAC") for m in found)
