"""Where an event happened (issue 11, helper plc): a place told in a phrase that describes a party by another act is
that act's, not the event's; a suspect's appearance in a court named for its town is in that town; a body named for a
small town the article names is placed by it (docs/annotation.md, *Place*: the most specific place the text names for
the event; *A body's name is a place*). Probes from Sudan, South Sudan, Myanmar, Ukraine, Mali, Afghanistan, Nigeria,
South Africa, Kenya, Canadian city news and Connecticut."""

from __future__ import annotations

import pytest

from conflictgraph import extract

# (text, the event's type, its place's name or None)
CASES = [
    # a place in the phrase after a party's noun that names another act is that act's (event_places._of_other_act)
    ("JUBA — A suspect in the murder of a trader near Yei was detained by police on Tuesday.", "COERCE", None),
    ("YANGON — Relatives of the victims of the massacre in Mandalay were detained by soldiers on Friday.", "COERCE",
     None),
    ("KYIV — The gunman behind the shooting in Lviv was arrested by police on Monday.", "COERCE", None),
    ("KHARTOUM — A suspect in the robbery of a bank in Omdurman was detained by police in Khartoum on Monday.",
     "COERCE", "Khartoum"),
    # ... but an act noun the event's own trigger governs is its circumstance, and its place the event's
    ("Five people were killed in the bombing of a market in Kabul on Sunday, Afghan officials said.", "ASSAULT",
     "Kabul"),
    ("Malian soldiers were killed in an ambush near Mopti on Friday, the army said.", "ASSAULT", "Mopti"),
    ("Police arrested a man over the stabbing of a teenager in Saskatoon on Saturday, Canadian officials said.",
     "COERCE", "Saskatoon"),
    ("KYIV — The gunman behind the shooting in Lviv was arrested by police on Monday.", "ASSAULT", "Lviv"),
    # a suspect's appearance in a court is the court's arraignment, done where the court named for its town sits
    ("ESTCOURT — A 34-year-old man appeared in the Estcourt Magistrate's Court on Monday on charges of murder.",
     "ACCUSE", "Estcourt"),
    ("MAIDUGURI — Two suspects made their first appearance in Maiduguri High Court on Tuesday, charged with the "
     "bombing of a mosque.", "ACCUSE", "Maiduguri"),
    ("WINNIPEG — A man made his first appearance in Brandon provincial court on Friday on charges of assault.",
     "ACCUSE", "Brandon"),
    # ... and a small town the article names (its dateline) places the court named for it
    ("BANTAM — A Danbury stonework mason was arraigned in Bantam Superior Court on Tuesday on charges of assault.",
     "ACCUSE", "Bantam"),
    # a statement keeps no place of what it is about
    ("NAIROBI — Kenya's interior minister condemned the murder of a trader in Eldoret on Monday.", "ACCUSE", None),
]


TEXTS = list(dict.fromkeys(text for text, *_ in CASES))


@pytest.fixture(scope="module")
def bundle():
    return extract(TEXTS)


@pytest.mark.parametrize(("text", "event_type", "place"), CASES)
def test_the_place_of_an_event(bundle, text, event_type, place):
    document = bundle.documents[TEXTS.index(text)]
    found = [e for e in bundle.events if e.type == event_type and e.evidence[0].document == document.id]
    assert found, f"no {event_type} event in {text!r}"
    assert (found[0].location.name if found[0].location else None) == place
