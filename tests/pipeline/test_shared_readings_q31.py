"""One reading for what two stages had each written for themselves (issue 11, helper q31; outputs unchanged).

Sentences written for this test (Sudan, Myanmar, Colombia, Mali, Ukraine, Yemen, Kenya). The rules are
docs/annotation.md's: *Date* (a span takes the coarser value that contains it), *Heads of workplaces*, and the
PLOVER manual's THREATEN ("coercive or forceful warnings with serious potential repercussions").
"""

from __future__ import annotations

import pytest

from conflictgraph import extract
from conflictgraph.pipeline.recency import chained_date, span_to_report


@pytest.mark.parametrize("start, published, otherwise, expected", [
    ("2024-05-20", "2024-05-20", None, "2024-05-20"),  # the report's own day
    ("2024-05-06", "2024-05-20", None, "2024-05"),  # within its month
    ("2024-04-28", "2024-05-10", None, "2024"),  # across a month's end: the year
    ("2015-03-01", "2016-05-10", None, "2016"),  # across a year's end: by default the publication's year
    ("2026-12-28", "2027-01-03", "2027-01-03", "2027-01-03"),  # ... or what the caller names
    ("2024-03", "2024-05", None, "2024"),  # coarser values nest the same way
])
def test_a_span_to_the_report_takes_the_finest_value_holding_both(start, published, otherwise, expected):
    """docs/annotation.md, *Date*: a span takes the coarser value that contains it."""
    assert span_to_report(start, published, otherwise) == expected


@pytest.mark.parametrize("previous, published, expected", [
    ("2024-05-20", "2024-05-20", "2024-05-20"),  # chained to the publication day: that day
    ("2024-05-17", "2024-05-20", "2024-05"),  # a day of the fortnight before: the span's month
    ("2026-12-30", "2027-01-02", "2026-12"),  # across a year's end: the last date's month
    ("2024-02-03", "2024-05-20", "2024-02"),  # outside the fortnight: the last date's month
])
def test_a_chained_act_lies_between_the_last_date_and_the_report(previous, published, expected):
    """A chained act ("later", "retaliated") is no earlier than the last date and no later than the report."""
    assert chained_date(previous, published) == expected


def _dates(text: str, published: str) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for event in extract([text], published=published).to_dict()["events"]:
        out.setdefault(event["type"], set()).add(event["date"])
    return out


@pytest.mark.parametrize("text, published, event_type, expected", [
    # "recently": the fortnight before the report, held by its month or, across a month's end, its year
    ("Militias recently shelled the town of El Fasher, the governor said.", "2024-05-20", "ASSAULT", "2024-05"),
    ("Militias recently shelled the town of El Fasher, the governor said.", "2024-05-03", "ASSAULT", "2024"),
    ("The recent attack on an aid convoy near Sittwe killed four drivers.", "2024-05-20", "ASSAULT", "2024-05"),
    # a dated "since" clause opens a span that runs to the report
    ("The journalist has faced threats since she reported on the army in Cauca last week.", "2024-05-20",
     "THREATEN", "2024-05"),
    ("The ELN has attacked pipelines in Arauca since it broke the ceasefire on 28 April.", "2024-05-10",
     "ASSAULT", "2024"),
])
def test_recent_and_since_spans_take_the_finest_value_holding_the_report(text, published, event_type, expected):
    """docs/annotation.md, *Date*: a span takes the coarser value that contains it (events.py `_recent`,
    `_since_clause`, one step with recency.py's spans: `span_to_report`)."""
    assert _dates(text, published).get(event_type) == {expected}


@pytest.mark.parametrize("text, threatens", [
    # a warning "of" an act of a hostile type (plover.yaml `hostile_types`) stays a THREATEN
    ("The RSF warned of an assault on El Fasher.", True),  # ASSAULT
    ("Russia warned of a mobilization of reservists.", True),  # MOBILIZE
    ("Ethiopia warned of an embargo on Eritrea.", True),  # SANCTION
    # a warning of a danger the speaker does not wield is none
    ("The UN issued a warning of famine in Sudan.", False),
    ("The WHO warned of a cholera outbreak in Yemen.", False),
    ("The Red Cross warned of a humanitarian catastrophe in Gaza.", False),
])
def test_a_warning_of_a_hostile_act_threatens_one_of_a_danger_does_not(text, threatens):
    """PLOVER THREATEN: "coercive or forceful warnings with serious potential repercussions" (event_senses
    `warned_of_danger`, events `_hostile`, whose types are plover.yaml's `hostile_types`)."""
    assert ("THREATEN" in _dates(text, "2024-05-20")) is threatens


def test_the_hostile_types_are_the_lexicons():
    """The knowledge is data: the types live in plover.yaml, which the stage reads (and lexicons.py checks)."""
    from conflictgraph.knowledge import Knowledge
    from conflictgraph.pipeline.event_lexicon import Lexicon

    plover = Knowledge.load().lexicon("plover")
    assert Lexicon(plover).hostile_types == frozenset(plover["hostile_types"]) >= {"ASSAULT", "SANCTION"}


@pytest.mark.parametrize("text, tie", [
    # a post at a hospital, a university or a business is no tie (relations.yaml `workplaces` `words`)
    ("Dr. Amina Yusuf, medical director of the Aminu Kano Teaching Hospital, said the wounded arrived overnight.",
     None),
    ("Juan Perez, the director of Ecopetrol Corp., said the pipeline was bombed.", None),
    # "the head of a Khartoum hospital": a name compounded into a workplace's noun says where it is, not whose
    ("The head of a Khartoum hospital said 30 bodies had been brought in.", None),
    # a governmental body's word beside it (`not_with`) keeps the tie: a campus police force
    ("Mary Wanjiru, head of the Kenyatta University police unit, said two officers were hurt.",
     ("Mary Wanjiru", "leads", "Kenyatta University police unit")),
    ("Cmdr. Ahmed Saleh of the Sanaa University Police said the protest was dispersed.",
     ("Ahmed Saleh", "member_of", "University Police")),
])
def test_a_post_at_a_workplace_is_no_tie(text, tie):
    """docs/annotation.md, *Heads of workplaces* and *`member_of` for a person's job* (relations.yaml
    `workplaces`, read once into relations_parse_cues.Workplaces for relations.py and relations_parse.py)."""
    bundle = extract([text], published="2024-05-20").to_dict()
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    ties = {(names[r["subject"]], r["predicate"], names[r["object"]]) for r in bundle["relations"]}
    assert ties == ({tie} if tie else set())
