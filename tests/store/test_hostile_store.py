"""The store against careless use and faults (issue 17): copies, long ids, two writers, read-only files, URLs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conflictgraph import api
from conflictgraph.errors import InputError, StoreError
from conflictgraph.store import Filters, Store

ARTICLE = (
    "Militias blamed for base attack\n\n"
    "Militias were blamed for the rocket attack on the base, officials said. "
    "Three rockets struck the Balad air base north of Baghdad on Tuesday, killing two Iraqi soldiers. "
    "Kataib Hezbollah was widely blamed for the attack on the base. "
    "Aid was sent to the families. "
    "\"We will respond at a time of our choosing,\" the Pentagon said in a statement.\n"
)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("postgres_db_url")


def counts(url: str) -> dict[str, int]:
    with Store.open(url) as store:
        return store.counts()


def variant(text: str, n: int) -> str:
    """The same article with its white space changed: another file, another hash, a similarity-1.0 copy."""
    return text.replace(". ", ".  ", n % 4 + 1).replace("\n\n", "\n\n" + "\n" * (n // 4 % 3)) + "\n" * (n + 1)


# -- copies never add the events, relations and claims they repeat ---------------------------------------------

@pytest.mark.parametrize("copies", [1, 100])
def test_exact_copies_in_a_batch_add_no_items(tmp_path, copies):
    (tmp_path / "original.txt").write_text(ARTICLE, encoding="utf-8")
    alone = api.extract([tmp_path / "original.txt"])
    for n in range(copies):
        (tmp_path / f"copy{n:03}.txt").write_text(ARTICLE, encoding="utf-8")
    bundle = api.extract([tmp_path])
    assert len(bundle.documents) == copies + 1
    assert [len(getattr(bundle, s)) for s in ("events", "relations", "claims")] == \
           [len(getattr(alone, s)) for s in ("events", "relations", "claims")]
    # ... and each event has the copies' sentences as evidence
    assert all(len({e.document for e in event.evidence}) == copies + 1 for event in bundle.events)


def test_copies_of_a_stored_article_add_evidence_not_items(store_url, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "original.txt").write_text(ARTICLE, encoding="utf-8")
    api.ingest([tmp_path / "a"], db=store_url)
    alone = counts(store_url)
    assert alone["events"] >= 3
    (tmp_path / "b").mkdir()
    for n in range(4):
        (tmp_path / "b" / f"copy{n}.txt").write_text(variant(ARTICLE, n), encoding="utf-8")
    report = api.ingest([tmp_path / "b"], db=store_url, batch_size=2)  # within a batch and across batches
    assert len(report.added) == 4
    after = counts(store_url)
    assert after["documents"] == 5 and after["copies"] == 5
    assert {k: after[k] for k in ("events", "relations", "claims")} == \
           {k: alone[k] for k in ("events", "relations", "claims")}
    with Store.open(store_url) as store:
        assert all(len({e.document for e in event.evidence}) == 5 for event in store.events())


def test_a_state_a_name_only_implies_is_listed(store_url):
    from support import assert_valid_bundle

    text = "Iran-backed militias were blamed for the rocket attack on the base in Baghdad, officials said.\n"
    bundle = api.extract([text])
    assert ("iran", "backs", "iran-backed-militias") in {(r.subject, r.predicate, r.object) for r in bundle.relations}
    assert_valid_bundle(json.loads(bundle.to_json()))  # "iran" is among the bundle's actors
    report = api.ingest([text], db=store_url)  # it was refused whole: a relation naming an actor not stored
    assert len(report.added) == 1


# -- ids: one limit on every backend ----------------------------------------------------------------------------

def test_a_long_file_name_fails_alone_on_every_backend(store_url, tmp_path):
    long_name = "a-very-long-file-name-" + "x" * 60  # 82 characters: over PostgreSQL's varchar(64)
    (tmp_path / f"{long_name}.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "short.txt").write_text(ARTICLE.replace("Tuesday", "Monday"), encoding="utf-8")
    errors: list[InputError] = []
    report = api.ingest([tmp_path], db=store_url, on_error=errors.append)
    assert report.added == ["short"]
    assert len(errors) == 1 and "at most 64" in str(errors[0]) and long_name[:20] in str(errors[0])
    assert counts(store_url)["documents"] == 1


def test_a_run_on_name_makes_an_actor_id_the_store_holds(store_url):
    name = " ".join(["Abu"] + ["Mohammed"] * 40 + ["al-Baghdadi"])
    text = f"{name} said the attack on the base in Baghdad on Tuesday killed two soldiers, officials said.\n"
    errors: list[InputError] = []
    report = api.ingest([text], db=store_url, on_error=errors.append)
    assert len(report.added) == 1 and not errors


# -- two writers at once ----------------------------------------------------------------------------------------

def test_two_ingests_at_once_both_store_everything(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    Store.open(url).close()
    folders = []
    for side in ("left", "right"):
        folder = tmp_path / side
        folder.mkdir()
        for n in range(4):
            text = ARTICLE.replace("Tuesday", ["Monday", "Tuesday", "Friday", "Sunday"][n]) \
                .replace("two Iraqi", f"{n + 2} Iraqi").replace("Balad", "Balad" if side == "left" else "Taji")
            (folder / f"{side}{n}.txt").write_text(text, encoding="utf-8")
        folders.append(folder)
    command = [sys.executable, "-m", "conflictgraph", "ingest", "--db", url, "--batch-size", "1", "-q"]
    runs = [subprocess.Popen([*command, str(folder)], stderr=subprocess.PIPE, text=True) for folder in folders]
    outcomes = [(run.wait(300), run.stderr.read()) for run in runs]
    assert outcomes == [(0, ""), (0, "")]
    assert counts(url)["documents"] == 8


# -- a read-only store ------------------------------------------------------------------------------------------

def test_a_read_only_store_says_it_is_read_only(tmp_path):
    path = tmp_path / "store.db"
    api.ingest([ARTICLE], db=f"sqlite:///{path}")
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"  # as a file without write permission opens
    with pytest.raises(StoreError, match="the store is read-only") as caught:
        api.ingest([ARTICLE.replace("Tuesday", "Monday")], db=read_only)
    assert "another process" not in str(caught.value)


# -- store URLs -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "message"), [
    ("sqlite:///", "in-memory"), ("sqlite://", "in-memory"), ("sqlite:///:memory:", "in-memory"),
    ("mysql://user@host/db", "mysql is not supported"), ("mssql+pyodbc://x", "mssql is not supported"),
    ("postgresql+psycopg2://u@h/db", "driver psycopg2 is not supported"),
])
def test_unsupported_store_urls_are_refused(url, message):
    with pytest.raises(StoreError, match=message) as caught:
        Store.open(url)
    assert "sqlite:///PATH" in str(caught.value) and "\n" not in str(caught.value)


def test_filters_escape_like_wildcards(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    api.ingest([ARTICLE], db=url)
    with Store.open(url) as store:
        assert store.events() and not store.events(Filters(text="%%")) and not store.events(Filters(text="b_se"))
        assert store.events(Filters(text="base"))


def test_an_article_the_database_refuses_fails_alone(tmp_path, monkeypatch):
    from sqlalchemy.exc import IntegrityError

    from conflictgraph.store import write

    real = write.add_batch

    def refusing(connection, bundle, sentences, copies):
        if any(d.id == "bad" for d in bundle.documents):
            raise IntegrityError("INSERT ...", {}, Exception("value too long for type character varying(64)"))
        real(connection, bundle, sentences, copies)

    monkeypatch.setattr(write, "add_batch", refusing)
    monkeypatch.setattr("conflictgraph.store.add_batch", refusing)
    for name, day in (("good1", "Monday"), ("bad", "Tuesday"), ("good2", "Friday")):
        (tmp_path / f"{name}.txt").write_text(ARTICLE.replace("Tuesday", day), encoding="utf-8")
    errors: list[InputError] = []
    url = f"sqlite:///{tmp_path / 'store.db'}"
    report = api.ingest([tmp_path], db=url, on_error=errors.append)
    assert sorted(report.added) == ["good1", "good2"]
    assert len(errors) == 1 and errors[0].source.endswith("bad.txt") and "varying(64)" in str(errors[0])
    assert counts(url)["documents"] == 2
