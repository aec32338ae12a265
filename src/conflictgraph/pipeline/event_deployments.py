"""Read forces and arms sent, readied, trained or given up: MOBILIZE, military AID and disarming."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token


def own_arms_given(verb: Token, lex: Any) -> bool:
    """Whether a verb of giving, or "turn in"/"turn over", hands over the giver's own arms: "the TPLF handed over its
    heavy weapons", "militiamen turned in their rifles" disarm (PLOVER RETREAT; plover.yaml ``own_arms``) (r39);
    "turned their guns on the protesters" aims them (v40), and arms given without "its"/"their" stay aid."""
    lemma = verb.lemma_.lower()
    return (lemma in lex.giving_verbs or lemma == "turn" and any(
        c.dep_ == "prt" and c.lower_ in ("in", "over") for c in verb.children)) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.own_arms and any(
            g.dep_ == "poss" and g.lower_ in ("its", "their") for g in c.children) for c in verb.children)


def raised_security(verb: Token, lex: Any) -> bool:
    """Whether a verb raises security: "stepped up security along the border", "tightened security around
    churches", "raised the alert level" (PLOVER MOBILIZE mode police: increase readiness of police or security
    units); not "strengthened security ties", where security only qualifies another thing."""
    if verb.lemma_.lower() not in lex.raising_verbs:
        return False
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lemma_.lower() in lex.security_objects or obj.lower_ in lex.security_objects:
            return True
        if obj.lemma_.lower() in lex.security_levels and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.security_objects for c in obj.children):
            return True
    return False


def personnel_given(verb: Token, lex: Any) -> bool:
    """Whether a verb of giving gives personnel to a party: "has committed advisers and elite forces to the
    government side", "contributed 1,000 police officers to the mission" (PLOVER AID: military and police
    assistance including arms and personnel)."""
    if verb.lemma_.lower() not in lex.personnel_verbs:
        return False
    given = any(c.dep_ == "dobj" and (c.lemma_.lower() in lex.personnel or c.lower_ in lex.personnel)
                for c in verb.children)
    return given and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def arms_to_position(verb: Token, lex: Any) -> bool:
    """Whether a verb of sending moves the actor's own weapons, ships or aircraft to a position rather than giving
    them to a party: "sent fighter jets to the Libyan border", "dispatched warships to the Gulf" (PLOVER MOBILIZE:
    "mobilizing weapons, ships, or vehicles should be coded as MOBILIZE 'weapons'"; arms sent to a party stay AID;
    plover.yaml ``position_words``) (m39)."""
    if verb.lemma_.lower() not in lex.dispatch_verbs:
        return False
    weapons = lex.cues_of("MOBILIZE") & {w for mode, cues in lex.modes.get("MOBILIZE", []) if mode == "weapons"
                                         for w in cues}
    moved = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(c.lemma_.lower() in weapons or c.lower_ in weapons for c in moved):
        return False
    return any(g.dep_ == "pobj" and g.lemma_.lower() in lex.position_words for c in verb.children
               if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "toward", "towards", "into") for g in c.children)


def forces_in_aid(verb: Token, lex: Any) -> bool:
    """Whether forces a verb moves go to help a party: its purpose is a verb of helping ("sent 1,000 troops to
    Mozambique to help fight the insurgents", "deployed police to Haiti to support the national police") or it is done
    "in support of" one (PLOVER AID: military and police assistance including personnel; plover.yaml
    ``aiding_verbs``) (m39). Not where the purpose's object is the sender's own ("to bolster its defences": a
    possessive, ``position_words``, ``own_side_objects``) or the support is of its own act ("in support of its
    offensive"): those deploy (v40)."""
    own = ("its", "their", "our", "his")
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in lex.aiding_verbs and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children) and not any(
                g.dep_ == "dobj" and (any(o.dep_ == "poss" and o.lower_ in own for o in g.children)
                                      or g.lemma_.lower() in lex.position_words
                                      or g.lemma_.lower() in lex.own_side_objects)
                for g in c.children):
            return True  # "to help fight", "to support the national police"; "to bolster its defences", "to
            # reinforce security" strengthen the sender's own side: a deployment (PLOVER MOBILIZE; v40)
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in lex.backing_nouns and not any(
                    o.dep_ == "poss" and o.lower_ in own for p in g.children
                    if p.dep_ == "prep" and p.lower_ == "of" for q in p.children for o in q.children)
                for g in c.children):
            return True  # "in support of the operation"; "in support of its offensive" backs its own act (v40)
    return False


def ordered_move(token: Token, lex: Any) -> bool:
    """Whether a mobilization is ordered: "Putin ordered the army to strengthen protection of the plant", "ordered
    troops to deploy to the prisons" (PLOVER MOBILIZE: the order moves or readies the force; its giver is the actor).
    Only a verb of ordering whose complement the trigger is; "asked Turkey to increase security" stays a request."""
    return token.pos_ == "VERB" and token.dep_ in ("xcomp", "ccomp") and token.head.lemma_.lower() in \
        lex.ordering_verbs


def forces_trained(verb: Token, lex: Any) -> bool:
    """Whether a verb of training trains armed forces: "Russia trained Malian soldiers", "Turkish instructors trained
    Somali commandos" (PLOVER AID mode military: military assistance including training; w37). "Trained as a
    doctor", "trained in Iran" train no forces of another."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.training_verbs:
        return False
    forces = lex.forces | lex.personnel | lex.trainees
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in forces or c.lower_ in forces)
               for c in verb.children)
