"""The article's home: the town where an event whose clause names no place happened, when the article is local news
(every place it names lies in one country): the town of its dateline, else the town it names most.

"BANTAM — A mason was arraigned ... He was arrested on Monday night" is in Bantam; a story on a stabbing in Edmonton,
London that names Edmonton three times and no other country has its "He was arrested at the scene" there; a
"WASHINGTON —" story that names Syria gives its unplaced events no place; nor does a sentence that names another
town ("brought to New Milford authorities") take the home (issue 12: an event takes the most specific place its
clause or sentence names, then the article's context; a place the text does not tie to it is not given to it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection

from spacy.tokens import Span

from ..core.identity import same_place
from ..gazetteer import Gazetteer
from ..knowledge import builtin_lexicon
from ..model import Location
from . import DocContext
from .place_names import dateline

HOME_LEVELS = ("city", "admin2", "facility")  # a home is a town: a country or a state is no home


def home_place(ctx: DocContext, sentence: Span, anchored: bool = True,
               gazetteer: Gazetteer | None = None, aside: Collection[int] = ()) -> Location | None:
    """The article's home (the dateline's town, else its most-named town, the first named of equals), when every
    place the article names lies in that town's country and ``sentence`` names no other town, nor (with
    ``gazetteer``) a division the town is not in ("BEIJING — ... homes were buried in Sichuan province": the
    dateline is where the reporter is, the sentence puts the act elsewhere; a body named for a division, "West
    Virginia authorities", says where the body is from, not where the act was); else None.

    ``anchored``: the event states an actor, a recipient or a date of its own. Without a dateline only such an event
    takes the most-named town: a bare mention ("residents heard loud blasts", a headline's "rocket strike") is
    seldom an act of its own, and a place would set it apart from the act it retells. A sentence that names the
    town itself anchors its event there ("A Regina teenager is facing a charge after a woman was stabbed").

    ``aside``: the starts of mentions that name where a report was made ("Reporting from Goma, our correspondent
    said ...": docs/annotation.md, Place: not where it was reported from); they are no home, and no other town."""
    match = dateline(ctx.document.text)
    if match is not None:
        start = match.start("place")
        home = next((m.geo for m in ctx.mentions if m.start == start and m.geo is not None), None)
    else:
        towns = [m.geo for m in ctx.mentions if m.geo is not None and m.geo.level in HOME_LEVELS
                 and m.start not in aside]
        named = Counter((g.name, g.country) for g in towns)
        home = max(towns, key=lambda g: named[(g.name, g.country)], default=None)  # max keeps the first of equals
    if home is None or home.level not in HOME_LEVELS or home.country is None:
        return None
    if match is None and not anchored and not any(
            m.geo is not None and (m.geo.name, m.geo.country) == (home.name, home.country)
            and sentence.start_char <= m.start < sentence.end_char
            for m in ctx.mentions):
        return None
    if any(m.geo is not None and m.geo.level in HOME_LEVELS and not same_place(m.geo, home) and m.start not in aside
           and sentence.start_char <= m.start < sentence.end_char for m in ctx.mentions):
        return None
    if gazetteer is not None and any(
            m.type in ("GPE", "LOC") and m.geo is not None and m.geo.level in ("admin1", "admin2")
            and sentence.start_char <= m.start < sentence.end_char
            and not holds(gazetteer, m.geo, home) for m in ctx.mentions):
        return None
    if any(m.type in ("GPE", "LOC") and m.geo is None and m.actor is None and sentence.start_char <= m.start
           < sentence.end_char and ctx.document.text[max(0, m.start - 8):m.start].split()[-1:] in _AT
           for m in ctx.mentions):
        return None  # "attacked a base in Lower Shabelle": the sentence puts the act in a place the gazetteer lacks
    countries = {m.geo.country for m in ctx.mentions if m.geo is not None and m.geo.level != "region"}
    return home if countries <= {home.country} else None


# A place preposition right before a name: the sentence puts something there ("in", "near", "outside"; plover.yaml
# home_preps, read once).
_AT = [[p] for p in builtin_lexicon("plover")["home_preps"]]


def holds(gazetteer: Gazetteer, area: Location, town: Location) -> bool:
    """Whether a division is, or holds, the town (its first-level division; a county only where it is the town's
    own name)."""
    if same_place(area, town):
        return True
    return area.level == "admin1" and area.geonames_id is not None and area.geonames_id in gazetteer.divisions_of(town)
