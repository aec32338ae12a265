"""Tell aid from its look-alikes by what is given or moved: care, relief, money, casualties, forces brought home."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from .event_forms import clause_subject
from .event_roles import person

if TYPE_CHECKING:
    from .events import Sentence


def care_given(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb of treating (plover.yaml ``treating_verbs``) tells medical care an actor gives: its subject is
    no one carer (``_one_carer``) and what it treats is the hurt (``treated_people``, as a word or a modifier), as its
    object or in the object's "of" phrase ("treated dozens of injured civilians") (PLOVER AID; r39)."""
    lex = sentence.lex
    treated = [c for c in verb.children if c.dep_ == "dobj"]
    treated += [g for c in treated for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]  # "treated dozens of injured civilians"
    return any(c.dep_ == "nsubj" and not _one_carer(sentence, c) for c in verb.children) and any(
        c.lemma_.lower() in lex.treated or c.lower_ in lex.treated or any(
            g.dep_ in ("amod", "compound") and g.lower_ in lex.treated for g in c.children) for c in treated)


def _one_carer(sentence: Sentence, subject: Token) -> bool:
    """Whether the subject of a verb of treating is one person ("Dr Ahmed", "the team doctor"): care given in the
    course of one's work, no aid of one party to another (PLOVER AID is given by an actor: an agency, a state, its
    medics; plover.yaml ``carer_nouns``) (v40)."""
    return sentence.mention_at(subject, "PERSON") is not None or subject.tag_ == "NN" and (
        subject.lemma_.lower() in sentence.lex.person_nouns or subject.lemma_.lower() in sentence.lex.carers)


def relief_moves(verb: Token, lex: Any) -> bool:
    """Whether a verb of moving moves relief: its subject is a carrier (plover.yaml ``relief_carriers``) that relief
    words or goods qualify, by a modifier ("an aid convoy", "humanitarian flights"), an "of" phrase ("a convoy of food
    trucks", "a shipment of wheat") or what it carries ("trucks carrying sorghum and medicine") (PLOVER AID) (r39)."""
    subject = clause_subject(verb)
    if subject is None or not {subject.lemma_.lower(), subject.lower_} & lex.relief_carriers:
        return False
    goods = lex.relief_goods | lex.relief_words
    # a modifier qualifies the carrier as relief by a word of relief ("an aid convoy"); a good as a modifier names a
    # kind of vehicle ("a food truck", "a grain ship") (v40); goods it is "of" or carries are its load
    if any(c.dep_ in ("amod", "compound") and (c.lemma_.lower() in lex.relief_words or c.lower_ in lex.relief_words)
           for c in subject.children):
        return True
    words = [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree]
    words += [g for c in subject.children if c.dep_ == "acl" for g in c.subtree if g.dep_ in ("dobj", "conj")]
    words += [m for w in list(words) for m in w.children if m.dep_ in ("compound", "amod")]  # "carrying aid workers"
    return any(w.lemma_.lower() in goods or w.lower_ in goods for w in words)


def brought_home(verb: Token) -> bool:
    """Whether a verb of moving brings forces back rather than deploying them: "flew the troops home", "airlifted
    the soldiers back to Kyiv", "flies soldiers home on leave", "were airlifted to safety" (PLOVER MOBILIZE moves or
    readies forces against someone; forces going home or rescued are deployed nowhere) (v40)."""
    return any(c.dep_ in ("advmod", "prt", "npadvmod") and c.lower_ in ("home", "back") or c.dep_ in ("prt", "prep")
               and c.lower_ == "out" or c.dep_ == "prep" and c.lower_ == "to" and any(
                   g.lower_ == "safety" for g in c.children)
               for c in verb.children)  # "airlifted troops out of Lashio", "to safety": forces extracted, rescued


def casualties_moved(verb: Token, lex: Any) -> bool:
    """Whether the people a verb of moving carries are its casualties ("injured soldiers were flown to Ankara",
    "airlifted the wounded troops"): the hurt taken to care, no force deployed (PLOVER MOBILIZE moves forces;
    plover.yaml ``treated_people``)."""
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in lex.treated or any(
        g.dep_ in ("amod", "compound") and g.lower_ in lex.treated for g in c.children)) for c in verb.children)


def amount_of_money(sentence: Sentence, token: Token, lex: Any) -> bool:
    """Whether an object is an amount of money: a MONEY mention, or a number written with a currency sign or counted
    in a currency the English model did not tag ("75 million euros", "over £1.1bn"; plover.yaml ``currencies``)."""
    if sentence.in_mention("MONEY", token):
        return True
    counts = [t for t in token.children if t.dep_ in ("nummod", "quantmod", "compound")]
    return any(t.tag_ == "$" or t.text in ("$", "£", "€") for t in token.subtree if t.i <= token.i) or (
        token.lemma_.lower() in lex.currencies and any(t.like_num or t.ent_type_ == "CARDINAL" for t in counts))


def released_money(sentence: Sentence, token: Token) -> list[Token]:
    """The money a word of releasing frees: a verb's object or passive subject, a noun's "of" object, that is an
    amount or one of plover.yaml ``released_money`` ("released funds", "the release of $500 million")."""
    lex = sentence.lex
    if token.lemma_.lower() not in ("release", "free"):
        return []
    things = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")] if token.pos_ in ("VERB", "AUX") \
        else of_objects(token)
    return [t for t in things if t.lemma_.lower() in lex.released_money or t.lower_ in lex.released_money
            or amount_of_money(sentence, t, lex)]


def money_recipient(sentence: Sentence, token: Token, money: list[Token]) -> bool:
    """Whether money released goes "to" or "for" a party or people it benefits: "released $2 billion to Kyiv",
    "released funds for the flood victims" (PLOVER AID: the benefits accrue to the recipient); "to the provinces",
    "for road works" name none."""
    holders = [token, *money]
    return any(sentence.names_actor(g) or person(sentence, g) for h in holders for c in h.children
               if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") for g in c.children if g.dep_ == "pobj")


def of_objects(noun: Token) -> list[Token]:
    """The objects of a noun's "of" phrases: "the release of 50 detainees" gives the detainees."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
