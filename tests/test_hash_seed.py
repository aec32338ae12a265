"""The same input gives the same bundle whatever the interpreter's string hashing: a set's order changes with
PYTHONHASHSEED, and an order drawn from one once decided which country a facility's name was looked up in first
("Golden Globe-nominated" placed in Golden, British Columbia, under some seeds and nowhere under others;
pipeline/places.py, the places stage's ``known`` countries, now in a fixed order)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from support import ROOT

ARTICLE = ROOT / "tests" / "data" / "news-gold" / "articles" / "dev" / "trnews_1020014.txt"


def _extract(seed: int) -> bytes:
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    return subprocess.run([sys.executable, "-m", "conflictgraph", "extract", str(ARTICLE)], env=env,
                          capture_output=True, check=True).stdout


@pytest.mark.parametrize("seeds", [(9, 17)])
def test_bundle_does_not_depend_on_string_hashing(seeds):
    # seeds 9 and 17 gave two different bundles of this article before the fix
    first, second = (_extract(seed) for seed in seeds)
    assert first and first == second
