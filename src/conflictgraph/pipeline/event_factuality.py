"""Whether a sentence tells an act as real: its negation, modality, habits, commands and questions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .event_forms import TIME_PREPS
from .event_lexicon import Lexicon
from .event_light_nouns import set_in
from .event_warnings import subjunctive
from .promises import going_to

# Dependents that open a clause of their own: their dates, places and tolls belong to that clause.
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "xcomp", "conj"}


def finite_beside_infinitive(verb: Token) -> Token | None:
    """The verb a finite verb is coordinated with where the parse hangs it on a to-infinitive ("urged the ELN to
    release its hostages and called on the United States to back the talks", parsed "release ... and called"): a
    past or present verb with no auxiliary or subject of its own cannot be coordinated with an infinitive (an object's
    or a purpose's: "marched to City Hall to show solidarity and wrote a letter"), so it goes with the finite verb the
    infinitive depends on, whose subject it shares (clz)."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or head.tag_ != "VB" \
            or head.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                              for c in head.children) \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    matrix = head.head
    return matrix if matrix.tag_ in ("VBD", "VBZ", "VBP") and matrix.i != head.i else None


def _redressed(token: Token, lex: Lexicon) -> bool:
    """Whether a definite event noun is what an inquiry or redress asked for is about, so took place whatever the
    mode of the asking: "called for an inquiry into the killing of 223 villagers", "demanded justice for the killing",
    "urged the government to investigate the massacre" (plover.yaml ``redress_verbs``, ``redress_nouns``) (r39)."""
    if token.pos_ != "NOUN" or not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these",
                                                                                 "those", "its", "their")
                                       for c in token.children):
        return False
    head = token.head
    if token.dep_ == "dobj":
        return head.pos_ == "VERB" and head.lemma_.lower() in lex.redress_verbs
    if token.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in ("into", "for", "over", "of", "about"):
        return False
    owner = head.head  # "an inquiry into the killing"; "demanded justice for the killing" ("for" on the verb)
    return owner.pos_ == "NOUN" and owner.lemma_.lower() in lex.redress_nouns or owner.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.redress_nouns for c in owner.children)


def _object_controlled(verb: Token) -> bool:
    """Whether a verb is a to-infinitive whose doer is its head's object: "ordered the ambassador to leave", "urged
    the parties to talk". A participle set off after it by a comma tells what the head's subject did ("ordered the
    ambassador to leave, accusing Paris of interfering": the junta accused), not the infinitive's doer (r39)."""
    return verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(
        c.dep_ == "dobj" for c in verb.head.children)


def _imperative(token: Token) -> bool:
    """A verb of a command: the root of its sentence in the base form with no subject and no auxiliary ("Please
    oppose it.", "Fly with the crows and get shot.", "Release the hostages now"), or a verb coordinated with one that
    has no subject of its own. What a command names is asked for or threatened, not done (PLOVER, Auxiliary modes:
    only acts that took place are events; the command is a REQUEST or THREATEN by its speaker)."""
    t = token
    while t.dep_ == "conj" and t.head.i != t.i and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
        t = t.head
    # the command may be quoted: '"Please reject the referendum," the leader told his supporters' (the quoted
    # clause opens the sentence)
    opens = t.dep_ == "ROOT" or t.dep_ in ("ccomp", "parataxis", "advcl") and all(
        w.is_punct or w.pos_ in ("INTJ", "SPACE") or w.lower_ == "please" for w in t.sent[:t.i - t.sent.start])
    return opens and t.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") or c.dep_ in ("aux", "auxpass") and c.lower_ not in (
            "do", "don't", "get") for c in t.children)


def _polar_question(verb: Token) -> bool:
    """A verb of a yes-no question: its clause opens with an auxiliary before its subject ("Did the army shell the
    village?", "Has Russia withdrawn its troops?") and its sentence ends with a question mark. What it asks about is
    not told as done (PLOVER, Auxiliary modes: only acts that took place are events). A wh-question ("Why did the
    junta arrest the journalists?") takes its act as given and stays."""
    t = verb
    while t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
        t = t.head
    subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    aux = next((c for c in t.children if c.dep_ in ("aux", "auxpass") and c.i < t.i), None)
    if subject is None or aux is None or aux.i > subject.i:
        return False
    sent = t.sent
    last = next((w for w in reversed(sent) if not (w.is_space or w.is_quote or w.text in ("»", "’"))), None)
    if last is None or last.text != "?":
        return False
    return not any(w.tag_ in ("WDT", "WP", "WP$", "WRB") for w in sent[:aux.i - sent.start])


class SentenceFactuality:
    """Whether an act is told as real: the factuality tests of ``event_sentence.Sentence``, mixed into it."""

    if TYPE_CHECKING:  # what these methods read of ``Sentence``
        lex: Lexicon

    # --- reality: negated, hypothetical, planned or merely said clauses are not events ---
    def asserted(self, token: Token) -> bool:
        lex = self.lex
        if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in lex.nonspecific_dets for c in token.children):
            return False  # "warned Israel against any attack", "denied any role": no act that took place (h37)
        if _redressed(token, lex):
            return True  # "called for an inquiry into the killing of 223 villagers": the killing took place (r39)
        # A coordinated verb in its head's form, with no auxiliary of its own, shares its head's: "we will
        # identify, arrest and put before the courts", "did not attack or loot" (PLOVER, Auxiliary modes: planned
        # and negated acts); "did not mean to kill him and stabbed him" has a tense of its own
        shared = token.head if token.dep_ == "conj" and token.pos_ == "VERB" and token.tag_ == token.head.tag_ \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in token.children) else None
        while shared is not None and shared.dep_ == "conj" and shared.head.tag_ == token.tag_ and not any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in shared.children):
            shared = shared.head  # "will surround, search and raid": up the list to the verb that has them
        if token.dep_ == "conj" and token.tag_ == "VB" and token.head.tag_ in ("VBD", "VBZ", "VBN", "VBG") and not any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in token.children):
            # a bare verb hung on a finite one goes with the infinitive before it: "plotted to execute a soldier and
            # then attack a police station" plans both (PLOVER, Auxiliary modes) (k37)
            infinitive = next((c for c in reversed(list(token.head.subtree)) if c.dep_ == "xcomp" and c.tag_ == "VB"
                               and c.i < token.i), None)  # also deeper: "admitted to having plotted to execute
            if infinitive is not None and not self.asserted(infinitive):
                return False
        if (matrix := finite_beside_infinitive(token)) is not None:
            return self.asserted(matrix)  # "urged the ELN to release its hostages and called on the US ...": as the
            # verb the infinitive hangs on (the parse's "release ... and called")
        for t in filter(None, (token, self.governor(token), shared)):
            for c in t.children:
                if (c.dep_ == "neg" or c.dep_ in ("advmod", "det", "preconj") and c.lower_ in lex.negation
                        or c.dep_ == "aux" and c.lower_ in lex.modals
                        or c.dep_ == "mark" and c.lower_ in lex.conditional
                        # a condition told by inversion: "Had the army attacked, ...", "Should the rebels attack"
                        or t.dep_ == "advcl" and c.dep_ == "aux" and c.lower_ in lex.inverted_conditionals
                        and any(s.dep_ in ("nsubj", "nsubjpass") and c.i < s.i < t.i for s in t.children)
                        # the consequent of a condition told first: "If you ask its leaders, donation is supported";
                        # not one that follows, which is often a threat's own ("will strike unless ...")
                        or c.dep_ == "advcl" and c.i < t.i and any(
                            g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
                        # "No US personnel were killed": the negation sits on the subject.
                        or c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in lex.negative_subjects or any(
                            d.dep_ == "det" and d.lower_ in ("no", "neither") for d in c.children)
                            # "Neither the army nor the RSF attended": the list's "neither" hangs on its first
                            # party (PLOVER, Auxiliary modes: negated acts are no events) (neg)
                            or any(d.dep_ == "preconj" and d.lower_ == "neither" for d in c.children))):
                    return False
            if t.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < t.i for c in t.head.children) \
                    and t.pos_ in ("VERB", "AUX"):
                return False  # "did not attack the village, nor did it shell the market": "nor" negates the verb
                # it joins (neg)
        if _imperative(token) or _polar_question(self.governor(token) or token) or self.habit(
                self.governor(token) or token):
            return False
        # A to-infinitive or complement is done only under a verb that says it was ("began to pay"); a noun that
        # is a clause's subject is as real as the clause ("denied an agreement had been reached").
        if token.dep_ == "nsubjpass" and token.pos_ == "NOUN" and token.head.lemma_.lower() in (
                lex.planning | lex.irrealis | lex.scheduling):
            return False  # "Talks are planned for next week", "a meeting is expected", "scheduled": to come (c36)
        if token.dep_ == "nsubj" and token.pos_ == "NOUN" and any(
                c.dep_ == "acomp" and c.lemma_.lower() in lex.scheduling for c in token.head.children):
            return False  # "A summit is due to take place next month": to come (c36)
        t = self.governor(token) or token if token.dep_ in ("nsubj", "nsubjpass") else token
        setting = set_in(token, lex) if token.pos_ == "NOUN" else None
        while t.dep_ in CLAUSE_DEPS | {"pcomp", "pobj", "dobj", "prep"} and t.head.i != t.i:
            if t.dep_ == "prep" and t.lower_ in TIME_PREPS:
                break  # "Since meeting the mayor in Paris, she has helped ...": a time told, as real as its clause
            if setting is not None and t.dep_ == "prep" and t.head.i == setting.i:
                break  # "agreed in a phone call": the call is the setting of what was agreed, as real as its verb
            if any(c.dep_ == "advmod" and c.lower_ in lex.alternatives for c in t.children) and (
                    t.dep_ == "prep" or any(c.dep_ == "mark" and c.lower_ == "than" for c in t.children)):
                return False  # "Instead of withdrawing", "Rather than negotiate": the act not taken
            head = t.head
            if t.dep_ in ("pcomp", "pobj") and head.lower_ == "without" and head.dep_ == "prep":
                return False  # "left without arresting anyone", "withdrew without a fight": the act not done (neg)
            noun = head if t.dep_ == "acl" else head.head if t.dep_ in ("pobj", "pcomp") and head.lower_ == "of" \
                else None
            if noun is not None and noun.lemma_.lower() in lex.hearsay_nouns and noun.dep_ == "dobj" \
                    and noun.head.lemma_.lower() in lex.denial_verbs:
                return False  # "denied claims that they had attacked a tanker", "denied reports of an attack" (m39)
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) or t.dep_ == "xcomp"
            if infinitive and going_to(t):
                return False  # "is going to ignore the demand": a future act, no refusal yet (PLOVER, Auxiliary
                # modes; docs/annotation.md: future acts other than cooperation and retreats are no events) (v40)
            if head.lemma_.lower() in lex.realizing or head.lemma_.lower() in lex.report and any(
                    c.dep_ == "aux" and c.lower_ == "have" for c in t.children):
                # "began to pay" is as real as "began": "promised to resume talks" is not done yet; a perfect
                # infinitive under a report is reported as done ("were reported to have been seized")
                if head.lemma_.lower() in lex.realizing and any(
                        c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in lex.modals
                        and lex.verbs.get(token.lemma_.lower()) not in lex.voiced_stances for c in head.children):
                    return False  # "will continue to shell Kharkiv", "did not begin to withdraw": as unreal as its
                    # head (PLOVER, Auxiliary modes); "we will continue to call for a transition" voices the call
                    # in saying so (voiced_stances) (u37)
                t = head
                continue
            if head.lemma_.lower() in lex.irrealis and (infinitive or t.dep_ in ("ccomp", "pobj", "pcomp", "prep")):
                return False
            if t.i == token.i and subjunctive(t):
                return False  # "insisted that the ELN release all hostages": asked for, not done (h37)
            if t.dep_ == "ccomp" and any(c.dep_ == "acomp" and c.lemma_.lower() in lex.necessity
                                         for c in head.children):
                return False  # "It is vital that all parties withdraw": asked for, not done (PLOVER, Auxiliary modes)
            if t.i == token.i and t.dep_ == "dobj" and t.pos_ == "NOUN" and lex.verbs.get(
                    head.lemma_.lower()) in ("REQUEST", "THREATEN"):
                return False  # "demanded the resignation", "urged talks", "threatened a strike": asked, not done
            if t.i == token.i and t.dep_ == "dobj" and t.pos_ == "NOUN" and head.lemma_.lower() in lex.planning:
                return False  # "planned an attack", "contemplated a hunger strike": thought of, not done
            if infinitive and t.dep_ in ("acl", "relcl", "advcl"):
                return False  # purpose: "an operation to retake Mosul", "a bill to sanction"
            if infinitive and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                return False  # a to-infinitive is done only under a verb that says it was: "discussed ... to free"
            if t.dep_ == "advcl" and t.tag_ == "VBG" and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children) and head.pos_ in ("VERB", "AUX"):
                # a participle adjunct is told in its head's mode: "will have to pursue a slower approach,
                # negotiating deals one by one" is ahead as its head is (PLOVER, Auxiliary modes; c36)
                if _object_controlled(head) and t.i > 0 and t.doc[t.i - 1].lower_ == ",":
                    return self.asserted(head.head)  # "ordered the envoy to leave, accusing Paris of ...": the
                    # parse hangs the comma-set participle on the infinitive; its doer is the one who ordered (r39)
                return self.asserted(head)
            if t.dep_ not in ("pobj", "pcomp", "conj", "prep", "dobj"):
                break  # an object is as real as its verb: "allows them to provide support" is not done
            t = head
        return True

    def habit(self, verb: Token) -> bool:
        """A verb in the simple present with an adverb of frequency ("Rebels usually demand ransom", "Governments
        routinely condemn such attacks", "The council meets every month"): a habit or a general truth, no act that
        took place (PLOVER: events are acts; docs/annotation.md, One event or several: a summary of many acts is
        not a new event). A past habit ("used to", "would often") is already a modal's or an aspectual verb's."""
        while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head
        lex = self.lex
        if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children) \
                and any(c.dep_ == "advmod" and c.lower_ in lex.frequency for c in verb.children):
            return True  # "Zelensky has regularly met Western leaders": a stretch of acts, no one occurrence (c36)
        # the parse may hang a progressive's verb on its "be": "the teenagers are, for the most part, breaking into
        # houses" ("breaking" an adverbial clause of "are")
        frame = verb.head if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.lemma_.lower() == "be" and \
            not any(c.dep_ == "aux" for c in verb.children) else verb
        if verb.tag_ == "VBG" and (frame is not verb or any(c.dep_ == "aux" and c.lemma_.lower() == "be"
                                                            for c in verb.children)) and any(
                c.dep_ == "advmod" and c.lower_ in lex.frequency or c.dep_ in ("prep", "npadvmod") and any(
                    g.lower_ == "most" for g in c.subtree) and any(g.lemma_.lower() in lex.generalizing_nouns
                                                                   for g in c.subtree)
                for t in {verb, frame} for c in t.children):
            return True  # "are, for the most part, breaking into homes", "Most of the time, the militias are
            # kidnapping farmers", "are usually targeting drivers": a habit told in the progressive (gnp)
        if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False
        return any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in lex.frequency
                   or c.dep_ == "npadvmod" and c.lemma_.lower() in lex.frequency_units and any(
                       d.dep_ == "det" and d.lower_ == "every" for d in c.children)
                   for c in verb.children)

    def governor(self, token: Token) -> Token | None:
        """The verb whose clause a noun trigger sits in ("a rocket attack ... killed": killed)."""
        if token.pos_ in ("VERB", "AUX"):
            return None
        t = token
        while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
            t = t.head
        return t if t.pos_ in ("VERB", "AUX") else None
