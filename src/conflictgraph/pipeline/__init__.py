"""The pipeline: stages registered with what they require and provide, checked when the pipeline is built.

A stage is a function over one document (``scope="document"``, given a :class:`DocContext`) or over the
whole batch (``scope="corpus"``, given a :class:`CorpusContext`). Registering it names what it needs and
what it adds, so a pipeline missing a stage fails when it is built, not halfway through a corpus::

    @stage("dates", requires=("mentions",), provides=("dates",))
    def resolve_dates(ctx: DocContext) -> None: ...
"""

from __future__ import annotations

import importlib
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import PipelineError

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ..knowledge import Knowledge
    from ..model import Claim, Document, Event, Mention, Relation

# What a parsed document carries before any stage runs.
BASE_PROVIDES = ("document", "doc", "sentences")

# The modules that register the built-in stages.
STAGE_MODULES = ("entities", "actors", "dates", "places", "relations", "events", "event_merge", "claims", "duplicates",
                 "copy_merge")

# The built-in pipeline, in order: document stages, then the corpus stages that merge across documents.
DEFAULT_STAGES = (
    "entities", "actors", "actor-ids", "dates", "places",
    "relations", "events", "claims", "relation-merge", "event-merge", "claim-merge", "duplicates", "copy-merge",
)


@dataclass
class DocContext:
    """One document on its way through the pipeline: the record, its spaCy parse and what stages found."""

    document: Document
    doc: Doc
    knowledge: Knowledge
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    # Stage-to-stage notes that are not part of the bundle (actor keys of mentions, local aliases ...).
    notes: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.doc is not None:  # corpus stages such as duplicates run on documents alone
            index_sentences(self.doc)
            self.doc.user_data[TEXT_KEY] = self.document.text

    def sentence_at(self, char: int) -> tuple[int, int]:
        """The (start, end) character span of the sentence that holds ``char``, trimmed of white space."""
        token = self.doc.char_span(char, char + 1, alignment_mode="expand")
        sent = token.sent if token is not None else self.doc[0:0].sent
        return trim_span(self.document.text, sent.start_char, sent.end_char)


@dataclass
class CorpusContext:
    """The whole batch: every document's context, then the bundle-level results."""

    docs: list[DocContext]
    knowledge: Knowledge
    notes: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Stage:
    name: str
    func: Callable[[Any], None]
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    scope: str


REGISTRY: dict[str, Stage] = {}


def stage(
    name: str, *, requires: Iterable[str] = (), provides: Iterable[str] = (), scope: str = "document"
) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
    """Register a pipeline stage under ``name``."""
    if scope not in ("document", "corpus"):
        raise PipelineError(f"stage {name!r}: scope must be 'document' or 'corpus', not {scope!r}")

    def register(func: Callable[[Any], None]) -> Callable[[Any], None]:
        REGISTRY[name] = Stage(name, func, tuple(requires), tuple(provides), scope)
        return func

    return register


def load_builtin_stages() -> None:
    for module in STAGE_MODULES:
        importlib.import_module(f"{__name__}.{module}")


class Pipeline:
    """An ordered list of stages whose requirements were checked when it was built."""

    def __init__(self, names: Iterable[str] | None = None) -> None:
        load_builtin_stages()
        names = list(names) if names is not None else list(DEFAULT_STAGES)
        provided = set(BASE_PROVIDES)
        self.stages: list[Stage] = []
        for name in names:
            if name not in REGISTRY:
                raise PipelineError(f"no stage named {name!r}; known stages: {', '.join(sorted(REGISTRY))}")
            current = REGISTRY[name]
            missing = [r for r in current.requires if r not in provided]
            if missing:
                raise PipelineError(
                    f"stage {name!r} requires {', '.join(missing)}, which no earlier stage provides; "
                    f"add the stage that provides it before {name!r}"
                )
            provided.update(current.provides)
            self.stages.append(current)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def run(self, corpus: CorpusContext) -> None:
        """Run the document stages over each document, each corpus stage once, in registered order."""
        for current in self.stages:
            if current.scope == "document":
                for ctx in corpus.docs:
                    current.func(ctx)
            else:
                current.func(corpus)


TEXT_KEY = "conflictgraph.text"


def text_of(doc: Doc) -> str:
    """The document's text: spaCy's ``doc.text`` joins every token again on each call, so it is kept once."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def index_sentences(doc: Doc) -> None:
    """Make ``token.sent`` and ``span.sent`` look their sentence up in a table made once per document.

    spaCy's own ``.sent`` first checks that the whole document has sentence boundaries, a walk over every token
    on every call; the stages call it thousands of times a document. spaCy's user hooks are the way to replace it.
    """
    bounds = [(sentence.start, sentence.end) for sentence in doc.sents]
    starts = [start for start, _ in bounds]

    def sent(span: Span) -> Span:
        k = bisect_right(starts, span.start) - 1
        return doc[bounds[k][0]:bounds[k][1]] if k >= 0 else doc[0:0]

    doc.user_span_hooks["sent"] = sent
    doc.user_token_hooks["sent"] = lambda token: sent(doc[token.i:token.i + 1])


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
