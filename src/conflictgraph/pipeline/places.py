"""Geocode every place mention offline, using what the document says: the states it names, the division or country
a name is qualified by ("Rome, Ga.", "Hodeidah governorate"), and the other places it names (a consistent set:
"Georgia" next to Atlanta is the state). A demonym of a named state ("Turkish") points at that state."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from pathlib import Path

from ..gazetteer import Gazetteer, normalize
from ..knowledge import Knowledge, guess_kind
from ..model import PLACE_TYPES, Location, Mention
from . import DocContext, factory
from .place_names import BIG_CITY, SMALL_TOWN, names_in_name

# ", Ga." / ", Georgia" right after a name: the division or country it lies in.
# Not when the sentence goes on with a word the name qualifies ("in Russia, U.S. officials said"); a word that
# opens a clause or a phrase may follow ("Queensland, Australia when she was seven", "Aleppo, Syria on Monday").
_GOES_ON = r"(?!(?:and|or|but|on|in|at|for|from|to|with|by|when|where|while|after|before|since|until|last|this)\b)"
_QUALIFIER = re.compile(rf",\s*([A-Z][\w.'’-]*+(?:\s+[A-Z][\w.'’-]*+){{0,3}})(?!\s+{_GOES_ON}[a-z])")
# "Hodeidah governorate" where the designator was left out of the mention.
_DESIGNATOR = re.compile(r"\s+(province|governorate|state|county|district|oblast|region|prefecture|department)\b", re.I)
# "New York Gov. X", "the Kharkiv governor": the name before a division head's title is the division it heads.
_HEADS = [line.strip() for line in (Path(__file__).parent.parent / "data" / "division_heads.txt").read_text(
    encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
_HEAD = re.compile(r"\s+(?:" + "|".join(re.escape(h) for h in sorted(_HEADS, key=len, reverse=True)) + r")(?!\w)", re.I)
# A local telephone number of the North American plan ("519-661-5670", "(519) 661-5670"): its area code says where
# the story is (data/area_codes.tsv).
_PHONE = re.compile(r"(?<![\d-])\(?([2-9]\d{2})\)?[-. ]\d{3}[-. ]\d{4}(?![\d-])")
_AREA_CODES = dict(line.split("\t") for line in (Path(__file__).parent.parent / "data" / "area_codes.tsv").read_text(
    encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))
AREAS = ("admin1", "country")
ROUNDS = 2  # rounds of resolving each name with the others' places as context
BIG_DIVISION = 1_000_000  # a division this big may place an organisation named for it with no other context


def document_countries(ctx: DocContext) -> tuple[str, ...]:
    """Alpha-3 codes of the states a document names, the most named first (ties: first named first)."""
    return tuple(code for code, _ in _state_counts(ctx).most_common())


def _state_counts(ctx: DocContext, places: bool = True) -> Counter[str]:
    counts: Counter[str] = Counter()
    for mention in ctx.mentions:
        if (places or mention.type not in PLACE_TYPES) and (code := _state_of(ctx, mention)) is not None:
            counts[code] += 1
    return counts


def _state_of(ctx: DocContext, mention: Mention) -> str | None:
    """The state a mention names; not for a capital ("Tripoli" stands for Libya, but may be Lebanon's Tripoli)."""
    record = ctx.knowledge.get(mention.actor) if mention.actor else None
    if record is None or record.kind != "state" or not record.country or mention.text in record.capitals:
        return None
    return record.country


@factory("places", requires=("mentions", "actor-ids"), provides=("places",))
class Geocode:
    """Resolve place mentions with the gazetteer the stage is given (the built-in one by default)."""

    def __init__(self, knowledge: Knowledge, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        # A state's adjective opening a name ("Syrian government") -> the state's country code.
        self.demonyms = {d: r.country for r in knowledge.states() if r.country for d in r.demonyms
                         if not d.endswith("s") or d.endswith("ss")}

    def __call__(self, ctx: DocContext) -> None:
        gazetteer = self.gazetteer
        # The states named other than as places ("Turkish troops", "Iraqi officials"): a place name counts below,
        # through what it resolves to, and never as evidence for itself.
        states = _state_counts(ctx, places=False)
        # The areas the story's telephone numbers serve are context as the states it names are ("London police at
        # 519-...": London, Ontario, in a story that names no country)
        dialled = _dialled(ctx.document.text, gazetteer)
        states.update(area.country for area in dialled if area.country)
        countries = tuple(code for code, _ in states.most_common())
        places = [m for m in ctx.mentions if m.type in PLACE_TYPES]
        names = {id(m): _name(ctx.document.text, m) for m in places}
        # A collective's name that opens with a place ("London police", "Turkish troops") is placed by it, as a
        # demonym is; its place name is context for the others like any place the article names.
        groups = [m for m, source in zip(ctx.mentions, ctx.mention_sources, strict=True) if source == "group"]
        opening = {id(m): found for m in groups if (found := _group_opening(ctx, m)) is not None}
        named_places = places + [m for m in groups if id(m) in opening and opening[id(m)][1] != "NORP"]
        names.update({key: text for key, (text, label) in opening.items() if label != "NORP"})
        qualifiers = _qualifiers(ctx.document.text, places, gazetteer, countries)
        # First pass: each name alone, with the states the document names.
        first = {id(m): gazetteer.resolve(names[id(m)], countries=countries, within=qualifiers.get(id(m)))
                 for m in named_places}
        # An organisation or a facility named for a place ("Kentucky State Police", "University of Manitoba",
        # "Syrian government") is placed by it, when the place is consistent with the rest of the article.
        # in a fixed order: the states the document names, most named first, then those its places resolved to (a set's
        # order would change with the interpreter's string hashing, and with it the place a name resolves to)
        known = tuple(dict.fromkeys([*countries, *sorted({loc.country for loc in first.values()
                                                          if loc is not None and loc.country})]))
        # the towns the article names as places itself: a body named for one is placed by it however small the town
        # ("BANTAM — ... was arraigned in Bantam Superior Court")
        towns = {(normalize(names[id(m)]), loc.geonames_id) for m in places if (loc := first[id(m)]) is not None
                 and loc.level == "city"}
        by_demonym: dict[int, Location | None] = {}
        for mention, source in zip(ctx.mentions, ctx.mention_sources, strict=True):
            record = ctx.knowledge.get(mention.actor) if mention.actor else None
            if mention.type == "ORG" and (source == "ner" and record is None or record is not None
                                          and record.kind == "state" or source == "group" and id(mention)
                                          not in opening and _body(ctx.knowledge, mention)) or mention.type == "FAC" \
                    and first.get(id(mention)) is None:
                found = self._place_in_name(ctx, mention, known, towns)
                if isinstance(found, Location):
                    by_demonym[id(mention)] = found
                elif found is not None:
                    names[id(mention)], first[id(mention)] = found
                    if mention.type == "ORG":
                        named_places.append(mention)
        # Then in rounds: the places found so far are context too (their countries, their first-level divisions),
        # each distinct name counted once and never as evidence for itself; a name's new sense is context for the
        # names after it at once. The round whose places agree best with each other wins ("Adair County" and
        # "Columbia" by "Kentucky" are all Kentucky's).
        named: dict[str, Location] = {}
        for mention in named_places:
            if (location := first[id(mention)]) is not None and location.level != "region":
                named.setdefault(normalize(names[id(mention)]), location)
        counts, near = states.copy(), Counter(area.geonames_id for area in dialled
                                              if area.level == "admin1" and area.geonames_id is not None)
        for location in named.values():
            counts.update([location.country] if location.country else [])
            near.update(gazetteer.divisions_of(location))
        leaders = {normalize(names[id(m)]): id(m) for m in reversed(named_places)}
        best: tuple[float, dict[int, Location | None]] = (-1.0, {})
        for _ in range(ROUNDS):
            for mention in named_places:
                key = normalize(names[id(mention)])
                own = named.get(key)
                mine = Counter([own.country] if own is not None and own.country else [])
                context = tuple(code for code, _ in (counts - mine).most_common())
                around = near - Counter(gazetteer.divisions_of(own)) if own is not None else near
                mention.geo = gazetteer.resolve(names[id(mention)], countries=context, near=around,
                                                within=qualifiers.get(id(mention)))
                if mention.type in PLACE_TYPES and (area := qualifiers.get(mention.start)) is not None:
                    mention.geo = area
                if leaders[key] == id(mention) and mention.geo != own and (
                        mention.geo is not None and mention.geo.level != "region"):
                    if own is not None:
                        counts -= mine
                        near -= Counter(gazetteer.divisions_of(own))
                    named[key] = mention.geo
                    counts.update([mention.geo.country] if mention.geo.country else [])
                    near.update(gazetteer.divisions_of(mention.geo))
            if (agree := self._consistency(named_places, names)) > best[0]:
                best = (agree, {id(m): m.geo for m in named_places})
        for mention in named_places:
            mention.geo = best[1].get(id(mention))
        for mention in ctx.mentions:
            if mention.type == "NORP" and (code := _state_of(ctx, mention)) is not None:
                mention.geo = gazetteer.country(code)
            elif id(mention) in by_demonym:
                mention.geo = by_demonym[id(mention)]
        for mention in groups:
            if id(mention) in opening and opening[id(mention)][1] == "NORP":
                record = next((r for r in ctx.knowledge.states() if opening[id(mention)][0] in r.demonyms), None)
                mention.geo = gazetteer.country(record.country) if record is not None and record.country else None
        ctx.countries = document_countries(ctx)


    def _consistency(self, mentions: list[Mention], names: dict[int, str]) -> float:
        """How well the distinct places the mentions resolved to agree: pairs in one first-level division count
        1, pairs in one country a half."""
        places: dict[str, Location] = {}
        for mention in mentions:
            if mention.geo is not None and mention.geo.level != "region":
                places.setdefault(normalize(names[id(mention)]), mention.geo)
        found = [(p.country, set(self.gazetteer.divisions_of(p))) for p in places.values()]
        return sum(1.0 if a[1] & b[1] else 0.5 if a[0] and a[0] == b[0] else 0.0
                   for i, a in enumerate(found) for b in found[i + 1:])

    def _place_in_name(self, ctx: DocContext, mention: Mention, known: tuple[str, ...],
                       towns: Collection[tuple[str, int | None]] = ()) -> Location | tuple[str, Location] | None:
        """The place an organisation's or a facility's name names: a state's demonym gives the state's Location;
        another name (name, its Location) when it is a country, or a division or a town of 10,000 people (under
        its own name) in a country the article is about, or a division of a million or a city of 100,000 under its own
        name when nothing else places the article; a county only with its designator. ``towns``: the (name, id) of
        the towns the article names as places itself, which place a body named for them whatever their size."""
        gazetteer = self.gazetteer
        for start, end in names_in_name(mention.text):
            name = mention.text[start:end]
            record = self.demonyms.get(name)
            if record is not None:
                return gazetteer.country(record)
            if gazetteer.is_common_word(name):
                continue
            place = gazetteer.resolve(name, countries=known, loose=False)
            if place is None or place.level not in ("country", "admin1", "admin2", "city"):
                continue
            own, people = normalize(place.name) == normalize(name), gazetteer.population(place)
            if place.level == "city" and own and (normalize(name), place.geonames_id) in towns:
                return name, place  # "Bantam Superior Court" in a story whose dateline is BANTAM
            if place.level == "country" or place.country in known and (
                    place.level == "admin1" or place.level == "admin2" and _DESIGNATOR.search(" " + name)
                    or place.level == "city" and people >= SMALL_TOWN and own):
                return name, place
            if not known and own and (place.level == "admin1" and people >= BIG_DIVISION
                                      or place.level == "city" and people >= BIG_CITY):
                return name, place  # nothing else places the article: a big division or city under its own name
        return None


def _body(knowledge: Knowledge, mention: Mention) -> bool:
    """Whether a collective the tagger left unplaced is a body with a jurisdiction ("Danbury police", "the Cairns
    juvenile justice unit"), whose name's place is where it acts; an armed group's ("Donetsk separatists") says
    only where it is from, and is left to the tagger."""
    return guess_kind(knowledge, mention.text, mention.type) in ("government", "organization")


def _dialled(text: str, gazetteer: Gazetteer) -> list[Location]:
    """The divisions (or countries) the text's local telephone numbers serve, once each."""
    out: list[Location] = []
    for match in _PHONE.finditer(text):
        code = _AREA_CODES.get(match[1])
        area = (gazetteer.division(code) if "-" in code else gazetteer.country(code)) if code else None
        if area is not None and area not in out:
            out.append(area)
    return out


def _group_opening(ctx: DocContext, mention: Mention) -> tuple[str, str] | None:
    """The name a collective's name opens with, as spaCy tags it, and its label: ("London", "GPE") in "London
    police", ("Turkish", "NORP") in "Turkish police". The group stays one actor mention."""
    for ent in ctx.mention_span(mention).ents:
        if ent.start_char == mention.start and ent.end_char < mention.end and ent.label_ in ("NORP", "GPE", "LOC"):
            return ent.text, ent.label_
    return None


def _name(text: str, mention: Mention) -> str:
    """The mention's text, with the designator that follows it when the mention left it out; a name before a division
    head's title ("New York Gov.", "the Kharkiv governor") is read as a division's ("New York state")."""
    if (match := _DESIGNATOR.match(text, mention.end)) and not _DESIGNATOR.search(mention.text):
        return mention.text + " " + match[1]
    if _HEAD.match(text, mention.end) and not _DESIGNATOR.search(mention.text):
        return mention.text + " state"
    return mention.text


def _qualifiers(text: str, places: list[Mention], gazetteer: Gazetteer,
                countries: tuple[str, ...]) -> dict[int, Location]:
    """mention -> the division or country named right after it ("Rome, Ga.", "Aleppo, Syria"); and the offset
    where that qualifier starts -> the same area (its own mention, "Georgia" in "Atlanta, Georgia", is the state)."""
    out: dict[int, Location] = {}
    for mention in places:
        match = _QUALIFIER.match(text, mention.end)
        if match is None or ((alone := gazetteer.resolve(mention.text, countries=countries)) is not None
                             and alone.level == "country"):
            continue  # a country is never qualified: "Syria, Iraq and Iran" is a list
        words = match[1].split()
        # A postal abbreviation of a division holding the town ("LOUISVILLE, KY--", "Townsville, QLD").
        postal = gazetteer.postal(words[0].rstrip("-.'’")) if len(words) == 1 else []
        if (holding := next((a for a in postal if _holds(gazetteer, a, mention.text)), None)) is not None:
            out[match.start(1)] = out[id(mention)] = holding
            continue
        for n in range(len(words), 0, -1):  # the longest run of words that names an area: "New South Wales"
            areas = [a for a in gazetteer.lookup_all(" ".join(words[:n]), countries=countries) if a.level in AREAS]
            # The first area that holds a place of the name: "Atlanta, Georgia" is in the state, not the country.
            holding = next((a for a in areas if _holds(gazetteer, a, mention.text)), None)
            if holding is not None:
                out[match.start(1)] = holding  # the qualifier's own mention is that area
            if (area := holding or (areas[0] if areas else None)) is not None:
                out[id(mention)] = area
                break
    return out


def _holds(gazetteer: Gazetteer, area: Location, name: str) -> bool:
    """True if a place of this name lies in the division or country."""
    place = gazetteer.resolve(name, within=area, loose=False)
    if place is None or place.country != area.country or place.level == "country":
        return False
    return area.level == "country" or area.geonames_id in gazetteer.divisions_of(place)
