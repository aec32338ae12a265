"""The app through FastAPI's TestClient: every page and API route, escaping, headers, read-only, bad input."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from conflictgraph.store import Filters

PAGES = ["/", "/events", "/events?type=ASSAULT&since=2019&until=2020-12-31", "/map", "/network", "/actors",
         "/actors?q=hezb", "/documents", "/search?q=militias", "/search", "/docs"]


@pytest.fixture(scope="module")
def ids(store):
    actor = store.active_actors(1)[0][0].id
    documents = [d.id for d in store.documents()]
    return {"actor": actor, "documents": documents}


@pytest.mark.parametrize("path", PAGES)
def test_pages_render(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")


def test_every_page_credits_geonames(client):
    for path in ("/", "/map", "/events"):
        footer = client.get(path).text.split("<footer>", 1)[1]
        assert "GeoNames" in footer and "CC BY 4.0" in footer


def test_actor_and_document_pages(client, ids, store):
    response = client.get(f"/actors/{ids['actor']}")
    assert response.status_code == 200
    assert "Events as source" in response.text and "Claims made" in response.text
    for document_id in ids["documents"]:
        page = client.get(f"/documents/{quote(document_id)}").text
        # Every evidence sentence of what was extracted from the document is an anchor that links land on.
        for event in store.events(Filters(document=document_id)):
            for e in event.evidence:
                if e.document == document_id:
                    assert f'id="s-{e.start}"' in page
                    assert f"/documents/{document_id}#s-{e.start}" in client.get(
                        f"/api/events?document={document_id}&limit=500").text


def test_every_item_shows_its_support_and_links_its_sentences(client):
    page = client.get("/events").text
    assert re.search(r"\d+ documents?, \d+ independent sources?", page)
    assert re.search(r'href="/documents/[^"#]+#s-\d+"', page)
    event = client.get("/api/events?limit=1").json()["items"][0]
    assert set(event["support"]) == {"documents", "sources"}
    assert event["evidence"][0]["url"].endswith(f"#s-{event['evidence'][0]['start']}")


def test_overview_shows_counts_latest_events_active_actors_and_copies(client, store):
    data = client.get("/api/overview").json()
    assert data["counts"] == store.counts()
    assert data["latest_events"] and data["active_actors"]
    assert len(data["copies"]) == store.counts()["copies"] >= 1
    page = client.get("/").text
    assert "Documents flagged as copies" in page and data["copies"][0]["document"]["url"] in page


@pytest.mark.parametrize("path", [
    "/api/events", "/api/events?type=ASSAULT&limit=3&offset=1", "/api/events.geojson", "/api/timeline",
    "/api/timeline?by=month", "/api/actors", "/api/actors?q=iran", "/api/network", "/api/network?actor=iran",
    "/api/documents", "/api/search?q=Baghdad", "/openapi.json",
])
def test_api_routes_answer_json(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("application/json")


def test_api_pages_and_filters(client, store):
    everything = client.get("/api/events?limit=500").json()
    assert everything["total"] == store.count_events() == len(everything["items"])
    second = client.get("/api/events?limit=5&offset=5").json()["items"]
    assert [e["id"] for e in second] == [e["id"] for e in everything["items"][5:10]]
    assaults = client.get("/api/events?type=ASSAULT&limit=500").json()
    assert assaults["total"] == store.count_events(Filters(type="ASSAULT"))
    assert {e["type"] for e in assaults["items"]} == {"ASSAULT"}
    located = client.get("/api/events.geojson").json()
    assert located["features"] and all(f["geometry"]["type"] == "Point" for f in located["features"])
    lon, lat = located["features"][0]["geometry"]["coordinates"]
    where = located["features"][0]["properties"]["location"]
    assert (lon, lat) == (where["lon"], where["lat"])
    places = [f["properties"]["location"] for f in located["features"]]
    assert all(p["approximate"] == (p["level"] in ("country", "region")) for p in places)
    assert any(p["approximate"] for p in places) and not all(p["approximate"] for p in places)


def test_actor_and_document_api(client, ids, store):
    actor = client.get(f"/api/actors/{ids['actor']}").json()
    assert actor["actor"]["id"] == ids["actor"] and actor["actor"]["aliases"]
    assert all(r["subject"]["id"] == ids["actor"] for r in actor["relations_out"])
    assert all(r["object"]["id"] == ids["actor"] for r in actor["relations_in"])
    assert all(e["source"]["id"] == ids["actor"] for e in actor["events_as_source"])
    assert all(e["target"]["id"] == ids["actor"] for e in actor["events_as_target"])
    copy = next(d for d in store.documents() if d.duplicates)
    original = copy.duplicates[0].document
    document = client.get(f"/api/documents/{copy.id}").json()
    assert document["text"] == copy.text and document["duplicates"][0]["document"] == original
    assert copy.id in [x["document"] for x in client.get(f"/api/documents/{original}").json()["copied_by"]]


def test_network_edges_join_known_nodes(client):
    network = client.get("/api/network").json()
    nodes = {n["id"] for n in network["nodes"]}
    assert network["edges"] and {e["kind"] for e in network["edges"]} == {"relation", "event"}
    assert all(e["source"] in nodes and e["target"] in nodes for e in network["edges"])
    assert len(client.get("/api/network?limit=3").json()["edges"]) == 3


def test_openapi_describes_the_api(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events.geojson", "/api/timeline", "/api/actors", "/api/actors/{actor_id}",
            "/api/network", "/api/documents", "/api/documents/{document_id}", "/api/search"} <= set(spec["paths"])
    assert "EventOut" in spec["components"]["schemas"]
    assert not [p for p in spec["paths"] if not p.startswith("/api/")]
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()


def test_stored_markup_is_shown_as_text(client, hostile_id):
    for path in [f"/documents/{hostile_id}", "/events", "/", f"/events?document={hostile_id}", "/search?q=checkpoint",
                 "/documents", "/actors/isis"]:
        page = client.get(path).text
        assert "<script>window.__pwned" not in page and "<img src=x" not in page, path
        assert "<b>Wire</b>" not in page, path
    page = client.get(f"/documents/{hostile_id}").text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "Checkpoint attack &lt;script&gt;" in page
    assert 'href="javascript:' not in page


def test_headers_forbid_inline_scripts_and_framing(client):
    headers = client.get("/").headers
    policy = headers["content-security-policy"]
    script_src = re.search(r"script-src ([^;]*)", policy).group(1)
    assert script_src == "'self'" and "unsafe" not in policy
    assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"
    # /docs may run exactly its one inline initializer, allowed by hash.
    docs_policy = client.get("/docs").headers["content-security-policy"]
    assert "'sha256-" in docs_policy and "'unsafe-inline'" not in re.search(r"script-src ([^;]*)", docs_policy).group(1)


def test_no_page_has_an_inline_script_or_a_remote_link(client, ids):
    for path in [*PAGES[:-1], f"/actors/{ids['actor']}", f"/documents/{ids['documents'][0]}"]:
        page = client.get(path).text
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page), path
        # Nothing is loaded from elsewhere (an article's own address may be linked, as a plain link).
        assert not re.search(r'src="(https?:)?//', page), path
        assert not re.search(r'<link[^>]*href="(https?:)?//', page), path


def test_the_app_only_reads(client, app):
    for route in app.routes:
        methods = getattr(route, "methods", None)
        if methods:
            assert methods <= {"GET", "HEAD"}, route.path
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/api/events").status_code == 405
        assert getattr(client, method)("/").status_code == 405


@pytest.mark.parametrize("path", [
    "/static/../store/__init__.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/vendor/../../app.py",
    "/static//etc/passwd", "/documents/..%2F..%2Fetc%2Fpasswd", "/documents/%2Fetc%2Fpasswd", "/actors/..%2Fapp.py",
])
def test_no_user_path_reaches_the_file_system(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "root:" not in response.text and "create_app" not in response.text


def test_unknown_items_and_bad_input(client):
    assert client.get("/actors/nobody").status_code == 404
    assert client.get("/api/documents/nothing").status_code == 404
    page = client.get("/events?since=yesterday")
    assert page.status_code == 400 and "since" in page.text
    assert client.get("/api/events?since=yesterday").status_code == 422
    assert client.get("/api/events?type=BOMB").status_code == 422
    assert client.get("/api/events?limit=100000").status_code == 422
    assert client.get("/events?type=&actor=&since=&until=&place=&text=").status_code == 200
    # Quotes and SQL in a filter are only values: they select nothing and break nothing.
    assert client.get("/api/events?actor=x' OR '1'='1").json()["total"] == 0
    assert client.get("/api/search?q=%22) OR 1=1 --").status_code == 200


def test_other_hosts_are_refused(client):
    assert client.get("/", headers={"host": "attacker.example"}).status_code == 400


def test_static_files_are_the_vendored_ones(client):
    for path in ["/static/vendor/leaflet/leaflet.js", "/static/vendor/world-atlas/countries-110m.json",
                 "/static/vendor/uplot/uPlot.iife.min.js", "/static/vendor/cytoscape/cytoscape.min.js",
                 "/static/vendor/topojson-client/topojson-client.min.js", "/static/js/map.js", "/static/app.css"]:
        assert client.get(path).status_code == 200, path


def test_a_warm_app_has_its_front_pages_answered_before_its_first_request(store):
    import warnings

    from conflictgraph.web.app import FRONT_PAGES, create_app
    from conflictgraph.web.cache import ResponseCache

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    def cache_of(app):
        layer = app.middleware_stack
        while not isinstance(layer, ResponseCache):
            layer = layer.app
        return layer

    for warm, expected in ((True, set(FRONT_PAGES)), (False, set())):
        app = create_app(store=store, warm=warm)
        with TestClient(app, base_url="http://127.0.0.1"):
            assert {path for path, _ in cache_of(app).entries} == expected
