"""An event whose sentence names no place happened in the article's home, where the article is local news (every
place it names lies in one country): the dateline's town, else the town the article names most
(docs/annotation.md, *Place*: the most specific place the text names for the event; PLOVER codes where the event
happened, not where it was reported). Never a statement, never in foreign news."""

from __future__ import annotations

import pytest

from conflictgraph import extract

# (text, the event's type, the word its evidence holds, the name of its place or None)
CASES = [
    # local news: the dateline's town
    ("CANTON, Ohio — Police arrested a man on Monday night after a fight at a bar. Officers said he attacked a "
     "bartender with a bottle.", "ASSAULT", "bartender", "Canton"),
    ("FRANKFORT, KY (AP) -- State troopers arrested two men on Friday, officials said.", "COERCE", "arrested",
     "Frankfort"),
    # a place the sentence names wins
    ("CANTON, Ohio — A man attacked a clerk in Akron on Sunday, police said.", "ASSAULT", "clerk", "Akron"),
    # a statement takes no place it does not name
    ("CANTON, Ohio — Police arrested a man on Monday. The mayor accused the council of hiding the report.",
     "ACCUSE", "accused", None),
    # foreign news: the dateline is where the reporter is, not where it happened
    ("WASHINGTON — Airstrikes in Syria killed 12 people on Monday. Rebels attacked a checkpoint overnight.",
     "ASSAULT", "checkpoint", None),
    # no dateline and no town named: no home
    ("Police arrested a woman on Saturday after a brawl at a diner. Witnesses said she attacked a waiter with a "
     "chair.", "ASSAULT", "waiter", None),
    # no dateline: the town the local story names most (Colombia, Burkina Faso)
    ("A bomb exploded at a bus station in Medellin on Tuesday, police in Medellin said. Police arrested two men "
     "on Wednesday.", "COERCE", "arrested", "Medellín"),
    ("Gunmen attacked a market in Ouahigouya on Sunday. Soldiers arrested two suspects on Monday, residents of "
     "Ouahigouya said.", "COERCE", "arrested", "Ouahigouya"),
    # ... not where the sentence puts the act in a division the dateline's town is not in: the dateline is where the
    # reporter is (annotation.md, Place: "not where it was reported from"; Nigeria, Colombia, Sudan, Yemen)
    ("ABUJA — Police arrested two men on Monday after gunmen attacked a village in Borno State, officials said.",
     "COERCE", "arrested", None),
    ("BOGOTA — Police arrested three men on Sunday, days after rebels attacked a patrol in Cauca department.",
     "COERCE", "arrested", None),
    ("KHARTOUM — Police arrested ten men on Monday after gunmen attacked a market in North Darfur state.",
     "COERCE", "arrested", None),
    ("ADEN — Police arrested two men on Monday after gunmen attacked a checkpoint in Abyan governorate.",
     "COERCE", "arrested", None),
    # ... not where the story also names another country (Kharkiv and Russia's Belgorod)
    ("Drones struck Kharkiv overnight, officials in Kharkiv said. Russia said it shot down drones over Belgorod. "
     "Soldiers detained two men on Monday.", "COERCE", "detained", None),
]


@pytest.fixture(scope="module")
def bundle():
    return extract([text for text, *_ in CASES])


@pytest.mark.parametrize(("index", "kind", "word", "place"), [(i, *rest) for i, (_, *rest) in enumerate(CASES)])
def test_an_unplaced_event_and_the_article_home(bundle, index, kind, word, place):
    document = bundle.documents[index]
    events = [e for e in bundle.events if e.type == kind and any(
        ev.document == document.id and word in ev.text for ev in e.evidence)]
    assert events, [(e.type, e.evidence[0].text) for e in bundle.events]
    assert (events[0].location.name if events[0].location else None) == place, events[0]
