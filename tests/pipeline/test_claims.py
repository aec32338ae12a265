"""The claim stage over hand-written passages: one table row per way of quoting or reporting speech."""

from __future__ import annotations

import pytest
from test_relations import context  # the hand-built documents and small knowledge base of the relation tests

from conflictgraph.model import Claim, Evidence
from conflictgraph.pipeline.claims import find_claims, merge


def claims(text: str) -> list[Claim]:
    ctx = context(text)
    find_claims(ctx)
    return ctx.claims


# (passage, speaker, words the claim's text starts with, kind, number of evidence sentences)
CASES = [
    # direct quotes: curly and straight marks, after or before the attribution, across sentences
    ("“The mission is the defeat of ISIS,” Robertson said.", "sean-robertson", "The mission is", "quote", 1),
    ('"The mission is the defeat of ISIS," Robertson said.', "sean-robertson", "The mission is", "quote", 1),
    ("Robertson replied, “We assess the situation. Our mission is clear.”", "sean-robertson", "We assess",
     "quote", 2),
    ("“We see no threat,” Robertson said, “and we will stay in Iraq.”", "sean-robertson", "We see no threat",
     "quote", 1),
    ("Reuters quoted Qais al-Khazali as stressing, “We don’t expect a good future.”", "qais-al-khazali",
     "We don’t expect", "quote", 1),
    ("Tehran's PMF proxies “have recently increased their involvement in Basrah,” the IG added.", "dod-oig",
     "have recently increased", "quote", 1),
    ("“Iraqi politicians have called for disarming the PMF. They say the militias are responsible,” "
     "Reuters noted this week.", "reuters", "Iraqi politicians", "quote", 2),
    # block quotes without marks, introduced by a paragraph ending with ':'
    ("In its assessment, the IG noted:\n\nThe PMF remains a significant factor affecting security.",
     "dod-oig", "The PMF remains", "quote", 1),
    ("Iran keeps funding the groups, the IG found, adding:\n\nIranian support to the militias hampered the campaign.",
     "dod-oig", "Iranian support", "quote", 1),
    # reported speech
    ("The Pentagon said in a statement that the United States would defend its personnel.", "us-dod",
     "the United States would defend", "paraphrase", 1),
    ("Sean Robertson, a Pentagon spokesman, stressed on Tuesday that the mission is the defeat of ISIS.",
     "sean-robertson", "the mission is", "paraphrase", 1),
    ("The IG also noted that the PMF represented a menace for the civilian population.", "dod-oig",
     "the PMF represented", "paraphrase", 1),
    ("Some PMF factions are operating outside the control of the government, the IG reported.", "dod-oig",
     "Some PMF factions", "paraphrase", 1),
    ("According to Reuters, 150,000 PMU members are in Iraq.", "reuters", "150,000 PMU members", "paraphrase", 1),
    ("The threat has intensified, according to the IG.", "dod-oig", "The threat has intensified", "paraphrase", 1),
    ("Amnesty International has accused the PMF of committing war crimes.", "amnesty", "the PMF of committing",
     "paraphrase", 1),
    ("Reuters estimated this week that 150,000 PMU members are in Iraq.", "reuters", "150,000", "paraphrase", 1),
    ("The IG warned that the salaries could fund Iran-aligned groups.", "dod-oig", "the salaries", "paraphrase", 1),
    ("The AAH, which denies that it receives support from Iran, was sanctioned.", "asaib-ahl-al-haq",
     "it receives support", "paraphrase", 1),
    # pronouns and descriptions point back at the speaker last introduced
    ("Cmdr. Sean Robertson spoke on Tuesday. “We agree with Iraqi leaders,” he added.", "sean-robertson",
     "We agree", "quote", 1),
    ("Cmdr. Sean Robertson spoke on Tuesday. “We agree with Iraqi leaders,” the commander said.", "sean-robertson",
     "We agree", "quote", 1),
    ("Sean Robertson, a Pentagon spokesman, spoke. The Pentagon spokesman suggested that the PMF should integrate.",
     "sean-robertson", "the PMF should", "paraphrase", 1),
    ("Kata'ib Hezbollah denied it. “The forces must leave our land,” the group said.", "kataib-hezbollah",
     "The forces must leave", "quote", 1),
    ("Some rights groups like Amnesty International have accused the PMF of abuses.", "amnesty", "the PMF of abuses",
     "paraphrase", 1),
    ("The IG published a report. It added that Iranian activities forced CENTCOM to divert resources.",
     "dod-oig", "Iranian activities", "paraphrase", 1),
]


@pytest.mark.parametrize(("text", "speaker", "words", "kind", "sentences"), CASES)
def test_finds_claim(text: str, speaker: str, words: str, kind: str, sentences: int) -> None:
    found = [c for c in claims(text) if c.text.startswith(words)]
    assert found, [(c.speaker, c.text) for c in claims(text)]
    claim = found[0]
    assert (claim.speaker, claim.kind, len(claim.evidence)) == (speaker, kind, sentences)
    for evidence in claim.evidence:
        assert text[evidence.start:evidence.end] == evidence.text


def test_quote_names_the_innermost_speaker_too() -> None:
    found = claims("“USCENTCOM said that ISIS could reconstitute near the border,” the inspector general said.")
    assert {c.speaker for c in found} == {"centcom", "dod-oig"}


@pytest.mark.parametrize("text", [
    "The “wild west” is a phrase.",
    "“They say the militias are responsible for abuses.”",
    "Officials urged the Iraqi government to disarm the militias.",
])
def test_leaves_unattributed_words(text: str) -> None:
    assert claims(text) == []


def test_fragment_inside_reported_speech_is_one_claim() -> None:
    found = claims("Robertson stressed that the mission is the “enduring defeat” of ISIS.")
    assert [(c.speaker, c.kind) for c in found] == [("sean-robertson", "paraphrase")]


def test_merge_joins_the_same_words_by_the_same_speaker() -> None:
    sentence = "“We stay,” he said."
    a, b = Evidence("a", 0, 19, sentence), Evidence("b", 5, 24, sentence)
    merged = merge([Claim("x", "he", "We stay", "quote", [b]), Claim("x", "He", "We stay", "quote", [a])])
    assert len(merged) == 1 and merged[0].evidence == [a, b]


def test_a_quote_of_a_speaker_that_resolves_to_no_one_is_no_claim() -> None:
    # docs/annotation.md, *Claims*: speech without one identifiable speaker is not annotated ("the group said" with no
    # group before it). Was a claim with speaker None (audit k28r).
    assert claims('"The forces must leave our land. We will not accept them," the group said.') == []
