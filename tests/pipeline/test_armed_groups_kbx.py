"""Armed groups beyond the seed theatres as the parties of events and claims (issue 11, helper kbx): the knowledge
base's new records (actors/more_theatres.yaml; other_theatres.yaml's "FARC dissidents") make the group the statistical
model dropped or mistyped ("the Imbonerakure", "the Anti-balaka", "the Mai-Mai" as a building, "The Koglweogo" as a
nationality, "The Dozo hunters" as a person) the actor of the act, as subject, object and possessor, with and without
its country named; and the dissidents of the FARC are one collective, so that "the ELN and FARC dissidents ... The
group said" is a description two bodies fit (descriptions.py), no longer the ELN's. Sentences written for this test
from the Sahel, Burundi, the Central African Republic, the DRC, Sudan, Haiti, Mexico, Myanmar, Ukraine and Colombia;
near misses keep their reading."""

from __future__ import annotations

import pytest

from conflictgraph import extract


def _bundle(text: str) -> dict:
    return extract([text], published="2024-05-17").to_dict()


def _party(bundle: dict, event_type: str, role: str) -> str | None:
    """The actor id of the ``role`` (source or target) of the one event of ``event_type``."""
    [event] = [e for e in bundle["events"] if e["type"] == event_type]
    return event.get(role)


def _speakers(bundle: dict) -> list[str | None]:
    return [c.get("speaker") for c in bundle["claims"]]


@pytest.mark.parametrize("text, event_type, role, actor", [
    # subjects: names the model dropped or mistyped
    ("Imbonerakure militiamen attacked two opposition members in Ngozi province.", "ASSAULT", "source",
     "imbonerakure"),
    ("The Koglweogo detained a herder near Kaya.", "COERCE", "source", "koglweogo"),
    ("The Dozo hunters killed 20 Fulani civilians in central Mali.", "ASSAULT", "source", "dozo"),
    ("The Maï-Maï attacked the Congolese army near Butembo.", "ASSAULT", "source", "mai-mai"),
    ("The Maï-Maï attacked the Congolese army near Butembo.", "ASSAULT", "target", "fardc"),
    ("Fighters of the Anti-balaka attacked a Muslim neighbourhood in Bangui.", "ASSAULT", "source", "anti-balaka"),
    ("The Anti-Balaka accused the Séléka of killing civilians.", "ACCUSE", "source", "anti-balaka"),
    ("Twirwaneho fighters attacked a FARDC position in South Kivu.", "ASSAULT", "source", "twirwaneho"),
    ("Ansaru claimed the kidnapping of 20 passengers in Kaduna.", "ASSAULT", "source", "ansaru"),
    ("400 Mawozo kidnapped 17 missionaries near Port-au-Prince.", "ASSAULT", "source", "400-mawozo"),
    ("The CJNG attacked a police convoy in Michoacan.", "ASSAULT", "source", "cjng"),
    ("The KNDF seized a junta base in Kayah state.", "ASSAULT", "source", "karenni-nationalities-defence-force"),
    # a weak short name with its country named, and with a town of it
    ("The CPC attacked a UN convoy near Bambari in the Central African Republic.", "ASSAULT", "source", "cpc-car"),
    ("The CPC attacked a UN convoy near Bambari.", "ASSAULT", "source", "cpc-car"),  # a town of the country only
    ("The UPC withdrew from Alindao.", "RETREAT", "source", "upc-car"),
    ("The OLA said it had captured a town in Oromia, Ethiopia.", "ASSAULT", "source", "ola"),
    ("The STC seized the presidential palace in Aden.", "COERCE", "source", "southern-transitional-council"),
    # objects
    ("Rwanda accused the Imbonerakure of attacks on refugees.", "ACCUSE", "target", "imbonerakure"),
    ("The Anti-Balaka accused the Séléka of killing civilians.", "ACCUSE", "target", "seleka"),
    ("The army accused the Koglweogo of killing herders near Kaya.", "ACCUSE", "target", "koglweogo"),
    ("Sudan's army accused the SLA of looting in Darfur.", "ACCUSE", "target", "sudan-liberation-movement"),
    ("Russia accused the Azov regiment of war crimes.", "ACCUSE", "target", "azov-brigade"),
    ("Mexican troops arrested a Sinaloa Cartel leader in Culiacan.", "COERCE", "target", "sinaloa-cartel"),
    ("Mexican troops arrested a Sinaloa Cartel leader in Culiacan.", "COERCE", "source", "mexican-armed-forces"),
])
def test_a_new_group_is_the_party_of_its_act(text, event_type, role, actor):
    assert _party(_bundle(text), event_type, role) == actor


@pytest.mark.parametrize("text, actor", [
    # possessors
    ("The Imbonerakure's leaders denied the accusation in Burundi.", "imbonerakure"),
    ("Séléka's former leader Michel Djotodia returned to Bangui.", "seleka"),
    ("The Sinaloa Cartel's Chapitos faction ambushed soldiers in Culiacan.", "sinaloa-cartel"),
    ("The Sinaloa Cartel's Chapitos faction ambushed soldiers in Culiacan.", "los-chapitos"),
])
def test_a_possessor_is_the_group(text, actor):
    assert actor in {m["actor"] for m in _bundle(text)["mentions"]}


@pytest.mark.parametrize("text, speaker", [
    ("The Azov Brigade's commander said the unit had held its positions.", "azov-brigade"),
    ("The Koglweogo said they had arrested three thieves.", "koglweogo"),
    ("The G9 said it would defend its territory in Port-au-Prince, Haiti.", "g9-haiti"),
    ("Jimmy Chérizier said his gangs would keep fighting.", "jimmy-cherizier"),
    # a description points back at the one body named: "the militia", "the coalition"; "the cartel", "the gang" by the
    # name it heads (collectives.yaml name_heads)
    ("The Mai-Mai's commander said the militia would not withdraw.", "mai-mai"),
    ("Police in Haiti said Viv Ansanm gangs attacked Mirebalais. The coalition said it controlled the town.",
     "viv-ansanm"),
    ("The Jalisco cartel denied the killings. The cartel said its men were not there.", "cjng"),
    ("Police arrested the leader of the 400 Mawozo gang. The gang said it would retaliate.", "400-mawozo"),
])
def test_a_new_group_speaks(text, speaker):
    assert speaker in _speakers(_bundle(text))


def test_a_gang_no_text_named_is_no_speaker():
    # near miss: "the gang" with no gang named before it points at no one (not the police, the body named before)
    bundle = _bundle("Police arrested a man in Chicago. The gang said it would retaliate.")
    assert not any((s or "").startswith("police") for s in _speakers(bundle))
    assert not any(m.get("actor") for m in bundle["mentions"] if m["text"] == "gang")


# --- the dissidents of the FARC ------------------------------------------------------------------------------------
def test_farc_dissidents_speak_as_one_collective_not_the_farc():
    bundle = _bundle("FARC dissidents attacked a military base in Cauca. The group said it would keep fighting.")
    assert _party(bundle, "ASSAULT", "source") == "farc-dissidents"
    assert _speakers(bundle) == ["farc-dissidents"]


def test_the_group_after_the_eln_and_farc_dissidents_is_neither():
    # two armed groups coordinated as the subject: "the group" fits both (descriptions.py), so it is not the ELN's
    bundle = _bundle("The ELN and FARC dissidents clashed in Arauca. The group said it had lost ten men.")
    assert "eln" not in _speakers(bundle)
    assert "farc-dissidents" in {m["actor"] for m in bundle["mentions"]}


@pytest.mark.parametrize("text, speaker_or_actor", [
    # near misses: one group named keeps "the group"; the FARC itself (the party that disarmed) stays the FARC
    ("ELN guerrillas attacked a pipeline in Arauca. The group said it would keep fighting.", "eln"),
    ("The KIA and the Tatmadaw clashed near Bhamo. The group said it had captured two posts.",
     "kachin-independence-army"),
])
def test_one_group_named_keeps_the_group(text, speaker_or_actor):
    assert _speakers(_bundle(text)) == [speaker_or_actor]


def test_the_farc_itself_stays_the_farc():
    bundle = _bundle("The FARC signed a peace deal with the government in 2016.")
    assert "farc" in {m["actor"] for m in bundle["mentions"]}
    assert "farc-dissidents" not in {m["actor"] for m in bundle["mentions"]}


# --- Ukraine's National Guard --------------------------------------------------------------------------------------
def test_a_unit_of_ukraines_national_guard_is_part_of_it():
    bundle = _bundle("The Azov Brigade, a unit of Ukraine's National Guard, defended Mariupol.")
    relations = {(r["subject"], r["predicate"], r["object"]) for r in bundle["relations"]}
    assert ("azov-brigade", "part_of", "national-guard-of-ukraine") in relations


@pytest.mark.xfail(strict=True, reason="the relations stage types a body the knowledge base does not know by its "
                   "mention type alone (relations_stated.actor_kind: 'National Guard' an organization, while the bundle's "
                   "actor is a military by names.yaml kind_words), and a military is part of no organization "
                   "(part_of_kinds)")
def test_a_national_guard_unit_is_part_of_the_national_guard():
    relations = {(r["subject"], r["predicate"])
                 for r in _bundle("The Azov Regiment, a National Guard unit, defended Mariupol.")["relations"]}
    assert ("azov-brigade", "part_of") in relations
