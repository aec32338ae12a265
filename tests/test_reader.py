"""Reading articles: sidecars, metadata found in the text, and one clear error per bad input."""

from __future__ import annotations

import json

import pytest

from conflictgraph.errors import InputError
from conflictgraph.readers import expand, read_file, read_path, read_text
from conflictgraph.readers.base import outlet_from_text, published_from_text, title_from_text


def write(tmp_path, name, data, meta=None):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    if meta is not None:
        path.with_name(path.stem + ".meta.json").write_text(meta if isinstance(meta, str) else json.dumps(meta))
    return path


def test_sidecar_gives_metadata(tmp_path):
    path = write(tmp_path, "a1.txt", "Headline here today\n\nBody text.", {
        "url": "https://example.org/a1", "outlet": "Rudaw", "published": "2020-03-04", "title": "The title"})
    document = read_file(path)
    assert (document.id, document.title, document.outlet) == ("a1", "The title", "Rudaw")
    assert (document.published, document.published_basis) == ("2020-03-04", "metadata")
    assert document.source == "https://example.org/a1"
    assert document.text == "Headline here today\n\nBody text."


def test_month_precision_sidecar(tmp_path):
    document = read_file(write(tmp_path, "a.txt", "Some words of text.", {"published": "2022-02"}))
    assert document.published == "2022-02"


def test_metadata_from_text():
    text = ("Iraq News - Local News - Baghdadpost\n\nIran-backed militias’ illicit activities threaten stability\n\n"
            "The body.\n\nLast Modified: Thursday، 07 February 2019 12:24 PM")
    assert title_from_text(text) == "Iran-backed militias’ illicit activities threaten stability"
    assert outlet_from_text(text) == "Baghdadpost"
    assert published_from_text(text) == "2019-02-07"
    document = read_text(text)
    assert (document.published, document.published_basis) == ("2019-02-07", "text")
    assert len(document.id) == 16


@pytest.mark.parametrize(("text", "expected"), [
    ("KABUL, March 3, 2021 (Reuters) - Gunmen killed three people.", "2021-03-03"),
    ("A headline\nBAMAKO, Mali, June 7, 2021 (AP) — Soldiers arrested two ministers.", "2021-06-07"),
    ("WASHINGTON, Sept. 12, 2019 — The Senate voted.", "2019-09-12"),
    ("GOMA, Democratic Republic of Congo, May 4 (Reuters) - Rebels attacked.", None),  # no year
    ("The army said on March 3, 2021 - that it had withdrawn.", None),  # no dateline
])
def test_published_from_a_dated_dateline(text, expected):
    assert published_from_text(text) == expected


def test_source_line_names_outlet():
    assert outlet_from_text("Body.\n\nSource » middleeastmonitor") == "middleeastmonitor"


def test_no_date_in_text():
    document = read_text("A story with no date at all.")
    assert (document.published, document.published_basis) == (None, None)


def test_user_date_for_articles_without_sidecar(tmp_path):
    document = read_file(write(tmp_path, "b.txt", "A story."), published="2020-03-04")
    assert (document.published, document.published_basis) == ("2020-03-04", "metadata")


@pytest.mark.parametrize(
    "name, data, meta, cause",
    [
        ("empty.txt", "", None, "empty file"),
        ("blank.txt", "  \n\n ", None, "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", None, "binary file"),
        ("latin1.txt", "caf\xe9 attack".encode("latin-1"), None, "not valid UTF-8 (byte 0xe9 at offset 3)"),
        ("badmeta.txt", "Text.", "{not json", "sidecar is not valid JSON"),
        ("listmeta.txt", "Text.", "[1, 2]", "sidecar must be a JSON object"),
        ("baddate.txt", "Text.", {"published": "someday"}, "is not a date"),
    ],
)
def test_bad_input_names_file_and_cause(tmp_path, name, data, meta, cause):
    path = write(tmp_path, name, data, meta)
    with pytest.raises(InputError) as raised:
        read_file(path)
    message = str(raised.value)
    assert cause in message
    assert name.split(".")[0] in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "stem, title, outlet, published",
    [
        ("000_45b232a879c265a8", "Iran-backed militias’ illicit activities threaten stability in Iraq: Pentagon",
         "The Baghdad Post", "2019-02-07"),
        ("002_90fd3279b6f239b4", None, "Middle East Monitor", None),
        ("004_8a97a8b55d2d647b", "Iran-backed militias preventing defeat of ISIS in Iraq: coalition spokesman",
         None, None),
    ],
)
def test_seed_metadata_from_the_text_alone(stem, title, outlet, published):
    from support import SEEDS

    from conflictgraph.api import canonical_outlet
    from conflictgraph.knowledge import default_knowledge

    document = read_text((SEEDS / f"{stem}.txt").read_text(encoding="utf-8"))
    assert document.title == title
    assert canonical_outlet(default_knowledge(), document.outlet) == outlet
    assert document.published == published


def test_read_path_reads_a_txt_file_as_read_file_does(tmp_path):
    path = write(tmp_path, "a1.txt", "Headline here today\n\nBody text.", {"outlet": "Rudaw"})
    assert list(read_path(path, "2020-03-04")) == [read_file(path, "2020-03-04")]
    assert [str(e) for e in read_path(write(tmp_path, "empty.txt", ""))] == [f"{tmp_path / 'empty.txt'}: empty file"]


def test_directory_without_articles(tmp_path):
    write(tmp_path, "notes.md", "Not an article.")
    [error] = expand([tmp_path])
    assert str(error) == f"{tmp_path}: directory holds no articles (.txt, .html, .htm, .rss, .atom, .xml, .jsonl)"
