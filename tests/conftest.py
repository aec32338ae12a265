"""Shared fixtures: the seed articles the repository keeps, and one extraction of them per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "data" / "seeds-dev-gold.json"


@pytest.fixture(scope="session")
def seeds_bundle():
    """The bundle of the five seed articles (the extraction is the slow part: done once)."""
    from conflictgraph import extract

    return extract([SEEDS])


@pytest.fixture(scope="session")
def seeds_bundle_dict(seeds_bundle):
    return json.loads(seeds_bundle.to_json())


@pytest.fixture(scope="session")
def gold():
    return json.loads(GOLD.read_text(encoding="utf-8"))
