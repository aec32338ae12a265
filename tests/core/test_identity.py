"""One rule for "the same item", used by the merge stages and by the store alike."""

from __future__ import annotations

from conflictgraph.core.identity import (
    agreement,
    claim_id,
    claim_key,
    event_id,
    merge_all,
    merge_claims,
    merge_relations,
    relation_id,
)
from conflictgraph.model import Claim, Event, Evidence, Location, Relation

BAGHDAD = Location("Baghdad", "IRQ", 33.34, 44.40)
GREEN_ZONE = Location("Green Zone", "IRQ", 33.30, 44.38)  # about 5 km away: the same place for an event


def ev(doc: str, start: int, text: str = "A sentence.") -> Evidence:
    return Evidence(doc, start, start + len(text), text)


def event(**kw) -> Event:
    return Event(id="", type=kw.pop("type", "ASSAULT"), evidence=[ev(kw.pop("doc", "a"), kw.pop("at", 0))], **kw)


def test_events_agree_on_shared_arguments_and_never_across_a_contradiction():
    a = event(source="kh", date="2019-12-27", location=BAGHDAD)
    assert agreement(a, event(source="kh", date="2019-12", location=GREEN_ZONE)) == 2  # source, place
    assert agreement(a, event(source="isis", date="2019-12-27")) is None  # another source
    assert agreement(a, event(type="PROTEST", source="kh")) is None
    assert agreement(a, event(date="2019-11-02")) is None


def test_reports_sharing_two_arguments_merge_into_the_more_precise():
    merged = merge_all([event(source="kh", target="us", date="2019-12", doc="a"),
                        event(source="kh", target="us", date="2019-12-27", location=BAGHDAD, doc="b")],
                       same_sentence=False)
    assert len(merged) == 1 and merged[0].date == "2019-12-27" and merged[0].location == BAGHDAD
    assert len(merge_all([event(source="kh", doc="a"), event(source="kh", doc="b")], same_sentence=False)) == 2
    assert [e.document for e in merged[0].evidence] == ["a", "b"]
    assert event_id(merged[0]).startswith("ev-") and event_id(merged[0]) == event_id(merged[0])


def test_claims_are_one_whatever_their_white_space():
    one = Claim("kh", "KH", "we will  respond", "quote", [ev("a", 0, "KH said: we will respond.")])
    two = Claim("kh", "Kataib Hezbollah", "we will respond", "quote", [ev("b", 9, "KH said:  we will respond.")])
    assert claim_key(one) == claim_key(two) and claim_id(one) == claim_id(two)
    [merged] = merge_claims([one, two])
    assert [e.document for e in merged.evidence] == ["a", "b"]
    other = Claim(None, "a spokesman", "we will respond", "quote", [ev("a", 0, "KH said: we will respond.")])
    assert claim_id(other) != claim_id(one)


def test_relations_are_one_per_subject_predicate_object():
    r1 = Relation("iran", "backs", "kh", [ev("b", 5)])
    r2 = Relation("iran", "backs", "kh", [ev("a", 0), ev("b", 5)])
    [merged] = merge_relations([r1, r2])
    assert [(e.document, e.start) for e in merged.evidence] == [("a", 0), ("b", 5)]
    assert relation_id(r1) == relation_id(r2) != relation_id(Relation("kh", "backs", "iran"))
