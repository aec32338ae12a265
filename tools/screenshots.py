"""Take a screenshot of every page of the web app on the seed store, for docs/screenshots/.

    .venv/bin/python tools/screenshots.py                 # ingest examples/seeds into a temporary store
    .venv/bin/python tools/screenshots.py --db sqlite:///conflictgraph.db --out /tmp/shots

Needs Playwright (the test extra) and Debian's chromium at /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a store URL (default: ingest examples/seeds into a temporary one)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--width", type=int, default=1360)
    parser.add_argument("--only", nargs="*", help="only these pages (overview, events, ..., brief)")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    from conflictgraph import api
    from conflictgraph.store import Store
    from conflictgraph.web import create_app
    from conflictgraph.web.server import running

    with tempfile.TemporaryDirectory() as tmp:
        url = args.db
        if url is None:
            url = f"sqlite:///{tmp}/seeds.db"
            api.ingest([ROOT / "examples" / "seeds"], db=url)
        with Store.open(url) as store:
            actor = store.active_actors(1)[0][0].id
            events = store.events()
            # The document that reports most events, opened on the sentence of one of them.
            reported = {}
            for event in events:
                for e in event.evidence:
                    reported[e.document] = reported.get(e.document, 0) + 1
            document = max(reported, key=reported.get)
            starts = sorted(e.start for ev in events for e in ev.evidence if e.document == document)
            sentence = next((x for x in starts if x >= 400), starts[0])
        pages = {
            "overview": ("/", None),
            "events": ("/events", None),
            "map": ("/map", "#map[data-ready]"),
            "network": ("/network", "#network[data-ready]"),
            "actor": (f"/actors/{actor}", "#network[data-ready]"),
            "document": (f"/documents/{document}#s-{sentence}", None),
            "api": ("/docs", ".swagger-ui .info"),
            "brief": ("/brief?place=IRQ&since=2019-12-01&until=2020-01-31", None),
        }
        if args.only:
            pages = {name: pages[name] for name in args.only}
        args.out.mkdir(parents=True, exist_ok=True)
        with running(create_app(url)) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM)
            page = browser.new_page(viewport={"width": args.width, "height": 900}, device_scale_factor=1)
            for name, (path, ready) in pages.items():
                page.set_viewport_size({"width": args.width, "height": 1500 if name == "brief" else 900})
                page.goto(base + path, wait_until="networkidle")
                if ready:
                    page.wait_for_selector(ready, timeout=15000)
                if name == "map":  # with one marker's popup open, as after a click
                    page.locator("#map path.event-marker").last.dispatch_event("click")
                    page.wait_for_selector(".leaflet-popup .popup")
                page.wait_for_timeout(400)
                full = name in ("overview", "events", "actor")
                page.screenshot(path=str(args.out / f"{name}.png"), full_page=full)
                if name == "brief":  # and its second half: what was said, the disagreements, the sources
                    page.evaluate("document.getElementById('said').scrollIntoView()")
                    page.screenshot(path=str(args.out / "brief-sources.png"))
                print(f"{args.out / (name + '.png')}: {path}", file=sys.stderr)
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
