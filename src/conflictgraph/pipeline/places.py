"""Geocode every GPE/LOC/FAC mention offline, preferring places in the countries the document is about."""

from __future__ import annotations

from collections import Counter

from ..gazetteer import Gazetteer
from ..knowledge import Knowledge
from ..model import PLACE_TYPES
from . import DocContext, factory


def document_countries(ctx: DocContext) -> tuple[str, ...]:
    """Alpha-3 codes of the states a document names, the most named first (ties: first named first)."""
    counts: Counter[str] = Counter()
    for mention in ctx.mentions:
        record = ctx.knowledge.get(mention.actor) if mention.actor else None
        if record is not None and record.kind == "state" and record.country:
            counts[record.country] += 1
    return tuple(code for code, _ in counts.most_common())


@factory("places", requires=("mentions", "actor-ids"), provides=("places",))
class Geocode:
    """Resolve place mentions with the gazetteer the stage is given (the built-in one by default)."""

    def __init__(self, knowledge: Knowledge, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, ctx: DocContext) -> None:
        gazetteer = self.gazetteer
        countries = document_countries(ctx)
        for mention in ctx.mentions:
            if mention.type in PLACE_TYPES:
                mention.geo = gazetteer.resolve(mention.text, countries=countries)
        ctx.countries = countries
