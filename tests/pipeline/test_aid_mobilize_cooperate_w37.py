"""Aid given, carried and received, forces sent, readied and trained, suspects extradited (PLOVER AID, MOBILIZE,
COOPERATE), and the non-acts of the same words (issue 11, helper w37). The sentences were written for this test,
from many conflicts (Sudan, Ukraine, Myanmar, the Sahel, Colombia, Gaza, Yemen, Ethiopia, DRC, Haiti, Nigeria),
never taken from a gold article."""

from __future__ import annotations

import pytest
from support import events_and_names

PUB = "2024-05-15"

# (sentence, type, source, target or None to leave unchecked, rule)
ACTS = [
    ("Germany provided 500 million euros in humanitarian aid to Ukraine.", "AID", "Germany", None,
     "PLOVER AID: monetary aid; an amount given 'in' aid (giving_verbs, amount_in)"),
    ("The European Union gave Niger 10 million euros in budget support.", "AID", "European Union", "Niger",
     "PLOVER AID mode economic: an amount given 'in' support (amount_in)"),
    ("Chad gave shelter to 50,000 refugees fleeing El Geneina.", "AID", "Chad", None,
     "PLOVER AID: humanitarian aid, shelter given (relief_goods)"),
    ("UNICEF distributed medicine to children in Sanaa on Sunday.", "AID", "UNICEF", None,
     "PLOVER AID: medical supplies distributed (giving_verbs)"),
    ("The army airdropped food supplies to besieged villagers in Tigray.", "AID",
     "Ethiopian National Defense Force", None, "PLOVER AID: food supplies airdropped (giving_verbs)"),
    ("The UN airlifted medical supplies to Mekelle on Tuesday.", "AID", "United Nations", None,
     "PLOVER AID: medical supplies airlifted (giving_verbs)"),
    ("Britain is providing military training to Ukrainian recruits.", "AID", "United Kingdom", None,
     "PLOVER AID mode military: military assistance and training (relief_goods: training)"),
    ("Russia trained Malian soldiers in Bamako.", "AID", "Russia", None,
     "PLOVER AID mode military: forces trained (training_verbs)"),
    ("The Red Crescent distributed food parcels to 5,000 families in Idlib.", "AID", "Red Crescent", None,
     "PLOVER AID: food handed out (relief_goods)"),
    ("British troops got food and water to stranded villagers in Mosul.", "AID", "British troops", None,
     "PLOVER AID: relief carried 'to' people (carrying_verbs)"),
    ("Sudan received 20,000 tonnes of wheat from Russia.", "AID", "Russia", "Sudan",
     "PLOVER AID: the recipient is the subject of 'received', the provider its 'from' (receiving_verbs)"),
    ("The RSF sent hundreds of fighters to El Fasher.", "MOBILIZE", "Rapid Support Forces", None,
     "PLOVER MOBILIZE troops: forces counted ('hundreds of fighters') are the forces sent (verb_particles send)"),
    ("Russia sent thousands of troops to the Belarusian border.", "MOBILIZE", "Russia", None,
     "PLOVER MOBILIZE troops: 'thousands of troops' sent"),
    ("Israel called up 300,000 reservists.", "MOBILIZE", "Israel", None,
     "PLOVER MOBILIZE troops: reserves called up (verb_particles call)"),
    ("Police set up checkpoints across Addis Ababa.", "MOBILIZE", None, None,
     "PLOVER MOBILIZE police: checkpoints set up are raised security (verb_particles set)"),
    ("Ethiopia's federal forces were redeployed to Tigray's border.", "MOBILIZE", None, None,
     "PLOVER MOBILIZE troops: forces redeployed"),
    ("The army placed its units on high alert along the border with Eritrea.", "MOBILIZE", None, None,
     "PLOVER MOBILIZE: 'put forces on alert' (verb_particles place)"),
    ("Iran raised its forces' readiness to the highest level.", "MOBILIZE", None, None,
     "PLOVER MOBILIZE police: increase readiness (raised_security objects)"),
    ("Nigeria handed over 20 Boko Haram suspects to Cameroon under an extradition deal.", "COOPERATE", "Nigeria",
     None, "PLOVER COOPERATE: extradition; suspects handed over to a country (wanted_people)"),
    ("Turkey handed over two ISIS suspects to France.", "COOPERATE", "Turkey", None,
     "PLOVER COOPERATE: extradition; suspects handed over to a country (wanted_people)"),
    ("Al-Shabaab teamed up with local clan militias in Gedo last year.", "COOPERATE", "Al-Shabaab", None,
     "PLOVER COOPERATE: cooperate militarily; forces teamed up (verb_particles team)"),
]

# (sentence, the types none of which it may have, rule)
NON_ACTS = [
    ("He paid tribute to the victims of the attack in Bamako.", {"AID"},
     "PLOVER AID: a tribute paid benefits no recipient (idle_objects)"),
    ("Residents paid the price for the fighting in Goma.", {"AID"},
     "PLOVER AID: 'paid the price' benefits no recipient (idle_objects)"),
    ("The group funds itself through kidnapping and extortion in the Sahel.", {"AID"},
     "PLOVER AID: a group funding itself aids no other party (idle_objects)"),
    ("Many cabin crew in Lagos take second jobs to pay the bills.", {"AID"},
     "PLOVER AID: one's own bills paid benefit no party in need (idle_objects)"),
    ("Many families in El Fasher have received no aid since June.", {"AID"},
     "PLOVER AID: aid received by none ('no aid') was not given"),
    ("Gangs receiving weapons from abroad control most of Port-au-Prince.", {"AID"},
     "PLOVER AID: 'gangs receiving weapons' tells who they are, no receipt (receiving_verbs as a modifier)"),
    ("The minister received the Russian ambassador in Bamako.", {"AID"},
     "PLOVER AID: receiving a guest is no aid (relief_goods)"),
    ("The army received orders to withdraw from Kidal.", {"AID"},
     "PLOVER AID: orders received are no aid (relief_goods)"),
    ("Germany refused to supply Taurus missiles to Ukraine.", {"AID"},
     "PLOVER AID: aid refused is not given (REJECT)"),
    ("The United States will send more air defence systems to Ukraine.", {"AID"},
     "PLOVER AGREE: promised aid is AGREE, not AID"),
    ("Hamas sent dozens of rockets into southern Israel.", {"MOBILIZE", "AID"},
     "PLOVER MOBILIZE: rockets fired are no forces sent (verb_particles send)"),
    ("Militias in Ituri are also reportedly involved in “smuggling gold, sending fighters across the border, and "
     "collecting taxes.”", {"MOBILIZE"},
     "PLOVER: activities a group is involved in are no occurrence (activity_heads)"),
    ("The Houthis released two Saudi prisoners and handed them over to the Red Cross.", {"COOPERATE"},
     "PLOVER RETREAT: captives handed over are released, no extradition (wanted_people)"),
]


@pytest.fixture(scope="module")
def found() -> tuple[dict[str, list[dict]], dict[str, str]]:
    return events_and_names([s for s, *_ in ACTS] + [s for s, *_ in NON_ACTS], PUB)


@pytest.mark.parametrize(("sentence", "event_type", "source", "target", "rule"), ACTS)
def test_act_is_coded(found, sentence: str, event_type: str, source: str | None, target: str | None,
                      rule: str) -> None:
    events, names = found
    typed = [e for e in events[sentence] if e["type"] == event_type]
    assert typed, f"{rule}: no {event_type} in {events[sentence]}"
    if source is not None:
        assert any(names.get(e["source"], e["source"]) == source for e in typed), (rule, typed)
    if target is not None:
        assert any(names.get(e["target"], e["target"]) == target for e in typed), (rule, typed)


@pytest.mark.parametrize(("sentence", "types", "rule"), NON_ACTS)
def test_non_act_is_not_coded(found, sentence: str, types: set[str], rule: str) -> None:
    events, _ = found
    assert not [e for e in events[sentence] if e["type"] in types], (rule, events[sentence])
