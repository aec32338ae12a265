"""A place the act is done to, and places the recognizer calls bodies (issue 11, helper plt). A town shelled, bombed,
struck, captured or besieged is where the act happened (docs/annotation.md, *Place*: where the event happened, the
most specific place the text names for it), and a town is no party (*Actor and recipient*; PLOVER ASSAULT:
"offensives to retake a city"); a place the statistical model took for a person or a body is still that place where
the parse makes it what such an act is done to and the gazetteer holds it; a weapon launched from one place acts
where it strikes; an office titled with its place written before the title ("the Kano governor") is that place's,
as "the governor of Kano" is (*An unnamed office holder*, *A town's mayor*, E18). Each rule is paired with near
misses: a deal struck, a lawsuit or sanctions that hit a capital, a state attacked (its recipient), a surname that
is a town's name, a word the gazetteer does not hold, a state's office. The sentences were written for this test
from many conflicts (Gaza, Ukraine, Sudan, Myanmar, Syria, the Sahel, Somalia, Colombia, Yemen, the DRC, Nigeria),
never taken from a gold article."""

from __future__ import annotations

import pytest

from conflictgraph import extract

PUB = "2024-05-15"
ANY = object()  # the mode is not asked

# sentence, the event's type, a word of the place's name, the mode (or ANY), the rule
PLACED = [
    ("Israeli jets bombarded Gaza on Tuesday, killing 12 people, health officials said.", "ASSAULT", "Gaza", ANY,
     "event_places._assailed_place: a first-level division bombarded (the Gaza Strip) is where the act was done"),
    ("The Israeli bombardment of Gaza continued on Monday, health officials said.", "ASSAULT", "Gaza", ANY,
     "event_places._assailed: an act noun's 'of' object that is a division is its place"),
    ("Russian forces shelled Kharkiv overnight, the regional governor said.", "ASSAULT", "Kharkiv", "heavy-weapons",
     "event_places._assailed: a town shelled is where the shelling happened"),
    ("Drones struck Odesa on Sunday night, Ukrainian officials said.", "ASSAULT", "Odesa", "drone",
     "event_places._assailed: a town struck is where the strike happened"),
    ("KYIV — Russian troops captured Avdiivka in eastern Ukraine in February.", "ASSAULT", "Avdiyivka", None,
     "territory_taken: a town taken is ASSAULT with no mode, not people abducted; the town is the place (a person "
     "of the model's in a story on Ukraine: entity_places._relabel_places)"),
    ("Russian troops captured Chasiv Yar in Ukraine's Donetsk region on Tuesday.", "ASSAULT", "Chasiv Yar", None,
     "entity_places._assailed_places: a town of two words the model took for a person is the place captured"),
    ("Houthi missiles struck Eilat in southern Israel on Monday.", "ASSAULT", "Eilat", ANY,
     "a town the model took for a body in a story on Israel is the place struck, no recipient"),
    ("The RSF shelled El Fasher on Friday, killing 20 civilians, Sudanese activists said.", "ASSAULT", "El Fasher",
     "heavy-weapons", "event_places._assailed: Sudan, a town shelled"),
    ("Sudanese army jets bombed Nyala on Thursday, witnesses said.", "ASSAULT", "Nyala", "aerial",
     "event_places._assailed: Sudan, a town bombed from the air"),
    ("The Myanmar military bombed Lashio on Monday, residents said.", "ASSAULT", "Lashio", ANY,
     "event_places._assailed: Myanmar, a town bombed"),
    ("Myanmar junta jets bombed Sittwe on Monday.", "ASSAULT", "Sittwe", "aerial",
     "entity_places._odd_type_assailed: a town the model took for a product is the place bombed"),
    ("Syrian government forces shelled Idlib on Saturday, a monitor said.", "ASSAULT", "Idlib", "heavy-weapons",
     "event_places._assailed: Syria, a town shelled"),
    ("Al-Shabaab fighters attacked Beledweyne in central Somalia on Sunday.", "ASSAULT", "Beledweyne", ANY,
     "event_places._assailed: Somalia, a town attacked"),
    ("ELN guerrillas attacked Saravena in Colombia's Arauca province on Monday.", "ASSAULT", "Saravena", ANY,
     "event_places._assailed: Colombia, the town attacked, more specific than its province"),
    ("Houthi rebels attacked Marib in Yemen on Saturday.", "ASSAULT", "rib", ANY,
     "event_places._assailed: Yemen, a town attacked (the gazetteer's Ma'rib)"),
    ("US warships struck Hodeidah in Yemen on Thursday.", "ASSAULT", "udaydah", ANY,
     "event_places._assailed: Yemen, a port struck (the gazetteer's Al Hudaydah)"),
    ("Malian troops and Wagner fighters retook Kidal in northern Mali in November.", "ASSAULT", "Kidal", None,
     "territory_taken: the Sahel, a town retaken is territory taken by force, its place the town"),
    ("Jihadists besieged Djibo in northern Burkina Faso for months, aid groups said.", "COERCE", "Djibo", ANY,
     "event_places._assailed: the Sahel, a town besieged (PLOVER COERCE restrict) is where the siege was"),
    ("M23 rebels captured Goma in eastern Congo in January.", "ASSAULT", "Goma", None,
     "territory_taken: the DRC, a city captured"),
    ("Rockets fired from Gaza struck Sderot in southern Israel on Saturday.", "ASSAULT", "Sderot", ANY,
     "event_places.struck_from: a weapon launched from one place acts where it strikes, not where it came from"),
    ("A drone launched from Yemen struck Eilat in southern Israel on Friday.", "ASSAULT", "Eilat", "drone",
     "event_places.struck_from: the launch's origin is no place of the strike"),
    ("Hamas fired rockets from Gaza at Sderot in southern Israel on Saturday.", "ASSAULT", "Sderot", ANY,
     "event_places: the town fired at is more specific than the origin"),
    ("Russia's assault on Vuhledar in eastern Ukraine ended in October.", "ASSAULT", "Vuhledar", ANY,
     "event_places._assailed: an act noun's 'on' object is its place"),
    ("Kharkiv was shelled overnight by Russian forces, the governor said.", "ASSAULT", "Kharkiv", ANY,
     "a town shelled, told in the passive, is still the place"),
    ("Israeli strikes hit Rafah on Tuesday, killing 20 people.", "ASSAULT", "Rafa", ANY,
     "event_places: an act noun that is the doer of its clause's verb takes the verb's object place"),
    ("The siege of El Fasher by the RSF entered its second month on Monday.", "COERCE", "El Fasher", ANY,
     "event_places._assailed: a siege's 'of' object is where the siege is"),
    ("Ukrainian forces attacked the Kursk region of Russia in August.", "ASSAULT", "Kursk", ANY,
     "event_places._assailed_place: a first-level division attacked is where the act was done"),
    ("Saudi-led coalition airstrikes hit Sanaa on Wednesday.", "ASSAULT", "Sanaa", "aerial",
     "event_places: Yemen, a capital struck is where the strikes hit"),
    ("The RSF captured Wad Madani in December.", "ASSAULT", "Wad Medani", None,
     "entity_places._assailed_places: a town the model took for a person, after a verb of taking whose object the "
     "parser read as an adverbial noun, is the place taken (territory_taken: no one abducted)"),
    ("Sudanese army troops recaptured Wad Madani on Saturday.", "ASSAULT", "Wad Medani", None,
     "entity_places._assailed_places: the army's state (Sudan) is a country the document names"),
    ("Ukrainian troops retook Kupiansk on Tuesday.", "ASSAULT", "Kupyansk", None,
     "entity_places._assailed_places: a people's adjective that opens a body's name names its state"),
    ("Israeli troops stormed Jenin on Monday.", "ASSAULT", "Jenin", ANY,
     "event_places._assailed_place: a first-level division stormed is where the raid was"),
    ("An RSF attack on El Fasher killed 40 civilians on Sunday, Sudanese doctors said.", "ASSAULT", "El Fasher", ANY,
     "event_places.places: a killing whose doer is an attack on a town is in that town"),
    ("Israel's bombardment of Gaza has killed more than 30,000 people, health officials say.", "ASSAULT", "Gaza",
     ANY, "event_places.places: a killing whose doer is a bombardment of a division is in that division"),
]

# sentence, the event's type, a word of a place no event may be placed in, the rule
NOT_PLACED = [
    ("Drones launched from Russia struck Kharkiv on Friday.", "ASSAULT", "Russia",
     "event_places.struck_from: the country a drone came from is no place of the strike (one event, in Kharkiv)"),
    ("Rockets fired from Gaza struck Sderot in southern Israel on Saturday.", "ASSAULT", "Gaza",
     "event_places.struck_from: the origin is no place of the strike"),
    ("Russian troops captured Zorblat in eastern Ukraine on Tuesday.", "ASSAULT", "Zorblat",
     "a word the gazetteer does not hold places nothing of its own"),
    ("Arakan Army fighters captured Paletwa in Myanmar's Chin state in January.", "ASSAULT", "Paletwa",
     "a town the gazetteer does not hold gives no place; the division the text names does"),
    ("Soldiers captured Abdoulaye Djibo, a rebel commander, in Mali on Monday.", "ASSAULT", "Djibo",
     "entity_places._assailed_places: a word of a person's name given in full is no town (Djibo, Burkina Faso)"),
    ("The senator attacked Washington's policy on Iran on Monday.", None, "Washington",
     "a capital's policy attacked is a verbal act, not a place attacked"),
    ("A French company hit Paris with a lawsuit on Monday.", None, "Paris",
     "a lawsuit that hits a capital is no act done at a place"),
    ("Ukraine's president hit Moscow with new sanctions on Monday.", None, "Moscow",
     "sanctions that hit a capital are no attack on a place"),
    ("Malian troops recaptured Anefis on Sunday.", "ASSAULT", "Anefis",
     "a town the gazetteer does not hold gives no place"),
    ("The Russian shelling of Kherson in southern Ukraine killed three people on Monday.", "ASSAULT", "Ukraine",
     "event_places.places: the act noun that is the killing's doer names the town it was done to, so the killing "
     "is in Kherson, one event, not a second one in Ukraine"),
]

# sentence, a type no event of the sentence may have, the rule
NO_ATTACK = [
    ("The government struck a deal with the rebels in Bogota on Friday.", "ASSAULT",
     "a deal struck is an agreement, no strike on a place"),
    ("The storm hit Odesa on Sunday.", "ASSAULT", "a storm that hits a town is no act of a party"),
    ("A French company hit Paris with a lawsuit on Monday.", "ASSAULT", "a lawsuit is no attack"),
]

# sentence, the event's type, a word of its mode (or ANY), a word of a recipient's name it must have (or None), a
# word of a recipient's name it must not have (or None), the rule
RECIPIENTS = [
    ("KYIV — Russian troops captured Avdiivka in eastern Ukraine in February.", "ASSAULT", None, None, "Avdi",
     "territory_taken: a town captured is no person abducted"),
    ("Russian troops captured Chasiv Yar in Ukraine's Donetsk region on Tuesday.", "ASSAULT", None, None, "Chasiv",
     "entity_places._assailed_places: a town captured is no recipient"),
    ("Houthi missiles struck Eilat in southern Israel on Monday.", "ASSAULT", ANY, None, "Eilat",
     "a town struck is no body struck"),
    ("The Russian shelling of Kherson in southern Ukraine killed three people on Monday.", "ASSAULT", ANY, None,
     "Kherson", "a town shelled is no recipient"),
    ("Russia attacked Ukraine in February 2022.", "ASSAULT", ANY, "Ukraine", None,
     "a state attacked is the act's recipient (docs/annotation.md, Actor and recipient), no place"),
    ("Soldiers captured Abdoulaye Djibo, a rebel commander, in Mali on Monday.", "ASSAULT", "abduct", "Djibo", None,
     "a person captured is abducted (PLOVER ASSAULT abduct), whatever town shares his name"),
    ("The RSF captured Wad Madani in December.", "ASSAULT", None, None, "Madani",
     "entity_places._assailed_places: a city captured is no person abducted"),
    ("Ukrainian troops retook Kupiansk on Tuesday.", "ASSAULT", None, None, "Kupiansk",
     "entity_places._assailed_places: a town retaken is no body"),
]

# sentence, a word of the id of its statement's actor (or None: no actor), the rule
OFFICES = [
    ("The Kano governor condemned the attack on Tuesday.", "kano",
     "group_offices._place_before_title: 'the Kano governor' is Kano's office, as 'the governor of Kano'"),
    ("The Kano state governor condemned the attack on Tuesday.", "kano",
     "group_offices._place_before_title: a division's word in lower case between the place and the title"),
    ("The Mariupol mayor accused Russian forces of war crimes on Monday.", "mariupol",
     "group_offices._place_before_title: a town's mayor (E18), the town written before the title"),
    ("The Kharkiv regional governor accused Russia of shelling the city on Tuesday.", "kharkiv",
     "group_offices._place_before_title: an adjective between the place and the title"),
    ("The Kano governor condemned the attack on Tuesday. The governor of Kano also condemned the killings.", "kano",
     "group_offices._place_before_title: both ways of writing the office are one actor"),
    ("The governor of Borno praised the soldiers on Monday.", "borno",
     "group_offices._place_officials: a place after 'of' the model took for a person is no person beside the title"),
    ("Kano governor Abba Yusuf condemned the attack on Tuesday.", "abba-yusuf",
     "a title before a person's name is the person's (An unnamed office holder)"),
    ("The Borno governor, Babagana Zulum, condemned the attack on Tuesday.", "babagana-zulum",
     "group_offices._person_beside: the person set off after the title is the actor"),
    ("The Kenyan governor condemned the attack on Tuesday.", None,
     "a people's adjective before the title names no place's office: one unnamed person, no actor"),
]

TEXTS = list(dict.fromkeys([t for t, *_ in PLACED] + [t for t, *_ in NOT_PLACED] + [t for t, *_ in NO_ATTACK]
                           + [t for t, *_ in RECIPIENTS] + [t for t, *_ in OFFICES]))


@pytest.fixture(scope="module")
def found() -> dict[str, tuple[list[dict], dict[str, str]]]:
    """Each text's events and its actors' names, from an extraction of that text alone (so that no story of another
    text merges with it)."""
    out = {}
    for text in TEXTS:
        bundle = extract([text], published=PUB).to_dict()
        out[text] = (bundle["events"], {a["id"]: a["name"] for a in bundle["actors"]})
    return out


def _targets(event: dict) -> list[str]:
    return event.get("targets") or [t for t in [event.get("target")] if t]


@pytest.mark.parametrize(("text", "event_type", "place", "mode", "rule"), PLACED)
def test_a_place_the_act_is_done_to_is_its_place(found, text, event_type, place, mode, rule):
    events, names = found[text]
    placed = [e for e in events if e["type"] == event_type and e.get("location")
              and place in e["location"]["name"]]
    assert placed, (rule, [(e["type"], e.get("location")) for e in events])
    if mode is not ANY:
        assert any(e.get("mode") == mode for e in placed), (rule, [e.get("mode") for e in placed])
    assert not any(place.lower() in (names.get(t) or "").lower() for e in placed for t in _targets(e)), (rule, placed)


@pytest.mark.parametrize(("text", "event_type", "place", "rule"), NOT_PLACED)
def test_no_event_is_placed_where_the_act_was_not_done(found, text, event_type, place, rule):
    events, _ = found[text]
    assert event_type is None or any(e["type"] == event_type for e in events), (rule, events)
    assert not any(e.get("location") and place in e["location"]["name"] for e in events), (
        rule, [(e["type"], e.get("location")) for e in events])


@pytest.mark.parametrize(("text", "event_type", "rule"), NO_ATTACK)
def test_a_place_hit_by_no_attack_makes_no_assault(found, text, event_type, rule):
    events, _ = found[text]
    assert not any(e["type"] == event_type for e in events), (rule, events)


@pytest.mark.parametrize(("text", "event_type", "mode", "recipient", "not_recipient", "rule"), RECIPIENTS)
def test_a_town_is_no_party_but_a_state_or_a_person_is(found, text, event_type, mode, recipient, not_recipient, rule):
    events, names = found[text]
    events = [e for e in events if e["type"] == event_type]
    assert events, rule
    if mode is not ANY:
        assert any(e.get("mode") == mode for e in events), (rule, [e.get("mode") for e in events])
    recipients = [names.get(t) or "" for e in events for t in _targets(e)]
    if recipient is not None:
        assert any(recipient in r for r in recipients), (rule, recipients)
    if not_recipient is not None:
        assert not any(not_recipient in r for r in recipients), (rule, recipients)


@pytest.mark.parametrize(("text", "actor", "rule"), OFFICES)
def test_an_office_titled_with_its_place_before_the_title(found, text, actor, rule):
    events, _ = found[text]
    statements = [e for e in events if e["type"] in ("ACCUSE", "SUPPORT")]
    assert statements, rule
    actors = [s for e in statements for s in (e.get("sources") or [e.get("source")])]
    if actor is None:
        assert actors == [None] * len(actors), (rule, actors)
    else:
        assert any(a and actor in a for a in actors), (rule, actors)
        assert len({a for a in actors if a}) == 1, (rule, actors)
