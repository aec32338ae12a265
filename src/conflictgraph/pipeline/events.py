"""Find events in the text and code them in PLOVER, with source, target, date, place and toll."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from spacy.tokens import Token

from ..core.identity import agreement, merge_all
from ..gazetteer import Gazetteer
from ..knowledge import Knowledge, word_set
from ..model import Event
from . import DocContext, factory
from .event_blame import characterization, quoted_judgement
from .event_dates import coordinated_acts, scene_date, share_dates, undated_by_other_act
from .event_demands import (
    FIRST_PERSON,
    backed_by_threat,
    demand_in_protest,
    demands_and_charges,
    protest_just_before,
    stated_obligation,
)
from .event_deployments import ordered_move
from .event_forms import VERBAL_TYPES, clause_subject, discussed_at_meeting
from .event_inquiries import concern_frame
from .event_lexicon import Lexicon
from .event_objects import withdrawal_from_body
from .event_parties import reported_participle
from .event_places import Facilities, placed_at_home
from .event_records import events_at, summary
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
from .event_senses import accidental, labour_strike, told_accident
from .event_sentence import Sentence
from .event_types import trigger_type
from .event_warnings import strike_threat
from .identified import identified_people
from .place_names import dateline_span
from .promises import Promises
from .recency import (
    Habits,
    chained_date,
    is_news_report,
    just_happened,
    occurrence_date,
    story_start,
    told_as_occurrence,
)


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
                    found.extend(placed_at_home(sentence, events_at(sentence, token, "AGREE", previous), "AGREE"))
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
                        ordered = events_at(sentence, token, event_type, previous)
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
                        events = events_at(sentence, token, event_type, previous)
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
                    events = fresh = events_at(sentence, token, event_type, previous)
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
                        if summary(sentence, token) is not None:
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

