"""The vocabulary has one owner: the JSON schemas, docs/bundle.md and the lexicons agree with core.vocabulary."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from support import ROOT, SHARED

from conflictgraph.core import vocabulary as v
from conflictgraph.errors import KnowledgeError
from conflictgraph.knowledge import LEXICONS_DIR, Knowledge, _read_lexicon

SCHEMAS = [ROOT / "tests" / "data" / "bundle.schema.json", SHARED / "spec" / "bundle.schema.json"]
BUNDLE_DOCS = [ROOT / "docs" / "bundle.md", SHARED / "spec" / "bundle.md"]

# (where in the schema, where in bundle.md: section and field, the vocabulary's list)
ENUMS = [
    (("actor", "kind"), ("actors", "kind"), v.ACTOR_KINDS),
    (("mention", "type"), ("mentions", "type"), v.MENTION_TYPES),
    (("relation", "predicate"), ("relations", "predicate"), v.PREDICATES),
    (("event", "type"), ("events", "type"), v.EVENT_TYPES),
    (("claim", "kind"), ("claims", "kind"), v.CLAIM_KINDS),
    (("document", "published_basis"), ("documents", "published_basis"), v.PUBLISHED_BASES),
]


def schema_enum(schema: dict, item: str, field: str) -> list:
    return [x for x in schema["$defs"][item]["properties"][field]["enum"] if x is not None]


def docs_row(text: str, section: str, field: str) -> str:
    """The cell that lists a field's values (the first with `code` in it) in a section's table of bundle.md."""
    body = re.search(rf"^## {section}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert body, f"bundle.md has no section {section!r}"
    for line in body.group(1).splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if cells and cells[0] == field:
            return next((c for c in cells[1:] if "`" in c), line)
    raise AssertionError(f"bundle.md: section {section!r} has no row {field!r}")


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: str(p.relative_to(p.parents[2])))
@pytest.mark.parametrize(("where", "_docs", "values"), ENUMS, ids=lambda x: "/".join(x) if isinstance(x, tuple)
                         and isinstance(x[0], str) and len(x) == 2 else None)
def test_schema_enums_are_the_vocabulary(path: Path, where, _docs, values):
    if not path.exists():
        pytest.skip(f"{path} is not here")
    assert schema_enum(json.loads(path.read_text(encoding="utf-8")), *where) == list(values)


def test_schema_duplicate_relations_are_the_vocabulary():
    schema = json.loads(SCHEMAS[0].read_text(encoding="utf-8"))
    relation = schema["$defs"]["document"]["properties"]["duplicates"]["items"]["properties"]["relation"]
    assert relation["enum"] == list(v.DUPLICATE_RELATIONS)


@pytest.mark.parametrize("path", BUNDLE_DOCS, ids=lambda p: str(p.relative_to(p.parents[2])))
@pytest.mark.parametrize(("_where", "docs", "values"), ENUMS)
def test_bundle_docs_tables_are_the_vocabulary(path: Path, _where, docs, values):
    if not path.exists():
        pytest.skip(f"{path} is not here")
    row = docs_row(path.read_text(encoding="utf-8"), *docs)
    assert re.findall(r"`([^`]+)`", row) == list(values)


def test_every_predicate_has_its_meaning_in_bundle_docs():
    text = (ROOT / "docs" / "bundle.md").read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if line.startswith("| predicate |"))
    for meaning in v.PREDICATE_MEANINGS.values():
        assert meaning in row


def test_plover_2024_categories_quads_and_modes():
    assert "INVESTIGATE" not in v.PLOVER and "DEMAND" not in v.PLOVER
    manual = {1: ["AGREE", "CONSULT", "SUPPORT", "CONCEDE"], 2: ["COOPERATE", "AID", "RETREAT"],
              3: ["REQUEST", "ACCUSE", "REJECT", "THREATEN"],
              4: ["PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]}
    assert {t: v.quad_code(t) for q in manual for t in manual[q]} == {t: q for q in manual for t in manual[q]}
    quads = {q: [t for t in v.EVENT_TYPES if v.quad_code(t) == q] for q in v.QUADS}
    assert "investigate" in v.MODES["ACCUSE"]  # INVESTIGATE lives on as a mode of ACCUSE
    assert v.score("ASSAULT") == -9 and v.score("ASSAULT", "drone") == -9.5 and v.score("PROTEST", "vandalize") == -5
    assert v.quad_code("DEMAND") is None and v.score("DEMAND") is None
    # Scores run from cooperation (+) to conflict (-), in step with the quads.
    assert all(v.PLOVER[t].score >= 0 for t in quads[1] + quads[2])
    assert all(v.PLOVER[t].score <= 0 for t in quads[3] + quads[4])


def test_the_lexicons_use_the_vocabulary():
    knowledge = Knowledge.load()
    plover = knowledge.lexicon("plover")
    assert set(plover["verbs"]) <= set(v.EVENT_TYPES) and set(plover["nouns"]) <= set(v.EVENT_TYPES)
    for event_type, modes in plover["modes"].items():
        assert set(modes) <= set(v.MODES[event_type]), event_type
    relations = knowledge.lexicon("relations")
    assert {p["predicate"] for p in relations["patterns"]} <= set(v.PREDICATES)


@pytest.mark.parametrize(("lexicon", "old", "new", "message"), [
    ("plover", "  SANCTION: [sanction,", "  DEMAND: [sanction,",
     r"plover.yaml line \d+: verbs: 'DEMAND' is not a PLOVER event type"),
    ("plover", "    drone: [drone,", "    drones: [drone,", r"modes: ASSAULT: 'drones' is not a mode of ASSAULT"),
    ("plover", "hostile_types: [ASSAULT,", "hostile_types: [ATTACK,",
     r"hostile_types: 'ATTACK' is not a PLOVER event type"),
    ("relations", "{predicate: leads, subject: A, pattern: '{A}[-‐]led {B}'}",
     "{predicate: lead_by, subject: A, pattern: '{A}[-‐]led {B}'}", r"'lead_by' is not a relation predicate"),
    ("weapons", "MILITARY_PLATFORM:", "VEHICLE:", r"'VEHICLE' is not a mention type"),
    ("speech", "  militia: [armed_group]", "  militia: [armed_groups]", r"'armed_groups' is not an actor kind"),
])
def test_a_lexicon_naming_what_the_vocabulary_lacks_fails_at_load(tmp_path, lexicon, old, new, message):
    path = tmp_path / f"{lexicon}.yaml"
    text = (LEXICONS_DIR / f"{lexicon}.yaml").read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=message):
        _read_lexicon(path)
    shutil.copy(LEXICONS_DIR / f"{lexicon}.yaml", path)
    assert _read_lexicon(path)  # the built-in file itself loads
