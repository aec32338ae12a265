"""Cutting a document's text into evidence blocks and mention runs."""

from __future__ import annotations

import pytest

from conflictgraph.web.highlight import blocks
from conflictgraph.web.schemas import MentionOut

TEXT = "Iran backs Kataib Hezbollah. The US struck Baghdad. Nothing here."


def mention(start: int, end: int, type: str = "ORG", actor: str | None = None) -> MentionOut:
    return MentionOut(start=start, end=end, text=TEXT[start:end], type=type, actor=actor)


@pytest.mark.parametrize("sentences, mentions", [
    ([], []),
    ([(0, 28)], [mention(0, 4, "GPE", "iran"), mention(11, 27, "ORG", "kataib-hezbollah")]),
    ([(0, 28), (29, 51)], [mention(33, 35, "GPE", "united-states"), mention(43, 50, "GPE")]),
    ([(29, 51)], [mention(20, 40)]),                          # a mention across a sentence's start
    ([(0, 28)], [mention(0, 10), mention(5, 20)]),            # overlapping mentions: the first wins
    ([(0, 28), (10, 40)], []),                                # overlapping sentences: the first wins
    ([(60, 500)], [mention(62, 400)]),                        # spans past the end are clipped
])
def test_blocks_give_the_text_back_exactly(sentences, mentions):
    found = blocks(TEXT, sentences, mentions)
    assert "".join(run.text for block in found for run in block.runs) == TEXT


def test_evidence_sentences_are_anchored_and_mentions_linked():
    found = blocks(TEXT, [(29, 51)], [mention(0, 4, "GPE", "iran"), mention(33, 35, "GPE", "united-states")])
    anchored = [b for b in found if b.start is not None]
    assert [(b.start, "".join(r.text for r in b.runs)) for b in anchored] == [(29, "The US struck Baghdad.")]
    runs = [(r.text, r.actor) for b in found for r in b.runs if r.type]
    assert runs == [("Iran", "iran"), ("US", "united-states")]


def test_a_mention_across_a_sentence_edge_is_cut_there():
    found = blocks(TEXT, [(29, 51)], [mention(20, 40, "ORG", "x")])
    pieces = [(b.start, r.text) for b in found for r in b.runs if r.actor == "x"]
    assert pieces == [(None, TEXT[20:29]), (29, TEXT[29:40])]
