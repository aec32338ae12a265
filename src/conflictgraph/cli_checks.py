"""Check the command line's values (dates, event types, formats, store URLs) before a command runs.

Each check is a Typer callback: a bad value ends the command with one line on stderr naming the option, the
value and what it takes, and exit code 2 (a usage error), before anything is read or written.
"""

from __future__ import annotations

import sys
from datetime import date

import typer

from .errors import StoreError
from .model import EVENT_TYPES


def fail(ctx: typer.Context | None, param: typer.CallbackParam | None, message: str) -> None:
    """Print ``error: --option: message`` and end with exit code 2."""
    name = param.opts[0] if param is not None and param.opts else "value"
    print(f"error: {name}: {message}", file=sys.stderr)
    raise typer.Exit(2)


def valid_date(value: str) -> bool:
    """True for a real calendar date written YYYY-MM-DD, YYYY-MM or YYYY."""
    parts = value.split("-")
    if not 1 <= len(parts) <= 3 or [len(p) for p in parts] != [4, 2, 2][:len(parts)] \
            or not all(p.isascii() and p.isdigit() for p in parts):
        return False
    year, month, day = (int(p) for p in parts + ["01"] * (3 - len(parts)))
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def check_date(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str | None:
    """A date option (--published, --since, --until): a real calendar date, YYYY-MM-DD, YYYY-MM or YYYY."""
    if value is not None and not valid_date(value):
        fail(ctx, param, f"{value!r} is not a date like 2020-03-04 (or 2020-03, 2020)")
    return value


def check_event_type(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str | None:
    if value is None:
        return None
    if value.upper() not in EVENT_TYPES:
        fail(ctx, param, f"{value!r} is not a PLOVER event type; one of {', '.join(EVENT_TYPES)}")
    return value.upper()


def check_db(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str | None:
    from .store import parse_url

    if value is not None:
        try:
            parse_url(value)
        except StoreError as exc:
            fail(ctx, param, str(exc))
    return value


def check_choice(option: str, value: str, choices: list[str] | tuple[str, ...]) -> None:
    """End with exit code 2 unless ``value`` is one of ``choices``."""
    if value not in choices:
        print(f"error: {option}: {value!r} is not one of {', '.join(choices)}", file=sys.stderr)
        raise typer.Exit(2)
