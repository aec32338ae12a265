"""Parties joined by "and" as PLOVER's compound actors (issue 11, helper lst): a coordination the parse split or cut
still gives every party (PLOVER, Compound and Reciprocal Actors; docs/annotation.md, *Lists*). Sentences written for
this test, from several conflicts and from city news; each rule is set beside near misses that keep their reading."""

from __future__ import annotations

import pytest

from conflictgraph import extract


def _parties(text: str, event_type: str, role: str) -> list[str]:
    [event] = [e for e in extract([text], published="2024-05-17").to_dict()["events"] if e["type"] == event_type]
    return event.get(role + "s") or ([event[role]] if event.get(role) else [])


# --- split_coordination: one coordination the parse made two subjects (or objects) of the verb ---------------------
@pytest.mark.parametrize("text, event_type, role, parties", [
    # "X as well as Y" before the verb: the parser hangs both on the verb as subjects
    ("Israel as well as the United States condemned the attack on Tuesday.", "ACCUSE", "source",
     ["israel", "united-states"]),
    ("Ukraine as well as Poland condemned the strike on Lviv on Monday.", "ACCUSE", "source", ["ukraine", "poland"]),
    ("The United Nations as well as the African Union called for a ceasefire in Sudan on Monday.", "REQUEST",
     "source", ["un", "african-union"]),
    # a list with a comma before its "and", its last item a subject of its own
    ("Hamas, Islamic Jihad, and the PFLP fired rockets at Israel on Saturday.", "ASSAULT", "source",
     ["hamas", "palestinian-islamic-jihad", "pflp"]),
    ("The army, the police, and the National Guard arrested 40 protesters in Caracas on Saturday.", "COERCE",
     "source", ["army-", "police-", "national-guard"]),
    ("Lavrov, Wang Yi, and Blinken met in Jakarta on Thursday.", "CONSULT", "source",
     ["sergei-lavrov", "wang-yi", "antony-blinken"]),
    # the objects of the verb: "accused X as well as Y of"
    ("Sudan accused the UAE as well as Chad of arming the RSF on Monday.", "ACCUSE", "target",
     ["united-arab-emirates", "chad"]),
])
def test_a_split_coordination_gives_every_party(text, event_type, role, parties):
    found = _parties(text, event_type, role)
    assert len(found) == len(parties) and all(f.startswith(p) for f, p in zip(found, parties))


@pytest.mark.parametrize("text, event_type, role, parties", [
    # near misses: an alternative ("or") names one party; an appositive restates its head; "its allies" and "its
    # tanks" name no party of their own
    ("Hamas, Islamic Jihad, or the PFLP fired rockets at Israel on Saturday.", "ASSAULT", "source", ["hamas"]),
    ("The ELN, the FARC dissidents, or the Clan del Golfo attacked the base in Cucuta on Monday.", "ASSAULT",
     "source", ["eln"]),
    ("Hemedti, the RSF commander, accused the army of shelling Omdurman on Monday.", "ACCUSE", "source",
     ["mohamed-hamdan-dagalo"]),
    ("The Arakan Army and its allies attacked Sittwe on Monday.", "ASSAULT", "source", ["arakan-army"]),
    ("The Rapid Support Forces, a paramilitary group, attacked El Fasher on Sunday.", "ASSAULT", "source",
     ["rapid-support-forces"]),
])
def test_no_party_is_added_outside_a_coordination(text, event_type, role, parties):
    assert _parties(text, event_type, role) == parties


# --- as_well_as: "as well as" parsed as a conjunction with an object --------------------------------------------
@pytest.mark.parametrize("text, event_type, role, parties", [
    ("The European Union sanctioned Russia as well as Belarus on Friday.", "SANCTION", "target", ["russia", "belarus"]),
    ("Ukraine accused Russia as well as Belarus of deporting children on Monday.", "ACCUSE", "target",
     ["russia", "belarus"]),
])
def test_as_well_as_joins_the_parties(text, event_type, role, parties):
    assert _parties(text, event_type, role) == parties


# --- _listed_between: the middle item of "X, Y, and Z" the parse took for an appositive ----------------------------
@pytest.mark.parametrize("text, event_type, role, parties", [
    ("Mali, Burkina Faso, and Niger expelled French diplomats on Monday.", "SANCTION", "source",
     ["mali", "burkina-faso", "niger"]),
    ("Syria, Russia, and Iran attacked Idlib on Friday.", "ASSAULT", "source", ["syria", "russia", "iran"]),
    # near misses: an appositive that is no name ("a paramilitary group", "Rwanda's president") stays out
    ("The RSF, a paramilitary group, and the army clashed in Omdurman on Sunday.", "ASSAULT", "source",
     ["rapid-support-forces", "sudanese-armed-forces"]),
    ("Kagame, Rwanda's president, and Tshisekedi met in Luanda on Saturday.", "CONSULT", "source",
     ["paul-kagame", "felix-tshisekedi"]),
])
def test_the_middle_item_of_a_list_is_a_party(text, event_type, role, parties):
    assert _parties(text, event_type, role) == parties


# --- cut_list_before: the list's first items made the sentence's root ----------------------------------------------
@pytest.mark.parametrize("text, event_type, parties", [
    ("Turkey, Russia, and Iran agreed on a ceasefire in Idlib on Friday.", "AGREE", ["turkey", "russia", "iran"]),
    # near misses: a list the parse keeps whole, and two clauses each with its own subject
    ("Kenya, Ethiopia, and Somalia signed a security pact in Nairobi on Friday.", "SUPPORT",
     ["kenya", "ethiopia", "somalia"]),
    ("Uganda, Rwanda, and Burundi sent troops to Congo in 1998.", "MOBILIZE", ["uganda", "rwanda", "burundi"]),
])
def test_the_items_cut_before_the_subject_are_parties(text, event_type, parties):
    assert _parties(text, event_type, "source") == parties


def test_two_clauses_keep_their_own_subjects():
    events = extract(["Russia attacked Kharkiv on Monday, and Ukraine struck Belgorod on Tuesday."],
                     published="2024-05-17").to_dict()["events"]
    assert sorted(e["source"] if e.get("source") else tuple(e.get("sources", ())) for e in events
                  if e["type"] == "ASSAULT") == ["russia", "ukraine"]


# --- _held_by_each: a plural noun of the bodies its "of" / "from" phrase lists -------------------------------------
@pytest.mark.parametrize("text, event_type, role, parties", [
    ("Fighters from JNIM and the Islamic State attacked the army in Menaka on Monday.", "ASSAULT", "source",
     ["jnim", "isis"]),
    ("The governments of Mali and Niger expelled French diplomats on Monday.", "SANCTION", "source", ["mali", "niger"]),
    ("Militants from Hamas and Islamic Jihad fired rockets at Sderot on Monday.", "ASSAULT", "source",
     ["hamas", "palestinian-islamic-jihad"]),
    # near miss: a second item that names no body ("their families") adds no party
    ("Fighters from JNIM and their families were arrested in Mopti on Monday.", "COERCE", "target", ["jnim"]),
])
def test_a_noun_of_listed_bodies_gives_each(text, event_type, role, parties):
    assert _parties(text, event_type, role) == parties


# --- coordinations already read whole (kept: the probes of the brief) ----------------------------------------------
@pytest.mark.parametrize("text, event_type, role, parties", [
    ("Attacks by JNIM and the Islamic State in the Greater Sahara killed 12 soldiers in Mali on Monday.", "ASSAULT",
     "source", ["jnim", "islamic-state-sahel"]),
    ("India and Pakistan exchanged artillery fire along the Line of Control on Monday.", "ASSAULT", "source",
     ["india", "pakistan"]),
    ("Hundreds of civilians were killed at the hands of Assad and ISIL in Syria.", "ASSAULT", "source",
     ["bashar-al-assad", "isis"]),
    ("Talks between Russia, Ukraine and Turkey resumed in Istanbul on Friday.", "CONSULT", "source",
     ["russia", "ukraine", "turkey"]),
    ("The Kachin Independence Army, together with the Arakan Army, attacked a military base in Kachin on Monday.",
     "ASSAULT", "source", ["kachin-independence-army", "arakan-army"]),
    ("Benin, Togo and Ghana, along with Nigeria, condemned the coup on Monday.", "ACCUSE", "source",
     ["benin", "togo", "ghana", "nigeria"]),
])
def test_whole_coordinations_stay_whole(text, event_type, role, parties):
    assert _parties(text, event_type, role) == parties


# --- _coordinated_possessors: a noun that stands for its possessor, the possessor a coordination --------------------
@pytest.mark.parametrize("text, event_type, role, parties", [
    ("Russia and Iran's support for Assad was criticized by the United States on Monday.", "ACCUSE", "target",
     ["russia", "iran"]),
    ("Rwanda and Uganda's backing of the M23 was condemned by Congo on Tuesday.", "ACCUSE", "target",
     ["rwanda", "uganda"]),
    # near misses: one possessor; an alternative names the first only
    ("Iran's support for the Houthis was criticized by the United States on Monday.", "ACCUSE", "target", ["iran"]),
    ("Russia or Iran's support for Assad was criticized by the United States on Monday.", "ACCUSE", "target",
     ["russia"]),
])
def test_coordinated_possessors_are_each_a_party(text, event_type, role, parties):
    assert _parties(text, event_type, role) == parties


@pytest.mark.parametrize("text, event_type, parties", [
    # near misses of every rule above: dates set off inside the subject, a party with its equipment, an appositive
    # and an unnamed rest ("its allies"), two clauses each with its subject
    ("The army, on Monday and Tuesday, attacked M23 positions near Goma.", "ASSAULT", ["fardc"]),
    ("The army and its tanks attacked Bakhmut on Friday.", "ASSAULT", ["army-"]),
    ("The RSF, Sudan's paramilitary force, and its allies attacked El Fasher on Sunday.", "ASSAULT",
     ["rapid-support-forces"]),
    ("Police, firefighters, and paramedics rushed to the scene in Denver on Monday, and officers arrested a man.",
     "COERCE", ["officers-"]),
])
def test_no_list_where_the_text_gives_one_party(text, event_type, parties):
    found = _parties(text, event_type, "source")
    assert len(found) == len(parties) and all(f.startswith(p) for f, p in zip(found, parties))
