"""Generated hostile inputs (hypothesis): every reader and the extract/ingest commands, on inputs made to break them.

Each input is made with what it should give: a document, or one error line naming it. The properties:
no traceback and no exception other than InputError; one line per bad input, naming it, and the exit code 1;
every good input read (and stored); every text normalized; every offset inside its text; the store consistent.

The number of examples is fixed and the generation derandomized (the same inputs on every run): about 1,100
inputs in all, most through the readers in-process, a few dozen through the spaCy pipeline. Set
CONFLICTGRAPH_HYPOTHESIS_SCALE=10 (say) for ten times as many, with a seed of their own per run.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import assert_valid_bundle
from typer.testing import CliRunner

from conflictgraph.cli import app
from conflictgraph.core.dates import parse_date_string
from conflictgraph.errors import InputError
from conflictgraph.model import Document
from conflictgraph.readers import read_path
from conflictgraph.text import DROP, normalize

# feedparser warns of its own future changes on items with an <updated> date only.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
SCALE = float(os.environ.get("CONFLICTGRAPH_HYPOTHESIS_SCALE", "1"))
TRIED: Counter[str] = Counter()
runner = CliRunner()


def examples(n: int) -> settings:
    return settings(max_examples=max(1, int(n * SCALE)), derandomize=SCALE == 1, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much, HealthCheck.large_base_example])


@pytest.fixture(scope="module", autouse=True)
def report_counts():
    yield
    print(f"\nhypothesis inputs tried: {sum(TRIED.values())} ({', '.join(f'{k} {v}' for k, v in TRIED.items())})",
          file=sys.__stderr__)


# -- what inputs are made of ------------------------------------------------------------------------------------

WORDS = ("Kataib Hezbollah fired rockets at the Balad air base north of Baghdad on Tuesday killing two Iraqi soldiers "
         "officials said The Pentagon Iran-backed militias protest embassy drone strike ceasefire Mosul police "
         "\"We will respond,\" a spokesman said. 2020-01-03 Jan. 5 2021").split()
HOSTILE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066",
           "\u2068", "\u2069", "\u061c", "\u00ad", "\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85",
           "\x9b", "\u2028", "\u2029", "\ufffe", "\uffff", "\r", "\t", "<", "&amp;", "]]>", "%", "_", "\\", "'",
           "\ud800", "\U0001f4a3", "\u0628\u063a\u062f\u0627\u062f", "\u00e9", "e\u0301", " " * 40, "\n" * 5]

words = st.sampled_from(WORDS)
hostile = st.sampled_from(HOSTILE)
# Text: words and hostile characters, sometimes a stretch of any Unicode at all.
text = st.lists(st.one_of(words, words, words, hostile, st.text(max_size=12)), min_size=0, max_size=60).map(
    lambda parts: " ".join(parts))
dates = st.one_of(st.none(), st.sampled_from(["2020-01-03", "2020-13-45", "2021", "2019-02", "yesterday", "", "0000",
                                              "2020-02-30", "9999-12-31"]), st.text(max_size=12))


def clean(value: str) -> str:
    return normalize(value.encode("utf-8", "replace").decode("utf-8"))


def has_text(value: str) -> bool:
    return bool(clean(value).strip())


def check_document(document: Document, where: str) -> None:
    assert document.text.strip(), where
    assert not DROP.search(document.text), (where, document.text)
    assert document.text == normalize(document.text)
    for value in (document.title, document.outlet):
        assert value is None or not DROP.search(value)
    assert document.published is None or parse_date_string(document.published) == document.published
    assert document.id and len(document.id) <= 200


def read_all(path: Path) -> tuple[list[Document], list[InputError]]:
    """Read one file in-process; anything but a document or an InputError (a traceback) fails the test."""
    documents, errors = [], []
    for found in read_path(path):
        if isinstance(found, InputError):
            assert "\n" not in str(found) and str(path.with_suffix("")) in found.source, str(found)
            errors.append(found)
        else:
            check_document(found, str(path))
            documents.append(found)
    return documents, errors


def read_file_of(kind: str, name: str, data: bytes) -> tuple[list[Document], list[InputError]]:
    """Write ``data`` as a file ``name`` in a new folder, read it, and count it as an input of ``kind`` tried."""
    TRIED[kind] += 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return read_all(path)


# -- the readers, in-process ------------------------------------------------------------------------------------

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1", "cp1252"]


@st.composite
def article_files(draw):
    """(bytes of a .txt, sidecar text or None, whether a document should come of it)."""
    body = draw(text)
    encoding = draw(st.sampled_from(ENCODINGS))
    try:
        data = body.encode(encoding)
    except UnicodeEncodeError:
        data = body.encode("utf-8", "replace")
        encoding = "utf-8"
    if draw(st.integers(0, 9)) == 0:
        data = draw(st.binary(max_size=200))
        encoding = "binary"
    sidecar = draw(st.one_of(
        st.none(),
        st.fixed_dictionaries({}, optional={"url": st.one_of(st.text(max_size=30), st.integers()),
                                            "outlet": text, "title": text, "published": dates}).map(json.dumps),
        st.sampled_from(["{", "[]", "null", "\"x\"", "{\"published\": 5}", ""]),
    ))
    return data, encoding, sidecar


@given(article_files())
@examples(400)
def test_text_and_sidecar_readers(case):
    data, encoding, sidecar = case
    TRIED["text+sidecar"] += 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_bytes(data)
        if sidecar is not None:
            path.with_name("article.meta.json").write_text(sidecar, encoding="utf-8", errors="surrogatepass")
        documents, errors = read_all(path)
        assert len(documents) + len(errors) == 1
        if encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-32") and sidecar is None:
            body = data.decode(encoding) if encoding != "utf-8" else data.decode("utf-8", "replace")
            binary = encoding == "utf-8" and b"\x00" in data[:8192]  # a NUL without a BOM: a binary file
            assert bool(documents) == (has_text(body) and not binary), (data, errors)


@st.composite
def pages(draw):
    depth = draw(st.integers(0, 400))
    tags = draw(st.lists(st.sampled_from(["div", "p", "span", "section", "article", "b", "table", "td", "script",
                                          "style", "li", "font"]), min_size=1, max_size=5))
    opening = "".join(f"<{tags[i % len(tags)]}>" for i in range(depth))
    closing = "".join(f"</{tags[i % len(tags)]}>" for i in reversed(range(depth))) if draw(st.booleans()) else ""
    paragraphs = draw(st.lists(text, min_size=0, max_size=5))
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    head = draw(st.sampled_from(["", "<head><title>T</title><meta charset='utf-8'></head>",
                                 "<head><meta name='date' content='2020-13-45'></head>", "<?xml version='1.0'?>"]))
    return f"<html>{head}<body>{opening}{body}{closing}</body></html>"


@given(pages())
@examples(250)
def test_html_reader(html):
    documents, errors = read_file_of("html", "page.html", html.encode("utf-8", "replace"))
    assert len(documents) + len(errors) == 1


@st.composite
def feeds(draw):
    items = draw(st.lists(st.tuples(text, dates, st.sampled_from(["https://example.org/a", "relative", "", "urn:x"]),
                                    st.booleans()), min_size=0, max_size=4))
    atom = draw(st.booleans())

    def esc(value: str) -> str:
        if draw(st.integers(0, 5)) == 0:
            return value  # unescaped: markup in the feed itself
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    if atom:
        entries = "".join(f"<entry><title>{esc(t[:40])}</title><link href='{u}'/>"
                          f"<updated>{esc(d or '')}</updated><content type='{'html' if h else 'text'}'>{esc(t)}"
                          f"</content></entry>" for t, d, u, h in items)
        return f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>" \
               f"<title>Wire</title>{entries}</feed>"
    entries = "".join(f"<item><title>{esc(t[:40])}</title><link>{u}</link><pubDate>{esc(d or '')}</pubDate>"
                      f"<description>{esc(t)}</description></item>" for t, d, u, _ in items)
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>{entries}</channel></rss>"


@given(feeds())
@examples(200)
def test_feed_reader(feed):
    documents, errors = read_file_of("feed", "wire.rss", feed.encode("utf-8", "replace"))
    assert documents or errors


json_values = st.recursive(st.none() | st.booleans() | st.integers() | text, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=6)
records = st.fixed_dictionaries({}, optional={"text": st.one_of(text, json_values), "html": st.one_of(pages(), text),
                                              "url": st.one_of(st.text(max_size=30), json_values),
                                              "published": st.one_of(dates, json_values), "title": text,
                                              "outlet": st.one_of(text, st.integers())})
lines = st.one_of(records.map(lambda r: json.dumps(r, ensure_ascii=False)), records.map(json.dumps),
                  st.text(max_size=40), st.sampled_from(["{", "[1, 2]", "null", "{\"text\": \"\\ud800 x\"}"]))


@given(st.lists(lines, min_size=0, max_size=6))
@examples(250)
def test_jsonl_reader(lines_):
    documents, errors = read_file_of("jsonl", "articles.jsonl", "\n".join(lines_).encode("utf-8", "surrogatepass"))
    assert documents or errors


# -- the commands, through the spaCy pipeline ------------------------------------------------------------------

GOOD = ("Kataib Hezbollah fired rockets at the Balad air base north of Baghdad on Tuesday, killing two Iraqi "
        "soldiers, officials said.")
BAD = {"empty": b"", "binary": b"\x00\x01\x02 rockets", "latin-1": "caf\xe9 attack".encode("latin-1"),
       "invisible": "\u200b\u2060\u200e".encode()}


@st.composite
def folders(draw):
    """Files for one command: (name, bytes, good?), each good one a GOOD article changed by hostile text."""
    files = []
    for n in range(draw(st.integers(1, 4))):
        if draw(st.integers(0, 3)) == 0:
            kind = draw(st.sampled_from(sorted(BAD)))
            files.append((f"bad{n}-{kind}.txt", BAD[kind], False))
            continue
        extra = draw(text).replace("\x00", "")  # a NUL makes a file without a BOM binary: a bad input
        body = f"Story {n} {draw(st.integers(0, 10**6))}\n\n{GOOD} {extra}"
        encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
        files.append((f"good{n}.txt", body.encode(encoding, "replace") if encoding == "utf-8"
                      else body.encode("utf-8", "replace").decode("utf-8").encode(encoding), True))
    return files


def write(folder: Path, files) -> None:
    for name, data, _ in files:
        (folder / name).write_bytes(data)


def check_run(result, files) -> None:
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    # One line per bad input; extract adds one more when nothing at all could be extracted (and writes no file).
    errors = [line for line in result.stderr.splitlines()
              if line.startswith("error:") and not line.startswith("error: nothing was extracted")]
    bad = [name for name, _, good in files if not good]
    assert len(errors) == len(bad), result.stderr
    assert all(any(name in line for line in errors) for name in bad)
    assert result.exit_code == (1 if bad else 0), result.stderr


@given(folders())
@examples(25)
def test_extract_command(files):
    TRIED["extract"] += len(files)
    with tempfile.TemporaryDirectory() as folder:
        write(Path(folder), files)
        output = Path(folder) / "out.json"
        result = runner.invoke(app, ["extract", folder, "-o", str(output), "-q"])
        check_run(result, files)
        if not any(good for _, _, good in files):
            assert "error: nothing was extracted" in result.stderr and not output.exists(), result.stderr
            return
        data = json.loads(output.read_text(encoding="utf-8"))
        assert_valid_bundle(data)  # every offset inside its text, every id it names listed
        assert {d["id"] for d in data["documents"]} == {name[:-4] for name, _, good in files if good}


@given(folders())
@examples(15)
def test_ingest_command(files):
    from conflictgraph.store import Store

    TRIED["ingest"] += len(files)
    with tempfile.TemporaryDirectory() as folder:
        write(Path(folder), files)
        url = f"sqlite:///{folder}/store.db"
        result = runner.invoke(app, ["ingest", folder, "--db", url, "-q", "--batch-size", "2"])
        check_run(result, files)
        with Store.open(url) as store:
            bundle = store.bundle()
            assert {d.id for d in bundle.documents} == {name[:-4] for name, _, good in files if good}
            assert_valid_bundle(json.loads(bundle.to_json()))  # the store is consistent: offsets, references
