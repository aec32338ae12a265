"""Tell which short names in capitals are bodies: by the part they play in their clause, and by the data of those
that never are (issue 11, helper acr)."""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge import Knowledge

# prepositions whose object is a place, a time or a measure, never a party ("in ASAP", "at GMT", "per km"); the others
# ("with the ELN", "from the RSF", "by the M23", "of the FPRC", "against the ADF") may take a party
_NO_PARTY_PREPS = frozenset({"at", "in", "on", "per", "until", "till", "since", "during", "via", "into", "onto"})


def not_actors(knowledge: Knowledge) -> frozenset[str]:
    """The short names in capitals that name no actor (acronyms.yaml ``not_actors``, names.yaml
    ``disease_acronyms``): measures, meetings, laws, units, things and kinds of body, written as found."""
    classes = knowledge.lexicon("acronyms").get("not_actors") or {}
    words = {str(w) for entries in classes.values() for w in entries or ()}
    return frozenset(words | {str(w) for w in knowledge.lexicon("names").get("disease_acronyms") or ()})


def in_clause_role(token: Token, determined: bool = False) -> bool:
    """Whether a token stands where a clause names a party: the subject of a verb ("UNAMID handed over its bases"), a
    possessor ("JNIM's leader"), or, with "the" before it, the direct object of a verb ("Petro urged the ELN to ...")
    or the object of a preposition that may take a party ("talks with the ELN", "retook the town from the RSF",
    "attacked by the FPRC"); or a conjunct of one of these ("ECOWAS and the AU", "the army and the ELN"). An object
    without "the" is as often a law, a substance or a department ("under FOIA", "positive for EPO", "to HR"). Not
    where "a" or "an" makes it a common noun ("an SUV"), nor in a compound, where it qualifies another noun (that noun
    is the party: "ELN commanders")."""
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return False
    determined = determined or any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    dep, head = token.dep_, token.head
    if dep == "conj" and head is not token and head.pos_ in ("PROPN", "NOUN"):
        return in_clause_role(head, determined)
    if dep in ("nsubj", "nsubjpass"):
        return head.pos_ in ("VERB", "AUX")
    if dep == "dobj":
        return determined and head.pos_ == "VERB"
    if dep == "pobj":
        return determined and head.dep_ in ("prep", "agent") and head.lower_ not in _NO_PARTY_PREPS
    return dep == "poss"
