"""Whether an event word tells an occurrence: not a kind of act or a habit, a charge or a sentence passed, a standing
stance, an act anticipated or a state held.

Helpers of the events stage (pipeline/events.py); each reads one construction from the dependency parse and the
PLOVER lexicon (plover.yaml), with the manual's rule it follows.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from . import first_conjunct
from .event_forms import TIME_PREPS, answered_for
from .event_light_nouns import light_head, set_in


def charged(token: Token, lex: Any) -> bool:
    """An act named as a charge or as what a court punishes: "two counts of assault", "charged with murder",
    "accused X of shelling", "charged with trafficking ... and assault with a weapon", "jailed for affray",
    "convictions ... for sexually assaulting two children", "sentenced ... for offences, including assault". The
    charge, the conviction or the sentence is the event (PLOVER ACCUSE: charge judicially; SANCTION: convict,
    sentence); the act it names is not told as an occurrence of its own."""
    t, through = token, ""
    for _ in range(10):
        if t.dep_ == "dobj" and through in ("of", "with") and t.head.lemma_.lower() in lex.charge_verbs:
            return True  # "accused the regime and other forces of shelling", the "of" hung on the object
        if t.dep_ in ("pobj", "pcomp") and t.head.lower_ == "to" and t.head.head.lemma_.lower() in lex.plea_verbs:
            return True  # "pleaded guilty to attempted murder", "pleaded not guilty to assault": a plea names the
            # charge (nom)
        if t.dep_ in ("pobj", "pcomp") and t.head.lower_ in ("of", "with", "for"):
            through = t.head.lower_
            head, lemma = t.head.head, t.head.head.lemma_.lower()
            if t.head.lower_ == "for" and lemma in lex.punish_words or t.head.lower_ != "for" and (
                    lemma in lex.charge_nouns and head.pos_ == "NOUN"
                    or lemma in lex.charge_verbs and head.pos_ == "VERB"):
                return True
        if t.head.i == t.i:
            return False
        # up a list of charges and the phrases that hold it ("offences, including assault", "crimes ranging from
        # assault to ...", a gerund's phrase); not out of a clause of its own
        # (a gerund in a list of charges may be tagged as a noun, or hung on the item before as an adverbial
        # clause: "trafficking in persons, advertising sexual services and assault", "recruiting in camps, using
        # child soldiers and assault": the object of a listed charge is in the list)
        if t.dep_ in ("conj", "pobj", "pcomp", "prep", "appos", "nmod") or t.dep_ in ("acl", "dobj") and (
                t.tag_ == "VBG" if t.dep_ == "acl" else t.head.tag_ == "VBG" or t.head.dep_ == "conj") or (
                t.dep_ == "advcl" and t.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in t.children)):
            t = t.head
            continue
        return False
    return False


def generic(noun: Token, dated: bool, lex: Any) -> bool:
    """A plural event noun that names a kind of act, not one occurrence: bare (no article, number or possessor)
    in a prepositional phrase, with no date in its clauses, and no killing or wounding told of it ("a supporter of
    lone wolf attacks", "prison terms for attacks on journalists"). PLOVER codes events, which are occurrences;
    "killed in airstrikes" is one by its verb, "Dec. 10 bombings" and "a series of attacks ... on Sunday" by their
    date. Acts a party is blamed for or answers for took place ("blamed for attacks in Turkey", "responsible for a
    string of deadly attacks"; plover.yaml ``blame_predicates``): a summary of past acts told in passing, one
    background item (docs/annotation.md, *Background acts*, *Summaries*; One event or several) (bgr)."""
    if noun.tag_ != "NNS" or dated or any(
            c.dep_ in ("det", "nummod", "poss", "predet") or c.dep_ == "prep" and c.lower_ == "by"
            for c in noun.children):
        return False  # "days of protests by Turks": who did them makes them occurrences
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and set_in(noun, lex) is not None:
        return False  # "arrived in Niamey for talks", "travelled to Beijing for talks": the journey's meeting, held
        # as the journey is told done (PLOVER CONSULT: visits), dated or not (rcv)
    head = light_head(noun)
    if head is not None and head.lemma_.lower() in lex.light_verbs - lex.light_verb_types.keys():
        return False  # "held a first round of talks": the light verb tells the occurrence; "has a history of"
    t = first_conjunct(noun)
    if t.dep_ != "pobj":
        return False
    holder = t.head.head
    if holder.lemma_.lower() in lex.harm or holder.lemma_.lower() in lex.published:
        return False  # "were killed in airstrikes", "reports of continued air strikes": this occurrence
    while t.dep_ == "pobj" and t.head.dep_ == "prep":
        if t.head.lower_ in TIME_PREPS:
            return False  # "after a spate of rocket attacks": a time told by them, so they took place
        t = t.head.head
    if answered_for(noun, lex) is not None:
        return False  # "blamed for attacks in Turkey", "responsible for a string of attacks": acts done (bgr)
    return not any(d.lemma_.lower() in lex.harm for d in noun.subtree if d.pos_ == "VERB")


def kind_of_attack(token: Token, lex: Any) -> bool:
    """An attack told as a kind or a habit, not as an occurrence (PLOVER codes events, which are occurrences;
    docs/annotation.md, One event or several): a plural event noun, bare or with "such", that is the subject of a verb
    in the simple present that tells no harm itself ("Airstrikes on hospitals violate international law", "Such
    attacks are common in the Sahel"; a headline's "Airstrikes kill 20 in Gaza" tells the harm, "Russian strikes
    continue across Ukraine" that they go on: plover.yaml ``aspectual_verbs``), or a verb in the
    simple present with an adverb of habit ("where jihadists regularly ambush army convoys", "militants often kidnap
    travellers": plover.yaml ``present_habits``); or a bare plural of people an attack participle qualifies
    ("the phrase it uses for fighters killed by Israel")."""
    if token.pos_ == "VERB" and token.tag_ == "VBN" and token.dep_ == "acl":
        # "the phrase it uses for fighters killed by Israel", "a memorial to soldiers killed in action": a bare plural
        # that a preposition takes, which an attack participle qualifies, names a kind of people, no occurrence (p39)
        people = token.head
        return people.tag_ in ("NNS", "NNPS") and people.dep_ == "pobj" and not any(
            c.dep_ in ("det", "nummod", "poss", "predet", "quantmod") or c.lower_ in ("many", "several", "few")
            for c in people.children)
    if token.pos_ == "VERB":
        return token.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in token.children) and any(
            c.dep_ == "advmod" and c.lower_ in lex.present_habits for c in token.children)
    if token.tag_ != "NNS" or token.dep_ != "nsubj" or any(
            c.dep_ in ("nummod", "poss", "predet") or c.dep_ == "det" and c.lower_ != "such"
            or c.dep_ == "prep" and c.lower_ == "by" for c in token.children):
        return False
    verb = token.head
    lemma = verb.lemma_.lower()
    # not an aspectual verb, which tells the acts go on ("Russian strikes continue across Ukraine")
    return verb.tag_ in ("VBP", "VBZ") and lemma not in lex.harm and lemma not in lex.verbs and (
        lemma not in lex.aspectual) and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def standing_stance(verb: Token, lex: Any) -> bool:
    """A verbal act in the perfect told as background, not an act of the news: with an adverb of long standing
    ("activists have long accused the army of abuses", "Kyiv has long blamed Moscow for the blockade": plover.yaml
    ``standing_adverbs``), or a passive with no accuser whose charge is a kind of act, a bare plural ("the group,
    which has been blamed for attacks in Turkey", "has been accused of atrocities": a standing charge, as
    "are responsible for widespread abuses" is in ``blamed_party``; "has been accused of plagiarising" is one)."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in lex.standing_adverbs for c in verb.children):
        return True
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return False
    charges = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for") for g in c.children
               if g.dep_ in ("pobj", "pcomp")]
    return bool(charges) and all(g.tag_ == "NNS" and not any(
        d.dep_ in ("det", "poss", "nummod", "quantmod") for d in g.children) for g in charges)


def sentenced_to(verb: Token, lex: Any) -> bool:
    """A verb of censure with a "to" phrase of a penalty: "a court condemned three Americans to death", "condemned
    the activist to ten years in prison" pass a sentence (PLOVER SANCTION convict), not a condemnation."""
    return verb.lemma_.lower() in lex.sentencing_verbs and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lemma_.lower() in lex.penalties
                                                      for g in c.children) for c in verb.children)


def anticipated(noun: Token, lex: Any) -> bool:
    """An event noun that names an act anticipated, not done: the "of" or "for" object of a noun of anticipation,
    also through a count of it ("fears of an offensive", "the prospect of a second round of talks", "plans for an
    attack"; PLOVER Auxiliary modes: only acts that took place are events) (n35)."""
    t = noun
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "dobj" and t.head.lemma_.lower() in lex.anticipation_verbs or any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.anticipation_verbs for c in t.children):
        return True  # "activists fear arrest", "risk detention", "fled fearing air strikes" (the parse often makes
        # the verb a compound or a modifier) (o37, gnp)
    if any(c.dep_ == "amod" and c.lower_ in lex.anticipation_modifiers for c in noun.children):
        return True  # "a possible strike on Iranian nuclear sites", "a potential attack": not done (gnp)
    while t.dep_ == "pobj" and t.head.dep_ == "prep":
        holder = t.head.head
        if t.head.lower_ in lex.anticipation_preps and holder.pos_ in ("NOUN", "PROPN") \
                and (holder.lemma_.lower() in lex.anticipation_nouns or holder.lower_ in lex.anticipation_nouns):
            return True
        if t.head.lower_ != "of" or holder.pos_ != "NOUN":
            return False
        t = holder  # through a count: "a series of attacks", "a round of talks"
    return False


def held_state(noun: Token, lex: Any) -> bool:
    """An event noun that names a state one is in, not the act that put one there: "has been in detention since
    2021", "died in custody", "remains under curfew" (plover.yaml ``state_nouns``; PLOVER COERCE arrest is the act
    of arresting, docs/annotation.md: one event is one act); the subject of a verb of lasting ("the curfew remains
    in place") or of a frequency ("arrests of journalists are common": a kind of act, no occurrence) (o37)."""
    head = noun.head
    state = noun.lemma_.lower() in lex.state_nouns or noun.lower_ in lex.state_nouns
    lasting = state and head.lemma_.lower() in lex.lasting_verbs
    frequent = head.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in lex.frequency_adjectives for c in head.children)
    if noun.dep_ == "nsubj" and (lasting or frequent):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in lex.state_preps and state and not any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) and (
        noun.head.head.lemma_.lower() not in lex.light_verbs)  # "placed under house arrest", "held in custody"


def kind_of_deverbal(noun: Token, dated: bool, lex: Any) -> bool:
    """A noun of ``deverbal_nouns`` that names a kind of act, not one done: its "of" object is a bare plural of common
    nouns (no article, number, possessor or name: "the besiegement of populated areas", "the torture of detainees is a
    war crime", "the confiscation of property"), and nothing makes it one occurrence (no date in its clauses, no
    possessor, no "by" doer). PLOVER codes events, which are occurrences (as ``generic`` for plural event nouns) (nom)."""
    if dated or any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return False
    objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"]
    return bool(objects) and all(
        o.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss", "predet") for c in o.children)
        and not any(t.pos_ == "PROPN" or t.ent_type_ for t in o.subtree) for o in objects)
