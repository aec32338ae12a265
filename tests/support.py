"""What tests import: the repository's paths and a full check of a bundle.

A module of its own, not conftest.py: with two conftest.py files (tests/ and tests/web/), ``from conftest
import`` would find whichever pytest loaded first.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "data" / "seeds-dev-gold.json"
SCHEMA = json.loads((ROOT / "tests" / "data" / "bundle.schema.json").read_text(encoding="utf-8"))


def assert_valid_bundle(data: dict) -> None:
    """The bundle validates against the schema, every offset slices its text, and every id it names exists."""
    import jsonschema

    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    actors = {a["id"] for a in data["actors"]}
    for m in data["mentions"]:
        assert texts[m["document"]][m["start"]:m["end"]] == m["text"]
        assert m["actor"] is None or m["actor"] in actors
    for section in ("relations", "events", "claims"):
        for item in data[section]:
            for e in item["evidence"]:
                assert texts[e["document"]][e["start"]:e["end"]] == e["text"], (section, item)
    for r in data["relations"]:
        assert {r["subject"], r["object"]} <= actors
    for e in data["events"]:
        assert {e["source"], e["target"]} - {None} <= actors
        for role in ("source", "target"):  # a joint event's list: several actors, each once, the first its role's
            if role + "s" in e:
                many = e[role + "s"]
                assert len(many) > 1 and len(set(many)) == len(many) and many[0] == e[role], e
                assert set(many) <= actors, e
    for c in data["claims"]:
        assert c["speaker"] is None or c["speaker"] in actors
    for d in data["documents"]:
        assert {x["document"] for x in d["duplicates"]} <= set(texts)


# The stages that resolve a mention to the knowledge base's record (the knowledge tests need no more)
ACTOR_STAGES = ["entities", "actors", "actor-ids"]


def actor_mentions(text: str) -> list[tuple[str, str | None]]:
    """The (text, actor id) of every mention in one article's text, resolved by ACTOR_STAGES only."""
    from conflictgraph import extract

    return [(m.text, m.actor) for m in extract([text], stages=ACTOR_STAGES).mentions]


def actor_of(text: str, surface: str) -> str | None:
    """The actor id of the first mention written ``surface`` in the text (the test fails if there is none)."""
    found = [a for t, a in actor_mentions(text) if t == surface]
    assert found, f"no mention {surface!r} in {actor_mentions(text)}"
    return found[0]


def relations_by_name(text: str, published: str = "2024-03-01") -> set[tuple[str, str, str]]:
    """The (subject name, predicate, object name) of every relation extracted from one article's text."""
    from conflictgraph import extract

    bundle = extract([text], published=published).to_dict()
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    return {(names[r["subject"]], r["predicate"], names[r["object"]]) for r in bundle["relations"]}


def has_relation(relations: set[tuple[str, str, str]], subject: str, predicate: str, obj: str) -> bool:
    """Whether a relation of ``predicate`` ties a subject and an object whose names hold these words (of a tie with no
    direction, "allied_with", in either order: the bundle holds one relation per tie, its actors in id order)."""
    from conflictgraph.core.vocabulary import SYMMETRIC_PREDICATES

    return any(subject in s and p == predicate and obj in o
               or p == predicate in SYMMETRIC_PREDICATES and obj in s and subject in o for s, p, o in relations)


def event_rows(text: str, published: str) -> list[dict]:
    """The events of one text, each with the fields an annotation rule speaks of: type, mode, date, toll, and source
    and target both as the single value and as the list a joint or reciprocal event carries."""
    from conflictgraph import extract

    return [{"type": e["type"], "mode": e["mode"], "date": e["date"], "fatalities": e["fatalities"],
             "injuries": e["injuries"], "source": e["source"], "sources": e.get("sources") or [e["source"]],
             "target": e["target"], "targets": e.get("targets") or [e["target"]]}
            for e in extract([text], published=published).to_dict()["events"]]


def assert_event(text: str, published: str, event_type: str, expected: dict, rule: str) -> None:
    """The rule's event is in the text's events: one of ``event_type`` whose fields hold every ``expected`` value."""
    events = [e for e in event_rows(text, published) if e["type"] == event_type]
    assert events, f"{rule}: no {event_type} in {text!r}"
    assert any(all(e[k] == v for k, v in expected.items()) for e in events), (rule, events)


def events_by_text(texts: list[str], published: str) -> dict[str, list[dict]]:
    """Each text's events, from one extraction of all of them (each text is a document of its own)."""
    return events_and_names(texts, published)[0]


def events_and_names(texts: list[str], published: str) -> tuple[dict[str, list[dict]], dict[str, str]]:
    """Each text's events, from one extraction of all of them (each text is a document of its own), and the name
    of every actor by id."""
    from conflictgraph import extract

    bundle = extract(texts, published=published).to_dict()
    text_of = {d["id"]: d["text"] for d in bundle["documents"]}
    found: dict[str, list[dict]] = {t: [] for t in texts}
    for event in bundle["events"]:
        for document in {e["document"] for e in event["evidence"]}:
            found[text_of[document]].append(event)
    return found, {a["id"]: a["name"] for a in bundle["actors"]}


ClaimRow = tuple[str | None, str, list[str]]


def claim_rows(text: str, published: str = "2024-03-01") -> list[ClaimRow]:
    """The claims ``extract`` makes of one text: (speaker's name, the claim's text, its evidence sentences with their
    whitespace collapsed), in the bundle's order."""
    from conflictgraph import extract

    bundle = extract([text], published=published).to_dict()
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    return [(names.get(c["speaker"] or ""), c["text"], [" ".join(e["text"].split()) for e in c["evidence"]])
            for c in bundle["claims"]]


def claims_holding(rows: list[ClaimRow], words: str) -> list[ClaimRow]:
    """The ``claim_rows`` whose evidence holds ``words``."""
    return [r for r in rows if any(words in e for e in r[2])]
