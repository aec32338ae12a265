"""The article's home: the town of its dateline, where an event whose sentence names no place happened, when the
article is local news (every place it names lies in the dateline's country).

"BANTAM — A mason was arraigned ... He was arrested on Monday night" is in Bantam; a "WASHINGTON —" story that
names Syria gives its unplaced events no place (issue 12: an event takes the most specific place its clause or
sentence names, then the article's context; a place the text does not tie to it is not given to it).
"""

from __future__ import annotations

from spacy.tokens import Span

from ..model import Location
from . import DocContext
from .place_names import dateline

HOME_LEVELS = ("city", "admin2", "facility")  # a dateline names a town: a country or a state is no home


def home_place(ctx: DocContext, sentence: Span) -> Location | None:
    """The dateline's town, when every place the article names lies in its country and ``sentence`` names none
    (not even one the event's clause does not reach); else None."""
    match = dateline(ctx.document.text)
    if match is None or any(m.geo is not None and sentence.start_char <= m.start < sentence.end_char
                            and m.start >= match.end() for m in ctx.mentions):  # the dateline's own places aside
        return None
    start = match.start("place")
    home = next((m.geo for m in ctx.mentions if m.start == start and m.geo is not None), None)
    if home is None or home.level not in HOME_LEVELS or home.country is None:
        return None
    countries = {m.geo.country for m in ctx.mentions if m.geo is not None and m.geo.level != "region"}
    return home if countries <= {home.country} else None
