"""The event-data convention for undated events: a news report's own acts happened when it was published.

A wire report ("Gunmen attacked a patrol in Karak, the statement said") or a government statement ("The
Foreign Secretary welcomes ...") dates its own events by its publication; event data sets code such an event
with the report's date (docs/annotation.md, *Date*). An analysis that walks through years of history does not:
there an undated act is background. Two tests keep the convention to where it holds:

- the document is a news report: most of the dates it names fall within a fortnight of its publication (or
  it names none), rather than spreading over months and years;
- the event is told as a single occurrence, in the simple past or present ("condemned", "welcomes"), not as
  a standing state or a habit ("have repeatedly threatened", "continues to fund", "is working to").

The day holds where the report tells nothing on an earlier day. A report that dates its story to days before its
publication ("the bombing on Sunday", in a Monday paper) leaves an act it tells in the simple past without a day
("A militant group condemned the bombing") somewhere between that day and the publication: the act takes the finest
value that holds both (the month, docs/annotation.md, *Date*: a span takes the coarser value that contains it); an act
told in the present ("The Kremlin denies", "has condemned") is still the report's own, of its day.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from spacy.tokens import Token

from ..core.dates import containing, date_bounds
from ..knowledge import word_set
from ..model import Mention

WINDOW = timedelta(days=14)
PLANS = timedelta(days=366)  # how far ahead a report's plans reach


class Habits:
    """The cues of a habit or a stretch of time, from plover.yaml (habitual_adverbs, time_stretches,
    aspectual_verbs)."""

    def __init__(self, lexicon: dict[str, Any]) -> None:
        self.adverbs, self.stretches, self.aspectual, self.prior = (
            word_set(lexicon, key) for key in ("habitual_adverbs", "time_stretches", "aspectual_verbs",
                                               "prior_occasions"))

    def habitual(self, child: Token) -> bool:
        """"repeatedly", or "in recent months", "over the years": a habit or a stretch of time; "in an earlier
        statement", "in a previous interview": an occasion the text places before the news (docs/annotation.md,
        *Undated statements*: such a statement takes what the text gives, else null)."""
        if child.dep_ in ("advmod", "npadvmod") and child.lower_ in self.adverbs:
            return True
        return child.dep_ == "prep" and any(g.dep_ == "pobj" and (g.lower_ in self.stretches or any(
            a.dep_ == "amod" and a.lower_ in self.prior for a in g.children)) for g in child.children)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def is_news_report(published: str | None, mentions: list[Mention]) -> bool:
    """Whether most dates and clock times the document names (bare years aside, where finer ones are named) lie
    within a fortnight before or after its publication, or after it: a report names its news's days and times ("at
    16:53") and its plans ("next year", "late January"); a history told from years later names neither. A single
    day or month far from the publication is one background fact a report gives ("In April, the singer died of an
    overdose"), not a walk through years: a history names two far ones at least (a text naming only years is
    judged by them, as before: "attended an arms fair in 2019. He later awarded ..." is told from years later)."""
    if not published:
        return False
    anchor = _day(published)
    # A bare year ("born in 1994", "since 2013") beside finer dates is background a report gives, not a date it
    # reports on; a text naming only years is judged by them.
    named = [m.value for m in mentions if m.type in ("DATE", "TIME") and m.value]
    finer = [v for v in named if len(v) > 4]
    values = finer or named
    if anchor is None or not values:
        return bool(published)
    near = 0
    for value in values:
        day = _day(value[:10])
        # a period in the year after the publication is a plan the report announces ("next year", "in late
        # January"), which a history told from years later does not name
        if (bounds := date_bounds(value)) is not None and anchor < bounds[0] <= anchor + PLANS:
            near += 1
        elif day is not None:
            near += abs(day - anchor) <= WINDOW
        elif len(value) == 7:  # a month: near when it is the publication's month
            near += value == published[:7]
    far = len(values) - near
    return near >= far or far < 2 and bool(finer)


def story_start(published: str | None, mentions: list[Mention]) -> date | None:
    """The day the report's story opens on, where it is earlier than the publication: the first day, in text order,
    that the document dates anything to within a fortnight before the publication ("A cease-fire ... unraveled on
    Wednesday" in a Wednesday paper opens on the publication day: None; "The court ruled on Tuesday" in a Wednesday
    paper opens the day before)."""
    anchor = _day(published)
    if anchor is None:
        return None
    first = next((day for m in sorted(mentions, key=lambda m: m.start) if m.type in ("DATE", "TIME")
                  and (day := _day((m.value or "")[:10])) is not None and anchor - WINDOW <= day <= anchor), None)
    return first if first is not None and first < anchor else None


def span_to_report(start: str, published: str, otherwise: str | None = None) -> str:
    """The date of an act that lies between ``start`` and the report's publication: the finest calendar value that
    holds both (docs/annotation.md, *Date*: a span takes the coarser value that contains it), the day itself, the
    month, or the year; where none holds both (across a year's end), ``otherwise``, by default the publication's
    year. The one step of every such span: a "since" clause's and "recently"'s (events.py), a story opened on an
    earlier day's (:func:`occurrence_date`), an act chained to the last date's (:func:`chained_date`)."""
    return containing(start, published) or (published[:4] if otherwise is None else otherwise)


def occurrence_date(published: str, start: date | None, verb: Token | None, spoken: bool = False) -> str:
    """The date a report's undated occurrence takes: the publication day, or, when the report tells its story from
    an earlier day (``start``, :func:`story_start`) and the act is told in the simple past, the finest value that
    holds the span from that day to the publication (its month, or its year across a month's end). A verbal act
    (``spoken``: a statement, call, condemnation) with no time of its own is the article's news and takes the
    publication day however early the story opens (docs/annotation.md, *Undated statements*)."""
    if spoken or start is None or verb is None or not _simple_past(verb):
        return published
    return span_to_report(start.isoformat(), published, otherwise=published)


def chained_date(previous: str, published: str | None) -> str | None:
    """The date of an act the text tells as following the one dated last ("Cavusoglu later spoke with Kerry", "The
    rebels retaliated"): after that date and, in a report, no later than its publication. Where the last date is a
    day of the fortnight before the publication, the finest value that holds the span (the day itself when the last
    date is the publication day, its month across days); else the last date's month ("a few days later" can cross
    into another day, seldom another month). A last date known only to its year sets no month to stay in: "later"
    than 2011 in a 2016 report is any time between, which only a value holding both dates (none across years) gives
    (docs/annotation.md, Date: a span takes the coarser value that contains it; a background act with no date of
    its own is null)."""
    if len(previous) == 4 and published:
        return containing(previous, published)
    before, anchor = _day(previous), _day(published)
    if before is None or anchor is None or not anchor - WINDOW <= before <= anchor or published is None:
        return previous[:7]
    return span_to_report(previous, published, otherwise=previous[:7])


def _simple_past(verb: Token) -> bool:
    """Whether the clause a verb is told in is in the simple past ("condemned", "was arrested"): not a present, a
    present perfect ("has condemned") nor a participle of a present clause."""
    while verb.tag_ in ("VBG", "VBN", "VB", "JJ") and verb.dep_ in ("advcl", "conj", "xcomp", "acomp") \
            and verb.head.i != verb.i and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark")
                                                   for c in verb.children):
        verb = verb.head
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    finite = auxiliaries[0] if auxiliaries else verb
    return finite.tag_ == "VBD"


def told_as_occurrence(verb: Token | None, habits: Habits, spoken: bool = False) -> bool:
    """A finite verb telling one act: simple past or present, or a present perfect of news ("has been
    arrested"); not progressive, habitual ("have repeatedly threatened", "in recent months") or aspectual; nor
    inside a clause that tells a habit ("As the militias have grown stronger over the years, the US warned").
    ``spoken``: the act is a verbal one (support, a demand, a condemnation), which a statement performs by saying
    it, so "The UK continues to stand by Iraq" in the present is said, and done, as the statement is published."""
    if verb is None:
        return False
    head = verb.head
    if verb.dep_ == "conj" and head.i != verb.i and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children) and _past_perfect(
            [c for c in head.children if c.dep_ in ("aux", "auxpass")]):
        return False  # "had abducted and killed": a conjunct shares its head's past perfect, whatever its tag (dte)
    if spoken and verb.dep_ == "xcomp" and head.lemma_.lower() in habits.aspectual and (
            head.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
            or head.tag_ == "VB" and [c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")] == ["will"]) \
            and not any(habits.habitual(c) for c in head.children):
        return True  # "The UK continues to stand by Iraq", "we will continue to call for": said, and so done, now
    # A participle clause ("retaliated, shelling the villages") is told in the tense of the verb it hangs on, and so
    # is a bare verb coordinated with a finite one, whose subject and auxiliary it shares ("We are concerned ... and
    # call on all parties"); an adjective's tense is its copula's ("I am deeply concerned and shocked by reports").
    while (verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("advcl", "conj", "xcomp")
           or verb.tag_ == "VB" and verb.dep_ == "conj" or verb.dep_ == "acomp" and verb.pos_ == "ADJ"
           or verb.tag_ == "JJ" and verb.dep_ == "conj") and verb.head.i != verb.i \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in verb.children):
        verb = verb.head
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    finite = auxiliaries[0] if auxiliaries else verb
    # The tagger reads a plural present after a long subject as a base form ("The Members of the Council urge"):
    # a verb with its own subject and no auxiliary is finite whatever its tag.
    # So does a verb it takes for a noun, at the root with a subject and no copula ("The Members of the Security
    # Council urge the Prime Minister-designate to ...": a noun has no subject of its own).
    present = (finite.tag_ == "VB" or finite.tag_ in ("NN", "NNS") and verb.dep_ == "ROOT" and not any(
        c.dep_ == "cop" for c in verb.children)) and not auxiliaries and verb.dep_ in ("ROOT", "conj") and any(
        c.dep_ == "nsubj" for c in verb.children)
    if _past_perfect(auxiliaries):
        return False  # "had agreed", "had been critical": placed before the news (docs/annotation.md, Date)
    if (finite.tag_ not in ("VBD", "VBZ", "VBP") and not present or verb.tag_ == "VBG" and not _going_on(
            verb, auxiliaries) or verb.lemma_.lower() in habits.aspectual):
        return False
    clauses = [verb] + [c for c in verb.children if c.dep_ == "advcl"]
    if any(habits.habitual(c) for v in clauses for c in v.children):
        return False
    head = verb.head
    while verb.dep_ in ("xcomp", "conj") and head.i != verb.i:
        if head.lemma_.lower() in habits.aspectual or any(habits.habitual(c) for c in head.children):
            return False
        verb, head = head, head.head
    return True


def _going_on(verb: Token, auxiliaries: list[Token]) -> bool:
    """A present progressive with no other auxiliary ("is refusing", "are preparing to strike", "are facing
    shelling"): an act going on as the report is published, which the report dates (docs/annotation.md, Date). Not
    "has been fighting" (a stretch up to now), "were preparing" (a past time the text does not give), nor "is going
    to" (the future)."""
    return (len(auxiliaries) == 1 and auxiliaries[0].dep_ == "aux" and auxiliaries[0].lemma_.lower() == "be"
            and auxiliaries[0].tag_ in ("VBZ", "VBP") and verb.lemma_.lower() != "go")


def _past_perfect(auxiliaries: list[Token]) -> bool:
    """A past perfect ("had agreed", "had been arrested"): an act told as before the time the report tells of,
    which the report's date does not date (docs/annotation.md, *Undated statements*: "had said" takes what the
    text gives, else null)."""
    return any(a.dep_ == "aux" and a.lemma_.lower() == "have" and a.tag_ == "VBD" for a in auxiliaries)


def just_happened(verb: Token) -> bool:
    """A present perfect ("has been apprehended", "have agreed"): told as just happened, the report's news."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and bool(auxiliaries) and auxiliaries[0].lemma_.lower() == "have" \
        and auxiliaries[0].tag_ in ("VBZ", "VBP")
