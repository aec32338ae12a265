"""The seed articles end to end: a valid, deterministic bundle equal to the stored golden one.

After a change that is meant to alter the output, regenerate the golden file and review its diff:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import json
import os

import pytest
from support import ROOT, SEEDS, assert_valid_bundle

GOLDEN = ROOT / "tests" / "golden" / "seeds.bundle.json"


def test_bundle_is_valid(seeds_bundle_dict):
    assert_valid_bundle(seeds_bundle_dict)


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
