"""A state's body named by a common noun alone is the state's where the text says whose it is (docs/annotation.md,
*Actor and recipient*: officials, forces and unnamed bodies become actors with a country where the text gives it;
PLOVER codes a state by its government and its forces).

"The army" in a story set in Darfur is the Sudanese army, "the regime" in one on Idlib Syria's government,
"opponents of President Assad" the Syrian opposition (pipeline/groups.py, Institutions; collectives.yaml
``state_institutions``). Sentences written for this test, from several conflicts.
"""

from __future__ import annotations

import pytest

from conflictgraph import extract

PUBLISHED = "2024-05-15"


def _bundle(*texts: str) -> dict:
    return extract(list(texts), published=PUBLISHED).to_dict()


def _roles(bundle: dict, role: str) -> set[str]:
    found = set()
    for event in bundle["events"]:
        value = event.get(role)
        found |= set(value) if isinstance(value, list) else {value} if value else set()
    return found


@pytest.mark.parametrize("text, role, actor", [
    # the places of its sentence say whose army, soldiers, troops, junta or regime it is
    ("The army shelled villages near El Fasher in North Darfur on Sunday, killing 12 people.", "source",
     "sudanese-armed-forces"),
    ("Soldiers opened fire on demonstrators in Bamako on Friday.", "source", "malian-armed-forces"),
    ("Troops raided a village near Maiduguri in Borno State on Tuesday and arrested 20 men.", "source",
     "nigerian-armed-forces"),
    ("The regime shelled Idlib and Saraqeb on Tuesday, killing nine civilians.", "source", "syria"),
    # (the knowledge base lists "Myanmar junta" under the Tatmadaw, the military that rules)
    ("Protesters in Mandalay and Yangon accused the junta of killing civilians.", "target", "tatmadaw"),
    # a regime or junta the knowledge base lists no body for is the state itself
    ("The regime arrested dozens of students in Tehran and Isfahan on Sunday.", "source", "iran"),
    ("Protesters in Niamey and Zinder accused the junta of jailing journalists.", "target", "niger"),
    # the person its "of" phrase names says whose opponents they are
    ("Opponents of President Bashar Assad accused Russia of bombing hospitals.", "source", "syrian-opposition"),
])
def test_a_states_body_named_by_a_common_noun_is_that_states(text, role, actor):
    bundle = _bundle(text)
    assert actor in _roles(bundle, role), bundle["events"]


def test_the_document_says_whose_it_is_where_the_sentence_does_not():
    """A sentence that names no place takes the country that dominates the article."""
    bundle = _bundle("Fighting spread from Aleppo and Homs to Idlib on Monday. "
                     "The regime accused Turkey of arming the militants.")
    accusations = [e for e in bundle["events"] if e["type"] == "ACCUSE"]
    assert [(e["source"], e["target"]) for e in accusations] == [("syria", "turkey")], bundle["events"]


@pytest.mark.parametrize("text, country", [
    ("Police in Cairo arrested three men after the bombing of a church on Sunday.", "EGY"),
    ("Police fired tear gas at protesters in Lima on Thursday.", "PER"),
    ("Opponents of Vladimir Putin accused the Kremlin of fraud.", "RUS"),
])
def test_a_body_the_knowledge_base_does_not_list_gets_the_country(text, country):
    """Where the knowledge base lists no such body of the state, the document's own group gets its country."""
    bundle = _bundle(text)
    groups = [a for a in bundle["actors"] if a["wikidata"] is None and a["name"].lower() in ("police", "opponents")]
    assert [a["country"] for a in groups] == [country], bundle["actors"]


@pytest.mark.parametrize("text", [
    # three countries' places and no dominant one: whose police it is stays open
    "Police questioned travellers arriving from Cairo, Lima and Kyiv on Monday.",
    # another qualifier names another body: the coalition's troops are not Iraq's
    "Coalition troops stormed Ubaydi after four days of fighting in Husaybah, near the Syrian border.",
])
def test_no_state_where_the_text_does_not_say_whose(text):
    bundle = _bundle(text)
    states = {a["id"] for a in bundle["actors"] if a["country"] and a["kind"] in ("military", "government")
              and a["name"].lower().split()[-1] in ("police", "troops")}
    assert not states, bundle["actors"]


@pytest.mark.parametrize("text, body", [
    ("Police in Nairobi fired tear gas at marchers on Tuesday. Rights groups have long accused Kenyan security "
     "forces of abuses.", "Kenyan security forces"),
    ("On Saturday riot police broke up a rally in Harare. Witnesses said Zimbabwean security forces beat "
     "opposition supporters.", "Zimbabwean security forces"),
])
def test_a_bare_police_is_the_states_security_forces_the_article_names(text, body):
    """Where the knowledge base lists no police of the state, "police" is the state's security body the article
    names with the state's adjective (collectives.yaml: police may be listed as security forces)."""
    bundle = _bundle(text)
    actors = {m["text"]: m["actor"] for m in bundle["mentions"] if m["actor"]}
    police = next(m["actor"] for m in bundle["mentions"] if m["text"].lower().endswith("police"))
    assert police == actors[body], bundle["mentions"]


@pytest.mark.parametrize("text, kind, sources", [
    # a group named by common words beside a named party is a party of its own (PLOVER, Compound and Reciprocal
    # Actors): the actor list holds both
    ("Uganda and local activists condemned the arrests of journalists in Kampala on Monday.", "ACCUSE",
     ["uganda", "local activists"]),
    ("Turkey and activists on the ground accused the regime of heavy shelling in Aleppo.", "ACCUSE",
     ["turkey", "activists"]),
    # but not the rest the text adds to it ("other factions", "allied militias"): the named party is coded
    ("Hamas and other factions rejected the ceasefire proposal on Tuesday.", "REJECT", ["hamas"]),
    ("Russia and allied militias shelled Bakhmut on Friday.", "ASSAULT", ["russia"]),
])
def test_a_common_noun_party_beside_a_named_one_joins_the_actor_list(text, kind, sources):
    bundle = _bundle(text)
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    [event] = [e for e in bundle["events"] if e["type"] == kind]
    found = event.get("sources") or [event["source"]]
    assert [a if a in ("uganda", "turkey", "hamas", "russia") else names[a].lower() for a in found] == sources


def test_other_forces_are_not_the_states_own():
    """"The regime and other forces": the forces the text adds are not the Syrian army."""
    bundle = _bundle("Turkey accused the regime and other forces of heavy shelling in Aleppo.")
    forces = [m["actor"] for m in bundle["mentions"] if m["text"] == "forces"]
    assert forces and "syrian-arab-army" not in forces


@pytest.mark.parametrize("text, noun, not_actor", [
    # a force beside another state the sentence names as a party may be that state's: not the place's
    ("The US has 5,200 troops in Iraq stationed at bases across the country.", "troops", "iraqi-security-forces"),
    # a regime is not the party's that the sentence names beside it
    ("Turkey accused the regime of shelling Aleppo.", "regime", "turkey"),
    # a bare mention the groups stage linked to a differently qualified body stays that body's
    ("Coalition troops reached Mosul on Monday. The troops met no resistance in the city.", "troops",
     "iraqi-security-forces"),
])
def test_whose_body_it_is_stays_open_where_the_sentence_names_another_party(text, noun, not_actor):
    bundle = _bundle(text)
    actors = [m["actor"] for m in bundle["mentions"] if m["text"] == noun]
    assert actors and not_actor not in actors, bundle["mentions"]


def test_a_possessor_says_whose_troops_they_are():
    bundle = _bundle("Russia's troops shelled Kharkiv on Monday.")
    assert "russian-military" in _roles(bundle, "source"), bundle["events"]
