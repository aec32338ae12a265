"""conflictgraph: actors, relations, events and claims from news on armed conflict, with their evidence."""

from __future__ import annotations

import logging

from .version import __version__

# A library logs and never configures logging: without a handler of the application's, nothing is printed.
logging.getLogger(__name__).addHandler(logging.NullHandler())

from .api import extract, extract_documents, read_inputs  # noqa: E402
from .model import Actor, Bundle, Claim, Document, Event, Evidence, Location, Mention, Relation  # noqa: E402

__all__ = [
    "Actor", "Bundle", "Claim", "Document", "Event", "Evidence", "Location", "Mention", "Relation",
    "extract", "extract_documents", "read_inputs", "__version__",
]
