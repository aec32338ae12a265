"""Senses of event words the parse tells apart: an attack of words, a disaster's toll, a labour strike.

Helpers of the events stage (pipeline/events.py); each reads who does or undergoes a trigger from the dependency
parse and a word class of plover.yaml, with the PLOVER manual's rule it follows.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token


def _doer(verb: Token) -> Token | None:
    """Who does a verb: its active subject, or the agent of its passive ("was struck by an earthquake")."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _doer(verb.head)  # "the quake struck at dawn and killed 40": the first verb's subject
    return None


def natural_cause(token: Token, lex: Any) -> bool:
    """Whether an ASSAULT word is done by a natural force: "Two earthquakes struck north-western Iran, leaving 180
    dead", "floods killed 40". PLOVER codes the acts of actors: ASSAULT is a deliberate action (the manual's
    closing notes: natural disasters do not fit its entity-centric coding), so a disaster's toll is no event."""
    if token.pos_ == "VERB":
        doer = _doer(token)
        return doer is not None and doer.lemma_.lower() in lex.natural_forces
    # a noun: "the blast" is an attack; "the earthquake's strike", "a flood explosion" are not
    return any(c.dep_ in ("compound", "poss") and c.lemma_.lower() in lex.natural_forces for c in token.children)


def verbal_attack(token: Token, lex: Any) -> str | None:
    """The sense of an ASSAULT verb whose object is made of words or decisions: "strongly attacked Mr Trump's
    proposal" disapproves (PLOVER ACCUSE: condemn, decry a policy or an action; criticize); "effectively killed the
    trade deal" ends a deal and is no event. Returns "ACCUSE", "" (no event) or None (a physical attack)."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in lex.verbal_targets for c in token.children):
        return None
    return "ACCUSE" if token.lemma_.lower() in lex.verbal_attack_verbs else ""


def labour_strike(token: Token, lex: Any) -> bool:
    """Whether a "strike" is a labour or hunger strike: "a hunger strike", "medical workers' strike", "a general
    strike" (PLOVER PROTEST modes strike and hunger: members of an organization abandon their workplaces), not an
    air or drone strike (ASSAULT)."""
    if token.lemma_.lower() not in lex.strike_words:
        return False
    return any(c.dep_ in ("compound", "amod", "poss", "nmod") and (
        c.lemma_.lower() in lex.strikers or c.lower_ in lex.strikers) for c in token.children)


def labelled(verb: Token, lex: Any) -> str | None:
    """The verbal act of calling something by a word of judgement: "described the plan as 'scandalous'" (PLOVER
    ACCUSE: condemn, defame, denigrate), "called Haley 'a proven dealmaker'" (SUPPORT: praise, commend). The
    complement is the verb's object predicate or its "as" phrase; the judgement is its head or a modifier."""
    if verb.lemma_.lower() not in lex.labelling_verbs:
        return None
    words: list[Token] = []
    for child in verb.children:
        if child.dep_ == "oprd" or child.dep_ == "dobj" and any(g.dep_ == "oprd" for g in child.children):
            words.append(child)
        elif child.dep_ == "prep" and child.lower_ == "as":
            words.extend(child.children)  # the pobj, or an adjective the parse hangs on "as"
        elif child.dep_ == "dobj":
            words.extend(g for g in child.children if g.dep_ in ("oprd", "appos"))
    words += [g for w in list(words) for g in w.children if g.dep_ in ("amod", "compound", "acomp")]
    return next((lex.verdicts[w.lower_] for w in words if w.lower_ in lex.verdicts), None)
