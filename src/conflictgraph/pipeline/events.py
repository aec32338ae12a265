"""Find events in the text and code them in PLOVER, with source, target, date, place and toll."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from functools import partial

from spacy.tokens import Span, Token

from ..core.identity import agreement, merge_all
from ..gazetteer import Gazetteer
from ..knowledge import Knowledge, builtin_lexicon, word_set
from ..model import ACTOR_TYPES, Event, Evidence, Mention
from . import DocContext, factory, two_before
from .event_aid import relief_sent
from .event_blame import (
    alleged_party,
    answered_accuser,
    attributed_doer,
    attributed_to,
    blamed_on,
    blamed_party,
    characterization,
    condemned_act,
    deed_doer,
    quoted_judgement,
)
from .event_dates import (
    SentenceDates,
    coordinated_acts,
    scene_date,
    share_dates,
    undated_by_other_act,
)
from .event_demands import (
    FIRST_PERSON,
    backed_by_threat,
    demand_in_protest,
    demands_and_charges,
    protest_just_before,
    stated_obligation,
)
from .event_deployments import forces_in_aid, ordered_move, raised_security
from .event_force import under_attack
from .event_forms import (
    JOINT_TYPES,
    TIME_PREPS,
    VERBAL_TYPES,
    answered_for,
    answering_party,
    clause_subject,
    discussed_at_meeting,
    noun_agent,
    recipients,
    stray_subject,
)
from .event_inquiries import concern_frame, court_appearance, inquiry_into, investigated_act, on_trial
from .event_lexicon import Lexicon
from .event_light_nouns import NOT_DOERS, counted_in, light_head, participated, set_in, told_by
from .event_meetings import (
    by_phone,
    hosted_between,
    visitor_first,
)
from .event_objects import noun_taken, territory_taken, took_captive, withdrawal_from_body
from .event_parties import (
    agreement_parties,
    as_well_as,
    behind,
    claimed_by,
    companions,
    complained_of,
    cut_list_before,
    described_deed,
    held_on_charge,
    joined_in,
    joint_deed,
    possessive_antecedent,
    reported_participle,
    same_speaker,
    speaker_of_conjunct,
    split_coordination,
    taken_from,
    undergone_along,
    undergone_by,
    withdrawn,
)
from .event_places import (
    Facilities,
    SentencePlaces,
    distinct_places,
    is_investigation,
    measured_location,
    only_qualifies,
    placed_at_home,
)
from .event_retold import (
    as_retold,
    claimant,
    deaths_told,
    demonstrative,
    doer_again,
    doer_told,
    further_act,
    headline_end,
    meeting_again,
    no_deaths,
    own_account,
    placed_elsewhere,
    placed_within,
    refers_back,
    retold,
    same_occasion,
    tell_again,
    title_lines_told,
    told_here,
    topic_of_act,
    verb_of_told,
    victims_again,
    witnessed,
)
from .event_roles import verb_parties
from .event_senses import accidental, labour_strike, told_accident
from .event_statements import claimed_innocence, stated_stance
from .event_tolls import SentenceTolls
from .event_types import has_cue, hosted_guest, trigger_type
from .event_warnings import strike_threat, subjunctive
from .identified import (
    PERPETRATOR,
    PERSON_PRONOUNS,
    TITLE_KEY,
    VICTIM,
    described_person,
    identified_people,
    role_person,
    title_words,
)
from .place_names import dateline_span
from .promises import Promises, going_to
from .recency import (
    Habits,
    chained_date,
    is_news_report,
    just_happened,
    occurrence_date,
    story_start,
    told_as_occurrence,
)
from .speaker_pronouns import pronoun_person

# The closed classes of words the module's functions read (plover.yaml, its last section; read once).
_CLOSED = builtin_lexicon("plover")
DOCUMENTS = word_set(builtin_lexicon("speech"), "document_words")  # "a report", "a letter": what an author writes
# Dependents that open a clause of their own: their dates, places and tolls belong to that clause.
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "xcomp", "conj"}
# Conjunctions of alternatives: "Russia or Turkey" is no compound actor.
ALTERNATIVES = word_set(_CLOSED, "alternative_conjunctions")
# Prepositions that place an act: "the bombing in Mogadishu", "the ambush near Djibo" (``Sentence.act_of_place``)
PLACE_PREPS = {"in", "near", "at", "outside", "around", "inside"}
# spaCy's entity labels of what cannot act or speak: a date, a time, an amount
MUTE_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"}
BODY_PRONOUNS = word_set(_CLOSED, "body_pronouns")  # a subject that stands for the body named just before
DWELLING_PREPS = word_set(_CLOSED, "dwelling_preps")  # "a search at X's home", "a raid on the home of X"
GRIEVANCE_PREPS = word_set(_CLOSED, "grievance_preps")  # "angry over X", "furious at X"
OBJECT_PRONOUNS = word_set(_CLOSED, "object_pronouns")  # a person an act is done to (``Sentence.person_object``)
JUSTICE_TYPES = {"COERCE", "ACCUSE", "SANCTION"}  # arrests, charges, convictions: done to a suspect
OBJECT_DEPS = {"dobj", "dative", "pobj", "iobj"}


class Sentence(SentenceDates, SentencePlaces, SentenceTolls):
    """One sentence of a document with what the rules need about it: its mentions by token."""

    def __init__(
        self, ctx: DocContext, sent: Span, lexicon: Lexicon, by_token: dict[int, Mention], facility: Facilities,
        groups: set[int], people: dict[str, str] | None = None,
    ) -> None:
        self.ctx, self.sent, self.lex, self.by_token, self.facility = ctx, sent, lexicon, by_token, facility
        self.groups = groups  # id() of the document's collective-actor mentions
        self.people = people or {}  # description -> the person the document identifies it as (identified.py)
        self._cities: dict[int, Mention | None] = {}  # "the city" -> the city named before it
        start, end = ctx.sentence_at(sent.start_char)
        self.evidence = Evidence(ctx.document.id, start, end, ctx.document.text[start:end])

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

    # --- clauses and arguments ---
    def clause(self, token: Token) -> list[Token]:
        """The token's own clause: its subtree without the clauses embedded in it."""
        out, stack = [], [token]
        while stack:
            t = stack.pop()
            out.append(t)
            # A coordinated noun stays ("the consulate in Basra and the embassy in Baghdad"), a clause goes.
            stack.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS
                         or c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX"))
        return sorted(out, key=lambda t: t.i)

    def actor_in(self, head: Token | None) -> str | None:
        """The actor a phrase names: the head's own mention, an appositive's body, else the first one named."""
        if head is None:
            return None
        for appos in (c for c in head.children if c.dep_ == "appos"):
            if appos.lemma_.lower() in self.lex.spokes:  # "Nauert, a spokeswoman for the State Department"
                if found := self.actor_in_tokens(list(appos.subtree)[1:]):
                    return found
        own = self.by_token.get(head.i)
        if own is None:
            # A title with the person in apposition ("Kenya's President William Ruto" parsed President <- Ruto):
            # the person, not the state that qualifies the title
            named = [m for c in head.children if c.dep_ == "appos"
                     if (m := self.mention_at(c, "PERSON")) is not None and m.actor]
            if named:
                return named[0].actor
        if (person := self.described(head)) is not None:
            return person  # "the soldier", "the attacker": the person the document identifies it as
        if own is not None and id(own) in self.groups and head.lower_ not in self.lex.group_against and (
                body := self._of_named(head)) is not None:
            return body  # "supporters of Kataib Hezbollah", "fighters of the PMF": the body named (PLOVER codes
            # the organisation a part or a following of it acts for)
        if own is not None and id(own) in self.groups and head.lower_ not in self.lex.group_against and (
                owner := next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        ) is not None and (body := self.body_before(owner)) is not None and (
                record := self.ctx.knowledge.get(body)) is not None and record.kind == "armed_group":
            # "Hamas said its fighters had attacked": Hamas's, as "fighters of Hamas"; a state's or a government's
            # forces are its military, as before ("The Kremlin said its forces") (issue 11, src)
            return body
        if (own.type in ("GPE", "LOC", "FAC", "NORP") if own is not None else head.pos_ == "PROPN") \
                and (holder := self.holder(head)) is not None \
                and (held_by := self.actor_in(holder) or self.holder_group(holder)) is not None:
            return held_by  # a town its holder names is that holder's ("shelled rebel-held Aleppo": the rebels)
        if own is not None and own.type == "NORP" and head.tag_ in ("NNPS", "NNS") and not _the_nation(head):
            return None  # "two Moroccans", "Syrians": people of a nation, not its state (PLOVER codes states by name)
        if own is not None and own.actor and own.type in ACTOR_TYPES:
            return own.actor
        if own is not None and not own.actor and own.type in ("GPE", "LOC", "FAC"):
            return None  # a town is no party, and neither is the state its description names ("Aleppo, Syria's ...")
        if head.lower_ in PERSON_PRONOUNS or head.lower_ == "his" and head.dep_ == "poss":
            return self.person_before(head)  # "he", "her"; "his arrest" (``undergone_by``)
        if head.lower_ == "them" and head.dep_ in OBJECT_DEPS:
            return self.plural_object(head)  # "a plea to her colleagues in the legislature, asking them to ..."
        if head.lower_ in BODY_PRONOUNS and head.dep_ in ("nsubj", "nsubjpass"):
            return self.body_before(same_speaker(head, self.lex) or head)
        if own is None and (body := self.named_body(head)) is not None:
            return body  # "JNIM claimed the attack ... The group said": the armed group named before
        if own is None and (person := self.set_off(head)) is not None:
            return person  # "urge the Prime Minister-designate, Haider al-Abadi, to ..." (apposition misparsed)
        if own is None and head.is_title and (person := self.people.get(TITLE_KEY + title_words(head))) is not None:
            return person  # "The Grand Mufti ... condemned ... '...,' Sheikh X said": the speaker named next
        if own is None and (person := self.titled(head, owned=True)) is not None:
            return person  # "Russia's ambassador" is Ambassador Andrei Karlov, named so elsewhere, not Russia
        if own is None and (body := self.members_of(head)) is not None:
            return body  # "her colleagues in the Alberta legislature": the legislature
        # A sponsor in a modifier ("the Iran-backed Kataib Hezbollah militia") yields to the name it qualifies,
        # but is better than nothing ("Baghdad-based lawmakers"). A rest added to the phrase ("all parties and their
        # supporters", "the regime and other forces") is no party of its own (``actors_of``), nor the phrase's.
        rest = {t.i for c in head.conjuncts if c.i > head.i and self._common(c) and self._adjunct(c)
                for t in c.subtree}
        words = [t for t in head.subtree if t.i not in rest]
        return (self.actor_in_tokens(_nearest_first(head, [t for t in words if not only_qualifies(t, head, True)]))
                or self.actor_in_tokens(_nearest_first(head, [t for t in words if not only_qualifies(t, head, False)]))
                or self.titled(head))

    def named_body(self, head: Token) -> str | None:
        """The armed group a bare definite "the group", "the movement" points back at: the one (the knowledge base's
        armed groups) named last before it in its sentence or the two before, with no other such group between
        (collectives.yaml ``body_anaphors``). Not "a group", "the rebel group", "the group of men"."""
        if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in self.lex.body_anaphors or [
                c.lower_ for c in head.children if c.dep_ not in ("punct", "relcl", "acl", "appos")] != ["the"]:
            return None
        start = two_before(head)
        named = [m for m in self.ctx.mentions if start <= m.start and m.end <= head.idx and m.actor
                 and (record := self.ctx.knowledge.get(m.actor)) is not None and record.kind == "armed_group"]
        return named[-1].actor if named else None

    def described(self, head: Token | None) -> str | None:
        """The person an unnamed description stands for where the document names them ("a soldier ... The soldier,
        identified as Ahmed Ali"; pipeline/identified.py)."""
        return described_person(head, self.people, self.by_token, self.groups, self.lex.roles)

    def role_person(self, head: Token | None, role: str) -> str | None:
        """The identified perpetrator or victim ("The assailant, identified as X") an indefinite description of
        an act's doer or undergoer ("a policeman shot ...") introduces (pipeline/identified.py)."""
        return role_person(head, role, self.people, self.by_token, self.groups)

    def employer(self, strike: Token) -> list[Token]:
        """The employer of the workers who strike, named by their phrase ("cabin crew workers at British Airways",
        "doctors of the Khartoum Teaching Hospital", "staff for Air Canada"): docs/annotation.md, *Strikes*: a strike
        or a strike prepared is directed at the employer where the text names it (PLOVER PROTEST strike, THREATEN
        restrict). Only a body (an organisation the text names), not a place the workers are in."""
        strikers = self.source(strike)
        if strikers is None and strike.dep_ == "pobj":
            strikers = self.source(strike.head.head)  # "doctors went on strike"
        if strikers is None:
            return []
        phrase = [strikers] + [g for c in strikers.children if c.dep_ == "prep" and c.lower_ == "of"
                               for g in c.children if g.dep_ == "pobj"]  # "thousands of workers at X"
        out: list[Token] = []
        for noun in phrase:
            for body in (g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("at", "of", "for")
                         for g in c.children if g.dep_ == "pobj" and g not in phrase):
                # (not the strikers themselves, "thousands of workers", a crowd's body: groups.py _acting_people)
                mention = self.by_token.get(body.i)
                if mention is not None and mention.type == "ORG" and mention.actor:
                    out.append(body)
        return out

    def dwelling_owners(self, token: Token) -> list[Token]:
        """The owners of a home or an office a physical act was done at or in ("executed a search warrant at Paul
        Block's residence", "a raid on the home of NLD lawmaker Aung Min", "a grenade thrown into the mayor's
        house"; plover.yaml ``dwelling_nouns``): PLOVER COERCE seize and ASSAULT are directed at the owners of
        what is searched, seized or struck (docs/annotation.md: the recipient the owners), the possessor or the
        "of" phrase of the dwelling."""
        holders = [token] + [c for c in token.children if c.dep_ == "dobj"]
        out: list[Token] = []
        for holder in holders:
            for dwelling in (g for c in holder.children if c.dep_ == "prep" and c.lower_ in DWELLING_PREPS
                             for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in self.lex.dwellings):
                out += [c for c in dwelling.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
                out += [g for c in dwelling.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"]
        return out

    def suspect_person(self, head: Token) -> Token | None:
        """The document's suspect that a person described by a common noun stands for ("a 23-year-old man ... the
        male suspect ... The man is charged"; collectives.yaml ``people_nouns``, in the singular): where the text
        names one suspect, the one a justice act is done to is that suspect, a local actor of the document (PLOVER:
        the recipient of an arrest or a charge; docs/annotation.md: a suspect the text follows is an actor, unnamed
        victims stay null, and a victim is not arrested or charged). None where the document has no suspect or
        several, or the phrase names an actor of its own."""
        if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in self.lex.people \
                or self.actor_in(head) is not None:
            return None
        suspects = {m.actor for m in self.ctx.mentions if id(m) in self.groups and m.actor
                    and m.text.lower().split()[-1] == "suspect"}
        if len(suspects) != 1:
            return None
        key = next(iter(suspects))
        return next((t for t in self.sent.doc if (m := self.by_token.get(t.i)) is not None and m.actor == key), None)

    def plural_object(self, pronoun: Token) -> str | None:
        """The body an object "them" points back at: the nearest plural before it in its sentence that is not its
        own clause's subject ("made a plea to her colleagues in the Alberta legislature, asking them to ...": the
        legislature; "Police detained the protesters and questioned them": the protesters), where that plural names
        an actor; else no one (PLOVER: the recipient is whom the act is directed at)."""
        verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
        own = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        for t in reversed(pronoun.sent[:pronoun.i - pronoun.sent.start]):
            if t.i in own or t.pos_ not in ("NOUN", "PROPN") or t.tag_ not in ("NNS", "NNPS") or t.dep_ in (
                    "compound", "poss", "nsubj", "nsubjpass") and t.head.i == verb.i:
                continue
            return self.actor_in(t)
        return None

    def members_of(self, head: Token) -> str | None:
        """The body whose members a noun of membership names ("her colleagues in the Alberta legislature", "members
        of the Sudanese parliament", "fellow lawmakers in the Verkhovna Rada"; collectives.yaml ``member_nouns``):
        PLOVER codes the body the members act or are acted on as, where the text names no one of them. Not a
        place ("lawmakers in Kyiv" sit there)."""
        if head.pos_ != "NOUN" or head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() not in self.lex.members:
            return None
        for noun in (g for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                     for g in c.children if g.dep_ == "pobj"):
            mention = self.by_token.get(noun.i)
            if mention is not None and mention.actor and mention.type in ACTOR_TYPES and mention.type != "GPE" \
                    and mention.type != "NORP":
                return mention.actor
        return None

    def holder_group(self, word: Token) -> str | None:
        """The collective a holder word in the singular stands for ("insurgent-held Karabilah", "rebel-held Kidal"):
        the document's group named by that word's plural ("the insurgents", "rebels"), the last one before it, else
        the first after (collectives.yaml ``group_heads``; docs/annotation.md, Actor and recipient: collective actors
        are actors, two mentions of one body one actor)."""
        forms = {word.lower_, word.lower_ + "s", word.lower_ + "es", word.lemma_.lower() + "s"}
        named = [m for m in self.ctx.mentions if id(m) in self.groups and m.actor
                 and m.text.lower().split()[-1] in forms]
        earlier = [m for m in named if m.end <= word.idx]
        return earlier[-1].actor if earlier else named[0].actor if named else None

    def holder(self, place: Token) -> Token | None:
        """Who holds a place, named hyphened before a participle of holding that qualifies it ("rebel-held Aleppo",
        "Houthi-controlled Hodeidah": collectives.yaml, ``holder_words``)."""
        for held in (c for c in place.children if c.dep_ in ("amod", "compound") and c.lower_ in self.lex.holders):
            if held.i >= 2 and held.doc[held.i - 1].text == "-" and not held.doc[held.i - 1].whitespace_:
                word = held.doc[held.i - 2]
                if word.pos_ in ("NOUN", "PROPN", "ADJ") and word.head.i in (held.i, place.i):
                    return word
        return None

    def set_off(self, head: Token) -> str | None:
        """The person named between commas right after a phrase that names no actor: an apposition the parse did
        not attach ("urge the Prime Minister-designate, Haider al-Abadi, to work swiftly")."""
        doc, end = head.doc, max(t.i for t in head.subtree) + 1
        if head.pos_ not in ("NOUN", "PROPN") or end >= len(doc) or doc[end].text != "," or \
                self.actor_in_tokens(list(head.subtree)) is not None:
            return None
        mention = self.by_token.get(end + 1)
        if mention is None or mention.type != "PERSON" or not mention.actor or mention.start != doc[end + 1].idx:
            return None
        after = next((t for t in doc[end + 1:] if t.idx >= mention.end), None)
        return mention.actor if after is not None and after.text == "," else None

    def _of_named(self, head: Token, depth: int = 0) -> str | None:
        """The known or named body in a group's "of" phrase ("supporters of Kataib Hezbollah"), if any; through a
        part of a force ("fighters from a battalion of the Wagner Group"), and for such a part, also a body the
        groups stage made ("the counter-terrorism unit of the Kenyan police"; collectives.yaml ``force_units``)."""
        unit = head.lower_ in self.lex.force_units
        for prep in (c for c in head.children if c.dep_ == "prep" and (
                c.lower_ == "of" or c.lower_ == "from" and depth == 0)):
            for noun in (g for g in prep.children if g.dep_ == "pobj"):
                mention = self.by_token.get(noun.i)
                # "from" a body as "of" it ("fighters from the RSF", "deputies from the Sheriff's Office"), not from
                # a country or people, which tells where they come from ("foreign fighters from Tunisia") (src)
                from_body = prep.lower_ == "from" and mention is not None and mention.type not in (
                    "GPE", "NORP", "LOC", "FAC", "PERSON")
                if from_body and (whole := self._of_named(noun, 1)) is not None:
                    return whole  # "Soldiers from the 33rd Division of the Myanmar army": the army, as before
                if mention is not None and mention.actor and mention.type in ACTOR_TYPES and (
                        prep.lower_ == "of" or from_body) and (unit or id(mention) not in self.groups) \
                        and not ((unit or depth) and mention.type in ("GPE", "NORP")):  # "a unit of Kenya" no body
                    return mention.actor
                if mention is None and depth == 0 and noun.lower_ in self.lex.force_units \
                        and (body := self._of_named(noun, 1)) is not None:
                    return body
        return None

    def person_before(self, pronoun: Token) -> str | None:
        """The person "he" or "she" points back at. Within its sentence, the subject before it, as a reader takes
        it ("the gunman got into a shootout before he was killed": the gunman, who has no name here, so no one;
        "Hussain was a hacker ... before he was killed": Hussain); with none, the last person the document named
        before it ("Karbouly was captured in May 2006. He was sentenced to death"). An object ("him", "her") is
        another: ``person_object``."""
        if pronoun.lower_ in OBJECT_PRONOUNS and pronoun.dep_ in OBJECT_DEPS:
            return self.person_object(pronoun)
        subjects = [t for t in pronoun.sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")
                    and t.tag_ not in ("NNS", "NNPS") and t.lower_ not in ("it", "they", "we", "i", "you", "who",
                                                                          "which", "that", "this")]
        for subject in reversed(subjects):
            if subject.lower_ in PERSON_PRONOUNS:
                return self.person_before(subject)
            if (person := self.described(subject)) is not None:
                return person  # "the gunman ... before he was killed", where the document names the gunman
            mention = self.by_token.get(subject.i)
            if mention is not None and id(mention) in self.groups and mention.type != "PERSON" and (
                    record := self.ctx.knowledge.get(mention.actor or "")) is not None and record.kind != "person":
                continue  # "Mali's junta expelled the ambassador after he criticised it": a body is no "he" (src)
            if mention is not None and (mention.type == "PERSON" or id(mention) in self.groups):
                return mention.actor  # a person, or one of a group the text names by its kind ("the gunman")
            owner = next((m for c in subject.children if c.dep_ == "poss"
                          and (m := self.mention_at(c, "PERSON")) is not None and m.actor), None)
            if mention is None and owner is not None:
                return owner.actor  # "Donald Trump's announcement that he will withdraw": his own
            if mention is None and subject.pos_ == "NOUN" and subject.lemma_.lower() not in self.lex.nouns \
                    and not subject.lemma_.lower().endswith(("ment", "ion")):
                return None  # "the gunman ... before he was killed": someone the text does not name here; an act
                # ("the announcement that he ...") is no one
            # a body, a place or an event ("[ISIS] is no longer a threat ..., he said") is no "he": look further
        # the person the text was about (the subject of the nearest sentence that has a person for subject, as the
        # claims take a pronoun's speaker: "Since meeting Mayor X in Paris, Hidalgo has helped ... She sent a
        # letter": Hidalgo), else the last person named
        before = [m for m in self.ctx.mentions if m.end <= pronoun.idx and m.type == "PERSON" and m.actor]
        return pronoun_person(self.ctx, pronoun.doc[pronoun.i:pronoun.i + 1], before)

    def person_object(self, pronoun: Token) -> str | None:
        """The person an object pronoun ("him", "her": the one an act is done to or given to) points back at. Not
        the subject of its own clause, which English would name by "himself", "herself" ("the government agreed
        to give her $900": not the government; "police arrested Ahmed and charged him": not the police); of the
        persons named before it, the last one in its sentence, else the one the text was about (the subject of
        the nearest sentence with a person for subject), else the last one named (PLOVER: the recipient is whom
        the act is directed at; docs/annotation.md, Actor and recipient)."""
        verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
        own: set[str] = set()
        for _ in range(4):  # up through "agreed to give her", "was told to pay him": the clause's doer
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")), None)
            if subject is not None:
                own.update(self.actors_of(self.antecedent(subject)))
            if subject is not None and subject.tag_ in ("WP", "WDT") and subject.head.dep_ == "relcl":
                noun = subject.head.head  # "Junaid Hussain, an Islamic State member who encouraged him": not Hussain
                own.update(self.actors_of(noun.head if noun.dep_ == "appos" else noun))
                own.update(self.actors_of(noun))
            if subject is not None or verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head.i == verb.i:
                break
            verb = verb.head
        before = [m for m in self.ctx.mentions if m.end <= pronoun.idx and m.type == "PERSON" and m.actor
                  and m.actor not in own]
        if not before:
            return None
        here = [m for m in before if m.start >= pronoun.sent.start_char]
        if here:
            return here[-1].actor
        return pronoun_person(self.ctx, pronoun.doc[pronoun.i:pronoun.i + 1], before)

    def body_before(self, pronoun: Token) -> str | None:
        """The body "it" or "they" stands for as a subject: the nearest subject before it, in its sentence or the
        one before, that names a body, a state or a group ("Uber said ... It requested clarification", "Rebels
        would follow, they said, adding that they had agreed"). "It" is no plural and "they" no single person;
        where the nearest subject is anything else ("the ceasefire ... after it was implemented"), no one."""
        plural = pronoun.lower_ in ("they", "their")
        sents = [pronoun.sent] + ([pronoun.doc[pronoun.sent.start - 1].sent] if pronoun.sent.start > 0 else [])
        for sent in sents:
            subjects = [t for t in sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")
                        and t.lower_ not in BODY_PRONOUNS | PERSON_PRONOUNS | FIRST_PERSON
                        and t.tag_ not in ("WP", "WDT", "DT", "PRP", "EX")]
            for subject in reversed(subjects):
                mention = self.by_token.get(subject.i)
                many = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
                if mention is None and subject.pos_ == "NOUN" and many != plural:
                    continue  # "Uber has been told its cars are illegal - but it is refusing": "it" is no "cars"
                if mention is None and subject.pos_ in ("NOUN", "PROPN") and not many and not plural and (
                        body := self.named_body(subject) or self.actor_in(subject)) is not None and (
                        record := self.ctx.knowledge.get(body)) is not None and record.kind != "person":
                    return body  # "Kenya's foreign ministry said it rejected", "The group said it had fired"
                if plural and any(c.dep_ == "conj" for c in subject.children):
                    return None  # "Niger, Mali and Burkina Faso left ECOWAS. They accused": all of them, not the first
                if mention is None or not mention.actor or mention.type not in ACTOR_TYPES or (
                        mention.type == "PERSON" and (plural or not many)) or (many and not plural):
                    return None
                return mention.actor
        return None

    def titled(self, head: Token, owned: bool = False) -> str | None:
        """The person a title stands for: "The Foreign Secretary" is the one the document names "Foreign Secretary
        Boris Johnson" (or "Boris Johnson, the Foreign Secretary"), the nearest such naming, earlier ones first.
        Only a capitalized title used as a name ("the Grand Mufti"), not a common noun ("the minister"); or
        (``owned``) a common noun of office that a state owns ("Russia's ambassador", "the Russian ambassador",
        with the one the document titles "Ambassador Andrei Karlov"): one office of one state, whose holder the
        text names (PLOVER codes the person who acted or was acted on)."""
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        state = None
        if owned:
            owners = [c for c in head.children if c.dep_ == "poss" and self.in_mention("GPE", c)
                      or c.dep_ == "amod" and self.in_mention("NORP", c)]
            if head.is_title or head.tag_ != "NN" or not owners:
                return None
            state = self.by_token[owners[0].i].actor
            words = [t for t in head.children if t.i < head.i and t.dep_ == "compound"] + [head]
        elif not head.is_title or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        else:
            words = [t for t in head.subtree if t.i <= head.i and t.dep_ in ("compound", "amod") or t.i == head.i]
        title = " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i))
        text, here = self.ctx.document.text, head.idx
        found: list[tuple[int, int, str]] = []
        for m in self.ctx.mentions:
            if m.type != "PERSON" or not m.actor or m.start <= here < m.end:
                continue
            before = " ".join(text[max(0, m.start - len(title) - 4):m.start].lower().split())
            after = " ".join(text[m.end:m.end + len(title) + 8].lower().split())
            if state is not None and any(n.actor and n.actor != state and n.type in ("GPE", "NORP")
                                         and m.start - len(title) - 3 <= n.end < m.start
                                         for n in self.ctx.mentions):
                continue  # "U.S. Ambassador John Bass" holds another state's office
            if before.endswith(title) or after.startswith((f", the {title}", f", {title}")):
                found.append((m.start > here, abs(m.start - here), m.actor))
        return min(found)[2] if found else None

    def actor_in_tokens(self, tokens: list[Token]) -> str | None:
        """The first actor the words name; a people's plural inside a phrase ("thousands of Syrians", "the deaths
        of two Moroccans") names people of a nation, not its state (as ``actor_in`` reads it at a phrase's head)."""
        for t in tokens:
            mention = self.by_token.get(t.i)
            if mention is not None and mention.actor and mention.type in ACTOR_TYPES and not (
                    mention.type == "NORP" and t.tag_ in ("NNPS", "NNS") and not _the_nation(t)):
                return mention.actor
        return None

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

    def passive_partner(self, verb: Token) -> Token | None:
        """The subject an active verb shares with a passive one it is coordinated with: "The envoy was expelled by
        Mali and left for Paris" (the envoy left), "We are deeply concerned by the reports and call on all parties"
        (we call). The passive's "by" names the doer of the passive act only (PLOVER actor: who did the act). Not a
        participle that shares the passive ("was arrested and charged": a past in "-ed" with no object or clause of
        its own; "was condemned by ASEAN and threatened to leave" has one), nor a verb with a subject of its own."""
        head = verb.head
        if head.i == verb.i or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "expl") for c in verb.children):
            return None
        active = verb.tag_ in ("VB", "VBZ", "VBP") or verb.tag_ == "VBD" and (
            not verb.lower_.endswith("ed") or any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children))
        subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if not active or subject is None or not any(c.dep_ == "auxpass" for c in head.children):
            return None
        return self.antecedent(subject)

    def part_taker(self, token: Token) -> Token | None:
        """Who took part in an act told as a part in it: the possessor of "role", "part", "involvement" ("Russia's
        role in the bombardment of Aleppo") or the subject of "play", "take", "have" whose object it is ("Rwandan
        troops played a role in the offensive", "took part in the raid"). The act may be the noun after "in" or the
        part noun itself, which a verb after "in" climbs to ("a role in delivering aid"). Not a part denied,
        negated, alleged or asked about ("denied any role in", "no role in", "accused X of a role in"): what
        another says of it does not make the actor (docs/annotation.md, Actor and recipient)."""
        part = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "in" else token
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in self.lex.lead_nouns:
            part = token.head.head  # "took charge of the investigation", "assumed command of the offensive"
        if part.pos_ == "VERB" and part.lemma_.lower() in self.lex.part_verbs:  # "took part | in the raid"
            part = next((c for c in part.children if c.dep_ == "dobj"), part)
        if part.lemma_.lower() not in self.lex.part_nouns | self.lex.lead_nouns or part.pos_ != "NOUN" or any(
                c.dep_ in ("det", "neg") and c.lower_ in ("no", "any") for c in part.children):
            return None
        governor = self.governor(part)
        if governor is not None and (trigger_type(self, governor) is not None
                                     or governor.lemma_.lower() in self.lex.said
                                     or any(c.dep_ == "neg" for c in governor.children)):
            return None
        owner = next((c for c in part.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
        if part.dep_ == "dobj" and part.head.lemma_.lower() in self.lex.part_verbs:
            return clause_subject(part.head)
        return None

    def at_hands_of(self, token: Token) -> Token | None:
        """The doer a passive names "at the hands of" ("civilians killed at the hands of the RSF"): the agent of the
        act as "by" would name it (PLOVER actor: who carried the act out)."""
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "at"):
            for hands in (g for g in prep.children if g.dep_ == "pobj" and g.lower_ == "hands"):
                for of in (c for c in hands.children if c.dep_ == "prep" and c.lower_ == "of"):
                    return next((g for g in of.children if g.dep_ == "pobj"), None)
        return None

    def fought_in(self, verb: Token) -> Token | None:
        """The two-sided fight a passive harm was suffered in ("were killed in clashes with the army", "was wounded
        during a shootout with police"), if any (``two_sided`` words)."""
        if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
            return None
        return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "amid")
                     for g in c.children if g.dep_ == "pobj" and self.two_sided(g)), None)

    def adverbial_of(self, token: Token) -> Token | None:
        """The asker of an act told as an adverbial "at the N of X" ("at the urging of Priebus", "at the request of
        the government", "at the invitation of Kenya"): the "of" of such a phrase names who urged, asked or invited
        (PLOVER actor), where the same noun's "of" elsewhere names its object ("the arrest of X")."""
        if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ != "at" or \
                trigger_type(self, token) not in VERBAL_TYPES | {"CONSULT"}:
            return None
        for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            return next((g for g in of.children if g.dep_ == "pobj"), None)
        return None

    def course_agent(self, verb: Token) -> Token | None:
        """The doer of the act a passive verb's act was done in the course of: "was arrested during raids by the
        police", "were killed in an air strike by Russian jets", "was wounded in an attack by gunmen". The act is
        an event noun after "during", "in", "amid" or "after" (or a count of them: "a series of raids"), with its
        doer after "by" (PLOVER: the actor is the one who carried the act out)."""
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("during", "in", "amid", "after")):
            chain = [g for g in prep.children if g.dep_ == "pobj"][:1]
            while chain and len(chain) < 3 and chain[-1].lemma_.lower() not in self.lex.nouns:
                of = next((c for c in chain[-1].children if c.dep_ == "prep" and c.lower_ == "of"), None)
                chain += [g for g in of.children if g.dep_ == "pobj"][:1] if of is not None else []
                if of is None:
                    break
            if not chain or chain[-1].lemma_.lower() not in self.lex.nouns:
                continue
            for noun in chain:  # "by" may hang on the count: "a series of raids by the police"
                for by in (c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"):
                    doer = next((g for g in by.children if g.dep_ == "pobj"), None)
                    if doer is not None:
                        return doer
        return None

    def antecedent(self, token: Token) -> Token:
        """What a relative pronoun stands for, where it names an actor: "Mohamed Abdi, 21, who was detained",
        "Hickson, who pleaded guilty" (the noun its clause qualifies); any other word is itself."""
        if token.lower_ in ("who", "which", "that", "whom") and token.tag_ in ("WP", "WDT") \
                and token.head.dep_ == "relcl":
            if (act := self.act_of_place(token)) is not None:
                return act
            if self.names_actor(token.head.head):
                return token.head.head
            noun = token.head.head  # "Junaid Hussain, an Islamic State member who encouraged him": Hussain (bgr)
            if noun.dep_ == "appos" and noun.head.i < noun.i and self.names_actor(noun.head):
                return noun.head
        return token

    def reaction_doer(self, noun: Token) -> Token | None:
        """Whom a complaint or praise an act drew is about: the doer of the act the reaction verb's subject names
        ("Russia's strike on Kyiv drew condemnation from the EU", "the raid by Kenyan police drew criticism from
        Amnesty", "a move that caused an uproar among rights groups": the act's own "by", possessive or modifier;
        ``source``), or the subject itself where it names a party ("Israel drew condemnation from Iran"). PLOVER
        ACCUSE and SUPPORT: the recipient is whom the disapproval or praise is about; the voice of the reaction is
        the "from" or "among" party (plover.yaml ``reaction_verbs``)."""
        if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in self.lex.reactions:
            return None
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ in ("WDT", "WP") and noun.head.dep_ == "relcl":
            subject = noun.head.head  # "a move that caused an uproar": the move
        if subject is None:
            return None
        if self.names_actor(subject) or joint_deed(subject, self.lex) is not None:
            return subject  # (a joint deed's parties are all whom it is about: ``targets``)
        if trigger_type(self, subject) is not None or _act_noun(self, subject):
            return self.source(subject)
        return None

    def act_of_place(self, pronoun: Token) -> Token | None:
        """The act a "which" clause of harm qualifies where the parse hangs it on the place the act's phrase names:
        "the bombing in Mogadishu, which killed 10 people" (the bombing killed, not Mogadishu, nor Somalia whose
        capital it is). A place does no harm (PLOVER ASSAULT: the actor is who carried the attack out); the clause's
        verb must be one of killing, wounding or an assault (plover.yaml ``kill``, ``injure``, ``verbs``)."""
        verb, place = pronoun.head, pronoun.head.head
        mention = self.by_token.get(place.i)
        if pronoun.dep_ != "nsubj" or mention is None or place.dep_ != "pobj" or place.head.head.pos_ != "NOUN" \
                or mention.type not in ("GPE", "LOC", "FAC") and place.head.lower_ not in PLACE_PREPS:
            return None  # (a name the model mistypes is a place after "in" or "near": "the ambush near Djibo")
        lemma = verb.lemma_.lower()
        if lemma not in self.lex.harm and self.lex.verbs.get(lemma) != "ASSAULT":
            return None
        act = place.head.head
        return act if trigger_type(self, act) is not None else None

    def court_of(self, verb: Token) -> Token | None:
        """The court a passive judicial act names with "in", "at" or "before", if it is an actor."""
        if verb.lemma_.lower() not in self.lex.court_verbs:
            return None
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "before"):
                for g in c.children:
                    if g.dep_ == "pobj" and g.lemma_.lower() in self.lex.court_nouns and self.actor_in(g):
                        return g
        return None

    def possessor_subject(self, token: Token) -> Token | None:
        """The doer a possessive pronoun on an event noun points to, where the clause's verb only carries the noun:
        its subject ("the Marines began their assault", "We reaffirm our support"). Not under a verb that is an
        act of its own ("X condemned their attack": theirs is another's)."""
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children) or undergone_by(token, self.lex):
            return None  # "after his arrest": done to him (``undergone_by``)
        governor = self.governor(token)
        if governor is None or trigger_type(self, governor) is not None or governor.lemma_.lower() in self.lex.report:
            return None
        # The pronoun is the subject's whatever the voice: "the EU is united in its condemnation" (a stative
        # passive) is the EU's
        return clause_subject(governor) or next((c for c in governor.children if c.dep_ == "nsubjpass"), None)

    def targets(self, token: Token, event_type: str | None = None) -> list[str]:
        """Who it was done to: the object (not the weapon), else "on/against/at" X, else the object of its aim."""
        if (sides := self.stance(token)) is not None:
            doers = [d for cause in sides[1] if (d := self.cause_doer(cause)) is not None]
            return next(([self._owner(a) for a in self.actors_of(d)] for d in doers if self.actor_in(d)), [])
        if (judged := self.judged_doer(token)) is not None:
            return [self._owner(a) for a in self.actors_of(judged)]
        if event_type == "MOBILIZE" and raised_security(token, self.lex):
            return []  # "strengthened protection of the embassy": PLOVER MOBILIZE's recipient is whom the actor
            # mobilizes against, and raised security protects what it names
        children = list(token.children)
        passive = any(c.dep_ == "auxpass" for c in children) or (
            # "He was captured ... and accused of being ...": a participle coordinated with a passive is one too
            # (a regular verb's past in "-ed" is its participle too, which the tagger may take for a past tense)
            token.dep_ == "conj" and (token.tag_ == "VBN" or token.tag_ == "VBD" and token.lower_.endswith("ed"))
            and any(c.dep_ == "auxpass" for c in token.head.children)
            and not any(c.dep_ in ("nsubj", "dobj", "aux") and c.tag_ not in ("WDT", "WP") for c in children))
        # (a relative pronoun the parse makes the participle's object opens a clause on a noun before it: "and
        # accused of being Zarqawi's assistant, which Karbouly denied" is still passive; issue 11, src)
        topic = token.lemma_.lower() in self.lex.topic_verbs  # "discussed the Syria crisis": no party
        undergoer = "nsubj" if token.lemma_.lower() in self.lex.undergo or on_trial(token, self.lex) else "dobj"
        # the indirect object is whom it is given or done to: "awarded Tillerson the Order", "gave her $1,000"
        heads = [c for c in children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")]
        if event_type == "COOPERATE" and token.pos_ == "VERB":
            # "extradited two commanders to Nigeria", "the suspect was handed over to France": the cooperating party
            # is the state the suspect goes to, not the suspect (PLOVER COOPERATE: mutual cooperation, extraditions)
            heads += [g for c in children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                      if g.dep_ == "pobj" and self.names_actor(g)]
        if event_type == "ACCUSE" and token.lemma_.lower() in self.lex.addressed_protests:
            # "Poland protested to Belarus": the party a diplomatic protest is presented to (acc)
            heads += [g for c in children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                      if g.dep_ == "pobj" and self.names_actor(g)]
        moved = {t.i for t in withdrawn(token, self.lex)}  # "withdraw the United States from the TPP": its own
        # (an attack's word is its means for an attack, but the deed a condemnation or a praise is about: "condemned
        # Azerbaijan's shelling of Jermuk", whose doer ``_deed_doers`` finds; helper arg)
        judged_deed = event_type in ("ACCUSE", "SUPPORT")
        heads += [self.antecedent(c) for c in children if c.dep_ == ("nsubjpass" if passive else undergoer)
                  and not topic and (judged_deed or not self._means(c))
                  and c.i not in moved]
        if token.dep_ == "acl" and event_type not in ("MOBILIZE", "AID") and not topic \
                and (undergoer := verb_parties(self, token)[1]) is not None and undergoer.i == token.head.i \
                and any(self.names_actor(t) for t in undergoer.doc[undergoer.left_edge.i:undergoer.i + 1]):
            heads.append(undergoer)  # "the Ukrainian soldiers captured by Russian forces": a participle's noun
            # undergoes it, as a passive's subject does; not the troops or aid a MOBILIZE or AID moves, nor an act
            # it qualifies ("an operation executed by coalition forces", whose phrase may name others)
        if reported_participle(token, self.lex) is not None and (deed := described_deed(token)) is not None:
            heads += [s for s in (clause_subject(deed),) if s is not None]  # "describing it as scandalous": its doer
        if token.pos_ == "NOUN" and event_type in ("ACCUSE", "SUPPORT"):
            heads += complained_of(token, self.names_actor)  # "expressed concern about a Tillerson pick"
            heads += [self.antecedent(c) for c in held_on_charge(token, self.lex)]  # "He is held on two counts"
        if passive and not heads and token.dep_ == "conj" and token.head.pos_ == "VERB":
            # "X was arrested ... and was charged the following day": a passive conjunct shares its head's subject
            heads = [c for c in token.head.children if c.dep_ in ("nsubjpass", "nsubj")]
        if event_type == "ACCUSE" and (blamed := blamed_party(token, self.lex) or alleged_party(token, self.lex)
                                       or attributed_doer(token, self.lex)):
            heads.append(self.antecedent(blamed))  # "said Hamas was behind the attack": Hamas is accused (e36)
        if event_type == "ACCUSE" and court_appearance(token, self.lex) is not None:
            # "the suspect appeared in court", "made his first appearance in court": the suspect is arraigned (a39)
            heads += [self.antecedent(s) for s in (
                [c for c in token.children if c.dep_ == "poss"] or [clause_subject(token.head if token.pos_ == "NOUN"
                                                                                  else token)]) if s is not None]
        if event_type == "ACCUSE" and (blamed := attributed_to(token, self.lex, self.names_actor)
                                       or blamed_on(token, self.lex)) is not None:
            heads.append(self.antecedent(blamed))  # "attributed the ambush to the ELN", "put the blame on X" (a39)
        if event_type == "ACCUSE" and answered_accuser(token, self.lex) is not None:
            # "Qatar denied Amnesty's claims": the denier is the one accused (a39)
            heads += [self.antecedent(c) for c in token.head.children if c.dep_ == "nsubj"]
        heads += [g for c in children if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "upon")
                  for g in c.children if g.dep_ == "pobj"]
        # the verb that carries an event noun, in either voice or a relative clause (``told_by``): "launched an
        # offensive against the RSF", "sanctions were imposed on Russia", "the sanctions that the EU imposed on Russia"
        carrier = (token.head if token.dep_ == "dobj" else told_by(token)) if token.pos_ == "NOUN" else None
        if carrier is not None and (held := counted_in(token)).dep_ == "dobj" and held.head.i == carrier.i \
                and event_type in VERBAL_TYPES - JOINT_TYPES:
            # the light verb's indirect object is whom the said act is for, as a verb's is ("gave Niger's junta an
            # ultimatum", "offered Moldova its condolences", "sent Kyiv a message of support"; PLOVER: the recipient
            # is the one the act is directed at); first, before what the act's own clause names ("an ultimatum to
            # restore Bazoum") (sup)
            # (the parse may take the indirect object for a first direct one: "offered Somalia his condolences")
            heads = [c for c in carrier.children if c.dep_ in ("dative", "dobj") and c.i < held.i
                     and c.pos_ in ("NOUN", "PROPN", "PRON")] + heads
        if carrier is not None and trigger_type(self, carrier) is None:
            # "began their assault on Kidal", "launched an offensive against the RSF", "made a plea to her
            # colleagues": the parse hangs the act's "on" or "to" on the verb that only carries the noun; it is
            # still whom the act is aimed at. "On" and "against" not for a said act ("reiterate their support for
            # Iraq ... in their fight against ISIL": another act's foe)
            carried = {"to"} | (set() if event_type in VERBAL_TYPES else {"on", "against", "upon"})
            if event_type == "ACCUSE":
                carried.add("against")  # "filed a lawsuit against Israel", "brought charges against the colonel": the
                # accused (PLOVER ACCUSE: sue, charge; e36)
            if event_type == "SUPPORT":
                carried.add("with")  # "expressed solidarity with Niger", "voiced sympathy with the strikers": whom
                # the words of support are for (PLOVER SUPPORT: express support for an actor; sup)
            # ("sent condolences to Somalia": the parse makes "to" a dative of the carrier; sup)
            heads += [g for c in carrier.children if c.dep_ in ("prep", "dative") and c.i > token.i
                      and c.lower_ in carried for g in c.children if g.dep_ == "pobj"]
        # A particle verb's party: "stands by Iraq". Not a talk's ("spoke with Kerry"): PLOVER codes all who
        # consult as its actors, with no recipient.
        particles = self.lex.particles.get(token.lemma_.lower(), {})
        heads += [g for c in children if c.dep_ == "prep" and particles.get(c.lower_) not in (None, "CONSULT")
                  for g in c.children if g.dep_ == "pobj"]
        # An event noun that does something to someone: "the explosion hit the church", "a strike killed X"
        verb = token.head.lemma_.lower()
        if token.pos_ == "NOUN" and token.dep_ == "nsubj" and token.head.pos_ == "VERB" and (
                verb in self.lex.weapon_verbs or verb in self.lex.harm
                or self.lex.verbs.get(verb) == "ASSAULT"):
            heads += [c for c in token.head.children if c.dep_ == "dobj"
                      and not self._means(c)]
        # "threatened to attack American troops", "a strike targeting Soleimani"; not what a request asks done ("was
        # asked to call Lagos police": PLOVER REQUEST, the recipient is the one asked)
        heads += [g for c in children if c.dep_ in ("xcomp", "acl") and event_type != "REQUEST"
                  for g in c.children if g.dep_ == "dobj" or g.dep_ == "dative" and event_type == "AGREE"]
        # (a promise's indirect object is whom it is made to: "has agreed to give Ukraine 50 billion euros"; issue
        # 11, src)
        doer = self.adverbial_of(token) or self.at_hands_of(token)
        heads += recipients(token, event_type, self.lex.movers)
        heads += undergone_by(token, self.lex)  # "his arrest", "Soleimani's killing": the one it was done to
        heads += taken_from(token, self.lex)  # "recaptured the village from Russian troops"
        if event_type == "MOBILIZE":  # "deployed troops to the border": the forces that move are the actor's own
            # whatever they are called ("sent 400 police to Haiti", "deployed peacekeepers to Abyei"): PLOVER
            # MOBILIZE's recipient is whom the actor mobilizes against, never what it moves (m39)
            heads = [h for h in heads if not (h.dep_ == "dobj" and h.head.i == token.i and (
                h.lemma_.lower() in self.lex.forces or h.lower_ in self.lex.forces or token.pos_ == "VERB"))]
        if event_type == "AID" and token.pos_ == "VERB":
            # "committed advisers and Revolutionary Guard forces to the government side": the object is the aid
            # given, whoever it names; the one it goes "to" benefits (PLOVER AID: the recipient)
            given = [g for c in children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.children
                     if g.dep_ == "pobj"]
            helping = forces_in_aid(token, self.lex)
            if helping or relief_sent(token, self.lex):
                # "sent troops to Mozambique to help", "deployed troops for flood relief": the forces are the aid (m39)
                heads = [h for h in heads if not (h.dep_ == "dobj" and h.head.i == token.i and (
                    helping or h.lemma_.lower() in self.lex.forces or h.lemma_.lower() in self.lex.personnel
                    or h.lower_ in self.lex.forces))]
            if given:
                # whatever a verb gives "to" someone is the aid, in either voice ("committed advisers and Revolutionary
                # Guard forces to the government side", "rescue workers have been sent to the region"); the one it
                # goes to is the recipient, if the text names one (PLOVER AID: the recipient benefits) (arg)
                heads = [h for h in heads if not (h.dep_ in ("dobj", "nsubjpass") and h.head.i == token.i)]
            heads = [h for h in heads if h.dep_ == "dative"] + given + [h for h in heads if h.dep_ != "dative"]
        # "at the urging of X", "at the hands of X": X asked or did it
        heads = [h for h in heads if doer is None or h.i != doer.i and not any(g.i == doer.i for g in h.subtree)]
        if event_type in ("ACCUSE", "SUPPORT") and (drawn := self.reaction_doer(token)) is not None:
            heads.append(drawn)  # "Russia's strike on Kyiv drew condemnation from the EU": Russia is condemned
        if event_type == "CONSULT":
            # "held talks on Ukraine", "a meeting on Myanmar", "a conference on Yemen": the topic of a meeting, not a
            # party met (PLOVER CONSULT: the parties are who consult; "discussed Ukraine" is a topic, ``topic_verbs``;
            # plover.yaml ``topic_preps``; issue 11, src)
            heads = [h for h in heads if not (h.dep_ == "pobj" and h.head.lower_ in self.lex.topic_preps)]
        if event_type == "PROTEST":
            heads += self.protested(token)
        if event_type == "REJECT" and token.pos_ == "VERB":
            # "turned down an offer of mediation from Algeria", "rejected a proposal from Hamas": a refusal is directed
            # at the one who offered or asked (PLOVER REJECT; the "by" phrase and the possessor are found below) (rcx)
            heads += [g for o in children if o.dep_ in ("dobj", "nsubjpass") and (
                o.lemma_.lower() in self.lex.accept_objects or o.lemma_.lower() in self.lex.nouns)
                for c in o.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
        if event_type in VERBAL_TYPES and token.pos_ == "VERB":
            # the party a verbal act is addressed "to" is its recipient, before any party its object's phrase names
            # ("Guterres proposed a plan on the future of Libya to the Security Council": the Council, not Libya, the
            # plan's topic; "apologized to Kenya", "appealed to the AU"): PLOVER's recipient is whom the act is
            # directed at (arg)
            # (the parse may hang the "to" on the object's topic phrase: "a plan on the future of Libya to the Council")
            topics = [t for o in children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep"
                      and c.lower_ in self.lex.topic_preps for t in c.subtree]
            heads = [g for c in children + topics if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                     for g in c.children if g.dep_ == "pobj" and any(self.names_actor(w) for w in (g, *g.children)
                                                                     if w.i == g.i or w.dep_ == "compound")] + heads
            # (a name or a name's compound, "EU leaders"; not a nationality's adjective: "a French woman" is no state)
        if event_type in VERBAL_TYPES:
            # A verbal act on a deed is directed at its doer: "welcomed the steps taken by Prime Minister Abadi",
            # "condemned the raids carried out by the militia" (PLOVER: the recipient is who the act is about)
            heads = [h for head in heads for h in (head, noun_agent(head, self.lex.said)) if h is not None]
            # "condemned the attack by the RSF on the camp": the act's own "by" phrase names its doer (a39)
            heads += [d for head in heads if (d := deed_doer(head, self.lex)) is not None]
            heads = self._deed_doers(heads) if event_type in ("ACCUSE", "SUPPORT") else heads
        if event_type == "ACCUSE" and (is_investigation(self, token, event_type) or inquiry_into(token, self.lex)):
            # "investigating the disappearance of journalist Juan Perez": the one investigated is the suspect, not
            # the act's victim (PLOVER ACCUSE investigate); the act's doer stays where its "by" phrase or its
            # possessor names one ("the killing of civilians by the RSF", "Russia's shelling of Kharkiv") (bug)
            heads = [d for h in heads for d in ([c for c in h.children if c.dep_ == "poss"]
                                                if investigated_act(h, self.lex) else [h])]
        if event_type in ("PROTEST", "THREATEN") and token.lemma_.lower() in self.lex.strike_words:
            heads += self.employer(token)  # "cabin crew workers at British Airways are preparing to strike"
        if event_type not in VERBAL_TYPES:
            heads += self.dwelling_owners(token)  # "executed a search warrant at Block's residence": Block
        if event_type in JUSTICE_TYPES:
            # "The man is charged", "police arrested a 23-year-old man": the one a justice act is done to is the
            # suspect the text follows (docs/annotation.md, Actor and recipient)
            heads = [self.suspect_person(h) or h for h in heads]
        for head in heads:
            if event_type in VERBAL_TYPES and (deed := joint_deed(head, self.lex)) is not None and len(
                    parties := list(dict.fromkeys(self.co_actors(head, deed)))) > 1:
                # "welcomed the agreement reached between Iraq and the KRG": a verbal act on a joint deed is
                # directed at all who did it (PLOVER, Compound and Reciprocal Actors)
                return [self._owner(a) for a in parties]
            # Coordinated targets ("killing Soleimani and al-Muhandis", "accused the Syrian government and Iran"):
            # all of them, the first named first (PLOVER, Compound and Reciprocal Actors: a list of recipients).
            if self.actor_in(head) is not None or self.the_two(head) or self.listed_before(head):
                # "attacked the pair": both named before; "They were released": the parties listed before
                along = [a for g in undergone_along(token) for a in self.actors_of(g)] if head.dep_ in (
                    "nsubjpass", "nsubj") and passive else []  # "he, along with X, was hanged": both
                return list(dict.fromkeys(self._owner(actor) for actor in self.actors_of(head) + along))
        return []

    def _deed_doers(self, heads: list[Token]) -> list[Token]:
        """What a verbal act on a deed is directed at: the deed's doer, as its own phrase names it (its "by" phrase,
        its possessor, a party's modifier: ``source``), never whom or where the deed struck. "China condemned the
        visit by the US Speaker to Taiwan" is directed at the US, "Putin described the killing of Karlov as a
        provocation" at the unnamed killer, none (PLOVER, ACCUSE and SUPPORT: the recipient is the one whose act is
        condemned or approved; docs/annotation.md, Actor and recipient: who did it, to whom it was directed). A
        joint deed keeps its parties (``targets``). Only for disapproval and approval of what was done: a demand
        for a deed ("wanted the release of their fighters held by the rebels") is directed at whoever is to do it."""
        out: list[Token] = []
        for head in heads:
            joint = (deed := joint_deed(head, self.lex)) is not None and len(set(self.co_actors(head, deed))) > 1
            if joint or head.pos_ != "NOUN" or not (_act_noun(self, head) or trigger_type(self, head) is not None):
                out.append(head)
            elif (doer := self.source(head)) is not None and doer.i not in {h.i for h in out}:
                out.append(doer)
        return out

    def _means(self, token: Token) -> bool:
        """A weapon or a word of an attack's means ("a car bomb was detonated"), which is no one it was done to; a
        group of people a mode word names ("the gunman was arrested") is someone (collectives, groups.py)."""
        own = self.by_token.get(token.i)
        return self.in_mention("WEAPON", token) or token.lemma_.lower() in self.lex.cues_of("ASSAULT") and not (
            own is not None and id(own) in self.groups)

    def actors_of(self, head: Token | None) -> list[str]:
        """The actors a phrase names, with those coordinated with it ("Russia and Turkey", "he and Erdogan",
        "Cavusoglu and his Russian counterpart, Sergey Lavrov"): the head's (``actor_in``), then each conjunct's, in
        the text's order, each once. PLOVER codes compound actors as a list (Compound and Reciprocal Actors); an
        alternative ("Russia or Turkey") is no compound, so it gives the head's only."""
        if head is None:
            return []
        if head.lower_ == "they" and head.dep_ in ("nsubj", "nsubjpass") and self.actor_in(head) is None:
            return self.met_before(head) or self.listed_before(head)
        if (pair := self.the_two(head)):
            return pair  # "the two leaders affirmed": the two persons named just before
        conjuncts = sorted((c for c in head.conjuncts if c.i > head.i and c.pos_ in ("NOUN", "PROPN", "PRON")),
                           key=lambda c: c.i)
        if not conjuncts and (owners := self._coordinated_possessors(head)):
            return owners  # "Russia and Iran's support for Assad": both states' support (lst)
        if not conjuncts and (shared := self._coordinated_qualifiers(head) or self._held_by_each(head)):
            return shared  # "the Ethiopian and Kenyan foreign ministers": both states' ministers
        if not conjuncts and (listed := self._listed_appositive(head)) is not None:
            conjuncts = sorted((listed, *listed.conjuncts), key=lambda c: c.i)  # "Mali, Burkina Faso and Niger"
        elif conjuncts:
            conjuncts = sorted((*self._listed_between(head, conjuncts[0]), *conjuncts), key=lambda c: c.i)
        # "Israel as well as the United States condemned": a coordination the parse made two subjects (lst)
        split = [k for s in split_coordination(head, ALTERNATIVES) for k in (s, *s.conjuncts) if k.i > head.i
                 and k.pos_ in ("NOUN", "PROPN", "PRON")]
        split += [g for t in (head, *conjuncts, *split) for g in as_well_as(t)]  # "Russia as well as Belarus"
        conjuncts = sorted({c.i: c for c in (*conjuncts, *split)}.values(), key=lambda c: c.i)
        if any(c.dep_ in ("cc", "preconj") and c.lower_ in ALTERNATIVES for t in (head, *conjuncts)
               for c in t.children):
            conjuncts = []
        chain = {t.i for t in (head, *conjuncts)}
        parties = [head]
        for c in conjuncts:
            # A conjunct with no "and" or comma before it is the same party misparsed ("he and Turkish President
            # Recep Tayyip Erdogan": President and Erdogan): the name, which comes last, stands for a word that
            # names no actor of its own
            parted = c in split or any(t.dep_ in ("cc", "punct") and t.head.i in chain
                                       for t in head.doc[parties[-1].i + 1:c.i])
            if parted:
                parties.append(c)
            elif not self.names_actor(parties[-1]):
                parties[-1] = c
        # A party named only by common words joins the compound ("Turkey and activists on the ground accused"),
        # but not as the rest the text adds to a named actor ("the regime and other forces"), which is the one it
        # codes; and the named bodies it gives as examples stand for it ("the Asad regime and militias like
        # Hezbollah": Hezbollah; PLOVER codes the entity that carried the act out)
        joint = self._told_joint(head)  # "X and allied militias carried out joint attacks": both act (m39)
        found = [a for i, p in enumerate(parties)
                 for a in ([self.actor_in(p)] if i == 0 or not self._common(p)
                           else self.examples(p) or ([] if self._adjunct(p) and not joint else [self.actor_in(p)]))]
        # "Somali forces, together with AU troops, attacked", "Russia, along with Iran, backs": a compound too
        found += [a for c in companions(head, self.lex.partnering) for a in self.actors_of(c)]
        # "Turkey, Russia, and Iran agreed", the parse making Turkey the root: the items before the subject (lst)
        before = cut_list_before(head, ALTERNATIVES)
        if before and all(self.names_actor(t) for t in before):
            found = [self.actor_in(t) for t in before] + found
        return [a for a in dict.fromkeys(found) if a is not None]

    def the_two(self, head: Token) -> list[str]:
        """The pair "the two leaders", "both presidents", "the two countries" point back at: the two persons (for a
        title, office_titles and person_titles, or collectives.yaml ``pair_person_nouns``: "men") or states (for
        ``pair_state_nouns``: "countries") named last before it, in its sentence or the two before (PLOVER,
        Compound and Reciprocal Actors: every actor of a compound is coded; docs/annotation.md, Lists)."""
        lemma = head.lemma_.lower()
        pair = head.tag_ == "NN" and lemma in self.lex.pair_nouns and any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "this") for c in head.children) and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in head.children)  # "the pair", not "a pair of boots"
        if not pair and (head.tag_ != "NNS" or not any(
                c.lower_ == "two" and c.dep_ == "nummod" or c.lower_ == "both" and c.dep_ in ("det", "predet")
                for c in head.children)):
            return []
        if pair or lemma in self.lex.office_titles | self.lex.person_titles | self.lex.pair_persons:
            kinds = {"PERSON"}
        elif lemma in self.lex.pair_states:
            kinds = {"GPE"}
        else:
            return []
        start = two_before(head)
        named = [m.actor for m in self.ctx.mentions if start <= m.start and m.end <= head.idx and m.actor
                 and m.type in kinds]
        last = list(dict.fromkeys(reversed(named)))[:2]
        return list(reversed(last)) if len(last) == 2 else []

    def _coordinated_qualifiers(self, head: Token) -> list[str]:
        """The actors of a plural noun qualified by coordinated names ("the Ethiopian and Kenyan foreign ministers",
        "the Sudanese and Chadian armies"): one party each (PLOVER, Compound and Reciprocal Actors: every actor of a
        compound is coded; docs/annotation.md, Lists). Not an alternative ("Ethiopian or Kenyan"), nor a noun in the
        singular ("the US and UK embassy" names one thing). Adjectives only: the seeds gold codes "KH and AAH
        leaders threatened" as one event per body, which a list would fail (tests/floors.json)."""
        if head.pos_ != "NOUN" or head.tag_ not in ("NNS", "NNPS"):
            return []
        for mod in (c for c in head.children if c.dep_ == "amod" and c.i < head.i):
            if actors := self._one_each(mod, ()):
                return actors
        # "the foreign ministers of Russia and China", "the leaders of Ethiopia and Eritrea": holders of an office
        # of each state named, one party each (a title's "of" phrase, office_titles and person_titles)
        if head.lemma_.lower() not in self.lex.office_titles | self.lex.person_titles:
            return []
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                if actors := self._one_each(obj, ACTOR_TYPES):
                    return actors
        return []

    def _coordinated_possessors(self, head: Token) -> list[str]:
        """The actors of a noun no mention covers that stands for its possessor, where the possessor is a
        coordination: "Russia and Iran's support for Assad" (the parse hangs "'s" on Iran, Iran a conjunct of Russia):
        every owner (PLOVER, Compound and Reciprocal Actors; docs/annotation.md, *Lists*) (lst)."""
        if head.pos_ != "NOUN" or self.by_token.get(head.i) is not None:
            return []
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None or not any(k.i > owner.i for k in owner.conjuncts) or self.actor_in(owner) is None \
                or self.actor_in(head) != self.actor_in(owner):
            return []
        owners = self.actors_of(owner)
        return owners if len(owners) > 1 else []

    def _held_by_each(self, head: Token) -> list[str]:
        """The actors of a plural noun the parse already reads as the body its "of" or "from" phrase names, where that
        phrase is a coordination: "fighters from JNIM and the Islamic State", "the governments of Mali and Niger"
        (one party each; PLOVER, Compound and Reciprocal Actors). Only where the noun stands for the first body
        named ("residents of Goma and Bukavu" are residents, no state) and every item names an actor (lst)."""
        if head.pos_ != "NOUN" or head.tag_ not in ("NNS", "NNPS") or (own := self.actor_in(head)) is None:
            return []
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                if (actors := self._one_each(obj, ACTOR_TYPES)) and actors[0] == own:
                    return actors
        return []

    def _one_each(self, first: Token, kinds: Collection[str]) -> list[str]:
        """The actors of a coordination that begins at ``first`` ("Ethiopian and Kenyan", "of Russia and China"), one
        party each; none for a single item, for alternatives ("Ethiopian or Kenyan"), or where an item names no
        actor (of ``kinds``, where given) or two items name the same."""
        chain = [first, *sorted((k for k in first.conjuncts if k.i > first.i), key=lambda k: k.i)]
        if len(chain) < 2 or any(c.dep_ in ("cc", "preconj") and c.lower_ in ALTERNATIVES
                                 for t in chain for c in t.children):
            return []
        actors = [m.actor if (m := self.mention_at(t, *kinds)) is not None else None for t in chain]
        return actors if all(actors) and len(set(actors)) == len(actors) else []

    def _listed_appositive(self, head: Token) -> Token | None:
        """The second item of a list of three or more the parse took for an appositive: "Mali, Burkina Faso and
        Niger" (Faso an appositive of Mali, Niger its conjunct). An appositive restates its head; one that names
        another actor of the same kind (two states, two organisations, two persons) and is itself coordinated
        begins the rest of a list (PLOVER, Compound and Reciprocal Actors: every actor of a compound is coded)."""
        own = self.by_token.get(head.i)
        for appos in (c for c in head.children if c.dep_ == "appos" and c.i > head.i):
            other = self.by_token.get(appos.i)
            if own is None or other is None or not (own.actor and other.actor) or own.actor == other.actor:
                continue
            if own.type == other.type and any(c.dep_ == "conj" for c in appos.children) and any(
                    c.dep_ == "cc" and c.lower_ not in ALTERNATIVES for c in appos.children):
                return appos
        return None

    def _listed_between(self, head: Token, conjunct: Token) -> list[Token]:
        """The middle item of a list with a comma before its "and" that the parse took for an appositive: "Mali,
        Burkina Faso, and Niger" (Faso an appositive of Mali, Niger its conjunct). A name set off by commas between
        a party and its conjunct, naming another actor of the same kind, is an item (PLOVER, Compound and
        Reciprocal Actors), not a restatement ("the RSF, a paramilitary group, and the army": no name) (lst)."""
        own = self.by_token.get(head.i)
        if own is None or not own.actor:
            return []
        out = []
        for appos in (c for c in head.children if c.dep_ == "appos" and head.i < c.i < conjunct.i):
            other = self.by_token.get(appos.i)
            after = head.doc[appos.right_edge.i + 1] if appos.right_edge.i + 1 < len(head.doc) else None
            if appos.pos_ == "PROPN" and other is not None and other.actor and other.actor != own.actor \
                    and other.type == own.type and after is not None and after.lower_ == "," \
                    and head.doc[appos.left_edge.i - 1].lower_ == ",":
                out.append(appos)
        return out

    def met_before(self, pronoun: Token) -> list[str]:
        """The parties of the meeting told just before that a "they" with no body before it stands for: "Boris
        Johnson met the Iraqi Foreign Minister ... They also agreed to work together" (both who met; PLOVER,
        Compound and Reciprocal Actors). Only a meeting of two parties or more, in the two sentences before."""
        since = two_before(pronoun)
        for event in reversed(self.ctx.events):
            if event.type != "CONSULT" or not any(since <= e.start < self.sent.start_char for e in event.evidence):
                continue
            parties = list(dict.fromkeys(event.actors("source") + event.actors("target")))
            return parties if len(parties) > 1 else []
        return []

    def listed_before(self, pronoun: Token) -> list[str]:
        """The parties a subject "they" stands for where the nearest subject before it, in its sentence or the one
        before, is a coordination of two or more actors: "Niger, Mali and Burkina Faso left ECOWAS. They accused the
        bloc" (all three), "Rivera, Ramirez, Mayhugh and Vasquez were sentenced ... They were released" (all four).
        PLOVER, Compound and Reciprocal Actors: every actor of a compound is coded. None where the nearest subject is
        a single party or names no actor."""
        if pronoun.lower_ != "they" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return []
        sents = [pronoun.sent] + ([pronoun.doc[pronoun.sent.start - 1].sent] if pronoun.sent.start > 0 else [])
        for sent in sents:
            subjects = [t for t in sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")
                        and t.pos_ in ("NOUN", "PROPN")]
            if subjects:
                subject = subjects[-1]
                if not any(c.dep_ == "conj" for c in subject.children):
                    return []
                parties = self.actors_of(subject)
                return parties if len(parties) > 1 else []
        return []

    def examples(self, head: Token) -> list[str]:
        """The actors a phrase of common words names as its examples: "militias like Hezbollah", "groups such as
        JNIM and the ISGS"."""
        preps = [c for c in head.children if c.dep_ == "prep" and (c.lower_ == "like" or c.lower_ == "as" and any(
            t.lower_ == "such" for t in (*c.children, head.doc[c.i - 1])))]
        return [a for c in preps for g in c.children if g.dep_ == "pobj" for a in self.actors_of(g)]

    def _common(self, token: Token) -> bool:
        """Whether a phrase names its actor only by common words: a collective actor of the groups stage ("other
        forces", "militias like Hezbollah"), not a name nor a word a name qualifies ("the German ambassador")."""
        mention = self.by_token.get(token.i)
        return mention is not None and id(mention) in self.groups

    def _adjunct(self, token: Token) -> bool:
        """Whether a group phrase is a rest added to a named party: "other forces", "allied militias"; or its
        following, "the parties and their supporters" (PLOVER codes the organisation its following acts for)."""
        return any(c.lower_ in self.lex.adjuncts or c.dep_ == "poss" and c.tag_ == "PRP$"
                   for c in token.children if c.i < token.i)

    def _told_joint(self, head: Token) -> bool:
        """Whether the subject's verb tells its act as joint: "carried out joint attacks", "jointly attacked"
        (plover.yaml ``joint_words``, ``joint_adverbs``): then a party added to a named one ("and allied militias")
        is in the actor list too (PLOVER, Compound and Reciprocal Actors: lists for joint events) (m39)."""
        if head.dep_ != "nsubj" or head.head.i == head.i:
            return False
        verb = head.head
        return any(c.dep_ == "advmod" and c.lower_ in self.lex.joint_adverbs or c.dep_ == "dobj" and any(
            g.dep_ == "amod" and g.lower_ in self.lex.joint for g in c.children) for c in verb.children)

    def names_actor(self, token: Token) -> bool:
        """Whether a token lies in a mention of an actor (a person, a body, a state) that has an actor."""
        mention = self.mention_at(token, *ACTOR_TYPES)
        return mention is not None and bool(mention.actor)

    def co_actors(self, token: Token, event_type: str) -> list[str]:
        """The other parties of a joint or reciprocal act, who act with its subject rather than receive it (PLOVER,
        Compound and Reciprocal Actors; docs/annotation.md, *Lists*): "spoke with Kerry", "talks between Iraq and
        the KRG", "a deal between Exxon and Rosneft", "a shootout with police". Only types whose parties
        all act (``JOINT_TYPES``); for ASSAULT only a two-sided fight (``two_sided`` words), as "attacked the
        town with drones" names a weapon and "police attacked protesters" a victim."""
        if event_type not in JOINT_TYPES:
            # "Exxon signed a deal with Rosneft": every party an agreement names acts
            return [a for head in agreement_parties(token, self.lex) for a in self.actors_of(head)]
        if event_type == "ASSAULT" and not self.two_sided(token):
            return []
        verbs = [token] + [c for c in token.children if c.dep_ == "xcomp"] if token.pos_ == "VERB" else [token]
        if token.pos_ == "NOUN":  # its participle's parties: "the agreement reached between Iraq and the KRG",
            verbs += [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]  # "brokered ... with Russia"
        if token.pos_ == "NOUN" and token.dep_ == "nsubjpass" and token.head.lemma_.lower() in self.lex.realized_by:
            verbs.append(token.head)  # "a deal was reached between Armenia and Azerbaijan", "talks were held between
            # X and Y": the parse hangs the parties on the passive verb that makes the deal or meeting (rcv)
        if token.pos_ == "NOUN" and event_type == "ASSAULT" and token.dep_ == "nsubj" and token.head.pos_ == "VERB" \
                and not any(c.dep_ == "dobj" for c in token.head.children) and trigger_type(self, token.head) is None:
            # the verb only tells the fight happening ("clashes broke out between the army and the RSF", "fighting
            # erupted between X and Y"): its parties are the fight's
            verbs.append(token.head)
        if event_type == "CONSULT" and token.pos_ == "VERB":
            # "talked trade during a telephone call with Merkel", "spoke at a meeting with the envoy": the party
            # hangs on the meeting the verb's phrase names
            verbs += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("during", "in", "at", "on")
                      for g in c.children if g.dep_ == "pobj" and (self.lex.nouns.get(g.lemma_.lower()) == "CONSULT"
                                                                   or by_phone(self, g))]
        # "between" and "with" name the other parties of a joint act (annotation.md, Lists)
        preps = ("with", "between") if event_type in JOINT_TYPES else ("between",)
        heads = [g for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in preps
                 for g in c.children if g.dep_ == "pobj"]
        if event_type == "CONSULT" and token.pos_ == "NOUN" and (setting := set_in(token, self.lex)) is not None \
                and setting.lemma_.lower() in self.lex.journey_verbs:
            # "Johnson joined Kerry and international partners in Paris for talks": whom the subject joins for the
            # meeting meets with it, a party as the subject is (PLOVER CONSULT; Compound and Reciprocal Actors) (arg)
            heads += [o for o in setting.children if o.dep_ == "dobj"]
        # "held talks with X": the party hangs on the light verb's object
        if token.lemma_.lower() in self.lex.light_verbs:
            heads += [g for o in token.children if o.dep_ == "dobj" for c in o.children
                      if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
        return [a for head in heads for a in self.actors_of(head)]

    def two_sided(self, token: Token) -> bool:
        """Whether an ASSAULT word names violence both sides use ("clashed", "a shootout", "fighting between"): PLOVER
        ASSAULT codes all its participants as the actor."""
        words = {token.lemma_.lower(), token.lower_}
        words |= {o.lemma_.lower() for o in token.children if o.dep_ == "dobj"}  # "exchanged fire with"
        return bool(words & self.lex.two_sided)

    def protested(self, token: Token) -> list[Token]:
        """Whom a protest is directed at, told in its purpose clause (PLOVER PROTEST: the recipient is the target of
        the demonstration): the one its demand is made of ("gathered to demand the government scrap the bill",
        "rallied to urge parliament to ...") or its anger is aimed at ("gathered to voice their anger at police")."""
        out: list[Token] = []
        for holder in (token, self.governor(token)):
            if holder is None:
                continue
            for purpose in (c for c in holder.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
                objects = [c for c in purpose.children if c.dep_ == "dobj"]
                if self.lex.verbs.get(purpose.lemma_.lower()) == "REQUEST":
                    out += objects + recipients(purpose, "REQUEST", self.lex.movers)
                out += [g for h in (purpose, *objects) for c in h.children if c.dep_ == "prep"
                        and c.lower_ in ("at", "against") for g in c.children if g.dep_ == "pobj"]
        return out + self.grievance(token)

    def grievance(self, token: Token) -> list[Token]:
        """Whom a protest's grievance is aimed at, told by a word of anger on the protest or on the protesters
        ("protests by Turks angry over Russia's support for Assad", "Sudanese protested, angry over the army's
        seizure of power": Russia, the army; plover.yaml ``grievance_words``): the doer of the act they are angry
        over, or the party named as its object (PLOVER PROTEST: the recipient is the target of the protest)."""
        crowd = [g for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                 for g in c.children if g.dep_ == "pobj"] + [c for c in token.children if c.dep_ == "nsubj"]
        crowd += [g for c in crowd for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]  # "thousands of Sudanese, angry at ..."
        out: list[Token] = []
        for holder in (token, *crowd):
            for word in (c for c in holder.children if c.lower_ in self.lex.grievance
                         and c.dep_ in ("amod", "acomp", "advcl", "advmod", "xcomp", "npadvmod")):
                for cause in (g for p in word.children if p.dep_ == "prep" and p.lower_ in GRIEVANCE_PREPS
                              for g in p.children if g.dep_ == "pobj"):
                    doer = self.cause_doer(cause)
                    out.append(doer if doer is not None else cause)
        return out

    def _owner(self, actor: str) -> str:
        """An attack on an embassy or a base is an attack on the state that keeps it."""
        record = self.ctx.knowledge.get(actor)
        if (record is None or record.kind == "state" or not record.country
                or self.facility(tuple(record.aliases)) is None):
            return actor
        return next((s.id for s in self.ctx.knowledge.states() if s.country == record.country), actor)

    def mention_at(self, token: Token, *types: str) -> Mention | None:
        """The mention at ``token``, where there is one (and it is of one of ``types``, where given)."""
        mention = self.by_token.get(token.i)
        return mention if mention is not None and (not types or mention.type in types) else None

    def in_mention(self, mention_type: str, token: Token) -> bool:
        """Whether a token lies in a mention of that type ("WEAPON", "DATE", "MONEY")."""
        return self.mention_at(token, mention_type) is not None

    # --- the clauses an event hangs on, and its mode (its date, place and toll: the mixins) ---
    def rings(self, token: Token) -> list[list[Token]]:
        """The event's own clause (a noun's whole phrase), then each clause it hangs on, up to the main one."""
        heads = self.ring_heads(token)
        return [list(token.subtree) if token.pos_ == "NOUN" else self.clause(token)] + [
            self.clause(head) for head in heads[1:]]

    def ring_heads(self, token: Token) -> list[Token]:
        """The head of each of ``rings``: the trigger, then the verb of each clause it hangs on."""
        heads = [token]
        governor = self.governor(token) or token
        if governor.i != token.i:
            heads.append(governor)
        while governor.dep_ in CLAUSE_DEPS | {"pcomp"} and governor.head.i != governor.i:
            # Up through participles and complements: "Citing threats, X closed ... last year",
            # "A bomber blew himself up at a checkpoint in Baghdad, killing 12".
            # (a finite verb the parse hangs on an infinitive goes with the infinitive's head: "urged the ELN to
            # release its hostages and called on ...", whose call is no release)
            governor = finite_beside_infinitive(governor) or governor.head
            heads.append(governor)
        return heads

    def shared_phrases(self, token: Token) -> list[Token]:
        """The phrases a trigger verb shares with the verbs coordinated after it: those the last conjunct takes after
        itself, where every conjunct shares the trigger's subject and the last tells an act ("attacked a police
        station in Cucuta and bombed a pipeline in Arauca on Friday": both on Friday). A conjunct with a subject of
        its own is another clause ("and Ukrainian forces struck a depot in Donetsk"), whose phrases are its own; the
        trigger's own phrases outrank the shared ones (``date``, ``places`` read them after its own clause) (clz)."""
        if token.pos_ != "VERB":
            return []
        conjuncts, stack = [], [c for c in token.children if c.dep_ == "conj"]
        while stack:
            verb = stack.pop()
            if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
                return []  # another clause, or a coordinated noun: nothing shared
            conjuncts.append(verb)
            stack.extend(c for c in verb.children if c.dep_ == "conj")
        if not conjuncts:
            return []
        last = max(conjuncts, key=lambda t: t.i)
        if trigger_type(self, last) is None:
            return []  # "were arrested and remained in custody as of Sunday": the state's time, not the arrest's
        return sorted((t for c in last.children if c.dep_ in ("prep", "npadvmod") and c.i > last.i for t in c.subtree),
                      key=lambda t: t.i)

    def own_setting(self, verb: Token) -> set[str]:
        """What a verb's own clause, its subject aside, names of the act's setting, as kinds: "place" and "date"
        ("wounded nine in Aleppo on Tuesday": both; "killed four people in Idlib": a place). The clauses a
        participle or an adverbial clause hangs on are its setting too ("struck Sumy on Monday, killing two")."""
        kinds: set[str] = set()
        while True:
            subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
            for t in self.clause(verb):
                mention = self.by_token.get(t.i) if t.i not in subject else None
                if mention is not None and mention.type in ("GPE", "LOC", "FAC"):
                    kinds.add("place")
                elif mention is not None and mention.type == "DATE" and mention.value:
                    kinds.add("date")
            if verb.dep_ not in ("advcl", "xcomp") or verb.head.i == verb.i:
                return kinds
            verb = verb.head

    def mode(self, event_type: str, tokens: list[Token]) -> str | None:
        if event_type == "THREATEN" and any(t.lemma_.lower() in self.lex.strike_words and labour_strike(t, self.lex)
                                            for t in tokens):
            # "the union threatened a nationwide strike": a strike's threat restricts, no violence (PLOVER THREATEN
            # restrict: strikes; docs/annotation.md, Strikes) (rcx)
            return "restrict"
        for mode, cues in self.lex.modes.get(event_type, []):
            if has_cue(cues, tokens):
                return mode
        return None


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


def _acts_apart(one: Event, other: Event, triggers: dict[int, Token], lex: Lexicon) -> bool:
    """Two acts of one sentence that stay two: coordinated attacks (``coordinated_acts``) or an act and the earlier
    one it answers (``_answered_apart``)."""
    return coordinated_acts(one, other, triggers) or _answered_apart(one, other, triggers, lex)


def _answered_apart(one: Event, other: Event, triggers: dict[int, Token], lex: Lexicon) -> bool:
    """Whether one of two acts of a sentence is the earlier act the other answers: "fired rockets at a base in
    response to the killing of one of its commanders", "launched an offensive in retaliation for the ambush of a
    convoy" (plover.yaml ``answer_nouns``): two occurrences, with other actors and times (docs/annotation.md, One
    event or several), not one act told twice (r39)."""
    for token in filter(None, (triggers.get(id(one)), triggers.get(id(other)))):
        head = token.head
        if token.pos_ == "NOUN" and token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("to", "for") \
                and head.head.lemma_.lower() in lex.answer_nouns:
            return True
    return False


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


def _describes_one(token: Token) -> bool:
    """A statement told in a restrictive relative clause of an indefinite noun in the present ("a movement that
    demands independence", "a blogger who praises the junta"): the clause says what kind of one the noun is, a role
    or a standing trait, not an act that took place (PLOVER: events are acts that took place). A clause in the past
    ("an Islamic State member who encouraged him to attack", "a cleric who had praised the coup") tells an act,
    background the text reports in passing, which is coded (docs/annotation.md, *Background acts*: in a main or a
    subordinate clause) (bgr); so does a clause set off by a comma ("the envoy, who urged both sides ...") or on a
    definite noun."""
    verb = token if token.pos_ in ("VERB", "AUX") else None
    if verb is None or not (verb.dep_ == "relcl" or verb.dep_ == "acl" and any(
            c.dep_ == "nsubj" for c in verb.children)):  # the parse makes "an incident Uber blamed" an acl
        return False
    if verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "did", "was", "were")
                                 for c in verb.children):
        return False  # "who encouraged him", "who had praised the coup": an act told, not a trait
    noun = verb.head
    if noun.i > verb.i or any(w.is_punct for w in noun.doc[noun.i + 1:verb.i]):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


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


def _nearest_first(head: Token, tokens: list[Token]) -> list[Token]:
    """A phrase's words, those nearest its head in the parse first, then in the text's order: "the decision of Kenyan
    President William Ruto" names Ruto before the state that qualifies his title, "a deal with Russian oil giant
    Rosneft" Rosneft (PLOVER: the actor or recipient is the entity the phrase is about, not a qualifier of it)."""
    def depth(token: Token) -> int:
        steps, t = 0, token
        while t.i != head.i and t.head.i != t.i:
            steps, t = steps + 1, t.head
        return steps
    return sorted(tokens, key=lambda t: (depth(t), t.i))


def _the_nation(token: Token) -> bool:
    """Whether a people's plural names its nation as a party: "agreed with the Russians", "the Americans warned";
    not "two Moroccans", "Syrians", "thousands of the Syrians" (people of a nation, not its state)."""
    children = list(token.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and not any(
        c.dep_ in ("nummod", "amod", "quantmod") for c in children) and not (
        token.dep_ == "pobj" and token.head.lower_ == "of")


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


def _by_outlet(sentence: Sentence, token: Token) -> bool:
    """Whether a request is a news outlet's asking (for comment, for an explanation): the reporting, not an event
    of the story (docs/annotation.md: a report of an event is not itself an event of the reporter). The outlet is a
    media actor of the knowledge base or the one that publishes the article."""
    agent = sentence.source(token)
    actor = sentence.actor_in(agent)
    record = sentence.ctx.knowledge.get(actor) if actor else None
    if record is not None and record.kind == "media":
        return True
    outlet = (sentence.ctx.document.outlet or "").lower()
    name = " ".join(t.lower_ for t in agent.subtree if t.pos_ == "PROPN") if agent is not None else ""
    return bool(outlet) and name == outlet


def _summary(sentence: Sentence, token: Token) -> Token | None:
    """The word of blame a bare plural act noun with no date of its own is answered for by ("blamed for attacks in
    Turkey"): past acts told in passing as one summary (``event_forms.answered_for``); one its phrase dates ("claimed
    responsibility for Dec. 10 bombings") is told as an occurrence (bgr)."""
    if token.pos_ != "NOUN" or any((m := sentence.mention_at(t, "DATE", "TIME")) is not None and m.value
                                   for t in token.subtree):
        return None
    return answered_for(token, sentence.lex)


def _events_at(sentence: Sentence, token: Token, event_type: str, previous: str | None) -> list[Event]:
    """The events a trigger reports (``_events_of``), a meeting's visitor as its actor (``visitor_first``)."""
    events = _events_of(sentence, token, event_type, previous)
    if (word := _summary(sentence, token)) is not None:
        # "The RSF, which has been blamed for attacks on hospitals": a summary of past acts, their actor the party
        # held to answer for them, their date none but one their own phrase gives (docs/annotation.md, *Background
        # acts*, *Summaries*; Date: a background act with no date stays null) (bgr)
        party = answering_party(word)
        doers = sentence.actors_of(sentence.antecedent(party)) if party is not None else []
        summed = []
        for event in events:
            event = replace(event, date=None)  # the time of the clause that blames is not the acts' (Date)
            if not event.actors("source") and doers:
                event = replace(event, source=None, sources=[])
                event.set_actors("source", doers)
            summed.append(event)
        return summed
    if event_type == "AID" and token.lemma_.lower() in sentence.lex.receiving_verbs:
        # "Sudan received wheat from Russia": the subject is the recipient, the "from" phrase the provider (w37)
        out = []
        for event in events:
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            givers = [a for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                      if g.dep_ == "pobj" for a in sentence.actors_of(g)]
            takers = sentence.actors_of(sentence.antecedent(subject)) if subject is not None else []
            received = replace(event, source=None, target=None, sources=[], targets=[])
            received.set_actors("source", givers)
            received.set_actors("target", [t for t in takers if t not in givers])
            out.append(received)
        return out
    if event_type != "CONSULT":
        return events
    # CONSULT's modes (docs/annotation.md, *Meetings and visits*): `visit` where the actor visits, `phone` for calls
    if token.lemma_.lower() == "visit":
        return [replace(event, mode="visit") for event in events]
    if token.lemma_.lower() in sentence.lex.hosting:
        # the host is the subject and the recipient, the guest the actor (docs/annotation.md, Meetings and visits)
        out = []
        for event in events:
            host = verb_parties(sentence, token)[0]  # the subject, or the agent of "was received by the king"
            hosts = sentence.actors_of(host) if host is not None else []
            guests = sentence.actors_of(hosted_guest(sentence, token))
            hosted = replace(event, mode="visit", source=None, target=None, sources=[], targets=[])
            hosted.set_actors("source", guests)
            hosted.set_actors("target", [h for h in hosts if h not in guests])
            out.append(hosted)
        return out
    if (parties := hosted_between(sentence, token)):
        # "Qatar hosted talks between Israel and Hamas": the parties meet, the host is a third party, neither actor
        # nor recipient (docs/annotation.md, Meetings and visits: mode `third-party`, hosted by a third party)
        out = []
        for event in events:
            hosted = replace(event, mode="third-party", source=None, target=None, sources=[], targets=[])
            hosted.set_actors("source", parties)
            out.append(hosted)
        return out
    if by_phone(sentence, token):
        # a call, whoever placed it, has no host: every party is its actor, none its recipient (docs/annotation.md,
        # Meetings and visits: "Who 'met with' whom, or who called, does not make a host")
        out = []
        for event in events:
            called = replace(event, mode="phone", source=None, target=None, sources=[], targets=[])
            called.set_actors("source", list(dict.fromkeys(event.actors("source") + event.actors("target"))))
            out.append(called)
        return out
    return [visitor_first(sentence.ctx.knowledge, event) for event in events]


def _events_of(sentence: Sentence, token: Token, event_type: str, previous: str | None) -> list[Event]:
    """The event a trigger reports: one per place when coordinated objects lie in different places; with no place
    when its sentence names none (``placed_at_home`` may lend it the article's)."""
    agent, deed = sentence.source(token), None
    if agent is not None and (trigger_type(sentence, agent) is not None or _act_noun(sentence, agent)
                              or agent.lemma_.lower() in sentence.lex.two_sided
                              and len(sentence.co_actors(agent, event_type)) > 1):
        # "a rocket attack by X killed ...": whoever made the attack killed; "fighting between the army and the RSF
        # killed ...": both sides. An act's noun names its doer in its own phrase only (its "by", possessive or
        # party-naming modifier): "the sanctions imposed on Russia by the EU hit its banks" is the EU's, never Russia's,
        # whom the act is aimed at (sub)
        deed, agent = agent, sentence.source(agent)
    sources = sentence.actors_of(agent)
    sources += [a for c in joined_in(token) for a in sentence.actors_of(c)]  # "X joined Y in condemning"
    targets = sentence.targets(token, event_type)
    if event_type == "COOPERATE" and token.lemma_.lower() in sentence.lex.joint_acts:
        # "joint operations against JNIM": whom the partners act against is no partner (PLOVER COOPERATE is mutual)
        foes = {a for c in token.children if c.dep_ == "prep" and c.lower_ == "against" for g in c.children
                for a in sentence.actors_of(g)}
        targets = [t for t in targets if t not in foes]
    if event_type == "ASSAULT" and (doer := sentence.role_person(agent, PERPETRATOR)) is not None:
        sources = [doer]  # "A Turkish policeman shot ... The assailant, identified as X": X (identified.py)
    undergoer = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if event_type == "ASSAULT" and (victim := sentence.role_person(undergoer, VICTIM)) is not None:
        targets = [victim]  # "killed a mayor ... The victim, Carlos Mendoza": Mendoza
    under = under_attack(sentence, token) if event_type in ("ASSAULT", "ACCUSE") else None
    if under is not None:
        # "the convoy came under fire from RSF fighters": the "from" party acts, the subject undergoes (k37)
        sources = sentence.actors_of(under[1]) if under[1] is not None else []
        targets = sentence.actors_of(under[0]) if under[0] is not None else []
    rings = sentence.rings(token)
    mode = sentence.mode(event_type, rings[0]) or sentence.mode(event_type, [t for r in rings[1:2] for t in r])
    if event_type == "MOBILIZE" and token.pos_ == "VERB" and (moved := next(
            (c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)) is not None:
        # what moves tells the mode, before the clause's verb ("deployed 400 police officers" is `police`; "deployed
        # two aircraft carriers" `weapons`: PLOVER MOBILIZE, "mobilizing weapons, ships, or vehicles") (m39)
        mode = sentence.mode(event_type, [moved, *moved.children]) or mode
    if event_type == "AID" and token.pos_ == "VERB" and forces_in_aid(token, sentence.lex):
        mode = "military"  # forces sent to help: PLOVER AID, "military and police assistance including personnel"
    if event_type == "ACCUSE" and under is not None:
        mode = "disapprove"  # criticism voiced (PLOVER ACCUSE disapprove)
    if event_type == "ACCUSE" and mode is None and token.pos_ == "VERB":
        # "called the strike a war crime", "said the decision was a disgrace": an act condemned by its name
        # (disapprove); "said the RSF was behind the attack", "said the ambush was carried out by the ELN": a party
        # said to have done it (allege) (PLOVER ACCUSE modes) (acc)
        lemma = token.lemma_.lower()
        if lemma in sentence.lex.labelling_verbs or condemned_act(token, sentence.lex) is not None or \
                lemma in sentence.lex.verbal_attack_verbs or lemma in sentence.lex.retort_verbs:
            # ... and "attacked Orban over his remarks", "took aim at the ministry": censure (ACCUSE disapprove) (fig)
            mode = "disapprove"
        elif lemma in sentence.lex.report and any(
                t.lemma_.lower() in sentence.lex.investigations for c in token.children if c.dep_ == "nsubj"
                for t in c.subtree):
            mode = "investigate"  # "a commission of inquiry found that ...": an investigation's finding
        elif lemma in sentence.lex.report:
            mode = "allege"
    if event_type == "ASSAULT" and token.pos_ == "VERB" and took_captive(token, sentence.lex):
        mode = "abduct"  # "took 256 prisoners", "held the crew hostage": PLOVER ASSAULT abduct (k37)
    elif mode == "abduct" and token.pos_ == "VERB" and token.lemma_.lower() in sentence.lex.taking_verbs and \
            territory_taken(sentence, token):
        mode = None  # "captured the town of Debre Tabor": territory taken, no one abducted (PLOVER ASSAULT) (p39)
    elif event_type == "ASSAULT" and token.pos_ == "NOUN" and (taken := noun_taken(sentence, token)) is not None:
        mode = "abduct" if taken == "person" else None  # "the capture of Mosul": territory, no one abducted (nom)
    if event_type == "THREATEN" and (content := _threat_content(token)) is not None:
        # the mode is the threat's content (PLOVER THREATEN): "threatening to kill the hostages" is `violence`
        words = [content, *(c for c in content.children if c.dep_ in ("dobj", "prt"))]
        mode = sentence.mode(event_type, words) or (
            "violence" if trigger_type(sentence, content) == "ASSAULT" else None) or mode
    co_actors = sentence.co_actors(token, event_type)
    if deed is not None:
        co_actors += sentence.co_actors(deed, event_type)  # "fighting between the army and the RSF killed 20"
    if event_type == "CONSULT" and co_actors:
        # A meeting or call "with" a party, which has no host: every party is its actor, none its recipient
        # ("spoke with Kerry", "held talks with the Arakan Army"; PLOVER CONSULT and Compound and Reciprocal
        # Actors). "Met X" keeps X as recipient: it may be a visit, whose host is the recipient (annotation.md).
        targets = [t for t in targets if t not in co_actors]
    if sources:
        sources += co_actors  # "Cavusoglu spoke with Kerry": the subject, then the other party
    elif agent is None and len(co_actors) > 1:
        # "talks between Iraq and the KRG", "fighting between the army and the RSF": no subject, the parties act
        # (one the text names but no actor resolves, "She held talks with ...", is not left out for them)
        sources = co_actors
    fight = sentence.fought_in(token) if event_type == "ASSAULT" and not sources else None
    if fight is not None and (sides := sentence.co_actors(fight, event_type)):
        # "Two Fano fighters were killed in clashes with the army": violence both sides use, whose every side is
        # an actor and none a recipient (PLOVER ASSAULT; docs/annotation.md, Lists), the fallen's side among them
        sources, targets = targets + sides, []
    sources = list(dict.fromkeys(sources))
    targets = [t for t in targets if t not in sources]
    dead, hurt = sentence.tolls(token) if event_type == "ASSAULT" else (None, None)
    event = Event("", event_type, mode, None, None, sentence.date(token, previous), None, dead, hurt,
                  [sentence.evidence])
    event.set_actors("source", sources)
    event.set_actors("target", targets)
    if event_type == "CONSULT" and by_phone(sentence, token):
        return [event]  # a call has no place where it was held (docs/annotation.md, Place)
    # an investigation is done where what it investigates happened ("investigated a theft near Hinton")
    places = sentence.places(token, own_only=event_type in VERBAL_TYPES and not is_investigation(
        sentence, token, event_type))
    if places and (finer := sentence.finer_when(token, places[0])) is not None:
        places = [finer]
    if not places:
        return [event]
    best = [m for m in places if sentence.specificity(m) == sentence.specificity(places[0])]
    distinct = distinct_places(sentence, best)
    text = sentence.ctx.document.text
    listed = len(distinct) > 1 and any(w in text[distinct[0].end:distinct[-1].start].split() for w in ("and", "or"))
    if listed and sentence.specificity(places[0]) > 0:
        # each place's act its own toll, never the clause's toll once per place (SentenceTolls.place_tolls)
        at = [next((t for t in sentence.sent if m.start <= t.idx < m.end), None) for m in distinct]
        tolls = sentence.place_tolls(token, at) if event_type == "ASSAULT" else [(dead, hurt)] * len(distinct)
        # a gapped conjunct's own day ("and 20 in Odesa on Tuesday": sentence.remnant_date) (clz)
        return [replace(event, location=measured_location(sentence, m), fatalities=d, injuries=h,
                        date=sentence.remnant_date(token, place) or event.date, evidence=[sentence.evidence])
                for m, (d, h), place in zip(distinct, tolls, at, strict=True)]
    if listed:
        return [event]  # "strikes against ISIL in Iraq and Syria": a campaign over countries has no one place
    return [replace(event, location=measured_location(sentence, places[0]))]


def _act_noun(sentence: Sentence, token: Token) -> bool:
    """Whether a common noun names an act (plover.yaml ``nouns``: "sanctions", "the attack"), not the people who act
    ("investigators", "reinforcements": a mention of an actor of their own)."""
    lex, words = sentence.lex, {token.lemma_.lower(), token.lower_}
    return token.pos_ == "NOUN" and any(w in lex.nouns for w in words) and token.i not in sentence.by_token \
        and not words & (lex.person_nouns | lex.person_words | lex.forces)


def _threat_content(token: Token) -> Token | None:
    """The verb a threat threatens in its infinitive: "threatened to kill the hostages", "a threat to cut supplies"."""
    return next((c for c in token.children if c.dep_ in ("xcomp", "acl") and c.pos_ == "VERB" and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)


def _attempted(sentence: Sentence, token: Token, event_type: str) -> bool:
    """An attack tried and failed is an ASSAULT ("tried to attack the base", "attempted to blow up a checkpoint",
    "failed to retake the town"): "deliberate actions which can potentially result in substantial physical harm"
    (PLOVER, ASSAULT; docs/annotation.md, *One event or several*: an attempted attack is an ASSAULT), where the
    attempt itself is told as done (plover.yaml attempt_heads)."""
    return (event_type == "ASSAULT" and token.dep_ == "xcomp" and token.head.lemma_.lower() in sentence.lex.attempts
            and not any(c.dep_ == "neg" for c in token.children) and sentence.asserted(token.head))


@factory("events", requires=("mentions", "actor-ids", "dates", "places"), provides=("events",))
class FindEvents:
    """Every asserted event of the document, one per occurrence within a sentence.

    The PLOVER lexicon is indexed once, when the stage is made; facilities are looked up in its gazetteer.
    """

    def __init__(self, knowledge: Knowledge, gazetteer: Gazetteer) -> None:
        self.lexicon = Lexicon(knowledge.lexicon("plover"), knowledge.lexicons.get("collectives"))
        self.facilities = Facilities(gazetteer)
        self.habits = Habits(knowledge.lexicon("plover"))
        self.promises = Promises(knowledge.lexicon("plover"))
        self.introducers = word_set(knowledge.lexicons.get("names") or {}, "name_introducers")

    def __call__(self, ctx: DocContext) -> None:
        lexicon = self.lexicon
        # the dateline's names ("GOMA, Democratic Republic of Congo, May 4 (Reuters) -") say where and when the report
        # was filed: no act's place, date or actor (docs/annotation.md, Place) (p39)
        filed = dateline_span(ctx.document.text) or (0, 0)
        by_token = ctx.mentions_by_token(m for m in ctx.mentions if not filed[0] <= m.start < filed[1])
        groups = {id(m) for m, source in zip(ctx.mentions, ctx.mention_sources, strict=False) if source == "group"}
        people = identified_people(ctx.doc, by_token, groups, self.introducers, lexicon.roles, lexicon.body_anaphors,
                                   lexicon.report)
        ctx.events = []
        previous: str | None = None  # the last event date, which "a few days later" builds on
        published = ctx.document.published if is_news_report(ctx.document.published, ctx.mentions) else None
        start = story_start(published, ctx.mentions)
        day = ctx.document.published if ctx.document.published and len(ctx.document.published) == 10 else None
        headline = headline_end(ctx.document.text)
        accident = False  # whether an accident's explosion or crash was told (docs/annotation.md, General news)
        for sent in ctx.doc.sents:
            sentence = Sentence(ctx, sent, lexicon, by_token, self.facilities, groups, people)
            found: list[Event] = []
            again: list[Event] = []  # events told before that this sentence tells again, not as a time of another
            # the acts of a time clause ("two days after two bombs killed six police officers"): other acts than the
            # one the clause dates, merged neither with it nor with the act told before (Sentence.time_clause)
            apart: list[Event] = []
            held, at = False, 0
            triggers: dict[int, Token] = {}  # each event of the sentence's by the trigger that found it
            tagged, last = 0, sent[0]
            for token in sent:
                triggers.update((id(e), last) for e in found[tagged:])
                if held:
                    apart.extend(found[at:])
                    del found[at:]
                tagged, last = len(found), token
                held, at = sentence.time_clause(token) is not None, len(found)
                # the dateline's words are no trigger: "YANGON, March 10 (Reuters) -" tells no march (p39)
                event_type = None if filed[0] <= token.idx < filed[1] else trigger_type(sentence, token)
                if event_type is None and accidental(token, lexicon):
                    accident = True  # "a gas explosion at a restaurant": no one's act (event_senses.accidental)
                elif event_type == "ASSAULT" and accident and told_accident(token, lexicon):
                    event_type = None  # "The blast happened at 8:40 a.m.": the accident told before (gp)
                elif event_type is not None and (told := ctx.events + found) and characterization(
                        token, lexicon) and not any(e.type == event_type for e in told):
                    # "It was an effective surrender" of an evacuation told before: the reporter's word for an act
                    # already coded, of another type, no second event; one of the type told ("this was an
                    # indefensible attack") is that act told again, as any retelling; with no act told before, the
                    # noun tells one ("It was an effective surrender by the rebels in Goma": n35) (gnp)
                    event_type = None
                if event_type is None and self._promised_cooperation(sentence, token):
                    # "said it would participate in the recount", "We will work with our partners"
                    found.extend(placed_at_home(sentence, _events_at(sentence, token, "AGREE", previous), "AGREE"))
                    _first_person(ctx, sentence, token, "AGREE")
                    self._date_promise(ctx, sentence, token, "AGREE", published)
                    continue
                if event_type == "REQUEST" and any(ordered_move(c, lexicon) and trigger_type(sentence, c) == "MOBILIZE"
                                                   for c in token.children):
                    continue  # "ordered troops to deploy": the order is the commander's MOBILIZE, coded once
                if event_type in VERBAL_TYPES and _describes_one(token) and not (
                        event_type == "ACCUSE" and token.tag_ in ("VBZ", "VBP")):
                    continue  # "an Islamic State member who encouraged him", "an incident Uber blamed on ..."; "a
                    # cleric whom the government accuses of staging the coup" is an accusation standing now (e36)
                if event_type is not None and verb_of_told(sentence, token, event_type, ctx.events):
                    continue  # "The attack targeted ...": the verb tells what the act told before did
                if event_type == "REQUEST" and (protest := protest_just_before(sentence, token, ctx.events)
                                                or demand_in_protest(sentence, token, found)) is not None:
                    tell_again(protest, sentence, [])  # "They called for the minister's resignation"
                    continue
                if event_type == "REQUEST" and backed_by_threat(sentence, token):
                    continue  # "demanded a ransom, threatening to kill the hostage": the threat is the event
                if event_type == "REQUEST" and _by_outlet(sentence, token):
                    continue  # "Breitbart News has asked the Pentagon to ...": the report's own questions
                # a strike noun announced, voted for or called ("announced a 48-hour strike", "voted for an overtime
                # ban") is a threat of one, as a strike verb planned is (docs/annotation.md, Strikes) (gp)
                announced = event_type == "PROTEST" and token.pos_ == "NOUN" and labour_strike(token, lexicon) and \
                    strike_threat(
                        token, None, lexicon, self.promises.modals)
                if event_type is not None and not _attempted(sentence, token, event_type) and \
                        (announced or not sentence.asserted(token)):
                    threat = event_type == "PROTEST" and labour_strike(token, lexicon) and strike_threat(
                        token, sentence.governor(token), lexicon, self.promises.modals)
                    if event_type == "MOBILIZE" and ordered_move(token, lexicon) and sentence.asserted(token.head):
                        ordered = _events_at(sentence, token, event_type, previous)
                        commander = sentence.actor_in(sentence.source(token.head))  # who orders mobilizes
                        found.extend(placed_at_home(
                            sentence, [replace(e, source=commander, sources=[]) if commander else e for e in ordered],
                            event_type))
                        if published and not sentence.vaguely_dated(token) and told_as_occurrence(
                                token.head, self.habits):
                            # "He ordered officials to strengthen protection": ordered when the report tells it
                            ctx.occurrence_dates[(event_type, sentence.evidence.key())] = occurrence_date(
                                published, start, token.head)
                        continue
                    # "will provide aid" is AGREE, "announced it would withdraw" CONCEDE, "are preparing to strike"
                    # THREATEN restrict; else not an event
                    # an announced withdrawal from a body keeps its type (docs/annotation.md; the manual turns only
                    # future cooperation into AGREE and future retreats into CONCEDE)
                    kept = event_type == "SANCTION" and withdrawal_from_body(token, lexicon) and \
                        self.promises.coded_type("RETREAT", token, sentence.governor(token)) is not None
                    event_type = "THREATEN" if threat else "SANCTION" if kept else self.promises.coded_type(
                        event_type, token, sentence.governor(token)) or self.promises.announced(
                        event_type, token, sentence.governor(token))  # "said they would attack", "will face charges"
                    if event_type is not None:
                        events = _events_at(sentence, token, event_type, previous)
                        if event_type == "ACCUSE":  # only a charge is told by its future ("will face charges"), no
                            # censure or inquiry yet to come ("would condemn", "will investigate") (fut)
                            events = [e for e in events if e.mode == "allege"]
                        if threat:  # the threat's content is a strike (PLOVER THREATEN mode restrict)
                            events = [replace(e, mode="restrict") for e in events]
                        if threat and announced:  # "the union announced a strike": the announcer threatens it
                            verb = next((h for h in token.ancestors if h.pos_ == "VERB"), None)
                            if (who := sentence.actor_in(sentence.source(verb)) if verb is not None else None):
                                events = [replace(e, source=who, sources=[]) if e.source is None else e
                                          for e in events]
                        found.extend(placed_at_home(sentence, events, event_type, token))
                        _first_person(ctx, sentence, token, event_type)  # "We will host talks": the speaker's
                        self._date_promise(ctx, sentence, token, event_type, published)
                elif event_type is not None:
                    # Whether the sentence tells an event again is judged on what it says itself, not on the place
                    # the article's home would lend it ("the attack on the base" is the attack placed before).
                    events = fresh = _events_at(sentence, token, event_type, previous)
                    earlier = [e for e in ctx.events if e.type == event_type]
                    # "Iran denied involvement in the attack": the story's event of that type, told first in
                    # the body (a headline only announces it)
                    told = next((e for e in earlier if e.evidence[0].start >= headline), None) or next(
                        iter(earlier), None)
                    if discussed_at_meeting(token, lexicon.topic_verbs):
                        # "The ministers discussed the crisis in Syria": the topic's place is not the meeting's
                        events = [replace(e, location=None) for e in events]
                    within = [placed_within(e, told) for e in events] if told is not None else []
                    if told is not None and claimant(sentence, token):
                        # "The attack was claimed by JNIM": the claim names the actor; it is no other attack
                        within = [replace(e, source=None, sources=[]) for e in within]
                    if told is not None and refers_back(sentence, token, events):
                        within = undated_by_other_act(sentence, token, event_type, within)
                    if told is not None and (refers_back(sentence, token, events) or witnessed(sentence, token)
                                             and not placed_elsewhere(sentence, token, told)) \
                            and all(agreement(told, e) is not None for e in within):
                        again += retold(sentence, token, told, within)
                    elif told is not None and token.pos_ == "NOUN" and (
                            topic_of_act(sentence, token) or demonstrative(token)) and same_occasion(
                            sentence, token, told):
                        # "X condemned the assassination", "this heinous attack": the one told before
                        again += retold(sentence, token, told, [])
                    elif told is not None and told is earlier[-1] and meeting_again(sentence, token, told, within) \
                            and all(agreement(told, replace(e, source=None, sources=[], target=None, targets=[]))
                                    is not None for e in within):
                        # "The Foreign Secretary met the Iraqi Foreign Minister to discuss ...": the meeting told
                        # just before, told again with its parties (c36); its actors stay the first telling's
                        again += retold(sentence, token, told, [replace(e, source=None, sources=[], target=None,
                                                                        targets=[]) for e in within])
                    elif told is not None and told is earlier[-1] and (
                            victims_again(sentence, token, told, within) or own_account(sentence, token, told, within)
                    ) and all(agreement(told, replace(as_retold(sentence, e, told), source=None, sources=[]))
                              is not None for e in within):
                        # "The soldiers were seized while on leave in Argelia", "The military said it had struck
                        # militants in the school": the attack told just before, told by its victims or its doer's
                        # own account (p39); what it adds is a finer date or place, the toll, not other actors
                        again += retold(sentence, token, told, [replace(as_retold(sentence, e, told), source=None,
                                                                        sources=[], target=None, targets=[])
                                                                for e in within])
                    elif told is not None and told is earlier[-1] and doer_again(sentence, token, told, within) and all(
                            agreement(told, replace(e, source=None, sources=[])) is not None for e in within):
                        # "A gunman shot dead a judge ... The gunman fired six shots at him": the attack told again
                        # by its doer (whose actor doer_again has checked); what it adds is the toll, a finer date
                        # or place ("The attackers killed 12 people": annotation.md, Tolls), not other actors
                        again += retold(sentence, token, told, [replace(e, source=None, sources=[], target=None,
                                                                        targets=[]) for e in within])
                    elif told is not None and doer_told(sentence, token) and all(
                            agreement(told, e) is not None for e in within):
                        # "The attack targeted ...": more evidence of the act told before; its arguments stay the
                        # first telling's (what the noun's verb adds is not read as the act's actor or date); the
                        # sentence tells it again, so another trigger of its type there is the same act ("The attack,
                        # in which 11 passengers were shot, was claimed by the BLA")
                        again += retold(sentence, token, told, [])
                    else:
                        if _summary(sentence, token) is not None:
                            # past acts a party answers for, told in passing ("a group responsible for a string of
                            # attacks condemned the bombing"): one summary, merged with no act the sentence tells,
                            # dated at no occurrence of the report's (docs/annotation.md, *Summaries*; Date) (bgr)
                            apart.extend(placed_at_home(sentence, fresh, event_type, token))
                        else:
                            found.extend(placed_at_home(sentence, fresh, event_type, token))
                        _first_person(ctx, sentence, token, event_type)
                        if event_type == "ASSAULT" and earlier and further_act(sentence, token):
                            ctx.further_acts.add((event_type, sentence.evidence.key()))
                        # a speaker's participle the parse hung on the reported clause ("told AFP Y had borrowed
                        # paragraphs, describing it as scandalous") is told in the tense of the speech verb, whose
                        # act it is (``event_parties.reported_participle``), not in the reported clause's (arg)
                        verb = reported_participle(token, lexicon) or sentence.governor(token) or token
                        if published and not sentence.vaguely_dated(token) and told_as_occurrence(
                                verb, self.habits, spoken=event_type in VERBAL_TYPES):
                            ctx.occurrence_dates[(event_type, sentence.evidence.key())] = occurrence_date(
                                published, start, verb, event_type in VERBAL_TYPES)
                        elif day and sent.start_char >= headline and not any(
                                s.start_char >= headline for s in ctx.doc.sents if s.start < sent.start) \
                                and not sentence.vaguely_dated(token) and just_happened(verb) \
                                and verb.lemma_.lower() not in lexicon.undergo \
                                and told_as_occurrence(verb, self.habits):
                            # "A suspect in an early February theft has been apprehended": the lead's news, in a
                            # story told from months before (docs/annotation.md, Date: an event reported as just
                            # happened, the present perfect of the article's subject, takes the publication date);
                            # not what the subject "has faced" or "has received", a stretch of what was done to it
                            ctx.occurrence_dates[(event_type, sentence.evidence.key())] = day
                reported = demands_and_charges(sentence, token)
                found.extend(reported)
                if reported and published and told_as_occurrence(token, self.habits):
                    for event in reported:  # "the minister said Iran must ...": demanded when it was said
                        ctx.occurrence_dates.setdefault((event.type, sentence.evidence.key()),
                                                        occurrence_date(published, start, token))
                if (demand := stated_obligation(sentence, token)) is not None:
                    found.append(demand)
                    ctx.first_person.add((demand.type, sentence.evidence.key()))
                    ctx.obligations.add((demand.type, sentence.evidence.key()))
                    if published:  # "The regime must comply": the statement's own demand, made as it is published
                        ctx.occurrence_dates.setdefault((demand.type, sentence.evidence.key()), published)
            triggers.update((id(e), last) for e in found[tagged:])
            if held:
                apart.extend(found[at:])
                del found[at:]
            found = told_here(again, merge_all(found, same_sentence=True,
                                               apart=partial(_acts_apart, triggers=triggers, lex=lexicon)))
            share_dates(found, triggers)
            sentence.before_telling(found, triggers, previous)
            apart = merge_all(apart, same_sentence=True)
            # ... and the acts told as following a past the text dates only to a year ("Putin attended the signing
            # ceremony in 2011 and later awarded Tillerson"): after it, at no time the text gives (chained_date)
            after_past = previous is not None and sentence.chained() and chained_date(
                previous, ctx.document.published) is None
            ctx.open_past |= {(e.type, sentence.evidence.key(), e.source, e.location.name if e.location else None)
                              for e in apart + (found if after_past else []) if e.date is None}
            no_deaths(sentence, found or apart or ctx.events)
            if not found and not apart:
                deaths_told(sentence, ctx.events)
            ctx.events.extend(found)
            ctx.events.extend(apart)
            dated = [e.date for e in found if e.date] or scene_date(sentence, ctx.document.published)
            # a stretch that holds the last date ("since last week" after "Tuesday") does not move the story on
            previous = dated[-1] if dated and not (previous and previous.startswith(dated[-1])) else previous
        known = ctx.knowledge
        ctx.events = title_lines_told(ctx.events, {m.geo.name for m in ctx.mentions if m.start >= headline and m.geo
                                                    is not None and m.geo.level in ("admin1", "country")},
                                       lambda actor: (record.country if (record := known.get(actor)) else None))
        # A headline only announces what the body reports: where the body has an event of its type, the headline's
        # undated event keeps no date of its own (it merges with its copies' however they were dated).
        body_types = {e.type for e in ctx.events if e.evidence[0].start >= headline}
        for key in [k for k in ctx.occurrence_dates if k[1][1] < headline and k[0] in body_types]:
            del ctx.occurrence_dates[key]


    def _date_promise(self, ctx: DocContext, sentence: Sentence, token: Token, event_type: str,
                      published: str | None) -> None:
        """A promise is made when it is said (docs/annotation.md, *Undated statements*: a promise the report tells
        with no time of its own takes the publication date): "Clinton's campaign has said it would participate",
        "the rebels offered to evacuate" date by the verb that tells the promise, not by the act promised, which
        lies ahead. Not where that verb is itself future or is not told as one occurrence."""
        if not published or event_type not in ("AGREE", "CONCEDE", "THREATEN") or sentence.dated(token):
            return
        verb = sentence.governor(token) or token
        while verb.dep_ in ("xcomp", "ccomp", "conj") and verb.head.i != verb.i and any(
                c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children) \
                or verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.i != verb.i and not any(
                c.dep_ in ("aux", "nsubj", "mark") for c in verb.children):
            # up from "would participate", "to evacuate" to the saying or promising verb, and from a participle
            # to the verb it is told with ("will return to the Gulf, visiting Saudi Arabia")
            verb = verb.head
        modals = [c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"]
        if modals and not (verb.dep_ == "ROOT" and modals[0] in self.promises.modals and modals[0] != "would"):
            # the main clause's future ("The Foreign Secretary will return to the Gulf", "We will continue to
            # protect") is the report's own announcement, made as it is published; not "could", nor a "would"
            # no one is said to say
            return
        if not modals and not told_as_occurrence(verb, self.habits, spoken=True):
            return
        if sentence.vaguely_dated(verb):
            return  # "agreed a few years ago to withdraw": the promise itself placed away from the report; a vague
            # time of the act promised ("preparing to strike a few days before Christmas") is not the promise's
        ctx.occurrence_dates.setdefault((event_type, sentence.evidence.key()), published)

    def _promised_cooperation(self, sentence: Sentence, token: Token) -> bool:
        """A verb of helping or taking part told as promised (PLOVER AGREE: willingness or commitment to
        cooperate; cooperative acts in the future tense are AGREE), by an actor the text names or the speaker."""
        if token.pos_ != "VERB" or token.lemma_.lower() not in sentence.lex.future_cooperation:
            return False
        if sentence.asserted(token) or self.promises.coded_type("COOPERATE", token, None) != "AGREE":
            return False
        if token.lemma_.lower() in sentence.lex.partnered and not any(
                c.dep_ == "prep" and c.lower_ in ("with", "alongside") or c.lower_ == "together"
                for c in token.children):
            return False  # "would work out further military action": no partner, no cooperation
        # "vowed to continue supporting Kyiv": the subject of the verb of aspect the act goes on from (u37)
        # "committed to working together": the subject of the verb whose "to" the act is (u37)
        verb = token.head if token.dep_ == "xcomp" and token.head.lemma_.lower() in sentence.lex.aspectual else token
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ == "to":
            verb = verb.head.head
        if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp":
            verb = verb.head.head  # "We are ready to work with ...": the subject of the readiness (gp)
        subject = clause_subject(verb)
        return subject is not None and (subject.lower_ in FIRST_PERSON or sentence.actor_in(
            sentence.source(token)) is not None)


def _first_person(ctx: DocContext, sentence: Sentence, token: Token, event_type: str) -> None:
    """"I condemn", "We will host": the act is the speaker's, whom event-merge takes from the claims."""
    agent = sentence.source(token)
    if agent is not None and agent.lower_ in FIRST_PERSON or agent is None and (
            quoted_judgement(token, sentence.lex) or concern_frame(token, sentence.lex) is not None):
        # '"this cowardly attack", the minister said': the judgement is the quotation's speaker's (a39); so is "X is
        # a matter of concern" (docs/annotation.md, Statements of concern: the speaker is the statement's) (rbp)
        ctx.first_person.add((event_type, sentence.evidence.key()))

