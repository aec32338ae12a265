"""Forms of event words the parse shows: a light noun's verb, a noun's own realization, a charge, a declared
ceasefire, a reciprocal subject.

Helpers of the events stage (pipeline/events.py); each reads one construction from the dependency parse and the
PLOVER lexicon (plover.yaml), with the manual's rule it follows.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from . import first_conjunct


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


def answered_for(noun: Token, lex: Any) -> Token | None:
    """The word of blame a bare plural noun of a hostile act (plover.yaml ``hostile_types``) is answered for by,
    through the prepositions that hold it ("blamed for attacks in Turkey", "responsible for a string of deadly
    attacks", "the gang behind a wave of kidnappings"):
    acts a party is held to answer for took place, a summary of past acts told in passing (plover.yaml
    ``blame_predicates``; docs/annotation.md, *Background acts*, *Summaries*) (bgr)."""
    if noun.tag_ != "NNS" or any(c.dep_ in ("det", "nummod", "poss") for c in noun.children) or any(
            d.lemma_.lower() in lex.harm for d in noun.subtree if d.pos_ == "VERB"):
        return None  # "the attacks in Paris that killed 130 people": an occurrence told with its toll
    if (lex.nouns.get(noun.lower_) or lex.nouns.get(noun.lemma_.lower())) not in lex.hostile_types:
        return None  # "responsible for war crimes": a charge's words, what the blame says, no act of force told
    t = first_conjunct(noun)
    while t.dep_ == "pobj" and t.head.dep_ == "prep":
        if t.head.lower_ in lex.blame_predicates:
            return t.head
        t = t.head.head
        if t.lemma_.lower() in lex.blame_predicates or t.lower_ in lex.blame_predicates:
            # a claim of responsibility names the doer of the acts the text tells ("ISIS claimed responsibility for
            # attacks in Paris that killed 130"), no summary of others (docs/annotation.md, Actor and recipient)
            return None if t.head.lemma_.lower() == "claim" else t
        if t.pos_ not in ("NOUN", "ADJ", "VERB") or t.dep_ not in ("pobj", "acl", "relcl", "amod", "acomp", "ROOT"):
            return None
    return None


def answering_party(word: Token) -> Token | None:
    """Who a word of blame holds to answer ("The RSF, which has been blamed for ...", "a group responsible for ...",
    "the gang behind ...", "Kyiv blamed Moscow for ...", "the ELN, blamed for ..."): the subject it is said of, the
    noun it qualifies, or the blamed object of an active verb."""
    kids = list(word.children)
    if word.pos_ == "VERB" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in kids) and word.dep_ != "acl":
        return next((c for c in kids if c.dep_ == "dobj"), None)
    subject = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:
        return subject
    if word.dep_ in ("amod", "acl", "prep", "relcl") and word.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return word.head
    if word.dep_ in ("acomp", "prep") and word.head.pos_ in ("VERB", "AUX"):
        return next((c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


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


def declared(token: Token, lex: Any) -> bool:
    """Whether a noun is what a verb of declaring declares: "declared a ceasefire", "the truce announced by X"."""
    head = light_head(token)
    if head is not None and head.lemma_.lower() in lex.declare_verbs:
        return True
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lex.declare_verbs for c in token.children)


def counted_in(token: Token) -> Token:
    """The noun a noun is counted in, up through its "of" phrases ("round" for "talks" in "a second round of talks",
    "series" in "a series of raids"), or the noun itself where none counts it."""
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        token = token.head.head
    return token


def light_head(token: Token) -> Token | None:
    """The verb a light noun is the object of, also through a count of it ("held a first round of talks")."""
    t = counted_in(token)
    if t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.pos_ == "VERB":
        return t.head.head  # "provide Ukraine with aid"
    return t.head if t.dep_ == "dobj" else None


def told_by(token: Token) -> Token | None:
    """The verb a light noun is told by, in any voice: the verb it is the object of ("the army launched an
    offensive", ``light_head``), whose passive subject it is ("an offensive was launched by the army"), or the
    verb of a relative clause whose pronoun object stands for it ("the offensive that the army launched"), or the
    participle that qualifies it with its doer's "by" ("the sanctions imposed on Russia by the EU") (sub)."""
    if (head := light_head(token)) is not None:
        return head
    if token.dep_ == "nsubjpass" and any(c.dep_ == "auxpass" for c in token.head.children):
        return token.head
    return next((c for c in token.children if c.dep_ == "relcl" and any(
        g.dep_ == "dobj" and g.tag_ in ("WDT", "WP") for g in c.children)
        or c.dep_ == "acl" and c.tag_ == "VBN" and any(g.dep_ == "agent" for g in c.children)), None)


def participated(token: Token, lex: Any) -> Token | None:
    """The verb by which someone took part in a meeting its "in" phrase names, also through a count of it: "took part
    in talks with the ELN", "played a role in the negotiations", "participated in a second round of talks" (PLOVER
    CONSULT; its subject the actor) (n35)."""
    t = counted_in(token)
    if t.dep_ != "pobj" or t.head.lower_ != "in":
        return None
    holder = t.head.head
    if holder.pos_ == "NOUN" and holder.dep_ == "dobj" and holder.lemma_.lower() in lex.part_nouns:
        holder = holder.head  # "took part | in talks" hung on the noun
    elif holder.pos_ == "VERB" and holder.lemma_.lower() in lex.part_verbs and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.part_nouns for c in holder.children):
        return None
    if holder.pos_ != "VERB" or holder.lemma_.lower() not in lex.part_verbs | lex.participation_verbs:
        return None
    return holder


def investigation_going_on(token: Token, lex: Any) -> bool:
    """Whether an investigation noun is told as going on: the subject of "be" with a word of going on ("the
    investigation is still ongoing", "an investigation is underway", "is under way"), of a verb of going on ("the probe
    continues"), or what an act is part of ("was arrested as part of an investigation into bribery", "in the course
    of an inquiry"). PLOVER ACCUSE investigate codes "all investigations" (acc)."""
    head = token.head
    if token.dep_ == "nsubj" and (head.lemma_.lower() in lex.ongoing_verbs or head.lemma_.lower() == "be" and any(
            c.dep_ in ("acomp", "advmod") and c.lower_ in lex.ongoing_states
            or c.dep_ == "prep" and c.lower_ == "under" and any(g.lower_ == "way" for g in c.children)
            for c in head.children)):
        return not any(c.dep_ == "neg" for c in head.children)
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lex.ongoing_frames


def realized(token: Token, lex: Any) -> bool:
    """A light noun told as an occurrence by its own participle ("the agreement reached yesterday", "talks
    held in Doha") or by the parties it is between ("the deal between Khartoum and the RSF")."""
    if token.dep_ == "nsubjpass" and token.head.lemma_.lower() in lex.realized_by:
        return True  # "The evacuation deal was mediated late Tuesday by Turkey and Russia"
    if token.dep_ == "pobj" and token.head.lower_ in lex.ongoing_preps:
        return True  # "the deaths are under investigation", "a commander under inquiry": an inquiry going on (e36)
    if token.lemma_.lower() in lex.investigations and (
            token.dep_ == "nsubj" and token.head.lemma_.lower() in lex.report
            or any(c.dep_ == "poss" for c in token.children) and any(
                c.dep_ == "prep" and c.lower_ == "into" for c in token.children)):
        # "an investigation into the killings found that ...": an investigation's finding (docs/annotation.md, a
        # report that is the act: ACCUSE investigate); "the Board's investigation into the attack" was made (e36)
        return True
    if token.lemma_.lower() in lex.investigations and investigation_going_on(token, lex):
        return True  # "arrested as part of an investigation into bribery", "the investigation is ongoing" (acc)
    for c in token.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lex.realized_by and not any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children):  # "a meeting to be held" is to come
            return True
        if c.dep_ == "prep" and c.lower_ == "between":
            return any(g.dep_ == "pobj" and any(x.dep_ == "conj" for x in g.children) for g in c.children)
        if c.dep_ == "prep" and c.lower_ == "by" and any(
                g.dep_ == "pobj" and not g.like_num and g.ent_type_ not in NOT_DOERS for g in c.children):
            # "an effective surrender by the rebels", "the advance by Sudanese troops" (n35); a warning or threat by
            # X only with its aim or its target ("the threat by Turkey to invade", "threats by the Houthis against
            # shipping"), as the verb "warn" (PLOVER THREATEN: coercive warnings; "a warning by the UN that famine
            # looms" foretells a danger)
            return (lex.nouns.get(token.lemma_.lower()) or lex.nouns.get(token.lower_)) != "THREATEN" or any(
                g.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)
                or g.dep_ == "prep" and g.lower_ in ("against", "to") for g in token.children)
    kind = lex.nouns.get(token.lemma_.lower()) or lex.nouns.get(token.lower_)
    if possessed_act(token, kind, lex) or doers_of(token, lex):
        return True  # "the RSF's siege of El Fasher", "the surrender of the M23 fighters" (nom)
    if kind in ("THREATEN", "REQUEST", "REJECT") and any(c.dep_ == "poss" for c in token.children) and any(
            c.dep_ == "acl" and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in token.children):
        # "Russia's threat to cut gas supplies", "the RSF's demand to join the talks", "Serbia's refusal to recognise
        # Kosovo": the owner's threat, demand or refusal told with its content, as the verb would tell it (PLOVER
        # THREATEN, REQUEST, REJECT: verbal acts) (h37; REJECT rcx)
        return True
    if kind == "ACCUSE" and token.lemma_.lower() in lex.told_accusations and any(
            c.dep_ == "poss" and c.pos_ != "PRON" for c in token.children) and any(
            c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in token.children):
        # "Israel's accusation that UNRWA staff took part in the attack": the owner's accusation told with what it
        # alleges, as "Israel accused UNRWA staff of ..." tells it (PLOVER ACCUSE allege) (rcx)
        return True
    return takes_place(token, lex) or (kind == "CONSULT" and participated(token, lex) is not None) or set_in(
        token, lex) is not None


def possessed_act(token: Token, kind: str | None, lex: Any) -> bool:
    """A light noun of an act done that a named possessor tells as its own, with what it was done to: "the RSF's siege
    of El Fasher", "Ukraine's incursion into Kursk", "the Kremlin's rejection of the peace plan", "Hamas's release of
    50 hostages"; also a people's adjective or an armed body's word before it, "a Russian blockade of Ukrainian ports",
    "a rebel siege on two villages" (PLOVER codes the act however worded; the possessor is its actor, as a "by" phrase
    is; not a place's name, "the Gaza blockade", a place more often than a party). Only the
    types of acts done (plover.yaml ``possessed_act_types``): "Iran's aid to Hezbollah", "Egypt's support for the
    army", "the RSF's demand" name a standing state or stance. A possessive pronoun ("their release", "its
    withdrawal") is as often the one acted on or a demand's content ("called for their release"), and stays light
    (nom)."""
    if kind not in lex.possessed_act_types:
        return False
    return any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") or c.dep_ in ("amod", "compound") and c.i < token.i
               and (c.ent_type_ == "NORP" or c.lemma_.lower() in lex.armed_bodies or c.lower_ in lex.forces)
               for c in token.children) and any(
        c.dep_ == "prep" and c.lower_ in lex.possessed_act_preps and any(g.dep_ == "pobj" for g in c.children)
        for c in token.children)


def doers_of(token: Token, lex: Any) -> bool:
    """A light noun of an intransitive act (plover.yaml ``subject_of_nouns``) whose "of" object names who did it, a name
    or a force: "the surrender of the M23 fighters", "the advance of Russian troops toward Pokrovsk", "the withdrawal
    of French troops from Mali" (PLOVER actor: who surrendered, advanced, withdrew; the "of" phrase tells the doer as
    a "by" phrase does). Not "the withdrawal of US support" (what is withdrawn is no doer) (nom)."""
    if token.lemma_.lower() not in lex.subject_of_nouns and token.lower_ not in lex.subject_of_nouns:
        return False
    return any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.lemma_.lower() in lex.forces or g.lower_ in lex.forces)
               for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def set_in(token: Token, lex: Any) -> Token | None:
    """The verb of another act that the text tells as done with a meeting as its setting: "Putin and Erdogan agreed
    in a phone call", "the envoy said during talks with the Houthis" (PLOVER CONSULT: the call or talks took place,
    the verb's subject among their parties; c36). Only a verb in the past ("agreed", "have said"), never one to come
    ("will agree during the talks") or a noun ("hopes for progress at the talks"), nor an act of force, whose doer
    is no party of the meeting it strikes ("gunmen opened fire at a meeting of elders": ``armed_types``)."""
    meeting = "CONSULT" in (lex.nouns.get(token.lemma_.lower()), lex.nouns.get(token.lower_)) or any(
        c.dep_ == "compound" and lex.noun_compounds.get(token.lemma_.lower(), {}).get(c.lower_) == "CONSULT"
        for c in token.children)  # "in a phone call"
    if not meeting:
        return None
    t = counted_in(token)  # "in a second round of talks"
    if t.dep_ != "pobj" or t.head.dep_ != "prep":
        return None
    verb = t.head.head
    if t.head.lower_ not in lex.setting_preps and not (
            t.head.lower_ == "for" and verb.lemma_.lower() in lex.journey_verbs):
        return None  # "flew to Jeddah for talks", "joined Kerry in Paris for talks": the journey's talks were held
    done = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    lemma = verb.lemma_.lower()
    if lex.verbs.get(lemma) in lex.armed_types or lemma in lex.weapon_verbs or any(
            lex.particles.get(lemma, {}).get(c.lower_) in lex.armed_types for c in verb.children):
        return None  # "opened fire at a meeting of elders", "arrested activists at a meeting": an act on the meeting
    return verb if verb.pos_ in ("VERB", "AUX") and done else None


NOT_DOERS = {"DATE", "TIME", "QUANTITY", "CARDINAL", "PERCENT", "MONEY", "ORDINAL"}  # "by Monday", "by 10 km"


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


def takes_place(token: Token, lex: Any) -> bool:
    """A meeting told as held by a verb of taking place or a noun of its course: "Peace talks resumed in Jeddah",
    "the meeting took place in Barbados", "the start of a second round of talks" (PLOVER CONSULT)."""
    if lex.nouns.get(token.lemma_.lower()) not in lex.occurring_types and lex.nouns.get(
            token.lower_) not in lex.occurring_types:
        return False  # "support began to wane", "concern grew": a state, no meeting
    t = token  # through a count: "a second round of talks"
    while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
        t = t.head.head
        if t.lemma_.lower() in lex.occurring_nouns:
            return True  # "the start of a second round of talks", "at the end of the meeting"
    return t.dep_ == "nsubj" and (t.head.lemma_.lower() in lex.occurring_verbs or any(
        c.dep_ == "dobj" and f"{t.head.lemma_.lower()} {c.lemma_.lower()}" in lex.occurring_verbs
        for c in t.head.children))  # "Peace talks resumed in Jeddah", "the meeting took place in Barbados"


def reciprocal(verb: Token) -> bool:
    """Whether the verb's subject is several parties ("Erdogan and Putin spoke", "the two leaders talked")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return any(c.dep_ == "conj" for c in subject.children) or any(
        c.dep_ == "nummod" and c.lower_ in ("two", "both") or c.lower_ == "both" for c in subject.children)


def noun_agent(token: Token, said: set[str]) -> Token | None:
    """Who did what an event noun names, told in a clause on the noun: its participle's agent ("an operation
    executed by coalition forces", "attacks carried out by X") or who claimed it ("the attack, for which Daesh has
    claimed responsibility"). PLOVER's actor is the one who carried the act out, or who claimed it; not one who
    only spoke of it (``said``: the verbs of verbal acts and of speech: "the attack, condemned by the UN")."""
    for clause in (c for c in token.children if c.dep_ in ("acl", "relcl")):
        agent = next((g for g in clause.children if g.dep_ == "agent"), None)
        if agent is not None and clause.tag_ == "VBN" and clause.lemma_.lower() not in said:
            return next((g for g in agent.children if g.dep_ == "pobj"), None)
        if clause.lemma_.lower() == "claim" and any(g.dep_ == "dobj" and g.lemma_.lower() == "responsibility"
                                                     for g in clause.children):
            return next((g for g in clause.children if g.dep_ == "nsubj"), None)
    return None


def clause_subject(verb: Token) -> Token | None:
    """The subject of a verb's clause, through a predicate adjective or participle ("the EU is united in ..."); not
    a passive's (whose subject is the one acted on)."""
    if verb.dep_ == "conj" and (stray := stray_subject(verb)) is not None:
        return stray
    for t in (verb, verb.head if verb.dep_ in ("acomp", "xcomp", "conj") else None):
        if t is None:
            continue
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children):
            return None
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def stray_subject(verb: Token) -> Token | None:
    """The subject of a coordinated clause that the parser hung on the object of the clause before: "Germany is
    Europe's biggest economy and the two leaders affirmed their support" (parsed "economy and the leaders", with
    "affirmed" sharing "Germany"). A verb with no subject of its own right after a noun coordinated with a
    complement or object of its head clause: that noun is who acts (PLOVER actor: the doer of the act)."""
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) \
            or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "conj" or noun.head.dep_ not in ("attr", "dobj", "pobj") \
            or not any(c.dep_ == "cc" for c in noun.head.children) or noun.head.i > noun.i:
        return None
    clause = noun.head
    while clause.dep_ != "ROOT" and clause.pos_ not in ("VERB", "AUX"):
        clause = clause.head
    return noun if clause.i == verb.head.i else None


# Prepositions that date one thing by another ("after a spate of attacks", "since the strikes").
TIME_PREPS = {"since", "after", "before", "following", "during", "upon", "until", "ahead"}
# The prepositions that give an event noun's recipient ("support for Iraq", "aid to Ukraine", "condemnation of
# Assad's policies", "the arrest of X"): English nominalizations take their object in these.
NOUN_RECIPIENT_PREPS = {"for", "to", "of"}
# Types whose "with" names no recipient: talks, agreements, cooperation and fighting are between parties who all act
# (PLOVER, *Compound and Reciprocal Actors*: in reciprocal events all the entities are the actor and no recipient
# is included; ASSAULT: two-sided violence), and "attacked with rockets" names a weapon.
JOINT_TYPES = {"CONSULT", "ASSAULT", "COOPERATE", "AGREE"}
# Types of acts that are said, not done: an event noun they are about is their topic (PLOVER's verbal types).
VERBAL_TYPES = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN", "AGREE", "CONCEDE"}
# Types whose noun takes its mover in "of" (PLOVER MOBILIZE, RETREAT: the forces that move are the actor).
MOVER_TYPES = {"MOBILIZE", "RETREAT"}
# "the bombardment of Aleppo" names where, not whom: a place is no recipient.
PLACE_ENTS = {"GPE", "LOC", "FAC"}


def recipients(token: Token, event_type: str | None, movers: set[str] = frozenset()) -> list[Token]:
    """Recipient phrases beyond a verb's object, in PLOVER's sense of the one an act is directed at:
    - an event noun's object phrase: "their support for the Government of Iraq", "the arrest of X";
    - "with" after a one-sided act or its infinitive ("refused to negotiate with Eta", "signed the deal with EU
      leaders"), not after talks, agreements, cooperation or fighting, whose parties all act;
    - the subject of a request's clause: "pressed for Russia to use its influence" (REQUEST: the one asked);
    - whom aid is given to: "committed $500 million to the Sudanese Red Crescent" (AID: benefits the recipient)."""
    out: list[Token] = []
    children = list(token.children)
    if token.pos_ == "NOUN":
        # "the deployment of troops", "the withdrawal of forces": who moves is the actor, not a recipient.
        preps = NOUN_RECIPIENT_PREPS - ({"of"} if event_type in MOVER_TYPES else set())
        out += [g for c in children if c.dep_ == "prep" and c.lower_ in preps
                for g in c.children if g.dep_ == "pobj" and not (g.ent_type_ in PLACE_ENTS and c.lower_ == "of")]
    if event_type == "AID" and token.pos_ == "VERB":  # "committed $500 million to displaced families"
        out += [g for c in children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    if event_type == "SANCTION" and token.pos_ == "VERB":
        # whom the exchanges cut went to: "suspended development aid to Niger", "halted funding to the ministry"
        # (PLOVER SANCTION, requires recipient: the party whose relations are reduced; rcv)
        out += [g for h in [token, *(c for c in children if c.dep_ == "dobj")] for c in h.children
                if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    if event_type not in JOINT_TYPES:
        verbs = [token] + [c for c in children if c.dep_ == "xcomp"] if token.pos_ == "VERB" else [token]
        out += [g for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"]
    if event_type == "REQUEST":
        out += [g for c in children if c.dep_ in ("advcl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children) for g in c.children if g.dep_ == "nsubj"]
        out += asked(token, movers)
    return out


# Marks of a clause that asks a question, not one that says what someone must do ("asked whether X would ...").
QUESTION_MARKS = {"whether", "if"}


def asked(token: Token, movers: set[str]) -> list[Token]:
    """The one a request is made of, beyond its object (PLOVER REQUEST: the recipient is the one asked):
    - the subject of the clause a verb of asking governs: "demanded the NDP scrap the tax", "insisted that
      Israel withdraw" (not a passive's subject, "demanded that the hostages be freed", nor a question's);
    - "from" X on the verb or on its object: "requested clarification from the DMV", "demanded an apology from
      the RSF", "sought help from Kenya"; not on a noun of moving (``movers``), where "from" is where they leave
      ("the withdrawal of troops from Somalia");
    - "to" X on the verb: "appealed to Israel to allow aid trucks in" (rcx)."""
    out: list[Token] = []
    if token.pos_ == "VERB":
        out += [g for c in token.children if c.dep_ == "ccomp" and not any(
            m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for m in c.children)
            for g in c.children if g.dep_ == "nsubj" and g.tag_ not in ("PRP", "EX")]
        # "appealed to Israel to allow aid in", "pleaded to the junta for mercy": the one the plea is addressed to
        # (PLOVER REQUEST: the recipient is the one asked) (rcx)
        out += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                if g.dep_ == "pobj"]
    objects = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() not in movers]
    for holder in [token, *objects]:
        out += [g for c in holder.children if c.dep_ == "prep" and c.lower_ == "from"
                for g in c.children if g.dep_ == "pobj"]
    return out


def may_benefit(verb: Token, lex: Any) -> bool:
    """Whether an AID or RETREAT verb may stand: its object, if it has one, is no event and nothing published.
    PLOVER AID's benefits accrue to a recipient and RETREAT releases captives; "released a statement", "rescued the
    deal" do neither, nor does a release "from hospital". (True means the verb keeps its type.)"""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        objects.append(verb.head)  # "a statement released by his team": the statement is what was released
    if any(c.dep_ == "prep" and c.lower_ == "from" and any(g.lemma_.lower() in lex.care_places for g in c.children)
           for c in verb.children):
        return False  # "was released from hospital": a patient, no captive (j36)
    if any(c.lemma_.lower() in lex.idle_objects or c.lower_ in lex.idle_objects for c in objects):
        return False  # "paid tribute to the victims", "funds itself through extortion": no recipient benefits (w37)
    if any(c.dep_ == "nsubjpass" and (c.lemma_.lower() in lex.published or c.lower_ in lex.published)
           for c in verb.children):
        return False  # "the report was released by Human Rights Watch": the passive's subject is what was released
    return not any(c.lemma_.lower() in lex.published or c.lower_ in lex.published or c.lemma_.lower() in lex.nouns
                   or c.lower_ in lex.nouns for c in objects)


def discussed_at_meeting(verb: Token, topic_verbs: set[str]) -> bool:
    """A verb of discussing whose subject only points back at parties already met ("They also discussed ...", "The
    ministers discussed ...", "the 2 leaders discussed", "both countries continue to discuss"): the content of a
    meeting told before, not a new one. A subject that names its parties ("Iran and Iraq discussed") may be new."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in topic_verbs:
        return False
    holder = verb.head if verb.dep_ == "xcomp" and verb.head.i != verb.i else verb
    subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("they", "we")
    return subject.pos_ == "NOUN" and subject.tag_ == "NNS" and any(
        c.dep_ in ("det", "nummod", "predet") and (c.lower_ in ("the", "both", "these", "those") or c.like_num)
        for c in subject.children)


def weapon_gerund(noun: Token, lex: Any) -> bool:
    """Whether a noun is the -ing form of a weapon verb told with its object ("the downing of a Russian warplane",
    "the targeting of hospitals by Russian aircraft", "the firing of rockets at Sderot"): an ASSAULT where its phrase
    names a weapon or a mode cue, as the verb is (plover.yaml weapon_verbs; PLOVER codes the act whatever its grammar)
    (n35)."""
    return any(verb in lex.weapon_verbs for verb in gerund_verbs(noun))


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


def gerund_verbs(noun: Token) -> list[str]:
    """The verbs a noun may be the -ing form of where it is told with its object ("the downing of", "the freeing
    of": down, downe; free, freee; "the shelling of": shell, shelle, shel), else none."""
    if noun.tag_ != "NN" or not noun.lower_.endswith("ing") or not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return []
    stem = noun.lower_[:-3]
    return [v for v in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else "") if v]


def deverbal(noun: Token, lex: Any) -> str | None:
    """The type of a verb's -ing noun told with its object: "the killing of Karlov", "the freeing of 12 hostages",
    "the arming of rebels" report what "killed", "freed", "armed" report (PLOVER codes the act, however worded).
    Only verbs that are triggers by themselves, not those that need a weapon, a place or a particle. Other nouns made
    of a trigger verb likewise (plover.yaml ``deverbal_nouns``: "the expulsion of French diplomats", "the seizure of
    cocaine", "the capture of Avdiivka"; not "the seizure of power", ``deverbal_objects_not``) (nom)."""
    verb = lex.deverbal_nouns.get(noun.lemma_.lower()) or lex.deverbal_nouns.get(noun.lower_)
    if verb is not None and verb in lex.verbs and noun.pos_ == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and g.lemma_.lower() not in lex.deverbal_objects_not for g in c.children)
            for c in noun.children):
        return lex.verbs[verb]
    for verb in gerund_verbs(noun):
        if verb in lex.verbs and verb not in lex.weapon_verbs | lex.place_objects | lex.object_verbs \
                and verb not in lex.prep_verbs and verb not in lex.particles and verb not in lex.report:
            return lex.verbs[verb]
    return None
