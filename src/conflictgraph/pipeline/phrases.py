"""A spaCy PhraseMatcher over thousands of names that tokenizes a name only when a document could hold it.

Turning every name of the knowledge base into a pattern costs most of a second when the stage is made (each
name is tokenized, and each new word becomes a lexeme of the vocabulary), and a one-article run pays it in
full. So each name waits under its *anchor*, the first run of letters (or of digits) in its case-folded text,
and becomes a pattern the first time a document has a token holding that run. A name that matches a document
has tokens equal to the document's (or equal once lowercased), so its anchor is one of the runs of the
document's tokens: every name that can match is a pattern by the time the matcher runs, and the matches are
those of the matcher with every name added at once. The one blind spot is a name whose first run the
tokenizer itself cuts in two ("cannot" → "can", "not"), which no actor's name does.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

RUN = re.compile(r"[^\W\d_]+|\d+")


def anchor(text: str) -> str | None:
    """The first run of letters or of digits in ``text``, case-folded; None when it has neither."""
    found = RUN.search(text.casefold())
    return found.group() if found else None


class NamePatterns:
    """Names matched exactly (ORTH) and, when of several tokens and not all capitals, case-insensitively (LOWER):
    "Popular Mobilization Forces" also matches "Popular Mobilization forces" in a headline."""

    def __init__(self, nlp: Language, names: list[str]) -> None:
        self._tokenizer = nlp.tokenizer
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._waiting: dict[str, list[str]] = defaultdict(list)
        anchorless = []
        for name in names:
            key = anchor(name)
            if key is None:
                anchorless.append(name)
            else:
                self._waiting[key].append(name)
        self._add(anchorless)

    def __call__(self, doc: Doc) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]:
        """The (match id, start, end) of the exact and of the case-insensitive matches in ``doc``."""
        waiting = self._waiting
        if waiting:
            runs = {run for word in {token.text for token in doc} for run in RUN.findall(word.casefold())}
            due = [name for run in sorted(runs.intersection(waiting)) for name in waiting.pop(run)]
            self._add(due)
        return self.exact(doc), self.folded(doc)

    def _add(self, names: list[str]) -> None:
        for name, pattern in zip(names, self._tokenizer.pipe(names), strict=True):
            self.exact.add(name, [pattern])
            if len(pattern) > 1 and not name.isupper():
                self.folded.add(name.lower(), [pattern])
