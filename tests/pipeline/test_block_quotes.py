"""A quote block ("X said:" and the passage after it): each paragraph is a claim of X's, kind quote, every
sentence of it the claim's evidence, until a paragraph with its own attribution (docs/annotation.md, *Claims*,
*Quote blocks*). Text written for this test."""

from __future__ import annotations

from conflictgraph import extract

STATEMENT = """Foreign Minister Penny Wong comments on the fighting in Khartoum.

Speaking today Ms Wong said:

We are deeply concerned by the fighting in Khartoum. Civilians must be protected.

We call on both sides to agree a ceasefire and to allow aid to reach those in need.

The Department of Foreign Affairs and Trade said on Tuesday that its embassy staff were safe.
"""


def _claims():
    bundle = extract([STATEMENT], published="2023-04-18").to_dict()
    return [c for c in bundle["claims"]]


def test_each_sentence_of_the_passage_is_a_quote_of_the_speaker():
    texts = {e["text"]: c for c in _claims() if c["speaker"] == "penny-wong" for e in c["evidence"]}
    for sentence in ("We are deeply concerned by the fighting in Khartoum.", "Civilians must be protected.",
                     "We call on both sides to agree a ceasefire and to allow aid to reach those in need."):
        assert sentence in texts and texts[sentence]["kind"] == "quote"


def test_a_paragraph_of_the_passage_is_one_claim_with_every_sentence_as_evidence():
    # docs/annotation.md, *Quote blocks*: one claim per paragraph of the passage, as the given seeds gold has it.
    claim = next(c for c in _claims() if "Civilians must be protected" in c["text"])
    assert [e["text"] for e in claim["evidence"]] == ["We are deeply concerned by the fighting in Khartoum.",
                                                       "Civilians must be protected."]
    assert not any("ceasefire" in e["text"] for e in claim["evidence"])  # the next paragraph is a claim of its own


def test_a_paragraph_with_its_own_attribution_ends_the_passage():
    # (a speaker the text names: "The ministry said", resolving to no actor, would make no claim at all since k28r,
    # docs/annotation.md, *Claims*: speech without an identifiable speaker is left out)
    ministry = [c for c in _claims() if "embassy staff" in c["evidence"][0]["text"]]
    assert ministry and all(c["speaker"] != "penny-wong" for c in ministry)


def test_first_person_acts_in_a_statement_are_the_speakers():
    """PLOVER actor: who acted; "We call on both sides ..." in Ms Wong's statement is her REQUEST."""
    bundle = extract([STATEMENT], published="2023-04-18").to_dict()
    requests = [e for e in bundle["events"] if e["type"] == "REQUEST"]
    assert requests and {e["source"] for e in requests} == {"penny-wong"}
