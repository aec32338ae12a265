"""The date of events on news from many conflicts (issue 11, helper d26): each case is a class of error counted
on the TUNE split, written anew here with sentences from Ukraine, Colombia, Yemen, Mali, Somalia, Myanmar,
Sudan, Nigeria, Nicaragua, Mozambique and the Sahel. The rules are docs/annotation.md, *Date* (*Undated
statements*: a verbal act with no time of its own takes the publication date at its precision; "had said" takes
what the text gives, else null; a span takes the coarser value that contains it) and *Tolls*."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from conflictgraph import extract
from conflictgraph.pipeline.recency import Habits, just_happened, told_as_occurrence

PUBLISHED = "2020-05-13"  # a Wednesday


def _events(text: str, event_type: str, published: str | None = PUBLISHED):
    return [e for e in extract([text], published=published).events if e.type == event_type]


# --- a promise is made when it is said (Undated statements: "a promise ... takes the publication date") ---

@pytest.mark.parametrize("text", [
    "The Ukrainian government has said it would participate in the talks in Istanbul.",
    "Colombia's ELN said it would cooperate with the peace commission.",
    "The rebels offered to evacuate the wounded from Sanaa.",
])
def test_a_promise_takes_the_date_of_the_verb_that_tells_it(text):
    """PLOVER AGREE (future cooperation is AGREE): the promise, not the act promised, is the event, and it is made
    as the report tells it."""
    assert [e.date for e in _events(text, "AGREE")] == [PUBLISHED]


# --- a past perfect is told as before the news: no publication date ---

@pytest.mark.parametrize(("text", "event_type"), [
    ("The junta had agreed with ECOWAS on a timetable for elections in Mali.", "AGREE"),
    ("Myanmar's military had accused the Arakan Army of attacking a police post.", "ACCUSE"),
    ("Militants stormed a village in Cabo Delgado. Their leader had ordered them not to harm women.", "REQUEST"),
])
def test_a_past_perfect_act_is_not_dated_by_the_report(text, event_type):
    """annotation.md, Undated statements: a statement the text places before the news ("had said") takes what the
    text gives, else null."""
    assert [e.date for e in _events(text, event_type)] == [None]


# --- a date in the phrase after the subject's noun dates another act ---

@pytest.mark.parametrize("text", [
    "A suspect in an early February bombing in Mogadishu has been arrested.",
    "The man behind the March attack on a Bamako hotel has been detained.",
])
def test_the_date_of_the_subjects_phrase_is_not_the_acts(text):
    """The bombing's month is not the arrest's: the arrest, the lead's present perfect, takes the report's day."""
    assert [e.date for e in _events(text, "COERCE")] == [PUBLISHED]


def test_a_relative_clause_on_the_acts_own_noun_dates_it():
    """A relative clause on another party is skipped; one on the act's own noun is the act's time."""
    text = ("Tension rose in Juba on Wednesday while investigators examined the blast that destroyed a church in "
            "Gudele the day before.")
    assert [e.date for e in _events(text, "ASSAULT")] == ["2020-05-12"]


def test_the_leads_present_perfect_takes_the_report_day_in_a_story_told_from_months_before():
    text = ("A suspect in an early February car bombing in Mogadishu has been arrested.\n"
            "On Feb. 4, a car bomb exploded at a checkpoint in the Hodan district.\n"
            "On March 2, police received information about a similar plot in Kismayo.")
    assert [e.date for e in _events(text, "COERCE")] == [PUBLISHED]


# --- a stretch opened by a dated "since" clause ---

def test_a_since_clause_with_a_date_opens_a_span_to_the_report():
    text = "The activist has faced threats since she criticised the army last week, a spokesman told reporters."
    assert [e.date for e in _events(text, "THREATEN")] == ["2020-05"]


# --- a statement's "will continue to" is said, and so done, now ---

def test_will_continue_to_call_is_a_present_statement():
    text = "We will continue to call for the release of all political prisoners in Nicaragua."
    assert [e.date for e in _events(text, "REQUEST")] == [PUBLISHED]


# --- a verb the tagger takes for a noun, at the root with a subject ---

def _parsed(words, tags, deps, heads, lemmas) -> Doc:
    return Doc(Vocab(), words=words, tags=tags, deps=deps, heads=heads, lemmas=lemmas)


def test_a_noun_tagged_root_verb_with_a_subject_is_a_present_statement():
    """"The Members of the Council urge the junta ...", with "urge" tagged NN: a noun has no subject of its own."""
    doc = _parsed(["Members", "urge", "the", "junta", "to", "hold", "elections"],
                  ["NNS", "NN", "DT", "NN", "TO", "VB", "NNS"],
                  ["nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "dobj"], [1, 1, 3, 1, 5, 1, 5],
                  ["member", "urge", "the", "junta", "to", "hold", "election"])
    assert told_as_occurrence(doc[1], Habits({}), spoken=True)
    copular = _parsed(["It", "is", "a", "threat"], ["PRP", "VBZ", "DT", "NN"], ["nsubj", "cop", "det", "ROOT"],
                      [3, 3, 3, 3], ["it", "be", "a", "threat"])
    assert not told_as_occurrence(copular[3], Habits({}))


def test_just_happened_is_the_present_perfect():
    doc = _parsed(["He", "has", "been", "arrested"], ["PRP", "VBZ", "VBN", "VBN"],
                  ["nsubjpass", "aux", "auxpass", "ROOT"], [3, 3, 3, 3], ["he", "have", "be", "arrest"])
    assert just_happened(doc[3])
    past = _parsed(["He", "had", "been", "arrested"], ["PRP", "VBD", "VBN", "VBN"],
                   ["nsubjpass", "aux", "auxpass", "ROOT"], [3, 3, 3, 3], ["he", "have", "be", "arrest"])
    assert not just_happened(past[3])


# --- a decimal is no date; an infinitive tells no outcome ---

def test_a_decimal_is_no_date():
    doc = extract(["The US Geological Survey measured the quake in Sulawesi at magnitude 6.4 and 6.3."],
                  published=PUBLISHED)
    assert all(m.value is None for m in doc.mentions if m.type == "DATE")


def test_a_negated_infinitive_gives_no_zero_toll():
    """annotation.md, Tolls: an explicit zero is told of the event ("no one was hurt"); "told the fighters not to
    kill any prisoners" tells what should not be done, not what happened."""
    text = "Gunmen attacked a convoy near Gao on Monday. The imam told the fighters not to kill any prisoners."
    assert [e.fatalities for e in _events(text, "ASSAULT")] == [None]


# --- a length of time written as a modifier places no act away from the report ---

@pytest.mark.parametrize(("text", "event_type"), [
    ("President Hichilema condemned the attack and declared a three-day period of national mourning.", "ACCUSE"),
    ("The army chief condemned the ambush and announced a 72-hour truce in Tigray.", "ACCUSE"),
    ("The court sentenced the former mayor to a 10-year prison term in Bogota.", "SANCTION"),
])
def test_a_duration_modifier_is_no_vague_past(text, event_type):
    """"a three-day period" measures the mourning; unlike "a few years ago" it does not place the act before the
    report, which dates its own undated act (annotation.md, Date)."""
    assert [e.date for e in _events(text, event_type)] == [PUBLISHED]


# --- "recent" and "recently": the stretch just before the report ---

@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The ministers discussed the recent attack on a hospital in Sagaing.", "2020-05-20", "2020-05"),
    ("Houthi forces recently shelled the port of Hodeidah.", "2020-05-20", "2020-05"),
    # the fortnight before the 3rd crosses a month's end: the year holds both
    ("Houthi forces recently shelled the port of Hodeidah.", "2020-05-03", "2020"),
])
def test_a_recent_act_takes_the_span_before_the_report(text, published, expected):
    """annotation.md, Date: a span takes the coarser value that contains it; "recent" is not the report's day."""
    assert [e.date for e in _events(text, "ASSAULT", published=published)] == [expected]
