"""Claims by general mechanisms for news nobody tuned for (issue 11, c21 pass): questions and their attribution,
quotes over a hard-wrapped line, parenthetical attribution, participles set off by a comma, the parse's misread
subjects, lists of speakers, acts that are no statement, and the bodies a speaker speaks for.

Sentences written for this test from many conflicts (Sudan, Ukraine, Myanmar, the Sahel, Nigeria, Colombia,
Ethiopia, Gaza, the DRC); each case names the rule of docs/annotation.md, *Claims*, or the mechanism of
docs/pipeline.md, *Claims, c21 pass*, it checks. Speakers are compared by actor name (None: resolved to no actor).
"""

from __future__ import annotations

import pytest

from conflictgraph import extract


def _claims(text: str) -> list[tuple[str | None, str]]:
    bundle = extract([text], published="2024-03-01").to_dict()
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    return [(names.get(c["speaker"] or ""), c["text"]) for c in bundle["claims"]]


def _one(text: str, speaker: str, words: str) -> None:
    claims = _claims(text)
    assert len(claims) == 1, claims
    who, said = claims[0]
    assert who is not None and speaker in who, claims
    assert words in said, claims


# A question is a direct quote like any other (docs/annotation.md, *Claims*); "asked" and "wondered" attribute it.
# The attribution of a quote that closes on "?" or "!" may be a sentence of its own in the parse.
QUESTIONS = [
    ('"Who will protect the people of El Fasher now?" Hala Karib asked on Monday.', "Hala Karib",
     "Who will protect"),
    ('"Where is the army now?" Aung Kyaw wondered as the shelling of Lashio went on.', "Aung Kyaw",
     "Where is the army"),
    ('Governor Babagana Zulum visited Gwoza on Monday. "How many more villagers must die before the army comes?" he '
     'said.', "Babagana Zulum", "How many more villagers"),
    ('Mayor Vitali Klitschko spoke in Kyiv. "Enough!" he said.\n"We need air defence now, not next year!" he '
     'shouted.', "Vitali Klitschko", "air defence"),
]


@pytest.mark.parametrize("text, speaker, words", QUESTIONS)
def test_a_question_is_attributed_to_who_asks_it(text, speaker, words):
    claims = _claims(text)
    assert any(who and speaker in who and words in said for who, said in claims), claims


def test_asking_for_something_is_a_request_not_a_claim():
    # "asked X to do Y" is a request (an event), and a quote that is no question is not what "asked" attributes.
    assert _claims('The United Nations asked the RSF to "stop the shelling of El Fasher at once".') == []
    _one('"Who will pay for Gaza now?" the UNRWA chief Philippe Lazzarini asked.', "Lazzarini", "Who will pay")


def test_a_straight_quote_runs_over_a_hard_wrapped_line():
    # News wrapped at a width breaks a quote mid-sentence; the line goes on without a stop. The words are quoted
    # (kind quote, docs/annotation.md, *Claims*), not only a clause the parse gives the verb.
    text = ('Colombian army commander Helder Giraldo spoke in Bogota on Friday.\n'
            '    "The ELN attacked the base at Puerto Jordan before dawn and we lost four\n'
            '    soldiers in the fighting," Giraldo said.')
    claims = extract([text], published="2024-03-01").to_dict()["claims"]
    assert [(c["kind"], "we lost four" in c["text"]) for c in claims] == [("quote", True)], claims


# A speech verb set off by commas inside the clause it attributes says that clause.
PARENTHETICAL = [
    ("Aid convoys to Tigray remain blocked, the World Food Programme said, and food stocks will run out in May.",
     "World Food Programme", "Aid convoys to Tigray"),
    ("The shelling of Kherson, governor Oleksandr Prokudin said, had killed four people overnight.",
     "Prokudin", "killed four people"),
]


@pytest.mark.parametrize("text, speaker, words", PARENTHETICAL)
def test_a_parenthetical_speech_verb_says_the_clause_it_stands_in(text, speaker, words):
    _one(text, speaker, words)


# The parse hangs ", describing it as" on the noun before the comma, or on a verb that qualifies it; it is still
# the subject's.
PARTICIPLES = [
    ("Josep Borrell condemned Russia's plan to annex four regions of Ukraine, describing it as a violation of "
     "international law.", "Josep Borrell", "violation"),
    ("Moussa Faki condemned the junta's decision to expel the French ambassador, describing it as a blow to the "
     "Sahel.", "Moussa Faki", "blow to the Sahel"),
]


@pytest.mark.parametrize("text, speaker, words", PARTICIPLES)
def test_a_participle_after_a_comma_is_the_main_clause_speakers(text, speaker, words):
    _one(text, speaker, words)


def test_agreeing_that_is_a_statement_agreeing_to_is_an_act():
    _one("The head of the Kachin Independence Army, General N'Ban La, agrees the junta has lost control of the "
         "border.", "N'Ban La", "lost control")
    assert _claims("The RSF agreed to withdraw from Wad Madani.") == []


# Speech without one identifiable speaker is no claim (docs/annotation.md, *Claims*): a list of common nouns names
# several speakers, as "Turkey and activists" does; a learner who names no source says nothing; a purpose is not
# what was said; rejecting an offer is an act (REJECT), not a statement.
NO_CLAIM = [
    "Residents, activists and medical staff described chaos in Kharkiv as shells hit the city centre.",
    "Teachers, nurses and engineers in Kherson said the shelling had not stopped for a week.",
    "Farmers, herders and traders in Mopti told reporters the jihadists had closed the road.",
    "Soldiers stopped a truck in Sittwe after learning it had been reported stolen.",
    "Hundreds of demonstrators gathered in Khartoum on Sunday to voice their anger at the army.",
    "Hamas rejected the Israeli proposal for a truce in Gaza.",
    "The teachers union in Bogota rejected a proposed pay raise of 2%.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_no_claim_where_no_one_identifiable_says_anything(text):
    assert _claims(text) == []


def test_rejecting_an_offer_is_an_act_rejecting_an_accusation_a_statement():
    assert _claims("The M23 rejected the Angolan proposal for a ceasefire around Goma.") == []
    _one("Mali's junta rejected the accusation that its troops killed civilians in Moura.", "Mali", "killed civilians")


# The body a speaker speaks for (docs/annotation.md, *Claims*: the speaker as written): a body a named person or
# office has ("Zelensky's office", `possessed_bodies`), also as what a spokesman speaks for; the body named right
# before an official's head, not the state's adjective before it (`spokes_heads`).
BODIES = [
    ("Volodymyr Zelensky spoke on Monday. Zelensky's office said the talks in Istanbul would resume.",
     "Zelensky's office", "talks in Istanbul"),
    ("Sudan's prime minister flew to Jeddah. A spokesman for the prime minister's office said the talks would "
     "resume on Friday.", "prime minister's office", "talks would resume"),
    ("A Sudanese Red Crescent official said 40 bodies were found in Geneina.", "Red Crescent", "40 bodies"),
    ("A Free Burma Rangers spokesman said the army shelled Loikaw on Sunday.", "Free Burma Rangers", "shelled Loikaw"),
]


@pytest.mark.parametrize("text, speaker, words", BODIES)
def test_the_body_a_speaker_speaks_for(text, speaker, words):
    claims = _claims(text)
    assert any(who and speaker in who and words in said for who, said in claims), claims
    assert not any(who in ("Sudan", "Myanmar", "Ukraine", "Volodymyr Zelensky") for who, _ in claims), claims
