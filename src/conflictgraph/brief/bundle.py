"""A briefing of a bundle, for the ``brief`` exporter: the bundle is put in a temporary store and briefed whole."""

from __future__ import annotations

import tempfile
from pathlib import Path

from ..model import Bundle
from ..store import Store
from .compose import compose
from .formats import html
from .select import Criteria, select


def brief_html(bundle: Bundle) -> str:
    """The HTML briefing of everything a bundle holds (copies are found again as the store finds them)."""
    with tempfile.TemporaryDirectory(prefix="conflictgraph-brief-") as tmp:
        store = Store.open(f"sqlite:///{Path(tmp) / 'bundle.db'}")
        try:
            with store.batch() as writer:
                writer.add(bundle)
            return html(compose(select(store, Criteria())))
        finally:
            store.close()
