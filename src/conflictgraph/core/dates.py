"""Read a date string of metadata ("2019-02-07", "Feb 6, 2019", RFC 2822, "2022-02") at the precision it gives.

The readers use it for sidecars, pages, feeds and JSONL records; the dates stage builds its resolution of
relative expressions on the same month names and the same dateparser set-up.
"""

from __future__ import annotations

import calendar
import os
import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

MONTH = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
MONTH_RE = re.compile(rf"\b(?:{MONTH})\b\.?")
YEAR_RE = re.compile(r"(?<![\d.,])\b(1[89]\d\d|20\d\d)\b(?![.,]?\d)")
NUMERIC_RE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?\b")


def at_period(dt: datetime, period: str) -> str | None:
    """A datetime as ISO text at the precision of dateparser's period: day, month or year."""
    if period in ("day", "time"):
        return dt.date().isoformat()
    return f"{dt.year:04d}-{dt.month:02d}" if period == "month" else f"{dt.year:04d}" if period == "year" else None


_PARSER: Any = None


# The same expressions recur across articles ("January 3", "2019") and dateparser takes milliseconds a call;
# the answer depends on the text alone (the base is fixed), so it is kept.
@lru_cache(maxsize=8192)
def parse_absolute(text: str) -> tuple[datetime, str] | None:
    """Parse an absolute expression with dateparser; the base is fixed so results depend on the text alone."""
    global _PARSER
    if _PARSER is None:
        from dateparser.date import DateDataParser
        # A leap-year base keeps "February 29" parseable; the year is only used when the text gives one.
        _PARSER = DateDataParser(languages=["en"], settings={
            "RELATIVE_BASE": datetime(2000, 6, 15), "PREFER_DAY_OF_MONTH": "first",
            "RETURN_TIME_AS_PERIOD": True, "PREFER_DATES_FROM": "current_period"})
    data = _PARSER.get_date_data(text)
    return (data.date_obj, data.period) if data is not None and data.date_obj is not None else None


def parse_date_string(text: str) -> str | None:
    """Parse a metadata/published date string ("2019-02-07", "Feb 6, 2019", RFC 2822, "2022-02") at its precision."""
    try:
        return _parse_date_string(" ".join(str(text).replace("،", ",").split()))
    except (ValueError, OverflowError):  # a day the calendar lacks ("2019-02-30", "2019-13"): not a date
        return None


@lru_cache(maxsize=4096)
def _parse_date_string(t: str) -> str | None:
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\d{2}:\d{2}.*)?$", t)
    if m:
        date(int(m[1]), int(m[2] or 1), int(m[3] or 1))  # rejects "2019-13" (ValueError); the caller gives None
        return "-".join(p for p in m.groups() if p)
    if not (MONTH_RE.search(t.lower()) or NUMERIC_RE.search(t)) or not YEAR_RE.search(t):
        return None  # relative ("2 hours ago") or yearless strings have nothing to anchor them here
    parsed = parse_absolute(t)
    return at_period(*parsed) if parsed else None


_PRECISION_FORMS = (
    ("day", re.compile(r"\d{4}-\d{2}-\d{2}")), ("week", re.compile(r"\d{4}-W\d{2}")),
    ("month", re.compile(r"\d{4}-\d{2}")), ("year", re.compile(r"\d{4}")),
    ("range", re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?/\d{4}(?:-\d{2}(?:-\d{2})?)?")),
)


def containing(start: str, end: str) -> str | None:
    """The finest calendar value that contains both values (a span from one to the other), or None across years;
    an ISO week nests in no month, so it stays itself or contains nothing else."""
    if "W" in start or "W" in end:
        return start if start == end else None
    return "-".join(os.path.commonprefix([start.split("-"), end.split("-")])) or None


def date_precision(value: str | None) -> str | None:
    """The precision an ISO date string states: day, week, month, year or range (None for no or another form)."""
    if not value:
        return None
    return next((name for name, form in _PRECISION_FORMS if form.fullmatch(value)), None)


def date_bounds(value: str | None) -> tuple[date, date] | None:
    """The first and last day of the period an ISO date string names ("2019-02" -> 1 and 28 February 2019)."""
    precision = date_precision(value)
    if precision is None or value is None:
        return None
    try:
        if precision == "range":
            first, last = (date_bounds(part) for part in value.split("/"))
            return (first[0], last[1]) if first and last else None
        if precision == "week":
            year, week = value.split("-W")
            monday = date.fromisocalendar(int(year), int(week), 1)
            return monday, monday + timedelta(days=6)
        parts = [int(p) for p in value.split("-")]
        if precision == "day":
            return date(*parts), date(*parts)
        if precision == "month":
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(*parts)[1])
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:  # "2019-13", "2019-W60": not a date at all
        return None
