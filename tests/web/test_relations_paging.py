"""An actor's page shows its strongest relations in each role, with how many there are in all and a link to the
others (a busy actor of the 10k store has over a hundred, one with 1,117 sentences); /relations and
/api/relations page through all of them, the most evidence first, each with its evidence."""

from __future__ import annotations

import random
import warnings

import pytest
from sqlalchemy import insert

from conflictgraph.store import Filters, Store
from conflictgraph.store import schema as t
from conflictgraph.web import create_app
from conflictgraph.web.views import RELATIONS_SHOWN, View

PREDICATES = ["allied_with", "opposes", "member_of", "supports", "attacks"]


def fill(store: Store, seed: int = 17) -> dict[str, int]:
    """Actors and relations written straight into the tables: "hub" is the subject of 3 * RELATIONS_SHOWN + 1
    relations and the object of RELATIONS_SHOWN + 5 (one of them with itself), with 1 to 12 sentences each and
    many ties. Returns each relation's number of sentences by (subject, predicate, object)."""
    rng = random.Random(seed)
    others = [f"x{i:02d}" for i in range(30)]
    spo = [("hub", p, o) for o in others for p in PREDICATES][: 3 * RELATIONS_SHOWN] + [("hub", "opposes", "hub")]
    spo += [(s, "attacks", "hub") for s in others[: RELATIONS_SHOWN + 4]]
    spo += [("x00", "allied_with", "x01")]
    strength = {key: rng.randint(1, 12) for key in spo}
    text = "word " * 200
    with store.batch() as writer:
        c = writer.connection
        c.execute(insert(t.documents), [{"id": f"doc{d}", "seq": d, "source": f"doc{d}.txt", "text": text,
                                         "content_hash": f"h{d}", "ingested_at": "2024-01-01T00:00:00"}
                                        for d in range(1, 4)])
        c.execute(insert(t.actors), [{"id": a, "name": a.upper(), "kind": "group"} for a in ["hub", *others]])
        c.execute(insert(t.relations), [{"id": f"r{i:04d}", "subject": s, "predicate": p, "object": o}
                                        for i, (s, p, o) in enumerate(spo)])
        c.execute(insert(t.evidence), [{"kind": "relation", "item": f"r{i:04d}", "document": f"doc{1 + n % 3}",
                                        "start": 5 * n, "end": 5 * n + 4, "text": "word"}
                                       for i, key in enumerate(spo) for n in range(strength[key])])
    return strength


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    with Store.open(f"sqlite:///{tmp_path_factory.mktemp('relations') / 'store.db'}") as store:
        strength = fill(store)
        yield store, strength


@pytest.fixture(scope="module")
def client(filled):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with TestClient(create_app(store=filled[0]), base_url="http://127.0.0.1") as test_client:
        yield test_client


def strongest(strength: dict, keep) -> list[tuple[str, str, str]]:
    return sorted((k for k in strength if keep(k)), key=lambda k: (-strength[k], k))


def test_the_store_lists_an_actors_relations_strongest_first_in_each_role(filled):
    store, strength = filled
    mine = Filters(actor="hub")
    as_subject = strongest(strength, lambda k: k[0] == "hub")
    as_object = strongest(strength, lambda k: k[2] == "hub" and k[0] != "hub")
    for role, expected in [("subject", as_subject), ("object", as_object)]:
        assert store.count_relations(mine, role=role) == len(expected)
        everything = store.relations(mine, role=role, order="strongest")
        assert [(r.subject, r.predicate, r.object) for r in everything] == expected
        assert all(len(r.evidence) == strength[(r.subject, r.predicate, r.object)] for r in everything)
        for limit, offset in [(1, 0), (RELATIONS_SHOWN, 0), (7, 13), (50, 40), (10, 500)]:
            page = store.relations(mine, limit, offset, role=role, order="strongest")
            assert [(r.subject, r.predicate, r.object) for r in page] == expected[offset:offset + limit]
    # no role: both, and the order by name is the one it was
    assert store.count_relations(mine) == len(as_subject) + len(as_object)
    assert [(r.subject, r.predicate, r.object) for r in store.relations(mine)] == sorted(as_subject + as_object)
    with pytest.raises(ValueError):
        store.relations(role="subject")
    with pytest.raises(ValueError):
        store.relations(mine, order="loudest")


def test_an_actors_page_shows_its_strongest_relations_and_links_to_the_rest(filled, client):
    store, strength = filled
    detail = View(store).actor_detail("hub")
    assert detail is not None
    assert detail.relations_out_total == 3 * RELATIONS_SHOWN + 1 and len(detail.relations_out) == RELATIONS_SHOWN
    assert detail.relations_in_total == RELATIONS_SHOWN + 4 and len(detail.relations_in) == RELATIONS_SHOWN
    shown = [(r.subject.id, r.predicate, r.object.id) for r in detail.relations_out]
    assert shown == strongest(strength, lambda k: k[0] == "hub")[:RELATIONS_SHOWN]
    assert all(len(r.evidence) == strength[(r.subject.id, r.predicate, r.object.id)]
               for r in detail.relations_out + detail.relations_in)  # each shown with all its evidence
    small = View(store).actor_detail("x00")
    assert small is not None and small.relations_out_total == len(small.relations_out) == 2
    page = client.get("/actors/hub").text
    assert f"({RELATIONS_SHOWN} of {3 * RELATIONS_SHOWN + 1}, the most evidence first)" in page
    assert 'href="/relations?actor=hub&amp;role=subject"' in page
    assert 'href="/relations?actor=hub&amp;role=object"' in page
    assert "/relations?actor=x00" not in client.get("/actors/x00").text  # all shown: no link


def test_the_relations_pages_list_every_relation_with_its_evidence(filled, client):
    _, strength = filled
    for role, keep in [("subject", lambda k: k[0] == "hub"), ("object", lambda k: k[2] == "hub" and k[0] != "hub")]:
        expected = strongest(strength, keep)
        got, offset = [], 0
        while True:
            answer = client.get(f"/api/relations?actor=hub&role={role}&limit=9&offset={offset}").json()
            assert answer["total"] == len(expected)
            got += answer["items"]
            offset += 9
            if offset >= answer["total"]:
                break
        assert [(r["subject"]["id"], r["predicate"], r["object"]["id"]) for r in got] == expected
        assert all(len(r["evidence"]) == strength[(r["subject"]["id"], r["predicate"], r["object"]["id"])]
                   and r["evidence"][0]["url"].startswith("/documents/doc") for r in got)
        html = client.get(f"/relations?actor=hub&role={role}&limit=20").text
        assert f"{len(expected):,}, the most evidence first" in html and "Weaker →" in html
    assert client.get("/api/relations").json()["total"] == len(strength)
    assert client.get("/api/relations?role=subject").status_code == 422
    assert client.get("/relations?role=object").status_code == 422
    assert client.get("/api/relations?actor=hub&role=sideways").status_code == 422
