"""Tell general news that is no PLOVER event (prizes, business, programmes, kinds of act) and a regulator's approval."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

if TYPE_CHECKING:
    from .event_lexicon import Lexicon
    from .events import Sentence


def praised_own(verb: Token, lex: Any) -> bool:
    """Whether a verb of praise has for its objects only the people of its subject's own body, told by a possessive
    pronoun: "the coach praised his players", "the head teacher commended her pupils" (plover.yaml ``own_members``;
    docs/annotation.md, *Praise, honours and prizes*: praise within one body is no event) (sup)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lemma_.lower() in lex.own_members and any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in o.children) for o in objects)


def regulator_approval(sentence: Sentence, token: Token) -> bool:
    """Whether a word tells a regulator's approval: a verb of approving (plover.yaml ``approval_verbs``) or "gave ...
    the green light" whose subject's head is a regulating body (``regulators``: "the UK's fertility regulator", "the
    Food and Drug Administration"). PLOVER SUPPORT: "approve policy, action"; docs/annotation.md, sixth widening
    (gp)."""
    lex = sentence.lex
    if token.pos_ == "VERB" and token.lemma_.lower() in lex.approval_verbs:
        verb = token
    elif token.lemma_.lower() == "light" and any(c.lower_ == "green" for c in token.children) and \
            token.head.lemma_.lower() == "give":
        verb = token.head
    else:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subject = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if subject is not None and subject.lemma_.lower() in lex.court_nouns:
        # a court that permits (docs/annotation.md, *Courts that permit*: "a court approving a marriage or a plan" is
        # SUPPORT): only by a verb of approving, as "a court cleared him" acquits (CONCEDE) (rcv)
        return verb.lemma_.lower() in lex.court_approvals
    return subject is not None and subject.lemma_.lower() in lex.regulators


def _political_party(sentence: Sentence, head: Token | None) -> bool:
    """Whether a phrase names a political actor: a state or a people (GPE, NORP), a person, a state body by its noun
    ("the government", plover.yaml ``state_parties``) or a title ("the mayor"), or a known actor of a state,
    government, force or organization (not a company, a club or a magazine the knowledge does not hold)."""
    if head is None:
        return False
    lex = sentence.lex
    mention = sentence.mention_at(head)
    if mention is not None and mention.type in ("GPE", "NORP", "PERSON"):
        return True
    if head.lemma_.lower() in lex.state_parties | lex.office_titles | lex.person_titles or any(
            (m := sentence.mention_at(t)) is not None and m.type == "GPE" for t in head.subtree):
        return True  # ... or an office of a place ("the mayor of Lyon", "Kano's governor")
    actor = sentence.actor_in(head)
    record = sentence.ctx.knowledge.get(actor) if actor else None
    return record is not None and record.kind in ("state", "government", "military", "organization")


def competition_prize(sentence: Sentence, verb: Token) -> bool:
    """Whether an honour conferred is a competition's prize: a verb of conferring (plover.yaml ``verb_particles``
    award, confer) whose giver is no political actor ("FIFA will award its own prize", "the magazine awarded her its
    sportswoman of the year prize"). docs/annotation.md, *General news*: prizes of competitions are no SUPPORT; the
    *Honours and awards* rule is for a state's, a leader's or a mayor's honour (gp)."""
    if verb.pos_ != "VERB" or not any(c.dep_ in ("dobj", "nsubjpass", "dative") and c.lemma_.lower() in
                                      sentence.lex.particles.get(verb.lemma_.lower(), {}) for c in verb.children):
        return False
    giver = sentence.source(verb)
    # a pronoun ("He later awarded Shoigu a state honour") names no giver the parse can tell apart
    return giver is not None and giver.pos_ != "PRON" and not _political_party(sentence, giver)


def commerce_agreed(sentence: Sentence, verb: Token) -> bool:
    """Whether an agreement's act is commerce between companies: "agreed to buy out its joint venture partner",
    "agreed to sell its stake" (plover.yaml ``commercial_acts``), and the one agreeing is no state, government or
    force (by its mention's type or its record). docs/annotation.md, *General news*: business among companies is no
    event; a deal a government is party to stays coded (gp)."""
    if verb.pos_ != "VERB":
        return False
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
        if g.dep_ in ("pcomp", "pobj")]
    if not any(a.lemma_.lower() in sentence.lex.commercial_acts for a in acts):
        return False
    head = sentence.source(verb)
    if head is None:
        return True
    mention = sentence.mention_at(head)
    if mention is not None and mention.type in ("GPE", "NORP") or head.lemma_.lower() in sentence.lex.state_parties:
        return False
    actor = sentence.actor_in(head)
    record = sentence.ctx.knowledge.get(actor) if actor else None
    return record is None or record.kind not in ("state", "government", "military")


def standing_practice(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb in the simple present, active ("the council provides placements") or passive ("guests are given
    a meal"), with no date in its clause and in a sentence of the body (a headline's present tells past news), tells
    what a body does as a rule: a standing programme, no act that took place (docs/annotation.md, *General news*:
    "nor is a standing programme described in the present"; PLOVER codes occurrences) (gp)."""
    if verb.pos_ != "VERB" or not sentence.sent.text.rstrip().endswith((".", "!", "?", '"', "\u201d")):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        simple = not aux
    else:
        simple = verb.tag_ == "VBN" and len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ in ("VBZ", "VBP")
    return simple and not any(sentence.in_mention("DATE", t) for t in verb.subtree)


def activity_of(token: Token, lex: Lexicon) -> bool:
    """Whether a verb is a gerund, or one of a list of them, that a party is said to be involved in: "fighters ...
    involved in smuggling oil, sending fighters around the region, and gathering intelligence" tell what a group does,
    its activities, no occurrence (PLOVER codes events, not standing traits; w37)."""
    t = token
    while t.dep_ == "conj" and t.tag_ == "VBG" and t.head.i != t.i:
        t = t.head
    return t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ == "in" and \
        t.head.head.lemma_.lower() in lex.activity_heads


def kind_of_act(token: Token) -> bool:
    """Whether a word is, or lies within, a gerund that is its clause's subject: "Attacking churches whether by
    bombing or killing those inside is prohibited" names kinds of acts, no occurrence; or is a gerund "in" which a
    noun's holder takes part ("a capable partner in retaking Iraq", "their role in attacking"): a part played, told
    as a trait, not an occurrence (t32)."""
    if token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ == "in" \
            and token.head.head.pos_ in ("NOUN", "PROPN"):
        return True
    t = token
    while True:
        if t.tag_ == "VBG" and t.dep_ in ("csubj", "nsubj", "nsubjpass", "csubjpass"):
            return True
        if t.head.i == t.i or t.dep_ in ("ccomp", "advcl", "relcl", "acl", "parataxis", "xcomp") and t.i != token.i:
            return False
        t = t.head
