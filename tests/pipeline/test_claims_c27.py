"""Claims, c27 pass (issue 11): false claims and wrong speakers on unseen news.

Sentences written for this test from many conflicts (Sudan, Ukraine, the Sahel, Myanmar, Colombia, Yemen, the DRC,
Afghanistan, Haiti); each case names the rule of docs/pipeline.md, *Claims, c27 pass*, it checks. Speakers are
compared by actor name.
"""

from __future__ import annotations

import pytest
from support import claim_rows, claims_holding

# Quoted words the parse takes for a subject of a verb outside their quotation say nothing: the speaker is the
# subject the verb shares with the verb it is coordinated with.
QUOTED_SUBJECTS = [
    'The gunman shouted about Mariupol in Russian, and also yelled “Glory to the heroes,” the slogan of the army, '
    'continuing in Ukrainian: “We will never forgive this.”',
    'The gunman shouted about Gao in Arabic, and also yelled “Allahu akbar,” the Arabic phrase for “God is great,” '
    'continuing in French: “We will take back every town.”',
]


@pytest.mark.parametrize("text", QUOTED_SUBJECTS)
def test_quoted_words_are_no_speaker(text):
    claims = claim_rows(text)
    assert len(claims) == 1 and claims[0][0] == "gunman", claims


# ... while a speaker inside the same quote as its verb still speaks ('“X said that ...,” the IG said').
def test_a_speaker_inside_the_quote_of_its_verb_still_speaks():
    claims = claim_rows('“NATO said that as a result, Russian forces were able to regroup near Kupiansk,” the '
                        'inspector general said.')
    assert any(c[0] and c[1].startswith("as a result") for c in claims), claims


# A verb that counts only with a clause of its own (`clause_only`) takes no clause a noun it governs carries: "agreed
# with defense claims that ..." is the claims' content, not the verb's.
CLAUSE_OF_A_NOUN = [
    "Ms Ochieng later withdrew her statement and agreed with defense claims that there were no signs of torture, "
    "the tribunal in Goma said.",
    "The witness retracted his account and agreed with prosecution claims that the militia had burned the village, "
    "the court in Bogota said.",
]


@pytest.mark.parametrize("text", CLAUSE_OF_A_NOUN)
def test_a_clause_only_verb_takes_no_clause_of_its_object(text):
    # At most the reporting body's claim of the whole clause (none where that body resolves to no actor: speech
    # without one identifiable speaker is not annotated, docs/annotation.md, *Claims*; audit k28r)
    claims = claim_rows(text)
    assert len(claims) <= 1 and all(c[1].startswith(("Ms Ochieng", "The witness")) for c in claims), claims


# A verb a thing may be the subject of (`thing_verbs`) with a common noun for subject makes no claim, whatever body a
# phrase after that noun names ("an article in the Criminal Code which stipulates").
THINGS = [
    "The judge relied on an article in the Sudanese Penal Code which stipulates that a minor cannot be tried as an "
    "adult.",
    "Prosecutors cited a clause in the Colombian Constitution which stipulates that no one may be extradited for "
    "political crimes.",
]


@pytest.mark.parametrize("text", THINGS)
def test_a_thing_named_with_a_body_makes_no_claim(text):
    assert claim_rows(text) == []


# Experts, analysts and scholars at a body (`apart_from`) do not speak for it, and unnamed they are no one.
EXPERTS = [
    "The two tremors came within minutes of each other, according to seismology experts at Kabul University.",
    "The drone was launched from Yemeni territory, according to weapons analysts at the Conflict Armament Research "
    "group.",
]


@pytest.mark.parametrize("text", EXPERTS)
def test_experts_at_a_body_are_no_speaker(text):
    assert claim_rows(text) == []


# "it said" is the body that spoke last, not the subject of the sentence before.
def test_it_said_is_the_body_that_spoke_last():
    text = ("Al-Shabaab fighters stormed a checkpoint in Mogadishu, the Somali National News Agency reported. "
            "Al-Shabaab then seized the gate. Two of its commanders were also taken into custody, it said.")
    rows = claims_holding(claim_rows(text), "taken into custody")
    assert rows and "Somali National News Agency" in (rows[0][0] or ""), rows


# A speech participle set off by a comma after a clause another speaker reports is that speaker's.
PARTICIPLES = [
    ('The Haitian historian Michel Soukar told the AFP news agency Mr Cherizier had burned the archives, describing '
     'it as "scandalous".', "Michel Soukar"),
    ('The Yemeni scholar Abdulkarim Ali told the AFP news agency Mr Saleh had copied chapters from his book, '
     'describing it as "shameful".', "Abdulkarim Ali"),
    ('The Ukrainian historian Olena Petrenko told the AFP news agency Colonel Morozov had ordered the shelling, '
     'describing it as "a war crime".', "Olena Petrenko"),
]


@pytest.mark.parametrize("text, speaker", PARTICIPLES)
def test_a_comma_participle_after_a_reported_clause_is_the_reporters(text, speaker):
    claims = claim_rows(text)
    assert len(claims) == 1 and speaker in (claims[0][0] or ""), claims


# A personal pronoun that points back at no one (no person named before it) makes no claim: no identifiable speaker.
PRONOUNS_OF_NO_ONE = [
    "The truce in Kharkiv collapsed less than a day after it began.\nDeaths were reported on both sides.\n\"The "
    "resumption of heavy shelling on an area packed with civilians is a violation of international law,\" he said "
    "in a statement.",
    "Fighting resumed in El Fasher on Sunday.\nThe evacuations had not taken place by the evening.\n\"Every hospital "
    "in the city has now been hit at least once,\" she told reporters.",
]


@pytest.mark.parametrize("text", PRONOUNS_OF_NO_ONE)
def test_a_pronoun_pointing_back_at_no_one_makes_no_claim(text):
    assert claim_rows(text) == []


# "describe" says something only with "as" (`as_verbs`): "described her neighbours" names what was spoken of.
def test_describe_without_as_is_no_claim():
    assert claim_rows("That is how Fatima Ali of Taiz described her neighbours Ahmed Saleh, 70, and his wife, "
                      "Amina, 64.") == []


def test_describe_with_as_is_a_claim():
    claims = claim_rows("Rights lawyer Fatima Ali described the siege of Taiz as a crime against humanity.")
    assert len(claims) == 1 and "Fatima Ali" in (claims[0][0] or ""), claims


# A name after a speech verb that closes its sentence ("..., said Liberal MP Mark Eyking.") is that sentence's subject:
# the person an article's first sentence describes without a name, and named so right after.
LEDES = [
    ("The chair of the Senate defence committee says he hopes Congress can approve the aid to Kyiv this week.\n"
     "On Wednesday, the committee is set to begin its review of the bill, said Democratic Senator Jack Reed.\n",
     "Jack Reed"),
    ("The head of the Haitian police union says he hopes the Kenyan officers can deploy before the rainy season.\n"
     "On Monday, the union is set to meet the interim council, said union spokesman Garry Jean.\n",
     "Garry Jean"),
]


@pytest.mark.parametrize("text, speaker", LEDES)
def test_a_lede_description_is_the_person_named_after_a_closing_speech_verb(text, speaker):
    rows = claims_holding(claim_rows(text), "he hopes")
    assert rows and speaker in (rows[0][0] or ""), rows


# A quote-only verb attributes two quoted words that are not a name ("what they are calling a “significant rise”"),
# not a name it gives ("dubbed the offensive “Iron Fist”").
def test_two_quoted_words_a_quote_only_verb_attributes():
    claims = claim_rows('The Congolese National Police are concerned about what they are calling a "sharp increase" '
                        'in kidnappings in Goma.')
    assert len(claims) == 1 and claims[0][0] is not None, claims


def test_two_quoted_words_that_name_are_no_claim():
    assert claim_rows('The Colombian army dubbed the offensive "Operation Orion" on Tuesday.') == []


# An outlet written in lower case after its place or name (`place_bodies`: "New York magazine") is a body that speaks.
OUTLETS = [
    ("On Tuesday, Nairobi magazine first reported that the police had opened fire on the protesters.",
     "Nairobi magazine"),
    ("The Peshawar newspaper reported that the army had moved two brigades to the border.", "Peshawar newspaper"),
]


@pytest.mark.parametrize("text, speaker", OUTLETS)
def test_an_outlet_named_with_its_place_speaks(text, speaker):
    claims = claim_rows(text)
    assert len(claims) == 1 and speaker in (claims[0][0] or ""), claims
