"""Future cooperation and concessions, coded as the manual says rather than dropped.

PLOVER codes a promise by its kind, not by the act promised: future CONSULT, SUPPORT, COOPERATE or AID is AGREE
("Japan will provide aid", "promised to resume talks" — *AGREE*, *CONSULT*, *COOPERATE*, *AID*), and an announced
future RETREAT is CONCEDE ("announced it would withdraw its troops" — *CONCEDE*, *RETREAT*). A clause counts as
promised when its verb (or the verb a noun trigger sits in) carries a future modal ("will", "would" under a verb of
saying), or is the complement of a verb of promising ("pledged to send"), and is neither negated nor conditional.
Lexicon: plover.yaml ``promised_as`` (type -> coded type), ``future_modals``, ``promise_heads``; an act one is
"ready" or "willing" to do is offered (``willing_heads``). A hostile act vowed ("pledged to attack", "promised to
arrest the organizers") is a THREATEN, as "vowed to" is (PLOVER THREATEN: coercive or forceful warnings;
docs/annotation.md: a promised retaliation): ``vowed_as``, under ``vow_heads`` only (a future modal alone tells a
plan, "will strike", not a threat). An act of force its own actor says it will do ("The Houthis said they would
attack any American warship", "we will identify, arrest and put before the courts") is a THREATEN, a conditional one
too (PLOVER, Auxiliary modes: THREATEN is ASSAULT + hypothetical); another's forecast is none. A future charge
("will face the same charges", "will be charged by the county") is the charge announced, ACCUSE (docs/annotation.md,
*Police and courts*): ``announced_as``, ``announced_by_speaker`` (fut).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from ..knowledge import word_set


class Promises:
    def __init__(self, lexicon: dict[str, Any]) -> None:
        self.coded_as = {str(k): str(v) for k, v in lexicon.get("promised_as", {}).items()}
        self.modals, self.heads = word_set(lexicon, "future_modals"), word_set(lexicon, "promise_heads")
        self.negation, self.conditional = word_set(lexicon, "negation"), word_set(lexicon, "conditional_marks")
        self.vowed_as = {str(k): str(v) for k, v in lexicon.get("vowed_as", {}).items()}
        self.vows = word_set(lexicon, "vow_heads")
        self.nouns, self.noun_heads = word_set(lexicon, "promise_nouns"), word_set(lexicon, "promise_noun_heads")
        self.aspectual = word_set(lexicon, "aspectual_verbs")
        self.prediction = word_set(lexicon, "prediction_verbs")
        self.observers = word_set(lexicon, "observer_quantifiers")
        self.willing, self.said = word_set(lexicon, "willing_heads"), word_set(lexicon, "report_verbs")
        self.announced_as = {str(k): str(v) for k, v in lexicon.get("announced_as", {}).items()}
        self.by_speaker = {str(t) for t in lexicon.get("announced_by_speaker") or ()}
        self.first_person = word_set(lexicon, "first_person_pronouns")
        self.guesses = word_set(lexicon, "forecast_adverbs")
        self.doing = word_set(lexicon, "light_verbs") | word_set(lexicon, "undergo_verbs")

    def _denied(self, word: Token) -> bool:
        """Whether a word is negated by a word of its own: "will not send", "never pledged"."""
        return any(c.dep_ == "neg" or c.lower_ in self.negation and c.dep_ in ("advmod", "det", "preconj")
                   for c in word.children)

    def _conditioned(self, word: Token) -> bool:
        """Whether a word's clause is a condition: "if they enter", "unless"."""
        return any(c.dep_ == "mark" and c.lower_ in self.conditional for c in word.children)

    def announced(self, event_type: str, token: Token, governor: Token | None) -> str | None:
        """THREATEN for an act of force its own actor says it will do, ACCUSE for a charge told as coming, else None.

        The act's verb (or the light verb whose object a noun trigger is, or the verb a list of acts hangs on: "will
        identify, arrest and put before the courts") carries "will", or "would" as the future of a clause a verb of
        saying reports; neither it nor that verb is negated, no adverb makes it a guess, and it is no verb of
        forecast's clause ("Analysts expect the army will attack"). A threat is its subject's own: "we", or the
        reported clause's subject is the speaker (a pronoun, the speaker's own head word, "its forces"); a condition
        leaves a threat a threat ("would attack if they entered Rafah") but makes a charge conditional, no charge.
        Of an ACCUSE the events stage keeps a charge (mode `allege`) only: "would condemn" is no censure yet."""
        coded = self.announced_as.get(event_type)
        if coded is None:
            return None
        if governor is not None and not (token.dep_ == "dobj" and token.head.i == governor.i
                                         and governor.lemma_.lower() in self.doing):
            return None  # "said he would condemn the attack": the noun is what the verb speaks of, not its act;
            # "would launch an attack", "will face charges" carry it out or undergo it (light_verbs, undergo_verbs)
        verb = governor or token
        while verb.dep_ == "conj" and not any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head  # "will identify, arrest and put": the list's verbs share its first one's future
        speaker = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.said else None
        told = [t for t in (token, verb, speaker) if t is not None]
        if any(self._denied(t) for t in told):
            return None
        if event_type not in self.by_speaker and any(self._conditioned(t) for t in told):
            return None  # a condition leaves a threat a threat, but a charge "if ..." is none yet
        if any(c.dep_ == "advmod" and c.lower_ in self.guesses for t in (token, verb) for c in t.children):
            return None  # "would probably face charges": a guess at the future (forecast_adverbs)
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.prediction:
            return None  # "Analysts expect the army will attack": a forecast
        modal = next((c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in self.modals), None)
        if modal is None or (modal == "would" and speaker is None):
            return None
        if event_type not in self.by_speaker:
            return coded
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        if subject.lower_ in self.first_person:
            return coded  # "we will hunt down the killers": the quoted speaker's own
        said_by = next((c for c in speaker.children if c.dep_ == "nsubj"), None) if speaker is not None else None
        if said_by is None:
            return None
        own = subject.pos_ == "PRON" and subject.lower_ != "you" or subject.lemma_.lower() == said_by.lemma_.lower() \
            or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children)  # "its forces would strike"
        return coded if own else None

    def coded_type(self, event_type: str, token: Token, governor: Token | None) -> str | None:
        """AGREE or CONCEDE where the trigger's clause is a promise of that type's act, else None."""
        vowed = self.vowed_as.get(event_type)
        coded = self.coded_as.get(event_type) or vowed
        if coded is None:
            return None
        verb = governor or token
        if any(self._denied(t) or self._conditioned(t) for t in (token, verb)):
            return None
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.prediction and _observers(
                verb.head, self.observers):
            return None  # "Analysts doubt that Russia will suspend its offensive": a forecast, no promise (v40)
        # "will continue to provide aid": the future of the verb of aspect the act goes on under (u37)
        modal_verb = verb
        while modal_verb.dep_ == "xcomp" and modal_verb.head.lemma_.lower() in self.aspectual:
            modal_verb = modal_verb.head
        if not vowed and going_to(modal_verb):
            return coded  # "is going to send aid": the future told by "be going to" (v40)
        for c in modal_verb.children:  # "will send"; "would" only as the future of a reported clause ("said it would")
            if not vowed and c.dep_ == "aux" and c.lower_ in self.modals and (
                    c.lower_ != "would" or modal_verb.dep_ == "ccomp"):
                return coded
        if not vowed and verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children) and any(
                c.dep_ == "aux" and c.lower_ in self.modals and c.lower_ != "would" for c in verb.head.children):
            return coded  # "will travel to Khartoum, meeting the army chief": a participle told in its head's future
        if not vowed and verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.lemma_.lower() in \
                self.willing and _offered(verb.head.head, self.said):
            return coded  # "We are ready to work with the state": willingness to cooperate (PLOVER AGREE) (gp)
        if not vowed and verb.dep_ == "acl" and verb.head.lemma_.lower() in self.nouns and \
                verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() in self.noun_heads:
            return coded  # "announced plans to withdraw": a plan announced (PLOVER CONCEDE) (j36)
        t = verb
        while t.dep_ in ("xcomp", "ccomp", "conj", "pcomp") and t.head.i != t.i:
            if t.dep_ == "pcomp":  # "committed to funding the reconstruction": the "to" of a promise (u37)
                if t.head.dep_ != "prep" or t.head.lower_ != "to" or t.head.head.lemma_.lower() not in (
                        self.vows if vowed else self.heads):
                    break
                return coded
            if t.head.lemma_.lower() in (self.vows if vowed else self.heads):
                return coded
            # "pledged to continue providing aid", "vowed to keep supporting Kyiv": the promise reaches through a
            # verb of aspect to the act it goes on with (u37)
            if t.dep_ != "conj" and not (t.dep_ == "xcomp" and t.head.lemma_.lower() in self.aspectual):
                break
            t = t.head
        return None


def _offered(be: Token, said: set[str]) -> bool:
    """Whether a readiness ("are ready to ...") is its subject's own offer: the sentence's main clause, or what a verb
    of saying at its root reports; not negated, and not a readiness another clause judges or frames ("shows that
    both parties are ready", "in areas where terrorists say they are ready") (gp)."""
    if any(c.dep_ == "neg" for t in (be, *(c for c in be.children if c.dep_ == "acomp")) for c in t.children):
        return False
    return be.dep_ == "ROOT" or be.dep_ == "ccomp" and be.head.dep_ == "ROOT" and be.head.lemma_.lower() in said


def going_to(verb: Token) -> bool:
    """Whether an infinitive is the future told by "be going to": "is going to ignore the demand", "are going to
    send troops" (the head "going", a present participle with a form of "be"); "went on to attack" is past (v40)."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() == "go" and head.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "be" for c in head.children)


def _observers(head: Token, quantifiers: set[str]) -> bool:
    """Whether the subject of a verb of belief or forecast is unnamed observers, no party to the act it expects:
    a plural common noun or a quantifier ("Analysts doubt", "Officials expect", "Many believe": plover.yaml
    ``observer_quantifiers``). A named speaker or a pronoun for one ("Erdogan said he believes Turkey will help
    rebuild Syria") tells its own side's willingness (PLOVER AGREE: "indicate willingness to cooperate") (v40)."""
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.tag_ == "NNS" or subject.lower_ in quantifiers)
