"""Tell when a word of stance, judgement, innocence, denial, admission or support is a stated act."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from .event_inquiries import concern_of_act
from .event_roles import OWN_PRONOUNS

if TYPE_CHECKING:
    from .event_sentence import Sentence


def claimed_innocence(word: Token, lex: Any) -> bool:
    """Whether a word of innocence is what a speaker says of himself: the predicate of a copula whose subject is a
    personal pronoun, in the clause of a verb of saying ("told the tribunal that he was innocent", "insisted she was
    innocent of the charges"). A suspect's denial of guilt is REJECT (docs/annotation.md: "maintained their
    innocence" is REJECT; plover.yaml verb_particles plead innocent). Not "the innocent victims", nor "was found
    innocent", a verdict (sup)."""
    copula = word.head
    if word.dep_ != "acomp" or copula.lemma_.lower() != "be" or copula.dep_ != "ccomp" \
            or copula.head.lemma_.lower() not in lex.report or any(c.dep_ == "neg" for c in copula.children):
        return False
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in ("he", "she", "they", "i", "we")


def denied_fact(sentence: Sentence, verb: Token, type_of: Any) -> bool:
    """Whether a verb of denial denies a fact that is no act of the denier's: its clause ("denied that the striker had
    asked for a transfer", "denied that the river had burst its banks") or the clause or "of" of a report it denies
    ("denied reports of a deal between Egypt and Ethiopia") tells of others, not of the denier, its own (its
    fighters, their missiles) or a pronoun for it. A deal, ceasefire or talks with no maker named but the denier's
    side or the other side ("denied an agreement had been reached with the rebels", "denied reports of a ceasefire
    deal") and forces in the denier's country ("denied that Wagner fighters were in the country") are put to the
    denier: REJECT (docs/annotation.md, Denials; plover.yaml ``commitment_types``, ``host_places``) (rbp). A denial
    of the denier's acts ("denied that its fighters attacked", "denied carrying out the strike", "denied Amnesty's
    claims") is REJECT (docs/annotation.md: "denying an accusation";
    plover.yaml ``denial_verbs``) (m39), and so is a denial of a hostile act or a wrongdoing whoever the clause names
    as its doer ("denied that Russian forces had shelled the hospital", "denied that civilians were killed"): what it
    denies is what the denier is accused of (plover.yaml ``hostile_types``, ``wrongdoing``).
    ``type_of`` reads another word's type (``event_types.trigger_type``)."""
    lex = sentence.lex
    denier = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    own_actor = sentence.actor_in(denier) if denier is not None else None

    def own(word: Token) -> bool:
        if word.lower_ in OWN_PRONOUNS or any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in word.children):
            return True
        return own_actor is not None and sentence.actor_in(word) == own_actor

    def alleged(words: Iterable[Token]) -> bool:  # a hostile act or a wrongdoing told: what accusers allege
        return any(w.lemma_.lower() in lex.wrongdoing or type_of(sentence, w) in lex.hostile_types for w in words)

    def commitment(word: Token) -> bool:  # a deal, ceasefire or talks, by its noun or verb (commitment_types)
        kinds = lex.nouns if word.pos_ in ("NOUN", "PROPN") else lex.verbs
        return (kinds.get(word.lower_) or kinds.get(word.lemma_.lower()) or "").lower() in lex.commitment_types

    def parties(word: Token) -> list[Token]:  # who a deal's noun names as its makers: "Iran's deal", "between A and B"
        return [c for c in word.children if c.dep_ == "poss" and c.lower_ not in OWN_PRONOUNS] + [
            g for c in word.children if c.dep_ == "prep" and c.lower_ in ("between", "among", "by")
            for g in c.children if g.dep_ == "pobj"]

    def hosted(clause: Token, doers: list[Token]) -> bool:  # "Wagner fighters were in the country": forces it hosts
        return any(d.lemma_.lower() in lex.forces or d.lower_ in lex.forces for d in doers) and any(
            c.dep_ == "prep" and any(g.dep_ == "pobj" and (g.lemma_.lower() in lex.host_places and (
                any(d.lower_ == "the" or d.lower_ in OWN_PRONOUNS for d in g.children)) or own(g))
                for g in c.children) for c in (clause, *clause.children) if c.dep_ == "prep")

    def fact_clause(clause: Token) -> bool:
        doers = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")] + [
            g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if hosted(clause, doers):
            return False
        if commitment(clause) or any(commitment(d) for d in doers) or any(
                c.dep_ == "dobj" and commitment(c) for c in clause.children):
            # a deal told with no maker but the denier ("an agreement had been reached with the rebels", "a
            # prisoner exchange had been agreed with Moscow") is its side's: what a passive's subject names is the
            # deal, not a party to it
            makers = [d for d in doers if d.dep_ != "nsubjpass" and not commitment(d)] + [
                p for d in doers if commitment(d) for p in parties(d)]
            return bool(makers) and not any(own(m) for m in makers)
        return bool(doers) and not any(own(d) for d in doers) and not alleged(clause.subtree)

    for c in verb.children:
        if c.dep_ == "ccomp":
            return fact_clause(c)
        if c.dep_ == "dobj" and c.lemma_.lower() in lex.hearsay_nouns - lex.accusing_nouns:
            for g in c.children:
                if g.dep_ == "acl" and any(m.dep_ == "mark" for m in g.children):
                    return fact_clause(g)  # "denied reports that its troops had crossed"
                if g.dep_ == "prep" and g.lower_ == "of":  # "reports of a deal"; not "reports of shelling the plant"
                    return not any(p.dep_ == "pcomp" or p.dep_ == "pobj" and (
                        own(p) or alleged(p.subtree) or commitment(p) and not any(not own(m) for m in parties(p)))
                        for p in g.children)  # a deal no other maker is named for is the denier's side's (rbp)
    return False


def concurs(verb: Token, sentence: Sentence) -> bool:
    """Whether a verb of agreeing shares an opinion rather than a willingness to act: it takes a clause that is no
    infinitive, or "with" something that is no party, and nothing to do ("to", "on")."""
    children = list(verb.children)
    if any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ in ("to", "on", "upon") or c.dep_ == "aux"
           and c.lower_ == "to" for c in children):
        return False
    if any(c.dep_ == "ccomp" for c in children):
        return True
    partners = [g for c in children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                if g.dep_ == "pobj"]
    return bool(partners) and not any(sentence.actor_in(g) for g in partners)


def stated_stance(sentence: Sentence, word: Token) -> bool:
    """Whether a word of feeling or judgement is the predicate of a statement that makes it an act: "I am appalled
    by", "The Council is encouraged by"; a judgement only of an act ("It is unacceptable that the UN has not been
    given access", "the announcement of a truce is welcome"), not of a state ("the presence of forces is
    unacceptable") nor a permission ("refugees are welcome in the camp")."""
    children = list(word.children)
    # "deeply concerned and shocked by reports": a word coordinated with a predicate adjective is a predicate too
    predicate = word.dep_ == "acomp" or word.dep_ in ("ROOT", "conj") and word.tag_ == "VBN" and any(
        c.dep_ == "auxpass" for c in children) or word.dep_ == "conj" and word.head.dep_ == "acomp"
    # "Amnesty said it was appalled by the executions": the stance reported by its holder is stated as well, where
    # what it is about is an act or a party ("'We were shocked at how tiny she was,' he said" disapproves of no one)
    predicate = predicate or word.dep_ == "ccomp" and word.tag_ == "VBN" and word.lower_ in sentence.lex.stance \
        and any(c.dep_ == "auxpass" for c in children) and word.head.lemma_.lower() in sentence.lex.report \
        and any(concern_of_act(g, sentence.lex, sentence.names_actor) for c in children
                if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj")  # (acc)
    lex = sentence.lex
    if not predicate:
        return False
    if word.lower_ in lex.stance:  # "concerned about", "critical of": what the stance is about
        preps = [c for c in children if c.dep_ == "prep" or c.dep_ == "agent" and word.lower_ in lex.stance_needs_prep]
        causes = [c for c in children + (list(word.head.children) if word.dep_ == "acomp" else [])
                  if c.dep_ == "advcl"]
        if not preps and lex.stance[word.lower_] == "ACCUSE" and causes and not any(
                (lex.verbs.get(t.lemma_.lower()) or lex.nouns.get(t.lemma_.lower())) in lex.hostile_types | {"ACCUSE"}
                for c in causes for t in c.subtree):
            return False  # "was shocked when she found out she had been selected": a feeling at one's own news, no
            # act disapproved (PLOVER ACCUSE: disapprove of an action) (gp)
        if word.lower_ in lex.stance_needs_act and not any(
                concern_of_act(g, lex, sentence.names_actor) for c in preps for g in c.children if g.dep_ == "pobj"):
            return False  # "residents are concerned about rising rents": no act or party disapproved (acc)
        return not any(c.dep_ == "xcomp" for c in children) and all(c.lower_ in lex.stance_preps for c in preps) \
            and (bool(preps) or word.lower_ not in lex.stance_needs_prep)
    if any(c.dep_ in ("prep", "xcomp") and c.lower_ != "by" for c in children):
        return False
    verb = word.head if word.dep_ == "acomp" else word
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ == "it":  # "It is unacceptable that ...": the clause is what is judged
        return any(c.dep_ == "ccomp" for c in verb.children) or any(c.dep_ == "ccomp" for c in children)
    lemma = subject.lemma_.lower()
    return lemma in sentence.lex.nouns or lemma.endswith(("ion", "ment"))  # an act, or a noun made of one


def admission(verb: Token, lex: Any, is_act: Any) -> bool:
    """Whether a verb admits a wrong: "admitted that he had abducted citizens", "confessed to the killing" (a
    concession, as "pleaded guilty": PLOVER CONCEDE). ``is_act`` tells whether a word names an act or wrong."""
    if verb.lemma_.lower() not in lex.admission_verbs:
        return False
    said = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj")]
    said += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    return any(is_act(t) for s in said for t in s.subtree)


def supported_party(verb: Token, lex: Any, names_actor: Any) -> Token | None:
    """The party a verb of support is told supporting as an act: in the past or the present perfect, active ("she
    supported Senator Rubio", "the coalition has supported the Iraqi Security Forces"), or as what a commitment is to
    ("the UK's commitment to supporting the government of Iraq"); None for the present
    of a state ("Iran backs the Houthis") and the passive or participle ("backed by Rwanda"), which are the `backs` tie
    only (docs/annotation.md, Support of a party: the act and the tie; rbk's rule) (rbp)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.party_support_verbs or any(
            c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    committed = verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "to" and (
        verb.head.head.lemma_.lower() in lex.commitment_words or verb.head.head.lower_ in lex.commitment_words)
    if not (verb.tag_ == "VBD" and verb.dep_ not in ("amod", "acl") or perfect or committed):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and names_actor(c)), None)
