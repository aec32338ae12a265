"""Read blame told in words: who is blamed or named the doer of an act, and an act condemned or labelled."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from . import open_quote


def labelled(verb: Token, lex: Any) -> str | None:
    """The verbal act of calling something by a word of judgement: "described the plan as 'scandalous'" (PLOVER
    ACCUSE: condemn, defame, denigrate), "called Haley 'a proven dealmaker'" (SUPPORT: praise, commend). The
    complement is the verb's object predicate or its "as" phrase; the judgement is its head or a modifier."""
    if verb.lemma_.lower() not in lex.labelling_verbs:
        return None
    words: list[Token] = []
    for child in verb.children:
        if child.dep_ == "oprd" or child.dep_ == "dobj" and any(g.dep_ == "oprd" for g in child.children):
            words.append(child)
        elif child.dep_ == "prep" and child.lower_ == "as":
            words.extend(child.children)  # the pobj, or an adjective the parse hangs on "as"
        elif child.dep_ == "dobj" and any(c.dep_ == "dative" for c in verb.children):
            words.append(child)  # "branded the NUG a terrorist group": the parse's double object, its second the label
        elif child.dep_ == "dobj" and child.lower_ in lex.verdicts and any(
                g.dep_ == "compound" and g.tag_ == "NNS" for g in child.children):
            words.append(child)  # "branded the rebels terrorists": the parse makes the two nouns one (acc)
        elif child.dep_ == "dobj":
            words.extend(g for g in child.children if g.dep_ in ("oprd", "appos"))
            # "described the killing of the ambassador as an attempt to ...": the parse hangs "as" on the object
            words.extend(x for g in child.children if g.dep_ == "prep" and g.lower_ == "as" for x in g.children)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not words and objects:
        # the parse may hang the object predicate on the object's last phrase: "called the attack by FARC
        # dissidents unacceptable" (amod), "called the ISIL presence in Palmyra a tragedy" (appos), "called the gang
        # attack on the prison barbaric" (a noun with "prison" its compound); the sentence's last word after the
        # object, not a preposition's bare object ("called Putin about terrorism") (a39)
        last = next((t for t in reversed(list(verb.subtree)) if not t.is_punct), None)
        if last is not None and last.i > objects[0].i and last.lower_ in lex.verdicts and (
                last.dep_ in ("appos", "amod", "oprd", "acomp")
                or last.dep_ == "dobj" and last.head.i == verb.i  # "calls ISIL presence in Palmyra a tragedy"
                or last.dep_ == "pobj" and any(d.dep_ == "compound" for d in last.children)):
            words.append(last)
    words += [g for w in list(words) for g in w.children if g.dep_ in ("amod", "compound", "acomp")]
    found = next((lex.verdicts[w.lower_] for w in words if w.lower_ in lex.verdicts), None)
    if found is None and any(g.dep_ in ("acl", "relcl") and g.lemma_.lower() in lex.hostile_aims
                             for w in words for g in w.children):
        return "ACCUSE"  # "described the killing as an attempt to damage ties", "called it a bid to derail the talks"
    return found


def blamed_party(verb: Token, lex: Any) -> Token | None:
    """The party a speech verb's complement clause says is behind an act or answers for it: "officials said Hamas was
    behind the rocket attack", "said the RSF was responsible for the shelling", "said Israel bore responsibility for
    the deaths" (PLOVER ACCUSE allege: "formally or informally accuse"). None where the clause's subject is a pronoun
    ("said it was behind the attack": a claim of responsibility, or a party the parse cannot name), where the clause
    is negated ("said Hamas was not behind it": a denial) or asks a question ("asked whether Hamas was behind it")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.report:
        return None
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.lemma_.lower() in lex.blame_resting and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in lex.blame_nouns for c in clause.children) and not any(
                c.dep_ == "neg" for c in clause.children):
            # "Kyiv said the blame for the attack lies with Moscow" (a39)
            party = next((g for c in clause.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                          if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")), None)
            if party is not None:
                return party
        if clause.lemma_.lower() not in lex.blame_bearing or not _stated_clause(clause):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            continue
        said = [c for c in clause.children if c.dep_ in ("prep", "acomp", "dobj", "attr", "xcomp")
                and c.lower_ in lex.blame_predicates]
        # what the party is behind or answers for is one act told as such, with its determiner ("behind the attack",
        # "responsible for Monday's killings"), not a charge or a place ("responsible for 300 patients", "behind the
        # lines"), nor a kind of act ("are responsible for widespread abuses": a standing charge, no occurrence)
        acts = [g for c in said for p in (c, *(p for p in c.children if p.dep_ == "prep" and p.lower_ == "for"))
                for g in p.children if g.dep_ == "pobj" and any(d.dep_ in ("det", "poss") for d in g.children)]
        if any(act_word(g, lex) for g in acts):
            return subject
    return None


def _stated_clause(clause: Token) -> bool:
    """Whether a verb's dependent is a complement clause stated as so: not negated ("said Hamas was not behind it": a
    denial), not a question ("asked whether Hamas was behind it")."""
    return clause.dep_ == "ccomp" and not any(
        c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)


def attributed_doer(verb: Token, lex: Any) -> Token | None:
    """The party a speech verb's complement clause names as the doer of an act: "the army said the drone strike on
    the market was carried out by the RSF" (the passive's agent), "the minister said the bombing was the work of the
    ELN" (the author). PLOVER ACCUSE allege, "formally or informally accuse", as ``blamed_party``'s "said the RSF
    was behind the strike". The clause's subject is one act told with its determiner (``act_word``); the doer is
    named (a pronoun or "its fighters" is a claim of responsibility, "unknown gunmen" no one); not negated, not a
    question."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.report:
        return None
    for clause in verb.children:
        if not _stated_clause(clause):
            continue
        act = next((c for c in clause.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if act is None or not any(d.dep_ in ("det", "poss") for d in act.children) or not _blamable(act, lex):
            continue
        if act.dep_ == "nsubjpass" and clause.lemma_.lower() in lex.doing_verbs:
            doers = [g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        elif act.dep_ == "nsubj" and clause.lemma_.lower() == "be":
            doers = [g for a in clause.children if a.dep_ == "attr" and a.lemma_.lower() in lex.authorship
                     for p in a.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                     if g.dep_ == "pobj"]
        else:
            continue
        for doer in doers:
            if doer.pos_ in ("PROPN", "NOUN") and not any(
                    d.dep_ == "poss" and d.pos_ == "PRON" or d.lower_ in lex.unknown_doers for d in doer.children) \
                    and not _undetermined(doer):
                return doer
    return None


def _undetermined(doer: Token) -> bool:
    """Whether a doer is a bare plural of a kind of people that names no party: "carried out by armed men", "by
    terrorists" (no determiner, no name or people before it). As "by unknown gunmen", an unidentified doer is null
    (docs/annotation.md, Actor and recipient: unknown perpetrators are null), and no one is accused (w40); "by the
    junta", "by Fano militiamen", "by Ukrainian forces", "by soldiers of the 33rd Division" name one."""
    return doer.pos_ == "NOUN" and doer.tag_ == "NNS" and not any(
        d.dep_ in ("det", "poss", "nummod") or d.pos_ == "PROPN" or d.ent_type_ in ("NORP", "ORG", "GPE")
        or d.dep_ == "prep" and d.lower_ == "of"  # "by soldiers of the 33rd Division"
        for d in doer.children)


def quoted_judgement(word: Token, lex: Any) -> bool:
    """A word of condemnation that qualifies an act inside a quotation: '"... including the recent unacceptable
    attack on an aid convoy," the statement said', '"this cowardly bombing will not go unpunished"'. The speaker
    condemns the act as they tell it (PLOVER ACCUSE disapprove: "condemn, decry ... an action"); only inside quote
    marks, since the outlet's own voice judges nothing (docs/annotation.md, Claims: the outlet's narration is no
    one's statement)."""
    if word.dep_ != "amod" or lex.judgement.get(word.lower_) != "ACCUSE" or not act_word(word.head, lex):
        return False
    return open_quote(word.doc[word.sent.start:word.i].text)  # (a quote opened before it in its sentence)


def answered_accuser(noun: Token, lex: Any) -> Token | None:
    """The accuser of an accusation a denial answers: "Qatar vehemently denied Amnesty's claims" (Amnesty), "the RSF
    rejected accusations by the army that it shelled the hospital" (the army). The accusation is an act of its own
    (PLOVER ACCUSE allege), its accuser the actor and the denier the recipient; the denial is the REJECT. None where
    the text names no accuser ("rejected the accusations") or the owner is a pronoun ("denied its claims")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.answered_claims or noun.dep_ != "dobj" or (
            lex.verbs.get(noun.head.lemma_.lower()) != "REJECT"):
        return None
    said = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")]
    if noun.lemma_.lower() in lex.neutral_claims and said and not any(
            t.lemma_.lower() in lex.wrongdoing or t.lemma_.lower() in lex.harm
            or (lex.verbs.get(t.lemma_.lower()) or lex.nouns.get(t.lemma_.lower())) in lex.hostile_types
            for c in said for t in c.subtree):
        return None  # "denied the army's claim that they had surrendered": a claim that says no wrong (w40)
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in lex.accuser_preps for g in c.children
               if g.dep_ == "pobj"]
    return next((o for o in owners if o.pos_ in ("PROPN", "NOUN")), None)


def deed_doer(noun: Token, lex: Any) -> Token | None:
    """The doer an act noun's own "by" phrase names: "condemned the attack by the RSF on the camp", "welcomed the
    release by the Houthis of 20 detainees". A verbal act on a deed is directed at its doer (PLOVER: the recipient is
    whom the act is about), as "condemned Russia's strike" and "the raids carried out by the militia" are. Not a
    date or an amount ("by Monday", "by 10 km"), nor a noun that names no act ("the road by the river")."""
    if noun.pos_ != "NOUN" or not act_word(noun, lex):
        return None
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                 if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN") and not g.like_num and g.ent_type_ not in (
                     "DATE", "TIME", "QUANTITY", "CARDINAL", "PERCENT", "MONEY", "ORDINAL")), None)


def attributed_to(verb: Token, lex: Any, names_actor: Any) -> Token | None:
    """The party a verb of attributing gives an act to: "the army attributed the ambush to ELN guerrillas" (PLOVER
    ACCUSE allege: "formally or informally accuse"). The object is an act (``act_word``) and the "to" phrase a party
    (``names_actor``): "attributed the deaths to illness" names none."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.attributing or not any(
            c.dep_ in ("dobj", "nsubjpass") and _blamable(c, lex) for c in verb.children):
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                 if g.dep_ == "pobj" and names_actor(g)), None)


def blamed_on(noun: Token, lex: Any) -> Token | None:
    """The party blame laid by a light verb falls on: "put the blame on Rwanda", "pinned the blame for the killings
    on the TPLF" (the parse hangs "on" on the verb or on the noun); and the one the verb lays it on: "blamed the
    attack on Rwanda", "blamed the delay on bad weather" (the object's "on" phrase; acc)."""
    if noun.pos_ == "VERB" and noun.lemma_.lower() in lex.blame_nouns:
        return next((g for h in (noun, *(o for o in noun.children if o.dep_ == "dobj")) for c in h.children
                     if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"), None)
    if noun.lemma_.lower() not in lex.blame_nouns or noun.dep_ != "dobj":
        return None
    return next((g for h in (noun, noun.head) for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "at")
                 for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")), None)


def blame_rests_on(noun: Token, lex: Any) -> Token | None:
    """The one blame rests with, where a blame noun is the subject of a verb of resting: "the blame lies with Moscow",
    "the blame for the delay lies with the bureaucracy" (plover.yaml ``blame_nouns``, ``blame_resting_verbs``) (w40)."""
    if noun.lemma_.lower() not in lex.blame_nouns or noun.dep_ != "nsubj" or \
            noun.head.lemma_.lower() not in lex.blame_resting:
        return None
    return next((g for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                 if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")), None)


def act_word(token: Token, lex: Any) -> bool:
    """Whether a noun names an act one can be blamed for: an event's trigger ("attack", "bombing", "killings"), a
    harm ("deaths") or a wrongdoing ("the smuggling"), its head word or a compound before it ("the car bomb")."""
    for t in (token, *(c for c in token.children if c.dep_ == "compound")):
        lemma = t.lemma_.lower()
        stems = {lemma, t.lower_, lemma.removesuffix("ing"), lemma.removesuffix("ing") + "e"}
        if any(w in lex.nouns or w in lex.verbs or w in lex.harm or w in lex.weapon_verbs or w in lex.wrongdoing
               for w in stems) or lemma in lex.blame_acts:
            return True
    return False


def _blamable(token: Token, lex: Any) -> bool:
    """Whether an act noun names an act one is accused of in naming its doer: an act word (``act_word``) whose type,
    where the lexicon gives it one, is hostile (plover.yaml ``hostile_types``: "the strike", "the raid") or none ("the
    killings", "the looting"); not a cooperative or verbal act ("the rescue was carried out by the coast guard", "the
    evacuation", "the talks were organised by Qatar": PLOVER ACCUSE is a disapproval, and naming who rescued whom
    disapproves of no one) (w40)."""
    if not act_word(token, lex):
        return False
    kinds = {lex.nouns.get(w) or lex.verbs.get(w) for w in (token.lower_, token.lemma_.lower())} - {None}
    return not kinds or bool(kinds & lex.hostile_types)


def alleged_party(verb: Token, lex: Any) -> Token | None:
    """The party an accusing verb's complement clause names as the doer: "Sudan alleged that the UAE had supplied
    weapons to the RSF", "Ukraine charged that Russia had deported children" (PLOVER ACCUSE allege: "formally or
    informally accuse"; the clause is the allegation, its subject the accused). None for a pronoun subject, a negated
    clause or a question, as in ``blamed_party``."""
    if verb.pos_ != "VERB" or lex.verbs.get(verb.lemma_.lower()) != "ACCUSE":
        return None
    for clause in verb.children:
        if not _stated_clause(clause):
            continue
        # "alleged she was harassed by volunteers": the passive's agent is the accused, not its subject (a39)
        agents = [g for v in (clause, *(c for c in clause.children if c.dep_ == "conj")) for c in v.children
                  if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]
        if agents:
            return agents[0]
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
            return subject
    return None


def condemned_act(verb: Token, lex: Any) -> Token | None:
    """The act a speech verb's complement clause names by a crime: "Gaza's authorities said the strike was a
    deliberate massacre", "the president said the attack on Kramatorsk was a war crime" (PLOVER ACCUSE disapprove:
    "condemn, decry ... an action", as "called the strike a war crime" is). The clause is "be" with a noun of
    ``verdict_words`` (ACCUSE) as its attribute and an act (``act_word``) as its subject, or a pronoun subject
    with the act in the speech verb's "of" phrase ("'This is a war crime,' Zelensky said of the strike"); not
    negated, not a question. Adjectives ("said the situation was dangerous") are left to the statement's own
    stance words."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.report:
        return None
    for clause in verb.children:
        if clause.lemma_.lower() != "be" or not _stated_clause(clause):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "PRON":
            # "'This is a war crime,' Zelensky said of the strike on the hospital": the act is the "of" phrase (a39)
            subject = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                            if g.dep_ == "pobj"), None)
        if subject is None or not (act_word(subject, lex) or subject.lemma_.lower() in lex.policy_nouns):
            continue  # an act, or a policy ("said the council's decision to close the shelter was a disgrace") (acc)
        if any(c.dep_ == "attr" and c.pos_ == "NOUN" and lex.verdicts.get(c.lower_) == "ACCUSE"
               for c in clause.children):
            return subject
    return None


def characterization(noun: Token, lex: Any) -> bool:
    """Whether an event noun is the reporter's word for an act told as the copula's subject: "It was an effective
    surrender by the rebel fighters", "The operation was the first large-scale deployment of the new army", "This
    was a massacre" (docs/annotation.md, *Characterizations*: the reporter's word for an act already coded is no
    second event). The subject is a pronoun that points back or a noun of an act (``act_word``, plover.yaml
    ``act_referents``); not "there" ("There was an attack on the convoy" tells one), nor a cleft, whose clause
    tells the act ("It was a drone strike that killed him") (gnp)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "attr" or noun.head.lemma_.lower() != "be" or any(
            c.dep_ == "relcl" and any(g.lower_ in ("that", "which") for g in c.children) for c in noun.children):
        return False
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON" or subject.tag_ in ("PRP", "DT"):
        return subject.lower_ in lex.act_pronouns
    return subject.pos_ == "NOUN" and (subject.lemma_.lower() in lex.act_referents or act_word(subject, lex))
