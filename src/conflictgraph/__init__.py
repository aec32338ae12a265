"""conflictgraph: actors, relations, events and claims from news on armed conflict, with their evidence."""

from __future__ import annotations

__version__ = "0.1.0"

from .api import extract, extract_documents, read_inputs  # noqa: E402
from .model import Actor, Bundle, Claim, Document, Event, Evidence, Location, Mention, Relation  # noqa: E402

__all__ = [
    "Actor", "Bundle", "Claim", "Document", "Event", "Evidence", "Location", "Mention", "Relation",
    "extract", "extract_documents", "read_inputs", "__version__",
]
