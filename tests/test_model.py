"""The data model: a bundle survives its JSON form, and a foreign bundle is refused."""

from __future__ import annotations

import pytest

from conflictgraph.model import Actor, Bundle, Document, Event, Evidence, Location, Mention


def test_round_trip_of_the_seed_bundle(seeds_bundle):
    assert Bundle.from_json(seeds_bundle.to_json()) == seeds_bundle


def test_round_trip_by_hand():
    evidence = Evidence("d", 0, 12, "Iran struck.")
    bundle = Bundle(
        documents=[Document("d", "d.txt", "Iran struck.", published="2020-01-08", published_basis="metadata")],
        actors=[Actor("iran", "Iran", "state", ["Iran"], "IRN", "Q794")],
        mentions=[Mention("d", 0, 4, "Iran", "GPE", "iran", geo=Location("Iran", "IRN", 32.0, 53.0, 130758))],
        events=[Event("ev-1", "ASSAULT", source="iran", location=Location("Erbil", "IRQ", 36.19, 44.01),
                      evidence=[evidence])],
    )
    data = bundle.to_dict()
    assert data["format"] == "conflictgraph/1"
    assert data["mentions"][0]["geo"]["geonames_id"] == 130758
    assert Bundle.from_dict(data) == bundle


def test_extra_keys_are_ignored():
    data = Bundle().to_dict()
    data["actors"] = [{"id": "x", "name": "X", "kind": "person", "aliases": [], "country": None,
                       "wikidata": None, "method": "dictionary"}]
    assert Bundle.from_dict(data).actors == [Actor("x", "X", "person", [], None, None)]


def test_other_formats_are_refused():
    with pytest.raises(ValueError, match="not a conflictgraph/1 bundle"):
        Bundle.from_dict({"format": "conflictgraph-gold/1"})


def _golden_dict() -> dict:
    import json

    from support import ROOT

    return json.loads((ROOT / "tests" / "golden" / "seeds.bundle.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["events"][3]["evidence"][0].pop("start"), "events[3].evidence[0].start: missing"),
    (lambda d: d["events"][0].update(fatalities="two"), "events[0].fatalities: not an integer (a string)"),
    (lambda d: d["events"][0].update(fatalities=True), "events[0].fatalities: not an integer (a boolean)"),
    (lambda d: d["mentions"][2].update(start=None), "mentions[2].start: null, where a value is required"),
    (lambda d: d["documents"][1].update(duplicates={}), "documents[1].duplicates: not a list (an object)"),
    (lambda d: d["actors"].__setitem__(0, "kh"), "actors[0]: not an object (a string)"),
    (lambda d: d["events"][1].update(location={"name": "Baghdad"}), "events[1].location.country: missing"),
    (lambda d: d.pop("claims"), "claims: missing"),
])
def test_a_bad_bundle_names_the_path_of_what_is_wrong(change, message):
    from conflictgraph.errors import BundleError

    data = _golden_dict()
    change(data)
    with pytest.raises(BundleError) as caught:
        Bundle.from_dict(data)
    assert str(caught.value).startswith(message)


def test_the_golden_bundle_reads_back_whole():
    data = _golden_dict()
    assert Bundle.from_dict(data).to_dict() == data


def test_a_joint_event_writes_its_lists_and_reads_them_back():
    """PLOVER's joint actors: ``sources``/``targets`` after ``target``, only where a role has several (``source`` and
    ``target`` stay the first, so a reader of the contract's fields sees one actor); they read back whole."""
    talks = Event("ev-1", "CONSULT", evidence=[Evidence("d", 0, 10, "They met.")])
    talks.set_actors("source", ["ethiopia", "egypt", "ethiopia", None])
    strike = Event("ev-2", "ASSAULT", source="houthis", evidence=[Evidence("d", 0, 10, "They met.")])
    strike.set_actors("target", ["israel", "united-states"])
    data = Bundle(events=[talks, strike]).to_dict()
    first, second = data["events"]
    assert first["source"] == "ethiopia" and first["sources"] == ["ethiopia", "egypt"] and "targets" not in first
    assert list(first)[list(first).index("target") + 1] == "sources"
    assert second["targets"] == ["israel", "united-states"] and "sources" not in second
    assert Bundle.from_dict(data).events == [talks, strike]
    alone = Event("ev-3", "ASSAULT", source="rsf", evidence=[Evidence("d", 0, 10, "They met.")])
    assert "sources" not in Bundle(events=[alone]).to_dict()["events"][0] and alone.actors("source") == ["rsf"]
