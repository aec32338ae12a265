"""Tell who bears arms and what force a clause tells: armed doers and sides, fighting, aimed fire, blockades."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from .event_forms import clause_subject
from .event_roles import person
from .group_people import armed_people

if TYPE_CHECKING:
    from .event_sentence import Sentence


def crowd_side(sentence: Sentence, noun: Token) -> bool:
    """Whether a noun of two-sided violence names a crowd among its sides ("clashes between protesters and police"),
    on itself or on the verb it is the subject of: a toll makes no crowd's clashes armed (PLOVER PROTEST riot)."""
    holders = [noun] + ([noun.head] if noun.dep_ == "nsubj" else [])
    protesters = sentence.lex.protesters
    return any(s.lemma_.lower() in protesters or s.lower_ in protesters
               for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "against", "between")
               for p in c.children if p.dep_ == "pobj" for s in (p, *p.conjuncts))


def toll_told(sentence: Sentence, token: Token) -> bool:
    """Whether a noun or gerund of an act is the subject of a verb of result that states a toll: "The siege left 21
    dead", "Fighting ... left 12 people dead", "Clashes in Cauca left 9 dead". The dead and the hurt tell that the act
    took place, and took place with force (docs/annotation.md, Tolls; PLOVER ASSAULT) (m39)."""
    head = token.head
    return token.dep_ in ("nsubj", "csubj") and head.i != token.i and head.lemma_.lower() in sentence.lex.result_verbs \
        and any(n is not None for n in sentence.left_toll(head).values())


def harmful(sentence: Sentence, token: Token, skip: Token | None = None) -> bool:
    """Whether the clause of a trigger tells physical harm: a weapon, a killing or wounding, an ASSAULT mode cue.
    ``skip``: a word not counted (the verb of force whose sense is asked: "blasted France over its decision")."""
    lex = sentence.lex
    tokens = [t for ring in sentence.rings(token)[:2] for t in ring if skip is None or t.i != skip.i]
    return any(t.lemma_.lower() in lex.harm or sentence.in_mention("WEAPON", t) for t in tokens) or (
        sentence.mode("ASSAULT", tokens) is not None)


def _armed(noun: Token, lex: Any) -> bool:
    """Whether a noun names armed people ("armed men", "gunmen": group_people.armed_people) by the lexicon's words."""
    return armed_people(noun, lex.people, lex.armed_people, lex.armed_heads)


def under_attack(sentence: Sentence, token: Token) -> tuple[Token | None, Token | None] | None:
    """Who "came under attack" or "under fire", and from whom: "the convoy came under fire from RSF fighters" (the
    subject undergoes the act, the "from" party does it: PLOVER's recipient and actor), or None where the trigger is
    no such idiom (k37)."""
    lex = sentence.lex
    if token.pos_ == "VERB":
        noun = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "under" for g in c.children
                     if g.dep_ == "pobj"), None)
        verb = token
    elif token.dep_ == "pobj" and token.head.lower_ == "under" and token.head.head.pos_ in ("VERB", "AUX"):
        noun, verb = token, token.head.head
    else:
        return None
    if noun is None or not (noun.lemma_.lower() in lex.attack_idioms
                            or lex.nouns.get(noun.lemma_.lower()) == "ASSAULT"):
        return None
    party = next((g for h in (verb, noun) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                  for g in c.children if g.dep_ == "pobj"), None)
    return clause_subject(verb), party


def armed_party_at(sentence: Sentence, verb: Token) -> bool:
    """Whether a retort's "at" party is armed ("fired back at the gunmen", "hit back at RSF fighters"): force answered
    with force, no censure (``verbal_party``; fig)."""
    return any(armed_party(sentence, g) for h in (verb, *verb.children) for c in h.children
               if c.dep_ == "prep" and c.lower_ == "at" for g in c.children if g.dep_ == "pobj")


def violent_doer(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb's doer attacks with force whatever the attack is over: an armed doer by its head word
    (``armed_doer`` with ``named_head``: "Militants attacked Kenya over its policy", not "Sudan's army chief", a
    person who speaks) or a crowd (plover.yaml ``violent_crowds``, ``protesters``: "A mob
    attacked Masih over a blasphemy claim") (fig)."""
    subject = clause_subject(verb)
    words = set() if subject is None else {subject.lemma_.lower(), subject.lower_}
    return bool(words & (sentence.lex.violent_crowds | sentence.lex.protesters)) or armed_doer(sentence, verb, True)


def aimed_fire(sentence: Sentence, verb: Token) -> bool:
    """Whether a weapon verb with no weapon named is aimed by an armed doer at someone: "police fired at protesters",
    "soldiers fired on the crowd" (plover.yaml ``aimed_fire``; PLOVER ASSAULT); not "fired its chief executive" (no
    aim), "fired into the air" (harmless_aims), "the company fired on all cylinders" (no armed doer) (neg)."""
    lex = sentence.lex
    preps = lex.aimed_fire.get(verb.lemma_.lower())
    if not preps or not any(c.dep_ == "prep" and c.lower_ in preps and any(
            g.dep_ == "pobj" and g.lower_ not in lex.harmless_aims for g in c.children) for c in verb.children):
        return False
    subject = clause_subject(verb)
    return subject is not None and (subject.lemma_.lower() in lex.armed_officers or subject.lower_ in
                                    lex.armed_officers or armed_doer(sentence, verb))


def armed_party(sentence: Sentence, party: Token) -> bool:
    """Whether a party is one of arms: a force noun or an armed collective, a weapon or a mode of attack in its phrase,
    or an actor the knowledge base knows as military or an armed group ("RSF fighters", "Russian drones")."""
    lex = sentence.lex
    words = list(party.subtree)
    if _armed(party, lex) or party.lemma_.lower() in lex.forces or party.lower_ in lex.forces or any(
            sentence.in_mention("WEAPON", t) for t in words) or sentence.mode("ASSAULT", words) is not None:
        return True
    actor = sentence.actor_in(party)
    record = sentence.ctx.knowledge.get(actor) if actor else None
    return record is not None and record.kind in ("military", "armed_group")


def verbal_party(sentence: Sentence, party: Token) -> bool:
    """Whether the party an attack comes "from" is one of words, not of arms: a person or a body that is no force, with
    no weapon ("came under fire from rights groups", "under attack from opposition lawmakers": PLOVER ACCUSE,
    criticize), where "from RSF fighters", "from Russian drones", "from the air" are an ASSAULT (k37)."""
    if armed_party(sentence, party):
        return False
    return sentence.actor_in(party) is not None or person(sentence, party) or \
        party.lemma_.lower() in sentence.lex.critic_words


def armed_doer(sentence: Sentence, verb: Token, named_head: bool = False) -> bool:
    """Whether a verb's subject is an armed force: one of the force nouns ("fighters", "troops"), or an actor the
    knowledge base knows as military or an armed group (with ``named_head``, only where the subject's head word is
    that actor's name: "supporters of Kataib Hezbollah" are no force)."""
    subject = clause_subject(verb)
    if subject is not None and _armed(subject, sentence.lex):
        return True  # "masked men stormed a church": an armed collective (collectives.yaml armed_people_words)
    if subject is not None and subject.lemma_.lower() == "member" and any(
            g.lemma_.lower() in sentence.lex.armed_bodies for c in subject.children
            for g in ([c] if c.dep_ in ("compound", "amod") else c.children if c.dep_ == "prep" and c.lower_ == "of"
                      else [])):
        return True  # "gang members stormed the town", "members of a militia": an armed body's people (p39)
    if subject is None or named_head and subject.pos_ != "PROPN" and (
            subject.lemma_.lower() not in sentence.lex.forces and subject.lower_ not in sentence.lex.forces):
        return False
    actor = sentence.actor_in(subject)
    record = sentence.ctx.knowledge.get(actor) if actor else None
    return subject.lemma_.lower() in sentence.lex.forces or subject.lower_ in sentence.lex.forces or (
        record is not None and record.kind in ("military", "armed_group") and subject.pos_ != "PRON")


def armed_side(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb of two-sided violence has an armed side and no crowd among its sides: the subject and the
    parties "with" or "between" it names (plover.yaml ``armed_only``)."""
    subject = clause_subject(verb) if verb.pos_ == "VERB" else None
    # a noun's sides hang on it or on the verb it is the subject of ("clashes broke out between X and Y")
    holders = [verb] + ([verb.head] if verb.pos_ != "VERB" and verb.dep_ == "nsubj" else [])
    sides = ([subject, *subject.conjuncts] if subject is not None else []) + [
        g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "against", "between")
        for p in c.children if p.dep_ == "pobj" for g in (p, *p.conjuncts)]
    if any(s.lemma_.lower() in sentence.lex.protesters or s.lower_ in sentence.lex.protesters for s in sides):
        return False
    for side in sides:
        actor = sentence.actor_in(side)
        record = sentence.ctx.knowledge.get(actor) if actor else None
        if side.lemma_.lower() in sentence.lex.forces or side.lower_ in sentence.lex.forces or (
                record is not None and record.kind in ("military", "armed_group") and side.pos_ != "PRON"):
            return True
    return False


def forces_move(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb of moving moves armed forces to a place: its subject is a force (by its noun, or an armed
    actor) and it names where (a place, or a name, as object or after "to", "into", "in")."""
    if not armed_doer(sentence, verb):
        return False
    targets = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into", "in", "toward", "towards")
        for g in c.children if g.dep_ == "pobj"]
    return any(sentence.mention_at(t, "GPE", "LOC", "FAC") is not None
               or t.i == target.i and t.pos_ == "PROPN" for target in targets for t in target.subtree)


def party_fought(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb of fighting has a party as its foe: its object, or "against" one, is an actor or a force
    ("pledged to fight Israel", "fought the RSF", "fought against al-Shabaab"); "fight corruption", "fight
    poverty", "fighting for their rights" are no violence (PLOVER ASSAULT: deliberate actions which can
    potentially result in substantial physical harm; plover.yaml ``party_verbs``)."""
    lex = sentence.lex
    if verb.dep_ in ("relcl", "acl") or clause_subject(verb) is None:
        # "groups that fought the U.S. military after 2003" tells who the groups are; a headline's "Fighting Iran's
        # proxies" names a kind of act: no doer, no occurrence told (as "the fight against ISIS")
        return False
    foes = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "against" for g in c.children if g.dep_ == "pobj"]
    if not foes and not fought_aim(verb):
        return _fought_each_other(sentence, verb)
    return any(sentence.actor_in(f) or f.lemma_.lower() in lex.forces or f.lower_ in lex.forces
               or _armed(f, lex) for foe in foes for f in (foe, *foe.conjuncts))


def _fought_each_other(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb of fighting with no foe named is reciprocal: its subject names two sides ("The ELN and the FARC
    dissidents fought", "Russian and Ukrainian forces fought near Bakhmut", "rival gangs fought"), one of them armed
    and none a crowd, and the clause tells one occurrence, not a war's length ("fought for years", "fought to a
    stalemate") (PLOVER, Compound and Reciprocal Actors: both sides are actors; ASSAULT) (neg)."""
    lex = sentence.lex
    subject = clause_subject(verb)
    if subject is None or verb.tag_ != "VBD" or any(c.dep_ == "aux" for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("to", "for", "since", "over", "until", "throughout")
           for c in verb.children):
        return False  # "fought to a stalemate", "fought for years", "fought over the land": no one occurrence
    sides = [subject, *subject.conjuncts]
    two = len(sides) > 1 or any(c.dep_ == "amod" and (any(g.dep_ == "conj" for g in c.children)
                                                      or c.lower_ == "rival") for c in subject.children)
    if not two or any(s.lemma_.lower() in lex.protesters or s.lower_ in lex.protesters for s in sides):
        return False
    return any(s.lemma_.lower() in lex.forces or s.lower_ in lex.forces or _armed(s, lex)
               or s.lemma_.lower() in lex.armed_bodies or s.lower_ in lex.armed_bodies
               or (record := sentence.ctx.knowledge.get(sentence.actor_in(s) or "")) is not None
               and record.kind in ("military", "armed_group") for s in sides)


def fought_aim(verb: Token) -> bool:
    """Whether a verb of fighting names what it fights or fights for (an object, "against" or "for" one): "fight
    corruption", "fight for democracy"; "vowed to fight on" names none, and stays the vow it was."""
    return any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("against", "for") for c in verb.children)


def obstruction(sentence: Sentence, verb: Token) -> str | None:
    """The type of a way blocked, by who blocks it: a crowd of civilians (protesters, students, farmers) obstructs
    in protest (PLOVER PROTEST obstruct: "obstruct passage or access to a particular locale"); a force, police or a
    state blockades (COERCE restrict: "blockades"); a landslide or debris, or no doer told, is no event."""
    lex = sentence.lex
    subject = clause_subject(verb)
    if subject is None:
        return None
    head = subject.lemma_.lower()
    if head in lex.protesters or subject.lower_ in lex.protesters or (
            head in lex.people and subject.tag_ in ("NNS", "NNPS") and not _armed(subject, lex)):
        return "PROTEST"
    if head in lex.natural_forces:
        return None
    actor = sentence.actor_in(subject)
    known = actor is not None and sentence.ctx.knowledge.get(actor) is not None
    return "COERCE" if armed_doer(sentence, verb) or known or head in lex.blockaders else None


def civilians_do(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb's subject is a crowd of civilians, as ``obstruction`` tells one: protesters, or a plural of
    people or of an occupation that is no armed body and names no state ("residents", "Lawyers", "Kenyan doctors")."""
    subject = clause_subject(verb)
    if subject is None:
        return False
    head = subject.lemma_.lower()
    if head in sentence.lex.protesters or subject.lower_ in sentence.lex.protesters:
        return True
    return head in sentence.lex.people | sentence.lex.occupations and subject.tag_ in ("NNS", "NNPS") and not _armed(
        subject, sentence.lex)
