"""Where sources disagree, on a store built by hand: two sources give one attack two dates and two tolls; an
article and its copy tell one more; a third source tells an unrelated event."""

from __future__ import annotations

import pytest

from conflictgraph import api
from conflictgraph.brief import Criteria, build, render
from conflictgraph.brief.select import select
from conflictgraph.brief.versions import compare, disagreements
from conflictgraph.model import Actor, Bundle, Document, Event, Evidence, Location
from conflictgraph.store import Store

K1 = Location("K-1 Air Base", "IRQ", 35.5154, 44.2828)
TEXTS = {
    "a": ("Wire A", "2020-01-02",
          "Rockets hit K-1 Air Base on 27 December. One contractor was killed, officials said."),
    "b": ("Wire B", "2020-01-03", "A rocket attack on K-1 Air Base on 28 December killed three people. Nothing else."),
    "c": ("Wire C", "2020-01-04", "Protesters gathered in Basra on 28 December. The crowd was calm all day long."),
}


def _evidence(doc: str, sentence: int = 0) -> Evidence:
    text = TEXTS[doc][2]
    parts = text.split(". ")
    start = sum(len(p) + 2 for p in parts[:sentence])
    end = start + len(parts[sentence]) + (0 if parts[sentence].endswith(".") else 1)
    return Evidence(doc, start, end, text[start:end])


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('versions') / 'store.db'}"
    documents = [Document(id=k, source=f"https://example.org/{k}", text=t, outlet=o, published=p, title=f"Story {k}")
                 for k, (o, p, t) in TEXTS.items()]
    actors = [Actor("kataib-hezbollah", "Kataib Hezbollah", "armed_group", country="IRQ"),
              Actor("united-states", "United States", "state", country="USA")]
    events = [
        Event("ev-a", "ASSAULT", "heavy-weapons", "kataib-hezbollah", "united-states", "2019-12-27", K1, 1, None,
              [_evidence("a"), _evidence("a", 1)]),
        Event("ev-b", "ASSAULT", "heavy-weapons", "kataib-hezbollah", "united-states", "2019-12-28", K1, 3, None,
              [_evidence("b")]),
        Event("ev-c", "PROTEST", None, None, None, "2019-12-28", Location("Basrah", "IRQ", 30.5, 47.8, 99532), None,
              None, [_evidence("c")]),
    ]
    with Store.open(url) as opened:
        with opened.batch() as writer:
            writer.add(Bundle(documents=documents, actors=actors, events=events))
        yield opened


def test_the_store_keeps_the_two_versions_apart(store):
    assert sorted(e.id for e in store.events()) == ["ev-a", "ev-b", "ev-c"]


def test_two_sources_two_versions_make_one_disagreement(store):
    found = disagreements(select(store, Criteria(place="IRQ")))
    assert len(found) == 1
    assert [e.id for e in found[0].events] == ["ev-a", "ev-b"]
    assert found[0].differ == ["date", "deaths"]


def test_the_briefing_shows_each_version_with_its_sources(store):
    brief = build(store, Criteria(actors=("Kataib Hezbollah",), since="2019-12-27", until="2019-12-27"))
    assert [s.event for s in brief.events] == ["ev-a"]  # the filter selects one version...
    (dispute,) = brief.disputes  # ...and the other is found beside it
    assert "differ on its date and deaths" in dispute.text
    versions = {v.event: v for v in dispute.versions}
    assert "On 27 December 2019" in versions["ev-a"].text and "killed one person" in versions["ev-a"].text
    assert "On 28 December 2019" in versions["ev-b"].text and "killed three people" in versions["ev-b"].text
    outlets = {v.event: {brief.citations[n - 1].outlet for n in v.cites} for v in dispute.versions}
    assert outlets == {"ev-a": {"Wire A"}, "ev-b": {"Wire B"}}
    page = render(brief, "html")
    assert page.count('data-event="ev-b"') == 1


@pytest.mark.parametrize(("change", "differ"), [
    ({"date": "2019-12-31"}, None),  # four days apart: too far to be one occurrence
    ({"type": "PROTEST"}, None),
    ({"source": None, "target": None, "location": None}, None),  # shares only the type: nothing to tie them
    ({"fatalities": 1}, ["date"]),
    ({"date": "2019-12-27", "location": Location("Baghdad", "IRQ", 33.34, 44.40, 98182)}, ["place", "deaths"]),
    ({"date": "2019-12-27", "source": "isis"}, ["source", "deaths"]),
])
def test_compare(change, differ):
    a = Event("a", "ASSAULT", None, "kataib-hezbollah", "united-states", "2019-12-27", K1, 1, None)
    b = Event("b", "ASSAULT", None, "kataib-hezbollah", "united-states", "2019-12-28", K1, 3, None)
    for key, value in change.items():
        setattr(b, key, value)
    found = compare(a, b)
    if differ is None:
        assert found is None or found[0] < 2
    else:
        assert found is not None and found[0] >= 2 and found[1] == differ


def test_one_source_telling_two_versions_is_no_disagreement(tmp_path):
    text = "Rockets hit K-1 Air Base on 27 December. Rockets hit K-1 Air Base on 28 December, killing three."
    first, second = text.split(". ")
    evidence = [Evidence("x", 0, len(first) + 1, first + "."), Evidence("x", len(first) + 2, len(text), second)]
    events = [Event(f"ev-{i}", "ASSAULT", None, "kataib-hezbollah", "united-states", f"2019-12-2{7 + i}", K1,
                    None if i == 0 else 3, None, [evidence[i]]) for i in range(2)]
    with Store.open(f"sqlite:///{tmp_path / 'one.db'}") as store:
        with store.batch() as writer:
            writer.add(Bundle(documents=[Document("x", "x.txt", text, outlet="Wire X", published="2020-01-01")],
                              actors=[Actor("kataib-hezbollah", "Kataib Hezbollah", "armed_group"),
                                      Actor("united-states", "United States", "state")], events=events))
        assert disagreements(select(store, Criteria())) == []


@pytest.mark.slow
def test_rereading_finds_the_toll_the_store_merged_away(tmp_path):
    # Two wires agree on the attack's date, place and parties, so the store merges them into one event and keeps
    # the first toll; read one sentence at a time, they differ on the deaths.
    said = {"d": ("Wire D", "Officials in Kirkuk spoke to reporters on Thursday about the base.",
                  "A rocket attack by Kataib Hezbollah on K-1 Air Base on December 27 killed one contractor.",
                  "The governor called for calm and promised an inquiry into the security of the province."),
            "e": ("Wire E", "Washington blamed the group, which denied any part in it, for the strike.",
                  "A rocket attack by Kataib Hezbollah on K-1 Air Base on December 27 killed three people.",
                  "Oil prices rose on the news, and several airlines changed their routes over Iraq.")}
    documents, events = [], []
    for (k, (outlet, before, sentence, after)), dead in zip(said.items(), (1, 3), strict=True):
        text = f"{before} {sentence} {after}"
        documents.append(Document(id=k, source=f"{k}.txt", text=text, outlet=outlet, published="2020-01-02"))
        start = len(before) + 1
        events.append(Event(f"ev-{k}", "ASSAULT", "heavy-weapons", "kataib-hezbollah", "united-states",
                            "2019-12-27", K1, dead, None, [Evidence(k, start, start + len(sentence), sentence)]))
    with Store.open(f"sqlite:///{tmp_path / 'merged.db'}") as store:
        with store.batch() as writer:
            writer.add(Bundle(documents=documents, events=events, actors=[
                Actor("kataib-hezbollah", "Kataib Hezbollah", "armed_group"),
                Actor("united-states", "United States", "state")]))
        (stored,) = store.events()
        assert stored.fatalities == 1 and store.support(stored).sources == 2
        assert build(store, Criteria()).disputes == []  # the stored event alone shows no disagreement
        brief = build(store, Criteria(), extract=api._sentence_events)
    (dispute,) = brief.disputes
    assert "differ on its deaths" in dispute.text
    told = sorted(v.text for v in dispute.versions)
    assert told[0].startswith("Wire D: ") and "killed one person" in told[0]
    assert told[1].startswith("Wire E: ") and "killed three people" in told[1]


def test_the_brief_exporter_briefs_a_bundle(store, tmp_path):
    from conflictgraph import exporters

    bundle = store.bundle()
    out = tmp_path / "bundle.html"
    exporters.export(bundle, "brief", out)
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "Where the sources disagree" in page
    assert "differ on its date and deaths" in page  # the two versions of the K-1 attack, as from the store
    for document in bundle.documents:
        assert document.outlet in page
