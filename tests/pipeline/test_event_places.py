"""Where events happened: one case per failure class of issue 12 (divisions, regions, country points, abbreviations,
context, common words, the town of the event's own sentence, the place the trigger itself names, places not tied to
the event)."""

from __future__ import annotations

import pytest

from conflictgraph import extract

CASES = [
    # first-level divisions, named with a designator spaCy leaves out of the name
    ("Houthi forces shelled homes in Hodeidah governorate on Monday, killing three civilians.",
     ("YEM", 79416, "admin1")),
    # continents and named regions
    ("Islamist militants attacked an army convoy in North Africa last week, killing 12 soldiers.",
     (None, None, "region")),
    ("Insurgents killed five soldiers in Europe last year, officials in Kabul said.", (None, 6255148, "region")),
    # a country carries its GeoNames id and level
    ("Government forces bombed rebel positions in Syria on Tuesday.", ("SYR", 163843, "country")),
    # abbreviations as qualifiers
    ("A gunman killed two people in Rome, Ga., on Sunday, police said.", ("USA", 4219762, "city")),
    # context: Tripoli in a story on Lebanon; Georgia next to Atlanta
    ("Clashes in Tripoli killed two people on Friday. The Lebanese army deployed troops across northern Lebanon.",
     ("LBN", 266826, "city")),
    ("Officials in Atlanta said a gunman killed three people in a shooting in Georgia on Monday.",
     ("USA", 4197000, "admin1")),
    # the town of the event's own clause, not its province
    ("Militants attacked a checkpoint in the town of Kafr Nabl in Idlib province, killing four soldiers.",
     ("SYR", 168661, "city")),
    ("The army said militants killed four soldiers in Fallujah, a city in Anbar province in Iraq.",
     ("IRQ", 99454, "city")),
    ("Russian jets struck a hospital near Aleppo, Syria, on Wednesday, killing 10 people.", ("SYR", 170063, "city")),
    # the place the trigger itself names, not one deep in a complement in another country
    ("Hundreds of people attended a London rally in support of civilians trapped in Aleppo on Saturday.",
     ("GBR", 2643743, "city")),
    ("Protesters held a rally in London on Saturday in support of people in Aleppo.", ("GBR", 2643743, "city")),
    ("Thousands protested in Istanbul on Friday in solidarity with the people of Aleppo.", ("TUR", 745044, "city")),
    # a town named before the event noun places it; a country there is a party ("a US strike")
    ("The Baghdad bombing killed 30 people on Monday.", ("IRQ", 98182, "city")),
    # a town an attack is done to is where it happened, not the country named after it (PLOVER ASSAULT;
    # annotation.md Place: the most specific place the text names for the event)
    ("The Burkinabe army said jihadists attacked the town of Djibo in Burkina Faso on Sunday.",
     ("BFA", 2361177, "city")),
    ("Al-Shabaab fighters stormed the town of Beledweyne in Somalia on Friday.", ("SOM", 64460, "city")),
    # ... or the object of an act noun ("the shelling of X")
    ("The bombing of Homs by government jets killed 20 people on Monday.", ("SYR", 169577, "city")),
    ("Residents fled the shelling of Bakhmut in Ukraine on Tuesday.", ("UKR", 713174, "city")),
    # ... and a city of 100,000 an attack is done to, also where the story names no country
    ("Russian drones attacked Kyiv overnight, officials said on Wednesday.", ("UKR", 703448, "city")),
    ("Israeli jets bombed Beirut on Friday.", ("LBN", 276781, "city")),
    # at sea: "off" a coast places the event by that country (annotation.md Place: the most specific place named)
    ("Houthi forces attacked a tanker off Yemen's coast on Saturday.", ("YEM", 69543, "country")),
    ("Pirates attacked a fishing boat off the coast of Somalia on Monday.", ("SOM", 51537, "country")),
    # a town that only qualifies a title ("Kharkiv Governor X") names an office, not where the act was done: the
    # meeting is where it was held (annotation.md Place: "a meeting's place is where it was held")
    ("Zelensky met Kharkiv Governor Oleh Syniehubov in Kyiv on Monday.", ("UKR", 703448, "city")),
    ("The envoy met Taiz Governor Nabil Shamsan in Aden on Tuesday.", ("YEM", 415189, "city")),
    ("Abiy Ahmed met Mekelle Mayor Ataklti Haileselassie in Addis Ababa on Friday.", ("ETH", 344979, "city")),
    # an organisation named for a place does not place the event unless the text puts the event there
    ("Kentucky State Police said a gunman killed two people in Glasgow, Kentucky on Sunday.",
     ("USA", 4292826, "city")),
]


@pytest.fixture(scope="module")
def bundle():
    return extract([text for text, _ in CASES] + [
        "Militants attacked a police post in the Valley on Sunday, killing two officers.",
        "Gunmen attacked a bus on Broadway on Sunday, killing two passengers.",
    ])


@pytest.mark.parametrize(("index", "expected"), [(i, expected) for i, (_, expected) in enumerate(CASES)])
def test_event_takes_the_place_its_sentence_names(bundle, index, expected):
    document = bundle.documents[index]
    event = next(e for e in bundle.events if e.evidence[0].document == document.id)
    assert event.location is not None, document.text
    assert (event.location.country, event.location.geonames_id, event.location.level) == expected, event.location


@pytest.mark.parametrize("index", [len(CASES), len(CASES) + 1])
def test_common_words_give_no_place(bundle, index):
    document = bundle.documents[index]
    events = [e for e in bundle.events if e.evidence[0].document == document.id]
    assert events and all(e.location is None for e in events), document.text


@pytest.mark.parametrize(("text", "event_type"), [
    # a statement takes the place it was made in, not the place of what it is about (which has its own)
    ("The UN Security Council condemned the attacks in Paris on Friday.", "ACCUSE"),
    ("Rebels accused the government of shelling the villages of Foua and Kfraya in Idlib province.", "ACCUSE"),
    # a place in the name of a party other than the actor is no place of the event (the actor's own jurisdiction
    # is: test_body_place_p35.py)
    ("Rebels attacked the convoy of Kentucky State Police officers on Friday, the FBI said.", "ASSAULT"),
])
def test_a_place_not_tied_to_the_event_is_not_its_place(text, event_type):
    events = [e for e in extract([text]).events if e.type == event_type]
    assert events and all(e.location is None for e in events), events


@pytest.mark.parametrize(("text", "word", "expected"), [
    # "the city" where the text puts an act is the city it named before (annotation.md Place: the most specific
    # place the text names for the event; "in the city's Abbassiya district" is in Cairo)
    ("Russian missiles hit Kyiv on Monday, Ukraine's air force said. A drone killed four people in the city centre "
     "on Tuesday, as Russia massed troops near Kharkiv.", "drone", "Kyiv"),
    ("Saudi-led jets bombed Sanaa on Monday. Houthi fighters detained two journalists in the city's old quarter on "
     "Tuesday.", "detained", "Sanaa"),
    ("Protesters marched through Bogota on Friday. Gunmen shot a guard at the city hall on Sunday, two days after "
     "rebels bombed a pipeline near Cucuta.", "shot", "Bogotá"),
    # ... a district the gazetteer knows stays itself (Bahri is Khartoum North)
    ("Fighting erupted in Khartoum on Saturday. Shelling killed five civilians in the city's Bahri district on "
     "Sunday.", "Shelling", "Khartoum North"),
    # ... and with no city named before, "the city" places nothing
    ("Rebels shelled the city on Monday, killing four people.", "shelled", None),
])
def test_the_city_is_the_city_named_before(text, word, expected):
    bundle = extract([text])
    event = next(e for e in bundle.events if any(word in ev.text for ev in e.evidence))
    assert (event.location.name if event.location else None) == expected, event


@pytest.mark.parametrize(("text", "kind", "expected"), [
    # a town inside the division the event's clause names, told in a clause of the same moment ("when", "as"), is
    # where the act happened (annotation.md Place: the most specific place the text names for the event)
    ("Police in Oromia detained three journalists when their bus stopped at a checkpoint near the town of Adama.",
     "COERCE", ("ETH", 330186)),
    ("Soldiers in Borno State arrested two men when their car broke down near the town of Monguno.", "COERCE",
     ("NGA", 2329946)),
    ("Police in Antioquia arrested two men when their truck stopped near the town of Caucasia.", "COERCE",
     ("COL", 3687025)),
    # ... not a clause of another time: the arrest after an attack in Maiduguri stays in Borno State
    ("Police in Borno State arrested two men on Monday after gunmen attacked a market in Maiduguri.", "COERCE",
     ("NGA", 2346794)),
])
def test_a_town_of_the_same_moment_inside_the_named_division(text, kind, expected):
    event = next(e for e in extract([text]).events if e.type == kind)
    assert event.location is not None and (event.location.country, event.location.geonames_id) == expected
