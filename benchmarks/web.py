"""Benchmark the web app: p50/p95 time of each page and API call on a store of N synthetic articles.

    .venv/bin/python benchmarks/web.py                           # 10,000 articles into /tmp/conflictgraph-web-10000.db
    .venv/bin/python benchmarks/web.py --articles 2000 --repeat 30
    .venv/bin/python benchmarks/web.py --db sqlite:///big.db     # time an existing store, build nothing

The articles are made from templates of wire-style conflict reporting (attacks with tolls, protests, accusations,
threats, aid, sanctions, meetings, quotes, ties between groups) over the theatre's real actors and places, with
publication dates spread over 2019-2023 and about 3% lightly edited copies of an earlier article, so that the store
has copies to flag. The same seed gives the same articles. They go through the full pipeline (``api.ingest``); a
store that already holds them is reused. Each page is then fetched ``--repeat`` times over HTTP from uvicorn on
127.0.0.1, after one warm-up fetch; the times are wall-clock per request, client included.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ARMED = ["Islamic State", "Kataib Hezbollah", "Asaib Ahl al-Haq", "Harakat al-Nujaba", "Hezbollah", "the Houthis",
         "the Popular Mobilization Forces", "the Kurdistan Workers' Party"]
FORCES = ["Iraqi security forces", "the Iraqi army", "U.S. forces", "Peshmerga forces", "the Syrian Democratic Forces",
          "Turkish forces", "the Syrian army", "coalition forces"]
STATES = ["Iran", "the United States", "Turkey", "Iraq", "Syria", "Israel", "Saudi Arabia", "Russia", "Qatar"]
PEOPLE = [("Prime Minister", "Mustafa al-Kadhimi"), ("militia leader", "Qais al-Khazali"),
          ("Badr Organization chief", "Hadi al-Amiri"), ("cleric", "Muqtada al-Sadr"),
          ("Defense Secretary", "Lloyd Austin"), ("President", "Recep Tayyip Erdogan"),
          ("President", "Bashar al-Assad"), ("Foreign Minister", "Fuad Hussein")]
PLACES = ["Baghdad", "Mosul", "Erbil", "Basra", "Kirkuk", "Tikrit", "Fallujah", "Ramadi", "Samarra", "Deir ez-Zor",
          "Raqqa", "Aleppo", "Idlib", "Damascus", "Homs", "Hasakah", "Sinjar", "Diyala", "Najaf", "Karbala", "Qaim"]
SITES = ["Ain al-Asad air base", "Baghdad International Airport", "the US Embassy in Baghdad", "Erbil airport",
         "the Green Zone", "K-1 Air Base"]
OUTLETS = ["Reuters", "Rudaw", "Al-Monitor", "Kurdistan 24", "The National", "Associated Press", "Middle East Eye",
           "Anadolu Agency", "Shafaq News", "Asharq Al-Awsat"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
VICTIMS = ["soldiers", "civilians", "fighters", "police officers", "members of the security forces"]
TOPICS = ["the withdrawal of foreign troops", "border security", "the return of displaced families",
          "reconstruction in the north", "prisoner exchanges", "the fight against Islamic State"]

SENTENCES = [
    "{armed} fighters attacked {forces} positions near {place} on {day}, killing {n} {victims} and wounding {m}, "
    "security officials said.",
    "A drone strike blamed on {armed} hit a convoy of {forces} outside {place} on {day}, killing {n} people.",
    "Rockets fired by {armed} struck {site} late on {day}, wounding {m} people, the military said.",
    "{forces} raided a hideout of {armed} in {place}, arresting {n} suspects.",
    "Hundreds of supporters of {armed} protested outside {site} on {day}, demanding the departure of {forces}.",
    "{state} accused {armed} of carrying out the attack in {place}.",
    "{armed} threatened to retaliate against {forces} if the strikes on {place} continued.",
    "{state} pledged {n} million dollars in humanitarian aid to families displaced from {place}.",
    "The US Treasury imposed sanctions on leaders of {armed} on {day}.",
    "{title} {person} met officials from {state} in {place} on {day} to discuss {topic}.",
    "{armed}, which is backed by {state}, denied any role in the violence.",
    "\"We will not allow {armed} to threaten the people of {place},\" {title} {person} said on {day}.",
    "{person}, who leads {armed}, called on {state} to stop interfering in the region.",
    "Residents of {place} said the fighting had forced dozens of families to flee.",
    "The attack was the latest in a series of incidents near {place} this month.",
]
HEADLINES = ["{n} killed in attack near {place}", "{armed} blamed for strike on {site}",
             "{state} condemns violence in {place}", "Protests grow in {place} over {armed}",
             "Tensions rise between {state} and {armed}"]


def fill(template: str, rng: random.Random) -> str:
    title, person = rng.choice(PEOPLE)
    text = template.format(armed=rng.choice(ARMED), forces=rng.choice(FORCES), state=rng.choice(STATES),
                           place=rng.choice(PLACES), site=rng.choice(SITES), day=rng.choice(WEEKDAYS),
                           n=rng.randint(1, 40), m=rng.randint(0, 30), victims=rng.choice(VICTIMS),
                           title=title, person=person, topic=rng.choice(TOPICS))
    return text[0].upper() + text[1:]


def real_sentences() -> list[str]:
    """Sentences of the seed articles and the re3d-dev texts: real wording, so that articles differ as real ones do."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "seeds").glob("*.txt"))]
    with (ROOT / "tests" / "data" / "re3d-dev.jsonl").open(encoding="utf-8") as lines:
        texts += [json.loads(line)["text"] for line in lines if line.strip()]
    found = (s.strip() for t in texts for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", t))
    return [s for s in found if 40 <= len(s) <= 400 and "\n" not in s]


def articles(count: int, seed: int = 7) -> list[tuple[str, dict]]:
    """``count`` (text, sidecar) pairs; about 3% are an earlier article with a new headline and one sentence more.

    Each article is 3-5 templated sentences and 4 real ones drawn from :func:`real_sentences`, shuffled."""
    rng = random.Random(seed)
    pool = real_sentences()
    first = date(2019, 1, 1)
    out: list[tuple[str, dict]] = []
    for i in range(count):
        published = (first + timedelta(days=rng.randrange(5 * 365))).isoformat()
        meta = {"outlet": rng.choice(OUTLETS), "published": published, "url": f"https://example.org/news/{i}"}
        if out and rng.random() < 0.03:
            body = out[rng.randrange(len(out))][0].split("\n\n", 1)[1]
            body += "\n\n" + fill(rng.choice(SENTENCES), rng)
        else:
            sentences = [fill(s, rng) for s in rng.sample(SENTENCES, rng.randint(3, 5))] + rng.sample(pool, 4)
            rng.shuffle(sentences)
            body = "\n\n".join(sentences)
        meta["title"] = fill(rng.choice(HEADLINES), rng)
        out.append((f"{meta['title']}\n\n{body}\n", meta))
    return out


def build(url: str, count: int, processes: int) -> None:
    from conflictgraph import api

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i, (text, meta) in enumerate(articles(count)):
            (folder / f"a{i:06d}.txt").write_text(text, encoding="utf-8")
            (folder / f"a{i:06d}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
        started = time.perf_counter()

        def progress(done: int, total: int) -> None:
            rate = done / max(time.perf_counter() - started, 1e-9)
            print(f"\ringested {done:,}/{total:,} ({rate:.1f}/s)", end="", file=sys.stderr, flush=True)

        report = api.ingest([folder], db=url, progress=progress, processes=processes, batch_size=50)
        print(f"\n{len(report.added):,} added, {len(report.skipped):,} already stored, {len(report.failed)} failed "
              f"in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def pages(store) -> dict[str, str]:
    """The pages a person opens, and the API calls their scripts make, on ids this store holds."""
    from urllib.parse import quote

    actor = store.active_actors(1)[0][0].id
    event = store.events(limit=1)[0]
    document = event.evidence[0].document
    place = next((e.location.name for e in store.events(limit=200) if e.location), "Baghdad")
    return {
        "overview /": "/",
        "events /events": "/events",
        "events filtered": f"/events?type=ASSAULT&place={quote(place)}&since=2021-01-01",
        "events page 20": "/events?offset=950",
        "api timeline": "/api/timeline",
        "map /map": "/map",
        "api events.geojson": "/api/events.geojson",
        "network /network": "/network",
        "api network": "/api/network",
        "actor /actors/{id}": f"/actors/{quote(actor, safe='')}",
        "api actor neighbours": f"/api/network?actor={quote(actor)}&limit=60",
        "actors /actors": "/actors",
        "documents /documents": "/documents",
        "document /documents/{id}": f"/documents/{quote(document, safe='')}",
        "search /search": "/search?q=drone+strike",
    }


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="how many articles the built store holds")
    parser.add_argument("--db", help="time this store (built into it when it is empty)")
    parser.add_argument("--repeat", type=int, default=20, help="fetches of each page")
    parser.add_argument("--processes", type=int, default=2, help="parse processes while building")
    args = parser.parse_args()

    import httpx

    from conflictgraph.store import Store
    from conflictgraph.web import create_app
    from conflictgraph.web.server import running

    url = args.db or f"sqlite:///{tempfile.gettempdir()}/conflictgraph-web-{args.articles}.db"
    with Store.open(url) as store:
        held = store.counts()["documents"]
    if held < args.articles and not args.db or held == 0:
        build(url, args.articles, args.processes)
    with Store.open(url) as store:
        counts = store.counts()
        targets = pages(store)
        print(f"store {url}: " + ", ".join(f"{v:,} {k}" for k, v in counts.items()))
        with running(create_app(store=store)) as base, httpx.Client(base_url=base, timeout=120) as client:
            print(f"{'page':<28} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'KiB':>7}")
            for name, path in targets.items():
                response = client.get(path)
                response.raise_for_status()
                times = []
                for _ in range(args.repeat):
                    started = time.perf_counter()
                    client.get(path).raise_for_status()
                    times.append((time.perf_counter() - started) * 1000)
                print(f"{name:<28} {statistics.median(times):8.1f} {percentile(times, 0.95):8.1f} "
                      f"{max(times):8.1f} {len(response.content) / 1024:7.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
