"""Where the text itself says a name is a place, though spaCy did not: a dateline ("BERLIN —"), a designator ("the
town of Kafr Nabl", "Hodeidah governorate"), a country or division taken for a group, and the other bare
occurrences of a name the article already names as a place. The entities stage turns these spans into mentions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from ..gazetteer import Gazetteer
from ..knowledge import builtin_lexicon
from ..model import Location
from . import char_mask

BIG_CITY = 100_000  # a city this big is a place even where spaCy took its name for a group
DATELINE_WITHIN = 300  # a dateline opens the text or a line or sentence this near its start
SMALL_TOWN = 10_000  # a town smaller than this does not lend its name to the article's other bare occurrences
_NOUNS = builtin_lexicon("names")  # its place nouns (read once)


def _any_of(key: str) -> str:
    """An alternation of the lexicon's words under ``key``, each as it is written."""
    return "|".join(re.escape(str(w)) for w in _NOUNS.get(key) or ())


_PLACE_BEFORE = re.compile(rf"\b(?:{_any_of('place_nouns_before')})\s+of\s+$", re.I)
# a later item of a list of places the text designates ("the villages of Foua and Kfraya", "the towns of Kafr Nabl,
# Saraqib and Maarat al-Numan"): each item's words capitalised or a hyphened particle ("al-Numan"), so that the list
# ends where the sentence goes on ("the villages of Haris and Varzaqan suffered casualties, Khalil Saei, ...")
_LISTED_PLACE_BEFORE = re.compile(rf"\b(?:{_any_of('place_nouns_listing')})"
                                  r"\s+of\s+(?:[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|[a-z]{1,3}-[\w'’-]+)){0,2}?"
                                  r"(?:,\s+|,?\s+and\s+|,?\s+or\s+))+$")
_PLACE_AFTER = re.compile(rf"\s+(?:{_any_of('place_nouns_after')})\b", re.I)
_NAME_WORD = re.compile(r"[A-Z][\w'’.&]*(?=[\s-]|$)|[a-z]+")  # capitalized words, and lowercase words that end a run
_OF_PLACE = re.compile(r"\s(?:of|in)\s+(?:the\s+)?([A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2})$")
_LIST_JOIN = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_LIST_ITEM = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
# "ODESA, Ukraine, Aug 3 (Reuters) -", "GOMA, Democratic Republic of Congo, May 4 -": a wire dateline names the
# place, its country or state, and the day the report was filed (with its year: "KABUL, March 3, 2021"), before the
# agency or the dash (p39; the year, dte)
_DATELINE = re.compile(r"\s*(?P<place>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})"
                       r"(?:,\s*(?P<area>(?!" + _MONTH + r"\s+\d)[A-Z][A-Za-z.]{1,12}"
                       r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][A-Za-z.]+){0,3}))?"
                       r"(?:,\s*" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\(|—|–|-|:)")

# ", KY" after a town, where the sentence does not go on as after a list item ("Calgary, AB protested").
_POSTAL_AFTER = re.compile(r",\s*([A-Z][A-Za-z]{1,2})(?![\w.'’])(?!\s+[a-z])")

Span = tuple[int, int, str]  # start, end, mention type


def is_place(name: str, countries: Sequence[str], gazetteer: Gazetteer) -> bool:
    """True if the whole name is a country, a first-level division, a town in a country the document names or a
    city of 100,000 people ("Aleppo", "Kentucky" that spaCy took for a group or an organisation)."""
    place = gazetteer.resolve(name, countries=countries, loose=False)
    return place is not None and (place.level in ("country", "admin1") or place.level == "city" and (
        place.country in countries or gazetteer.population(place) >= BIG_CITY))


def place_list(text: str, start: int, end: int, countries: Sequence[str],
               gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """The spans of the places a name lists ("Haris and Varzaqan", "Ingham or Townsville", "Hornsey, Stoke
    Newington"), when it is a list of two or more capitalized names that are all places of one country; else []."""
    items = _LIST_JOIN.split(text[start:end])
    if len(items) < 2 or not all(_LIST_ITEM.fullmatch(item) for item in items):
        return []
    spans, at = [], start
    for item in items:
        at = text.index(item, at)
        spans.append((at, at + len(item)))
        at += len(item)
    found = [gazetteer.resolve(item, countries=countries, loose=False) for item in items]
    if any(place is None or place.level in ("region", "country") for place in found):
        return []
    return spans if len({place.country for place in found if place is not None}) == 1 else []


def names_in_name(name: str) -> list[tuple[int, int]]:
    """The spans of an organisation's or a facility's name that may name a place, the likeliest first: its opening
    capitalized words, longest first ("Kentucky State Police", "New Milford Police Department", "Britain-based"),
    its closing "of X" ("University of Manitoba"), the second of two words ("CTV Winnipeg", "Team Alberta")."""
    words = [(m.start(), m.end(), m[0][0].isupper()) for m in _NAME_WORD.finditer(name)]
    run = next((i for i, (_, _, upper) in enumerate(words) if not upper), len(words))
    spans = [(words[0][0], words[n - 1][1] - _possessive(name[:words[n - 1][1]]))
             for n in range(min(3, run, len(words) - 1), 0, -1)]
    if match := _OF_PLACE.search(name):
        spans.append(match.span(1))
    if len(words) == 2 and run == 2:
        spans.append(words[1][:2])
    return spans


def _possessive(text: str) -> int:
    return 2 if text.endswith(("'s", "’s")) else 0


def named_as_place(text: str, start: int, end: int) -> bool:
    """The text itself says the name is a place: "the town of Kafr Nabl", "Hodeidah governorate"."""
    return bool(_PLACE_BEFORE.search(text, max(0, start - 40), start) or _PLACE_AFTER.match(text, end)
                or _LISTED_PLACE_BEFORE.search(text, max(0, start - 100), start))


def dateline(text: str) -> re.Match[str] | None:
    """The dateline ("BERLIN —", "NEWARK, N.J. (AP) -"): groups ``place`` and ``area``."""
    # At the start of the text, or of a line or a sentence near it: a headline may come first ("Mason charged
    # with sex assault. BANTAM — A Danbury stonework mason ...").
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*|[.!?]\s+", text[:DATELINE_WITHIN])]
    return next((m for at in starts if (m := _DATELINE.match(text, at)) is not None), None)


_AFTER_DATELINE = re.compile(r"[^()\n]{0,40}\)\s*(?:—|–|-|:)?|\s*(?:—|–|-|:)?")


@lru_cache(maxsize=32)
def dateline_span(text: str) -> tuple[int, int] | None:
    """The characters of the dateline, through its agency and dash ("ODESA, Ukraine, Aug 3 (Reuters) -"): where the
    report was filed, not where its act happened nor who did it (docs/annotation.md, Place). Kept for the last
    documents: the events stage asks it once a document and ``Sentence.filed`` once a subject."""
    match = dateline(text)
    if match is None:
        return None
    rest = _AFTER_DATELINE.match(text, match.end())
    return match.start("place"), rest.end() if rest is not None else match.end()


def dateline_spans(text: str, taken: Sequence[tuple[int, int]], gazetteer: Gazetteer) -> list[Span]:
    """The dateline's places ("BERLIN —", "NEWARK, N.J. (AP) -") that no other match took: spaCy misses capitals."""
    match = dateline(text)
    if match is None:
        return []
    found = []
    for group in ("place", "area"):
        start, end = match.span(group)
        name = text[start:end].rstrip(".") if group == "place" else text[start:end]
        if start < 0 or any(s < end and start < e for s, e in taken):
            continue
        if gazetteer.resolve(name.title() if name.isupper() and len(name) > 3 else name, loose=False) is not None:
            found.append((start, start + len(name), "GPE"))
        elif group == "area" and any(_holds_town(gazetteer, area, match["place"]) for area in gazetteer.postal(name)):
            found.append((start, end, "GPE"))  # "LOUISVILLE, KY--": a postal code of the town's division
    return found


def postal_spans(text: str, places: Sequence[tuple[int, int]], gazetteer: Gazetteer) -> list[Span]:
    """The postal abbreviations of a division right after a town of it ("Louisville, KY", "Brisbane, Qld"): a
    two- or three-letter code is a place only there, and only of a division that holds a town of that name."""
    found: list[Span] = []
    for start, end in places:
        match = _POSTAL_AFTER.match(text, end)
        if match is not None and not any(s < match.end(1) and match.start(1) < e for s, e in places) and any(
                _holds_town(gazetteer, area, text[start:end]) for area in gazetteer.postal(match[1])):
            found.append((match.start(1), match.end(1), "GPE"))
    return found


def abbreviated_spans(text: str, gazetteer: Gazetteer) -> list[Span]:
    """A town and the abbreviation of its division after it ("Wainwright, Alta.", "Churchill, Man.", "Melville,
    Sask."), whatever spaCy took them for: both are places when the division holds a town of that name (the
    longest of the one to three capitalized words before the comma that is one)."""
    found: list[Span] = []
    for match in _abbreviated(gazetteer).finditer(text):
        area = gazetteer.resolve(match[2])
        if area is None or area.level != "admin1":
            continue
        words = list(re.finditer(r"[A-Z][\w'’-]*", text[max(0, match.start() - 60):match.start()]))
        offset = max(0, match.start() - 60)
        for n in range(min(3, len(words)), 0, -1):
            first, last = words[-n], words[-1]
            between = text[offset + first.start():offset + last.end()]
            if offset + last.end() != match.start() or not re.fullmatch(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*", between):
                continue
            if _holds_town(gazetteer, area, between):
                found += [(offset + first.start(), match.start(), "GPE"), (match.start(2), match.end(2), "GPE")]
                break
    return found


@cache
def _abbreviated(gazetteer: Gazetteer) -> re.Pattern[str]:
    forms = "|".join(re.escape(a) for a in gazetteer.abbreviations())
    return re.compile(rf"(,\s*)({forms})(?![\w])")


def _holds_town(gazetteer: Gazetteer, area: Location, name: str) -> bool:
    """True if a town of this name (a dateline's: capitals folded) lies in the first-level division."""
    place = gazetteer.resolve(name.title() if name.isupper() else name, within=area, loose=False)
    return place is not None and area.geonames_id in gazetteer.divisions_of(place)


def repeated_place_spans(text: str, places: Sequence[Span], others: Sequence[tuple[int, int]],
                         people: Sequence[str], gazetteer: Gazetteer) -> list[Span]:
    """Other occurrences of a place name the document already names as a place (``places``), where nothing else
    (``others``) was found: a name keeps one sense in one article ("Aleppo" tagged once, left bare twice). Not a
    name that is also part of a person's or organisation's name there (``people``), nor a small town's."""
    occupied = char_mask(len(text), [*((s, e) for s, e, _ in places), *others])
    kinds = {}
    for start, end, kind in places:
        kinds.setdefault(text[start:end], kind)
    found: list[Span] = []
    for name, kind in sorted(kinds.items()):
        if len(name) < 3 or not name[0].isupper() or any(name in p for p in people):
            continue  # "Altintas" is also the surname of "Mevlut Mert Altintas" here: one sense is not sure
        place = gazetteer.resolve(name, loose=False)
        if place is None or place.level == "city" and gazetteer.population(place) < SMALL_TOWN:
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(occupied[match.start():match.end()]):
                found.append((match.start(), match.end(), kind))
                occupied[match.start():match.end()] = b"\x01" * (match.end() - match.start())
    return found
