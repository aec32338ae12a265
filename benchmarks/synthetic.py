"""Synthetic but realistic conflict news, for benchmarks: many articles in the seeds' style, with copies.

The actors and places come from conflictgraph's own knowledge files (armed groups, officials, bases, towns),
the wording from templates of the kinds of sentence that conflict reporting is made of: attacks with tolls,
quotes and reported speech, backing and membership, protests, sanctions, talks. One article in ten is a
rewrite of an earlier one (sentences reordered, a line added), as aggregators publish them.

    python benchmarks/synthetic.py 1000 out/      # write 1,000 articles with sidecars into out/
"""

from __future__ import annotations

import json
import random
import sys
from collections import deque
from datetime import date, timedelta
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent.parent / "src" / "conflictgraph" / "data"
OUTLETS = ["Rudaw", "Reuters", "Al-Monitor", "The National", "Kurdistan 24", "Middle East Eye", "AP", "AFP",
           "Shafaq News", "Asharq Al-Awsat", "Arab News", "Breitbart"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBERS = ["two", "three", "four", "five", "six", "seven", "nine", "11", "14", "25"]


def _records(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


class Vocabulary:
    """Names to write with, read from the knowledge base."""

    def __init__(self) -> None:
        actors = [r for p in sorted((DATA / "actors").glob("*.yaml")) for r in _records(p)]
        theatre = {"IRQ", "SYR", "IRN", "USA", None}
        self.groups = [r["name"] for r in actors if r.get("kind") == "armed_group" and r.get("country") in theatre]
        self.people = [r["name"] for r in actors if r.get("kind") == "person" and r.get("country") in theatre]
        self.bodies = [r["name"] for r in actors if r.get("kind") in ("government", "military")
                       and r.get("country") in theatre]
        self.states = [r["name"] for r in actors if r.get("kind") == "state" and r.get("country") in theatre]
        places = _records(DATA / "places.yaml")
        self.bases = [p["name"] for p in places if p.get("type") == "FAC" and p.get("country") in ("IRQ", "SYR")]
        self.towns = ["Baghdad", "Basra", "Erbil", "Mosul", "Kirkuk", "Fallujah", "Ramadi", "Tikrit", "Samarra",
                      "Najaf", "Karbala", "Baqubah", "Deir ez-Zor", "Al-Bukamal", "Damascus", "Sulaymaniyah"]


WEAPONS = ["rockets", "Katyusha rockets", "mortar rounds", "armed drones", "explosive-laden drones", "roadside bombs",
           "rocket-propelled grenades", "107mm rockets", "a car bomb", "sniper fire", "machine-gun fire"]
TARGETS = ["a convoy of trucks", "a military base", "an army checkpoint", "a police station", "a supply route",
           "an airport perimeter", "a diplomatic compound", "a power station", "an oil field", "a market",
           "a border crossing", "a logistics hub", "a training camp", "a weapons depot"]
VICTIMS = ["soldiers", "police officers", "civilians", "fighters", "contractors", "border guards", "militiamen",
           "members of the security forces", "workers", "children"]
SOURCES = ["officials said", "a security source told reporters", "local witnesses said", "medical sources said",
           "according to the interior ministry", "a military statement said", "two officials told the agency",
           "according to a provincial council member", "hospital staff said", "the health directorate said"]
TIMES = ["on {day}", "early on {day}", "late on {day}", "on {day} night", "shortly after dawn on {day}",
         "on the evening of {day}", "in the early hours of {day}"]
VERBS = ["struck", "hit", "targeted", "slammed into", "landed near", "pounded", "raked"]
TOPICS = ["the withdrawal of foreign troops", "the integration of the militias into the army", "border security",
          "the upcoming elections", "electricity imports", "reconstruction funds", "the fight against ISIS",
          "detainees held without charge", "oil exports", "the return of displaced families", "water shortages"]
STANCES = ["would not be tolerated", "were a violation of sovereignty", "served foreign agendas",
           "would be met with a firm response", "endangered years of progress", "had to stop immediately",
           "showed the need for dialogue", "were being investigated", "were unacceptable"]


def _number(r: random.Random) -> str:
    return r.choice(NUMBERS + [str(r.randint(2, 60))])


def _attack(v: Vocabulary, r: random.Random, day: str) -> str:
    when = r.choice(TIMES).format(day=day)
    killed, wounded = _number(r), _number(r)
    place = r.choice(v.bases + v.towns)
    return r.choice([
        f"{r.choice(WEAPONS).capitalize()} {r.choice(VERBS)} {r.choice(TARGETS)} near {place} {when}, killing "
        f"{killed} {r.choice(VICTIMS)} and wounding {wounded}, {r.choice(SOURCES)}.",
        f"{r.choice(v.groups)} {r.choice(['claimed', 'was blamed for', 'denied'])} an attack with "
        f"{r.choice(WEAPONS)} on {r.choice(TARGETS)} in {place} {when}.",
        f"At least {killed} {r.choice(VICTIMS)} were killed when {r.choice(WEAPONS)} {r.choice(VERBS)} "
        f"{r.choice(TARGETS)} outside {place}, {r.choice(SOURCES)}.",
        f"A {r.choice(['US', 'Turkish', 'Israeli', 'coalition', 'Iraqi'])} {r.choice(['airstrike', 'drone strike'])}"
        f" on positions of {r.choice(v.groups)} near {place} {when} killed {killed} of its members.",
        f"{r.choice(WEAPONS).capitalize()} {r.choice(VERBS)} {r.choice(TARGETS)} in {place}, "
        f"but no one was hurt, {r.choice(SOURCES)}.",
    ])


def _speech(v: Vocabulary, r: random.Random) -> str:
    person, topic, stance = r.choice(v.people), r.choice(TOPICS), r.choice(STANCES)
    return r.choice([
        f"“The attacks on {r.choice(TARGETS)} {stance},” {person} said in a statement on {r.choice(TOPICS)}.",
        f"{person} said that the strikes in {r.choice(v.towns)} {stance} and called for talks on {topic}.",
        f"According to {r.choice(v.bodies)}, the raids in {r.choice(v.towns)} {stance}.",
        f"{r.choice(v.bodies)} warned that any move against {r.choice(v.groups)} {stance}.",
        f"“We discussed {topic} and {r.choice(TOPICS)},” a spokesman for {r.choice(v.bodies)} told reporters.",
    ])


def _structure(v: Vocabulary, r: random.Random) -> str:
    group, other = r.choice(v.groups), r.choice(v.groups)
    return r.choice([
        f"{group}, an Iran-backed faction of {other}, has {r.choice(NUMBERS)} brigades around {r.choice(v.towns)}.",
        f"{group} is backed by {r.choice(v.states)} and has fought in {r.choice(v.towns)} since "
        f"{r.randint(2003, 2021)}.",
        f"{r.choice(v.states)} designated {group} a terrorist organization in {r.randint(2008, 2022)}.",
        f"The leader of {group}, {r.choice(v.people)}, has pledged to keep its weapons after {r.choice(TOPICS)}.",
        f"{r.choice(v.people)}, a spokesman for {group}, rejected the accusations over {r.choice(TOPICS)}.",
    ])


def _other(v: Vocabulary, r: random.Random, day: str) -> str:
    town = r.choice(v.towns)
    return r.choice([
        f"Hundreds of supporters of {r.choice(v.groups)} protested in {town} {r.choice(TIMES).format(day=day)} "
        f"against {r.choice(TOPICS)}.",
        f"{r.choice(v.states)} imposed sanctions on {r.choice(v.people)} over {r.choice(TOPICS)} last month.",
        f"{r.choice(v.people)} met {r.choice(v.people)} in {town} on {day} to discuss {r.choice(TOPICS)}.",
        f"{r.choice(v.bodies)} sent {_number(r)} more units to {town} after the attacks on {r.choice(TARGETS)}.",
        f"Residents of {town} said {r.choice(TOPICS)} mattered more to them than the fighting in "
        f"{r.choice(v.towns)}.",
        f"Analysts in {r.choice(v.towns)} said the escalation over {r.choice(TOPICS)} reflected a wider struggle "
        f"between {r.choice(v.states)} and {r.choice(v.states)}.",
    ])


def article(v: Vocabulary, r: random.Random, published: date) -> tuple[str, str]:
    """A title and a text of about 10 to 18 sentences in four to seven paragraphs."""
    day = WEEKDAYS[(published - timedelta(days=r.randint(1, 3))).weekday()]
    title = f"{r.choice(v.groups)} blamed for attack near {r.choice(v.towns)}"
    paragraphs = []
    for _ in range(r.randint(4, 7)):
        makers = [lambda: _attack(v, r, day), lambda: _speech(v, r), lambda: _structure(v, r),
                  lambda: _other(v, r, day)]
        paragraphs.append(" ".join(r.choice(makers)() for _ in range(r.randint(2, 3))))
    return title, title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def rewrite(r: random.Random, text: str, outlet: str) -> str:
    """A copy as an aggregator makes it: the same paragraphs, two swapped, a credit line added."""
    head, *paragraphs = text.strip().split("\n\n")
    if len(paragraphs) > 2:
        i = r.randrange(len(paragraphs) - 1)
        paragraphs[i], paragraphs[i + 1] = paragraphs[i + 1], paragraphs[i]
    return "\n\n".join([head, *paragraphs, f"This article was adapted from a report by {outlet}."]) + "\n"


# A copy is a copy of one of the last this many original articles (kept, and no more: the corpus streams).
COPIED_FROM = 200


def corpus(n: int, seed: int = 7, copies: float = 0.1, origins: dict[str, str] | None = None):
    """``n`` articles as (stem, text, meta) in order of publication; ``origins``, if given, gets the stem of the
    original of each copy, by the copy's stem."""
    r = random.Random(seed)
    v = Vocabulary()
    start = date(2019, 1, 1)
    written: deque[tuple[str, str, str]] = deque(maxlen=COPIED_FROM)  # the articles a copy is taken from
    for number in range(n):
        published = start + timedelta(days=number * 1460 // max(n, 1))
        outlet = r.choice(OUTLETS)
        stem = f"syn_{number:06d}"
        if written and r.random() < copies:
            original_text, original_outlet, original = r.choice(written)
            text = rewrite(r, original_text, original_outlet)
            title = text.split("\n", 1)[0]
            if origins is not None:
                origins[stem] = original
        else:
            title, text = article(v, r, published)
            written.append((text, outlet, stem))
        meta = {"url": f"https://news.example/{stem}", "outlet": outlet, "published": published.isoformat(),
                "title": title}
        yield stem, text, meta


def write(n: int, folder: Path, seed: int = 7) -> Path:
    return write_articles(corpus(n, seed), folder)


def write_articles(articles, folder: Path) -> Path:
    """Write (stem, text, meta) articles with their sidecars into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for stem, text, meta in articles:
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
        (folder / f"{stem}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder


if __name__ == "__main__":
    write(int(sys.argv[1]), Path(sys.argv[2]))
