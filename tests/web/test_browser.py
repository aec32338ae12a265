"""End to end in headless Chromium: every page, the map's click-through to the article, and stored markup never
running. The app is served by uvicorn on 127.0.0.1 (the live_url fixture)."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser_page):
    """A page that records console errors and uncaught exceptions; a test fails if there were any."""
    problems: list[str] = []
    browser_page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    browser_page.on("pageerror", lambda e: problems.append(str(e)))
    browser_page.set_default_timeout(15000)
    yield browser_page
    assert not problems, problems
    assert browser_page.evaluate("window.__pwned") is None


def test_overview(page, live_url):
    page.goto(live_url + "/")
    assert int(page.locator("#count-documents .number").inner_text()) == 6
    assert page.locator("table.events tbody tr").count() == 10
    title = "Iran-backed militias’ illicit activities threaten stability in Iraq: Pentagon"
    page.locator("ul.copies").get_by_role("link", name=title).click()
    assert page.url.endswith("/documents/000_45b232a879c265a8")
    assert "derived_from" not in page.locator("#copies").inner_text()  # said in words


def test_events_filters_and_timeline(page, live_url):
    page.goto(live_url + "/events")
    page.wait_for_selector("#timeline canvas")
    assert page.locator("#timeline-legend .legend-item").count() >= 2
    page.select_option("select[name=type]", "ASSAULT")
    page.fill("input[name=since]", "2019-12-01")
    page.click("form.filters button")
    page.wait_for_url(re.compile(r"type=ASSAULT"))
    types = page.locator("table.events td.type .badge").all_inner_texts()
    assert types and set(types) == {"ASSAULT"}
    dates = page.locator("table.events tbody td:first-child").all_inner_texts()
    assert all(d >= "2019-12" for d in dates)
    page.locator("details.support summary").first.click()
    page.locator("ol.evidence a").first.click()
    page.wait_for_url(re.compile(r"/documents/[^#]+#s-\d+$"))
    assert page.evaluate("document.querySelector(':target').classList.contains('ev')")


def test_map_marker_opens_its_evidence_in_the_article(page, live_url):
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto(live_url + "/map")
    page.wait_for_selector("#map[data-ready]")
    assert page.locator("#map path.event-marker").count() >= 10
    # A country's or a region's centroid is drawn as a dashed ring, a place as a dot.
    markers = page.locator("#map path.event-marker").count()
    assert 0 < page.locator("#map path.event-marker.approximate").count() < markers
    assert page.locator("#map .leaflet-countries-pane path").count() > 100  # the country shapes
    # Click a marker where it is on top, as a person would.
    x, y = page.evaluate("""() => {
        for (const path of document.querySelectorAll('#map path.event-marker')) {
            const r = path.getBoundingClientRect(), x = r.x + r.width / 2, y = r.y + r.height / 2;
            if (document.elementFromPoint(x, y) === path) return [x, y];
        }
    }""")
    page.mouse.click(x, y)
    popup = page.locator(".leaflet-popup .popup")
    popup.wait_for()
    assert re.search(r"\d+ documents?, \d+ independent sources?", popup.inner_text())
    link = popup.locator("a.evidence-link").first
    sentence = link.inner_text().rstrip("…")
    href = link.get_attribute("href")
    page.wait_for_timeout(400)  # the map pans to show the popup whole
    link.click()
    page.wait_for_url(re.compile(r"/documents/[^#]+#s-\d+$"))
    target = page.locator(".ev:target")
    assert target.get_attribute("id") == href.split("#")[1]
    assert target.inner_text().startswith(sentence[:60])
    assert target.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 224, 102)"
    assert target.is_visible() and target.evaluate(
        "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight + r.height; }")


def test_network_pans_zooms_and_clicks_through_to_an_actor(page, live_url):
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto(live_url + "/network")
    page.wait_for_selector("#network[data-ready]")
    assert page.evaluate("document.getElementById('network').cy.nodes().length") >= 10
    zoom = page.evaluate("document.getElementById('network').cy.zoom()")
    box = page.locator("#network").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -400)
    page.wait_for_timeout(200)
    assert page.evaluate("document.getElementById('network').cy.zoom()") != zoom
    page.locator("#network").scroll_into_view_if_needed()
    # Back to the whole graph, then click the actor that stands furthest from any other, as a person would.
    x, y, url, name = page.evaluate("""() => {
        const net = document.getElementById('network'), cy = net.cy, r = net.getBoundingClientRect();
        cy.fit();
        let best = null, room = -1;
        cy.nodes().forEach((n) => {
            const p = n.renderedPosition();
            if (r.y + p.y < 0 || r.y + p.y > innerHeight || r.x + p.x < 0 || r.x + p.x > innerWidth) return;
            const near = Math.min(...cy.nodes().filter((m) => m !== n).map((m) => {
                const q = m.renderedPosition(); return Math.hypot(p.x - q.x, p.y - q.y); }));
            if (near > room) { room = near; best = n; }
        });
        const p = best.renderedPosition();
        return [r.x + p.x, r.y + p.y, best.data('url'), best.data('name')];
    }""")
    page.wait_for_timeout(100)
    page.mouse.click(x, y)
    page.wait_for_url(re.compile(re.escape(url) + "$"))
    assert page.locator("h1").inner_text().startswith(name)


def test_actor_page(page, live_url):
    page.goto(live_url + "/actors/united-states")
    page.wait_for_selector("#network[data-ready]")
    assert "America" in page.locator("ul.aliases").inner_text()
    assert page.evaluate("document.getElementById('network').cy.getElementById('united-states').length") == 1
    headings = page.locator("h2").all_inner_texts()
    for wanted in ("Relations from", "Relations to", "Events as source", "Events as target", "Claims made"):
        assert any(h.startswith(wanted) for h in headings), wanted
    page.get_by_role("link", name="Iran", exact=True).first.click()
    page.wait_for_url(re.compile(r"/actors/iran$"))


def test_document_page_highlights_mentions_and_links_actors(page, live_url):
    page.goto(live_url + "/documents/003_a4845598032d4a96")
    assert page.locator("#article a.m").count() > 20
    assert page.locator("#article .m-DATE").count() > 0
    first = page.locator("#article a.m-GPE").first
    name = first.inner_text()
    first.click()
    page.wait_for_url(re.compile(r"/actors/"))
    assert name in page.locator("ul.aliases").inner_text()


def test_search_and_actors_and_documents_lists(page, live_url):
    page.goto(live_url + "/")
    page.fill("header input[name=q]", "oil smuggling")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search\?q=oil"))
    page.locator("ol.hits a").first.click()
    page.wait_for_url(re.compile(r"mark=\d+-\d+#s-\d+$"))
    assert "oil" in page.locator(".ev:target").inner_text().lower()
    page.goto(live_url + "/actors?q=hezbollah")
    assert page.locator("table a.actor").count() >= 2
    page.goto(live_url + "/documents")
    assert page.locator("table tbody tr").count() == 6


def test_openapi_page_loads_offline(page, live_url):
    page.goto(live_url + "/docs")
    page.wait_for_selector(".swagger-ui .opblock-summary-path")
    assert "/api/events" in page.locator(".swagger-ui").inner_text()


def test_stored_script_never_runs(page, live_url, hostile_id):
    for path in [f"/documents/{hostile_id}", f"/events?document={hostile_id}", "/map?text=checkpoint",
                 "/network?actor=isis", "/actors/isis", "/"]:
        page.goto(live_url + path, wait_until="networkidle")
        assert page.evaluate("window.__pwned") is None, path
    page.goto(live_url + f"/documents/{hostile_id}")
    assert "<script>window.__pwned=1</script>" in page.locator("#article").inner_text()
    assert page.locator("h1").inner_text() == "Checkpoint attack <script>window.__pwned=3</script>"
    assert page.locator("#article script, #article img, .claims img").count() == 0
    # The map's popup builds its content from text nodes, too.
    page.goto(live_url + "/map?text=checkpoint")
    page.wait_for_selector("#map[data-ready]")
    page.locator("#map path.event-marker").first.dispatch_event("click")
    popup = page.locator(".leaflet-popup .popup")
    assert "<script>window.__pwned=1</script>" in popup.inner_text()
    assert popup.locator("script").count() == 0


def test_briefing_page_cites_and_links_into_the_articles(page, live_url):
    page.goto(live_url + "/brief?actor=Kataib+Hezbollah")
    assert page.locator("h1").inner_text() == "Briefing: Kataib Hezbollah"
    assert page.locator("#map svg").count() == 1 and page.locator("#network svg circle").count() >= 2
    assert page.locator("ol.citations > li").count() >= 3
    page.locator("#events sup.cites a").first.click()
    page.wait_for_url(re.compile(r"/brief\?actor=Kataib\+Hezbollah#c-\d+$"))
    cited = page.locator("ol.citations > li:target")
    sentence = cited.locator("blockquote").inner_text()
    cited.get_by_role("link", name="in the store").click()
    page.wait_for_url(re.compile(r"/documents/[^?]+\?mark=\d+-\d+#s-\d+$"))
    assert page.locator(".ev:target").inner_text().strip() == sentence.strip()
    # Printing hides the app's header and the filters, and keeps the report.
    page.goto(live_url + "/brief?place=IRQ&since=2019-12-01&until=2020-01-31")
    page.emulate_media(media="print")
    assert not page.locator("header.topbar").is_visible() and not page.locator(".brief-filters").is_visible()
    assert page.locator("#disagreements").is_visible()
