"""Which words become events of which PLOVER type: the type decisions of issue 11's types pass (t11c).

Sentences written for these tests, from many conflicts (Ukraine, the Sahel, Sudan, Myanmar, Colombia, Yemen,
Somalia, Haiti...), never taken from an annotated set; each names the rule of the PLOVER manual
(``../shared/reference/PLOVER_MANUAL.tex``) or of docs/annotation.md it checks. Every rule has negative cases: the
same word in the sense or the construction that is no event.
"""

from __future__ import annotations

import pytest

from conflictgraph import extract

PUBLISHED = "2024-05-15"

# (text, type, how many events of that type the text must give, the rule)
COUNTS = [
    # A bare plural event noun in a prepositional phrase, undated and with no toll, names a kind of act.
    ("Al-Shabaab, which has been blamed for bombings in Mogadishu, named a new leader.", "ASSAULT", 0,
     "PLOVER Event Categories: events are occurrences; a kind of act ('blamed for bombings') is none"),
    ("The Wagner commander, a veteran of a string of deadly raids against herders in central Mali, resigned.",
     "ASSAULT", 0, "PLOVER Event Categories: 'a string of deadly raids' with no date is background, not an event"),
    ("The Arakan Army spokesman is a known supporter of drone attacks on junta bases.", "ASSAULT", 0,
     "PLOVER Event Categories: supporting a kind of act reports no occurrence of it"),
    ("Five civilians were killed in airstrikes on Hodeidah on Monday.", "ASSAULT", 1,
     "PLOVER ASSAULT: 'killed in airstrikes' is an occurrence, told by its toll"),
    ("Gunmen carried out a series of attacks on police posts in Port-au-Prince on Sunday.", "ASSAULT", 1,
     "PLOVER ASSAULT: a dated series of attacks is an occurrence"),
    ("Reports of continued air strikes on Kharkiv are a matter of deep concern.", "ASSAULT", 1,
     "PLOVER ASSAULT: reports of strikes tell strikes that took place"),
    ("The rally came after days of protests by students in Dhaka.", "PROTEST", 1,
     "PLOVER PROTEST: protests by a named group are occurrences"),
    # What a charge, a conviction or a sentence names is the charge's content, not an occurrence told.
    ("A court in Bogota jailed the former paramilitary for 20 years for kidnapping and murder.", "ASSAULT", 0,
     "docs/annotation.md Police and courts: the sentence is SANCTION convict; what it punishes is its content"),
    ("The soldier was sentenced to ten years for offences including assault and looting in Tigray.", "ASSAULT", 0,
     "docs/annotation.md Police and courts: a list of offences punished is no occurrence"),
    ("Prosecutors in Kyiv charged the commander with more than 30 crimes ranging from torture to murder.",
     "ASSAULT", 0, "PLOVER ACCUSE: the charge is the event ('charge judicially'); its counts are not ASSAULTs"),
    ("The convictions of three officers for beating protesters in Yangon were upheld on appeal.", "ASSAULT", 0,
     "PLOVER SANCTION convict: what a conviction is for is not told as an occurrence"),
    ("Police in Khartoum arrested a man who beat a journalist outside the ministry on Monday.", "COERCE", 1,
     "PLOVER COERCE arrest: the arrest stays an event"),
    # An event noun that a verbal act is about, or that a demonstrative points at, is the one told before.
    ("A car bomb exploded outside a police station in Mogadishu on Saturday, killing nine people. The "
     "president of Somalia, the highest official in the country, condemned the cowardly attack.", "ASSAULT", 1,
     "PLOVER ACCUSE: the condemnation is the event; the attack it condemns is the one told"),
    ("A suicide bomber killed 12 soldiers at a base in Gao on Tuesday. Mali's interim president, speaking in "
     "Bamako, condemned the attack on the peacekeepers.", "ASSAULT", 1,
     "PLOVER ACCUSE: the attack condemned is the one told, though the condemnation names its recipient otherwise"),
    ("Drones struck an oil depot in Novorossiysk on Friday. Moscow denounced the strike, calling this reckless "
     "attack an act of terror.", "ASSAULT", 1,
     "PLOVER ACCUSE: 'denounced the strike', 'this reckless attack' point at the strike told before"),
    ("Militants attacked an army post in Tillaberi on Monday. On Thursday, another attack hit a convoy near "
     "Niamey.", "ASSAULT", 2,
     "docs/annotation.md One event or several: an attack in another place and on another day is another event"),
]


@pytest.fixture(scope="module")
def events_by_text():
    texts = sorted({c[0] for c in COUNTS})
    bundle = extract(texts, published=PUBLISHED).to_dict()
    text_of = {d["id"]: d["text"] for d in bundle["documents"]}
    found: dict[str, list[dict]] = {t: [] for t in texts}
    for event in bundle["events"]:
        for document in {e["document"] for e in event["evidence"]}:
            found[text_of[document]].append(event)
    return found


@pytest.mark.parametrize("text, event_type, count, rule", COUNTS,
                         ids=[f"{c[1]}-{c[2]}-{i}" for i, c in enumerate(COUNTS)])
def test_event_count(events_by_text, text, event_type, count, rule):
    found = [e for e in events_by_text[text] if e["type"] == event_type]
    assert len(found) == count, f"{rule}: expected {count} {event_type}, got {len(found)}: {found}"
