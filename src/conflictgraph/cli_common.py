"""What every command module shares: messages to stderr and the check of a date option."""

from __future__ import annotations

import re
import sys

import typer


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def _published(value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise typer.BadParameter(f"{value!r} is not a date like 2020-03-04 (or 2020-03, 2020)")
    return value
