"""Event dates, places and tolls audited against docs/annotation.md *Date*, *Place* and *Tolls* (issue 11, helper
y31). Every sentence is written for this file, from many conflicts; each case names the rule it checks."""

from __future__ import annotations

import pytest
from support import events_and_names, events_by_text

PUBLISHED = "2024-03-20"  # a Wednesday


def _assaults(text: str, published: str = PUBLISHED) -> list[dict]:
    return [e for e in events_by_text([text], published)[text] if e["type"] == "ASSAULT"]


def _place(event: dict) -> str | None:
    return event["location"]["name"] if event.get("location") else None


# --- Tolls: "the counts the text states for that event"; "a toll stated in another sentence belongs to the event that
# sentence reports"; "the toll of the attack does not include the attacker" -----------------------------------------
@pytest.mark.parametrize(("text", "dead", "hurt"), [
    # deaths told by the dead, in a later sentence (Myanmar, Gaza, DRC, Sudan, Ethiopia)
    ("An airstrike hit a wedding party in Sagaing on Tuesday. Twelve people died.", 12, None),
    ("Shelling hit a market in Gaza City on Tuesday. Five people lost their lives.", 5, None),
    ("Gunmen attacked a church in Ituri province on Tuesday. At least 25 people are dead and dozens injured, "
     "officials said.", 25, None),
    ("Shelling hit a market in Khartoum on Tuesday. The death toll rose to 15.", 15, None),
    ("A drone strike hit a wedding in Shan state on Tuesday. At least 30 civilians were among the dead.", 30, None),
    # ... and in the attack's own clause
    ("An airstrike hit a village in Kachin state on Tuesday, and twelve people died.", 12, None),
    # a gapped passive after "leaving" counts its own number (Somalia)
    ("A car bomb exploded in Mogadishu on Tuesday, leaving 3 dead and 10 wounded.", 3, 10),
    # the attacker is no victim (Pakistan, South Sudan)
    ("A suicide bomber killed himself and 12 others at a mosque in Peshawar on Tuesday.", 12, None),
    ("A gunman killed four people at a school in Juba on Tuesday. He then killed himself.", 4, None),
    # machines downed or destroyed are no toll of people (Russia, Ukraine)
    ("Russian forces shot down 20 Ukrainian drones over the Belgorod region on Tuesday.", None, None),
    # explicit zeros: "no one was hurt" gives 0 for both, however the no one is written (Iraq, Yemen)
    ("A rocket hit a base in Erbil on Tuesday. Nobody was hurt.", 0, 0),
    ("A rocket hit a base in Erbil on Tuesday, injuring no one.", 0, 0),
    ("A drone hit a port in Hodeidah on Tuesday. There were no deaths or injuries.", 0, 0),
    ("A drone hit a port in Hodeidah on Tuesday without causing casualties.", 0, 0),
    # ... "no fatalities were reported" deaths only; a report of none is no zero
    ("Militants attacked a checkpoint near Gao on Tuesday. No fatalities were reported.", 0, None),
    ("A rocket hit a base in Erbil on Tuesday. There were no immediate reports of casualties.", None, None),
    # a death of another cause, or one told far from the attack, is not its toll (Nigeria)
    ("Gunmen attacked a bus in Zamfara state on Monday. Three people died of cholera in the camp.", None, None),
    ("Gunmen attacked a bus in Zamfara state on Monday. The state governor visited the site. Officials met elders. "
     "Schools were shut. Twelve people died.", None, None),
])
def test_the_toll_the_text_states_for_the_attack(text, dead, hurt):
    attack = _assaults(text)[0]
    assert (attack["fatalities"], attack["injuries"]) == (dead, hurt), attack


# --- Date: "the event's date, not the article's"; "recent" gives at most what the text supports; a threat is dated
# when it is made ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "published", "expected"), [
    # "recent" is recent to a telling the text dates, not to the publication (Yemen, Sudan)
    ("In an interview in March, the minister condemned recent US strikes on Houthi positions in Yemen.", "2024-05-20",
     "2024"),
    ("At a news conference on 2 February, the general said militias had recently shelled the town of Kadugli.",
     PUBLISHED, "2024"),
    # with no dated telling, the fortnight before the report, as before
    ("Sudan's army condemned the recent RSF attack on a market in Omdurman.", PUBLISHED, "2024-03"),
])
def test_recent_is_recent_to_the_telling(text, published, expected):
    assert [e["date"] for e in _assaults(text, published)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause of taking place dates the act whatever noun of its phrase the parser hangs it on (Sudan,
    # Ukraine, Myanmar)
    ("The foreign minister welcomes the UN panel report on the attack on an aid convoy, which took place in El Fasher, "
     "Sudan, on 19 February. The panel published its findings on Tuesday.", "2024-02-19"),
    ("The EU condemned the attack on a hospital in Kharkiv, which took place on 2 March. The EU also called on Tuesday "
     "for talks.", "2024-03-02"),
    ("The foreign minister welcomed the UN report into the bombing of a market, which happened in Sagaing on "
     "2 February.", "2024-02-02"),
])
def test_a_clause_of_taking_place_dates_the_act(text, expected):
    assert [e["date"] for e in _assaults(text)] == [expected]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a bare ordinal day is that day of the report's month, or of the month before when it is past (Mali)
    ("Militants ambushed a patrol near Gao on the 12th.", "2024-03-20", "2024-03-12"),
    ("Militants ambushed a patrol near Gao on the 12th.", "2024-03-05", "2024-02-12"),
])
def test_a_day_of_the_month_alone(text, published, expected):
    assert [e["date"] for e in _assaults(text, published)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the threatened act's day lies ahead: the threat is the report's (Somalia)
    ("Al-Shabaab fighters attacked a base in Lower Shabelle on Monday. The group threatened to attack Mogadishu on "
     "1 April.", PUBLISHED),
    ("Al-Shabaab fighters attacked a base in Lower Shabelle on Monday. The group threatened to attack Mogadishu in "
     "April.", PUBLISHED),
    # a past day in the threat's infinitive still dates the threat (Nigeria; the d26 rule)
    ("Boko Haram threatened to kill the hostages on Monday.", "2024-03-18"),
])
def test_a_threat_is_dated_when_made(text, expected):
    threats = [e for e in events_by_text([text], PUBLISHED)[text] if e["type"] == "THREATEN"]
    assert [e["date"] for e in threats] == [expected]


# --- Place: "where the event happened, not where it was reported from or where the speaker was: the most specific
# place the text names for it" ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # names the tagger left untagged (Ukraine, Yemen)
    ("Ukrainian forces shelled Donetsk on 14 March, killing three people.", "Donetsk"),
    ("Russian drones struck Odesa on Tuesday.", "Odesa"),
    ("Government forces shelled Aleppo on Wednesday.", "Aleppo"),  # parsed as an adverbial noun (Syria)
    ("Russian drones struck the port of Odesa on Tuesday.", "Odesa"),
    ("Houthi fighters attempted to strike a tanker off Hodeidah on Tuesday.", "Al Ḩudaydah"),
    # an act noun that is its verb's doer takes the town the verb is done to, over the province (Gaza, Ukraine)
    ("Israeli strikes hit Rafah, in the southern Gaza Strip, on Tuesday.", "Rafaḩ"),
    ("Russian shelling pounded Kherson, in southern Ukraine, on Tuesday.", "Kherson"),
    # a one-word "organisation" after "in" that is a place of an armed group's country (Colombia)
    ("Over the weekend, Colombian troops killed five ELN guerrillas in Arauca.", "Arauca"),
    # "the <state's> capital" is that capital (Sudan, Ukraine)
    ("Protesters gathered in the Sudanese capital on Tuesday.", "Khartoum"),
    ("Thousands rallied in the Ukrainian capital on Sunday.", "Kyiv"),
    # a country qualifying a thing names its side, not the place (Red Sea)
    ("Houthi rebels fired a missile at a US destroyer on Tuesday.", None),
    # a place the gazetteer lacks keeps the article's most-named town away (Somalia)
    ("Al-Shabaab fighters attacked a base in Lower Shabelle on Monday. The group threatened to attack Mogadishu next "
     "week.", None),
    # where the report was made is not where the act was (DRC)
    ("Reporting from Goma, our correspondent said M23 rebels shelled Sake on Tuesday.", "Sake"),
])
def test_the_place_where_the_event_happened(text, expected):
    assert _place(_assaults(text)[0] if _assaults(text) else events_by_text([text], PUBLISHED)[text][0]) == expected


@pytest.mark.parametrize(("text", "kind", "expected"), [
    # a statement's place is where it was made: a participle of speaking places it (Ukraine, Niger)
    ("Speaking in Kyiv on Tuesday, Zelensky accused Russia of shelling civilians in Kherson.", "ACCUSE", "Kyiv"),
    ("Speaking to reporters in Niamey, the junta leader rejected the ECOWAS demands.", "REJECT", "Niamey"),
    # ... and nothing else does: not the place of what it is about (Mali)
    ("The Malian junta condemned the attack in Bamako on Tuesday.", "ACCUSE", None),
])
def test_the_place_of_a_statement_is_where_it_was_made(text, kind, expected):
    (statement,) = [e for e in events_by_text([text], PUBLISHED)[text] if e["type"] == kind]
    assert _place(statement) == expected


def test_a_country_before_a_noun_of_land_still_places():
    """"near the Turkish border": a border is land; the country's name still says where (annotation.md, Place)."""
    text = "Protesters gathered near the Turkish border on Tuesday."
    (protest,) = events_by_text([text], PUBLISHED)[text]
    assert protest["location"] is not None and protest["location"]["country"] in ("TUR", None), protest["location"]


# --- Actor: "a claim of responsibility ... does" make the actor; the claim tells the act told before, not another ---
@pytest.mark.parametrize("claim", ["The attack was claimed by JNIM.", "JNIM claimed the attack."])
def test_a_claim_tells_the_attack_again_and_names_its_actor(claim):
    text = "Gunmen attacked a convoy near Mopti on Tuesday. " + claim
    found, names = events_and_names([text], PUBLISHED)
    events = found[text]
    (attack,) = [e for e in events if e["type"] == "ASSAULT"]
    assert names[attack["source"]] == "Jama'at Nusrat al-Islam wal-Muslimin"
    assert (attack["date"], _place(attack)) == ("2024-03-19", "Mopti")
    assert len(attack["evidence"]) == 2

