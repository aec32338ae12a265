"""Meetings and calls: who visits whom, who hosts, and whether a consultation is a call."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..knowledge import Knowledge
from ..model import Event
from .event_types import phoned_party

if TYPE_CHECKING:
    from .event_sentence import Sentence


def visitor_first(knowledge: Knowledge, event: Event) -> Event:
    """A meeting held in the country of its subject and not of the party met is the other party's visit: "Boris
    Johnson met the Iraqi Foreign Minister in London" has the visitor, the Iraqi minister, as its actor and the
    host as its recipient (PLOVER CONSULT; docs/annotation.md, *Meetings and visits*). Only for one actor and one
    recipient: the party met, of a country the knowledge base gives other than the place's, visits a subject the
    knowledge base gives no other country for (an official it does not know, "Mayor Anne Dupont met the Iraqi Prime
    Minister in Paris", is taken as the host)."""
    if event.sources or event.targets or not (event.source and event.target):
        return event
    host, guest = knowledge.get(event.source), knowledge.get(event.target)
    where = event.location.country if event.location is not None else None
    if not (guest is None or not where or (host.country if host else None) not in (None, where) or
            guest.country in (None, where)):
        return replace(event, source=event.target, target=event.source, mode="visit")
    if where and guest is not None and guest.country == where and (host.country if host else None) != where:
        return replace(event, mode="visit")  # met the party at its own seat: the subject is the visitor
    if where and not (guest and guest.country and host and host.country):
        return event  # a place, but a party whose seat the knowledge base does not give: may be a visit, kept
    # "X met Y" with no host the text gives (no place, a third place, a summit): every party is an actor, none a
    # recipient (docs/annotation.md, *Meetings and visits*: "who 'met with' whom ... does not make a host")
    joint = replace(event, source=None, target=None)
    joint.set_actors("source", [event.source, event.target])
    joint.set_actors("target", [])
    return joint


def by_phone(sentence: Sentence, token: Token) -> bool:
    """Whether a consultation is a call: "a phone call" (``noun_compounds``), "spoke by phone" (``verb_particles``)."""
    lex = sentence.lex
    if token.pos_ == "NOUN":
        return any(c.dep_ == "compound" and c.lower_ in lex.noun_compounds.get(token.lemma_.lower(), {})
                   for c in token.children)
    if token.lemma_.lower() in lex.phoning and phoned_party(sentence, token) is not None:
        return True  # "Erdogan called Putin"
    return any(t.lower_ in lex.phone_words for c in token.children for t in (c, *c.children))


def hosted_between(sentence: Sentence, token: Token) -> list[str]:
    """The parties of a meeting a third party hosts: "Qatar hosted talks between Israel and Hamas", "talks hosted by
    Saudi Arabia between the army and the RSF" (the meeting noun is the object of a verb of hosting, or is modified
    by one). Empty unless two parties other than the host meet."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return []
    hosting = sentence.lex.hosting | sentence.lex.mediating  # a mediator stands apart like a host
    # "hosted talks", "talks were hosted by Saudi Arabia", "talks hosted by Kenya", "Qatar-hosted talks"
    verb = token.head if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in hosting else next(
        (c for c in token.children if c.dep_ in ("acl", "amod") and c.lemma_.lower() in hosting), None)
    if verb is None:
        return []
    parties = list(dict.fromkeys(sentence.co_actors(token, "CONSULT") + (  # "hosted talks ... between A and B"
        sentence.co_actors(verb, "CONSULT") if verb.dep_ == "dobj" else [])))
    # the host: the subject, the passive's agent ("talks hosted by Kenya"), or a compound's first part
    # ("Qatar-hosted talks", which the parse may also give "Turkey hosted talks between ...")
    host = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None) or next(
        (c for c in verb.children if c.dep_ in ("nsubj", "npadvmod")), None)
    hosts = sentence.actors_of(sentence.antecedent(host)) if host is not None else []
    parties = [p for p in parties if p not in hosts]
    return parties if len(parties) > 1 else []
