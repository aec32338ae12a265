"""Definite descriptions that point back at a body the text named (issue 11, helper e40).

docs/annotation.md, *Writing the YAML*: an actor's aliases are the names by which the text refers to it as an actor,
"the rebels", "The group", "the militias" among them; *Actor and recipient*: a statement without a person is the
body's. "The rebel group said", after "the Arakan Army" is named, is the Arakan Army's, not an actor of its own; but
not where two such bodies are named, nor a description of another body ("the rival group", "the group of men", "the
party that was swept from power by X"), nor an indefinite one ("a group"). pipeline/descriptions.py; collectives.yaml
``described_bodies`` and ``described_kinds``. Sentences written for this test, from many conflicts (Myanmar, Sudan,
Somalia, Ukraine, Gaza, Yemen, Lebanon, DR Congo, Colombia, Mali, Nigeria, Canada); none from a gold article."""

from __future__ import annotations

import pytest

PUB = "2024-03-06"


def _actor_of(text: str, words: str) -> str | None:
    """The actor of the mention holding ``words`` (the last such mention), or None."""
    from conflictgraph import extract

    bundle = extract([text], published=PUB).to_dict()
    at = text.rindex(words)
    found = [m for m in bundle["mentions"] if m["start"] <= at + len(words) - 1 and at < m["end"]]
    return found[-1]["actor"] if found else None


# text, the description's words, the actor it points back at, rule
POINTS_BACK = [
    ("The Arakan Army seized the town of Paletwa on Monday. The rebel group said it had captured 40 soldiers.",
     "rebel group", "arakan-army", "a kind word ('rebel') and 'group' point back at the armed group named before"),
    ("The Rapid Support Forces attacked El Fasher on Sunday. The paramilitary group killed 20 civilians.",
     "paramilitary group", "rapid-support-forces", "'the paramilitary group' is the RSF named before"),
    ("Al-Shabaab claimed the bombing in Mogadishu. The militant group said it targeted officials.",
     "militant group", "al-shabaab", "'the militant group' is al-Shabaab"),
    ("The Wagner Group withdrew from Bakhmut. The mercenary group said its fighters had left.",
     "mercenary group", "wagner-group", "a kind word narrows the head's kinds: an armed group, not a misread place"),
    ("Hamas rejected the proposal on Tuesday. The movement said Israel must withdraw from Gaza.",
     "movement", "hamas", "'the movement' is the one movement named before (states are no movement)"),
    ("The Houthis fired missiles at a tanker in the Red Sea. The rebels said the ship was linked to Israel.",
     "rebels", "houthis", "'the rebels' is the armed group named before (annotation: 'the rebels' an alias)"),
    ("Hezbollah fired rockets at northern Israel. The group said it was responding to Israeli strikes.",
     "group", "hezbollah", "'the group' is the armed group named before"),
    ("The M23 rebels captured Goma in January. The group is backed by Rwanda, UN experts said.",
     "group", "m23", "'the group' is the M23 named in the sentence before"),
    ("FARC dissidents attacked a police station in Cauca. The guerrillas killed two officers.",
     "guerrillas", "farc-dissidents", "'the guerrillas' is the FARC dissidents named before (one collective, kbx)"),
    ("Sheikh Hasina's Awami League won the election in Dhaka. The party took 222 seats.", "party", "awami-league",
     "'the party' is the party named before, its name's word ('League') a party's"),
    ("The RSF shelled El Obeid in North Kordofan, Sudan. The paramilitary force denied the accusation.",
     "paramilitary force", "rapid-support-forces", "'the paramilitary force' is the RSF named before"),
    ("The Taliban government banned girls from universities. The movement's leader approved the decree.",
     "movement", "taliban", "a possessive description ('the movement's leader') points back as a bare one does"),
    ("The European Union imposed sanctions on Wagner. The bloc said the mercenaries had committed abuses in Mali.",
     "bloc", "eu", "'the bloc' is the one bloc (an organisation) named before"),
    ("Russia's Defence Ministry said its forces had captured Avdiivka. The ministry said 200 soldiers were killed.",
     "ministry", "russia-defence-ministry", "'the ministry' is the ministry named before (its name holds 'Ministry')"),
    ("Ukraine's SBU said it had detained a Russian agent. The agency said the man had passed coordinates to Moscow.",
     "agency", "sbu", "'the agency' is the security service named before (its name holds 'Service')"),
    ("The Alliance of Sahel States met in Niamey. The alliance said it would form a joint force.", "alliance",
     "alliance-of-sahel-states", "'the alliance' is the alliance named before (its name holds 'Alliance')"),
    ("The Ambazonia Defence Forces attacked a school in Bamenda. The separatists burned two classrooms.",
     "separatists", "ambazonia-defence-forces",
     "an unknown name's 'forces' may be an armed group's: 'the separatists' is the one body named before"),
    ("JNIM claimed the ambush near Mopti. The jihadists said they had seized weapons.",
     "jihadists", "jnim", "'the jihadists' is JNIM named before"),
]


@pytest.mark.parametrize(("text", "words", "actor", "rule"), POINTS_BACK)
def test_a_definite_description_is_the_body_named_before(text, words, actor, rule):
    assert _actor_of(text, words) == actor, rule


# text, the description's words, the actor it must not be, rule
NOT_THAT_BODY = [
    ("Hamas and Islamic Jihad signed a statement in Cairo. The movement said the truce would end.", "movement",
     "hamas",
     "two bodies of the head's kind named before: which one is not said"),
    ("Islamic Jihad fired rockets at Sderot. Hamas said the group had acted alone.", "group", "hamas",
     "two armed groups in the window: no link to the last one named"),
    ("The Arakan Army seized Paletwa. A rebel group in Chin State said it had joined the attack.", "rebel group",
     "arakan-army", "an indefinite description introduces a body, it points back at none"),
    ("Al-Shabaab attacked a base in Lower Shabelle. The rival group said it had no part in it.", "rival group",
     "al-shabaab", "'rival' says which body (another), not its kind: no link"),
    ("Boko Haram raided a village in Borno. The group of men who fled said they had been kidnapped.", "group of men",
     "boko-haram", "'the group of men' is people named by common words, not the body named before"),
    ("The M23 seized Rubaya. The party that opposes the M23 called for talks in Kinshasa.", "party", "m23",
     "a body its own clause names is another: no body opposes itself"),
    ("The Sudanese army and the RSF clashed in Khartoum. The force said it had repelled the attack.", "force",
     "rapid-support-forces", "an army and an armed group both admitted by 'the force': which one is not said"),
    ("Kenyan police arrested 40 men in Nairobi. The ministry said the men were members of a banned sect.",
     "ministry", "kenyan-police", "'the ministry' points back at a ministry by its name, never at any government body"),
    ("Israel struck Gaza City. The alliance of Iran-backed groups vowed to respond.", "alliance", "israel",
     "'the alliance of ...' names its members: no body named before"),
    ("The Ambazonia Defence Forces and the Cameroonian army clashed near Bamenda. The separatists said they had won.",
     "separatists", "ambazonia-defence-forces", "two bodies of forces named before: which one is not said"),
    ("The UN condemned the arrests in Harare. The party said the election was fair.", "party", "un",
     "'the party' points back at a party (its name's words, an unknown name in capitals), never any organisation"),
]


@pytest.mark.parametrize(("text", "words", "actor", "rule"), NOT_THAT_BODY)
def test_a_description_of_another_body_is_not_the_one_named(text, words, actor, rule):
    assert _actor_of(text, words) != actor, rule


def test_a_description_gives_no_name_to_an_unknown_body():
    """The name of a body the knowledge base does not know stays the name the text writes with capitals, not the
    description that points back at it ("the party")."""
    from conflictgraph import extract

    text = ("The Kenya Freedom Alliance condemned the arrests in Nairobi. The party said it would appeal to the "
            "High Court.")
    bundle = extract([text], published=PUB).to_dict()
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    actor = _actor_of(text, "party")
    assert actor is not None and names[actor] == "Kenya Freedom Alliance", names


# A weak short name several actors of the knowledge base hold is the one whose context the document names, whichever
# file lists it first (entities.py ``_weak_holder``; other_theatres.yaml: weak aliases name the actor only where the
# same document names one of its context).
WEAK_NAMES_OF_SEVERAL = [
    ("Fatah accused Hamas of sabotaging the unity talks in Cairo.", "Fatah", "fatah",
     "'Fatah' beside Hamas is Palestine's Fatah, not Iraq's Fatah Alliance"),
    ("Hamas and Fatah signed a unity deal in Beijing on Tuesday.", "Fatah", "fatah",
     "a list of Palestinian factions: Palestine's Fatah"),
    ("Hadi al-Amiri said Fatah would back the new Iraqi prime minister.", "Fatah", "fatah-alliance",
     "'Fatah' beside its leader Hadi al-Amiri is Iraq's Fatah Alliance"),
]


@pytest.mark.parametrize(("text", "words", "actor", "rule"), WEAK_NAMES_OF_SEVERAL)
def test_a_weak_name_of_several_actors_is_the_one_whose_context_is_named(text, words, actor, rule):
    assert _actor_of(text, words) == actor, rule


# Persons the small model misses or reads as places: docs/annotation.md, *Actor and recipient*: officials and persons
# the text names are actors. A place the gazetteer does not know, joined in a list to persons or opened by an
# honorific, is a person (entity_persons.py ``_people_read_as_places``, names.yaml ``honorifics``); a full name the
# model missed before a surname it found elsewhere is the person's (descriptions.py ``full_names``).
PERSONS_MISSED = [
    ("Police arrested Nnamdi Kanu, Ousmane Sonko and Imran Khan in separate cases.", "Nnamdi Kanu",
     "a name listed with persons is a person (a list joins things of one kind)"),
    ("Sheikh Hasina's Awami League won the election in Dhaka.", "Hasina",
     "an honorific for people alone ('Sheikh') opens a person's name"),
    ("Alexei Navalny was jailed in 2021. Navalny accused the Kremlin of poisoning him.", "Alexei Navalny",
     "the full name before a surname the document names as a person is the person's"),
    ("Debretsion Gebremichael was in Pretoria on Monday. Debretsion said the truce would hold.", "Debretsion said",
     "a given name used alone after the full name (news of the Horn) is the person named in full"),
]


@pytest.mark.parametrize(("text", "words", "rule"), PERSONS_MISSED)
def test_a_person_the_model_misses_is_a_person(text, words, rule):
    from conflictgraph import extract

    bundle = extract([text], published=PUB).to_dict()
    kinds = {a["id"]: a["kind"] for a in bundle["actors"]}
    at = text.index(words)
    found = [m for m in bundle["mentions"] if m["start"] <= at < m["end"] and m.get("actor")]
    assert found and kinds[found[0]["actor"]] == "person", (rule, found)


# ... but never a place the gazetteer knows, though listed with persons or after a title word
PLACES_KEPT = [
    ("Police arrested Ousmane Sonko in Dakar and Ziguinchor on Monday.", "Ziguinchor",
     "a place the gazetteer knows stays a place"),
    ("President William Ruto visited Nairobi and Mombasa on Friday.", "Mombasa", "a list of places is places"),
]


@pytest.mark.parametrize(("text", "words", "rule"), PLACES_KEPT)
def test_a_known_place_is_no_person(text, words, rule):
    from conflictgraph import extract

    bundle = extract([text], published=PUB).to_dict()
    kinds = {a["id"]: a["kind"] for a in bundle["actors"]}
    at = text.index(words)
    found = [m for m in bundle["mentions"] if m["start"] <= at < m["end"]]
    assert not any(m["type"] == "PERSON" or kinds.get(m.get("actor")) == "person" for m in found), (rule, found)


# A name compounded on a division's noun ("the Kursk region", "Donetsk oblast") is the place the gazetteer knows, though
# the model tagged it as nothing or as a product (entity_places.py ``_places_before_place_nouns``, names.yaml
# ``division_nouns``); docs/annotation.md *Titles written with a name state the tie*: a governor leads the province.
DIVISION_HEADS = [
    ("Alexei Smirnov, the acting governor of the Kursk region, said drones hit a power plant.", "Smirnov", "Kursk"),
    ("The governor of Donetsk oblast, Vadym Filashkin, urged residents to evacuate.", "Filashkin", "Donetsk"),
]


@pytest.mark.parametrize(("text", "person", "region"), DIVISION_HEADS)
def test_a_governor_of_a_region_named_with_its_noun_leads_it(text, person, region):
    from support import has_relation, relations_by_name

    ties = relations_by_name(text)
    assert has_relation(ties, person, "leads", region), ties


@pytest.mark.parametrize(("text", "name"), [
    ("Russian drones struck the Kursk region overnight, officials said.", "Kursk"),
    ("Shelling hit Donetsk oblast on Sunday, killing two people.", "Donetsk"),
])
def test_a_name_before_a_divisions_noun_is_a_place(text, name):
    from conflictgraph import extract

    bundle = extract([text], published=PUB).to_dict()
    at = text.index(name)
    assert any(m["start"] == at and m["type"] in ("GPE", "LOC") for m in bundle["mentions"]), bundle["mentions"]


# A one-word "person" before a title in lower case and the title's holder is the place the title is of ("Tigray
# leader X"): entity_persons.py ``_places_read_as_people``; docs/annotation.md, *Place*; a person's name is not followed
# by another's.
@pytest.mark.parametrize(("text", "name"), [
    ("Prime Minister Abiy Ahmed met Tigray leader Debretsion Gebremichael in Pretoria.", "Tigray"),
    ("Darfur governor Minni Minawi urged the RSF to withdraw from El Fasher.", "Darfur"),
])
def test_a_place_before_a_title_and_its_holder_is_no_person(text, name):
    from conflictgraph import extract

    bundle = extract([text], published=PUB).to_dict()
    at = text.index(name)
    assert any(m["start"] == at and m["type"] in ("GPE", "LOC") for m in bundle["mentions"]), bundle["mentions"]
