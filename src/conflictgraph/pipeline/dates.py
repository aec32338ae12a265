"""Resolve DATE/TIME mention text to an ISO day, month, year or week against the article's publication date."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span

from ..core.dates import MONTH as _MONTH
from ..core.dates import MONTH_RE as _MONTH_RE
from ..core.dates import NUMERIC_RE as _NUMERIC_RE
from ..core.dates import YEAR_RE as _YEAR_RE
from ..core.dates import at_period as _fmt
from ..core.dates import containing as _containing
from ..core.dates import parse_absolute as _dateparser
from ..model import TIME_TYPES
from . import DocContext, stage

_WD = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_NUM = r"\d+|" + "|".join(_NUMBERS)

_WEEKDAY_RE = re.compile(rf"^(?:(last|this|next|past|coming) )?({_WD})\.?$")
_LEAD_WEEKDAY_RE = re.compile(rf"^(?:{_WD})\.?,?\s+")
_CLOCK_RE = re.compile(r"\b\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?"
                       r"|\b(?:gmt|utc|local time)\b")
_DATE_IN_TEXT_RE = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)? )?(?:{_MONTH})\b\.?"
                              rf"(?: \d{{1,2}}(?:st|nd|rd|th)?\b)?,?(?: \d{{4}}\b)?")
_PART_OF_DAY_RE = re.compile(r"\b(?:morning|afternoon|evening|night|noon|midday|midnight|dawn|dusk)\b")
# Decades, centuries, ages and durations never name a single containing day/month/year/week.
_REJECT_RE = re.compile(r"\b\d{3}0s\b|'\d0s\b|\bdecades?\b|\bcentur(?:y|ies)\b|\bmillenni|\byears? old\b"
                        r"|-old\b|-long\b|\blong\b|\bweeklong\b"
                        r"|^\d+\.\d+$")  # a decimal ("magnitude 6.4"), which dateparser reads as a day and month
_LEAD_RE = re.compile(r"^(?:on|in|by|since|the|of|at|during|from|until|till|before|after|around|about|between"
                      r"|over|throughout|as of|sometime|some time|early|earlier|late|later|mid|middle)(?:\s+|-)")
_SUBPERIOD_RE = re.compile(r"^(?:end|beginning|start|middle|close|turn|rest|first|second|third|fourth|last|final"
                           r"|latter|half|hours|night|morning|afternoon|evening|weekend)\b[\w\s-]*? of (.+)$")
_OF_YEAR_RE = re.compile(r"^(.+?),?\s+(?:of\s+)?(last|this|next) year$")
_RANGE_RE = re.compile(r"\s+(?:thru|through|to|until|till|and)\s+|\s*[–—]\s*|(?<=\d)\s*-\s*(?=\d)")
_AGO_RE = re.compile(rf"^({_NUM}) (day|week|month|year)s? ago$")
_SHIFT_RE = re.compile(rf"^(?:({_NUM}) )?(day|week|month|year)(s?) (later|after|earlier|before)$")
_REL_RE = re.compile(r"^(this|last|next) (week|month|year)$")
_PREV_RE = re.compile(r"^(following|previous|same|that) (day|week|month|year|night|morning|afternoon|evening)$"
                      r"|^(next) (day)$")
_DAY_WORDS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
              "yesterday": -1, "last night": -1, "tomorrow": 1}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_POSSIBLE_AUX = {"could", "may", "might", "can"}
_FUTURE_HEADS = {"expect", "schedule", "plan", "set", "intend", "slate", "due"}

_Value = tuple[int, int | None, int | None, bool]  # (year, month, day, is_iso_week); a week keeps its Thursday


def _parse_value(value: str | None) -> _Value | None:
    """Read an anchor/previous value back into parts; anything unparseable counts as unknown."""
    if not value:
        return None
    m = re.match(r"^(\d{4})-W(\d{2})$", value)
    if m:  # the Thursday always lies in the ISO year, so "that year" after a week stays right
        thu = date.fromisocalendar(int(m[1]), int(m[2]), 4)
        return (thu.year, thu.month, thu.day, True)
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    return (int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None, False) if m else None


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _shift(base: _Value | None, unit: str, n: int, published: bool = False) -> str | None:
    """Move `base` by n units and format at that unit's precision, refusing to invent missing precision.
    ``published``: `base` is the publication date, whose own precision a day's shift keeps."""
    if base is None:
        return None
    y, m, d, is_week = base
    if unit == "year":
        return f"{y + n:04d}" if 1800 <= y + n < 2200 else None  # "2000 years ago" is history, not a date
    if unit == "month":
        if m is None or is_week:  # a week can straddle two months
            return None
        k = y * 12 + (m - 1) + n
        return f"{k // 12:04d}-{k % 12 + 1:02d}"
    if unit == "day" and (n == 0 or published and abs(n) == 1) and d is None and not is_week:
        # "today", "yesterday" in a text dated only to its month or year take that precision (docs/annotation.md,
        # Date: "where the publication date itself is known only to the month or year, relative dates take that
        # precision")
        return _coarse(base)
    if m is None or d is None or (unit == "day" and is_week):
        return None
    day = date(y, m, d)
    return (day + timedelta(days=n)).isoformat() if unit == "day" else _iso_week(day + timedelta(weeks=n))


_WITHIN_A_DAY_RE = re.compile(r"\b(?:overnight|tonight|hours?|minutes?|seconds?)\b")
_DAYS_OR_MORE_RE = re.compile(r"\b(?:days?|weeks?|months?|years?|decades?|centur(?:y|ies)|seasons?)\b")


def within_a_day(text: str) -> bool:
    """Whether a time expression names no more than a part of a day or a few hours ("morning", "overnight", "the
    pre-dawn hours", "minutes"): unresolved, it still places an act on the day the clause or report is about, not
    away from it, as "a few years ago" does."""
    t = text.lower()
    return bool(_PART_OF_DAY_RE.search(t) or _WITHIN_A_DAY_RE.search(t)) and not _DAYS_OR_MORE_RE.search(t)


def moved_by(value: str | None, count: str | None, unit: str) -> str | None:
    """``value`` moved by ``count`` units ("two" "days", "a" "week", "-3" "months"), at the unit's precision (a
    week counts as seven days), or None where the count is no number or the value too coarse for the unit: the
    date of an act a time clause places a measured stretch from another ("two days after ...")."""
    sign = -1 if count and count.startswith("-") else 1
    n = _number(count.lstrip("-").lower() if count else None)
    unit = unit.lower().rstrip("s")
    if n is None or unit not in ("day", "week", "month", "year"):
        return None
    days = n * (7 if unit == "week" else 1)
    return _shift(_parse_value(value), "day" if unit in ("day", "week") else unit,
                  sign * (days if unit in ("day", "week") else n))


def _coarse(base: _Value) -> str:
    """A day near a publication date known only to its month or year: that month or year."""
    y, m, _, _ = base
    return f"{y:04d}-{m:02d}" if m is not None else f"{y:04d}"


def _number(word: str | None) -> int | None:
    return 1 if word is None else int(word) if word.isdigit() else _NUMBERS.get(word)


# "in the summer", "this spring", "last autumn": the year (docs/annotation.md, Date: "in the summer" the year).
_SEASON_RE = re.compile(r"^(?:the\s+)?(?:(this|last|next|past|coming)\s+)?(?:early\s+|late\s+)?"
                        r"(summer|spring|autumn|fall|winter)$")
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


def _season(anchor: _Value, which: str | None, season: str, mode: str) -> str | None:
    """The year of a season named against the anchor: the anchor's own ("this spring"; "in the summer" told of a
    past act, the latest summer begun on or before the anchor, as a yearless month is), or the one before or after
    it ("last summer" in a May article is the year before; in October, the same year). A winter crosses a year's
    end, so only "this" or a bare winter is given (the anchor's year)."""
    year = anchor[0]
    if season == "winter":
        return str(year) if which in (None, "this") else None
    first, last = _SEASON_MONTHS[season]
    month = anchor[1] or 12
    if which == "this" or which is None and anchor[1] is None:
        return str(year)
    if which is None:
        return str(year - 1 if mode == "before" and month < first else year + 1 if mode == "after" and month > last
                   else year)
    if which in ("last", "past"):
        return str(year if month > last else year - 1)
    return str(year if month < first else year + 1)


def _weekday(anchor: _Value | None, wd: int, mode: str) -> str | None:
    """News convention: a bare weekday is in the current week, on or before the anchor unless future; "last" X is the
    week before's. Against a
    publication date known only to its month or year, the weekday takes that precision (docs/annotation.md, Date)."""
    if anchor is None or anchor[3]:
        return None
    if anchor[2] is None:
        return _coarse(anchor)
    a = date(anchor[0], anchor[1], anchor[2])
    if mode in ("after", "next", "coming"):
        return (a + timedelta(days=(wd - a.weekday()) % 7 or 7)).isoformat()
    if mode == "last":
        # "Last Thursday" in an article of a Friday is the Thursday of the week before (docs/annotation.md, Date):
        # "last" names the weekday of the calendar week (Monday to Sunday) before the publication's.
        return (a - timedelta(days=a.weekday() - wd + 7)).isoformat()
    back = (a.weekday() - wd) % 7 or (7 if mode == "past" else 0)
    return (a - timedelta(days=back)).isoformat()


def _month_day(month: int, day: int | None, anchor: _Value | None, mode: str) -> str | None:
    """Give a yearless month (and day) the year that puts it on/before (past) or on/after (future) the anchor."""
    if anchor is None or anchor[1] is None or anchor[3]:
        return None
    ay, am, ad, _ = anchor
    # Compare at the precision both sides share; "last March" in a March article means a year ago.
    here, there = ((month, day), (am, ad)) if ad and day and mode not in ("last", "next") else ((month,), (am,))
    year = {"this": ay, "last": ay - (here >= there), "next": ay + (here <= there),
            "after": ay + (here < there)}.get(mode, ay - (here > there))
    # date() rejects "February 29" in a common year; resolve_date turns that into None.
    return f"{year:04d}-{month:02d}" if day is None else date(year, month, day).isoformat()


def _absolute(t: str, anchor: _Value | None, mode: str) -> str | None:
    """Dates written with a month name or in numeric form: dateparser reads them, our rules supply a missing year."""
    t = _LEAD_WEEKDAY_RE.sub("", t)
    m = re.match(rf"^(last|this|next) (?=(?:{_MONTH})\b)", t)
    if m:
        mode, t = m[1], t[m.end():]
    parsed = _dateparser(t)
    if parsed is None:  # dateparser refuses surrounding words ("the December 2019 elections"): retry the date alone
        m = _DATE_IN_TEXT_RE.search(t)
        if m and m[0].strip(" ,") != t:
            t = m[0].strip(" ,")
            parsed = _dateparser(t)
    if parsed is None:
        return None
    dt, period = parsed
    if _YEAR_RE.search(t) or re.match(r"^\d{4}-\d{2}", t):
        return _fmt(dt, period)
    if period not in ("day", "time", "month"):
        return None
    return _month_day(dt.month, dt.day if period != "month" else None, anchor, mode)


def _clean(text: str) -> str:
    t = " ".join(text.lower().replace("،", ",").replace("’", "'").split()).strip(" ,.;:!?\"'()")
    t = re.sub(r"^(?:the )?(?:(?:early|late) )?hours of ", "", t)
    prev = None
    while prev != t:
        prev, t = t, _LEAD_RE.sub("", t).strip(" ,")
    return t


# A date the tagger runs into the stretch of a time clause after it ("on Tuesday, days after ...", "on Sunday, just
# weeks after ..."): the stretch measures the clause, the date is the one before the comma.
_TRAILING_STRETCH_RE = re.compile(rf"^(.+?),\s+(?:just\s+|only\s+|barely\s+)?(?:(?:a\s+few|several|some|{_NUM})\s+)?"
                                  r"(?:hours|days|weeks|months|years)$")


def _resolve(text: str, anchor_s: str | None, previous_s: str | None, future: bool) -> str | None:
    said = " ".join(text.lower().split()).strip(" ,.;:!?\"'()")
    if (head := _TRAILING_STRETCH_RE.match(said)) is not None:
        return _resolve(head.group(1), anchor_s, previous_s, future)
    if _OVER_AGO_RE.match(said):
        return None  # "over six years ago" is a bound, as "more than six years ago" is: no one year holds it
    stretch = _STRETCH_RE.fullmatch(said)
    if stretch:
        return _stretch(stretch, _parse_value(anchor_s), anchor_s)
    t = _clean(text)
    if not t or _REJECT_RE.search(t):
        return None
    anchor, previous = _parse_value(anchor_s), _parse_value(previous_s)
    mode = "after" if future else "before"
    if len(set(_YEAR_RE.findall(t))) > 1:
        return None  # spans several years: no allowed shape contains it
    if _CLOCK_RE.search(t):
        t = _CLOCK_RE.sub(" ", t).strip(" ,")
        t = re.sub(r"^(?:on|at|in|of)\s+|\s+(?:on|at|in|of)$", "", t).strip(" ,")
        if not t:
            return _shift(anchor, "day", 0)  # a bare clock time is taken to be on the publication day
    t = "yesterday" if t == "last night" else t
    if not t.startswith(("that ", "this ")):  # "this morning" is today and "that night" follows `previous`
        t = " ".join(_PART_OF_DAY_RE.sub(" ", t).split())
    if not t:
        return None  # a bare part of day ("morning") could be any day
    if t in _DAY_WORDS:
        return _shift(anchor, "day", _DAY_WORDS[t], published=True)
    if not _NUMERIC_RE.fullmatch(t):
        parts = _RANGE_RE.split(t, maxsplit=1)
        if len(parts) == 2:
            return _range(parts[0].strip(" ,"), parts[1].strip(" ,"), anchor_s, previous_s, future)
    m = _OF_YEAR_RE.match(t)
    if m and anchor is not None:
        t = f"{m[1]} {anchor[0] + {'last': -1, 'this': 0, 'next': 1}[m[2]]}"
    m = _SUBPERIOD_RE.match(t)
    if m:
        return _resolve(m[1], anchor_s, previous_s, future)
    m = _REL_RE.match(t)
    if m:
        return _shift(anchor, m[2], {"this": 0, "last": -1, "next": 1}[m[1]])
    m = _AGO_RE.match(t)
    if m:
        n = _number(m[1])
        return _shift(anchor, m[2], -n) if n else None
    m = _PREV_RE.match(t)
    if m:  # "next day" follows the narrative; "next week/month/year" (above) follow the anchor
        n = {"next": 1, "following": 1, "previous": -1, "same": 0, "that": 0}[m[1] or m[3]]
        unit = m[2] or m[4]
        return _shift(previous, unit if unit in ("day", "week", "month", "year") else "day", n)
    m = _SHIFT_RE.match(t)
    if m:  # "a few days later" / "days later": no count, so no value can be given
        n = _number(m[1]) if m[1] or not m[3] else None
        return _shift(previous, m[2], n if m[4] in ("later", "after") else -n) if n else None
    m = _SEASON_RE.match(t)
    if m and anchor is not None and (m[1] or m[2] != "fall"):
        return _season(anchor, m[1], m[2], mode)
    m = re.match(r"^(?:(last|this|next|past|coming) )?weekend$", t)
    if m:
        if anchor is None or anchor[2] is None or anchor[3]:
            return None
        sat = _weekday(anchor, 5, "after" if m[1] in ("next", "coming") or (future and m[1] != "last") else "before")
        return _iso_week(date.fromisoformat(sat)) if sat else None
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", t)
    if m and anchor is not None and anchor[2] is not None and not anchor[3] and 1 <= int(m[1]) <= 31:
        # "on the 12th": that day of the anchor's month, or of the month before where it is past the anchor's day
        # (after it, for a future act); annotation.md, Date: the precision the text supports
        ay, am, ad, _ = anchor
        back = int(m[1]) > ad if mode == "before" else int(m[1]) < ad
        step = (-1 if mode == "before" else 1) if back else 0
        year, month = divmod((ay * 12 + am - 1) + step, 12)
        try:
            return date(year, month + 1, int(m[1])).isoformat()
        except ValueError:
            return None
    m = _WEEKDAY_RE.match(t)
    if m:
        wd = "mon tue wed thu fri sat sun".split().index(m[2][:3])
        return _weekday(anchor, wd, m[1] if m[1] in ("last", "past", "next", "coming") else mode)
    if _MONTH_RE.search(t) or _NUMERIC_RE.search(t):
        found = _absolute(t, anchor, mode)
        if found:
            return found
    # The one explicit year contains whatever else the text says ("late 2012", "Q4 2019"), unless the
    # number counts units ("2000 years").
    years = _YEAR_RE.findall(t)
    if years and not re.search(rf"{years[0]}[\s-]*(?:days?|weeks?|months?|years?|hours?)\b", t):
        return years[0]
    return None


_OVER_AGO_RE = re.compile(r"(?:(?:in|from|since)\s+)?(?:over|more\s+than)\s+\S+(?:\s+\S+)?\s+ago$")
# "over | six years ago": the bound the tagger left out of the mention.
_BOUND_BEFORE_RE = re.compile(r"\b(?:over|more\s+than)\s+$", re.IGNORECASE)
# "over the past year", "in the last two weeks": a stretch that ends at the report, not the calendar unit before it.
_STRETCH_RE = re.compile(rf"(?:(?:over|in|during|throughout|for|within)\s+)?the\s+(?:last|past)\s+"
                         rf"(?:({_NUM}|few|several)\s+)?(day|week|month|year)s?")


def _stretch(m: re.Match[str], anchor: _Value | None, anchor_s: str | None) -> str | None:
    """The finest value that holds a stretch from n units before the publication date to it ("over the past year" in
    a 2015 report spans two years: none; "in the past two weeks" on 20 December: December), per docs/annotation.md,
    Date (a span takes the coarser value that contains it)."""
    n = _number(m[1]) if m[1] not in ("few", "several") else None
    if n is None or anchor is None or anchor_s is None:
        return None
    unit, n = ("day", 7 * n) if m[2] == "week" else (m[2], n)
    start = _shift(anchor, unit, -n)
    return _containing(start, anchor_s[:len(start)]) if start else None


_DURATION_RE = re.compile(r"\d+\s*(?:days?|weeks?|months?|years?)")


def _range(a: str, b: str, anchor_s: str | None, previous_s: str | None, future: bool) -> str | None:
    """A range resolves to the finest value containing both ends ("October 1 thru December 31, 2018" -> "2018")."""
    if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", a):
        a += re.sub(r"^\d{1,2}(?:st|nd|rd|th)?", "", b)  # "5-7 January 2019"
    m = re.match(rf"^(?:{_WD})?\.?,?\s*((?:{_MONTH})\.?)\s", a)
    if m and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?(?:,?\s*\d{4})?", b):
        b = f"{m[1]} {b}"  # "January 5-7, 2019"
    year = _YEAR_RE.search(b)
    if year and not _YEAR_RE.search(a):
        a = f"{a} {year[1]}"
    ra, rb = _resolve(a, anchor_s, previous_s, future), _resolve(b, anchor_s, previous_s, future)
    if ra is not None and rb is None and _DURATION_RE.fullmatch(b):
        return ra  # "sentenced on Wednesday to 20 years": the tagger ran a day into the sentence's length
    if ra is None or rb is None:
        return None
    return _containing(ra, rb)  # weeks do not nest in months, so only an identical week contains both


_resolve_cached = lru_cache(maxsize=16384)(_resolve)


def _is_future(sentence: Any, text: str, modal: bool = False) -> bool:
    """True when the verb governing the mention is future ("will resume", "going to meet", "expected to go").
    ``modal``: a modal of possibility before a bare verb counts too ("strikes could begin as early as December
    22"): for a date with a month, which a possible act can only have ahead of the report; not for a weekday,
    where "could not confirm on Monday" tells a past day."""
    i = sentence.text.lower().find(text.lower())
    span = sentence.char_span(i, i + len(text), alignment_mode="expand") if i >= 0 else None
    tok = span.root if span is not None else sentence[:].root  # mention not found: judge the main verb
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:  # Token objects are rebuilt: compare indices
        tok = tok.head
    # A participle clause is told in its verb's tense: "will return to the Gulf, visiting Saudi Arabia on 11 December".
    while tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj") and tok.head.i != tok.i and not any(
            c.dep_ in ("aux", "nsubj", "mark") for c in tok.children):
        tok = tok.head
    while True:
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in tok.children):
            return True
        if modal and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in _POSSIBLE_AUX for c in tok.children):
            return True
        if tok.dep_ != "xcomp":
            return False
        tok = tok.head
        if tok.lemma_ in _FUTURE_HEADS or (tok.lemma_ == "go" and tok.tag_ == "VBG"):
            return True


def resolve_date(text: str, anchor: str | None, *, previous: str | None = None, sentence: Any = None,
                 forward: bool = False) -> str | None:
    """Resolve a DATE/TIME expression to 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or ISO week 'YYYY-Www'
    at the precision the text supports.

    Relative expressions resolve against `anchor` (the publication date) and never more finely than it allows;
    "the next day", "two days later", "that year" resolve against `previous`, the document's last resolved value.
    Bare weekdays and yearless months default to the most recent one on or before the anchor; a future-tense
    governing verb in `sentence` (will/shall/going to/expected to) or "next" picks the next one instead.
    Vague counts ("a few days later", "days later") return None: no single day follows, and falling back to
    `previous`'s month would be wrong whenever the few days cross a month end. Ranges give the finest value
    containing both ends, or None across years; durations, decades, ages and vague spans give None.
    `forward`: the anchor is a story's last named date, not a publication date, so yearless dates fall on or
    after it.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    # An anchor or previous value that is not text is unknown, as an unparseable one is.
    anchor, previous = (v if isinstance(v, str) else None for v in (anchor, previous))
    key = " ".join(text.split())
    low = key.lower()
    future = forward
    # Only a spaCy sentence (Span or Doc) has a governing verb to read; anything else keeps the past default.
    if isinstance(sentence, (Span, Doc)) and (_MONTH_RE.search(low) or re.search(rf"\b(?:{_WD}|weekend)\b", low)) \
            and not _YEAR_RE.search(low):
        future = _is_future(sentence, key, modal=bool(_MONTH_RE.search(low)))
    try:
        return _resolve_cached(low, anchor, previous, future)
    except (ValueError, OverflowError):
        # A day the calendar lacks ("February 29" of a common year, week 53 of a 52-week year) or a shift past
        # its range ("3000 years later"): no date, not an error.
        return None


@stage("dates", requires=("mentions",), provides=("dates",))
def resolve_dates(ctx: DocContext) -> None:
    """Give every DATE/TIME mention its value, against the publication date and the date last mentioned."""
    previous: str | None = None
    previous_sentence = -2
    for mention in ctx.mentions:
        if mention.type not in TIME_TYPES:
            continue
        span = ctx.mention_span(mention)
        sentence = span.sent if span else None
        said = mention.text
        if said.rstrip().lower().endswith(" of") and (rest := _NAMED_DAY_RE.match(ctx.document.text, mention.end)):
            said = f"{said.rstrip()} {rest[1]}"  # the tagger cut "the early hours of | Sunday"
        if _MONTH_RE.search(said.lower()) and not _YEAR_RE.search(said) and (
                year := _CUT_YEAR_RE.match(ctx.document.text, mention.end)):
            said = f"{said.rstrip(' ,')} {year[1]}"  # the tagger cut "October | 2005.[4]": the year it goes on to name
        if _BOUND_BEFORE_RE.search(ctx.document.text, max(0, mention.start - 12), mention.start):
            said = "over " + said  # "over | six years ago" is a bound, not a year (_OVER_AGO_RE)
        here = sentence.start if sentence is not None else -1
        near = sentence is not None and previous_sentence >= _sentence_before(sentence)
        if near and previous and _same_weekday(said, previous):
            # "on Saturday, Sept. 8, 2018 ... vowed a response Saturday": the day just named, not this week's.
            mention.value = previous
        else:
            # Undated text (an encyclopedia article) tells its story in order: "in early November 2005 ... On 5
            # November" takes its year from the date last named, as a reader does.
            if ctx.document.published or not previous or len(previous) < 7:
                mention.value = resolve_date(said, ctx.document.published, previous=previous, sentence=sentence)
            else:
                mention.value = resolve_date(said, previous, previous=previous, forward=True)
        text = ctx.document.text
        since = _SINCE_RE.search(text, max(0, mention.start - 16), mention.start) and not re.match(
            r"['’]s?\b", text[mention.end:mention.end + 2])
        if mention.value and ctx.document.published and since:
            # "since July this year" runs from July to the report: the finest value that contains the span (not
            # "since last year's attacks", where the date is the attacks')
            mention.value = _containing(mention.value, ctx.document.published)
        if mention.value:
            previous, previous_sentence = mention.value, here
    _join_coordinated(ctx)


# Two dates the tagger split at a coordination: "on Monday | and | Tuesday", "between 28 February | and | 3 March".
_COORDINATED_RE = re.compile(r"\s+(?:and|to|through|until)\s+|\s*[–—-]\s*")


def _join_coordinated(ctx: DocContext) -> None:
    """Two dates of one phrase joined by "and" or "to" ("on Monday and Tuesday", "between 28 February and 3 March")
    name one span, which takes the finest value holding both ends (docs/annotation.md, *Date*: a span takes the
    coarser value that contains it; none across a year's end); days and months only, each resolved: two years
    ("in 2014 and 2015") are two times, and a week nests in no month."""
    dates = [m for m in ctx.mentions if m.type == "DATE"]
    text = ctx.document.text
    for one, other in zip(dates, dates[1:], strict=False):
        if not one.value or not other.value or not _COORDINATED_RE.fullmatch(text[one.end:other.start]):
            continue
        if "W" in one.value + other.value or len(one.value) < 7 or len(other.value) < 7 or one.value > other.value:
            continue
        span = _containing(one.value, other.value)
        one.value = other.value = span


# The day a cut time phrase goes on to name: "the early hours of | Sunday", "the night of | 3 May".
_NAMED_DAY_RE = re.compile(rf"\s+((?:{_WD})\b|\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTH})\b|(?:{_MONTH})\.? \d{{1,2}}\b)",
                           re.IGNORECASE)
# A year right after a month the tagger ended the mention on: "in October | 2005.[4][5]", "May 6, | 2019".
_CUT_YEAR_RE = re.compile(r",?\s*((?:1[89]|20)\d\d)(?![\w-])")
_SINCE_RE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _sentence_before(sentence: Any) -> int:
    """The start token of the sentence before ``sentence`` (or its own start, if it is the first)."""
    if sentence.start == 0:
        return 0
    return sentence.doc[sentence.start - 1].sent.start


def _same_weekday(text: str, value: str) -> bool:
    """True if ``text`` is a bare weekday and ``value`` a full date falling on it."""
    match = _WEEKDAY_RE.match(_clean(text))
    if not match or match.group(1) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    weekday = ("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(match.group(2)[:3])
    return date.fromisoformat(value).weekday() == weekday
