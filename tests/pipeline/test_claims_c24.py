"""Claims, c24 pass (issue 11): one claim per quotation, however many sentences and paragraphs it runs over.

The given seeds gold (tests/data/seeds-dev-gold.json) makes a quotation over several sentences one claim whose
evidence is every sentence of it (docs/annotation.md, *Quotes over several sentences*). Sentences written for this
test from many conflicts (Sudan, Myanmar, Kenya/Haiti, Ukraine, Colombia, the Sahel, Gaza, the DRC); each case
names the mechanism of docs/pipeline.md, *Claims, c24 pass*, it checks. Speakers are compared by actor name.
"""

from __future__ import annotations

import pytest
from support import claim_rows, claims_holding

# A quote goes on as news writes it: a mark left open at a paragraph's end goes on in the next paragraph that opens
# with a mark (blank lines between or not); the quote after a quote's attribution ('"A," the court said. "B. C."')
# follows that attribution even where a hard-wrapped text put it on a line of its own. Each such quotation is one
# claim of the speaker, its evidence every sentence of it, in order.
ONWARD = [
    ('"We buried eleven people this morning," Kachin relief worker Naw Seng told Reuters. "The village is empty now.'
     '\n"Nobody knows where the families have gone, and the rain has started."', "Naw Seng",
     ["The village is empty now.", "Nobody knows where the families have gone, and the rain has started."]),
    ('"The drones came at night," Mayor Ihor Terekhov told reporters in Kharkiv. "Nine people were wounded.\n\n"Two '
     'of them are children, and one is in a serious condition.\n\n"The tram depot burned down."', "Ihor Terekhov",
     ["Nine people were wounded.", "Two of them are children", "The tram depot burned down."]),
    ('The Kenyan High Court ruled on the deployment of police officers to Haiti on\n            Friday. "The '
     'deployment of the officers has no basis in any law of Kenya,"\n            the High Court said. "It is '
     'unconstitutional. The officers must not leave the country."', "High Court",
     ["It is unconstitutional.", "The officers must not leave the country."]),
]


@pytest.mark.parametrize("text, speaker, sentences", ONWARD)
def test_a_quote_going_on_over_paragraphs_is_one_claim_of_its_speaker(text, speaker, sentences):
    claims = claim_rows(text)
    holding = claims_holding(claims, sentences[-1])
    assert len(holding) == 1, claims
    who, _, evidence = holding[0]
    assert who is not None and speaker in who, claims
    assert [next((n for n, e in enumerate(evidence) if s in e), None) for s in sentences] == \
        sorted(range(len(evidence)))[-len(sentences):], claims  # every sentence, in order


def test_a_paragraph_all_quote_after_reported_speech_is_the_speakers():
    # "X said Y." and then a paragraph that is nothing but a quotation: X goes on speaking (a claim of its own, the
    # quoted words in marks of their own).
    claims = claim_rows('Sudanese activist Hala Karib said the RSF had looted the market in El Fasher.\n"They took '
                     'everything, even the medicine from the clinic. Now the families have nothing left to eat."\n'
                     'The army did not comment.')
    holding = claims_holding(claims, "nothing left to eat")
    assert len(holding) == 1 and holding[0][0] and "Hala Karib" in holding[0][0], claims
    assert any("medicine from the clinic" in e for e in holding[0][2]), claims


def test_a_quote_with_its_own_speaker_does_not_go_on_with_the_last_one():
    # A paragraph that names its own speaker, even one the program resolves to no one ("a driver who escaped"), is
    # not the speaker of the paragraph before.
    claims = claim_rows('Malian army spokesman Souleymane Dembele said the jihadists had attacked the convoy near '
                        'Gao.\n"Three of the attackers were killed, but the convoy lost two trucks," a driver who '
                        'escaped told AFP.')
    assert not [c for c in claims if c[0] and "Dembele" in c[0] and "trucks" in c[1]], claims


def test_a_new_pair_of_marks_after_a_closed_quote_is_a_claim_of_its_own():
    # '"A," X said. "B."': two quotations (the given seeds gold's Robertson), both X's; the first is not widened.
    claims = claim_rows('"Gaza has run out of fuel," UNRWA chief Philippe Lazzarini said on Monday. "The hospitals in '
                     'Khan Younis will close within days unless the crossings open."')
    first, second = claims_holding(claims, "run out of fuel"), claims_holding(claims, "Khan Younis")
    assert len(first) == 1 and len(second) == 1 and first != second, claims
    assert all(c[0] and "Lazzarini" in c[0] for c in first + second), claims


# docs/annotation.md, *Quote blocks*: "X said:" and a passage: each paragraph of it is one claim of X's, every
# sentence of the paragraph its evidence; the next paragraph is another claim.
BLOCKS = [
    ("Colombian ombudsman Iris Marin said on Friday:\n\nThe ELN has blocked the Atrato river for a week. The "
     "communities cannot fish or trade.\n\nWe ask both sides to let the boats through.\n\nThe army said on Saturday "
     "that the river was open.", "Iris Marin",
     ["The ELN has blocked the Atrato river for a week.", "The communities cannot fish or trade."],
     "let the boats through"),
    ("The UN envoy for the Great Lakes, Huang Xia, said in a statement:\n\nThe fighting around Goma has displaced "
     "half a million people. Aid convoys cannot reach Sake.\n\nThe M23 must withdraw from the positions it took in "
     "February.", "Huang Xia",
     ["The fighting around Goma has displaced half a million people.", "Aid convoys cannot reach Sake."],
     "must withdraw"),
]


@pytest.mark.parametrize("text, speaker, sentences, next_paragraph", BLOCKS)
def test_a_paragraph_of_a_quote_block_is_one_claim(text, speaker, sentences, next_paragraph):
    claims = claim_rows(text)
    holding = claims_holding(claims, sentences[0])
    assert len(holding) == 1 and holding[0][0] and speaker in holding[0][0], claims
    assert holding[0][2] == sentences, claims
    other = claims_holding(claims, next_paragraph)
    assert other and other != holding and other[0][0] and speaker in other[0][0], claims


# docs/pipeline.md, *Claims, c24 pass*: a definite description the text never introduced ("the former comedian",
# "the Nobel laureate") names the person the passage is about, as "he" would.
EPITHETS = [
    ('Ukrainian President Volodymyr Zelensky visited Kharkiv on Friday. "We need more air defence before the '
     'winter," the former comedian told reporters.', "Volodymyr Zelensky"),
    ('Ethiopian Prime Minister Abiy Ahmed spoke in Addis Ababa on Monday. "The war in Tigray is over," the Nobel '
     'laureate said.', "Abiy Ahmed"),
    ('Malian junta leader Assimi Goita addressed the nation on Tuesday. "Our troops will stay in Kidal," the Sahel '
     'strongman said.', "Assimi Goita"),
]


@pytest.mark.parametrize("text, speaker", EPITHETS)
def test_an_epithet_points_back_at_the_person_the_passage_is_about(text, speaker):
    claims = claim_rows(text)
    assert len(claims) == 1 and claims[0][0] and speaker in claims[0][0], claims


def test_an_epithet_after_an_unnamed_speaker_names_no_one():
    # As "he" after "one resident ... spoke": the description goes on about someone the text never named.
    claims = claim_rows('One resident of Goma who fled the fighting spoke by phone from Gisenyi. "The M23 shelled the '
                     'market all night," the mechanic said.')
    assert all(who is None for who, _, _ in claims), claims
