"""Forms of an event's parties the parse shows: acts answered for and who answers for them, a reciprocal subject,
a noun's agent, a clause's subject, recipients and the one asked; and the type sets they read.

Helpers of the events stage (pipeline/events.py); each reads one construction from the dependency parse and the
PLOVER lexicon (plover.yaml), with the manual's rule it follows.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from . import first_conjunct


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
