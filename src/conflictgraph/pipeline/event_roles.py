"""Who does a verb's act and to whom, and whether a phrase names a person: the readings the type rules share."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..knowledge import builtin_lexicon, word_set
from .identified import PERSON_PRONOUNS

if TYPE_CHECKING:
    from .event_sentence import Sentence


# Pronouns of a party itself or its own ("its fighters", "they"): no other party named.
OWN_PRONOUNS = word_set(builtin_lexicon("plover"), "own_pronouns")


def person(sentence: Sentence, token: Token) -> bool:
    """Whether a phrase names a person or people: a PERSON mention, a personal pronoun, a named group's members."""
    lex = sentence.lex
    return (sentence.mention_at(token, "PERSON", "NORP") is not None
            or token.lower_ in PERSON_PRONOUNS | lex.person_words or token.lemma_.lower() in lex.person_nouns)


def verb_parties(sentence: Sentence, token: Token) -> tuple[Token | None, Token | None]:
    """Who does a verb's act and whom it is done to, whatever the voice (PLOVER actor and recipient): the subject
    and object of the active ("Wang Yi received Lavrov"), the agent and subject of the passive ("Lavrov was
    received by Wang Yi"), the agent and the noun a past participle qualifies ("the envoy received by the king").
    A relative pronoun stands for the noun its clause qualifies ("Lavrov, whom Wang Yi received": "whom" is the
    object, Lavrov the one received; "Zelensky, who was received by Macron": Zelensky)."""
    children = list(token.children)
    agent = next((g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    patient = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if patient is not None or any(c.dep_ == "auxpass" for c in children):
        return agent, sentence.antecedent(patient) if patient is not None else None
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ in ("nsubj", "dobj") for c in children):
        return agent, token.head
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    thing = next((c for c in children if c.dep_ == "dobj"), None)
    return (sentence.antecedent(subject) if subject is not None else None,
            sentence.antecedent(thing) if thing is not None else None)


def verb_doer(verb: Token) -> Token | None:
    """Who does a verb: its active subject, or the agent of its passive ("was struck by an earthquake")."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return verb_doer(verb.head)  # "the quake struck at dawn and killed 40": the first verb's subject
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
        return verb_doer(verb.head)  # "Hurricane Ian battered the coast, killing 12": the head's subject (gnp)
    return None


def mutual(verb: Token) -> bool:
    """Whether a verb of sharing has a partner ("shared intelligence with Niger") or several subjects
    ("Nigeria and Niger shared intelligence"): PLOVER COOPERATE is mutual."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(c.dep_ == "conj" for c in subject.children)
