"""The store: ingest, merging across batches, copies and corroboration, filters, search and bundles."""

from __future__ import annotations

import json

import pytest
from support import SEEDS, assert_valid_bundle

from conflictgraph import api
from conflictgraph.errors import InputError, StoreError
from conflictgraph.store import Filters, Store


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A URL of a new, empty store: a SQLite file, or a fresh database on the test PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("postgres_db_url")



ATTACK = (
    "Rockets hit Baghdad base\n\n"
    "Three rockets struck the Balad air base north of Baghdad on Tuesday, killing two Iraqi soldiers, "
    "officials said. Kataib Hezbollah was widely blamed for the attack on the base. "
    "The Pentagon said it was reviewing its options after the strike."
)
SAME_ATTACK_OTHER_OUTLET = (
    "Two soldiers dead in rocket strike\n\n"
    "Kataib Hezbollah fighters fired rockets at Balad air base on Tuesday, an attack that killed two Iraqi soldiers "
    "and wounded four others, according to a security source. Residents heard loud blasts across the province "
    "for most of the evening, and the police closed the main road to the town until morning."
)


def write_article(folder, stem, text, published="2020-01-15", outlet="Test Wire"):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    meta = {"url": f"https://example.org/{stem}", "outlet": outlet, "published": published, "title": None}
    (folder / f"{stem}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder / f"{stem}.txt"


def check_bundle(bundle):
    data = json.loads(bundle.to_json())
    assert_valid_bundle(data)
    return data


@pytest.fixture(scope="module")
def seeds_counts(seeds_bundle):
    return {section: len(getattr(seeds_bundle, section)) for section in ("documents", "actors", "mentions",
                                                                         "relations", "events", "claims")}


def test_ingest_seeds_holds_what_extract_finds(store_url, seeds_counts):
    report = api.ingest([SEEDS], db=store_url)
    assert len(report.added) == 5 and not report.skipped and not report.failed
    with Store.open(store_url) as store:
        counts = store.counts()
        bundle = store.bundle()
    assert {k: counts[k] for k in seeds_counts} == seeds_counts
    data = check_bundle(bundle)
    copies = {(d["id"], x["document"], x["relation"]) for d in data["documents"] for x in d["duplicates"]}
    assert copies == {("000_45b232a879c265a8", "001_ea82519b7593fc9b", "derived_from")}


def test_ingesting_again_adds_nothing_and_the_bundle_is_the_same(store_url):
    api.ingest([SEEDS], db=store_url)
    with Store.open(store_url) as store:
        first = store.bundle().to_json()
    report = api.ingest([SEEDS], db=store_url)
    assert not report.added and len(report.skipped) == 5
    with Store.open(store_url) as store:
        assert store.bundle().to_json() == first


def test_one_article_at_a_time_gives_what_one_batch_gives(store_url, seeds_counts):
    for path in sorted(SEEDS.glob("*.txt"), reverse=True):
        api.ingest([path], db=store_url, batch_size=1)
    with Store.open(store_url) as store:
        counts = store.counts()
        assert {k: counts[k] for k in seeds_counts} == seeds_counts
        assert counts["copies"] == 1


def test_a_new_report_of_a_stored_event_adds_evidence_not_an_event(store_url, tmp_path):
    first = write_article(tmp_path / "a", "wire-a", ATTACK)
    second = write_article(tmp_path / "b", "wire-b", SAME_ATTACK_OTHER_OUTLET, outlet="Other Wire")
    api.ingest([first], db=store_url)
    api.ingest([second], db=store_url)
    with Store.open(store_url) as store:
        stored = store.events(Filters(type="ASSAULT"))
        [balad] = [e for e in stored if e.location and e.location.name == "Balad Air Base"]
        assert {e.document for e in balad.evidence} == {"wire-a", "wire-b"}
        assert balad.fatalities == 2 and balad.date == "2020-01-14"
        assert balad.injuries == 4  # the second report knew what the first did not
        support = store.support(balad)
        assert (support.documents, support.sources) == (2, 2)
    # Two batches merge as one batch does.
    together = api.extract([first, second])
    assert len(stored) == len([e for e in together.events if e.type == "ASSAULT"])


def test_a_copy_counts_once_as_a_source(store_url, tmp_path):
    api.ingest([write_article(tmp_path / "a", "wire-a", ATTACK)], db=store_url)
    copy = ATTACK + "\n\nThis story was first published by Test Wire."
    api.ingest([write_article(tmp_path / "b", "copier", copy, published="2020-01-16", outlet="Copier")],
               db=store_url)
    with Store.open(store_url) as store:
        copier = store.document("copier")
        assert [(x.document, x.relation) for x in copier.duplicates] == [("wire-a", "derived_from")]
        assert [holder for holder, _ in store.copied_by("wire-a")] == ["copier"]
        event = store.events(Filters(type="ASSAULT"))[0]
        support = store.support(event)
        assert (support.documents, support.sources) == (2, 1)
        assert store.counts()["copies"] == 1


def test_the_bodies_two_stories_name_by_common_words_stay_two_when_stored_one_at_a_time(store_url, tmp_path):
    """A group named by common words alone ("the police", "the army") is the article's own body (pipeline/groups.py):
    the police of a Kharkiv story and of a Bogota one are two actors whether the store gets them in one batch or
    one article a batch (the actor's id carries its article, so the store does not merge them by id)."""
    stories = [("kharkiv", "Police in Kharkiv arrested two men on Sunday. The army shelled a village nearby."),
               ("bogota", "Police in Bogota detained five protesters on Monday. The army shelled a camp nearby."),
               ("dhaka", "Police in Dhaka arrested a student leader on Tuesday. The army shelled no one.")]
    for stem, story in stories:
        api.ingest([write_article(tmp_path / stem, stem, story)], db=store_url, batch_size=1)
    together = api.extract([tmp_path / stem / f"{stem}.txt" for stem, _ in stories])
    with Store.open(store_url) as store:
        arrests = store.events(Filters(type="COERCE"))
        sources = {e.source for e in arrests}
        assert len(arrests) == 3 and None not in sources and len(sources) == 3, sources
        stored_ids = {a.id for a in store.bundle().actors}
    assert stored_ids == {a.id for a in together.actors}  # one article a batch names them as one batch does


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def seeded(request, tmp_path_factory):
    """A store of the seed articles, read-only for the tests that use it: one per module and database."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('seeded') / 'store.db'}"
    else:
        server = request.getfixturevalue("postgres_server")
        server.admin("CREATE DATABASE cg_seeded")
        url = server.url("cg_seeded")
    api.ingest([SEEDS], db=url)
    with Store.open(url) as store:
        yield store
    if request.param == "postgresql":
        server.admin("DROP DATABASE cg_seeded WITH (FORCE)")


@pytest.mark.parametrize(("filters", "check"), [
    (Filters(type="ASSAULT"), lambda e: e.type == "ASSAULT"),
    (Filters(actor="Kata'ib Hizballah"), lambda e: "kataib-hezbollah" in (e.source, e.target)),
    (Filters(actor="kataib-hezbollah"), lambda e: "kataib-hezbollah" in (e.source, e.target)),
    # (an event dated to its year only, "2020", overlaps January)
    (Filters(since="2020-01-01", until="2020-01-31"), lambda e: e.date and "2020-01"[:len(e.date)] == e.date[:7]),
    # Dates compare at their own precision: an event of "2021" may fall after 1 June 2021.
    (Filters(since="2021-06-01"), lambda e: e.date and e.date >= "2021-06-01"[:len(e.date)]),
    (Filters(place="IRQ"), lambda e: e.location and e.location.country == "IRQ"),
    (Filters(place="baghdad"), lambda e: "baghdad" in e.location.name.lower()),
    (Filters(text="drone"), lambda e: any("drone" in x.text.lower() for x in e.evidence)),
    (Filters(document="004_8a97a8b55d2d647b"), lambda e: any(x.document == "004_8a97a8b55d2d647b"
                                                            for x in e.evidence)),
])
def test_event_filters(seeded, filters, check):
    found = seeded.events(filters)
    assert found, f"nothing found for {filters}"
    assert all(check(e) for e in found)
    assert seeded.count_events(filters) == len(found) < seeded.count_events()


def test_events_come_newest_first_with_undated_last(seeded):
    dates = [e.date for e in seeded.events()]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    assert dates[len(dated):] == [None] * (len(dates) - len(dated))


def test_relations_claims_and_actors_by_actor_name(seeded):
    [pmf] = seeded.actor_ids("Popular Mobilization Units")
    assert seeded.actor_ids("Hashd al-Shaabi") == seeded.actor_ids(pmf) == {pmf}
    relations = seeded.relations(Filters(actor="Popular Mobilization Units"))
    assert relations and all(pmf in (r.subject, r.object) for r in relations)
    assert all(r.evidence for r in relations)
    claims = seeded.claims(Filters(actor="Caggins"))
    assert claims and all(c.speaker == "myles-caggins" for c in claims)
    [actor] = seeded.actors(Filters(actor="PMU"))
    assert actor.id == pmf and "Hashd al-Shaabi" in actor.aliases
    assert seeded.actor("iran").country == "IRN"


def test_search_finds_sentences_holding_every_word(seeded):
    hits = seeded.search("drone strike Soleimani")
    assert [h.document for h in hits] == ["004_8a97a8b55d2d647b"]
    document = seeded.document(hits[0].document)
    assert document.text[hits[0].evidence.start:hits[0].evidence.end] == hits[0].evidence.text
    assert seeded.search("") == [] and seeded.search("zzzunknownword") == []
    assert seeded.search('quotes " and ( brackets') == []  # search syntax in the words is not an error


def test_filtered_bundle_is_valid_and_holds_only_what_it_cites(seeded):
    data = check_bundle(seeded.bundle(Filters(actor="kataib-hezbollah")))
    cited = {e["document"] for s in ("relations", "events", "claims") for item in data[s] for e in item["evidence"]}
    assert {d["id"] for d in data["documents"]} == cited
    assert data["events"] and data["relations"]


def test_edges_weigh_relations_and_event_dyads(seeded):
    edges = seeded.edges()
    kinds = {edge.label: edge.kind for edge in edges}
    assert kinds["backs"] == "relation" and kinds["ASSAULT"] == "event"
    assert all(edge.weight >= 1 for edge in edges)


def test_active_actors_are_counted_by_events(seeded):
    ranked = seeded.active_actors(5)
    counts = [n for _, n in ranked]
    assert counts == sorted(counts, reverse=True) and counts[0] > 1


def test_bad_input_fails_alone_and_nothing_stored_is_lost(store_url, tmp_path):
    api.ingest([SEEDS], db=store_url)
    write_article(tmp_path / "in", "fine", ATTACK)
    (tmp_path / "in" / "empty.txt").write_text("   \n", encoding="utf-8")
    errors = []
    report = api.ingest([tmp_path / "in", tmp_path / "missing.txt"], db=store_url, on_error=errors.append)
    assert report.added == ["fine"]
    assert sorted(e.source.rsplit("/", 1)[-1] for e in errors) == ["empty.txt", "missing.txt"]
    assert all(isinstance(e, InputError) for e in report.failed)
    with Store.open(store_url) as store:
        assert store.counts()["documents"] == 6


def test_a_stored_id_with_other_text_is_an_error(store_url, tmp_path):
    api.ingest([write_article(tmp_path / "a", "story", ATTACK)], db=store_url)
    errors = []
    api.ingest([write_article(tmp_path / "b", "story", SAME_ATTACK_OTHER_OUTLET)], db=store_url,
               on_error=errors.append)
    assert len(errors) == 1 and "already stored with another text" in str(errors[0])


@pytest.mark.parametrize(("url", "message"), [
    ("sqlite:////no/such/folder/x.db", "does not exist"),
    ("nosuchdb://x", "not a store URL"),
])
def test_a_store_that_cannot_be_opened_says_why(url, message):
    with pytest.raises(StoreError, match=message):
        Store.open(url)


def test_opening_migrates_once_and_keeps_data(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    api.ingest([write_article(tmp_path / "a", "story", ATTACK)], db=url)
    with Store.open(url) as store:
        store.migrate()  # already at head: nothing to do, nothing lost
        assert store.counts()["documents"] == 1
    import sqlite3

    from alembic.script import ScriptDirectory

    from conflictgraph.store import MIGRATIONS

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    with sqlite3.connect(tmp_path / "m.db") as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]


def test_a_write_the_database_refuses_is_a_store_error_and_nothing_of_the_batch_is_kept(tmp_path):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    api.ingest([write_article(tmp_path / "a", "story", ATTACK)], db=url)
    # Another text under the same id: the database refuses it.
    bundle = api.extract([write_article(tmp_path / "b", "story", ATTACK + " Officials said so.")])
    with Store.open(url) as store:
        with pytest.raises(StoreError, match="nothing of it was"):
            with store.batch() as writer:
                writer.add(bundle)
        assert store.counts()["documents"] == 1


def test_a_document_another_writer_stored_first_is_left_out_of_the_batch(tmp_path):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    api.ingest([write_article(tmp_path / "a", "story", ATTACK)], db=url)
    bundle = api.extract([tmp_path / "a" / "story.txt", write_article(tmp_path / "b", "other", ATTACK + " More.")])
    with Store.open(url) as store:
        before = store.bundle(Filters())
        with store.batch() as writer:
            assert writer.add(bundle) == {"story"}  # the same article again: stored already, left out
        after = store.bundle(Filters())
    assert [d.id for d in after.documents] == ["story", "other"]
    assert len([m for m in after.mentions if m.document == "story"]) == \
        len([m for m in before.mentions if m.document == "story"])


def test_event_dates_count_every_selected_event(seeded):
    counted = seeded.event_dates(Filters(type="ASSAULT"))
    assert sum(n for *_, n in counted) == seeded.count_events(Filters(type="ASSAULT"))
    assert all(kind == "ASSAULT" for _, kind, _ in counted)


def test_copies_and_actors_by_id(seeded):
    assert [(holder, x.document, x.relation) for holder, x in seeded.copies()] == [
        ("000_45b232a879c265a8", "001_ea82519b7593fc9b", "derived_from")]
    found = seeded.actors_by_id(["iran", "no-such-actor", "iran"])
    assert list(found) == ["iran"] and found["iran"].name == "Iran"


def test_independent_sources_follow_copies_written_by_another_process(tmp_path):
    url = f"sqlite:///{tmp_path / 'live.db'}"
    api.ingest([write_article(tmp_path / "a", "wire-a", ATTACK)], db=url)
    with Store.open(url) as reader:  # a web app, say, that stays open
        event = reader.events(Filters(type="ASSAULT"))[0]
        assert reader.support(event).sources == 1
        copy = ATTACK + "\n\nThis story was first published by Test Wire."
        api.ingest([write_article(tmp_path / "b", "copier", copy, published="2020-01-16")], db=url)
        event = [e for e in reader.events(Filters(type="ASSAULT")) if e.id == event.id][0]
        assert (reader.support(event).documents, reader.support(event).sources) == (2, 1)


def test_articles_another_writer_stored_meanwhile_count_as_skipped(tmp_path, monkeypatch):
    # Two ingests on overlapping inputs: the other one stores an article after this one found it new, before
    # this one's batch is written. The batch leaves it out, and the report says it was skipped, not lost.
    from conflictgraph import api

    url = f"sqlite:///{tmp_path / 'store.db'}"
    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    api.ingest(seeds[:1], db=url)
    monkeypatch.setattr(api, "_unstored", lambda store, documents, report, failed: list(documents))
    report = api.ingest(seeds, db=url)
    first, second = (api.read_inputs([p])[0].id for p in seeds)
    assert report.added == [second] and report.skipped == [first] and report.failed == []


def test_a_joint_event_keeps_its_lists_and_is_found_by_each_of_its_actors(store_url):
    """PLOVER's joint actors in the store (migration 0007): the lists read back in order; an actor's events and
    its pages of each role hold the joint events it is a later member of; the network has an edge from each
    source. (A later report naming the parties in another order, undated, at the same place, finds the event
    through the second party's membership and merges.)"""
    from conflictgraph.model import Actor, Bundle, Document, Event, Evidence, Location

    cairo = Location("Cairo", "EGY", 30.04, 31.24)
    first = "Talks between Ethiopia and Egypt on the Nile dam opened in Cairo on Tuesday, with Sudan as a guest."
    later = "Egypt and Ethiopia met again in Cairo."
    actors = [Actor(i, i.title(), "state") for i in ("ethiopia", "egypt", "sudan")]
    talks = Event("ev-talks", "CONSULT", date="2024-05-14", location=cairo,
                  evidence=[Evidence("d0", 0, len(first), first)])
    talks.set_actors("source", ["ethiopia", "egypt"])
    talks.set_actors("target", ["sudan"])
    report = Event("ev-report", "CONSULT", location=cairo, evidence=[Evidence("d1", 0, len(later), later)])
    report.set_actors("source", ["egypt", "ethiopia"])  # first "egypt": found only as a member of the stored list
    with Store.open(store_url) as store:
        store.add(Bundle(documents=[Document("d0", "d0.txt", first, published="2024-05-15")], actors=actors,
                         events=[talks]))
        store.add(Bundle(documents=[Document("d1", "d1.txt", later, published="2024-05-16")], actors=actors,
                         events=[report]))
        [stored] = store.events()
        assert stored.sources == ["ethiopia", "egypt"] and stored.source == "ethiopia" and stored.target == "sudan"
        assert [e.document for e in stored.evidence] == ["d0", "d1"]
        for actor in ("ethiopia", "egypt"):
            assert [e.id for e in store.events(Filters(actor=actor))] == [stored.id]
            assert [e.id for e in store.events(Filters(actor=actor), limit=5)] == [stored.id]
            assert [e.id for e in store.events(Filters(actor=actor), limit=5, role="source")] == [stored.id]
        assert not store.events(Filters(actor="egypt"), limit=5, role="target")
        dyads = {(e.source, e.target) for e in store.edges() if e.kind == "event"}
        assert dyads == {("ethiopia", "sudan"), ("egypt", "sudan")}
        data = check_bundle(store.bundle())
        assert data["events"][0]["sources"] == ["ethiopia", "egypt"] and "targets" not in data["events"][0]
