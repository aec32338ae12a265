"""Decide the PLOVER type of a noun by its sense where it stands: its class, its modifiers, the verb that tells it."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from .event_aid import aid_handed_over, relief_operation
from .event_force import toll_told
from .event_light_nouns import declared, deverbal, light_head, realized, told_by, weapon_gerund
from .event_occurrences import anticipated, charged, generic, held_state, kind_of_deverbal
from .event_inquiries import concern_about_act, concern_frame, concern_of_act
from .event_objects import noun_taken
from .event_warnings import hostile, named_party, warned_of_danger

if TYPE_CHECKING:
    from .event_sentence import Sentence


def noun_type(sentence: Sentence, token: Token, type_of: Any) -> str | None:
    """The type of a noun by its sense where it stands: the nouns of plover.yaml, a charge, a declared state, a light
    noun's verb, read over its modifiers and the verb that tells it. ``type_of`` reads another word's type
    (``event_types.trigger_type``)."""
    lex, lemma, lower = sentence.lex, token.lemma_.lower(), token.lower_
    if token.dep_ == "ROOT" and lemma in lex.verbs and any(c.dep_ == "nsubj" for c in token.children):
        return lex.verbs[lemma]  # a verb the tagger took for a noun: "The Members of the Council urge X to"
    if charged(token, lex) or token.tag_ == "NNS" and generic(token, sentence.dated(token), lex):
        return None
    if lemma in lex.charge_nouns and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and (g.lemma_.lower() in lex.nouns or g.lemma_.lower() in lex.verbs
                                      or g.lemma_.lower() in lex.wrongdoing) for g in c.children)
            for c in token.children):
        return "ACCUSE"  # "on two counts of assault", "charges of murder": PLOVER ACCUSE, charge judicially
    if (token.dep_ == "dobj" or token.dep_ == "nsubjpass" and any(
            c.dep_ == "auxpass" for c in token.head.children)) and token.lower_ in lex.particles.get(
            token.head.lemma_.lower(), {}):
        return None  # "lifted the curfew", "dropped the charges", "suspended the strike": the verb's event; "the
        # curfew was lifted" too (u37)
    if anticipated(token, lex):
        return None  # "fears of an offensive", "the prospect of an assault on Rafah": not done (n35)
    if held_state(token, lex):
        return None  # "has been in detention since 2021", "died in custody": a state, no arrest told (o37)
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return None  # "held no talks", "made no arrests", "no attack took place": negated (PLOVER modes) (n35)
    if relief_operation(token, lex, lex.light_verbs - lex.light_verb_types.keys()) \
            or aid_handed_over(token, lex, lex.aid_nouns):
        return "AID"  # "a rescue operation was under way", "the delivery of aid to civilians"
    event_type = lex.nouns.get(lower) or lex.nouns.get(lemma) or deverbal(token, lex)
    if event_type is not None and (lower in lex.deverbal_nouns or lemma in lex.deverbal_nouns) \
            and kind_of_deverbal(token, sentence.dated(token), lex):
        return None  # "the besiegement of populated areas is unacceptable": a kind of act (nom)
    if event_type == "ACCUSE" and lemma in lex.concern_nouns:
        # what a concern is about decides (docs/annotation.md, Statements of concern; rbk's rule) (rbp)
        if (judged := concern_frame(token, lex)) is not None:
            return "ACCUSE" if concern_of_act(judged, lex, sentence.names_actor) else None
        about = concern_about_act(token, lex, sentence.names_actor)
        if (head := told_by(token)) is not None and head.lemma_.lower() in lex.concern_verbs:
            # "had concerns about Tillerson's relationship to Russia": the concern voiced; "raised concerns about
            # the spread of cholera": a situation, no party's act. A concern voiced or expressed stays as before:
            # the same test there cost CHECK a core ACCUSE (docs/evaluation.md, helper rbp)
            return "ACCUSE" if about else None
    if event_type is not None and noun_taken(sentence, token) is not None:
        # "the seizure of the town of Bunagana", "the capture of Mosul by ISIS": territory taken by force; "the
        # seizure of 80 students": people taken (PLOVER ASSAULT), as the verbs read (territory_taken) (nom)
        return "ASSAULT"
    if event_type is None and weapon_gerund(token, lex) and (
            any(sentence.in_mention("WEAPON", t) for t in token.subtree)
            or sentence.mode("ASSAULT", list(token.subtree))):
        event_type = "ASSAULT"  # "the downing of a Russian warplane": as "downed a warplane" is (n35)
    if event_type == "THREATEN" and warned_of_danger(token, lex, partial(hostile, sentence, token, type_of=type_of),
                                                      partial(named_party, sentence)):
        return None  # "a warning of famine": a danger foretold, not a threat
    event_type = next((lex.noun_compounds[lemma][c.lower_] for c in token.children if c.dep_ in (
        "compound", "amod") and c.lower_ in lex.noun_compounds.get(lemma, {})), event_type)  # "a phone call"
    state = next((f"{c.lower_} {lemma}" for c in token.children if c.dep_ in ("amod", "compound")
                  and f"{c.lower_} {lemma}" in lex.declared), lemma)  # "martial law" (n35)
    if state in lex.declared and (declared(token, lex) or lex.declared[state] == "COERCE" and (
            (imposer := light_head(token)) is not None and imposer.lemma_.lower() in lex.imposing_verbs)):
        return lex.declared[state]  # "declared a unilateral ceasefire": a concession, not yet kept
    own_date = event_type == "AGREE" and any(  # "the agreement on 2 December between ...": one made
        (m := sentence.mention_at(t, "DATE")) is not None and m.value
        for c in token.children if c.dep_ == "prep" for t in c.subtree)
    if event_type == "AGREE" and not own_date and token.dep_ in ("dobj", "nsubjpass") \
            and lex.verbs.get(token.head.lemma_.lower()) == "SUPPORT" \
            and not any(c.dep_ in ("acl", "relcl") for c in token.children) \
            and not (token.head.lemma_.lower() not in lex.light_verbs and realized(token, lex)):
        # "signed the accord", "the accord was signed" are the SUPPORT of signing (docs/annotation.md: an
        # agreement signed is SUPPORT, one reached AGREE; u37); "welcomed the deal reached", "hailed the truce
        # between X and Y" keep the deal
        return None
    if event_type == "PROTEST" and (filed := light_head(token)) is not None \
            and filed.lemma_.lower() in lex.filing_verbs:
        return "ACCUSE"  # "lodged a protest with the UAE": a diplomatic protest (PLOVER PROTEST, ambiguities)
    if event_type and (lower in lex.light_nouns or lemma in lex.light_nouns):
        head = told_by(token)  # "launched an offensive", "an offensive was launched by", "that X launched"
        carrier = head.lemma_.lower() if head is not None else ""
        if not (carrier in lex.light_verbs and event_type in lex.light_verb_types.get(carrier, {event_type})) \
                and not realized(token, lex) and not own_date and not toll_told(sentence, token):
            return None  # "has the support of X", "had a deal": a state, not an act (light_verb_types)
        if event_type == "SUPPORT" and head is not None and head.lemma_.lower() in lex.material \
                and lemma in lex.backing_nouns and not (token.dep_ == "pobj" and token.head.lower_ == "of"
                                                        and token.head.head.lower_ in lex.message_nouns):
            # "provided air support": material backing (PLOVER SUPPORT is non-material); "sent condolences"
            # stays the words of support they are (u37)
            return "AID"
    told = token.dep_ in ("dobj", "nsubj", "nsubjpass")
    if (event_type == "MOBILIZE" or event_type is None and lemma in lex.joint_acts and told) and any(
            c.dep_ == "amod" and c.lower_ in lex.joint for c in token.children):
        # "joint military exercises", "conducted joint operations" (docs/annotation.md, MOBILIZE); an operation
        # that only frames another act ("was captured in a joint operation") is not told as one
        return "COOPERATE"
    return event_type
