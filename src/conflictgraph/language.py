"""Which language a document is written in, offline (py3langid: langid.py's model, shipped in the package).

Only English documents go through the pipeline, whose model and lexicons are English: a document detected,
with confidence, to be in another language is kept (in the bundle and the store, with its ``language``) and
reported, but nothing is extracted from it. A text too short or too mixed to tell is treated as English and
its ``language`` left None, so a one-line article is never dropped for want of evidence.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from .model import Document

log = logging.getLogger(__name__)

PIPELINE_LANGUAGE = "en"
CONFIDENT = 0.9  # the detector's normalized probability at or above which its answer is taken
# English prose is 30-50 % function words (spaCy's English stop words); text in other languages of the Latin
# script shares a few of them ("a", "in", "me") but stays under 15 %. From this share, over enough words, a
# text is English without asking the detector, whose model takes half a second to load: most runs never need it.
ENGLISH_SHARE = 0.25
ENGLISH_MIN_WORDS = 40
WORD = re.compile(r"[^\W\d_]+")
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
    if plainly_english(text):
        return PIPELINE_LANGUAGE
    code, probability = _identifier().classify(text)
    return str(code) if probability >= CONFIDENT else None


def plainly_english(text: str) -> bool:
    """Whether ``text`` has enough words, and enough of them English function words, to be English for sure."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = WORD.findall(text.lower())
    return len(words) >= ENGLISH_MIN_WORDS and sum(w in STOP_WORDS for w in words) >= ENGLISH_SHARE * len(words)


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
