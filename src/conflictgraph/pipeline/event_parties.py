"""Who takes part in an event, read from the dependency parse: the parties an agreement names, the speaker a
participle or a pronoun belongs to, what a withdrawal moves, what a complaint is about.

Helpers of the events stage's argument choice (``Sentence.source``, ``Sentence.targets``, ``Sentence.co_actors`` in
pipeline/events.py); each follows a rule of the PLOVER manual or docs/annotation.md, named in its docstring. They
read only the parse and word classes of plover.yaml, which the caller passes as ``lex``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from spacy.tokens import Token

# Prepositions that name the other parties of an agreement: "a deal with Rosneft", "the accord between X and Y".
PARTY_PREPS = ("with", "between")
# Prepositions that name what a complaint or praise is about: "concern about a Tillerson pick", "anger over X".
ABOUT_PREPS = ("about", "over", "regarding", "concerning")
# Pronouns that stand for a deed told just before: "describing it as scandalous".
DEED_PRONOUNS = ("it", "this", "that")


def _pobjs(head: Token, preps: tuple[str, ...]) -> list[Token]:
    return [g for c in head.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
            if g.dep_ == "pobj"]


def agreement_parties(verb: Token, lex: Any) -> list[Token]:
    """The other parties an agreement a verb acts on names as its own: "Exxon signed a deal with Rosneft", "signed
    an accord between the army and the rebels", "signed a peace deal with the TPLF" (the parse may hang "with" on
    the verb). An agreement between parties binds each of them, and signing it is done by all (PLOVER, Compound and
    Reciprocal Actors: both sides do the same thing, all are actors; docs/annotation.md, *Lists* and *Signing with a
    party*), so its party is no recipient, whether the deal is new ("a deal") or told before ("Trudeau signed the deal
    with EU leaders": both sign; helper arg, issue 11, where an earlier rule made a told deal's party its recipient
    against the rule book)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.realized_by:
        # only a verb that makes the agreement ("signed", "reached"): who "welcomed" or "praised" an agreement
        # between others is its actor alone, the parties its recipients (docs/annotation.md, Actor and recipient)
        return []
    deals = [c for c in verb.children if c.dep_ == "dobj" and lex.nouns.get(c.lemma_.lower()) == "AGREE"]
    out = [g for deal in deals for g in _pobjs(deal, ("between", "with"))]
    return out + (_pobjs(verb, ("with",)) if deals else [])  # the parse may hang "with" on the verb


def joint_deed(head: Token, lex: Any) -> str | None:
    """The type of a joint act a noun names, whose parties all act ("the agreement reached between Iraq and the
    KRG", "the talks between X and Y", "clashes between the army and the RSF"), if it is one."""
    if head.pos_ != "NOUN":
        return None
    if head.lemma_.lower() in lex.two_sided or head.lower_ in lex.two_sided:
        return "ASSAULT"  # PLOVER ASSAULT: two-sided violence has every side as its actor
    deed = lex.nouns.get(head.lemma_.lower())
    return deed if deed in ("AGREE", "CONSULT", "COOPERATE") else None


def withdrawn(verb: Token, lex: Any) -> list[Token]:
    """What a withdrawal from a body moves: "will withdraw the United States from the TPP" withdraws the United
    States, the actor's own state; it is no recipient (PLOVER SANCTION withdraw: withdraw oneself from a group or
    organization)."""
    if verb.lemma_.lower() not in lex.withdraw_verbs or not _pobjs(verb, ("from",)):
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def complained_of(noun: Token, named: Any) -> list[Token]:
    """What a noun of complaint or praise is about, where that phrase names a party in its head or the words before
    it ("expressed concern about a Tillerson pick", "anger over Russia's role"): the one the disapproval or
    approval is directed at (PLOVER ACCUSE, SUPPORT: the recipient). A party further inside the phrase ("concern
    about the situation in Syria") is only where it happened. ``named(token)`` tells whether a word names an
    actor."""
    out = []
    for g in _pobjs(noun, ABOUT_PREPS):
        words = [g] + [c for c in g.children if c.i < g.i and c.dep_ in ("compound", "poss", "amod", "nmod")]
        if any(named(w) for w in words):
            out.append(g)
    return out


def reported_participle(token: Token, lex: Any) -> Token | None:
    """The speech verb whose speaker also makes a verbal participle the parse hung on the reported clause: "Vincent
    told AFP Mr Suarez had borrowed paragraphs, describing it as scandalous" (Vincent describes; the parse hangs
    "describing" on "borrowed"). A participle of speech or judgement after what a speaker reports is the speaker's
    (PLOVER: the actor of a verbal act is who speaks), not the reported clause's subject's."""
    if token.dep_ != "advcl" or token.tag_ != "VBG":
        return None
    said = token.head
    if said.dep_ != "ccomp" or said.head.lemma_.lower() not in lex.report:
        return None
    # (a verb of saying or labelling only: a participle of another verbal type tells what the clause's subject does
    # as it acts, "factions are operating outside the state's control, threatening U.S. troops, the report said")
    verbal = token.lemma_.lower() in lex.labelling_verbs or token.lemma_.lower() in lex.report
    return said.head if verbal else None


def described_deed(token: Token) -> Token | None:
    """The reported clause a verbal participle's "it" stands for (``reported_participle``): "describing it as
    scandalous", where "it" is what the reported clause tells."""
    if any(c.dep_ == "dobj" and c.lower_ in DEED_PRONOUNS for c in token.children):
        return token.head
    return None


def same_speaker(pronoun: Token, lex: Any) -> Token | None:
    """The subject of the speech verb a pronoun's clause is reported by, where it is the same pronoun: "they said
    ..., adding that they had agreed with the Russians", "it said it would ...". A speaker who reports what "they"
    did is read as speaking of themselves, as a reader takes it; the earlier pronoun then says who they are."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj":
        return None
    t = clause
    for _ in range(6):
        if t.dep_ not in ("ccomp", "conj", "advcl", "xcomp") or t.head.i == t.i:
            return None
        t = t.head
        if t.lemma_.lower() in lex.report:
            subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i < pronoun.i and subject.lower_ == pronoun.lower_:
                return subject
    return None


def held_on_charge(noun: Token, lex: Any) -> list[Token]:
    """Who a charge is against, where the charge is what someone is held or arrested "on": "He is being held on two
    counts of assault", "police arrested three men on charges of murder". The one held is the one charged (PLOVER
    ACCUSE mode allege: the recipient is the accused)."""
    if noun.lemma_.lower() not in lex.charge_nouns or noun.dep_ != "pobj" or noun.head.lower_ != "on":
        return []
    verb = noun.head.head
    if verb.pos_ != "VERB":
        return []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    return [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]


def undergone_by(noun: Token, lex: Any) -> list[Token]:
    """The possessor of a noun of an act done to a person, with no "of" object: "his arrest", "Marra's detention",
    "Soleimani's killing" are done to him (PLOVER recipient), where "Iran's attack" names its doer; "Russia's
    killing of the envoy" names the doer again (plover.yaml ``patient_nouns``)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.patient_nouns or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return []
    return [c for c in noun.children if c.dep_ == "poss"]


def undergone_along(verb: Token) -> list[Token]:
    """Who a passive act is done to besides its subject: "He ..., along with Sajida al-Rishawi, was hanged",
    "was arrested together with two aides" (PLOVER, Compound and Reciprocal Actors: a list of recipients)."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [g for c in verb.children if c.dep_ in ("prep", "advmod") and c.lower_ in ("along", "together")
            for w in c.children if w.dep_ == "prep" and w.lower_ == "with" for g in w.children if g.dep_ == "pobj"]


def taken_from(verb: Token, lex: Any) -> list[Token]:
    """The party a place or thing is taken from: "recaptured the village of Robotyne from Russian troops", "seized
    the town from the army" (plover.yaml ``taking_verbs``; PLOVER ASSAULT and COERCE seize: the recipient is the one
    the act is directed at, whom the place or thing is taken from)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.taking_verbs:
        return []
    return _pobjs(verb, ("from",)) + [g for o in verb.children if o.dep_ == "dobj" for g in _pobjs(o, ("from",))]


def claimed_by(token: Token) -> Token | None:
    """Who claimed an act, where the claim is told on it: "JNIM claimed the attack" (the act the object of "claim"),
    "A car bomb killed 15 people, for which al-Shabaab claimed responsibility" (a "for which" clause of the act's
    verb). A claim of responsibility makes the actor (docs/annotation.md, Actor and recipient; PLOVER codes who
    carried the act out or claimed it)."""
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and (claim := claim_on(token)) is not None \
            and claim[1] is not None:
        return claim[1]
    for clause in (c for c in token.children if c.dep_ in ("advcl", "relcl") and c.lemma_.lower() == "claim"):
        owned = any(g.dep_ == "dobj" and g.lemma_.lower() == "responsibility" for g in clause.children)
        which = any(g.dep_ == "prep" and g.lower_ == "for" and any(w.tag_ == "WDT" for w in g.children)
                    for g in clause.children)
        if owned and which:
            return next((g for g in clause.children if g.dep_ == "nsubj"), None)
    return None


def claim_on(token: Token) -> tuple[Token, Token | None] | None:
    """The verb that claims the act a noun names and who it says claims it: "JNIM claimed the attack" (the noun its
    object), "The attack was claimed by JNIM" (its passive subject, the claimer the agent), "Al-Shabaab claimed
    responsibility for the bombing" (the noun after "responsibility for"). A claim of responsibility makes the actor
    (docs/annotation.md, Actor and recipient); the claimer is None where the clause names none."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility":
        head, token = head.head.head, head.head  # "claimed responsibility for the attack"
    if head.lemma_.lower() != "claim":
        return None
    if token.dep_ == "nsubjpass":
        return head, next((g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if token.dep_ == "dobj":
        return head, next((c for c in head.children if c.dep_ == "nsubj"), None)
    return None


def behind(token: Token, said: set[str]) -> Token | None:
    """Who "was behind" an act: the text's own statement ("Al-Shabaab was behind the bombing") or the doer's own
    claim ("Al-Shabaab said it was behind the bombing": a pronoun for the speaker), not a third party's attribution
    ("officials said al-Shabaab was behind it": docs/annotation.md, Actor and recipient). ``said``: speech verbs."""
    if token.dep_ != "pobj" or token.head.lower_ != "behind" or token.head.head.lemma_.lower() != "be":
        return None
    be = token.head.head
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    speech = be.head if be.dep_ == "ccomp" and be.head.lemma_.lower() in said else None
    if speech is not None and subject.lower_ not in ("it", "they", "we"):
        return None
    return subject


def companions(head: Token, partnering: Collection[str] = ()) -> list[Token]:
    """Who a phrase's party acts or undergoes with, told on the phrase: "Somali forces, together with African Union
    troops, attacked", "Russia, along with Iran, backs", "killed the commander alongside two aides" (PLOVER,
    Compound and Reciprocal Actors: every actor of a compound is coded). Where the phrase is its verb's subject, a
    companion the parse hangs on the verb counts too: set off between the two ("Ethiopian troops, along with Eritrean
    forces, attacked"), or anywhere by a noun of acting together ("rescued 20 hostages in collaboration with the
    CJTF"; plover.yaml ``partnering_nouns``) (m39)."""
    out = []
    children = list(head.children)
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.i != head.i:
        verb = head.head
        children += [c for c in verb.children if head.i < c.i < verb.i and c.dep_ in ("prep", "advmod")]
        children += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > verb.i]
    for c in children:
        if c.dep_ == "prep" and c.lower_ == "in":  # "in collaboration with", "in coordination with"
            out += [g for n in c.children if n.dep_ == "pobj" and n.lemma_.lower() in partnering
                    for w in n.children if w.dep_ == "prep" and w.lower_ == "with"
                    for g in w.children if g.dep_ == "pobj"]
            continue
        if c.dep_ == "prep" and c.lower_ == "with" and any(a.dep_ == "advmod" and a.lower_ in ("together", "along")
                                                           for a in c.children):
            out += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ == "alongside":
            out += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ in ("advmod", "prep") and c.lower_ in ("together", "along"):
            out += [g for w in c.children if w.dep_ == "prep" and w.lower_ == "with" for g in w.children
                    if g.dep_ == "pobj"]
    return out


def joined_in(token: Token) -> list[Token]:
    """Whom the subject joins in an act: "Kenya joined Ethiopia in condemning the attack": both condemn (PLOVER,
    Compound and Reciprocal Actors)."""
    if token.dep_ != "pcomp" or token.head.lower_ != "in" or token.head.head.lemma_.lower() != "join":
        return []
    return [c for c in token.head.head.children if c.dep_ == "dobj"]


def speaker_of_conjunct(verb: Token, lex: Any, mute: Callable[[Token], bool]) -> Token | None:
    """The speaker a verbal act is coordinated with, where the parse hangs it on the clause the speaker reports:
    "Sudanese police said the attack was carried out by the RSF and urged residents to stay indoors", "police have
    confirmed one of the overdoses the past two months was from carfentanil and warned first responders". The
    reported clause's subject cannot speak (``mute``: an act, a date, a number), so the verbal act is the
    speaker's (PLOVER: the actor of a verbal act is who makes it; docs/annotation.md, Actor and recipient). Only a
    verb of speech or of a verbal act (``lex.said``) with no subject of its own; None otherwise."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in lex.said or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    head = verb.head
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not mute(subject):
        return None
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # the reported clause the parse made a conjunct of the speech verb
    speech = clause.head if clause.dep_ == "ccomp" else clause if clause is not head else None
    if speech is None or speech.lemma_.lower() not in lex.report:
        return None
    return next((c for c in speech.children if c.dep_ == "nsubj"), None)


# Prepositions that keep a noun inside the phrase of the noun before it: "a summary of its investigation", "a report
# on its strike", "an inquiry into its raids".
PHRASE_PREPS = ("of", "on", "into", "about")


def possessive_antecedent(noun: Token) -> Token | None:
    """The possessor a possessive pronoun on an act's noun points back at within its noun phrase: "the UN Board of
    Inquiry's summary of its investigation" (the Board's investigation), "Russia's version of its strike on
    Kramatorsk" (Russia's strike). The nearest noun above it in the phrase (through "of", "on", "into", "about")
    with a possessive that is no pronoun; "its" never a plural's. PLOVER's actor is who did the act, and English
    points back to a possessor inside one phrase before anything outside it."""
    pronoun = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    token = noun
    for _ in range(3 if pronoun is not None else 0):
        if token.dep_ != "pobj" or token.head.dep_ != "prep" or token.head.lower_ not in PHRASE_PREPS \
                or token.head.head.pos_ != "NOUN":
            return None
        token = token.head.head
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is not None:
            return None if pronoun.lower_ == "its" and owner.tag_ in ("NNS", "NNPS") else owner
    return None


def split_coordination(head: Token, alternatives: Collection[str]) -> list[Token]:
    """The subjects (or objects) after ``head`` that the parse hung on its verb beside it where the text coordinates
    them: "Israel as well as the United States condemned", "Hamas, Islamic Jihad, and the PFLP fired" (the last item
    a subject of its own), "The army, the police, and the National Guard arrested", "accused the UAE as well as Chad
    of". A run of phrases of one role on one side of the verb, each beginning right after a comma, a conjunction or
    "as well as" that ends the one before, joined by a conjunction that is no alternative ("or") or by "as well as":
    one coordination the parser split (PLOVER, Compound and Reciprocal Actors: every actor of a compound is coded;
    docs/annotation.md, *Lists*) (lst)."""
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj") or head.head.i == head.i:
        return []
    verb, doc = head.head, head.doc
    before = head.i < verb.i
    if before != (head.dep_ != "dobj"):
        return []
    run, links = [head], []
    for other in sorted((c for c in verb.children if c.dep_ == head.dep_ and head.i < c.i and (c.i < verb.i) == before),
                        key=lambda c: c.i):
        gap = doc[run[-1].right_edge.i + 1:other.left_edge.i]
        joint = doc[other.left_edge.i - 1]
        if [t.lower_ for t in gap] == ["as", "well", "as"]:
            links.append(gap[-1])
        elif len(gap) or not (joint.lower_ == "," or joint.dep_ == "cc"):
            break
        run.append(other)
    links += [c for t in run for k in (t, *t.conjuncts) for c in k.children if c.dep_ in ("cc", "preconj")]
    if len(run) < 2 or not links or any(c.lower_ in alternatives for c in links):
        return []
    return run[1:]


def as_well_as(token: Token) -> list[Token]:
    """The names a parse hung on "as well as" taken for a conjunction with an object: "sanctioned Russia as well as
    Belarus" (Belarus the object of the second "as"): a conjunct of ``token`` (docs/annotation.md, *Lists*) (lst)."""
    return [g for c in token.children if c.dep_ == "cc" and c.lower_ == "as" and any(
        w.lower_ == "well" for w in c.children) for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]


def cut_list_before(head: Token, alternatives: Collection[str]) -> list[Token]:
    """The items before the last of a list the parse cut from its verb, made the sentence's root: "Turkey, Russia,
    and Iran agreed", parsed with Turkey the root, Russia its appositive and "agreed" (with Iran its subject) a
    conjunct of Turkey. Where ``head`` is the subject of a verb conjoined to a name that is the root, right after an
    "and" of that name, the name and the names set beside it (appositives, conjuncts) are items of the list (PLOVER,
    Compound and Reciprocal Actors; docs/annotation.md, *Lists*) (lst)."""
    if head.dep_ != "nsubj" or head.head.dep_ != "conj" or head.head.pos_ not in ("VERB", "AUX"):
        return []
    root = head.head.head
    if root.dep_ != "ROOT" or root.pos_ != "PROPN" or root.i > head.i or head.left_edge.i < 2:
        return []
    link, comma = head.doc[head.left_edge.i - 1], head.doc[head.left_edge.i - 2]
    if link.dep_ != "cc" or link.head.i != root.i or link.lower_ in alternatives or comma.lower_ != ",":
        return []
    items = [c for c in root.children if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN" and root.i < c.i < link.i]
    # nothing else between the root and the last item: the span is the list, not a headline's name and a clause
    spanned = {root.i} | {t.i for c in items for t in c.subtree} | {
        c.i for c in root.children if c.dep_ in ("punct", "cc", "det", "compound") and c.i < head.left_edge.i}
    if not items or any(i not in spanned for i in range(root.left_edge.i, head.left_edge.i)):
        return []
    return [root, *items]
