"""Input formats are a registry: suffixes and help come from it, and a new format registers like a built-in."""

from __future__ import annotations

import pytest

from conflictgraph import readers
from conflictgraph.model import Document
from conflictgraph.readers import READERS, expand, inputs_help, read_path, register_reader
from conflictgraph.readers.registry import by_suffix


def test_the_built_in_readers_and_their_suffixes():
    assert list(READERS)[:4] == ["text", "page", "feed", "jsonl"]
    assert readers.article_suffixes()[:7] == (".txt", ".html", ".htm", ".rss", ".atom", ".xml", ".jsonl")
    assert all(r.help and r.suffixes for r in READERS.values())
    assert inputs_help().startswith("Articles (.txt, .html/.htm, .rss/.atom/.xml, .jsonl")


def test_a_registered_reader_is_used_by_suffix_and_found_in_folders(tmp_path, monkeypatch):
    monkeypatch.setattr("conflictgraph.readers.registry.READERS", dict(READERS))
    monkeypatch.setattr("conflictgraph.readers.READERS", readers.registry.READERS)

    def read_markdown(path, published):
        return Document(id=path.stem, source=str(path), text=path.read_text().lstrip("# "), published=published)

    register_reader("markdown", read_markdown, suffixes=(".MD",), many=False, help="Markdown (.md)")
    (tmp_path / "note.md").write_text("# A headline\n\nBody.")
    assert ".md" in by_suffix() and "/.md" not in inputs_help() and ".md" in inputs_help()
    [path] = expand([tmp_path])
    [document] = read_path(path, "2020-01-02")
    assert document.text.startswith("A headline") and document.published == "2020-01-02"


@pytest.mark.parametrize(("name", "suffixes", "message"), [
    ("text", (".text",), "already registered"),
    ("plain", (".txt",), r"\.txt \(text\) already read"),
    ("plain", ("txt",), "with their dot"),
])
def test_a_clash_or_a_bad_suffix_is_an_error(name, suffixes, message):
    with pytest.raises(ValueError, match=message):
        register_reader(name, lambda path, published: None, suffixes=suffixes, help="-")


def test_reading_text_files_never_loads_the_page_and_feed_libraries(tmp_path):
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text("Headline here today\n\nBody text.", encoding="utf-8")
    code = ("import sys; from conflictgraph.readers import expand, read_path; "
            f"docs = [d for p in expand([{str(tmp_path)!r}]) for d in read_path(p)]; "
            "print(len(docs), sorted(m for m in ('trafilatura', 'feedparser', 'lxml.html') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split(maxsplit=1) == ["1", "[]\n"]
