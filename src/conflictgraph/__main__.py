"""``python -m conflictgraph``: the command line."""

from .cli import run

run()
