"""A place named as an official's title: "South Carolina Governor Nikki Haley", "Aleppo Mayor X", "Texas Attorney
General X".

The place stands for its own government (PLOVER codes a government by its place; docs/annotation.md, *Relations*:
the head of a government `leads` it, an official of one is a member). The actors stage makes such a place an actor
where no actor stands for it yet; the relations stage ties the official to it with the predicate of the title's
list. The cues are the relation lexicon's ``place_offices`` entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..core.alternation import alternation
from ..knowledge import Knowledge
from ..model import Mention


@dataclass(frozen=True)
class PlaceOffices:
    cue: re.Pattern[str]  # matched right after the place's name; it ends where the official's name begins
    predicates: dict[str, str]  # title (lower case, single spaces) -> predicate

    def official(self, text: str, place: Mention, people: dict[int, Mention]) -> tuple[Mention, str] | None:
        """The person a place names the office of, and the tie the title states; None where none follows."""
        match = self.cue.match(text, place.end)
        person = people.get(match.end()) if match else None
        if match is None or person is None:
            return None
        return person, self.predicates[" ".join(match["title"].lower().split())]


@cache
def place_offices(knowledge: Knowledge) -> PlaceOffices | None:
    """The lexicon's place offices, compiled; None where it lists none."""
    entry = knowledge.lexicon("relations").get("place_offices")
    if not entry:
        return None
    predicates = {t.lower(): predicate for predicate in ("leads", "member_of") for t in entry.get(predicate, [])}
    before = alternation(entry.get("before", []))
    # "South Carolina Governor Nikki Haley", "Aleppo's mayor, X", "Texas Attorney General Ken Paxton"; an
    # abbreviated rank or honorific may come before the name ("Mayor Dr. X").
    cue = re.compile(rf"(?:[’']s)? (?:(?:{before}) )?(?P<title>{alternation(list(predicates))}),? "
                     rf"(?:[A-Z][a-z]{{0,4}}\. )?", re.IGNORECASE)
    return PlaceOffices(cue, predicates)


def people_by_start(mentions: list[Mention]) -> dict[int, Mention]:
    return {m.start: m for m in mentions if m.type == "PERSON" and m.actor}
