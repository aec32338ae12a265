"""tools/news_gold.py folds a quotation the annotation source gives sentence by sentence into one claim, the
convention of the given seeds gold (docs/annotation.md, *Quotes over several sentences*, *Quote blocks*). Texts
written for this test."""

from __future__ import annotations

import importlib.util

import pytest
from support import ROOT


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("news_gold_fold", ROOT / "tools" / "news_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _claim(tool, text: str, snippet: str, who: str, core: bool, kind: str = "quote") -> dict:
    sentence = tool.find_sentence(text, snippet, "test")
    return {"speaker": who, "speaker_text": who, "text": snippet, "kind": kind, "core": core,
            "evidence": [{"document": "d"} | sentence]}


def test_one_pair_of_marks_over_several_sentences_is_one_claim(tool):
    text = ('Mayor Ihor Terekhov spoke in Kharkiv. "The drones came at night. Nine people were wounded. The depot '
            'burned," Terekhov said.')
    claims = [_claim(tool, text, "The drones came", "terekhov", False),
              _claim(tool, text, "Nine people", "terekhov", False),
              _claim(tool, text, "The depot burned", "terekhov", True)]
    folded = tool.fold_quotes(text, claims)
    assert len(folded) == 1 and folded[0]["core"] is True and folded[0]["speaker_text"] == "terekhov"
    assert [e["text"][:9] for e in folded[0]["evidence"]] == ['"The dron', "Nine peop", "The depot"]


def test_a_closed_quote_and_a_new_attribution_each_start_a_claim(tool):
    # '"A," X said. "B. C."': A is one claim, B and C another; a sentence that names the speaker again inside a
    # quote left open starts a claim of its own ('X then said: "D'); another speaker's never joins.
    text = ('"El Fasher is surrounded," Hala Karib said. "The RSF shells the camp. Children are dying.\n'
            'Karib then said: "We need a corridor now. The UN must act."\n'
            '"Nobody listens," Mohamed Osman said.')
    claims = [_claim(tool, text, "El Fasher is surrounded", "karib", True),
              _claim(tool, text, "The RSF shells", "karib", False),
              _claim(tool, text, "Children are dying", "karib", False),
              _claim(tool, text, "Karib then said", "karib", True),
              _claim(tool, text, "The UN must act", "karib", False),
              _claim(tool, text, "Nobody listens", "osman", True)]
    folded = tool.fold_quotes(text, claims)
    assert [len(c["evidence"]) for c in folded] == [1, 2, 2, 1]
    assert [c["core"] for c in folded] == [True, False, True, True]


def test_paraphrases_and_claims_with_several_reports_stay_as_they_are(tool):
    text = "The junta said Laiza had fallen. The KIA denied it. The junta said it again on Monday."
    claims = [_claim(tool, text, "Laiza had fallen", "junta", True, "paraphrase"),
              _claim(tool, text, "The KIA denied it", "kia", True, "paraphrase")]
    assert tool.fold_quotes(text, claims) == claims


def test_a_quote_block_is_one_claim_per_paragraph(tool):
    text = ("Colombian ombudsman Iris Marin said:\n\nThe ELN has blocked the river. The communities cannot fish.\n\n"
            "We ask both sides to open it.\n\nThe army said it was open.")
    document = tool._Document("d", text, {"marin": {}}, set())
    block = {"who": "marin", "as": "Iris Marin", "from": "The ELN has blocked", "to": "We ask both sides"}
    claims = document.quote_block(block, "test")
    assert [[e["text"][:12] for e in c["evidence"]] for c in claims] == \
        [["The ELN has ", "The communit"], ["We ask both "]]
    assert [c["core"] for c in claims] == [True, False]
