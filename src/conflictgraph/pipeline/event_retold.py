"""Acts told again: a later sentence that names an event told before ("the attack", "JNIM claimed the attack",
"Twelve people died") is more evidence of it, not an event of its own.

Helpers of the events stage (pipeline/events.py, ``FindEvents``): which triggers refer back to an act told before
(a definite event noun, the topic of a verbal act, a verb's definite doer, a toll told alone), what such a telling
adds to the act (a finer date or place, its actor by a claim of responsibility, the toll a later sentence states:
docs/annotation.md, *Actor and recipient*, *Tolls*; one event is one act, every sentence that reports it is its
evidence), and which title lines or headlines announce an act the body tells.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..core.identity import absorb, agreement, same_date, same_place
from ..model import Event, Location
from .event_dates import at_calendar_precision
from .event_forms import TIME_PREPS, VERBAL_TYPES, discussed_at_meeting
from .event_home import holds
from .event_parties import claim_on
from .event_types import trigger_type
from .identified import PERPETRATOR

if TYPE_CHECKING:
    from .event_lexicon import Lexicon
    from .event_sentence import Sentence


def refers_back(sentence: Sentence, token: Token, events: list[Event]) -> bool:
    """A trigger that says nothing new names an event told before: a definite event noun ("the attack", "these
    strikes", "such an attack"), one a demonstrative is said to be ("this was an indefensible attack"), or a
    toll told alone ("Three other people were wounded", "1 person was killed")."""
    if token.pos_ == "NOUN" and topic_of_act(sentence, token):
        return True
    if token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ in TIME_PREPS:
        return True  # "After shooting the ambassador, the gunman ...": the act told before, as the time of another
    if discussed_at_meeting(token, sentence.lex.topic_verbs) and all(e.type == "CONSULT" for e in events):
        return True  # "They also discussed ...": what the meeting told before was about (PLOVER codes it once)
    if token.pos_ == "NOUN":
        # A possessor makes a noun phrase definite as "the" does: "Karlov's assassination" names the one told.
        definite = any(c.dep_ in ("det", "poss", "predet", "amod") and c.lower_ in
                       ("the", "this", "that", "these", "those", "such") or c.dep_ == "poss" and c.pos_ == "PROPN"
                       for c in token.children)
        said_of_this = token.dep_ == "attr" and any(
            c.dep_ == "nsubj" and c.lower_ in ("this", "that", "it") for c in token.head.children)
        # A definite event noun that is no verb's doer ("the attacks in Karak", "the shootings were the latest")
        # names the story's event again, even with a place or date of its own (the caller checks they agree).
        bare = all(e.source is None and e.target is None and e.date is None and e.location is None for e in events)
        return said_of_this or definite and (bare or token.dep_ not in ("nsubj", "nsubjpass") or
                                             token.head.pos_ != "VERB" or token.head.lemma_ == "be")
    lemma = token.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in token.children)
    harm = lemma in sentence.lex.harm or lemma in sentence.lex.wounding  # "were killed", "were shot (dead)"
    if not (harm and passive and not any(c.dep_ == "agent" for c in token.children)):
        return False
    if all(e.source is None and e.target is None and e.date is None and e.location is None for e in events):
        return True
    # A toll with its victims and no more ("12 soldiers were killed", "Residents said 40 people were shot dead"): the
    # victims are the act's recipient, and a date the sentence does not name is no time of its own (the report's,
    # lent), so it names no other act than the one told (docs/annotation.md, Tolls: the sentence that gives the
    # toll later is the attack's evidence; the caller checks the two agree) (k37).
    # Not one that sets itself apart: "Separately, ...", "Elsewhere, ...", "In another attack, ..." (k37).
    lex = sentence.lex
    apart = any(t.lower_ in lex.apart_adverbs or t.dep_ == "pobj" and any(
        c.lower_ in lex.other_occurrence for c in t.children if c.dep_ in ("amod", "det")) for t in sentence.sent)
    return not apart and all(e.source is None and e.location is None for e in events) and not sentence.names_time()


def witnessed(sentence: Sentence, token: Token) -> bool:
    """An event noun that a witness reports or perceives, with no doer of its own ("a vessel reported an explosion
    close to it", "residents heard explosions", "witnesses described gunfire"): what was seen of the act told before,
    more evidence of it where the two agree (docs/annotation.md, One event or several: every sentence that reports it
    is its evidence; a report of an event is not itself an event) (p39). Not one set apart ("another explosion", "a
    second blast")."""
    lex = sentence.lex
    if token.pos_ != "NOUN" or token.dep_ != "dobj" or token.head.pos_ != "VERB":
        return False
    if token.head.lemma_.lower() not in lex.report | lex.witness_verbs:
        return False
    return not any(c.dep_ == "poss" for c in token.children) and not set_apart(token, lex)


def doer_told(sentence: Sentence, token: Token) -> bool:
    """A definite event noun that is a verb's doer ("The attack targeted one of the most symbolic sites for Copts",
    "The strike destroyed the building", "Mr Marra's arrest comes days after ..."): the act told before, of which
    the sentence says more (docs/annotation.md: every sentence that reports an act is its evidence), unless a word
    sets it apart from the one told ("the second attack", "the other bombing", "the initial deal", "the deadliest
    strike")."""
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass") or token.head.pos_ not in ("VERB", "AUX"):
        return False
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") or
                   c.dep_ == "poss" for c in token.children)
    return definite and not set_apart(token, sentence.lex)


def doer_again(sentence: Sentence, token: Token, told: Event, events: list[Event]) -> bool:
    """An attack verb whose doer is a definite noun ("A gunman shot dead a judge in Bogota. The gunman fired six shots
    at the judge", "the attackers fired into the crowd") tells the attack told just before again (docs/annotation.md,
    One event or several: every sentence that reports an act is its evidence): the definite noun points back at its
    doer. Not where the sentence tells the verb as one act more ("the gunmen also attacked a police post", "the
    attacker later shot a guard"), a stretch of acts (a perfect: "the militants have abducted hundreds since 2014"),
    another doer ("the second gunman") or another mode than the one told (PLOVER ASSAULT: "the attackers burned a
    school" after a shooting is another act). A participle with no subject of its own is judged by the verb it
    qualifies, whose doer it shares ("the attackers went from house to house, shooting residents"; p39)."""
    if told.type != "ASSAULT" or token.pos_ != "VERB":
        return False
    if token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp") and token.head.pos_ == "VERB" and not any(
            c.dep_ == "nsubj" for c in token.children):
        if further_act(sentence, token):
            return False
        token = token.head  # "the attackers went from house to house, shooting residents": the doer's verb (p39)
        if token.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in token.children):
            token = token.head  # "The attackers arrived on motorcycles and went ..., seizing women"
    if token.tag_ != "VBD" or further_act(sentence, token) or any(c.dep_ in ("aux", "auxpass")
                                                                  for c in token.children):
        return False
    doer = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if doer is None or doer.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those") for c in doer.children):
        return False
    if set_apart(doer, sentence.lex):
        return False
    # a role word of violence ("the attackers", "the bomber": plover.yaml perpetrator_nouns) points back at the
    # attack's doer whatever actor the text made of it; another definite noun must name the same actor
    role = sentence.lex.roles.get(doer.lemma_.lower()) == PERPETRATOR
    return bool(events) and _modes_agree(events, told) and all(
        role or not e.source or e.source in told.actors("source") for e in events)


def victims_again(sentence: Sentence, token: Token, told: Event, events: list[Event]) -> bool:
    """A passive attack verb with no agent whose subject is a definite noun ("FARC dissidents kidnapped two soldiers.
    ... The soldiers were seized while on leave in Argelia", "The villagers were shot at close range") tells the
    attack told just before again by its victims, as ``doer_again`` does by its doer (docs/annotation.md, One event or
    several: every sentence that reports an act is its evidence) (p39). Not one told as an act more ("were also
    abducted", "were later shot"), a set-apart subject ("the other soldiers", "the second group"), a perfect
    ("have been kidnapped since 2014") or a victim the first telling did not have."""
    if told.type != "ASSAULT" or token.pos_ != "VERB" or token.tag_ != "VBN" or further_act(sentence, token):
        return False
    if not any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in token.children) or any(
            c.dep_ in ("agent", "aux") for c in token.children):
        return False
    victims = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if victims is None or victims.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in victims.children):
        return False
    if set_apart(victims, sentence.lex):
        return False
    return bool(events) and _modes_agree(events, told) and all(
        not e.target or not told.target or e.target in told.actors("target") for e in events) and not placed_elsewhere(
        sentence, token, told)


def own_account(sentence: Sentence, token: Token, told: Event, events: list[Event]) -> bool:
    """The doer's own account of the act told just before: "The Israeli military said it had struck Hamas militants
    in the school", "The RSF said its fighters shelled army positions in the market" after the report of that strike
    (docs/annotation.md, One event or several: every sentence that reports an act is its evidence; a report of an
    event is not itself an event of the reporter) (p39). The attack verb is what a report verb says, in the past or
    the past perfect, its doer a pronoun of the speaker or the speaker's own forces; the speaker is the told act's
    actor or a body of its state; the sentence names no date, no further act and no other occurrence."""
    if told.type != "ASSAULT" or token.pos_ != "VERB" or token.dep_ != "ccomp" or further_act(sentence, token):
        return False
    if token.tag_ not in ("VBD", "VBN") or token.tag_ == "VBN" and not any(
            c.dep_ == "aux" and c.lower_ == "had" for c in token.children):
        return False
    said = token.head
    if said.lemma_.lower() not in sentence.lex.report:
        return False
    speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
    doer = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if speaker is None or doer is None or not (doer.lower_ in ("it", "they", "we") or any(
            c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in doer.children)):
        return False
    lex = sentence.lex
    if sentence.names_time() or any(t.lower_ in lex.apart_adverbs for t in sentence.sent):
        return False
    speakers = sentence.actors_of(speaker)
    knowledge = sentence.ctx.knowledge

    def country(actor: str | None) -> str | None:
        record = knowledge.get(actor) if actor else None
        return record.country if record is not None else None
    doers = told.actors("source")
    return bool(events) and bool(speakers) and all(
        s in doers or country(s) is not None and any(country(d) == country(s) for d in doers) for s in speakers) \
        and not placed_elsewhere(sentence, token, told)


LOCATIVE_PREPS = ("in", "near", "at", "outside", "around")


def place_names(tokens: Collection[Token]) -> dict[str, Token]:
    """The places a stretch of text names, read from the parse rather than the entity tagger (which takes "Khan
    Younis" for a person and "Babanusa" for a product): a proper noun a locative preposition takes ("in Babanusa",
    "in southern Lebanon", "near the town of Argelia"), by its name with its compounds, not a date or a people."""
    found: dict[str, Token] = {}
    for t in tokens:
        if t.tag_ not in ("NNP", "NNPS") or t.ent_type_ in ("DATE", "TIME", "NORP", "CARDINAL", "ORDINAL"):
            continue
        head = t.head
        if t.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of" and head.head.dep_ == "pobj":
            head = head.head.head  # "in the town of Argelia"
        elif t.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of" and head.head.dep_ == "nsubj":
            found[t.lower_] = t  # "Residents of Balcad heard explosions": where the witnesses are
            continue
        if t.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in LOCATIVE_PREPS:
            continue
        words = [c for c in t.children if c.dep_ == "compound" and c.i < t.i] + [t]
        found[" ".join(w.lower_ for w in words)] = t
    return found


def placed_elsewhere(sentence: Sentence, token: Token, told: Event) -> bool:
    """Whether a retelling by victims, by a witness or by the doer's own account names a place of its own that is
    not the place the act told before was named at (docs/annotation.md, One event or several: two occurrences at two
    places are two events): "An Israeli air strike hit a school in Khan Younis. The Israeli military said it had
    struck Hezbollah targets in southern Lebanon", "Residents of Balcad heard explosions" after an attack in Baidoa
    (w40). The places are compared as the text names them, so that a place the gazetteer does not know counts too:
    the same name, or a place the gazetteer holds within (or near) the one told ("in Cauca" then "in the town of
    Argelia"). Where either telling names no place, nothing contradicts."""
    # a witness's account is placed by its whole clause ("Residents of Balcad heard explosions")
    here = place_names(list((token.head if witnessed(sentence, token) else token).subtree))
    if not here:
        return False
    doc = sentence.sent.doc
    there = place_names([t for s in doc.sents if any(e.start <= s.start_char < e.end for e in told.evidence)
                         for t in s])
    if not there:
        return False
    for name, t in here.items():
        if any(name in n or n in name for n in there):
            return False
        mention = sentence.by_token.get(t.i)
        geo = sentence.geo(mention) if mention is not None else None
        if geo is not None and told.location is not None and (
                same_place(geo, told.location) or holds(sentence.facility.gazetteer, told.location, geo)
                or holds(sentence.facility.gazetteer, geo, told.location)):
            return False
    return True


def as_retold(sentence: Sentence, event: Event, told: Event) -> Event:
    """A retelling as it bears on the act told: the date the sentence does not name is the report's, lent, no time of
    its own; a town within the division the act was placed in is a finer place of it ("in Cauca" then "in the town
    of Argelia") (p39)."""
    if not sentence.names_time():
        event = replace(event, date=None)
    if event.location is not None and told.location is not None and told.location.level in ("admin1", "country") \
            and holds(sentence.facility.gazetteer, told.location, event.location):
        event = replace(event, location=told.location)
    return event


def meeting_again(sentence: Sentence, token: Token, told: Event, events: list[Event]) -> bool:
    """A meeting verb in the past that names only parties of the meeting told just before tells that meeting again
    ("Boris Johnson met the Iraqi Foreign Minister in London today. ... 'The Foreign Secretary met the Iraqi Foreign
    Minister to discuss ...'"): one meeting retold is one event (docs/annotation.md, *Meetings and visits*; One event
    or several) (c36). Not one told as a meeting more ("also met", "met again", "later met", a perfect or a modal),
    nor one that names a party the first did not."""
    if told.type != "CONSULT" or token.pos_ != "VERB" or token.tag_ != "VBD":
        return False
    if further_act(sentence, token) or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    parties = set(told.actors("source")) | set(told.actors("target"))
    named = [a for e in events for a in e.actors("source") + e.actors("target") if a]
    if not named:  # "The minister met the president": a definite noun points back at a party met (as doer_again)
        doer = next((c for c in token.children if c.dep_ == "nsubj"), None)
        return bool(events) and doer is not None and doer.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those") for c in doer.children) and not set_apart(
            doer, sentence.lex)
    return bool(events) and all(a in parties for a in named)


def set_apart(noun: Token, lex: Lexicon) -> bool:
    """Whether a word sets a noun apart from the act told before: "the other bombing", "another explosion", "the
    second gunman", "the deadliest strike", "the three soldiers" (plover.yaml ``other_occurrence``, a superlative, a
    number, an ordinal)."""
    return any(c.lower_ in lex.other_occurrence or c.tag_ in ("JJS", "CD") or c.ent_type_ == "ORDINAL"
               for c in noun.children)


def _modes_agree(events: list[Event], told: Event) -> bool:
    """Whether each event has the told act's mode, where both have one (PLOVER: another mode is another act)."""
    return all(e.mode is None or told.mode is None or e.mode == told.mode for e in events)


def further_act(sentence: Sentence, token: Token) -> bool:
    """Whether a verb is told as one act more than those told before: "the gunmen also attacked a police post",
    "militants struck again", "the attacker later shot a guard" (the lexicon's ``further_act`` adverbs on the verb)."""
    return token.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in sentence.lex.further_act
                                        for c in token.children)


def topic_of_act(sentence: Sentence, token: Token) -> bool:
    """An event noun that is what a verbal act is about ("condemned the attack", "responds to the attack on ..."),
    told in a sentence about that act: the act is this sentence's event, the attack one told before."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("to", "on", "about", "over", "for", "of"):
        head = head.head  # "responds to the attack", "comments on the bombing"; not "despite the attack"
    elif token.dep_ != "dobj":
        return False
    lemma = head.lemma_.lower()
    # a verb that labels what it is about is verbal too: "described the killing of Karlov as an attempt to ..."
    verbal = sentence.lex.verbs.get(lemma) in VERBAL_TYPES or lemma in sentence.lex.report or (
        lemma in sentence.lex.labelling_verbs)
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those")
                   for c in token.children)
    return head.pos_ == "VERB" and verbal and definite and lemma not in sentence.lex.light_verbs


def claimant(sentence: Sentence, token: Token) -> list[str]:
    """The actors who claim an act told before, where the sentence is that claim ("The attack was claimed by JNIM",
    "JNIM claimed the attack", "Al-Shabaab claimed responsibility for the bombing"): a definite event noun that a
    claim verb takes (docs/annotation.md, Actor and recipient: a claim of responsibility makes the actor)."""
    if token.pos_ != "NOUN" or not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its")
                                       for c in token.children):
        return []
    if (claim := claim_on(token)) is None or claim[0].pos_ != "VERB" or not sentence.asserted(claim[0]):
        return []
    return sentence.actors_of(claim[1]) if claim[1] is not None else []


def retold(sentence: Sentence, token: Token, told: Event, events: list[Event]) -> list[Event]:
    """A sentence's trigger that tells an act told before: the sentence is more evidence of it (``tell_again``, with
    what ``events`` state that the first telling left open), a claim of responsibility names its actor (annotation.md,
    *Actor and recipient*); the act is returned as one the sentence tells, unless the trigger only dates another act
    ("after the attack": ``as_time``)."""
    tell_again(told, sentence, events)
    if claimers := claimant(sentence, token):
        told.set_actors("source", claimers)
    return [] if as_time(token) else [told]


def placed_within(event: Event, told: Event) -> Event:
    """A telling that places the event only in the country of the place told before names no other place ("the
    attack on the cathedral" in a sentence about "the highest official ... in Egypt", after "a bomb in Cairo")."""
    return replace(event, location=None) if only_country_of(event.location, told.location) else event


def only_country_of(here: Location | None, there: Location | None) -> bool:
    """Whether a place names only the country the place told before is in."""
    return here is not None and there is not None and here.level == "country" and here.country == there.country


def told_here(again: list[Event], found: list[Event]) -> list[Event]:
    """A sentence that tells an earlier act again ("the attack", "this heinous attack") tells it once: another
    trigger of its type in the sentence that contradicts it in nothing is the same act ("The victim was stabbed ...
    by X, who called the police after the attack"), as within a sentence (docs/annotation.md: one event is one act;
    every sentence that reports it is its evidence)."""
    kept = []
    for event in found:
        told = next((e for e in again if e.type == event.type and agreement(e, event) is not None), None)
        if told is None:
            kept.append(event)
        else:
            absorb(told, event)
    return kept


def as_time(token: Token) -> bool:
    """Whether an event noun dates another act: "after the attack", "in the weeks leading up to the stabbing" (the
    act it dates is another)."""
    t = token
    while t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ in TIME_PREPS or t.lemma_.lower() == "lead" and any(
                c.lower_ == "up" for c in t.children):
            return True
        t = t.head
    return False


def demonstrative(token: Token) -> bool:
    """An event noun with "this", "that", "these" or "those": it points at an occurrence already told."""
    return any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in token.children)


def tell_again(event: Event, sentence: Sentence, events: list[Event]) -> None:
    """A later sentence about an event: more evidence, and what it states that the first telling left open (its
    actor, recipient, a finer date or place, the toll): "Gunmen attack church" then "the attack on Sunday, for
    which ISIS claimed responsibility". The caller has checked that the two tellings contradict in nothing (with
    no ``events``, the sentence is only more evidence)."""
    for told in events:
        absorb(event, replace(told, evidence=[sentence.evidence]))
    if sentence.evidence.key() not in {e.key() for e in event.evidence}:
        event.evidence.append(sentence.evidence)


def deaths_told(sentence: Sentence, events: list[Event]) -> None:
    """A sentence that tells only deaths, by the dead ("Twelve people died", "At least 25 people are dead and dozens
    injured", "Three soldiers lost their lives", "The death toll rose to 15"), states the toll of the attack told just
    before it (docs/annotation.md, Tolls: a toll stated in another sentence belongs to the event that sentence
    reports); it makes no event of its own. Only where that attack's toll is still open and it was told in one of
    the two sentences before: a death told farther on is no longer that attack's."""
    attacks = [e for e in events if e.type == "ASSAULT"]
    if not attacks or attacks[-1].fatalities is not None:
        return
    attack, doc = attacks[-1], sentence.sent.doc
    between = [s for s in doc.sents if attack.evidence[-1].end <= s.start_char < sentence.sent.start_char]
    if attack.evidence[-1].document != sentence.evidence.document or len(between) > 1:
        return
    for token in sentence.sent:
        if token.pos_ in ("VERB", "AUX") and (fallen := sentence.fallen(token)) is not None and (
                sentence.asserted(token) or sentence.victims(fallen) == 0):
            if (count := sentence.victims(fallen)) is not None:
                attack.fatalities = count
                tell_again(attack, sentence, [])
            return
        if token.lemma_.lower() == "toll" and any(c.dep_ == "compound" and c.lemma_.lower() in sentence.lex.death_nouns
                                                  for c in token.children):
            verb = token.head
            numbers = [t for t in verb.subtree if t.like_num and t.i not in {x.i for x in token.subtree}
                       and t.ent_type_ not in ("DATE", "TIME")]
            if verb.pos_ in ("VERB", "AUX") and numbers and (count := sentence.exact_count(numbers[0])) is not None:
                attack.fatalities = count  # "the death toll rose to 15", "the death toll stands at 15"
                tell_again(attack, sentence, [])
            return


def _with_no(noun: Token) -> bool:
    """Whether "no" determines a noun or the noun it is coordinated with ("no deaths or injuries")."""
    return any(c.dep_ == "det" and c.lower_ == "no" for t in (noun, noun.head if noun.dep_ == "conj" else noun)
               for c in t.children)


def _without(noun: Token) -> bool:
    """Whether a noun is what "without" denies: "without casualties", "without causing casualties"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "without":
        return True
    return noun.dep_ == "dobj" and head.dep_ == "pcomp" and head.head.lower_ == "without"


def no_deaths(sentence: Sentence, events: list[Event]) -> None:
    """"No US personnel were killed in the strikes" gives the last attack a toll of zero, not an event; so do
    "no fatalities were reported" (deaths 0) and "causing no injuries", "no one was hurt" (both 0: who was
    not hurt was not killed either)."""
    lex = sentence.lex
    dead = hurt = False
    for token in sentence.sent:
        lemma = token.lemma_.lower()
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            continue  # an infinitive tells no outcome: "taught us not to kill a child", "vowed not to harm civilians"
        # "No one was killed", and "Nobody was hurt", "injuring no one" (told, of no one)
        if lemma in lex.kill and sentence.count(token) == 0:
            dead = True
        elif lemma in lex.injure and sentence.count(token) == 0:
            dead = hurt = True
        elif token.pos_ == "NOUN" and (_with_no(token) or _without(token)):
            # "no fatalities", "no deaths or injuries" (each of the coordinated nouns), "without casualties",
            # "without causing casualties"
            if lemma in lex.injury_nouns:
                dead = hurt = True
            elif lemma in lex.death_nouns:
                dead = True
    attacks = [e for e in events if e.type == "ASSAULT"]
    if attacks and dead and attacks[-1].fatalities is None:
        attacks[-1].fatalities = 0
    if attacks and hurt and attacks[-1].injuries is None:
        attacks[-1].injuries = 0


def verb_of_told(sentence: Sentence, token: Token, event_type: str, events: list[Event]) -> bool:
    """A verb of an act's type whose doer is a definite noun of that type this sentence told again ("The attack
    targeted ...", "The strike destroyed ..."): what that act did, not another act."""
    key = sentence.evidence.key()
    return token.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubjpass") and doer_told(sentence, c) and trigger_type(sentence, c) == event_type
        for c in token.children) and any(
        e.type == event_type and any(v.key() == key for v in e.evidence) for e in events)


def title_lines_told(events: list[Event], divisions: Collection[str] = (),
                      country: Callable[[str], str | None] = lambda actor: None) -> list[Event]:
    """A title line or sub-heading (a short line with no closing stop: "West Virginia police shot at during traffic
    stop", a related story's link) announces an act; where the body tells an act of its type that it contradicts
    in nothing, the line is more evidence of that act, not an event of its own (docs/annotation.md: a title line or
    sub-heading that repeats an event is its evidence). Its actors, date and a place coarser than a town are not
    taken: a title is too short to be trusted with them. But a title whose actor is a known party of one country
    announces that party's act, not the act of another country's party the body tells: "Russia strikes Ukraine's
    energy grid" over "Ukrainian drones struck an oil refinery in Russia's Ryazan region" are two acts (PLOVER: the
    actor is who did it; ``country``: an actor's country where the knowledge base knows it) (w40)."""
    kept: list[Event] = []
    for event in events:
        title = len(event.evidence) == 1 and _is_title(event)
        # nor a place coarser than a town: a headline names the region or country of the town the body names ("in
        # northern Burkina Faso", "in Amhara") (p39); a town it names elsewhere tells another act ("Junta detains
        # activists in Yangon raids" under an arrest in Mandalay)
        # (``divisions``: the names the body gives to a division or a country: "Guanajuato" of "Guanajuato state" is
        # the state, though the gazetteer reads the headline's as the city)
        coarse = event.location is not None and (event.location.level not in ("city", "admin2", "facility")
                                                 or event.location.name in divisions)
        bare = replace(event, source=None, target=None, sources=[], targets=[], date=None,
                       location=None if coarse else event.location)
        told = next((e for e in events if title and e is not event and e.type == event.type and not _is_title(e)
                     and agreement(e, bare) is not None and not _other_party(event, e, country)), None)
        if told is None:
            kept.append(event)
        elif all(v.key() != event.evidence[0].key() for v in told.evidence):
            told.evidence.append(event.evidence[0])
    return kept


def _other_party(title: Event, told: Event, country: Callable[[str], str | None]) -> bool:
    """Whether a title's actors are known parties of countries none of the body's act's actors is of."""
    mine = {country(a) for a in title.actors("source") if a} - {None}
    theirs = {country(a) for a in told.actors("source") if a} - {None}
    return bool(mine and theirs) and not mine & theirs


def _is_title(event: Event) -> bool:
    """Whether an event's first sentence is a title line: one short line with no closing stop."""
    line = event.evidence[0].text.strip()
    return "\n" not in line and len(line.split()) <= 25 and not line.endswith(
        (".", "?", "!", ":", '"', "”", "’", "'", ")", "]"))


def headline_end(text: str) -> int:
    """Where a headline ends: a first line without a full stop, followed by the body; else 0."""
    first, _, rest = text.partition("\n")
    first = first.rstrip()
    if not first or not rest.strip() or first.endswith((".", ":", "?", "!")) or len(first.split()) > 25:
        return 0
    return len(first)


def same_occasion(sentence: Sentence, token: Token, told: Event) -> bool:
    """Whether an event noun that a verbal act is about can be the event told before: nothing in its own phrase
    (not the clause of the act, whose place and date are the act's) places or dates it elsewhere."""
    own = list(token.subtree)
    dates = [m.value for t in own if (m := sentence.mention_at(t, "DATE", "TIME")) is not None and m.value]
    places = [sentence.geo(m) for m in sentence.places(token, own_only=True)]
    return all(same_date(at_calendar_precision(d), told.date) for d in dates) and all(
        same_place(p, told.location) or only_country_of(p, told.location) for p in places)
