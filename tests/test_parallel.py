"""``--processes N``: the document stages run in worker processes, the corpus stages once, and the bundle is the same,
byte for byte, as with one process."""

from __future__ import annotations

import json

import pytest
from support import ROOT

from conflictgraph import api, extract_documents, parallel, read_inputs
from conflictgraph.errors import InputError
from conflictgraph.parallel import chunks, default_processes, phases
from conflictgraph.pipeline import REGISTRY, Pipeline
from conflictgraph.readers import read_text

SEEDS = ROOT / "examples" / "seeds"
NEWS_DEV = ROOT / "tests" / "data" / "news-gold" / "articles" / "dev"
RE3D = ROOT / "tests" / "data" / "re3d-dev.jsonl"


def articles():
    """The seeds, 20 news-gold dev articles and 20 re3d-dev texts, one of them twice (a copy for the corpus stages)."""
    documents = read_inputs([SEEDS, *sorted(NEWS_DEV.glob("*.txt"))[:20]])
    with RE3D.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines if line.strip()][:20]
    documents += [read_text(t, source=f"re3d-{i}") for i, t in enumerate(texts)]
    documents.append(read_text(texts[0] + "\n\nReporting by the wire.", source="re3d-copy"))
    return documents


def test_one_and_two_processes_give_the_same_bundle_byte_for_byte():
    one = extract_documents(articles(), processes=1).to_json()
    two = extract_documents(articles(), processes=2).to_json()
    assert one == two
    assert len(json.loads(two)["events"]) > 20  # the workers did extract
    assert any(d["duplicates"] for d in json.loads(two)["documents"])  # and the corpus stages ran on the whole batch


def test_one_and_two_processes_store_the_same(tmp_path):
    from conflictgraph.store import Filters, Store

    dumps = []
    for processes in (1, 2):
        db = f"sqlite:///{tmp_path / f'p{processes}.db'}"
        report = api.ingest([SEEDS, *sorted(NEWS_DEV.glob("*.txt"))[:8]], db=db, batch_size=5, processes=processes)
        assert not report.failed
        with Store.open(db) as store:
            dumps.append(store.bundle(Filters()).to_json())
    assert dumps[0] == dumps[1]


@pytest.mark.parametrize(("articles", "expected"), [(1, 1), (parallel.AUTO_FROM - 1, 1), (parallel.AUTO_FROM, 3),
                                                  (10 * parallel.AUTO_FROM, 3)])
def test_without_a_count_a_large_batch_takes_every_core(monkeypatch, articles, expected):
    monkeypatch.setattr(parallel, "available_cores", lambda: 3)
    assert default_processes(articles) == expected


def test_without_a_count_the_workers_start_for_a_large_batch_and_the_bundle_is_the_same(monkeypatch):
    monkeypatch.setattr(parallel, "available_cores", lambda: 2)
    monkeypatch.setattr(parallel, "AUTO_FROM", 5)  # the seeds are a large batch here
    one = extract_documents(read_inputs([SEEDS]), processes=1).to_json()
    parallel.close_workers()  # no pool left from another test
    auto = extract_documents(read_inputs([SEEDS]), processes=None).to_json()
    assert len(parallel.worker_pids()) == 2
    assert auto == one


def test_without_a_count_a_small_batch_stays_in_this_process(monkeypatch):
    monkeypatch.setattr(parallel, "available_cores", lambda: 2)
    parallel.close_workers()
    extract_documents(read_inputs([SEEDS]), processes=None)
    assert parallel.worker_pids() == []


@pytest.fixture
def breaking_stage():
    """The stage's name, registered for the test only (the registry is the process's)."""
    import sys

    import parallel_stage

    yield parallel_stage.NAME
    REGISTRY.pop(parallel_stage.NAME, None)
    sys.modules.pop("parallel_stage", None)


def test_an_article_that_breaks_a_stage_in_a_worker_fails_alone(breaking_stage):
    pipeline = Pipeline(["entities", breaking_stage, "actors", "actor-ids"])
    documents = articles()[:6]
    documents.insert(3, read_text("Rockets hit the base. BREAK-HERE, officials said.", source="bad"))
    failures: list[InputError] = []
    bundle = extract_documents(documents, pipeline=pipeline, processes=2, on_error=failures.append)
    assert [f.source for f in failures] == ["bad"] and "ValueError: this stage breaks here" in str(failures[0])
    assert len(bundle.documents) == 6
    alone = extract_documents(articles()[:6], pipeline=pipeline, processes=1)
    assert bundle.to_json() == alone.to_json()


def test_documents_are_cut_into_runs_in_order():
    documents = [read_text(f"Article {i}. " + "word " * (10 * (i + 1)), source=str(i)) for i in range(7)]
    for count in (1, 2, 3, 7, 12):
        runs = chunks(documents, count)
        assert [d for run in runs for d in run] == documents and all(runs) and len(runs) <= count
    assert len(chunks(documents, 2)) == 2 and len(chunks(documents[:1], 4)) == 1


@pytest.mark.parametrize("names, expected", [
    (["entities", "actors", "actor-ids", "dates"], [("document", 0, 2), ("corpus", 2, 3), ("document", 3, 4)]),
    (["duplicates", "entities"], [("corpus", 0, 1), ("document", 1, 2)]),
])
def test_phases_are_stretches_of_one_scope(names, expected):
    assert phases(Pipeline(names)) == expected
