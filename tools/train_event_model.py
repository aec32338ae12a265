"""Train the sentence model of PLOVER events (pipeline/event_model.py) on a gold file and its articles.

Usage: python tools/train_event_model.py GOLD.json ARTICLES_DIR OUT.json

Each sentence of each gold article, as the pipeline splits it, is labelled with the set of PLOVER types of the gold
events with evidence in it (the scorer's rule, ``evaluate.same_sentence``: token-set Jaccard of at least 0.5 or one
sentence within the other); a sentence no gold event cites is labelled with none. Features come from the parse
alone (``event_model.features``), the settings are fixed and nothing is random, so the same gold and articles give
the same file. The shipped model is ``python tools/train_event_model.py /work/wt/split/tune.json
/work/wt/split/tune src/conflictgraph/data/models/event_sentences.json`` (the DEV gold's TUNE split; never TEST).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from conflictgraph.api import read_inputs
from conflictgraph.evaluate import same_sentence
from conflictgraph.model import EVENT_TYPES, Document
from conflictgraph.nlp import load_nlp, parse
from conflictgraph.pipeline import index_sentences, trim_span
from conflictgraph.pipeline.event_model import features, train

Sample = tuple[list[str], list[str]]


def gold_evidence(gold: dict[str, Any]) -> dict[str, list[tuple[str, str]]]:
    """Per document, the (type, sentence text) of each gold event's evidence."""
    out: dict[str, list[tuple[str, str]]] = {}
    for event in gold["events"]:
        for evidence in event["evidence"]:
            out.setdefault(evidence["document"], []).append((event["type"], evidence["text"]))
    return out


def labelled(document: Document, doc: Doc, cited: Iterable[tuple[str, str]]) -> list[tuple[Any, list[str]]]:
    """Each of the document's sentences (spaCy spans) with the sorted types of the gold events it is evidence of."""
    cited = list(cited)
    index_sentences(doc)
    out = []
    for sent in doc.sents:
        start, end = trim_span(document.text, sent.start_char, sent.end_char)
        if start == end:
            continue
        text = document.text[start:end]
        out.append((sent, sorted({kind for kind, told in cited if same_sentence(text, told)})))
    return out


def samples(gold: dict[str, Any], documents: Sequence[Document], docs: Sequence[Doc]) -> dict[str, list[Sample]]:
    """Per gold document, its sentences' features and labels."""
    cited = gold_evidence(gold)
    ids = {d["id"] for d in gold["documents"]}
    return {document.id: [(features(sent), labels) for sent, labels in labelled(document, doc, cited.get(
        document.id, []))] for document, doc in zip(documents, docs, strict=True) if document.id in ids}


def read(gold_path: Path, articles: Path) -> tuple[dict[str, Any], list[Document], list[Doc]]:
    if "test" in gold_path.name:
        raise SystemExit("TEST is scored only as an aggregate (docs/annotation.md); train on DEV's TUNE split")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    documents = read_inputs(sorted(articles.glob("*.txt")))
    return gold, documents, list(parse(load_nlp(), (d.text for d in documents), batch_size=16))


def model_of(per_document: dict[str, list[Sample]], note: str) -> dict[str, Any]:
    """The model trained on these documents' sentences (in document order, so the order of a dict never counts)."""
    rows = [sample for doc_id in sorted(per_document) for sample in per_document[doc_id]]
    return train(rows, list(EVENT_TYPES), note=note)


def write(model: dict[str, Any], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("gold", type=Path)
    cli.add_argument("articles", type=Path)
    cli.add_argument("out", type=Path)
    args = cli.parse_args()
    gold, documents, docs = read(args.gold, args.articles)
    per_document = samples(gold, documents, docs)
    note = (f"trained by tools/train_event_model.py on {args.gold.name}: {len(per_document)} articles, "
            f"{sum(len(v) for v in per_document.values())} sentences")
    write(model_of(per_document, note), args.out)
    print(note)


if __name__ == "__main__":
    main()
