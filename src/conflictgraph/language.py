"""Which language a document is written in, offline (py3langid: langid.py's model, shipped in the package).

Only English documents go through the pipeline, whose model and lexicons are English: a document detected,
with confidence, to be in another language is kept (in the bundle and the store, with its ``language``) and
reported, but nothing is extracted from it. A text too short or too mixed to tell is treated as English and
its ``language`` left None, so a one-line article is never dropped for want of evidence.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import cache
from typing import Any

from .model import Document

log = logging.getLogger(__name__)

PIPELINE_LANGUAGE = "en"
CONFIDENT = 0.9  # the detector's normalized probability at or above which its answer is taken
# English names of the languages news on conflict is most often written in; any other shows as its code.
NAMES = {
    "ar": "Arabic", "fa": "Persian", "ku": "Kurdish", "tr": "Turkish", "he": "Hebrew", "ur": "Urdu", "ps": "Pashto",
    "fr": "French", "es": "Spanish", "pt": "Portuguese", "de": "German", "it": "Italian", "nl": "Dutch",
    "ru": "Russian", "uk": "Ukrainian", "pl": "Polish", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "hi": "Hindi", "bn": "Bengali", "id": "Indonesian", "ms": "Malay", "sw": "Swahili", "am": "Amharic",
    "so": "Somali", "en": "English",
}


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when the detector is not confident."""
    if not text.strip():
        return None
    code, probability = _identifier().classify(text)
    return str(code) if probability >= CONFIDENT else None


def name(code: str | None) -> str:
    return NAMES.get(code or "", code or "unknown")


def split_by_language(documents: Iterable[Document]) -> list[Document]:
    """Set each document's ``language`` and return those the English pipeline should read; each other one is
    reported once, as a warning on the ``conflictgraph.language`` logger (the CLI prints it as one line)."""
    english = []
    for document in documents:
        document.language = detect(document.text)
        if document.language in (None, PIPELINE_LANGUAGE):
            english.append(document)
        else:
            log.warning("%s: in %s (%s), not English: kept, but nothing is extracted from it",
                        document.source, name(document.language), document.language)
    return english
