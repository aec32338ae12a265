"""Reading HTML pages, RSS/Atom feeds and JSONL: text, metadata, ids, and one error line per bad file, item or line."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from conflictgraph.api import read_inputs
from conflictgraph.errors import InputError
from conflictgraph.model import Document
from conflictgraph.readers import expand, read_path
from conflictgraph.readers.feed import html_text

INPUTS = Path(__file__).resolve().parent / "data" / "inputs"
PAGE, RSS, ATOM, JSONL = (INPUTS / name for name in ("rudaw-strike.html", "iraq-news.rss", "syria-updates.atom",
                                                     "articles.jsonl"))


def sha16(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]


def documents(path: Path, published: str | None = None) -> list[Document]:
    return [found for found in read_path(path, published) if isinstance(found, Document)]


def errors(path: Path) -> list[str]:
    return [str(found) for found in read_path(path) if isinstance(found, InputError)]


def test_page_main_text_without_chrome():
    [document] = documents(PAGE)
    assert document.text.startswith("ERBIL, Kurdistan Region — A drone strike hit a convoy of Kataib Hezbollah")
    assert document.text.endswith('"any aggression against the sons of the Hashd".')
    assert document.text.count("\n\n") == 3  # four paragraphs, a blank line between them
    chrome = ("Watch live", "Most read", "Share on Facebook", "All rights reserved", "newsletter", "By Rudaw staff")
    for words in (*chrome, "Drone strike hits"):  # the headline is the title, not part of the text
        assert words not in document.text


def test_page_metadata():
    [document] = documents(PAGE)
    assert document.id == "rudaw-strike"
    assert document.title == "Drone strike hits militia convoy near Al-Qaim"
    assert document.outlet == "Rudaw"
    assert (document.published, document.published_basis) == ("2020-03-03", "metadata")
    assert document.source == "https://www.rudaw.net/english/middleeast/iraq/03032020"


def test_page_sidecar_and_user_date(tmp_path):
    bare = tmp_path / "bare.html"
    bare.write_text("<html><body><article><p>Militia leaders met in Baghdad on Monday to discuss the attack on the "
                    "base, according to two people who attended.</p></article></body></html>")
    [document] = documents(bare, published="2020-03-04")
    assert (document.id, document.source, document.published) == ("bare", str(bare), "2020-03-04")
    shutil.copy(PAGE, tmp_path / "page.html")
    (tmp_path / "page.meta.json").write_text(json.dumps({"outlet": "Rudaw English", "published": "2020-03-02"}))
    [document] = documents(tmp_path / "page.html")
    assert (document.outlet, document.published) == ("Rudaw English", "2020-03-02")
    assert document.title == "Drone strike hits militia convoy near Al-Qaim"


MME = "https://www.middleeastmonitor.com/"
AIR_STRIKE = "https://english.enabbaladi.net/archives/2020/02/turkish-soldiers-killed/"
DISPLACED = "Thousands of displaced families reached camps near the Turkish border this week, aid groups said."
TAJI = "https://www.aljazeera.com/news/2020/3/11/rockets-hit-taji"
EMBASSY = ("Supporters of Kataib Hezbollah stormed the outer compound of the US embassy in Baghdad on Tuesday, setting "
           "fire to a reception area.\n\nThe protesters withdrew the next day.")
WIRE = "A wire report with no link: clashes continued in Deir ez-Zor on Friday, the observatory said."


@pytest.mark.parametrize(
    "path, index, id_of, source, title, outlet, published, text",
    [
        (RSS, 0, MME + "20200105-rockets-hit-green-zone/", MME + "20200105-rockets-hit-green-zone/",
         "Rockets hit Baghdad's Green Zone near US embassy", "Middle East Monitor", "2020-01-05",
         "Several rockets hit Baghdad's heavily fortified Green Zone on Sunday, near the US embassy, security sources "
         "said.\n\nNo group claimed the attack."),  # content:encoded, not the shorter description
        (RSS, 1, MME + "20200105-parliament-votes/", MME + "20200105-parliament-votes/",
         "Iraqi parliament votes to expel foreign troops", "Middle East Monitor", "2020-01-05",
         "Iraq's parliament voted on Sunday to end the presence of foreign troops in the country.\n\n"
         "The vote is not binding on the government."),  # escaped HTML in the description
        (ATOM, 0, AIR_STRIKE, AIR_STRIKE, "Turkish soldiers killed in Idlib air strike", "Enab Baladi English",
         "2020-02-27",  # the publisher's day, not UTC's (2020-02-27T22:15+03:00), and published before updated
         "At least 33 Turkish soldiers were killed in an air strike in Idlib province on Thursday, the governor of "
         "Hatay said.\n\nTurkey blamed the forces of the Syrian regime."),
        (ATOM, 1, DISPLACED, f"{ATOM}#2", "Displaced families reach the Turkish border", "Enab Baladi English",
         "2020-02-26", DISPLACED),  # no link (its urn:uuid id is not one): id of the text, source FILE#N
        (JSONL, 0, TAJI, TAJI, "Rockets hit Iraqi base hosting US troops", "Al Jazeera", "2020-03-11",
         "At least 15 rockets hit the Taji military base north of Baghdad on Wednesday, killing two US soldiers and "
         "one British soldier."),
        (JSONL, 1, EMBASSY, f"{JSONL}#2", "Protesters storm embassy compound", None, "2019-12-31", EMBASSY),
        (JSONL, 2, WIRE, f"{JSONL}#9", None, "Reuters", None, WIRE),
    ],
)
def test_items_and_lines(path, index, id_of, source, title, outlet, published, text):
    document = documents(path)[index]
    assert document.id == sha16(id_of)
    assert (document.source, document.title, document.outlet, document.text) == (source, title, outlet, text)
    assert (document.published, document.published_basis) == (published, "metadata" if published else None)


@pytest.mark.parametrize(
    "path, count, lines",
    [
        (RSS, 2, [f"{RSS} item 3: the item has no text (no content or summary)"]),
        (ATOM, 2, []),
        (JSONL, 3, [
            f"{JSONL} line 3: not valid JSON: Unterminated string starting at (column 47)",
            f"{JSONL} line 5: no 'text' or 'html' (a line holds text or html, and url, published, title, outlet)",
            f"{JSONL} line 6: empty article text",
            f"{JSONL} line 7: 'published' 'someday' is not a date",
            f"{JSONL} line 8: must be a JSON object with text or html, and url, published, title, outlet",
        ]),
    ],
)
def test_bad_items_and_lines_do_not_stop_the_others(path, count, lines):
    assert len(documents(path)) == count
    assert errors(path) == lines


@pytest.mark.parametrize(
    "name, data, cause",
    [
        ("binary.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("latin1.jsonl", '{"text": "caf\xe9"}'.encode("latin-1"), "not valid UTF-8 (byte 0xe9 at offset 13)"),
        ("empty.rss", b"", "empty file"),
        ("app.htm", b"<html><body><div id='root'></div><script>render()</script></body></html>",
         "no article text found in the page"),
        ("sitemap.xml", b"<?xml version='1.0'?><urlset><url><loc>https://a.org/</loc></url></urlset>",
         "not an RSS or Atom feed"),
        ("broken.atom", b"hello, not XML", "not an RSS or Atom feed (<unknown>:"),
        ("quiet.rss", b"<rss version='2.0'><channel><title>Quiet</title></channel></rss>", "the feed holds no items"),
        ("dated.rss", b"<rss version='2.0'><channel><title>T</title><item><description>Text.</description>"
         b"<pubDate>someday</pubDate></item></channel></rss>", "item 1: its published date 'someday' is not a date"),
        ("typed.jsonl", b'{"text": "Text.", "title": 7}', "line 1: field 'title' must be a string"),
    ],
)
def test_bad_file_names_file_and_cause(tmp_path, name, data, cause):
    path = tmp_path / name
    path.write_bytes(data)
    [message] = errors(path)
    assert message.startswith(f"{path}")
    assert cause in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "fragment, text",
    [
        ("<p>One <b>bold</b> claim &amp; more.</p><p>Second.</p>", "One bold claim & more.\n\nSecond."),
        ("Plain words, no tags", "Plain words, no tags"),
        ("<div>Line one<br>line two</div><ul><li>a</li><li>b</li></ul>", "Line one line two\n\na\n\nb"),
        ("<p>Text</p><script>track()</script><style>p {}</style><!-- note -->", "Text"),
        ("", ""),
    ],
)
def test_html_text(fragment, text):
    assert html_text(fragment) == text


def test_walk_picks_up_every_format(tmp_path):
    for path in (PAGE, RSS, ATOM, JSONL):
        shutil.copy(path, tmp_path)
    (tmp_path / "notes.md").write_text("not an article")
    assert [p.name for p in expand([tmp_path])] == sorted(p.name for p in (PAGE, RSS, ATOM, JSONL))


def test_same_link_twice_is_a_duplicate_id(tmp_path):
    link = MME + "20200105-parliament-votes/"
    (tmp_path / "more.jsonl").write_text(json.dumps({"url": link, "text": "The same story, again."}) + "\n")
    found: list[InputError] = []
    read = read_inputs([RSS, tmp_path / "more.jsonl"], on_error=found.append)
    assert [d.source for d in read].count(link) == 1
    assert [str(e) for e in found][-1] == f"{link}: document id {sha16(link)!r} is already used by {link}; rename one"


def test_extract_over_a_folder_of_every_format(tmp_path):
    from conflictgraph import extract

    for path in (PAGE, RSS, ATOM, JSONL):
        shutil.copy(path, tmp_path)
    (tmp_path / "note.txt").write_text("Iraqi forces said on Monday that they had retaken the village.\n")
    found: list[InputError] = []
    bundle = extract([tmp_path], on_error=found.append)
    assert [(d.id, d.outlet) for d in bundle.documents] == [
        (sha16(TAJI), "Al Jazeera"), (sha16(EMBASSY), None), (sha16(WIRE), "Reuters"),
        (sha16(MME + "20200105-rockets-hit-green-zone/"), "Middle East Monitor"),
        (sha16(MME + "20200105-parliament-votes/"), "Middle East Monitor"),
        ("note", None),
        ("rudaw-strike", "Rudaw"),
        (sha16(AIR_STRIKE), "Enab Baladi English"), (sha16(DISPLACED), "Enab Baladi English"),
    ]
    assert len(found) == 6  # five bad JSONL lines and the RSS item without text
    assert {m.document for m in bundle.mentions} >= {"rudaw-strike", sha16(TAJI)}
