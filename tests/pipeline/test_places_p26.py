"""Places of events on unseen news (issue 11, helper p26): the gazetteer's reading of a city's short name, of a
division named before its head's title and of part of a town in the document's country, and the article's home
for an event whose own sentence names the home town (docs/annotation.md, *Place*: where the event happened, the
most specific place the text names for it; PLOVER codes where the event happened)."""

from __future__ import annotations

import pytest

from conflictgraph import extract
from conflictgraph.gazetteer import default_gazetteer

# (name, the countries the document is about, the place's name, its level, its country)
NAMES = [
    # a city of a million is the seat of the division named for it less its word for "city" (gazetteer,
    # _short_form): "New York" alone is the city
    ("New York", (), "New York City", "city", "USA"),
    ("New York", ("USA",), "New York City", "city", "USA"),
    # ... the qualifier of a town still reads the division ("Albany, New York": AREAS only), and a country keeps
    # its rank over its capital
    ("Mexico", (), "Mexico", "country", "MEX"),
    ("Kuwait", (), "Kuwait", "country", "KWT"),
    # ... "New York state" names the division
    ("New York state", ("USA",), "New York", "admin1", "USA"),
    # ... and outranks a namesake town of the country the document is about, as a national capital does
    # (_capitals_over_namesakes: "New York" beside Ukraine is not Niu-York, Donetsk oblast)
    ("New York", ("UKR", "RUS"), "New York City", "city", "USA"),
    ("Paris", ("USA",), "Paris", "city", "FRA"),
    # part of a big city anywhere, or of a town of the document's country ("Upper Edmonton" in London)
    ("North London", (), "London", "city", "GBR"),
    ("Upper Edmonton", ("GBR",), "Edmonton", "city", "GBR"),
    ("Upper Edmonton", (), "Edmonton", "city", "CAN"),
    ("northern Syria", (), "Syria", "country", "SYR"),
]


@pytest.mark.parametrize(("name", "countries", "place", "level", "country"), NAMES)
def test_the_gazetteer_reading_of_a_name(name, countries, place, level, country):
    found = default_gazetteer().resolve(name, countries=countries)
    assert found is not None and (found.name, found.level, found.country) == (place, level, country)


# (text, the place mention, the level and country it resolves to)
MENTIONS = [
    # a name before a division head's title is the division it heads (data/division_heads.txt)
    ("New York Gov. Kathy Hochul said on Monday that the state would send troops to the border.", "New York",
     "admin1", "USA"),
    ("The Kano governor said gunmen killed two people when they attacked a school.", "Kano", "admin1", "NGA"),
    ("Lagos Governor Babajide Sanwo-Olu said the curfew would hold until protests ended.", "Lagos", "admin1",
     "NGA"),
    ("Alberta Premier Danielle Smith announced new measures against wildfires.", "Alberta", "admin1", "CAN"),
    # ... and alone the city
    ("Diplomats met in New York on Saturday to discuss the war in Sudan.", "New York", "city", "USA"),
    # part of a town of the story's country
    ("The Metropolitan Police arrested two men after a brawl in Upper Edmonton, Britain's interior ministry said.",
     "Upper Edmonton", "city", "GBR"),
]


@pytest.fixture(scope="module")
def mentions_bundle():
    return extract([text for text, *_ in MENTIONS])


@pytest.mark.parametrize(("index", "name", "level", "country"), [(i, *rest) for i, (_, *rest) in enumerate(MENTIONS)])
def test_a_place_mention_in_context(mentions_bundle, index, name, level, country):
    document = mentions_bundle.documents[index]
    found = [m.geo for m in mentions_bundle.mentions if m.document == document.id and m.text == name and m.geo]
    assert found and (found[0].level, found[0].country) == (level, country)


# (text, the event's type, a word of its evidence, its place's name or None)
HOMES = [
    # an event with no actor, recipient or date of its own takes the home town its own sentence names (event_home.py;
    # Canada, Colombia, Nigeria)
    ("A Regina teenager is facing an attempted murder charge after a woman was stabbed in her home. Police in Regina "
     "said the suspect fled. He appeared in a Regina court on Monday.", "ASSAULT", "stabbed", "Regina"),
    ("A Medellin man is in custody after a shopkeeper was shot in his store. Police in Medellin said the man fled "
     "on a motorcycle. He appeared before a Medellin judge on Tuesday.", "ASSAULT", "shot", "Medellín"),
    # ... and none where its sentence names no town (a bare mention is seldom an act of its own)
    ("Police in Kaduna arrested a man on Monday. Residents of Kaduna said a farmer was shot in a field.", "ASSAULT",
     "shot", "Kaduna"),
    ("Police in Kaduna arrested a man on Monday, police in Kaduna said. Later a farmer was shot in a field.",
     "ASSAULT", "shot", None),
    # ... or puts it "at the scene", the place of the story's event (event_places._at_scene; Colombia, Ukraine)
    ("A bomb exploded at a bus station in Medellin on Tuesday, police in Medellin said. Several people at the scene "
     "were arrested.", "COERCE", "arrested", "Medellín"),
    ("A missile struck a shopping centre in Kremenchuk on Monday, officials in Kremenchuk said. Several people at "
     "the scene were detained.", "COERCE", "detained", "Kremenchuk"),
    ("A bomb exploded at a bus station in Medellin on Tuesday, police in Medellin said. Several people were "
     "arrested.", "COERCE", "arrested", None),
]


@pytest.fixture(scope="module")
def homes_bundle():
    return extract([text for text, *_ in HOMES])


@pytest.mark.parametrize(("index", "kind", "word", "place"), [(i, *rest) for i, (_, *rest) in enumerate(HOMES)])
def test_the_home_town_the_sentence_names(homes_bundle, index, kind, word, place):
    document = homes_bundle.documents[index]
    events = [e for e in homes_bundle.events if e.type == kind and any(
        ev.document == document.id and word in ev.text for ev in e.evidence)]
    assert events
    assert (events[0].location.name if events[0].location else None) == place


# (text, the event's type, a word of its evidence, its place's name or None)
LISTS = [
    # a campaign over several countries has no one place (docs/annotation.md, One event or several: one event, one
    # place); towns in a list are one event each, as before
    ("Over the past year the coalition carried out 900 air strikes against al-Shabaab in Somalia and Kenya.",
     "ASSAULT", "strikes", None),
    ("Russia launched drone strikes in Ukraine and Moldova overnight, officials said.", "ASSAULT", "strikes", None),
    ("Jihadists attacked army posts in Burkina Faso on Monday.", "ASSAULT", "attacked", "Burkina Faso"),
]


@pytest.fixture(scope="module")
def lists_bundle():
    return extract([text for text, *_ in LISTS])


@pytest.mark.parametrize(("index", "kind", "word", "place"), [(i, *rest) for i, (_, *rest) in enumerate(LISTS)])
def test_a_list_of_countries_is_no_place(lists_bundle, index, kind, word, place):
    document = lists_bundle.documents[index]
    events = [e for e in lists_bundle.events if e.type == kind and any(
        ev.document == document.id and word in ev.text for ev in e.evidence)]
    assert events
    assert {e.location.name if e.location else None for e in events} == {place}


# (name, the countries the document is about, the expected reading: (name, country) or None)
ALTERNATES = [
    # a small town abroad found only under a former or alternate name is no reading in a document about other
    # countries ("Abbasiya", Yehud's former name, in a story on Cairo)
    ("Abbasiya", ("EGY",), None),
    # ... a big city keeps its exonym, and a town of the document's country its alternate names
    ("Bombay", ("USA",), ("Mumbai", "IND")),
    ("Abbasiya", ("ISR",), ("Yehud", "ISR")),
]


@pytest.mark.parametrize("name", ["D.", "A", "B."])
def test_a_letter_is_no_place(name):
    # an initial or a grade ("Franklin D. Roosevelt", "a grade of "D."") was read as Detroit by an alternate name
    assert default_gazetteer().resolve(name) is None


@pytest.mark.parametrize(("name", "countries", "reading"), ALTERNATES)
def test_an_alternate_name_abroad(name, countries, reading):
    found = default_gazetteer().resolve(name, countries=countries)
    assert ((found.name, found.country) if found else None) == reading


# (text, the building's whole name)
BUILDINGS = [
    # two names joined by "and" before a building's word are one building (entity_ner._one_building): the tagger
    # took the first saint for a town, which put the attack in Minnesota
    ("A bomb exploded at the Saint Peter and Saint Paul Coptic Orthodox Church in Cairo on Sunday.",
     "Saint Peter and Saint Paul Coptic Orthodox Church"),
    ("Gunmen attacked worshippers at the Saint Peter and Saint Paul Catholic Church in Kaduna, police said.",
     "Saint Peter and Saint Paul Catholic Church"),
    ("Militants stormed the Saints Cyril and Methodius Cathedral in Mosul on Friday.",
     "Saints Cyril and Methodius Cathedral"),
]


@pytest.fixture(scope="module")
def buildings_bundle():
    return extract([text for text, _ in BUILDINGS])


@pytest.mark.parametrize(("index", "name"), [(i, name) for i, (_, name) in enumerate(BUILDINGS)])
def test_one_building_of_two_names(buildings_bundle, index, name):
    document = buildings_bundle.documents[index]
    names = [m.text for m in buildings_bundle.mentions if m.document == document.id]
    assert any(name in n for n in names)
    assert not any(m.document == document.id and m.geo is not None and m.geo.country == "USA"
                   for m in buildings_bundle.mentions)


# (text, the place mention, its country)
DIALLED = [
    # a local telephone number's area code is context as a named state is (data/area_codes.tsv): Kingston, Ontario
    # rather than Jamaica's capital; Windsor, Ontario rather than England's; Richmond, British Columbia rather than
    # Virginia's
    ("A man was shot dead outside a bar in Kingston on Saturday. Anyone with information is asked to call Kingston "
     "police at 613-549-4660.", "Kingston", "CAN"),
    ("Gunmen robbed a bank in Windsor on Monday. Witnesses can call police at 519-255-6700.", "Windsor", "CAN"),
    ("Two men were stabbed in Richmond overnight. Witnesses can call police at (604) 278-1212.", "Richmond", "CAN"),
    # ... a toll-free number serves no place
    ("A man was shot dead outside a bar in Kingston on Saturday. Tips can be left at 1-800-222-8477.", "Kingston",
     "JAM"),
]


@pytest.fixture(scope="module")
def dialled_bundle():
    return extract([text for text, *_ in DIALLED])


@pytest.mark.parametrize(("index", "name", "country"), [(i, *rest) for i, (_, *rest) in enumerate(DIALLED)])
def test_the_area_code_places_the_story(dialled_bundle, index, name, country):
    document = dialled_bundle.documents[index]
    found = [m.geo for m in dialled_bundle.mentions if m.document == document.id and m.text == name and m.geo]
    assert found and found[0].country == country


# (text, the event's type, a word of its evidence, its place's name or None)
BUILDINGS_AGAIN = [
    # "the mosque" where the text puts an act is the building of that kind it named before, where the text put it
    # (event_sentence.Sentence.the_building; Iraq, Sudan, Nigeria)
    ("Gunmen stormed the Al-Nuri Grand Mosque in Mosul on Friday. On Saturday hundreds of worshippers protested "
     "outside the mosque.", "PROTEST", "worshippers", "Mosul"),
    ("Militiamen shelled the Al-Nau Hospital in Omdurman on Monday. On Tuesday doctors protested outside the "
     "hospital.", "PROTEST", "doctors", "Omdurman"),
    # ... none where the text named no such building (and no town either: with one, the protesters, an actor since
    # n27, take the story's home town, as any unplaced act of an actor does)
    ("Gunmen attacked worshippers on Friday, killing four. On Saturday hundreds of people protested outside the "
     "mosque.", "PROTEST", "hundreds", None),
]


@pytest.fixture(scope="module")
def buildings_again_bundle():
    return extract([text for text, *_ in BUILDINGS_AGAIN])


@pytest.mark.parametrize(("index", "kind", "word", "place"),
                         [(i, *rest) for i, (_, *rest) in enumerate(BUILDINGS_AGAIN)])
def test_the_building_named_before(buildings_again_bundle, index, kind, word, place):
    document = buildings_again_bundle.documents[index]
    events = [e for e in buildings_again_bundle.events if e.type == kind and any(
        ev.document == document.id and word in ev.text for ev in e.evidence)]
    assert events
    assert (events[0].location.name if events[0].location else None) == place


# (text, the event's type, its place's name or None)
OCCASIONS = [
    # a statement's place is where it was made: the occasion it was made at or during (event_places._at_occasion;
    # docs/annotation.md, Place; Yemen, Sudan, Colombia)
    ("The Houthi spokesman condemned the air strikes at a news conference in Sanaa on Monday.", "ACCUSE", "Sanaa"),
    ("An opposition candidate was threatened by militiamen during a campaign meeting in Kassala.", "THREATEN",
     "Kassala"),
    # ... not the place of what it is about, nor a place after "at" that is no occasion
    ("The Houthi spokesman condemned the air strikes in Sanaa on Monday.", "ACCUSE", None),
]


@pytest.fixture(scope="module")
def occasions_bundle():
    return extract([text for text, *_ in OCCASIONS])


@pytest.mark.parametrize(("index", "kind", "place"), [(i, *rest) for i, (_, *rest) in enumerate(OCCASIONS)])
def test_the_occasion_places_a_statement(occasions_bundle, index, kind, place):
    document = occasions_bundle.documents[index]
    events = [e for e in occasions_bundle.events if e.type == kind and e.evidence[0].document == document.id]
    assert events
    assert {e.location.name if e.location else None for e in events} == {place}


# (text, its place's name or None): the ACCUSE event's place
INVESTIGATIONS = [
    # an investigation (PLOVER ACCUSE investigate) is done where what it investigates happened
    # (plover.yaml investigation_words; Nigeria, Mali, Myanmar), unlike a statement about it
    ("Police investigated a bombing at a market near Maiduguri on Monday.", "Maiduguri"),
    ("Soldiers opened an inquiry into a shooting at a checkpoint near Mopti on Friday.", "Mopti"),
    ("Police opened an investigation into a shooting at a market in Mandalay on Friday.", "Mandalay"),
    ("The governor condemned the bombing at a market near Maiduguri on Monday.", None),
]


@pytest.fixture(scope="module")
def investigations_bundle():
    return extract([text for text, _ in INVESTIGATIONS])


@pytest.mark.parametrize(("index", "place"), [(i, place) for i, (_, place) in enumerate(INVESTIGATIONS)])
def test_an_investigation_is_where_what_it_investigates_happened(investigations_bundle, index, place):
    document = investigations_bundle.documents[index]
    events = [e for e in investigations_bundle.events if e.type == "ACCUSE" and e.evidence[0].document == document.id]
    assert events
    assert {e.location.name if e.location else None for e in events} == {place}
