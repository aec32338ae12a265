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


def joint(sources=(), targets=(), **kw) -> Event:
    made = event(**kw)
    made.set_actors("source", list(sources))
    made.set_actors("target", list(targets))
    return made


def test_joint_actors_are_compared_as_sets():
    """PLOVER's joint actors: "Russia and Turkey agreed" is "Turkey and Russia agreed" (the text's order does not
    count); a report naming fewer of the parties, beginning with the same one, is the same event, as two reports of
    one actor each are only where it is the same; otherwise they contradict."""
    both = joint(["russia", "turkey"], date="2016-12-29")
    assert agreement(both, joint(["turkey", "russia"], date="2016-12-29")) == 2  # source and date
    assert agreement(both, joint(["russia"], date="2016-12-29")) == 2
    assert agreement(both, joint(["turkey"], date="2016-12-29")) is None
    assert agreement(both, joint(["iran", "turkey"], date="2016-12-29")) is None
    assert agreement(joint(["sudan-army"], ["rsf"]), joint(["sudan-army"], ["rsf", "civilians"])) == 2


def test_a_joint_report_keeps_its_actors_and_takes_them_where_it_named_none():
    """The merged event keeps the first report's actors of a role (as it did before lists), and takes a later
    report's where it named none; an event without a list keeps the id it had before lists."""
    merged = merge_all([joint(["turkey", "russia"], date="2016-12-29", location=BAGHDAD, doc="a"),
                        joint(["russia", "turkey"], ["syria"], date="2016-12-29", doc="b")], same_sentence=False)
    assert len(merged) == 1
    assert merged[0].sources == ["turkey", "russia"] and merged[0].target == "syria"
    none_first = merge_all([joint([], ["syria"], date="2016-12-29", location=BAGHDAD, doc="a"),
                            joint(["russia", "turkey"], ["syria"], date="2016-12-29", doc="b")], same_sentence=False)
    assert none_first[0].sources == ["russia", "turkey"]
    single = event(source="kh", target="us", date="2019-12")
    assert event_id(single) == event_id(joint(["kh"], ["us"], date="2019-12"))
    assert event_id(joint(["kh", "aah"], ["us"], date="2019-12")) != event_id(single)
