"""Actors that relations need, lost before the relation stage (issue 11): a place named as an official's title
stands for its government ("South Carolina Governor Nikki Haley": she leads it), and a name that a hard wrap cuts
in two ("lawyer John\\n    Bonifaz") is one person. Sentences written for this test, from several conflicts."""

from __future__ import annotations

import pytest

from conflictgraph import extract

PUBLISHED = "2024-05-15"


def _bundle(text: str) -> dict:
    return extract([text], published=PUBLISHED).to_dict()


def _ties(bundle: dict) -> set[tuple[str, str, str]]:
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    return {(names[r["subject"]], r["predicate"], names[r["object"]]) for r in bundle["relations"]}


@pytest.mark.parametrize("text, tie", [
    ("Texas Governor Greg Abbott sent National Guard troops to the border at Eagle Pass.",
     ("Greg Abbott", "leads", "Texas")),
    ("Kirkuk Governor Rakan al-Jubouri said the curfew would be lifted on Friday.",
     ("Rakan al-Jubouri", "leads", "Kirkuk")),
    ("Kandahar Governor Hayatullah Hayat condemned the attack on the mosque.",
     ("Hayatullah Hayat", "leads", "Kandahar")),
    ("Texas Attorney General Ken Paxton sued the federal government over the border buoys.",
     ("Ken Paxton", "member_of", "Texas")),
    ("Helmand Governor Mohammad Yasin Khan said Taliban fighters had attacked Lashkar Gah.",
     ("Mohammad Yasin Khan", "leads", "Helmand")),
])
def test_a_place_named_as_an_officials_title_is_its_government(text, tie):
    """docs/annotation.md, *Relations*: a head of government titled with its name leads it; an official of one is
    a member. The place is an actor (kind government) only where it titles an official."""
    bundle = _bundle(text)
    assert tie in _ties(bundle), bundle["relations"]
    place = next(a for a in bundle["actors"] if a["name"] == tie[2])
    assert place["kind"] == "government"


@pytest.mark.parametrize("text", [
    "Mogadishu Governor Omar Filish said the bombing killed 20 people.",  # the capital names Somalia: no tie
    "Kharkiv residents sheltered in the metro as the shelling went on.",  # no office: the town is no actor
])
def test_no_government_where_none_is_titled(text):
    bundle = _bundle(text)
    assert not [r for r in bundle["relations"] if r["object"] in ("somalia", "kharkiv")], bundle["relations"]
    assert "kharkiv" not in {a["id"] for a in bundle["actors"]}


WRAPPED = [
    # (a paragraph hard-wrapped at a width, as news text taken from pages often is; the name cut by the wrap)
    ("""Recount sought in three states

            On Tuesday, a magazine first reported that a group of experts, led by voting-rights lawyer John
            Bonifaz and a professor of computer science, had urged the campaign to ask for a recount in the
            states where the margins were narrow, and where the machines had been used for years without any
            audit at all or any check of their software by the state.
""", "John Bonifaz"),
    ("""Talks on the ceasefire in Tigray resume

        The African Union envoy said on Sunday that talks would go on in Pretoria, where the chief negotiator
        of the federal government, Redwan Hussien, and the spokesman of the regional forces, Getachew
        Reda, had met twice last week, and where both sides had agreed to open the roads to aid convoys
        and to let the monitors in to watch over the withdrawal of the heavy weapons.
""", "Getachew Reda"),
    ("""Sahel junta expels envoy

      The ambassador was given seventy-two hours to leave the country after the foreign minister, Abdoulaye
      Diop, accused him of interfering in the affairs of the transition, the state broadcaster said in a
      bulletin read out on the evening news, and the embassy said it had received no note of the decision
      and would ask the ministry for one before taking any step of its own.
""", "Abdoulaye Diop"),
]


@pytest.mark.parametrize("text, name", WRAPPED, ids=[n for _, n in WRAPPED])
def test_a_name_a_hard_wrap_cuts_is_one_person(text, name):
    """The statistical model tags each line's part of the name apart; the parse goes on across the wrap
    (nlp.line_breaks), so the two parts are one name, and the actor's name is written on one line."""
    bundle = _bundle(text)
    names = {a["name"] for a in bundle["actors"]}
    assert name in names, names
    first, last = name.split()
    assert first not in names and last not in names, names
    mention = next(m for m in bundle["mentions"] if m["text"].split() == name.split())
    assert "\n" in mention["text"] and bundle["documents"][0]["text"][mention["start"]:mention["end"]] == \
        mention["text"]


@pytest.mark.parametrize("text, tie", [
    ("The villages of Haris and Varzaqan suffered casualties, Khalil Saei, local crisis committee chief, told state "
     "TV.", ("Khalil Saei", "leads", "crisis committee")),
    ("Crisis committee chief Nasser Yassin said the shelters in Tyre were full.",
     ("Nasser Yassin", "leads", "Crisis committee")),
    ("Abdi Farah, security committee chairman, said the road to Beledweyne was closed.",
     ("Abdi Farah", "leads", "security committee")),
])
def test_a_body_named_in_a_persons_title_is_the_body_they_head(text, tie):
    """"crisis committee chief X": the group noun before a person's title names a body (docs/annotation.md,
    *Relations*: "X, head of Z" makes the head), where without a person beside it ("the police chief accused
    ...") it names none."""
    assert tie in _ties(_bundle(text))
