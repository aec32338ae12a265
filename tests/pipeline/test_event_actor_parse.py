"""Event actors read from the parse (issue 11, arguments): the doer of a verb that qualifies a noun, the person a
stance is about, the holder of an attacked town, a nation named as a party, phrases whose relative clause names
no party of theirs, who took part in an act, a common party's named example, and sentences hard-wrapped after a
word that ends none.

The sentences were written for these tests (Colombia, Lebanon, Ukraine, Hungary, Yemen, Gaza, Kenya, Ethiopia,
Syria, Morocco, the DRC, Eritrea, Iran), not taken from any annotated set. They run through the whole program
(``extract``). Each names the PLOVER manual rule (or docs/annotation.md rule) it checks.
"""

from __future__ import annotations

import pytest
from support import events_and_names

PUBLISHED = "2024-05-15"


def _one(text: str, event_type: str) -> tuple[dict, dict[str, str]]:
    found, names = events_and_names([text], PUBLISHED)
    events = [e for e in found[text] if e["type"] == event_type]
    assert events, (text, found[text])
    return events[0], names


# (text, PLOVER type, role, the actor's name, the rule)
ROLES = [
    # A verb qualifying a noun acts through it: who gave the speech denounced (the noun's own doer).
    ("Colombian President Gustavo Petro gave a speech in Bogota on Monday denouncing the ELN.",
     "ACCUSE", "source", "Gustavo Petro",
     "PLOVER actor: the entity that carries out the act; the speech's giver is who denounces"),
    ("Hezbollah issued a statement on Sunday condemning Israel.",
     "ACCUSE", "source", "Hezbollah",
     "PLOVER ACCUSE: the actor is who condemns, through the statement it issued"),
    # A stance about a person named by a pronoun is directed at that person.
    ("Zelensky said that Ukrainian lawmakers had been sharply critical of him.",
     "ACCUSE", "target", "Volodymyr Zelensky",
     "PLOVER ACCUSE: the recipient is whom the disapproval is about ('critical of him': the person before)"),
    ("Hungarian Prime Minister Viktor Orban said EU leaders were openly critical of him.",
     "ACCUSE", "target", "Viktor Orban",
     "PLOVER ACCUSE: the recipient is whom the criticism is about, named before by a pronoun"),
    # An attack on a town a party holds is directed at that party (the town is the place).
    ("Israeli jets struck Hamas-controlled Gaza City on Monday.",
     "ASSAULT", "target", "Hamas",
     "PLOVER ASSAULT: the recipient is the target of the violence, the holder of the town struck"),
    ("Russian forces shelled Ukrainian-held Kherson on Tuesday.",
     "ASSAULT", "target", "Ukraine",
     "PLOVER ASSAULT: the recipient is whom the shelling is aimed at, not a town"),
    ("Saudi-led coalition jets bombed Houthi-held Sanaa on Sunday.",
     "ASSAULT", "target", "Houthis",
     "PLOVER ASSAULT: the holder of the capital struck, not the state it is the capital of"),
    ("The rebels shelled government-held Homs on Monday.",
     "ASSAULT", "target", "government",
     "PLOVER ASSAULT: a town held by a body named by common words is that body's"),
]


@pytest.mark.parametrize(("text", "event_type", "role", "name", "rule"), ROLES)
def test_role_read_from_the_parse(text: str, event_type: str, role: str, name: str, rule: str) -> None:
    event, names = _one(text, event_type)
    assert names.get(event[role]) == name, (rule, event)


# A people's plural with "the", as a party of a joint act, is the nation (PLOVER codes states by name; the
# manual's Compound and Reciprocal Actors: the other party of an agreement is one of its actors).
NATIONS = [
    ("The Houthis said they had agreed with the Saudis on a prisoner exchange.", ["Houthis", "Saudi Arabia"]),
    ("Hamas said it had reached a deal with the Israelis on Sunday.", ["Hamas", "Israel"]),
]


@pytest.mark.parametrize(("text", "parties"), NATIONS)
def test_the_nation_named_by_its_people_is_a_party(text: str, parties: list[str]) -> None:
    event, names = _one(text, "AGREE")
    assert [names[a] for a in event.get("sources") or [event["source"]]] == parties, event


def test_people_of_a_nation_counted_are_not_its_state() -> None:
    # "two Moroccans" are people of Morocco, not the state (PLOVER codes states by their governments)
    event, names = _one("Spanish police arrested two Moroccans in Ceuta on Monday.", "COERCE")
    assert names.get(event["target"]) != "Morocco", event


@pytest.mark.parametrize(("text", "event_type", "not_target"), [
    ("Kenyan President William Ruto praised the doctors who had treated Somali refugees.", "SUPPORT", "Somalia"),
    ("The Colombian army condemned the threats that farmers had received since leaving the FARC.", "ACCUSE",
     "FARC"),
])
def test_a_relative_clause_names_no_party_of_the_phrase(text: str, event_type: str, not_target: str) -> None:
    # PLOVER: the recipient is the entity the act is directed at; a party named inside a relative clause of the
    # object only qualifies it ("the doctors who had treated Somali refugees" are not Somalia)
    event, names = _one(text, event_type)
    assert names.get(event["target"]) != not_target, event


def test_a_line_ending_on_a_preposition_goes_on_into_the_next() -> None:
    # A hard-wrapped line that ends on "on" ends no sentence, even before a capital: the appeal is one sentence,
    # its asker the subject (PLOVER REQUEST: the actor asks, the recipient is asked)
    text = ("Kenyan President William Ruto made an urgent appeal to Ethiopian Prime Minister Abiy Ahmed on\n"
            "    Tuesday, asking him to end the border clashes.\n")
    event, names = _one(text, "REQUEST")
    assert names.get(event["source"]) == "William Ruto", event
    assert names.get(event["target"]) == "Abiy Ahmed", event
    assert len(event["evidence"]) == 1 and "asking him" in event["evidence"][0]["text"], event


@pytest.mark.parametrize(("text", "event_type", "name"), [
    ("The assassination came after days of protests over Russia's role in the bombardment of Aleppo.", "ASSAULT",
     "Russia"),
    ("Rwandan troops and their allies played a key role in the attack on Goma in January.", "ASSAULT",
     "Rwandan troops"),
    ("Eritrean soldiers took part in the massacre in Axum in November.", "ASSAULT", "Eritrean soldiers"),
])
def test_who_took_part_in_an_act_did_it(text: str, event_type: str, name: str) -> None:
    # PLOVER actor: the entity that carried the act out; "X's role in the bombardment", "played a role in",
    # "took part in" name it
    event, names = _one(text, event_type)
    assert names.get(event["source"]) == name, event


@pytest.mark.parametrize("text", [
    "Iran denied any role in the attack on the tanker.",
    "Hezbollah said it had no part in the rocket attack on Israel.",
])
def test_a_part_denied_makes_no_actor(text: str) -> None:
    # docs/annotation.md, Actor and recipient: a denial or what another alleges does not make the actor
    event, _ = _one(text, "ASSAULT")
    assert event["source"] is None, event


def test_the_named_example_of_a_common_party_is_an_actor() -> None:
    # PLOVER Compound and Reciprocal Actors: "the Asad regime and militias like Hezbollah" carried it out together;
    # the common words join the list through the body they name as their example
    text = "Civilians in Wadi Barada are facing shelling and airstrikes by the Asad regime and militias like Hezbollah."
    event, names = _one(text, "ASSAULT")
    assert [names[a] for a in event.get("sources") or [event["source"]]] == ["Syria", "Hezbollah"], event
