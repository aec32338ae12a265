"""A spaCy PhraseMatcher over thousands of names that tokenizes a name only when a document could hold it.

Turning every name of the knowledge base into a pattern costs most of a second when the stage is made (each
name is tokenized, and each new word becomes a lexeme of the vocabulary), and a one-article run pays it in
full. So each name waits under its *anchor*, one of its runs of letters (or of digits), case-folded: the run
fewest names share ("iraq" in "government of Iraq", not "government"), and becomes a pattern the first time a
document has a token holding that run. A name that matches a document has tokens equal to the document's (or
equal once lowercased), so each of its runs is a run of the document's tokens: every name that can match is a
pattern by the time the matcher runs, and the matches are those of the matcher with every name added at once.
The one blind spot is a name whose anchor the tokenizer itself cuts in two ("cannot" → "can", "not"), which no
actor's name does.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

RUN = re.compile(r"[^\W\d_]+|\d+")


def runs(text: str) -> list[str]:
    """The runs of letters and of digits in ``text``, case-folded, in order."""
    return RUN.findall(text.casefold())


class NamePatterns:
    """Names matched exactly (ORTH) and, when of several tokens and not all capitals, case-insensitively (LOWER):
    "Popular Mobilization Forces" also matches "Popular Mobilization forces" in a headline."""

    def __init__(self, nlp: Language, names: list[str]) -> None:
        self._tokenizer = nlp.tokenizer
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._waiting: dict[str, list[str]] = defaultdict(list)
        found = [runs(name) for name in names]
        shared = Counter(run for name_runs in found for run in set(name_runs))
        anchorless = []
        for name, name_runs in zip(names, found, strict=True):
            if name_runs:
                self._waiting[min(name_runs, key=shared.__getitem__)].append(name)
            else:
                anchorless.append(name)
        self._add(anchorless)

    def __call__(self, doc: Doc) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]:
        """The (match id, start, end) of the exact and of the case-insensitive matches in ``doc``."""
        waiting = self._waiting
        if waiting:
            held = {run for word in {token.text for token in doc} for run in runs(word)}
            due = [name for run in sorted(held.intersection(waiting)) for name in waiting.pop(run)]
            self._add(due)
        return self.exact(doc), self.folded(doc)

    def _add(self, names: list[str]) -> None:
        for name, pattern in zip(names, self._tokenizer.pipe(names), strict=True):
            self.exact.add(name, [pattern])
            if len(pattern) > 1 and not name.isupper():
                self.folded.add(name.lower(), [pattern])
