"""Demands, charges and obligations a speaker voices, and demands that are part of a protest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..knowledge import builtin_lexicon, word_set
from ..model import Event
from .event_forms import clause_subject
from .event_inquiries import answers_for_no_act
from .event_news import advice_to_public
from .event_types import (
    has_cue,
    trigger_type,
)
from .event_warnings import ultimatum

if TYPE_CHECKING:
    from .event_lexicon import Lexicon
    from .event_sentence import Sentence

# The closed classes of words the module's functions read (plover.yaml, its last section; read once).
_CLOSED = builtin_lexicon("plover")
FIRST_PERSON = word_set(_CLOSED, "first_person_pronouns")  # an actor the speaker of the claim names


def demands_and_charges(sentence: Sentence, token: Token) -> list[Event]:
    """A speaker's demand ("said Iran must respect ...") or charge ("engaged in illicit trade, the IG said")."""
    lex = sentence.lex
    if token.pos_ != "VERB" or token.lemma_.lower() not in lex.report or not sentence.asserted(token):
        return []
    speaker = sentence.actor_in(sentence.source(token))
    complements = [c for c in token.children if c.dep_ == "ccomp"]
    complements += [g for c in token.children if c.dep_ == "dobj" for g in c.children if g.dep_ in ("acl", "ccomp")]
    found = []
    for comp in complements:
        needed = _necessary_clause(comp, lex)  # "said it is vital that all parties withdraw": the parties are asked
        comp = needed if needed is not None else comp
        subject = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        addressee = sentence.actor_in(subject)
        if needed is not None or any(c.dep_ == "aux" and c.lower_ in lex.demand_modals for c in comp.children):
            # A demand is addressed to the one who must act: not a passive's subject ("the results should be
            # respected") nor the speaker's own duty ("We must know who ...")
            if subject is None or subject.dep_ != "nsubj" or subject.lower_ in FIRST_PERSON:
                continue
            if advice_to_public(subject, comp, lex):
                continue  # "said people should throw out the product": public safety advice, no demand (gp)
            kind = "THREATEN" if ultimatum(comp, lex) else "REQUEST"  # "must cease ... or face further action"
            found.append(Event("", kind, None, speaker, addressee, sentence.date(token, None), None,
                               None, None, [sentence.evidence]))
        elif speaker is not None and addressee is not None and has_cue(lex.wrongdoing, _charged_part(comp, lex)) \
                and addressee != speaker and not _denied(comp, lex) and not (
                subject is not None and subject.lower_ in FIRST_PERSON):  # "We are helping ... counter-terrorism"
            # "X has faced abuse and threats, a spokesman said": the subject underwent the wrongdoing, done to
            # them by others the text does not name (docs/annotation.md: unknown perpetrators are null); the
            # speaker tells of it and charges no one
            undergone = comp.lemma_.lower() in lex.undergo and any(
                c.dep_ == "dobj" and c.lemma_.lower() in lex.wrongdoing for c in comp.children)
            # a charge told by an inquiry is its finding ("a commission of inquiry found that ..."), else alleged; a
            # wrong undergone from no one named keeps no mode (acc)
            told_by = next((c for c in token.children if c.dep_ == "nsubj"), None)
            mode = "investigate" if told_by is not None and any(
                t.lemma_.lower() in lex.investigations for t in told_by.subtree) else None if undergone else "allege"
            found.append(Event("", "ACCUSE", mode, None if undergone else speaker, addressee,
                               sentence.date(token, None), None, None, None, [sentence.evidence]))
    return found


def _denied(comp: Token, lex: Lexicon) -> bool:
    """Whether a reported clause is negated, asked or only possible: "Kyiv said Moscow had not violated the truce",
    "asked whether Moscow had breached the deal", "said Moscow would breach the deal if it could" charge no one
    (PLOVER ACCUSE: an accusation says a party did wrong; plover.yaml ``modals``, ``conditional_marks``) (w40). A
    past act hedged ("said the RSF may have committed genocide") is still alleged (r39)."""
    hedged = any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in comp.children)
    return any(c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in lex.conditional
               or c.dep_ == "aux" and c.lower_ in lex.modals and not hedged for c in comp.children)


def _charged_part(comp: Token, lex: Lexicon) -> list[Token]:
    """The words of a reported clause that can charge its subject: all but what an adjective of knowing or concern
    governs ("the Government is aware of a problem of youth crime" knows of the crime; it is not accused of it) and
    what "no" denies ("there were no signs of abuse")."""
    known = {t.i for c in comp.children if c.dep_ == "acomp" and c.lemma_.lower() in lex.cognizant
             for t in c.subtree}
    # "agreed with defense claims that there were no signs of physical abuse": what "no" denies charges no one (a39)
    known |= {t.i for n in comp.subtree if any(d.dep_ in ("det", "neg") and d.lower_ == "no" for d in n.children)
              for t in n.subtree}
    # "said its forces were responsible for security in the city": a duty held, no act answered for (acc)
    known |= {t.i for c in comp.children if c.dep_ == "acomp" and answers_for_no_act(c, lex) for t in c.subtree}
    return [t for t in comp.subtree if t.i not in known]


def _necessary_clause(verb: Token, lex: Lexicon) -> Token | None:
    """The that-clause of "it is vital / essential / important that ...": what the speaker asks of its subject."""
    if not (verb.lemma_ == "be" or verb.lower_ in ("'s", "’s")) or not any(
            c.dep_ == "acomp" and c.lemma_.lower() in lex.necessity for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp"
                 and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)


def stated_obligation(sentence: Sentence, token: Token) -> Event | None:
    """A speaker's own demand, told without a speech verb: "The regime and its backers must comply with ...",
    "It is vital that all guarantors use their influence" (PLOVER REQUEST: all requests, demands and orders).
    The one obliged is the addressee; the source is the sentence's speaker (event-merge, from the claims). Not
    a first-person duty ("We must all act"), nor one under a speech verb (`demands_and_charges` codes those)."""
    lex = sentence.lex
    if token.pos_ not in ("VERB", "AUX") or not (token.dep_ == "ROOT" or token.dep_ == "conj"
                                                  and token.head.dep_ == "ROOT"):
        return None
    verb = token
    if any(c.dep_ == "aux" and c.lower_ in lex.obligation for c in token.children):
        pass
    elif (needed := _necessary_clause(token, lex)) is not None:  # "It’s": the model lemmatizes "’" apart
        verb = needed  # "It is vital that X ...": the that-clause, whoever it obliges
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in FIRST_PERSON | lex.unaddressed or advice_to_public(subject, verb, lex):
        return None  # ... nor public safety advice: "Consumers should throw out the product" (gp)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    if any(c.dep_ == "mark" and c.lower_ in lex.conditional for c in token.children):
        return None
    kind = "THREATEN" if ultimatum(verb, lex) else "REQUEST"  # "The regime must comply or face ..."
    return Event("", kind, None, None, sentence.actor_in(subject), sentence.date(token, None), None,
                 None, None, [sentence.evidence])


def protest_just_before(sentence: Sentence, token: Token, events: list[Event]) -> Event | None:
    """The protest told in the sentence just before, where a demand's subject is "they" and that protest is the
    document's last event ("Hundreds of demonstrators gathered outside the cathedral ... They called for the
    resignation of the interior minister."): the protesters' demand is part of their protest, not a REQUEST of its
    own (PLOVER, REQUEST: demands made by demonstrating are PROTEST; docs/annotation.md)."""
    subject = clause_subject(token) if token.pos_ == "VERB" else None
    if subject is None or subject.lower_ != "they" or not events or events[-1].type != "PROTEST":
        return None
    protest = events[-1]
    before = sentence.sent.doc[sentence.sent.start - 1].sent if sentence.sent.start > 0 else None
    if before is None:
        return None
    start, _ = sentence.ctx.sentence_at(before.start_char)
    return protest if any(e.document == sentence.evidence.document and e.start == start
                          for e in protest.evidence) else None


def backed_by_threat(sentence: Sentence, token: Token) -> bool:
    """A demand backed, in its own clause, by a threat of its maker ("demanded a ransom from the family, threatening
    to kill the hostage", "ordered the company to stop and threatened legal action") is one coercive warning:
    THREATEN (docs/annotation.md, *Extortion* and *Regulators and companies*; PLOVER REQUEST: requests carry less
    serious repercussions than threats), not a REQUEST beside it."""
    return token.pos_ == "VERB" and any(
        c.dep_ in ("advcl", "conj") and c.pos_ == "VERB" and not any(g.dep_ in ("nsubj", "nsubjpass")
                                                                      for g in c.children)
        and c.lemma_.lower() in sentence.lex.backing_threats and trigger_type(sentence, c) == "THREATEN"
        for c in token.children)


def demand_in_protest(sentence: Sentence, token: Token, events: list[Event]) -> Event | None:
    """The protest a demand is told as part of, in its own sentence: a participle or clause hanging on the protest's
    verb ("went on strike on Monday, demanding better pay", "rallied in the capital and demanded elections"): the
    protest's topic is not a separate REQUEST (PLOVER, REQUEST: demands made by demonstrating are PROTEST;
    docs/annotation.md, the type table)."""
    if token.pos_ != "VERB" or token.dep_ not in ("advcl", "xcomp", "conj") or token.head.i == token.i:
        return None
    head = token.head
    near = [head] + [g for c in head.children if c.i != token.i for g in (c, *c.children)]
    if not any(t.pos_ in ("VERB", "NOUN") and trigger_type(sentence, t) == "PROTEST" for t in near):
        return None
    key = sentence.evidence.key()
    return next((e for e in reversed(events) if e.type == "PROTEST" and any(v.key() == key for v in e.evidence)),
                None)
