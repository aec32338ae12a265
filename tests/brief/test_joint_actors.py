"""The briefing names every actor of a joint or reciprocal event (PLOVER's lists: ``sources``/``targets``), not the
first alone: in its sentences, its table labels, the actors' sections, the network and the selection it reads.
Events written for this test, from several conflicts, stored by hand."""

from __future__ import annotations

import pytest

from conflictgraph.brief import Criteria, build, render, words
from conflictgraph.brief.select import select
from conflictgraph.brief.versions import compare
from conflictgraph.model import Actor, Bundle, Document, Event, Evidence, Location
from conflictgraph.store import Store

NAMES = {"turkey": "Turkey", "russia": "Russia", "iran": "Iran", "syria": "Syria", "hts": "Hayat Tahrir al-Sham",
         "sudan": "Sudan", "rsf": "Rapid Support Forces", "ethiopia": "Ethiopia", "eritrea": "Eritrea",
         "tplf": "TPLF", "united-states": "United States", "mali": "Mali", "wagner": "Wagner Group"}


def _name(actor_id):
    return NAMES.get(actor_id) if actor_id else None


def _event(kind, sources, targets, date="2020-03-05", location=None, dead=None):
    event = Event("e", kind, None, None, None, date, location, dead, None)
    event.set_actors("source", sources)
    event.set_actors("target", targets)
    return event


@pytest.mark.parametrize(("event", "said"), [
    (_event("AGREE", ["turkey", "russia"], ["syria"]),
     "On 5 March 2020 Turkey and Russia reached an agreement with Syria"),
    (_event("CONSULT", ["iran", "russia", "turkey"], []), "On 5 March 2020 Iran, Russia and Turkey held talks"),
    (_event("ACCUSE", ["sudan"], ["rsf", "united-states"]), "Sudan accused Rapid Support Forces and the United States"),
    (_event("ASSAULT", ["ethiopia", "eritrea"], ["tplf"], dead=12),
     "against TPLF, attributed to Ethiopia and Eritrea, killed 12 people"),
])
def test_an_events_sentence_names_every_actor_of_a_role(event, said):
    assert said in words.event_sentence(event, _name)


def test_an_event_of_one_actor_reads_as_before():
    assert words.event_sentence(_event("SANCTION", ["mali"], ["wagner"]), _name) == \
        "On 5 March 2020 Mali took punitive measures against Wagner Group."


def test_a_table_label_names_every_actor():
    label = words.short(_event("AGREE", ["turkey", "russia"], ["hts", "syria"]), _name)
    assert label.endswith("Turkey & Russia → Hayat Tahrir al-Sham & Syria"), label


@pytest.mark.parametrize(("a", "b", "shared"), [
    (["turkey", "russia"], ["russia", "turkey"], 2),  # one joint actor told in two orders: the same parties
    (["turkey", "russia"], ["turkey"], 1),  # Russia left out by one report: not the same parties
])
def test_versions_compare_a_roles_actors_as_a_set(a, b, shared):
    first = _event("AGREE", a, ["syria"])
    second = _event("AGREE", b, ["syria"], date="2020-03-06")
    found = compare(first, second)
    assert found is not None and found[0] == shared
    assert ("source" in found[1]) == (shared == 1)


TEXT = ("Turkey and Russia agreed a ceasefire in Idlib on 5 March. Ethiopian and Eritrean troops shelled Adigrat "
        "on 6 March, killing 12 people.")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('joint') / 'store.db'}"
    first, second = TEXT.split(". ")
    evidence = [Evidence("w", 0, len(first) + 1, first + "."), Evidence("w", len(first) + 2, len(TEXT), second)]
    agree = _event("AGREE", ["turkey", "russia"], ["hts"], "2020-03-05", Location("Idlib", "SYR", 35.93, 36.63))
    assault = _event("ASSAULT", ["ethiopia", "eritrea"], ["tplf"], "2020-03-06",
                     Location("Adigrat", "ETH", 14.28, 39.46), dead=12)
    agree.id, assault.id = "ev-idlib", "ev-adigrat"
    agree.evidence, assault.evidence = [evidence[0]], [evidence[1]]
    kinds = {"turkey": "state", "russia": "state", "ethiopia": "state", "eritrea": "state", "hts": "armed_group",
             "tplf": "armed_group"}
    with Store.open(url) as opened:
        with opened.batch() as writer:
            writer.add(Bundle(documents=[Document("w", "https://example.org/w", TEXT, outlet="Wire W",
                                                  published="2020-03-07", title="Two fronts")],
                              actors=[Actor(k, NAMES[k], kind) for k, kind in kinds.items()],
                              events=[agree, assault]))
        yield opened


def test_the_selection_reads_every_actor_of_its_events(store):
    selection = select(store, Criteria(since="2020-03-01", until="2020-03-31"))
    assert {"turkey", "russia", "ethiopia", "eritrea", "hts", "tplf"} <= set(selection.actors)


def test_the_briefing_names_every_actor(store):
    brief = build(store, Criteria(since="2020-03-01", until="2020-03-31"))
    told = " ".join(s.text for s in brief.events)
    assert "Turkey and Russia reached an agreement with Hayat Tahrir al-Sham" in told, told
    assert "attributed to Ethiopia and Eritrea" in told, told
    sections = {s.title.split(" (")[0]: s for s in brief.actors}
    assert "Russia is the source of one selected event" in sections["Russia"].statements[0].text
    assert "Eritrea is the source of one selected event" in sections["Eritrea"].statements[0].text
    edges = {(a, b) for a, b, _label, _n in brief.network}
    assert {("turkey", "hts"), ("russia", "hts"), ("ethiopia", "tplf"), ("eritrea", "tplf")} <= edges
    markdown = render(brief, "md")
    assert "Turkey and Russia" in markdown and "Ethiopia and Eritrea" in markdown
