"""Claims, c25 pass (issue 11): claim precision and speakers on unseen news.

Sentences written for this test from many conflicts (Sudan, Myanmar, Ukraine, the Sahel, Colombia, Haiti, Yemen,
Ethiopia, the DRC, Gaza); each case names the rule of docs/pipeline.md, *Claims, c25 pass*, it checks. Speakers are
compared by actor name.
"""

from __future__ import annotations

import pytest
from support import claim_rows, claims_holding

# A quote inside the infinitive that "urged X to" / "called on X to" governs is what is asked for (a request, a
# REQUEST event; docs/annotation.md, *Claims*: "urged X to disarm" is a request), not a statement of the asker's.
REQUESTS = [
    'The African Union urged the Sudanese army to open "humanitarian corridors for the people of El Fasher" '
    'without delay.',
    'The Alliance for Peace also called on President Petro to convene "a national dialogue with every armed group" '
    'before the elections.',
    'ECOWAS urged the junta in Niamey to restore "the constitutional order and the elected president" within '
    'six months.',
    'Human Rights Watch called on Kenya to halt "the deployment of police officers to Port-au-Prince" until the '
    'court rules.',
]


@pytest.mark.parametrize("text", REQUESTS)
def test_a_quote_in_what_a_request_asks_for_is_no_claim(text):
    assert claim_rows(text) == []


# ... while the words a quote-only verb itself attributes are still a claim ("condemned what it called a ...").
ATTRIBUTED = [
    ('The African Union condemned what it called a "senseless massacre of civilians in El Geneina" on Tuesday.',
     "African Union"),
    ('Human Rights Watch denounced the ruling as "a blow to every victim of the Kivu massacres" in a statement.',
     "Human Rights Watch"),
]


@pytest.mark.parametrize("text, speaker", ATTRIBUTED)
def test_a_quote_only_verb_still_attributes_its_own_words(text, speaker):
    claims = claim_rows(text)
    assert len(claims) == 1 and claims[0][0] is not None and speaker in claims[0][0], claims


# A pronoun after a sentence whose subject is a title with the name in apposition ("The French historian Bernard
# Vincent told ...") continues that person, not a person named in the sentence's reported clause.
APPOSED = [
    ('The Ukrainian historian Olena Petrenko told the AFP news agency Colonel Sergei Morozov had ordered the '
     'shelling of the museum. She said: "I am appalled by what happened in Kharkiv."', "Olena Petrenko",
     "I am appalled"),
    ('The Sudanese activist Hala Karib told Reuters General Abdel Rahim Dagalo had sent the convoy to El Fasher. '
     'She said: "The women there have nowhere left to hide."', "Hala Karib", "nowhere left to hide"),
    ('The Congolese doctor Denis Mukwege told the BBC President Paul Kagame had armed the M23 rebels. He said: '
     '"The world has looked away for far too long."', "Denis Mukwege", "looked away"),
]


@pytest.mark.parametrize("text, speaker, words", APPOSED)
def test_a_pronoun_continues_the_subject_named_in_apposition(text, speaker, words):
    holding = claims_holding(claim_rows(text), words)
    assert len(holding) == 1 and holding[0][0] is not None and speaker in holding[0][0], holding


# An article's first sentence that describes its protagonist without a name, and the next sentence that names them as
# its subject: the description is that person (news lede style), where the first sentence shows it is a person by
# "he" or "her".
LEDES = [
    ('The man known as Haiti\'s "king of the gangs" says he is ready to lay down his arms. Jimmy Cherizier, who leads '
     'the G9 alliance, was speaking in Port-au-Prince on Monday.', "Jimmy Cherizier", "ready to lay down"),
    ('The woman who led the Mandalay protests says the army has arrested her brother. Ma Thinzar Shunlei Yi, a '
     'prominent activist, fled to Thailand last year.', "Shunlei Yi", "arrested her brother"),
    ('A former commander of the Fano militia says his men will not stop fighting around Gondar. Captain Mesafint '
     'Tesfu joined the militia in 2021.', "Mesafint Tesfu", "will not stop"),
]


@pytest.mark.parametrize("text, speaker, words", LEDES)
def test_a_lede_description_is_the_person_named_next(text, speaker, words):
    holding = claims_holding(claim_rows(text), words)
    assert len(holding) == 1 and holding[0][0] is not None and speaker in holding[0][0], holding


# ... but not a body, a group or an unnamed source, nor a description after the first sentence.
NOT_LEDES = [
    # a body described by a common noun: not the minister named next
    ('The ministry says the strikes on Hodeidah killed 12 fishermen. Minister Ahmed Al-Rawi visited the port on '
     'Sunday.', "Ahmed Al-Rawi"),
    # a body with a personal pronoun nowhere in the first sentence
    ('The electoral commission says the vote in Kinshasa will be repeated. Denis Kadima, its chairman, announced '
     'the date on Monday.', "Denis Kadima"),
    # a description in a later sentence: the lede rule does not reach it
    ('Gunmen attacked a bus near Bunia on Friday. The driver says the attackers wore uniforms. Jean Baraka, a '
     'trader, survived the attack.', "Jean Baraka"),
]


@pytest.mark.parametrize("text, named", NOT_LEDES)
def test_no_lede_person_for_bodies_or_later_sentences(text, named):
    assert not any(c[0] is not None and named in c[0] for c in claim_rows(text)), claim_rows(text)


# A pronoun or an epithet after a quotation of several sentences goes back past them: a sentence all inside quotation
# marks has no subject of the narrative's and costs nothing of the way back (`_back_from`).
AFTER_QUOTES = [
    ('"The officers are ready," William Ruto told reporters in Nairobi. "They have trained for months. They know the '
     'terrain. They speak French. They will leave next week."\n"Haiti cannot wait any longer for help," the veteran '
     'politician added.', "William Ruto", "Haiti cannot wait"),
    ('"The port is closed to aid," Abdulmalik al-Houthi said in a televised speech. "The ships are waiting. The '
     'silos are empty. The children are hungry. The world is silent."\n"We will answer every strike on Hodeidah," '
     'he added.', "al-Houthi", "answer every strike"),
    ('"Our men hold the bridge," Yevgeny Prigozhin said in a video from Bakhmut. "The shells are running out. The '
     'wounded cannot leave. The road is cut. The night is long."\n"Moscow must send ammunition now," the '
     'mercenary boss added.', "Yevgeny Prigozhin", "send ammunition now"),
]


@pytest.mark.parametrize("text, speaker, words", AFTER_QUOTES)
def test_a_pronoun_after_a_long_quotation_is_its_speaker(text, speaker, words):
    holding = claims_holding(claim_rows(text), words)
    assert len(holding) == 1 and holding[0][0] is not None and speaker in holding[0][0], holding


# A verb a thing may be the subject of (`thing_verbs`: suggest, explain, stipulate ...) with a subject that names no
# actor and is no document: what a thing shows is no one's statement.
THINGS = [
    "Satellite images suggest that the RSF burned most of the village of Misterei in June.",
    "Rising food prices explain why thousands of families have left the camps around Mekelle.",
    "The new decree stipulates that foreign aid groups must register with the junta in Naypyidaw.",
    "Falling water levels indicate that the dam upstream of Kakhovka has been breached.",
]


@pytest.mark.parametrize("text", THINGS)
def test_what_a_thing_shows_is_no_claim(text):
    assert claim_rows(text) == []


# ... while a document or a named body with such a verb still speaks.
STILL_SPEAK = [
    ("A UN report suggests that the RSF burned most of the village of Misterei in June.", "United Nations"),
    ("Human Rights Watch estimates that 15,000 people were killed in El Geneina last year.", "Human Rights Watch"),
]


@pytest.mark.parametrize("text, speaker", STILL_SPEAK)
def test_a_document_or_a_body_with_such_a_verb_still_speaks(text, speaker):
    claims = claim_rows(text)
    assert len(claims) == 1 and claims[0][0] is not None and speaker in claims[0][0], claims
