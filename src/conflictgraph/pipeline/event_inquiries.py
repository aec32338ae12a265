"""Read courts, trials, inquiries and concern: an arraignment, a trial, an act looked into, a concern about one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from .event_blame import act_word

if TYPE_CHECKING:
    from .event_sentence import Sentence


def court_appearance(token: Token, lex: Any) -> Token | None:
    """The court a suspect appears in or before: "the suspect appeared in Nairobi Magistrate's Court", "made his
    first appearance in Regina provincial court", "appeared before a military tribunal". The appearance is the court's
    arraignment (docs/annotation.md, Police and courts: ACCUSE allege, the court the actor, the suspect the
    recipient). The noun's "in" phrase may hang on its light verb ("made ... appearance | in court")."""
    if token.lemma_.lower() not in lex.appearance or token.pos_ not in ("VERB", "NOUN"):
        return None
    holders = [token] + ([token.head] if token.pos_ == "NOUN" and token.dep_ == "dobj" else [])
    # one who appears to take part in the trial, not to answer a charge: "the witness appeared in court to
    # testify", "appeared as an expert", "her lawyer appeared before the tribunal" (plover.yaml court_participants)
    # (w40)
    roles = lex.court_participants
    if any(c.dep_ in ("nsubj", "nsubjpass", "xcomp", "advcl") and c.lemma_.lower() in roles
           or c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() in roles for g in c.children)
           for h in holders for c in h.children):
        return None
    for holder in holders:
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "before", "at"):
                court = next((g for g in c.children if g.dep_ == "pobj" and (g.lemma_.lower() in lex.court_nouns or any(
                    d.dep_ == "compound" and d.lemma_.lower() in lex.court_nouns for d in g.children))), None)
                if court is not None:
                    return court
    return None


def on_trial(verb: Token, lex: Any) -> bool:
    """Whether a verb tells its subject tried: "went on trial in Dakar", "stood trial for the killing" (the subject
    is the accused, PLOVER's recipient of ACCUSE allege "bring to trial"; plover.yaml ``tried_verbs``) (acc)."""
    return verb.lemma_.lower() in lex.tried_verbs and any(
        t.lemma_.lower() in lex.trial_nouns and (t.dep_ == "dobj" and t.head.i == verb.i or t.dep_ == "pobj"
                                                 and t.head.head.i == verb.i) for t in verb.subtree)


def inquiry_into(verb: Token, lex: Any) -> bool:
    """Whether a verb of inquiry looks into an act: "prosecutors are looking into the disappearance of the activists",
    "police looked into the robbery" (PLOVER ACCUSE investigate), not "looking into options" (plover.yaml
    ``inquiring_verbs``) (acc)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lex.inquiring_verbs and any(
        c.dep_ == "prep" and c.lower_ == "into" and any(
            g.dep_ == "pobj" and concern_of_act(g, lex, lambda t: False) for g in c.children) for c in verb.children)


def investigated_act(head: Token, lex: Any) -> bool:
    """Whether what an investigation is found to look into is an act or a harm, not a party: "investigating the
    disappearance of journalist Juan Perez", "probing the murder of the mayor", "looked into the bombing" (an act
    word, ``act_word``). PLOVER ACCUSE investigate: the recipient is the one investigated, the suspect; the act's
    victims are none, and its doer is found by its own "by" phrase or possessor (bug)."""
    return head.pos_ == "NOUN" and act_word(head, lex)


def answers_for_no_act(word: Token, lex: Any) -> bool:
    """Whether a word of blame ("responsible", "accountable") answers for something that is no act: "responsible for
    security in the city", "accountable for 300 patients" tell a duty held, where "responsible for the shelling"
    blames (PLOVER ACCUSE allege: a party accused of an act; plover.yaml ``blame_predicates``) (acc)."""
    if word.lower_ not in lex.blame_predicates:
        return False
    objects = [g for c in word.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
               if g.dep_ == "pobj"]
    return bool(objects) and not any(act_word(g, lex) for g in objects)


def concern_of_act(cause: Token, lex: Any, names_actor: Any) -> bool:
    """Whether what a concern is about is an act, a report of one or a party: "concerned by reports of ceasefire
    violations", "concerned about the fighting in El Fasher", "concerned about the junta" (PLOVER ACCUSE disapprove:
    disapproval of an action or of responsible parties), not "concerned about rising rents" (acc)."""
    words, seen = [cause], []
    while words:  # the cause, what it is "of" or "by", and a clause it tells; not a place or time ("in Nairobi")
        word = words.pop()
        seen.append(word)
        for c in word.children:
            if c.dep_ in ("compound", "poss", "acl", "relcl", "ccomp", "nsubj", "dobj", "pobj", "conj") \
                    or c.dep_ == "prep" and c.lower_ in ("of", "by", "against", "on"):
                words.append(c)
    return any(t.pos_ in ("NOUN", "PROPN", "VERB") and (act_word(t, lex) or names_actor(t) or t.lower_ in lex.offences
                                                         or t.lemma_.lower() in lex.offences) for t in seen)


def concern_about_act(noun: Token, lex: Any, names_actor: Any) -> bool | None:
    """Whether a noun of concern is about a party, its act or choice or a report of an act ("had concerns about
    Tillerson's relationship to Russia", "voiced concern over the arrests"): True; about something else ("voiced
    concerns about rising rents", "concern for the children's safety"): False; None where neither the noun nor the
    verb it is told by has a phrase of what it is about (docs/annotation.md, Statements of concern; rbk's rule) (rbp).
    """
    # the noun, the verb it is told by, and a relative clause that tells it ("concerns he has voiced over ...")
    holders = [noun] + ([noun.head] if noun.dep_ in ("dobj", "nsubjpass") else []) + [
        c for c in noun.children if c.dep_ == "relcl"]
    objects = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in lex.concern_preps | {"for"}
               for g in c.children if g.dep_ == "pobj"]
    if not objects:
        return None
    # a tie to a party is the party's matter ("the nominee's ties to Saudi Arabia", "relationship with the Kremlin");
    # "the reports" with nothing of its own told is the reports the text told before, of acts
    return any(concern_of_act(g, lex, names_actor) or g.lemma_.lower() in lex.hearsay_nouns and not any(
        c.dep_ in ("prep", "acl", "relcl") for c in g.children) or any(
        c.dep_ == "prep" and c.lower_ in ("to", "with") and any(p.dep_ == "pobj" and names_actor(p) for p in c.children)
        for c in g.children) for g in objects)


def concern_frame(noun: Token, lex: Any) -> Token | None:
    """The subject a statement's "of concern" judges: "Reports of continued air strikes are a matter of concern", "the
    arrests are a cause for concern" (plover.yaml ``concern_frames``), or None (rbp)."""
    frame = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "for") else None
    if frame is None or frame.lemma_.lower() not in lex.concern_frames or frame.dep_ != "attr":
        return None
    return next((c for c in frame.head.children if c.dep_ == "nsubj"), None)


def accused_person(token: Token) -> bool:
    """Whether "accused" is a noun for a person, not an act: "the accused" as a subject or object with no object, "of"
    or agent of its own ("The accused was released on bail", "lawyers for the accused"); "the accused militia" and "was
    accused of" stay acts (rcx)."""
    return token.lower_ == "accused" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
        c.dep_ in ("dobj", "agent", "prep", "ccomp", "xcomp", "nsubj") for c in token.children)


def court_restriction(sentence: Sentence, verb: Token, type_of: Any) -> bool:
    """Whether a court's order is the restriction it imposes: a court or judge as the subject, and as what it orders
    (a clause, or the clause it reports: "X is barred from ..., the judge ordered") a COERCE act ("ordered that he be
    detained", "is prohibited from leaving the country"). The order is the coercive act (PLOVER COERCE restrict:
    "impose restrictions"), the court its actor, as a court-ordered payment is a SANCTION (rcl)."""
    lex = sentence.lex
    if not any(c.dep_ == "nsubj" and (c.lemma_.lower() in lex.court_nouns or c.lower_ in lex.court_nouns)
               for c in verb.children):
        return False
    ordered = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    if verb.dep_ == "parataxis" and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
        ordered.append(verb.head)  # the order told after what it orders: "..., the judge ordered"
    return any(type_of(sentence, c) == "COERCE" for c in ordered)
