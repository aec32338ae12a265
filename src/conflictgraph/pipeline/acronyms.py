"""Tell which short names in capitals are bodies: by the part they play in their clause, and by the data of those
that never are (issue 11, helper acr)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

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


# words an acronym skips in the name it abbreviates ("Movement for the Emancipation of the Niger Delta", MEND)
_SKIPPED = frozenset({"of", "for", "the", "and", "to", "in", "on", "at", "de", "des", "du", "la", "le", "les", "el",
                      "al", "del", "da", "do", "dos", "das", "et", "y", "e", "&"})


def expansion_start(doc: Doc, paren: int) -> int | None:
    """The first token of the name that an acronym in brackets at ``paren`` (the index of "(") spells out, where
    the capitalized words right before it give its letters as initials, all of them and in order, function words
    and commas between them skipped ("the Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPPDU)",
    "the Movement for the Emancipation of the Niger Delta (MEND)"); None where no run of words does. A name of two
    words or more, opening with a capitalized word that is no "The"."""
    if paren + 2 >= len(doc) or doc[paren].text != "(" or doc[paren + 2].text != ")":
        return None
    letters = doc[paren + 1].text
    if not letters.isalpha() or not letters.isupper() or not 2 <= len(letters) <= 10:
        return None
    needed = list(letters)
    i = paren - 1
    words = 0
    while i >= 0 and needed:
        token = doc[i]
        if token.lower_ in _SKIPPED or token.text in (",", "-", "‐") and i + 1 < paren:
            i -= 1
            continue
        if not token.text[:1].isupper() or not token.is_alpha:
            return None
        if token.text[0] != needed[-1]:
            return None
        needed.pop()
        words += 1
        i -= 1
    if needed or words < 2:
        return None
    return i + 1
