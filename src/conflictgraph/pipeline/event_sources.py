"""Who did an event's act: the source of a trigger, its stance, its judge and its cause."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..knowledge import builtin_lexicon, word_set
from ..model import Mention
from . import DocContext
from .event_forms import TIME_PREPS, noun_agent, stray_subject
from .event_inquiries import court_appearance, on_trial
from .event_lexicon import Lexicon
from .event_light_nouns import NOT_DOERS, light_head, participated, set_in, told_by
from .event_parties import (
    behind,
    claimed_by,
    possessive_antecedent,
    reported_participle,
    speaker_of_conjunct,
    undergone_by,
)
from .event_statements import claimed_innocence, stated_stance
from .event_types import trigger_type
from .identified import PERSON_PRONOUNS
from .place_names import dateline_span

DOCUMENTS = word_set(builtin_lexicon("speech"), "document_words")  # "a report", "a letter": what an author writes
# spaCy's entity labels of what cannot act or speak: a date, a time, an amount
MUTE_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"}


def _object_agent(noun: Token) -> Token | None:
    """The "by" phrase an event noun's "of" object carries, where the parser hangs the noun's agent: "the targeting of
    hospitals by Russian aircraft", "the release of hostages by Hamas" (PLOVER actor: who carried the act out) (n35).
    Not a participle's agent ("a town held by rebels"), nor a date or an amount ("by Monday")."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for obj in (g for g in c.children if g.dep_ == "pobj"):
                for by in (b for b in obj.children if b.dep_ == "prep" and b.lower_ == "by"):
                    return next((g for g in by.children if g.dep_ == "pobj" and not g.like_num
                                 and g.ent_type_ not in NOT_DOERS), None)
    return None


class SentenceSources:
    """Who did the act: the source lookups of ``event_sentence.Sentence``, mixed into it."""

    if TYPE_CHECKING:  # what these methods read of ``Sentence``
        ctx: DocContext
        lex: Lexicon
        by_token: dict[int, Mention]
        def actor_in(self, head: Token | None) -> str | None: ...
        def adverbial_of(self, token: Token) -> Token | None: ...
        def antecedent(self, token: Token) -> Token: ...
        def at_hands_of(self, token: Token) -> Token | None: ...
        def course_agent(self, verb: Token) -> Token | None: ...
        def court_of(self, verb: Token) -> Token | None: ...
        def names_actor(self, token: Token) -> bool: ...
        def part_taker(self, token: Token) -> Token | None: ...
        def passive_partner(self, verb: Token) -> Token | None: ...
        def possessor_subject(self, token: Token) -> Token | None: ...

    def stance(self, token: Token) -> tuple[Token | None, list[Token]] | None:
        """Who feels a stance and what it is about, for a word of feeling that is a statement's act ("I am appalled
        by the attack", "The Council is encouraged by the decision of X", "deeply concerned and shocked by reports
        that ISIL has killed ..."): the subject is the one who feels it, PLOVER's actor; the "by" of such a
        participle names its cause, not a doer (PLOVER ACCUSE/SUPPORT: the recipient is whom the disapproval or
        praise is about). None for any other word."""
        if token.lower_ not in self.lex.stance or not stated_stance(self, token):
            return None
        chain = [token]
        while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i:
            chain.append(chain[-1].head)  # "concerned and shocked by": the first predicate holds the subject
        verb = chain[-1].head if chain[-1].dep_ == "acomp" else chain[-1]
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        causes = [g for t in chain + [c for c in chain[-1].children if c.dep_ == "conj"] for c in t.children
                  if c.dep_ in ("prep", "agent") and c.lower_ in self.lex.stance_preps
                  for g in c.children if g.dep_ == "pobj"]
        return (None if subject is None else self.antecedent(subject)), causes

    def judge(self, token: Token) -> Token | None:
        """Who passes a judgement told as a predicate ("'It is unacceptable that the RSF shelled the hospital,' said
        X"; "the truce is welcome, the minister said"): the speaker of the statement it is reported in, PLOVER's
        actor of the ACCUSE or SUPPORT (docs/annotation.md, *Actor and recipient*: statements by their maker). The
        predicate's own subject judges nothing ("it", the act judged); a judgement no one is reported to make (the
        article's own voice) has no actor here."""
        if token.lower_ not in self.lex.judgement or token.dep_ != "acomp":
            return None
        clause = token.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ not in ("ccomp", "parataxis") or clause.head.lemma_.lower() not in self.lex.report:
            return None
        speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        return None if speaker is None else self.antecedent(speaker)

    def judged_doer(self, token: Token) -> Token | None:
        """Whom an extraposed judgement is about: the doer of the act its "that" clause tells ("It is unacceptable
        that the RSF shelled the hospital": the RSF), PLOVER's recipient of the ACCUSE or SUPPORT. Only an active
        subject that names an actor ("that the UN has not been given access" names no one who denied it)."""
        if token.lower_ not in self.lex.judgement or token.dep_ != "acomp" or not any(
                c.dep_ == "nsubj" and c.lower_ == "it" for c in token.head.children):
            return None
        for clause in (c for t in (token, token.head) for c in t.children if c.dep_ == "ccomp"):
            subject = next((g for g in clause.children if g.dep_ == "nsubj"), None)
            if subject is not None and self.actor_in(subject) is not None:
                return subject
        return None

    def cause_doer(self, cause: Token) -> Token | None:
        """Whom a stance's cause points at: a party named as the cause ("critical of the junta"), the doer of an
        act ("the attack by Assad's regime", "the decision of President X to ..."), the subject of what a report
        says ("reports that ISIL has killed 70")."""
        if self.names_actor(cause) or cause.lower_ in PERSON_PRONOUNS:
            return cause  # "critical of the junta", "critical of him" (the person named before: ``actor_in``)
        for clause in (c for c in cause.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                       and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)):
            subject = next((g for g in clause.children if g.dep_ == "nsubj"), None)
            if subject is not None and subject.tag_ not in ("WP", "WDT") and self.actor_in(subject) is not None:
                return subject  # "reports that ISIL has killed": not "the attack that killed 20"
        if self.lex.nouns.get(cause.lemma_.lower()) is not None or trigger_type(self, cause) is not None:
            doer = self.source(cause)
            if doer is not None:
                return doer
        for prep in (c for c in cause.children if c.dep_ == "prep" and c.lower_ == "of"):
            for noun in (g for g in prep.children if g.dep_ == "pobj"):
                if self.names_actor(noun):
                    return noun  # "the decision of Iraqi President Fuad Masum to nominate ...": his decision
        return noun_agent(cause, self.lex.said)

    def filed(self, token: Token) -> bool:
        """Whether a token is in the article's dateline, which the parser may make a subject ("MEXICO CITY, Jan 15
        (Reuters) - Gunmen opened fire": "CITY" and "Gunmen" both subjects of "opened"): where the report was filed,
        no one's act (p39)."""
        span = dateline_span(self.ctx.document.text)
        return span is not None and span[0] <= token.idx < span[1]

    def source(self, token: Token, depth: int = 0) -> Token | None:
        """The head of the phrase that says who acted, through passives, participles and light verbs."""
        if (sides := self.stance(token)) is not None:
            return sides[0]
        if (judge := self.judge(token)) is not None:
            return judge
        if (court := court_appearance(token, self.lex)) is not None:
            return court if self.actor_in(court) else None  # the court arraigns; the suspect only appears (a39)
        if (doer := behind(token, self.lex.said)) is not None:
            return self.antecedent(doer)  # "Al-Shabaab said it was behind the bombing"; no third party's word
        if (claimer := claimed_by(token)) is not None:
            return self.antecedent(claimer)  # "JNIM claimed the attack", "..., for which X claimed responsibility"
        if token.lower_ in self.lex.innocence_words and claimed_innocence(token, self.lex):
            # "X told the tribunal that he was innocent": the speaker denies his guilt (sup)
            speaker = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
            return self.antecedent(speaker) if speaker is not None else None
        children = list(token.children)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
        passive = passive or token.lemma_.lower() in self.lex.undergo  # "X faces charges": X is charged
        passive = passive or on_trial(token, self.lex)  # "X stood trial": X is tried (acc)
        for c in children:
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("by", "from") and token.pos_ == "NOUN"
                                     and not (c.lower_ == "from" and token.lemma_.lower() in self.lex.departures)):
                return next((g for g in c.children if g.dep_ == "pobj"), None)
            if c.dep_ == "nsubj" and not passive and not self.filed(c):
                noun = token.head if token.dep_ == "relcl" and c.tag_ in ("WP", "WDT") else None
                if noun is not None and noun.dep_ == "pobj" and depth < 4 \
                        and noun.head.head.lemma_.lower() == "responsibility":
                    # "X claimed responsibility for a bomb that killed 10": a claim of responsibility makes the
                    # actor (docs/annotation.md, Actor and recipient)
                    return self.source(noun.head.head.head, depth + 1)
                return self.antecedent(c)
            if c.dep_ == "acl" and c.lemma_.lower() in ("blame", "claim", "attribute"):
                # "an attack, widely blamed on Kataib Hezbollah"
                prep = next((g for g in c.children if g.dep_ in ("prep", "agent")), None)
                if prep is not None:
                    return next((g for g in prep.children if g.dep_ == "pobj"), None)
        if token.pos_ == "NOUN":
            if token.dep_ == "pobj" and token.head.head.lemma_.lower() == "responsibility":
                return self.source(token.head.head.head, depth + 1)  # "X claimed responsibility for the attack"
            meeting = (self.lex.nouns.get(token.lemma_.lower()) or self.lex.nouns.get(token.lower_)) == "CONSULT"
            if depth < 4 and meeting and (took_part := participated(token, self.lex)) is not None:
                return self.source(took_part, depth + 1)  # "the ELN participated in talks": the ELN met (n35)
            if depth < 4 and (setting := set_in(token, self.lex)) is not None:
                return self.source(setting, depth + 1)  # "Erdogan agreed in a phone call": Erdogan called (c36)
            if (doer := _object_agent(token)) is not None:
                return doer  # "the targeting of hospitals by Russian aircraft", the parser hanging "by" on the object
            carrier_verb = token.head.lemma_.lower()
            if token.dep_ == "nsubjpass" and not (meeting and carrier_verb in self.lex.mediating) and (
                    carrier_verb in self.lex.light_verbs or carrier_verb in self.lex.realized_by
                    or carrier_verb == "claim"):
                # "the attack was carried out by X", "The attack ... was claimed by JNIM" (annotation.md: a claim of
                # responsibility makes the actor)
                agent = next((c for c in token.head.children if c.dep_ == "agent"), None)
                if agent is not None:
                    return next((g for g in agent.children if g.dep_ == "pobj"), None)
            clause = told_by(token)
            if clause is not None and clause.dep_ in ("relcl", "acl") and depth < 4 \
                    and clause.lemma_.lower() in self.lex.light_verbs:
                # "the offensive that the army launched", "the sanctions imposed on Russia by the EU": the army's, the
                # EU's (never the participle's "on" party, whom the act is aimed at)
                return self.source(clause, depth + 1)
            if (requester := self.adverbial_of(token)) is not None:
                return requester  # "at the urging of Reince Priebus", "at the request of Qatar"
            if token.dep_ == "pobj" and token.head.lower_ in ("at", "in") and depth < 4 \
                    and token.head.head.pos_ == "VERB" and token.head.head.lemma_.lower() in self.lex.assembling:
                return self.source(token.head.head, depth + 1)  # "1,000 people gathered at a rally": they rallied
            made = self.lex.realized_by | self.lex.declare_verbs  # "the deal mediated by", "the truce declared by"
            # "talks mediated by the UAE": the mediator stands apart, neither actor nor recipient (docs/annotation.md,
            # Meetings and visits: hosted by a third party) (c36)
            if (done_by := noun_agent(token, self.lex.said - made | (self.lex.mediating if meeting else set()))) \
                    is not None:
                return done_by  # "an operation executed by coalition forces", "the attack, for which X claimed ..."
            if not undergone_by(token, self.lex) and (owner := possessive_antecedent(token)) is not None \
                    and self.actor_in(owner) is not None:
                return owner  # "the UN Board of Inquiry's summary of its investigation": the Board's (issue 11, src)
            if (owner := self.possessor_subject(token)) is not None:
                return owner  # "the Marines began their assault", "the EU is united in its condemnation"
            if (taker := self.part_taker(token)) is not None:
                return taker  # "Russia's role in the bombardment", "played a key role in delivering aid"
            mods = [c for c in children if c.i < token.i and c.dep_ in ("compound", "amod", "nmod", "poss")
                    and c not in undergone_by(token, self.lex)]
            for c in mods:  # "a US drone strike", "Iran's attack"; not "his arrest" (``undergone_by``)
                if self.actor_in(c) is not None:
                    return c
            if token.lemma_.lower() in self.lex.subject_of_nouns or token.lower_ in self.lex.subject_of_nouns:
                # "the withdrawal of French troops from Mali", "the resignation of the prime minister": who withdrew,
                # who resigned (PLOVER actor), the noun of an intransitive verb (nom)
                of = next((g for c in children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                           if g.dep_ == "pobj"), None)
                if of is not None and self.actor_in(of) is not None:
                    return of
            if token.dep_ == "dobj" and token.head.lemma_.lower() in self.lex.reactions:
                # "the raid drew criticism from rights groups": the critics voice it, not the raid's doer (a39)
                return next((g for h in (token.head, token) for p in h.children if p.dep_ == "prep"
                             and p.lower_ in self.lex.reaction_preps for g in p.children if g.dep_ == "pobj"), None)
            if depth < 4 and token.dep_ == "dobj" and token.lemma_.lower() in DOCUMENTS \
                    and token.head.pos_ == "VERB" and token.head.lemma_.lower() not in self.lex.receiving_verbs:
                # "Amnesty published a report accusing Israel", "MPs wrote a letter asking NATO": the document's
                # author acts in what a participle after it says, as the claims stage reads its speaker (speech.yaml
                # `document_words`); not a document received ("received a letter asking") (issue 11, src)
                return self.source(token.head, depth + 1)
            if token.dep_ == "dobj" and token.head.lemma_.lower() in self.lex.light_verbs or (
                    token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head.pos_ == "VERB") or (
                    token.dep_ == "dobj" and token.lemma_.lower() in self.lex.promise_nouns
                    and token.head.lemma_.lower() in self.lex.promise_noun_heads):
                # "the Houthis signalled willingness to join talks": who shows the willingness offers (PLOVER
                # AGREE: "indicate willingness"), as "expressed readiness" (a light verb) tells it (rcv)
                return self.source(token.head if token.dep_ == "dobj" else token.head.head, depth + 1)
            carrier = light_head(token)  # through a count: "She held a first round of talks"
            if carrier is not None and carrier.lemma_.lower() in self.lex.light_verbs and depth < 4:
                return self.source(carrier, depth + 1)
            if depth < 4 and (token.dep_ == "pobj" and token.head.lower_ in self.lex.strike_preps
                              and token.head.head.lemma_.lower() in self.lex.strike_going_verbs
                              or token.dep_ == "dobj" and token.head.lemma_.lower() in self.lex.starting_verbs):
                # "Kenyan doctors went on strike", "prisoners began a hunger strike", "students set up petitions": who
                # went on it, who began it (PLOVER PROTEST, REQUEST: the strikers, the petitioners are its actor) (rcx)
                return self.source(token.head.head if token.dep_ == "pobj" else token.head, depth + 1)
            return None
        if (hands := self.at_hands_of(token)) is not None:
            return hands  # "were killed at the hands of Assad and ISIL"
        if passive:
            # "before he was killed": a passive names its doer only with "by", never the main subject; a court's
            # act names the court ("was arraigned in Bantam Superior Court"); an act done in the course of another
            # names the other's doer ("was arrested during a series of raids by Montreal police")
            return self.court_of(token) or self.course_agent(token)
        if depth < 4 and token.dep_ == "acl" and token.tag_ != "VBN" and token.head.pos_ in ("NOUN", "PROPN"):
            # A verb that qualifies a noun acts through it: the body it names ("gunmen firing on the crowd"; a
            # finite verb the parser hung on its subject, "the rebels offered to evacuate"), else the doer of the
            # act the noun names ("gave a speech denouncing X", "Hamas's statement condemning X": who spoke)
            noun = token.head
            return noun if self.names_actor(noun) else self.source(noun, depth + 1)
        if depth < 4 and (speech := reported_participle(token, self.lex)) is not None:
            return self.source(speech, depth + 1)  # "X told AFP Y had borrowed paragraphs, describing it as ..."
        if token.dep_ == "conj" and (speaker := speaker_of_conjunct(token, self.lex, self.mute)) is not None:
            return self.antecedent(speaker)  # "police said the attack was carried out by the RSF and urged ..."
        if token.dep_ == "conj" and (stray := stray_subject(token)) is not None:
            return stray  # "Germany is Europe's biggest economy and the two leaders affirmed ...": the leaders
        if token.dep_ == "conj" and (shared := self.passive_partner(token)) is not None:
            return shared  # "We are concerned by reports and call on all parties": we call, not the reports
        if depth < 4 and token.dep_ == "acomp" and token.pos_ == "ADJ" and token.lemma_.lower() in self.lex.willing:
            return self.source(token.head, depth + 1)  # "the M23 is ready to negotiate": the one ready offers (rcv)
        if token.dep_ == "conj" and token.tag_ in ("VBD", "VBZ", "VBP") and token.head.pos_ in ("NOUN", "PROPN") \
                and token.head.dep_ == "ROOT":
            # "Hungary defied pressure from Brussels and vetoed the package", parsed with "pressure" as the root and
            # "defied" as its adjective: a finite verb conjoined to a noun shares the subject of the verb the parser
            # misread, never the noun's "from" or "by" party (PLOVER actor: the doer of the act) (bug)
            # ("Mali defied pressure from ECOWAS and ...": the parser may make the name the noun's modifier too)
            left = [c for c in token.head.children if c.i < token.head.i]
            misread = next((c for c in left if c.dep_ == "amod" and c.lower_.endswith("ed")), None)
            return next((self.antecedent(g) for c in left for g in (c, *c.children) if misread is not None
                         and g.i < misread.i and (g.dep_ == "nsubj" or g.dep_ in ("nmod", "compound")
                                                  and self.names_actor(g))), None)
        if depth < 4 and token.dep_ in ("xcomp", "advcl", "conj", "pcomp") and token.head.i != token.i:
            head = token.head.head if token.head.dep_ == "prep" else token.head
            if token.dep_ == "pcomp" and self.lex.verbs.get(head.lemma_.lower()) == "ACCUSE" \
                    and token.head.lower_ not in TIME_PREPS:
                # "the army accused the RSF of shelling a hospital": the accuser did not shell, and an
                # attribution does not make the accused the actor (annotation.md, Actor and recipient). A time
                # clause's participle is the main subject's own act ("After meeting Burhan, Lamamra criticised
                # the RSF": Lamamra met Burhan), as with any other main verb (issue 11, src)
                return None
            return self.source(head, depth + 1)
        return None

    def mute(self, token: Token) -> bool:
        """Whether a subject cannot speak: an act ("the attack"), a date or a number ("the past two months", "one"),
        where no actor mention covers it (``event_parties.speaker_of_conjunct``)."""
        mention = self.by_token.get(token.i)
        if (mention.type if mention is not None else token.ent_type_) in MUTE_ENTITIES:
            return True
        return mention is None and token.pos_ == "NOUN" and token.lemma_.lower() in self.lex.nouns
