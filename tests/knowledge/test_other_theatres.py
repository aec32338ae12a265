"""Actors of conflicts outside the Middle East (actors/other_theatres.yaml) resolve in sentences written
for these tests, from Sudan, the Sahel, Nigeria, Somalia, Ethiopia, DR Congo, Libya, Afghanistan and
Pakistan, Myanmar, Colombia and Ukraine: the mention becomes the knowledge-base record, with its kind and
country. Short forms that name other things too ("RSF", "SAF", "AU", "M23", "AA", "ELN") are weak
aliases (docs/knowledge.md, "An actor record"): they resolve only where the document names a context actor."""

from __future__ import annotations

import pytest

from support import actor_mentions as mentions
from support import actor_of

from conflictgraph.knowledge import default_knowledge


@pytest.mark.parametrize(
    "text, surface, actor, kind, country",
    [
        # Sudan
        ("The Rapid Support Forces shelled El Fasher on Sunday, killing 12 civilians.",
         "Rapid Support Forces", "rapid-support-forces", "armed_group", "SDN"),
        ("The Sudanese army said it had retaken the presidential palace in Khartoum.",
         "Sudanese army", "sudanese-armed-forces", "military", "SDN"),
        ("Sudan's army chief Abdel Fattah al-Burhan rejected the truce.",
         "Abdel Fattah al-Burhan", "abdel-fattah-al-burhan", "person", "SDN"),
        ("Hemedti announced a parallel government in Nyala.", "Hemedti", "mohamed-hamdan-dagalo", "person", "SDN"),
        # The Sahel
        ("JNIM claimed the attack on an army post near Djibo in Burkina Faso.", "JNIM", "jnim", "armed_group", None),
        ("Fighters of the Islamic State Sahel Province killed 20 villagers in Tillaberi.",
         "Islamic State Sahel Province", "islamic-state-sahel", "armed_group", None),
        ("The Malian army and Africa Corps troops withdrew from Tinzaouaten.",
         "Malian army", "malian-armed-forces", "military", "MLI"),
        ("The Malian army and Africa Corps troops withdrew from Tinzaouaten.",
         "Africa Corps", "africa-corps", "military", "RUS"),
        ("Mali's junta leader Assimi Goita met ECOWAS envoys in Bamako.",
         "ECOWAS", "ecowas", "organization", None),
        # Nigeria and Lake Chad
        ("Boko Haram fighters abducted 40 farmers in Borno state.",
         "Boko Haram fighters", "boko-haram", "armed_group", "NGA"),
        ("ISWAP militants overran a military base in Yobe on Tuesday.", "ISWAP", "iswap", "armed_group", "NGA"),
        ("The Nigerian army said troops killed 30 insurgents near Lake Chad.",
         "Nigerian army", "nigerian-armed-forces", "military", "NGA"),
        # Somalia and Ethiopia
        ("Al-Shabaab fighters attacked a hotel in Mogadishu late on Friday.",
         "Al-Shabaab fighters", "al-shabaab", "armed_group", "SOM"),
        ("The Tigray People's Liberation Front accused Eritrean troops of looting.",
         "Tigray People's Liberation Front", "tplf", "armed_group", "ETH"),
        ("Fano militias clashed with the Ethiopian National Defense Force in Gondar.",
         "Ethiopian National Defense Force", "ethiopian-national-defense-force", "military", "ETH"),
        ("The African Union called for an immediate ceasefire in Sudan.",
         "African Union", "african-union", "organization", None),
        # DR Congo and the Great Lakes
        ("M23 rebels captured the town of Sake, west of Goma.", "M23 rebels", "m23", "armed_group", "COD"),
        ("Congolese President Felix Tshisekedi accused Rwanda of backing the rebels.",
         "Felix Tshisekedi", "felix-tshisekedi", "person", "COD"),
        ("The Allied Democratic Forces killed at least 40 people in Ituri province.",
         "Allied Democratic Forces", "adf", "armed_group", "COD"),
        # Libya
        ("Khalifa Haftar's envoy met officials in Cairo on Monday.",
         "Khalifa Haftar", "khalifa-haftar", "person", "LBY"),
        # Afghanistan and Pakistan
        ("The Taliban banned girls from secondary schools in Kabul.", "The Taliban", "taliban", "armed_group", "AFG"),
        ("The Tehrik-i-Taliban Pakistan claimed the bombing in Peshawar.",
         "Tehrik-i-Taliban Pakistan", "ttp", "armed_group", "PAK"),
        # Myanmar
        ("The Tatmadaw bombed a school in Sagaing region.", "Tatmadaw", "tatmadaw", "military", "MMR"),
        ("The Arakan Army seized the town of Paletwa in Chin state.",
         "Arakan Army", "arakan-army", "armed_group", "MMR"),
        # Colombia
        # "FARC dissidents" is no one group (the Estado Mayor Central and the Segunda Marquetalia both are): only
        # the group's own name resolves to it.
        ("Fighters of the Estado Mayor Central ambushed a police patrol in Cauca.",
         "Estado Mayor Central", "farc-emc", "armed_group", "COL"),
        ("Gustavo Petro suspended peace talks with the ELN in Colombia.",
         "Gustavo Petro", "gustavo-petro", "person", "COL"),
        # Ukraine and Russia
        ("The Armed Forces of Ukraine shot down 40 drones overnight.",
         "Armed Forces of Ukraine", "ukrainian-armed-forces", "military", "UKR"),
        ("Volodymyr Zelensky asked allies for more air defence systems.",
         "Volodymyr Zelensky", "volodymyr-zelensky", "person", "UKR"),
        ("The SBU said it had detained a Russian agent in Odesa.", "SBU", "sbu", "government", "UKR"),
    ],
)
def test_other_theatre_actor_resolves(text, surface, actor, kind, country):
    assert actor_of(text, surface) == actor
    record = default_knowledge().get(actor)
    assert (record.kind, record.country) == (kind, country)


@pytest.mark.parametrize(
    "with_context, without, surface, actor",
    [
        # "RSF" is also Reporters Without Borders; it names the Sudanese paramilitary only beside Sudan.
        ("The RSF shelled a market in Omdurman, Sudan, on Monday.",
         "The RSF said three journalists were detained in Paris this year.", "RSF", "rapid-support-forces"),
        # "SAF" is also the Singapore Armed Forces.
        ("The SAF launched drone strikes on Nyala, in Sudan's Darfur region, on Monday.",
         "The SAF held a joint exercise with Australia on Tuesday.", "SAF", "sudanese-armed-forces"),
        # "M23" is also a British motorway.
        ("The M23 entered Goma, the capital of North Kivu in DR Congo.",
         "The M23 was closed near Crawley after a crash.", "M23", "m23"),
        # "AU" is also the chemical symbol of gold and Australia's country code.
        ("The AU suspended Niger after the coup, and Mali's delegates left the summit.",
         "Gold (AU) traded at a record high in London on Tuesday.", "AU", "african-union"),
        # "ELN" is a bare acronym that other bodies use too.
        ("The ELN released two soldiers in Arauca, Colombia, on Friday.",
         "The ELN published its annual report on nuclear risks in London.", "ELN", "eln"),
        # "AA" is also an airline and a motoring association.
        ("The AA captured a military command post in Rakhine state, Myanmar.",
         "The AA warned drivers of icy roads on Tuesday.", "AA", "arakan-army"),
    ],
)
def test_ambiguous_short_form_needs_its_context(with_context, without, surface, actor):
    assert actor_of(with_context, surface) == actor
    assert not any(a == actor for _, a in mentions(without)), mentions(without)


def test_a_shared_surname_is_not_the_known_person():
    # Hemedti's brother Abdelrahim Dagalo is an RSF commander too: "Dagalo" alone names neither.
    found = mentions("The RSF deputy commander Abdelrahim Dagalo visited Nyala in Sudan.")
    assert not any(a == "mohamed-hamdan-dagalo" for _, a in found), found


@pytest.mark.parametrize("text, surface", [
    ("The M23 was closed near Crawley after a crash.", "M23"),
    ("The RSF said three journalists were detained in Paris this year.", "RSF"),
])
def test_an_unlinked_body_never_takes_a_known_actors_id(text, surface):
    """A body the text names by a short form the knowledge base holds only weakly, without its context, is an actor
    of its own (or nothing), never under the known actor's id: a store that holds the rebels would merge the two."""
    known = default_knowledge()
    ids = {a for t, a in mentions(text) if t == surface and a}
    assert not any(known.get(i) is not None for i in ids), ids
