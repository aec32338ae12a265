"""Claims by general mechanisms (issue 11, r11c pass): the person a pronoun continues, a description that repeats a
body's word, the members of a body, a sentence-final attribution after a comma, a body named by its own compound
name, and speech of no identifiable speaker.

Sentences written for this test from many conflicts; each case names the rule of docs/annotation.md, *Claims*, it
checks (the speaker is the one who said it, as the text identifies them). Speakers are compared by actor name.
"""

from __future__ import annotations

import pytest

from conflictgraph import extract


def _claims(text: str) -> list[tuple[str | None, str]]:
    bundle = extract([text], published="2024-03-01").to_dict()
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    return [(names.get(c["speaker"] or ""), c["text"]) for c in bundle["claims"]]


SPOKEN = [
    # The speaker as the text identifies them: a pronoun continues the person the sentence before was about (its
    # subject), not the last person named in it.
    ("Volodymyr Zelensky visited Kharkiv on Friday with the mayor Ihor Terekhov. He said Russian strikes had "
     "killed 12 people.", "Zelensky", "Russian strikes"),
    ("David Mwangi stabbed Peter Otieno at a bar in Nakuru. He said he had acted in self-defence.", "Mwangi",
     "he had acted"),
    ("Lt. Col. Samuel Tingo visited the camp near Goma with aid workers from MSF. The victims were women and "
     "children, he said.", "Tingo", "The victims"),
    # ... through sentences whose subject is the same pronoun, however many ("He has met ... He says ... he said").
    ("Ahmed Shah Massoud is the governor of Panjshir province. He has met the mayor of Bazarak, Ghulam Nabi, twice "
     "this month. He says the Taliban blocked the roads. He says food is running out. \"The children are hungry. "
     "The clinics are empty,\" he said.", "Massoud", "The children"),
    # ... "it" and "they" likewise continue the body the sentence before was about, not the last body named.
    ("The Kachin Independence Army attacked a base held by the Myanmar military near Laiza on Sunday. It said 30 "
     "soldiers were killed.", "Kachin Independence Army", "30 soldiers"),
    # ... a definite description that repeats a word of a body's name is that body.
    ("The International Criminal Court issued an arrest warrant for Vladimir Putin on Friday. The deportation of "
     "children was a war crime, the court said.", "International Criminal Court", "The deportation"),
    # ... a bare plural for a body's members speaks for the body named before.
    ("Lagos police arrested three suspects on Monday. Officers said the men belonged to a kidnapping gang.",
     "Lagos police", "the men"),
    # Reported speech closed by the attribution after a comma, where the parse hangs the content on no clause.
    ("As the convoy was crossing the bridge at Kupiansk, a drone struck the lead truck, Ukrainian army spokesman "
     "Nazar Voloshyn said.", "Voloshyn", "a drone struck"),
    ("Two soldiers were killed in an ambush near Djibo on Friday, reported the Burkina Faso Information Agency.",
     "Information Agency", "Two soldiers"),
    # A person's name in apposition to the head the parse gives is who speaks, not the body before the title.
    ("No one else was hurt in the blast, said Lagos police Const. Amaka Obi.", "Amaka Obi", "No one else"),
    ("The victim's brother, Ahmed Yusuf, said the gunmen came at night.", "Ahmed Yusuf", "the gunmen came"),
    # A body named by its own compound name before a body's noun is not a body named earlier.
    ("The Sudanese Armed Forces shelled the market in Omdurman, killing 15 people, the Emergency Lawyers group said.",
     "Emergency Lawyers", "The Sudanese"),
]


@pytest.mark.parametrize("text, speaker, words", SPOKEN)
def test_speaker_is_the_one_the_text_identifies(text, speaker, words):
    claims = _claims(text)
    assert any(who and speaker in who and words in what for who, what in claims), claims


NO_ONE = [
    # "Not annotated: speech without one identifiable speaker ('sources said', 'experts say')": no claim.
    ("Sources close to the investigation said the suspects were flown to Bamako.", "the suspects"),
    ("Residents told reporters that the militia had burned the village near Kalehe.", "the militia"),
    ("Experts say the sanctions on Naypyidaw have had little effect.", "the sanctions"),
    # What was seen is no claim: "found" with a clause that is not finite ("they found a woman suffering").
    ("When medics reached Bucha, they found a man suffering from gunshot wounds.", "a man suffering"),
    # "... a claim has one speaker": coordinated speakers.
    ("The presidents of Colombia and Venezuela said the border crossing at Cucuta would reopen.", "border"),
]


@pytest.mark.parametrize("text, words", NO_ONE)
def test_speech_of_no_identifiable_speaker_is_no_claim(text, words):
    claims = _claims(text)
    assert not any(words in what for _, what in claims), claims


def test_a_phrase_before_the_attribution_is_not_what_was_said():
    """'Following the update, X said:' introduces a quote block; the phrase before the comma is no claim."""
    claims = _claims("Following the talks in Jeddah, the Foreign Secretary David Lammy said:\n\n"
                     "The fighting in Sudan must stop.\n")
    assert not any(what.startswith("Following the talks") for _, what in claims), claims
    assert any(who and "Lammy" in who and "must stop" in what for who, what in claims), claims


def test_an_attribution_on_the_next_line_of_a_hard_wrapped_text_takes_the_quote():
    """Hard-wrapped news (a line break inside a sentence, nlp.line_breaks): a quote closed by a comma goes on into
    its attribution on the next line, and the line break cuts nothing out of what was said."""
    text = ("The Supreme Court of Kenya on Friday overturned the conviction of the four men arrested after\n"
            "            the attack on the Westgate mall in Nairobi, in a ruling read by Chief Justice Martha Koome.\n"
            "            \"The prosecution failed to prove that the accused men took part in the attack on it,\"\n"
            "            Justice Koome said. The four men were released from prison in Nairobi later on Friday\n"
            "            and went back to their families in Mombasa, their lawyer Ahmed Hassan told reporters.\n")
    claims = _claims(text)
    assert any(who and "Koome" in who and "The prosecution failed" in what for who, what in claims), claims


@pytest.mark.parametrize("text, speaker", [
    ("Kenyan officials said the attackers had crossed from Somalia.", "Kenya"),
    ("Officials in Niger said the convoy was ambushed near Tillaberi.", "Niger"),
])
def test_officials_of_a_state_speak_for_it(text, speaker):
    """docs/annotation.md, *Claims*: a state's officials speak for the state; "officials said" alone names no one
    (the group the events stage makes of "officials" is no identifiable speaker)."""
    assert any(who == speaker for who, _ in _claims(text)), _claims(text)
    assert not any(who for who, _ in _claims("Officials said the convoy was ambushed near Tillaberi."))
