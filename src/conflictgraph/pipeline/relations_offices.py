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
    after: re.Pattern[str]  # right after the official's name, up to the place: ", the governor of"
    title_before: re.Pattern[str]  # right before the official's name: "Gov." (of "Gov. X of Indiana")
    of_place: re.Pattern[str]  # right after the official's name, up to the place: " of"
    # a title fronted before the place, the official's name in apposition after it: "The governor of Borno State,
    # Babagana Zulum, said"; `fronted` ends where the place begins, `fronted_name` runs from the place to the name
    fronted: re.Pattern[str] | None = None
    fronted_name: re.Pattern[str] | None = None

    def official(self, text: str, place: Mention, people: dict[int, Mention]) -> tuple[Mention, str] | None:
        """The person a place names the office of, and the tie the title states; None where none follows."""
        match = self.cue.match(text, place.end)
        person = people.get(match.end()) if match else None
        if match is None or person is None:
            return None
        return person, self._predicate(match["title"])

    def _predicate(self, title: str) -> str:
        return self.predicates[" ".join(title.lower().split())]

    def ties(self, text: str, places: list[Mention], people: dict[int, Mention]) -> list[tuple[Mention, str, Mention]]:
        """(official, predicate, place) of every office a place's name states with an official's: the place as the
        title before the name ("Indiana Gov. Mike Pence", ``official``), or after it ("Mike Pence, the governor of
        Indiana", "Gov. Mike Pence of Indiana", "Kathleen Wynne, Ontario's premier")."""
        out = []
        starting = {p.start: p for p in places}
        for place in places:
            found = self.official(text, place, people)
            if found is not None:
                out.append((found[0], found[1], place))
            elif self.fronted is not None and self.fronted_name is not None \
                    and (title := self.fronted.search(text[max(0, place.start - 80):place.start])) is not None \
                    and (name := self.fronted_name.match(text, place.end)) is not None \
                    and (person := people.get(name.end())) is not None \
                    and re.match(r"\s*(?:,|\(|$|\.)", text[person.end:]):
                out.append((person, self._predicate(title["title"]), place))
        for person in people.values():
            match = self.after.match(text, person.end)
            if match is not None and (place := starting.get(match.end())) is not None:
                if match["title"]:
                    out.append((person, self._predicate(match["title"]), place))
                elif (title := self.title_before.search(text, max(0, person.start - 40), person.start)) is not None:
                    out.append((person, self._predicate(title["title"]), place))
            possessive = self.of_place.match(text, person.end)
            if possessive is not None and possessive["place"] and (place := starting.get(person.end + len(", "))):
                out.append((person, self._predicate(possessive["title"]), place))
        return out


@cache
def place_offices(knowledge: Knowledge) -> PlaceOffices | None:
    """The lexicon's place offices, compiled; None where it lists none."""
    entry = knowledge.lexicon("relations").get("place_offices")
    if not entry:
        return None
    predicates = {t.lower(): predicate for predicate in ("leads", "member_of") for t in entry.get(predicate, [])}
    before = alternation(entry.get("before", []))
    # a title, and the words that may qualify it ("acting", "former"): "acting governor"
    title = rf"(?:(?:{before}) )?(?P<title>{alternation(list(predicates))})"
    # an abbreviated rank or honorific between the title and the name ("Mayor Dr. X")
    rank = r"(?:[A-Z][a-z]{0,4}\. )?"
    # "of" and the place's name up to where its mention starts: "of Indiana", "of the province of Y", "of Russia's
    # Belgorod region" (a state's name and its possessive before the division's)
    of = r" of (?:the (?:state|province|region|territory) of |the )?(?:(?-i:[A-Z])[\w.-]*[’']s )?"
    # "South Carolina Governor Nikki Haley", "Aleppo's mayor, X", "Texas Attorney General Ken Paxton"
    cue = re.compile(rf"(?:[’']s)? {title},? {rank}", re.IGNORECASE)
    # "X, the governor of Indiana", "X, governor of the province of Y"; "Gov. X of Indiana" (no title after the name:
    # the title is the one right before it)
    after = re.compile(rf"(?:,? (?:the |a )?{title})?{of}", re.IGNORECASE)
    title_before = re.compile(rf"(?<![\w.]){title} {rank}$", re.IGNORECASE)
    # "Kathleen Wynne, Ontario's premier," (the place's mention starts after the comma)
    of_place = re.compile(rf", (?P<place>[A-Z][\w.-]*(?: [A-Z][\w.-]*){{0,2}})[’']s {title}\b", re.IGNORECASE)
    # "The governor of Borno State, Babagana Zulum,", "Kursk's acting governor"'s fronted form: the title opens the
    # sentence or a clause, or follows "the"; the official's name closes the apposition
    fronted = re.compile(rf"(?:^|[.;:]\s+|\b(?:the|The) ){title}{of}$", re.IGNORECASE)
    fronted_name = re.compile(rf"(?: (?:state|province|region|oblast|county|district))?, {rank}", re.IGNORECASE)
    return PlaceOffices(cue, predicates, after, title_before, of_place, fronted, fronted_name)


def people_by_start(mentions: list[Mention]) -> dict[int, Mention]:
    return {m.start: m for m in mentions if m.type == "PERSON" and m.actor}
