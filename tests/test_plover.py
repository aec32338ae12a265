"""The PLOVER export: every record of the seeds' export checked against the field tables of docs/exports.md."""

from __future__ import annotations

import io
import json
import re

import pytest
from support import ROOT

from conflictgraph import exporters
from conflictgraph.model import Bundle, Document, Event, Evidence, Location, Mention

DOCS = ROOT / "docs" / "exports.md"
GOLDEN = ROOT / "tests" / "golden" / "seeds.bundle.json"
OBJECTS = {"entities": "entity", "location": "location", "citations": "citation", "texts": "text"}
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def documented() -> dict[str, dict[str, str]]:
    """The PLOVER section's tables: object name -> {field: type}."""
    text = DOCS.read_text(encoding="utf-8")
    section = text[text.index("## plover\n"):text.index("\n## ", text.index("## plover\n") + 1)]
    tables: dict[str, dict[str, str]] = {}
    for block in re.split(r"^### ", section, flags=re.M)[1:]:
        name = block.split("\n", 1)[0].strip()
        rows = re.findall(r"^\| `(\w+)` \| ([^|]+?) \|", block, flags=re.M)
        tables[name] = {field: kind for field, kind in rows}
    return tables


def check(value, kind: str, tables: dict[str, dict[str, str]], where: str) -> None:
    base, nullable = kind.removesuffix(" or null"), kind.endswith(" or null")
    if value is None:
        assert nullable, f"{where}: null, but the table says {kind}"
        return
    if base == "string":
        assert isinstance(value, str), where
    elif base == "date":
        assert isinstance(value, str) and DATE.fullmatch(value), f"{where}: {value!r} is not YYYY-MM-DD"
    elif base == "integer":
        assert isinstance(value, int) and not isinstance(value, bool), where
    elif base == "number":
        assert isinstance(value, int | float) and not isinstance(value, bool), where
    elif base == "list of strings":
        assert isinstance(value, list) and all(isinstance(x, str) for x in value), where
    elif base.startswith("list of "):
        assert isinstance(value, list), where
        for i, item in enumerate(value):
            check_object(item, OBJECTS[base.removeprefix("list of ")], tables, f"{where}[{i}]")
    else:
        check_object(value, OBJECTS[base], tables, where)


def check_object(value, name: str, tables: dict[str, dict[str, str]], where: str) -> None:
    fields = tables[name]
    assert isinstance(value, dict), where
    assert list(value) == list(fields), f"{where}: fields {list(value)}, documented {list(fields)}"
    for field, kind in fields.items():
        check(value[field], kind, tables, f"{where}.{field}")


def records(bundle: Bundle) -> list[dict]:
    out = io.BytesIO()
    exporters.export(bundle, "plover", out)
    return [json.loads(line) for line in out.getvalue().decode("utf-8").splitlines()]


def test_the_docs_have_a_table_for_every_object():
    tables = documented()
    assert set(tables) == {"record", *OBJECTS.values()}
    assert {"id", "date", "enddate", "actor", "recipient", "event", "mode", "context", "event_loc", "language",
            "coded_date", "cite_info"} <= set(tables["record"])
    for table in tables.values():
        for kind in table.values():
            base = kind.removesuffix(" or null")
            assert base in ("string", "date", "integer", "number", "list of strings") or \
                base.removeprefix("list of ") in OBJECTS, kind


def test_every_record_of_the_seeds_export_matches_the_docs():
    bundle = Bundle.from_json(GOLDEN.read_text(encoding="utf-8"))
    tables = documented()
    found = records(bundle)
    assert len(found) == len(bundle.events) > 0
    for record, event in zip(found, bundle.events, strict=True):
        check_object(record, "record", tables, record["id"])
        if record["date"]:
            assert record["enddate"] is None or record["date"] < record["enddate"]
            assert (record["enddate"] is None) == (record["date_precision"] == "day")
            assert event.date.startswith(record["date"][:len(event.date)])
    located = [r for r in found if r["event_loc"]]
    assert located and any(r["event_loc"]["extracted_place"] for r in located)
    assert any(e["entity_text"] != e["identifier_text"] for r in found for e in r["actor"] + r["recipient"])


@pytest.fixture
def bundle() -> Bundle:
    text = "Kataib Hezbollah fired rockets at K-1 air base near Kirkuk in December 2019, the Pentagon said."
    sentence = Evidence("doc", 0, len(text), text)
    place = Location("K-1 Air Base", "IRQ", 35.5, 44.3, None, "facility")
    return Bundle(
        documents=[Document("doc", "https://example.org/a", text, title="Rockets", outlet="Rudaw",
                            published="2019-12-28", language="en")],
        actors=[],
        mentions=[Mention("doc", 0, 16, "Kataib Hezbollah", "ORG", actor="kataib-hezbollah"),
                  Mention("doc", 34, 46, "K-1 air base", "FAC", geo=place)],
        events=[Event("e1", "ASSAULT", "explosives", "kataib-hezbollah", None, "2019-12", place, 0, None,
                      [sentence])],
    )


def test_a_record_as_the_manual_writes_it(bundle):
    [record] = records(bundle)
    assert record["date"] == "2019-12-01" and record["enddate"] == "2019-12-31"
    assert record["date_precision"] == "month"
    assert record["actor"] == [{"code": None, "sector": None, "entity_text": "Kataib Hezbollah",
                                "identifier_id": None, "identifier_text": "kataib-hezbollah",
                                "actor_id": "kataib-hezbollah"}]
    assert record["recipient"] == [] and record["mode"] == ["explosives"] and record["context"] == []
    assert record["event_loc"]["extracted_place"] == "K-1 air base"
    assert record["event_loc"]["resolved_place"] == "K-1 Air Base" and record["event_loc"]["resolution"] == 5
    assert record["event_loc"]["country"] == "Iraq" and record["event_loc"]["country_code"] == "IRQ"
    assert record["language"] == "en" and record["cite_info"][0]["language"] == "en"
    assert record["dead"] == 0 and record["quad_code"] == 4


def test_coded_date_is_today_unless_fixed(bundle, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1577836800")
    assert records(bundle)[0]["coded_date"] == "2020-01-01"
