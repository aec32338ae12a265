"""Language: a document not in English is named on stderr, kept with its language, and nothing is extracted
from it; the English ones are extracted as before."""

from __future__ import annotations

import json
import shutil

from support import ROOT, SEEDS
from typer.testing import CliRunner

from conflictgraph.cli import app
from conflictgraph.language import detect, split_by_language
from conflictgraph.model import Document

FOREIGN = ROOT / "tests" / "data" / "inputs" / "languages"
GOLDEN = ROOT / "tests" / "golden" / "seeds.bundle.json"


def test_detection_is_confident_or_silent():
    assert detect((FOREIGN / "ar-rocket-attack.txt").read_text(encoding="utf-8")) == "ar"
    assert detect((FOREIGN / "fr-negociations.txt").read_text(encoding="utf-8")) == "fr"
    assert all(detect(p.read_text(encoding="utf-8")) == "en" for p in sorted(SEEDS.glob("*.txt")))
    assert detect("Iraq") is None and detect("   ") is None  # too short to tell: treated as English


def test_only_english_documents_go_to_the_pipeline(caplog):
    documents = [Document("a", "a.txt", "Iraq"), Document("b", "b.txt", (FOREIGN / "fr-negociations.txt").read_text(
        encoding="utf-8"))]
    with caplog.at_level("WARNING", logger="conflictgraph.language"):
        assert [d.id for d in split_by_language(documents)] == ["a"]
    assert [d.language for d in documents] == [None, "fr"]
    [record] = caplog.records
    assert record.getMessage().startswith("b.txt: in French (fr), not English")


def test_a_folder_with_arabic_and_french_articles(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    for path in FOREIGN.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    out = tmp_path / "bundle.json"
    result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert sorted(warnings) == [
        f"warning: {folder / 'ar-rocket-attack.txt'}: in Arabic (ar), not English: kept, but nothing is extracted "
        "from it",
        f"warning: {folder / 'fr-negociations.txt'}: in French (fr), not English: kept, but nothing is extracted "
        "from it",
    ]
    bundle = json.loads(out.read_text(encoding="utf-8"))
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    foreign = {"ar-rocket-attack": "ar", "fr-negociations": "fr"}
    assert {d["id"]: d["language"] for d in bundle["documents"] if d["id"] in foreign} == foreign
    for section in ("mentions", "relations", "events", "claims"):
        for item in bundle[section]:
            documents = {item["document"]} if "document" in item else {e["document"] for e in item["evidence"]}
            assert not documents & set(foreign), (section, item)
    # The seeds' part is the golden bundle, bar the sources (paths) of the copied files.
    def strip(documents):
        return [{k: v for k, v in d.items() if k != "source"} for d in documents]

    assert strip([d for d in bundle["documents"] if d["id"] not in foreign]) == strip(golden["documents"])
    for section in ("actors", "mentions", "relations", "events", "claims"):
        assert bundle[section] == golden[section], section


def test_the_store_keeps_them_with_their_language(tmp_path):
    from conflictgraph import api

    english = tmp_path / "en.txt"
    english.write_text("Kataib Hezbollah fired rockets at K-1 air base near Kirkuk on Friday, officials said.\n",
                       encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'store.db'}"
    report = api.ingest([english, *sorted(FOREIGN.glob("*.txt"))], db=url)
    assert sorted(report.added) == ["ar-rocket-attack", "en", "fr-negociations"]
    with api.open_store(url) as store:
        languages = {d.id: d.language for d in store.documents()}
        assert languages["ar-rocket-attack"] == "ar" and languages["fr-negociations"] == "fr"
        assert not store.mentions("ar-rocket-attack") and not store.mentions("fr-negociations")
        assert store.mentions("en")
        assert {d.language for d in store.bundle().documents} >= {"ar", "fr"}


def test_plainly_english_text_skips_the_detector_and_nothing_else_does():
    from conflictgraph.language import plainly_english

    assert all(plainly_english(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt")))
    assert not any(plainly_english(p.read_text(encoding="utf-8")) for p in sorted(FOREIGN.glob("*.txt")))
    assert not plainly_english("Rockets hit the base.")  # too few words to be sure: the detector decides
    # Text in languages of the Latin script, which share a few English function words, is never taken for English.
    import importlib

    for code in ("fr", "de", "es", "it", "nl", "pt", "da", "nb", "fi", "id", "tr", "pl"):
        sentences = importlib.import_module(f"spacy.lang.{code}.examples").sentences
        assert not plainly_english(" ".join(sentences * 3)), code
