"""What every command module shares: where messages go, and the help of an option two commands share."""

from __future__ import annotations

import sys


def to_stderr(message: str) -> None:
    """Print a message (an error, a warning, a summary) to stderr, where messages go; data go to stdout."""
    print(message, file=sys.stderr)


# --processes of extract and ingest: without it, every core for a batch big enough to pay for starting the workers.
PROCESSES_HELP = "Extract with this many worker processes [default: every core for a large batch, else 1]."
