"""What a user can do with conflictgraph; the CLI and the web app are thin doors onto these functions."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from .errors import InputError
from .knowledge import Knowledge, default_knowledge, normalize_name
from .model import Bundle, Document
from .nlp import load_nlp
from .pipeline import CorpusContext, DocContext, Pipeline
from .reader import expand, read_file, read_text

ErrorHandler = Callable[[InputError], None]


def _raise(error: InputError) -> None:
    raise error


def read_inputs(
    inputs: Iterable[str | Path], *, published: str | None = None, on_error: ErrorHandler = _raise
) -> list[Document]:
    """Documents from paths (files or folders) and article texts, in the order given; bad ones go to ``on_error``."""
    documents: list[Document] = []
    sources: dict[str, str] = {}
    for item in inputs:
        for found in _as_paths_or_text(item, published):
            try:
                if isinstance(found, InputError):
                    raise found
                document = found if isinstance(found, Document) else read_file(found, published)
                if document.id in sources:
                    raise InputError(
                        document.source,
                        f"document id {document.id!r} is already used by {sources[document.id]}; rename one",
                    )
            except InputError as error:
                on_error(error)
                continue
            sources[document.id] = document.source
            documents.append(document)
    return documents


def _as_paths_or_text(item: str | Path, published: str | None) -> Iterable[Path | Document | InputError]:
    if isinstance(item, Path) or _looks_like_path(item):
        return expand([item])
    try:
        return [read_text(item, published=published)]
    except InputError as error:
        return [error]


def _looks_like_path(item: str) -> bool:
    """A string is a path if it names something that exists, or has the shape of one (no spaces, one line)."""
    if "\n" in item or len(item) > 1024:
        return False
    try:
        return Path(item).exists() or not re.search(r"\s", item)
    except OSError:  # a name too long for the file system is article text
        return False


def extract(
    inputs: Iterable[str | Path] | str | Path,
    *,
    published: str | None = None,
    knowledge: Knowledge | None = None,
    stages: Iterable[str] | None = None,
    on_error: ErrorHandler = _raise,
    processes: int = 1,
) -> Bundle:
    """Extract one bundle from articles: paths to files or folders, or article texts.

    >>> bundle = extract(["examples/seeds"])          # doctest: +SKIP
    >>> print(bundle.to_json())                        # doctest: +SKIP
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    documents = read_inputs(inputs, published=published, on_error=on_error)
    return extract_documents(documents, knowledge=knowledge, stages=stages, processes=processes)


def extract_documents(
    documents: list[Document],
    *,
    knowledge: Knowledge | None = None,
    stages: Iterable[str] | None = None,
    processes: int = 1,
) -> Bundle:
    """Run the pipeline over documents already read; ``processes`` > 1 parses with that many processes."""
    knowledge = knowledge or default_knowledge()
    pipeline = Pipeline(stages)
    nlp = load_nlp()
    for document in documents:
        document.outlet = canonical_outlet(knowledge, document.outlet)
    docs = nlp.pipe((d.text for d in documents), batch_size=16, n_process=processes)
    corpus = CorpusContext([DocContext(d, doc, knowledge) for d, doc in zip(documents, docs)], knowledge)
    pipeline.run(corpus)
    return Bundle(
        documents=documents,
        actors=corpus.notes.get("actors", []),
        mentions=[m for ctx in corpus.docs for m in ctx.mentions],
        relations=corpus.notes.get("relations", []),
        events=corpus.notes.get("events", []),
        claims=corpus.notes.get("claims", []),
    )


def canonical_outlet(knowledge: Knowledge, outlet: str | None) -> str | None:
    """An outlet's usual name where the knowledge base knows it ('middleeastmonitor' -> 'Middle East Monitor')."""
    if not outlet:
        return outlet
    squashed = normalize_name(outlet).replace(" ", "")
    for record in knowledge.actors.values():
        if record.kind == "media" and any(
            normalize_name(a).replace(" ", "") == squashed for a in record.aliases
        ):
            return record.name
    return outlet
