"""Everything a user can name is documented, and the schema, the model and the lexicons agree.

In the manner of datasette's ``tests/test_docs.py``: the lists come from the code (the vocabulary, the CLI's
click commands, the exporter and reader registries, the stage registry), so a new type, predicate, command,
option or format fails here until docs/ describes it.
"""

from __future__ import annotations

import json
import re
from dataclasses import fields

import pytest
import typer.main
from support import ROOT

from conflictgraph import exporters, model
from conflictgraph.cli import app
from conflictgraph.core import vocabulary as v
from conflictgraph.knowledge import default_knowledge
from conflictgraph.pipeline import DEFAULT_STAGES
from conflictgraph.readers import READERS

DOCS = ROOT / "docs"
CLI_DOCS = (DOCS / "cli.md").read_text(encoding="utf-8")
SCHEMA = json.loads((ROOT / "tests" / "data" / "bundle.schema.json").read_text(encoding="utf-8"))
COMMANDS = typer.main.get_command(app).commands  # type: ignore[attr-defined]


def section(text: str, name: str) -> str:
    """The ``## ...`` section of cli.md whose heading, or a table row in it, names ``conflictgraph NAME``."""
    for part in re.split(r"^(?=## )", text, flags=re.M):
        if re.search(rf"`conflictgraph {re.escape(name)}\b", part):
            return part
    raise AssertionError(f"docs/cli.md does not document `conflictgraph {name}`")


def table_cells(text: str, column: int = 0) -> list[str]:
    return [cells[column].strip() for line in text.splitlines() if line.startswith("|")
            for cells in [line.strip("|").split("|")] if len(cells) > column]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_and_option_is_documented(name):
    documented = section(CLI_DOCS, name)
    # Typer carries its own click: an option is known by its parameter type name, not by click's class.
    options = [p.opts for p in COMMANDS[name].params if p.param_type_name == "option"]
    assert options, name
    missing = [max(opts, key=len) for opts in options
               if not any(re.search(rf"(?<![\w-]){re.escape(opt)}(?![\w-])", documented) for opt in opts)]
    assert missing == [], f"docs/cli.md: `conflictgraph {name}` does not mention {', '.join(missing)}"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_with_an_example(name):
    assert "Example:" in (COMMANDS[name].help or ""), name


@pytest.mark.parametrize("name", sorted(exporters.available()))
def test_every_export_format_is_documented(name):
    exports = (DOCS / "exports.md").read_text(encoding="utf-8")
    assert f"`{name}`" in table_cells(exports), f"docs/exports.md: no row for the {name} format"


@pytest.mark.parametrize("name", sorted(READERS))
def test_every_input_format_and_suffix_is_documented(name):
    suffixes = " ".join(table_cells(section(CLI_DOCS, "extract")))
    for suffix in READERS[name].suffixes:
        assert f"`{suffix}`" in suffixes, f"docs/cli.md: no row for {suffix} ({name} reader)"


@pytest.mark.parametrize("name", DEFAULT_STAGES)
def test_every_stage_is_documented(name):
    stages = " ".join(table_cells((DOCS / "pipeline.md").read_text(encoding="utf-8")))
    assert f"`{name}`" in stages, f"docs/pipeline.md: no row for the {name} stage"


@pytest.mark.parametrize("name", v.EVENT_TYPES + v.PREDICATES + v.CLAIM_KINDS + v.MENTION_TYPES + v.ACTOR_KINDS)
def test_every_name_of_the_vocabulary_is_documented(name):
    assert f"`{name}`" in (DOCS / "bundle.md").read_text(encoding="utf-8")


ITEMS = {"document": model.Document, "actor": model.Actor, "mention": model.Mention, "relation": model.Relation,
         "event": model.Event, "claim": model.Claim, "evidence": model.Evidence, "location": model.Location}


@pytest.mark.parametrize("name", sorted(ITEMS))
def test_the_schema_and_the_model_have_the_same_fields(name):
    properties = SCHEMA["$defs"][name]["properties"]
    written = [f.name for f in fields(ITEMS[name])] + list(getattr(ITEMS[name], "DERIVED", ()))
    assert sorted(properties) == sorted(written)


def test_the_schema_and_the_model_have_the_same_sections_and_duplicate_fields():
    assert [p for p in SCHEMA["properties"] if p != "format"] == list(model.Bundle.SECTIONS)
    duplicate = SCHEMA["$defs"]["document"]["properties"]["duplicates"]["items"]["properties"]
    assert list(duplicate) == [f.name for f in fields(model.Duplicate)]


def test_every_event_type_has_triggers_and_every_predicate_a_cue_in_the_lexicons():
    knowledge = default_knowledge()
    plover = knowledge.lexicon("plover")
    assert [t for t in v.EVENT_TYPES if not plover["verbs"].get(t) and not plover["nouns"].get(t)] == []
    relations = knowledge.lexicon("relations")
    cued = ({p["predicate"] for p in relations["patterns"] + relations.get("prefix_compounds", [])}
            | set(relations.get("compounds", {}).values()))
    assert [p for p in v.PREDICATES if p not in cued] == []


def test_development_docs_name_the_files_for_each_kind_of_addition():
    development = (DOCS / "development.md").read_text(encoding="utf-8")
    for heading, files in {
        "Adding a PLOVER event type": ["src/conflictgraph/core/vocabulary.py", "data/lexicons/plover.yaml",
                                      "docs/bundle.md", "tests/data/bundle.schema.json"],
        "Adding a predicate": ["src/conflictgraph/core/vocabulary.py", "data/lexicons/relations.yaml",
                               "docs/bundle.md", "tests/data/bundle.schema.json"],
        "Adding an input format": ["src/conflictgraph/readers/", "docs/cli.md"],
        "Adding an export format": ["src/conflictgraph/exporters.py", "docs/exports.md"],
    }.items():
        part = re.search(rf"^### {heading}\n(.*?)(?=^##|\Z)", development, re.M | re.S)
        assert part, f"docs/development.md has no section '### {heading}'"
        for path in files:
            assert path in part.group(1), f"docs/development.md, {heading}: does not name {path}"
            assert (ROOT / path).exists() or (ROOT / "src" / "conflictgraph" / path).exists(), path
