"""The pipeline: stages registered with what they require and provide, built once, checked when built.

A stage is registered by a factory, spaCy-style (``Language.factory``): ``make(knowledge, gazetteer, **config)``
returns the component, which is then called with each document (``scope="document"``, a :class:`DocContext`)
or once with the whole batch (``scope="corpus"``, a :class:`CorpusContext`). What a component needs (compiled
lexicons, matchers, the gazetteer) it takes when it is made, so calling it only annotates; nothing is cached per
knowledge base at module level, and a built :class:`Pipeline` pickles (it is rebuilt from its names, knowledge,
gazetteer and settings), so it can run in worker processes. Registering names what a stage needs and what it
adds, so a pipeline missing a stage fails when it is built, not halfway through a corpus::

    @factory("places", requires=("mentions", "actor-ids"), provides=("places",))
    class Geocode:
        def __init__(self, knowledge, gazetteer): self.gazetteer = gazetteer
        def __call__(self, ctx: DocContext) -> None: ...

A stateless stage can be a plain function: ``@stage("dates", requires=("mentions",), provides=("dates",))``.
Results travel between stages in the contexts' typed fields (``ctx.mentions``, ``corpus.events`` ...);
``notes`` is left to third-party stages.
"""

from __future__ import annotations

import importlib
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from ..errors import PipelineError
from ..gazetteer import Gazetteer, default_gazetteer
from ..knowledge import Knowledge, default_knowledge

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..model import Actor, Claim, Document, Event, Mention, Relation

# What a parsed document carries before any stage runs.
BASE_PROVIDES = ("document", "doc", "sentences")

# The modules that register the built-in stages.
STAGE_MODULES = ("entities", "speaker_names", "actors", "dates", "places", "relations", "events", "event_model",
                 "event_merge", "claims", "duplicates", "copy_merge")

# The built-in pipeline, in order: document stages, then the corpus stages that merge across documents.
DEFAULT_STAGES = (
    "entities", "speaker-names", "actors", "actor-ids", "dates", "places",
    "relations", "events", "claims", "relation-merge", "event-merge", "claim-merge", "duplicates", "copy-merge",
)


@dataclass
class DocContext:
    """One document on its way through the pipeline: the record, its spaCy parse and what stages found."""

    document: Document
    doc: Doc
    knowledge: Knowledge
    mentions: list[Mention] = field(default_factory=list)
    # Which matcher found each mention ("knowledge", "place", "collective", "weapon", "ner", "definition"),
    # in the order of ``mentions``: the actors stage keeps statistical names apart from known ones.
    mention_sources: list[str] = field(default_factory=list)
    # Alpha-3 codes of the states the document names, the most named first (the places stage).
    countries: tuple[str, ...] = ()
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    # (type, sentence key) of the events a news report tells as its own undated occurrences, with the date they
    # take once merged (pipeline/recency.py): the events stage finds them, event-merge dates what stays undated.
    occurrence_dates: dict[tuple[str, tuple[str, int, int]], str] = field(default_factory=dict)
    # (type, sentence key, actor, place name) of the acts of a time clause whose stretch the text leaves open ("weeks
    # after militants attacked a base"): placed before the news, they take no occurrence date in event-merge.
    open_past: set[tuple[str, tuple[str, int, int], str | None, str | None]] = field(default_factory=set)
    # (type, sentence key) of the events whose actor is "I" or "we": event-merge gives them the speaker of the
    # claim that sentence is ("I condemn the attack" in a minister's statement is the minister's ACCUSE).
    first_person: set[tuple[str, tuple[str, int, int]]] = field(default_factory=set)
    # (type, sentence key) of the demands told without a speech verb ("The regime must comply", "It is vital that
    # all parties withdraw"): a speaker's own demand, so event-merge keeps one only where a claim gives the
    # sentence a speaker; in the outlet's own narration it is a judgement, not a request (docs/annotation.md, Claims).
    obligations: set[tuple[str, tuple[str, int, int]]] = field(default_factory=set)
    # (type, sentence key) of the attacks a sentence tells as one act more than those told before ("the militants
    # also attacked a police post", "struck again"): event-merge does not fold them into an earlier one of the document.
    further_acts: set[tuple[str, tuple[str, int, int]]] = field(default_factory=set)
    # Provisional key of a group named by common words ("the police") -> the country the text places it in: the
    # entities stage finds it (pipeline/entity_states.py), actor-ids gives the group's actor that country.
    group_countries: dict[str, str] = field(default_factory=dict)
    # Which characters lie inside a pair of quotation marks (pipeline/speaker_pronouns.py ``_quoted``): found once,
    # the first time a pronoun of the claims or the events stage looks back.
    quoted: bytearray | None = None
    # For third-party stages: what they hand on that is not part of the bundle.
    notes: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.doc is not None:  # corpus stages such as duplicates run on documents alone
            index_sentences(self.doc)
            self.doc.user_data[TEXT_KEY] = self.document.text

    def mention_span(self, mention: Mention) -> Span | None:
        """The parse's tokens that cover a mention, widened to whole tokens; None where the parse has none there."""
        return self.doc.char_span(mention.start, mention.end, alignment_mode="expand")

    def mention_root(self, mention: Mention) -> Token | None:
        """The syntactic head of a mention's tokens, or None (:meth:`mention_span`)."""
        span = self.mention_span(mention)
        return span.root if span is not None else None

    def mentions_by_token(self, mentions: Iterable[Mention]) -> dict[int, Mention]:
        """Token index -> the first of ``mentions`` whose span covers that token."""
        out: dict[int, Mention] = {}
        for mention in mentions:
            for token in self.mention_span(mention) or ():
                out.setdefault(token.i, mention)
        return out

    def add_mentions(self, added: Iterable[Mention], source: str) -> None:
        """Add mentions found by ``source`` ("definition", "description", "full name"), keeping ``mentions`` and
        ``mention_sources`` in text order (by start, then end; mentions at the same place keep their order)."""
        pairs = list(zip(self.mentions, self.mention_sources, strict=False)) + [(m, source) for m in added]
        pairs.sort(key=lambda p: (p[0].start, p[0].end))
        self.mentions = [m for m, _ in pairs]
        self.mention_sources = [s for _, s in pairs]

    def sent_at(self, char: int) -> Span:
        """The parse's sentence that holds the character ``char``."""
        token = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return token.sent if token is not None else self.doc[0:0].sent

    def sentence_at(self, char: int) -> tuple[int, int]:
        """The (start, end) character span of the sentence that holds ``char``, trimmed of white space."""
        sent = self.sent_at(char)
        return trim_span(self.document.text, sent.start_char, sent.end_char)


@dataclass
class CorpusContext:
    """The whole batch: every document's context, then the bundle-level results."""

    docs: list[DocContext]
    knowledge: Knowledge
    # What the corpus stages make of the whole batch: the bundle's actors, relations, events and claims.
    actors: list[Actor] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    # Document id -> the (start, end) of each of its sentences, trimmed of white space, where the parses stayed in
    # worker processes (parallel.py): a store keeps them beside the bundle.
    sentences: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    notes: dict[str, Any] = field(default_factory=dict)


Component = Callable[[Any], None]  # called with a DocContext (document scope) or the CorpusContext (corpus scope)
Make = Callable[..., Component]  # make(knowledge, gazetteer, **config) -> component


@dataclass(frozen=True)
class Stage:
    """A registered stage: how to make its component, what it requires and provides, and its default config."""

    name: str
    make: Make
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    scope: str
    default_config: Mapping[str, Any] = field(default_factory=dict)


REGISTRY: dict[str, Stage] = {}


def factory(
    name: str, *, requires: Iterable[str] = (), provides: Iterable[str] = (), scope: str = "document",
    default_config: Mapping[str, Any] | None = None,
) -> Callable[[Make], Make]:
    """Register ``make(knowledge, gazetteer, **config)``, which builds the stage ``name``'s component once."""
    if scope not in ("document", "corpus"):
        raise PipelineError(f"stage {name!r}: scope must be 'document' or 'corpus', not {scope!r}")

    def register(make: Make) -> Make:
        REGISTRY[name] = Stage(name, make, tuple(requires), tuple(provides), scope, dict(default_config or {}))
        return make

    return register


@dataclass(frozen=True)
class _Function:
    """The factory of a stateless stage: the component is the function itself."""

    func: Component

    def __call__(self, knowledge: Knowledge, gazetteer: Gazetteer) -> Component:
        return self.func


def stage(
    name: str, *, requires: Iterable[str] = (), provides: Iterable[str] = (), scope: str = "document"
) -> Callable[[Component], Component]:
    """Register a stateless function as the stage ``name`` (it takes what it needs from the context)."""

    def register(func: Component) -> Component:
        factory(name, requires=requires, provides=provides, scope=scope)(_Function(func))
        return func

    return register


def load_builtin_stages() -> None:
    for module in STAGE_MODULES:
        importlib.import_module(f"{__name__}.{module}")


class Pipeline:
    """An ordered list of stages whose requirements were checked, and whose components were made, when it was built.

    ``knowledge`` and ``gazetteer`` default to the built-in ones; ``settings`` maps a stage name to options that
    override its factory's ``default_config``.
    """

    def __init__(
        self, names: Iterable[str] | None = None, *, knowledge: Knowledge | None = None,
        gazetteer: Gazetteer | None = None, settings: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> None:
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
        unknown = sorted(set(settings or {}) - set(names))
        if unknown:
            raise PipelineError(f"settings for stage(s) {', '.join(unknown)}, which the pipeline does not run")
        self.settings = {name: dict(options) for name, options in (settings or {}).items()}
        self._own_knowledge, self._own_gazetteer = knowledge is not None, gazetteer is not None
        self.knowledge = knowledge if knowledge is not None else default_knowledge()
        self.gazetteer = gazetteer if gazetteer is not None else default_gazetteer()
        self.components: list[Component] = [
            current.make(self.knowledge, self.gazetteer,
                         **{**current.default_config, **self.settings.get(current.name, {})})
            for current in self.stages
        ]

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt where it is unpickled: the built-in knowledge and gazetteer are that process's own.
        return (_rebuild, (self.names, self.knowledge if self._own_knowledge else None,
                           self.gazetteer if self._own_gazetteer else None, self.settings))

    def corpus(self, documents: Iterable[Document], docs: Iterable[Doc]) -> CorpusContext:
        """The contexts of a batch of documents and their parses, with this pipeline's knowledge."""
        return CorpusContext([DocContext(d, doc, self.knowledge) for d, doc in zip(documents, docs, strict=True)],
                             self.knowledge)

    def run(self, corpus: CorpusContext, start: int = 0, stop: int | None = None) -> None:
        """Run the document stages over each document, each corpus stage once, in registered order (the stages
        ``start`` to ``stop`` only, if given: worker processes run stretches of it)."""
        for current, component in zip(self.stages[start:stop], self.components[start:stop], strict=True):
            if current.scope == "document":
                for ctx in corpus.docs:
                    component(ctx)
            else:
                component(corpus)


def _rebuild(
    names: list[str], knowledge: Knowledge | None, gazetteer: Gazetteer | None, settings: dict[str, dict[str, Any]]
) -> Pipeline:
    return Pipeline(names, knowledge=knowledge, gazetteer=gazetteer, settings=settings)


@cache
def default_pipeline(names: tuple[str, ...] | None = None) -> Pipeline:
    """The pipeline of these stages over the built-in knowledge and gazetteer, built once per process."""
    return Pipeline(names)


def make_stage(
    name: str, knowledge: Knowledge | None = None, gazetteer: Gazetteer | None = None, **config: Any
) -> Component:
    """One stage's component on its own (for tests and tools): made as a pipeline would make it."""
    load_builtin_stages()
    if name not in REGISTRY:
        raise PipelineError(f"no stage named {name!r}; known stages: {', '.join(sorted(REGISTRY))}")
    current = REGISTRY[name]
    return current.make(knowledge if knowledge is not None else default_knowledge(),
                        gazetteer if gazetteer is not None else default_gazetteer(),
                        **{**current.default_config, **config})


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


def char_mask(length: int, spans: Iterable[tuple[int, int]]) -> bytearray:
    """One byte for each character of a text ``length`` long and one past its end: 1 where one of the (start, end)
    spans covers it, else 0; ``mask[i]`` says whether character i is covered (inside a quote, taken by a name)."""
    mask = bytearray(length + 1)
    for start, end in spans:
        mask[start:end] = b"\x01" * (end - start)
    return mask


def open_quote(text: str) -> bool:
    """Whether a text opens a quotation mark it does not close: more curly opening marks than closing ones, or an odd
    number of straight marks (which open and close alike)."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def two_before(token: Token) -> int:
    """Where the sentence two before a token's own begins (its own, at a document's start), as a character offset:
    the stretch in which "the group", "the two leaders" or "they" points back at what the text named."""
    sents = list(token.doc.sents)
    at = next((i for i, s in enumerate(sents) if s.start <= token.i < s.end), 0)
    return sents[max(0, at - 2)].start_char


def first_conjunct(token: Token) -> Token:
    """The first of the words coordinated with ``token`` ("KH" for "AAH" in "KH and AAH"), where the parse hangs
    what the coordination shares (its role in the clause); ``token`` itself where it is joined to none before it."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token
