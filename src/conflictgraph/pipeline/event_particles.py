"""Give a verb the type its particles make, and tell where a particle's word is used in another sense."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from ..knowledge import builtin_lexicon, word_set
from .event_force import armed_doer, armed_party
from .event_roles import OWN_PRONOUNS, person

if TYPE_CHECKING:
    from .event_sentence import Sentence


# Prepositions of time and cause: what they govern is when or why a verb's act was done, no particle of its type
# ("suspended the match after attacks on players", "closed the road during the bombing") (v40).
ADJUNCT_PREPS = word_set(builtin_lexicon("plover"), "adjunct_preps")


def _party_named(sentence: Sentence, phrases: list[Token]) -> bool:
    """Whether a phrase, or a "with"/"to"/"from"/"for"/"between"/"against"/"on"/"of" phrase of it, names a party: an
    actor, a nationality, a place's people or authority, or people ("transactions with Niger", "imports of Japanese
    seafood", "visas for Malian nationals", "flights to Mekelle") (v40)."""
    for phrase in phrases:
        for c in phrase.children:
            if c.dep_ in ("amod", "compound", "nmod", "poss") and c.lower_ not in OWN_PRONOUNS and (
                    sentence.mention_at(c, "NORP", "GPE", "ORG") is not None or sentence.actor_in(c) is not None):
                return True  # "Russian imports", "Malian nationals' visas"
            if c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to", "from", "for", "between", "against", "on",
                                                            "of"):
                for g in c.children:
                    if g.dep_ == "pobj" and any(sentence.actor_in(m) is not None or person(sentence, m)
                                            or sentence.mention_at(m, "NORP", "GPE") is not None for m in g.subtree):
                        return True
    return False


def particle_overreach(sentence: Sentence, verb: Token, event_type: str, type_of: Any) -> bool:
    """Whether the word that gave a verb its type (plover.yaml ``verb_particles``) is used in another sense, or tells
    an act with no party it is done to (v40), a review of r39's particles:

    - a case opened is a prosecution only where it is against a party, into an act, or a kind of case ("opened a
      criminal case against the commander"), not a case "of" goods or a box opened ("opened a case of champagne",
      "opened the case and found nothing") (PLOVER ACCUSE investigate);
    - exchanges suspended or airspace closed curtail relations with a party only where the text names it
      (plover.yaml ``exchange_nouns``; PLOVER SANCTION: an act on a target): "suspended transactions with Niger",
      "closed its airspace to French aircraft"; not "during maintenance", "because of volcanic ash";
    - calls ignored are a demand refused where the call is a party's ("ignored the UN's calls") or asks for an act
      of the codebook ("ignored calls to release political prisoners"); "ignored calls for a penalty", "calls to sell
      their shares" refuse no party (PLOVER REJECT);
    - access granted is access allowed to aid workers or observers, to a place or to people ("granted the ICRC access
      to detainees"), not to data or records (docs/annotation.md, RETREAT);
    - convoys and aid blocked are aid refused by a party: "heavy snow blocked the aid convoy" refuses nothing
      (docs/annotation.md, REJECT: refusing aid or access).
    ``type_of`` reads another word's type (``event_types.trigger_type``).
    """
    lex = sentence.lex
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    words = {c.lower_ for c in objects} | {c.lemma_.lower() for c in objects}
    if lemma in ("take", "walk") and event_type == "PROTEST":
        # "took to the streets", "walked off the job": the street or the job as the place gone to or left, not the
        # setting of another act ("the brawl that took place on a deserted street") (rcx)
        prep, place = ("to", "street") if lemma == "take" else ("off", "job")
        if armed_doer(sentence, verb, named_head=True):
            return True  # "troops took to the streets to enforce the curfew": a force's patrol, no protest
        return not any(c.dep_ == "prep" and c.lower_ == prep and any(
            g.dep_ == "pobj" and g.lemma_.lower() == place for g in c.children) for c in verb.children)
    if lemma in ("open", "bring", "file") and event_type == "ACCUSE" and "case" in words:
        case = next(c for c in objects if c.lemma_.lower() == "case")
        return not any(c.dep_ in ("amod", "compound") or c.dep_ == "prep" and c.lower_ in ("against", "into", "over")
                       for c in list(case.children) + list(verb.children) if c.i != case.i) or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in case.children)
    if event_type == "ACCUSE" and lemma == "take" and not any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and g.lemma_.lower() == "court" for g in c.children) for c in verb.children):
        return True  # "took the company to court"; not "took the court's ruling" (acc)
    if event_type == "ACCUSE" and "case" not in words and lemma in lex.trial_verbs:
        # "put the former chief on trial", "brought the general to trial", "went on trial", "stood trial" (PLOVER
        # ACCUSE allege: "bring to trial"); not "put the trial on hold", "brought the trial to an end" (acc)
        return not any(c.dep_ == "prep" and c.lower_ in ("on", "to") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in lex.trial_nouns for g in c.children) for c in verb.children) \
            and not (lemma == "stand" and any(c.lemma_.lower() in lex.trial_nouns for c in objects))
    if event_type == "COERCE" and lemma in lex.stopping_particles:
        return not stopped_by_force(sentence, verb, lex.stopping_particles[lemma])
    if lemma == "hack" and event_type == "ASSAULT":
        return not any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
                       for c in verb.children)  # "hacked to death"; "hacked the death registry" is no assault
    if lemma == "extend" and event_type == "COERCE":
        # what is extended is the restriction itself ("extended the curfew", "martial law"), not a thing it
        # qualifies ("the siege metaphor", "its lockdown opening hours")
        return not any(o.lower_ in lex.particles["extend"] or o.lemma_.lower() in lex.particles["extend"] or any(
            c.dep_ == "amod" and c.lower_ in lex.particles["extend"] for c in o.children) for o in objects)
    if lemma == "propose" and event_type == "AGREE":
        # what is offered is a plan, truce, talks or deal (verb_particles propose), or any act of a cooperative type
        # (an event noun, or the verb of a clause: "proposed a conference", "proposed that the sides meet in
        # Geneva"); "proposed that the meeting be moved" offers none (PLOVER AGREE: offer to cooperate)
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        # the noun a participle describes is what is proposed ("the plan proposed by Egypt"), and so is the object
        # of a proposed clause ("proposed holding talks")
        heads = objects + ([verb.head] if verb.dep_ in ("acl", "amod") else []) + [
            g for c in clauses for g in c.children if g.dep_ == "dobj"]
        heads += [g for h in list(heads) for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]  # "a new round of talks", "the creation of a joint force"
        offered = heads + [c for o in heads for c in o.children if c.dep_ in ("compound", "amod")]
        cooperative = lex.agreed_types | {"AGREE", "CONCEDE", "RETREAT"}
        return not any(c.lower_ in lex.particles["propose"] or c.lemma_.lower() in lex.particles["propose"]
                       or (lex.nouns.get(c.lower_) or lex.nouns.get(c.lemma_.lower())) in cooperative
                       for c in offered) and not any(lex.verbs.get(c.lemma_.lower()) in cooperative for c in clauses)
    if event_type == "SANCTION" and (words & lex.exchange_nouns or lemma == "end"):
        return not _party_named(sentence, [verb, *objects])
    if lemma == "ignore" and event_type == "REJECT":
        call = next((c for c in objects if c.lemma_.lower() in lex.particles.get("ignore", {})), None)
        if call is None:
            return False
        asked = [g for c in call.children for g in ([c] if c.dep_ in ("acl", "relcl") else c.children)
                 if c.dep_ in ("acl", "relcl") or c.dep_ == "prep" and c.lower_ == "for"]
        asked += [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]  # the parse hangs "to release" on the verb
        # a call is a party's by its owner, or by a definite article that refers back to one told ("the demand")
        owned = any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("from", "by") or c.dep_ == "det" and c.lower_
                    in ("the", "this", "that", "these", "those") for c in call.children) or any(
            sentence.mention_at(c, "ORG", "GPE", "NORP", "PERSON") is not None for c in call.children
            if c.dep_ in ("compound", "amod"))
        return not owned and not any(
            type_of(sentence, t) is not None for a in asked for t in [a, *(c for c in a.children if c.dep_ in (
                "dobj", "xcomp", "pobj"))])
    if lemma == "grant" and event_type == "RETREAT":
        access = next((c for c in verb.subtree if c.lemma_.lower() == "access"), None)
        to = [g for c in (access.children if access is not None else []) if c.dep_ == "prep" and c.lower_ == "to"
              for g in c.children if g.dep_ == "pobj"]
        return bool(to) and not any(
            g.lemma_.lower() in lex.held_places | lex.person_nouns | lex.treated or person(sentence, g)
            or g.lower_ in lex.held_places or sentence.mention_at(g, "GPE", "LOC", "FAC") is not None for g in to)
    if lemma in lex.obstruct_verbs and event_type == "REJECT":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.tag_ != "PRP" and sentence.actor_in(subject) is None and not (
            person(sentence, subject) or armed_doer(sentence, verb, named_head=False))
    return False


def particle_type(verb: Token, words: dict[str, str], negated: dict[str, str] | None = None) -> str | None:
    """The type a verb takes with one of its particles, prepositions or objects, among its dependents and theirs.

    A negated particle ("pleaded not guilty") takes the type its negation gives, if any (``negated_particles``)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ADJUNCT_PREPS:
            continue  # "suspended the match after attacks on players": an adjunct of time or cause (v40)
        counted = [g for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"] if child.dep_ == "dobj" and child.ent_type_ == "CARDINAL" else []
        for t in [child, *child.children, *counted]:  # "sent hundreds of fighters": the fighters are sent (w37)
            found = words.get(t.lower_) or words.get(t.lemma_.lower())
            if found is not None and t.i > verb.i:
                if negated and any(c.dep_ == "neg" for c in t.children) and found in negated:
                    return negated[found]
                return found
    # a passive's subject is the verb's object: "the plan was approved by the cabinet" as "approved the plan" (u37)
    if any(c.dep_ == "auxpass" for c in verb.children):
        for child in verb.children:
            if child.dep_ == "nsubjpass" and (found := words.get(child.lower_) or words.get(child.lemma_.lower())):
                return found
    return None


def stopped_by_force(sentence: Sentence, verb: Token, particles: set[str]) -> bool:
    """Whether a particle verb of stopping ("turned away", "pulled over") is told as an armed doer's act on someone:
    the particle itself (not a preposition with its own object: "pulled the sled over the ice"), an object or a
    passive's subject, and a doer that is a force, an armed body or police, as subject or "by" agent
    (docs/annotation.md, Force at a checkpoint and Traffic stops: COERCE) (rcl)."""
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ in particles and c.i > verb.i for c in verb.children):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not any(c.dep_ == ("nsubjpass" if passive else "dobj") for c in verb.children):
        return False
    doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] if passive \
        else [c for c in verb.children if c.dep_ == "nsubj"]
    armed = sentence.lex.armed_officers | sentence.lex.armed_bodies
    return any(d.lemma_.lower() in armed or d.lower_ in armed or armed_party(sentence, d) for d in doers)
