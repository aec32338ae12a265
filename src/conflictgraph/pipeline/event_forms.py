"""Forms of event words the parse shows: a light noun's verb, a noun's own realization, a charge, a declared
ceasefire, a reciprocal subject.

Helpers of the events stage (pipeline/events.py); each reads one construction from the dependency parse and the
PLOVER lexicon (plover.yaml), with the manual's rule it follows.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token


def charged(token: Token, lex: Any) -> bool:
    """An act named as a charge: "two counts of assault", "charged with murder", "accused X of shelling"."""
    t = token
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ not in ("of", "with"):
        return False
    head = t.head.head
    return (head.lemma_.lower() in lex.charge_nouns and head.pos_ == "NOUN"
            or head.lemma_.lower() in lex.charge_verbs and head.pos_ == "VERB")


def declared(token: Token, lex: Any) -> bool:
    """Whether a noun is what a verb of declaring declares: "declared a ceasefire", "the truce announced by X"."""
    head = light_head(token)
    if head is not None and head.lemma_.lower() in lex.declare_verbs:
        return True
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lex.declare_verbs for c in token.children)


def light_head(token: Token) -> Token | None:
    """The verb a light noun is the object of, also through a count of it ("held a first round of talks")."""
    t = token
    while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
        t = t.head.head
    if t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.pos_ == "VERB":
        return t.head.head  # "provide Ukraine with aid"
    return t.head if t.dep_ == "dobj" else None


def realized(token: Token, lex: Any) -> bool:
    """A light noun told as an occurrence by its own participle ("the agreement reached yesterday", "talks
    held in Doha") or by the parties it is between ("the deal between Khartoum and the RSF")."""
    for c in token.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lex.realized_by:
            return True
        if c.dep_ == "prep" and c.lower_ == "between":
            return any(g.dep_ == "pobj" and any(x.dep_ == "conj" for x in g.children) for g in c.children)
    return False


def reciprocal(verb: Token) -> bool:
    """Whether the verb's subject is several parties ("Erdogan and Putin spoke", "the two leaders talked")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return any(c.dep_ == "conj" for c in subject.children) or any(
        c.dep_ == "nummod" and c.lower_ in ("two", "both") or c.lower_ == "both" for c in subject.children)
