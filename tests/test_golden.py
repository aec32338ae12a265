"""The seed articles end to end: a valid, deterministic bundle equal to the stored golden one.

After a change that is meant to alter the output, regenerate the golden file and review its diff:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import json
import os

import jsonschema
import pytest
from conftest import ROOT, SEEDS

GOLDEN = ROOT / "tests" / "golden" / "seeds.bundle.json"
SCHEMA = json.loads((ROOT / "tests" / "data" / "bundle.schema.json").read_text(encoding="utf-8"))


def test_bundle_validates_against_the_schema(seeds_bundle_dict):
    jsonschema.Draft202012Validator(SCHEMA).validate(seeds_bundle_dict)


def test_every_offset_slices_its_text(seeds_bundle_dict):
    texts = {d["id"]: d["text"] for d in seeds_bundle_dict["documents"]}
    actors = {a["id"] for a in seeds_bundle_dict["actors"]}
    for m in seeds_bundle_dict["mentions"]:
        assert texts[m["document"]][m["start"]:m["end"]] == m["text"]
        assert m["actor"] is None or m["actor"] in actors
    for section in ("relations", "events", "claims"):
        for item in seeds_bundle_dict[section]:
            for e in item["evidence"]:
                assert texts[e["document"]][e["start"]:e["end"]] == e["text"], (section, item)


def test_every_referenced_actor_exists(seeds_bundle_dict):
    actors = {a["id"] for a in seeds_bundle_dict["actors"]}
    for r in seeds_bundle_dict["relations"]:
        assert {r["subject"], r["object"]} <= actors
    for e in seeds_bundle_dict["events"]:
        assert {e["source"], e["target"]} - {None} <= actors
    for c in seeds_bundle_dict["claims"]:
        assert c["speaker"] is None or c["speaker"] in actors


def test_same_input_same_bundle(seeds_bundle):
    from conflictgraph import extract

    assert extract([SEEDS]).to_json() == seeds_bundle.to_json()


def test_matches_the_golden_bundle(seeds_bundle_dict):
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(seeds_bundle_dict, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        pytest.skip("golden bundle rewritten")
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for section in ("documents", "actors", "mentions", "relations", "events", "claims"):
        got, want = seeds_bundle_dict[section], golden[section]
        missing = [x for x in want if x not in got]
        extra = [x for x in got if x not in want]
        assert not missing and not extra, (
            f"{section}: {len(missing)} golden item(s) missing, {len(extra)} new; "
            f"first missing: {json.dumps(missing[:1], ensure_ascii=False)[:400]}; "
            f"first new: {json.dumps(extra[:1], ensure_ascii=False)[:400]}"
            " (if intended: UPDATE_GOLDEN=1 and review the diff)"
        )
        assert got == want, f"{section}: same items, different order"
