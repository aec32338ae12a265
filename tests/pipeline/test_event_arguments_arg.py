"""Event arguments by general rules (issue 11, helper arg): the date of another act or thing named inside an act's
phrase is not the act's; a verbal act on a deed is directed at the deed's doer, never at its victim or place; every
signatory of an agreement "with" a party is an actor, whatever the determiner.

Every sentence was written for this file, from conflicts other than those of the DEV gold (Sahel, Sudan, DRC,
Myanmar, Ethiopia, Haiti, Colombia, the Balkans, the Caucasus, Taiwan ...); each case names the rule it checks and
both sides of each rule are probed. Each text is extracted as a document of its own.
"""

from __future__ import annotations

from functools import cache

import pytest
from support import events_and_names

PUBLISHED = "2024-03-20"


@cache
def _extracted(text: str) -> tuple[list[dict], dict[str, str]]:
    found, names = events_and_names([text], PUBLISHED)
    return found[text], names


def _names(event: dict, role: str, names: dict[str, str]) -> list[str]:
    ids = event.get(role + "s") or ([event[role]] if event[role] else [])
    return [names.get(i, i) for i in ids]


def _of_type(text: str, event_type: str) -> list[dict]:
    return [e for e in _extracted(text)[0] if e["type"] == event_type]


# --- 1. A time inside another act's phrase, or in a clause on a thing the act is about, is not the act's ----------
# docs/annotation.md, Date: the event's own date; One event or several: an attack and what answers it are two acts.
@pytest.mark.parametrize(("text", "event_type", "not_date"), [
    # the coup's July, not the accusation's (Sahel)
    ("Mali's junta accused the former minister of staging a coup attempt in July.", "ACCUSE", "2023-07"),
    # the contracts' year, not the investigation's (Haiti)
    ("Haitian police arrested a former senator on Friday as part of an investigation into contracts dating from "
     "2019.", "ACCUSE", "2019"),
    # the killing's year, not the arrest's (Colombia)
    ("Colombian police arrested a former FARC commander for killing a soldier in 2015.", "COERCE", "2015"),
    # the bombing's year, not the arrest's (Kosovo)
    ("Kosovo police detained a Serb man for planting a bomb near Zvecan in 2023.", "COERCE", "2023"),
])
def test_another_acts_time_does_not_date_the_act(text, event_type, not_date):
    dates = [e["date"] for e in _of_type(text, event_type)]
    assert dates and not_date not in dates, dates


@pytest.mark.parametrize(("text", "event_type", "date"), [
    # the act's own time stays: in its own clause (Sudan)
    ("On Monday, the Sudanese army accused the RSF of shelling a hospital in El Fasher.", "ACCUSE", "2024-03-18"),
    # a statement's own occasion is the act's time, a participle on a circumstance (Myanmar)
    ("In a statement released on Saturday, the junta accused the Arakan Army of burning villages.", "ACCUSE",
     "2024-03-16"),
    # an attack's own "which took place" clause dates the attack (DRC)
    ("The UN condemned the attack on a camp near Goma, which took place on 3 March.", "ASSAULT", "2024-03-03"),
    # a time in the arrest's own clause (Kosovo)
    ("Kosovo police arrested two Serbs on Friday for attacking a patrol in 2023.", "COERCE", "2024-03-15"),
])
def test_the_acts_own_time_stays(text, event_type, date):
    assert date in [e["date"] for e in _of_type(text, event_type)], _of_type(text, event_type)


# --- 2. A verbal act on a deed is directed at the deed's doer --------------------------------------------------
# PLOVER ACCUSE, SUPPORT: the recipient is the one whose act is condemned or approved; docs/annotation.md, Actor and
# recipient: who did it, to whom it was directed.
@pytest.mark.parametrize(("text", "event_type", "target"), [
    # the visitor's state, not the place visited (Taiwan)
    ("China condemned the visit by the US Speaker to Taiwan.", "ACCUSE", ["United States"]),
    # the doer in the deed's possessor (the Caucasus)
    ("Armenia condemned Azerbaijan's shelling of Jermuk.", "ACCUSE", ["Azerbaijan"]),
    # the killer unnamed: no recipient, never the victim (Haiti)
    ("The prime minister described the killing of the journalist Alix Dorsainvil as an outrage.", "ACCUSE", []),
    # praise of a deed goes to its doer (Ethiopia)
    ("The African Union praised the release of 200 prisoners by Ethiopia.", "SUPPORT", ["Ethiopia"]),
])
def test_a_verbal_act_on_a_deed_targets_its_doer(text, event_type, target):
    found, names = _extracted(text)
    got = [_names(e, "target", names) for e in found if e["type"] == event_type]
    assert target in got, got


@pytest.mark.parametrize(("text", "event_type", "target"), [
    # a party condemned directly stays the recipient (Serbia)
    ("Serbia condemned Kosovo over the arrests of ethnic Serbs.", "ACCUSE", ["Kosovo"]),
    # praise of a joint deed goes to all who did it (Sudan)
    ("The African Union welcomed the truce reached between Sudan's army and the Rapid Support Forces.", "SUPPORT",
     ["Sudanese Armed Forces", "Rapid Support Forces"]),
])
def test_a_verbal_act_on_a_party_keeps_it(text, event_type, target):
    found, names = _extracted(text)
    got = [_names(e, "target", names) for e in found if e["type"] == event_type]
    assert target in got, got


# --- 3. Every signatory of an agreement "with" a party is an actor -------------------------------------------------
# docs/annotation.md, Signing with a party; PLOVER, Compound and Reciprocal Actors.
@pytest.mark.parametrize(("text", "sources"), [
    # a deal told before: both still sign (the Horn of Africa)
    ("Kenya signed the agreement with Ethiopia in Nairobi on Monday.", ["Kenya", "Ethiopia"]),
    # (the Caucasus)
    ("Armenia signed the peace deal with Azerbaijan last week.", ["Armenia", "Azerbaijan"]),
])
def test_signing_with_a_party_lists_both(text, sources):
    found, names = _extracted(text)
    support = [e for e in found if e["type"] == "SUPPORT"]
    assert [(_names(e, "source", names), _names(e, "target", names)) for e in support] == [(sources, [])], support


def test_an_agreement_welcomed_is_no_signing():
    # the one who welcomes is no signatory: its recipient is the deal's parties (Colombia)
    text = "Brazil welcomed the deal signed by Colombia's government with the ELN."
    found, names = _extracted(text)
    assert all("Brazil" not in _names(e, "target", names) for e in found), found


# --- 4. What an act of aid gives "to" someone is the aid, never its recipient ----------------------------------
# PLOVER AID: the recipient is the one who benefits; the forces or goods given are the aid itself.
@pytest.mark.parametrize(("text", "target"), [
    # forces given to a side the text names by no actor: no recipient, never the forces (Mozambique)
    ("Rwanda has committed troops and police officers to the government side in Mozambique.", []),
    # the "to" party named stays the recipient (Sudan)
    ("The UAE has supplied mercenaries and weapons to the Rapid Support Forces.", ["Rapid Support Forces"]),
])
def test_what_aid_gives_is_no_recipient(text, target):
    found, names = _extracted(text)
    assert [_names(e, "target", names) for e in found if e["type"] == "AID"] == [target], found


# --- 5. A speaker's participle after what the speaker reports is told when the speaker tells it -----------------
# docs/annotation.md, Undated statements: a verbal act reported with no time of its own, as the article's news, takes
# the publication date; the participle is the speaker's act (PLOVER: the actor of a verbal act is who speaks), told
# in the speech verb's tense, not in the reported clause's past perfect.
def test_a_speakers_participle_takes_the_telling_date():
    text = ("The Malian foreign minister told reporters the rebels had attacked a convoy near Kidal, calling it a "
            "terrorist act.")
    assert [e["date"] for e in _of_type(text, "ACCUSE")] == [PUBLISHED], _of_type(text, "ACCUSE")


def test_the_reported_act_keeps_its_past_perfect():
    # the attack told in the past perfect stays undated (docs/annotation.md, Acts told before their telling) (Mali)
    text = ("The Malian foreign minister told reporters the rebels had attacked a convoy near Kidal, calling it a "
            "terrorist act.")
    assert [e["date"] for e in _of_type(text, "ASSAULT")] == [None], _of_type(text, "ASSAULT")


# --- 6. An act its own clause places at a site the text does not name takes no other clause's place -------------
# docs/annotation.md, Place: where the event happened, not any place named nearby.
def test_an_act_at_an_unnamed_site_takes_no_other_place():
    # Lebanon: the bomb went off "in a border area", not in the villages the shelling struck
    text = ("Israeli forces retaliated, shelling the villages of Khiam and Kfar Kila in southern Lebanon and "
            "detonating a bomb in a border area, Syrian officials said.")
    bombs = [e for e in _of_type(text, "ASSAULT") if e["mode"] == "explosives"]
    assert [e["location"] for e in bombs] == [None], bombs


@pytest.mark.parametrize(("text", "place"), [
    # a site whose own phrase names the place is placed by it (Nigeria)
    ("Gunmen stormed a house in Kaduna on Friday.", "Kaduna"),
    # a conjunct with no site of its own shares the clause's place (Ukraine)
    ("Russian forces shelled Kharkiv on Monday and killed three civilians.", "Kharkiv"),
])
def test_a_named_site_or_a_shared_clause_keeps_its_place(text, place):
    places = [(e["location"] or {}).get("name") for e in _of_type(text, "ASSAULT")]
    assert place in places, places


# --- 7. Whom the subject joins for a meeting meets with it --------------------------------------------------------
# PLOVER CONSULT; Compound and Reciprocal Actors: a meeting with no host lists every party as actor.
@pytest.mark.parametrize(("text", "sources"), [
    # Gaza talks in a third country's capital
    ("Blinken joined Saudi Foreign Minister Faisal bin Farhan and other partners in Geneva on Monday for talks on "
     "Gaza.", ["Antony Blinken", "Faisal bin Farhan"]),
    # a journey with no one joined names one party (Ukraine)
    ("Zelensky flew to Geneva on Monday for talks on Ukraine.", ["Volodymyr Zelensky"]),
])
def test_whom_one_joins_for_talks_meets(text, sources):
    found, names = _extracted(text)
    assert sources in [_names(e, "source", names) for e in found if e["type"] == "CONSULT"], found


# --- 8. The party a verbal act is addressed "to" is its recipient, not a party of its topic -----------------------
# PLOVER: the recipient is whom the act is directed at; a party the plan or proposal is about is its topic.
@pytest.mark.parametrize(("text", "event_type", "target"), [
    # Libya is the plan's topic; the Council is whom it was put to
    ("Guterres proposed a plan on the future of Libya to the Security Council.", "AGREE",
     ["United Nations Security Council"]),
    # a name's compound is the party addressed (the Balkans)
    ("Macron proposed the initiative on the future of Kosovo to EU leaders last year.", "AGREE", ["European Union"]),
])
def test_a_verbal_act_is_addressed_to_its_recipient(text, event_type, target):
    found, names = _extracted(text)
    assert target in [_names(e, "target", names) for e in found if e["type"] == event_type], found

