"""Each clause's own place, date and toll (issue 11, helper clz): in coordinated clauses and coordinated verb phrases
a conjunct's own phrases belong to it, and a phrase after the last conjunct belongs to every conjunct that shares the
subject and names no such phrase of its own (docs/annotation.md, *One event or several*, *Date*, *Place*, *Tolls*).
Every sentence is written for this file, from conflicts other than those of the DEV gold; both sides of each class
are checked. Each text is extracted alone, so that no other text's events merge with its own."""

from __future__ import annotations

from functools import cache

import pytest
from support import events_by_text

PUBLISHED = "2024-03-20"  # a Wednesday: Monday is 03-18, Friday 03-15, Saturday 03-16, Sunday 03-17


@cache
def _events(text: str) -> tuple[dict, ...]:
    return tuple(events_by_text([text], PUBLISHED)[text])


def _at(text: str, event_type: str, place: str) -> dict:
    found = [e for e in _events(text) if e["type"] == event_type and (e["location"] or {}).get("name") == place]
    assert len(found) == 1, _events(text)
    return found[0]


# --- A phrase after the last conjunct dates every conjunct of one subject that names no date of its own ----------
@pytest.mark.parametrize(("text", "event_type", "place", "date"), [
    # Colombia: an attack in one town and a bombing in another "on Friday": both on Friday
    ("ELN rebels attacked a police station in Cucuta and bombed a pipeline in Arauca on Friday.", "ASSAULT",
     "Cúcuta", "2024-03-15"),
    # Sudan: a massacre and a looting, one subject, the day told once after the second
    ("The RSF killed 30 civilians in El Geneina and looted the market in Nyala on Saturday.", "ASSAULT",
     "Al-Junaynah", "2024-03-16"),
    # Yemen / the Red Sea
    ("Houthi rebels fired missiles at a tanker in the Red Sea and attacked a ship near Aden on Monday.", "ASSAULT",
     "Red Sea", "2024-03-18"),
    # city news, Germany: two stabbings in two cities
    ("Attackers stabbed two people in Hamburg and injured three in Berlin on Saturday.", "ASSAULT", "Hamburg",
     "2024-03-16"),
    # Bangladesh: tear gas in one city, arrests in another
    ("Police fired tear gas in Dhaka and arrested 50 students in Chittagong on Monday.", "ASSAULT", "Dhaka",
     "2024-03-18"),
    # Nigeria: a shooting and an arrest
    ("Police shot dead two robbers in Lagos and arrested a third in Abuja on Sunday.", "ASSAULT", "Lagos",
     "2024-03-17"),
    # Syria: the first conjunct's place is its own, the day the last one's
    ("Government aircraft killed four people in Idlib and wounded nine in Aleppo on Tuesday.", "ASSAULT", "Idlib",
     "2024-03-19"),
    # Kenya: a killing whose place and day both follow the last conjunct
    ("Police killed two suspects and arrested four in Kisumu on Friday.", "ASSAULT", "Kisumu", "2024-03-15"),
])
def test_a_trailing_phrase_dates_every_conjunct_of_one_subject(text, event_type, place, date):
    assert _at(text, event_type, place)["date"] == date


# --- ... but not a conjunct's own date, another subject's clause, or a state ------------------------------------
@pytest.mark.parametrize(("text", "event_type", "place", "not_date"), [
    # Mali: each conjunct has its own day
    ("Jihadists killed six soldiers in Mopti on Sunday and ambushed a convoy in Gao on Tuesday.", "ASSAULT", "Mopti",
     "2024-03-19"),
    # Afghanistan: an arrest on Monday and a release on Wednesday
    ("The Taliban arrested two journalists in Kabul on Monday and freed an aid worker in Herat on Wednesday.",
     "COERCE", "Kabul", "2024-03-20"),
    # Ukraine: a participle's clause dated by its head, not by the next conjunct's day
    ("Drones struck Sumy on Monday, killing two, and hit Kharkiv on Tuesday, wounding six.", "ASSAULT", "Sumy",
     "2024-03-19"),
    # Kenya: "remained in custody as of Friday" dates a state, not the arrest
    ("Four men were arrested in Kisumu and remained in police custody as of Friday.", "COERCE", "Kisumu",
     "2024-03-15"),
])
def test_a_conjuncts_own_date_or_another_clause_is_not_shared(text, event_type, place, not_date):
    assert _at(text, event_type, place)["date"] != not_date


@pytest.mark.parametrize(("text", "place", "date"), [
    ("Jihadists killed six soldiers in Mopti on Sunday and ambushed a convoy in Gao on Tuesday.", "Gao", "2024-03-19"),
    ("Fighters of the M23 shelled Goma on Monday and attacked Bukavu on Tuesday.", "Bukavu", "2024-03-19"),
])
def test_the_last_conjunct_keeps_its_own_date(text, place, date):
    assert _at(text, "ASSAULT", place)["date"] == date


# --- Each act's toll is its own: a conjunct with its own place, day or subject tells its own toll ----------------
@pytest.mark.parametrize(("text", "place", "toll"), [
    # Syria: killed in one city, wounded in another
    ("Government aircraft killed four people in Idlib and wounded nine in Aleppo on Tuesday.", "Idlib", (4, None)),
    ("Government aircraft killed four people in Idlib and wounded nine in Aleppo on Tuesday.", "Aleppo", (None, 9)),
    # Myanmar: the same, with a shooting
    ("Soldiers shot dead two protesters in Mandalay and wounded five in Yangon on Sunday.", "Mandalay", (2, None)),
    ("Soldiers shot dead two protesters in Mandalay and wounded five in Yangon on Sunday.", "Yangon", (None, 5)),
    # Sudan: two clauses with two subjects, each with its participle's toll
    ("The army shelled Omdurman, killing seven people, and RSF fighters attacked Khartoum, wounding 14.", "Omdurman",
     (7, None)),
    ("The army shelled Omdurman, killing seven people, and RSF fighters attacked Khartoum, wounding 14.", "Khartoum",
     (None, 14)),
    # Ukraine / Russia: the same across the border
    ("Russian forces shelled Kherson, killing three people, and Ukrainian drones struck Belgorod, wounding 14.",
     "Kherson", (3, None)),
    # Myanmar: soldiers kill in one city, police wound in another
    ("Soldiers killed three protesters in Mandalay, and police wounded 14 in Yangon.", "Mandalay", (3, None)),
    # Ukraine: two strikes on two days
    ("Drones struck Sumy on Monday, killing two, and hit Kharkiv on Tuesday, wounding six.", "Sumy", (2, None)),
])
def test_a_conjunct_with_its_own_setting_keeps_its_toll(text, place, toll):
    event = _at(text, "ASSAULT", place)
    assert (event["fatalities"], event["injuries"]) == toll


# victims told as a clause's subject are the act's toll, not an act of its own (annotation.md, Tolls)
@pytest.mark.parametrize(("text", "place", "toll"), [
    ("Gunmen attacked a bus in Plateau state on Sunday, and nine passengers were killed.", "Plateau", (9, None)),
    ("Mortars hit a market in Goma on Monday, and twelve people were wounded.", "Goma", (None, 12)),
    ("A drone struck a hospital in Nyala on Friday, and four patients died.", "Nyala", (4, None)),
])
def test_victims_told_as_a_subject_are_the_acts_toll(text, place, toll):
    event = _at(text, "ASSAULT", place)
    assert (event["fatalities"], event["injuries"]) == toll


@pytest.mark.parametrize(("text", "place", "date", "toll"), [
    # Ukraine: one act told with two verbs, the place and the day after the last (annotation.md, Tolls)
    ("Russian missiles killed five people and wounded eight in Kharkiv on Monday.", "Kharkiv", "2024-03-18", (5, 8)),
    # Somalia
    ("Al-Shabaab militants killed three soldiers and wounded five in Mogadishu on Saturday.", "Mogadishu",
     "2024-03-16", (3, 5)),
    ("A car bomb killed eight people in Mogadishu and wounded 20 on Monday.", "Mogadishu", "2024-03-18", (8, 20)),
    # Sudan: a strike and the participles of its toll
    ("The RSF shelled El Fasher, killing 12 people and wounding 30, on Wednesday.", "El Fasher", "2024-03-20",
     (12, 30)),
])
def test_two_verbs_of_one_act_share_place_date_and_toll(text, place, date, toll):
    events = [e for e in _events(text) if e["type"] == "ASSAULT"]
    assert len(events) == 1, events
    assert ((events[0]["location"] or {}).get("name"), events[0]["date"]) == (place, date)
    assert (events[0]["fatalities"], events[0]["injuries"]) == toll


# --- A finite verb the parse hangs on an infinitive is the speaker's second act ----------------------------------
@pytest.mark.parametrize(("text", "event_type", "targets"), [
    # Colombia: "urged the ELN to release its hostages and called on the United States ..." (parsed "release ...
    # and called"): two requests to two parties
    ("Colombia's government urged the ELN to release its hostages and called on the United States to back the "
     "talks.", "REQUEST", {"eln", "united-states"}),
    # Gaza
    ("The minister urged Hamas to free the hostages and asked Qatar to press the group.", "REQUEST",
     {"hamas", "qatar"}),
    # Sudan
    ("The African Union urged the RSF to lift the siege of El Fasher and called on the UAE to stop arming the group.",
     "REQUEST", {"rapid-support-forces", "united-arab-emirates"}),
    # Ukraine: a request and an accusation
    ("Ukraine's foreign minister urged NATO to send more air defence and accused Russia of targeting civilians.",
     "ACCUSE", {"russia"}),
])
def test_a_finite_verb_beside_an_infinitive_is_its_own_act(text, event_type, targets):
    found = {e["target"] for e in _events(text) if e["type"] == event_type}
    assert found == targets, _events(text)


@pytest.mark.parametrize(("text", "absent"), [
    # Somalia: a bare infinitive coordinated with the first is still what is asked for, no release done
    ("Kenya urged Somalia to hold talks and release the detained officials.", "RETREAT"),
    # Haiti: "to ... and to ..." both asked for
    ("The council urged the gangs to leave the capital and to free the kidnapped nurses.", "RETREAT"),
])
def test_a_coordinated_infinitive_stays_what_is_asked(text, absent):
    assert absent not in {e["type"] for e in _events(text)}, _events(text)


# --- Victim phrases at two places, each with its own count and day (a gapped verb: "and 20 in Odesa") ----------
@pytest.mark.parametrize(("text", "place", "date", "dead"), [
    # Ukraine: the verb left out of the second conjunct (parsed "20" as a conjunct of "killed")
    ("Russian strikes killed 15 people in Kharkiv on Monday and 20 in Odesa on Tuesday.", "Kharkiv", "2024-03-18", 15),
    ("Russian strikes killed 15 people in Kharkiv on Monday and 20 in Odesa on Tuesday.", "Odesa", "2024-03-19", 20),
    # Mali: two victim phrases of one verb, each with its place and day
    ("Jihadists killed 12 soldiers in Mopti on Sunday and 20 civilians in Gao on Tuesday.", "Mopti", "2024-03-17",
     12),
    ("Jihadists killed 12 soldiers in Mopti on Sunday and 20 civilians in Gao on Tuesday.", "Gao", "2024-03-19", 20),
    # ... and the day told once after the last is both's
    ("Russian strikes killed five people in Kharkiv and three in Odesa on Monday.", "Kharkiv", "2024-03-18", 5),
    ("Russian strikes killed five people in Kharkiv and three in Odesa on Monday.", "Odesa", "2024-03-18", 3),
])
def test_each_victim_phrase_has_its_own_place_day_and_count(text, place, date, dead):
    event = _at(text, "ASSAULT", place)
    assert (event["date"], event["fatalities"]) == (date, dead)


@pytest.mark.parametrize(("text", "place", "date"), [
    # Kenya: arrests in two cities on two days, the verb left out of the second
    ("Police arrested five protesters in Nairobi on Monday and three in Mombasa on Tuesday.", "Nairobi", "2024-03-18"),
    ("Police arrested five protesters in Nairobi on Monday and three in Mombasa on Tuesday.", "Mombasa", "2024-03-19"),
])
def test_a_gapped_conjuncts_day_is_its_own_whatever_the_act(text, place, date):
    assert _at(text, "COERCE", place)["date"] == date
