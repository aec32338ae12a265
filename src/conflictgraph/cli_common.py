"""What every command module shares: messages to stderr and the check of a date option."""

from __future__ import annotations

import sys

from .cli_checks import check_date


def _err(message: str) -> None:
    print(message, file=sys.stderr)


# A date option (--published, --since, --until): a real calendar date, YYYY-MM-DD, YYYY-MM or YYYY.
_published = check_date

# --processes of extract and ingest: without it, every core for a batch big enough to pay for starting the workers.
PROCESSES_HELP = "Extract with this many worker processes [default: every core for a large batch, else 1]."
