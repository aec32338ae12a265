"""The knowledge loader: valid files load and index; a bad file names the file, the line and the problem."""

from __future__ import annotations

import pytest

from conflictgraph.errors import KnowledgeError
from conflictgraph.knowledge import Knowledge, default_knowledge, normalize_name, parse_actor, read_yaml_records

GOOD = """\
- id: testland
  name: Testland
  kind: state
  country: TST
  wikidata: null
  aliases: [Testland, Republic of Testland]
  demonyms: [Testlander]
  capitals: [Testville]
- id: test-militia
  name: Test Militia
  kind: armed_group
  country: TST
  wikidata: Q1
  aliases: [TM]
  weak_aliases: [the militia]
  context: [testland]
"""


def load(tmp_path, text):
    path = tmp_path / "actors.yaml"
    path.write_text(text, encoding="utf-8")
    return Knowledge([parse_actor(item, path, line) for item, line in read_yaml_records(path)], {})


def test_good_file_loads(tmp_path):
    knowledge = load(tmp_path, GOOD)
    assert knowledge.find("republic of testland") == "testland"
    assert knowledge.find("Test Militia") == "test-militia"
    assert knowledge.get("test-militia").weak_aliases == ["the militia"]
    assert knowledge.get("testland").aliases[0] == "Testland"


@pytest.mark.parametrize(
    "replace, expected",
    [
        (("kind: armed_group", "kind: militia"), "line 9: actor 'test-militia': kind 'militia' is not one of"),
        (("country: TST\n  wikidata: Q1", "country: Testland\n  wikidata: Q1"),
         "line 9: actor 'test-militia': country 'Testland'"),
        (("wikidata: Q1", "wikidata: 1234"), "line 9: actor 'test-militia': wikidata 1234 is not a QID"),
        (("id: test-militia", "id: Test Militia"), "line 9: actor 'Test Militia': id must be a lowercase slug"),
        (("aliases: [TM]", "aliases: [TM, Testville]"),
         "line 9: alias 'Testville' is given to two actors (testland, test-militia)"),
        (("context: [testland]", "context: [nowhere]"),
         "line 9: actor 'test-militia': context names unknown actor(s) nowhere"),
        (("  aliases: [TM]\n", ""), "line 9: actor 'test-militia' lacks aliases"),
        (("  context: [testland]\n", ""), "line 9: actor 'test-militia': weak_aliases need a context"),
        (("aliases: [TM]", "aliases: [TM"), "is not valid YAML"),
    ],
)
def test_bad_file_names_file_line_and_problem(tmp_path, replace, expected):
    with pytest.raises(KnowledgeError) as raised:
        load(tmp_path, GOOD.replace(*replace))
    assert "actors.yaml" in str(raised.value)
    assert expected in str(raised.value)


def test_user_file_extends_the_builtin_knowledge(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(GOOD, encoding="utf-8")
    knowledge = Knowledge.load(extra=[path])
    assert knowledge.find("TM") == "test-militia"
    assert knowledge.find("Iran") == "iran"


def test_duplicate_id_across_files(tmp_path):
    path = tmp_path / "again.yaml"
    path.write_text("- {id: iran, name: Iran again, kind: state, country: IRN, wikidata: null, aliases: []}\n")
    with pytest.raises(KnowledgeError, match="actor id 'iran' is already defined at .*states.yaml"):
        Knowledge.load(extra=[path])


@pytest.mark.parametrize(
    "a, b",
    [("Kata’ib Hezbollah", "kata'ib hezbollah"), ("the Pentagon", "Pentagon"), ("Al-Kadhimi’s", "al kadhimi"),
     ("Hashd al-Shaabi", "HASHD AL SHAABI"), ("Qasem Soleimani", "Qasem  Soleimani")],
)
def test_normalize_name(a, b):
    assert normalize_name(a) == normalize_name(b)


def test_builtin_knowledge_is_valid():
    knowledge = default_knowledge()
    assert len(list(knowledge.states())) >= 190
    assert len(knowledge.actors) >= 350
