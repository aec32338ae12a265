"""Claims, c24 pass (issue 11): a quote over several sentences is one claim per sentence.

Sentences written for this test from many conflicts (Sudan, Ukraine, the Sahel, Colombia, Myanmar, Gaza, the DRC,
Ethiopia, Haiti); each case names the rule of docs/annotation.md, *Claims*, or the mechanism of docs/pipeline.md,
*Claims, c24 pass*, it checks. Speakers are compared by actor name.
"""

from __future__ import annotations

import pytest

from conflictgraph import extract


def _claims(text: str) -> list[tuple[str | None, str, list[str]]]:
    bundle = extract([text], published="2024-03-01").to_dict()
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    return [(names.get(c["speaker"] or ""), c["text"], [" ".join(e["text"].split()) for e in c["evidence"]])
            for c in bundle["claims"]]


# docs/annotation.md, *Quotes over several sentences*: a quotation that runs over several sentences gives one claim
# per sentence, every one the speaker's, each with its own sentence as evidence (the quote marks before or after the
# attribution, straight or curly, after "said:" or with "he said" at the end).
SEVERAL = [
    ("“The RSF shelled the camp at dawn. Eleven children were among the dead,” said Hala Karib, director of the "
     "Strategic Initiative for Women in the Horn of Africa.", "Hala Karib",
     ["The RSF shelled the camp at dawn", "Eleven children were among the dead"]),
    ("Mayor Vitali Klitschko spoke on Monday. “Kyiv was attacked again overnight. Air defence shot down most of the "
     "drones. Three buildings are on fire,” he said.", "Vitali Klitschko",
     ["Kyiv was attacked again overnight", "Air defence shot down most of the drones", "Three buildings are on fire"]),
    ("Malian army spokesman Souleymane Dembele said: “Our troops repelled the attack near Boulkessi. The terrorists "
     "fled toward Niger.”", "Souleymane Dembele",
     ["Our troops repelled the attack near Boulkessi", "The terrorists fled toward Niger"]),
    ('"The ELN must free the hostages. There will be no talks until they do," Colombian President Gustavo Petro said '
     'on Friday.', "Gustavo Petro", ["The ELN must free the hostages", "There will be no talks until they do"]),
    ('Kachin Independence Army spokesman Naw Bu spoke to reporters in Laiza. "Four civilians died in the strike. The '
     'hospital was hit too," he said.', "Naw Bu", ["Four civilians died in the strike", "The hospital was hit too"]),
    ('"The convoy reached Rafah this morning. It carried food for 20,000 people. More trucks are waiting at the '
     'crossing," UNRWA spokeswoman Juliette Touma told reporters.', "Juliette Touma",
     ["The convoy reached Rafah this morning", "It carried food for 20,000 people",
      "More trucks are waiting at the crossing"]),
]


@pytest.mark.parametrize("text, speaker, sentences", SEVERAL)
def test_a_quote_over_several_sentences_is_one_claim_per_sentence(text, speaker, sentences):
    claims = _claims(text)
    quoted = [c for c in claims if c[1] in sentences]
    assert [c[1] for c in quoted] == sentences, claims
    for who, words, evidence in quoted:
        assert who is not None and speaker in who, claims
        assert len(evidence) == 1 and words in evidence[0], claims  # its own sentence, not the whole passage
    assert not [c for c in claims if " " in c[1] and c[1] not in sentences and any(s in c[1] for s in sentences)], \
        claims  # no claim holds the whole passage besides


# A sentence of the passage that holds none of its words (the attribution the parser cuts off after "?" or "!", a
# lone "...") is evidence of the claim before it: it makes no claim of its own.
APART = [
    ('"Who will protect the people of El Fasher now? Where is the army?" Hala Karib asked.', "Hala Karib",
     ["Who will protect the people of El Fasher now?", "Where is the army?"], "Hala Karib asked."),
    ('"The M23 took Sake this morning! Goma is next!" shouted Jean-Pierre Bemba at the rally.', "Jean-Pierre Bemba",
     ["The M23 took Sake this morning!", "Goma is next!"], "shouted Jean-Pierre Bemba"),
    ('Haitian police chief Frantz Elbé said: "The gangs attacked the prison overnight. ... Most of the inmates '
     'escaped."', "Frantz Elbé", ["The gangs attacked the prison overnight", "Most of the inmates escaped"], None),
]


@pytest.mark.parametrize("text, speaker, sentences, attribution", APART)
def test_a_sentence_without_quoted_words_is_evidence_not_a_claim(text, speaker, sentences, attribution):
    claims = _claims(text)
    assert [c[1] for c in claims] == sentences, claims
    assert all(who is not None and speaker in who for who, _, _ in claims), claims
    first, last = claims[0][2], claims[-1][2]
    assert not any(sentences[-1] in e for e in first), claims  # the first sentence's claim is not the passage's
    if attribution:
        assert any(attribution in e for e in last), claims
