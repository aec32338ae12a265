"""Every YAML data file the package ships holds each mapping key once.

YAML lets a later key silently replace an earlier one of the same name: a word list added under a name that a
file already uses wipes out the list that was there, and nothing fails until a rule that read it misbehaves (q41
found "part_nouns" written twice in plover.yaml that way). The check reads the files' node graphs, where both
keys are still visible.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import conflictgraph

DATA = Path(conflictgraph.__file__).parent / "data"
FILES = sorted(DATA.rglob("*.yaml"))


def duplicate_keys(text: str) -> list[tuple[str, int]]:
    """The keys a mapping of the document repeats, each with the line of its second use."""
    found: list[tuple[str, int]] = []
    stack = [yaml.compose(text, Loader=yaml.SafeLoader)]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        found.append((key.value, key.start_mark.line + 1))
                    seen.add(key.value)
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return found


def test_the_package_ships_its_yaml_data():
    assert len(FILES) > 5
    assert DATA / "lexicons" / "plover.yaml" in FILES


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_no_key_is_written_twice(path):
    assert duplicate_keys(path.read_text(encoding="utf-8")) == []


def test_a_key_written_twice_is_found():
    text = "part_nouns: [role, part]\nother: {a: 1, b: 2}\npart_nouns: [swathe, part]\nlist: [{x: 1, x: 2}]\n"
    assert sorted(duplicate_keys(text)) == [("part_nouns", 3), ("x", 4)]
