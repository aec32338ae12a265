"""A light or deverbal noun told as an act: the verb that tells it, its own realization, its possessor or doer, the
meeting it sets another act in, and the verb an -ing noun or a noun made of a trigger verb reports.

Helpers of the events stage (pipeline/events.py); each reads one construction from the dependency parse and the
PLOVER lexicon (plover.yaml), with the manual's rule it follows.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token


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


def weapon_gerund(noun: Token, lex: Any) -> bool:
    """Whether a noun is the -ing form of a weapon verb told with its object ("the downing of a Russian warplane",
    "the targeting of hospitals by Russian aircraft", "the firing of rockets at Sderot"): an ASSAULT where its phrase
    names a weapon or a mode cue, as the verb is (plover.yaml weapon_verbs; PLOVER codes the act whatever its grammar)
    (n35)."""
    return any(verb in lex.weapon_verbs for verb in gerund_verbs(noun))


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
