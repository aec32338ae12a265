"""The group nouns of collectives.yaml, the keys of the groups they name, and the words of a group's phrase."""

from __future__ import annotations


import numpy
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..knowledge import Knowledge, normalize_name, word_set

# The prefix of the provisional key of an actor the knowledge base does not know ("~ORG:kurdish militants"), which
# the actors stage gives and actor-ids replaces by an id (pipeline/actors.py); defined here, which actors imports.
LOCAL = "~"
SCOPE = "@"  # between a provisional key and the document a group named by common words is scoped to
# Dependents kept in the name: adjectives, nouns compounded with the head, demonyms, hyphenated parts.
NAME_DEPS = {"amod", "compound", "nmod", "npadvmod", "punct", "poss"}
# plover.yaml's lists of verbs that tell an act or a statement of their own, besides ``verbs`` and ``verb_particles``
ACT_VERB_LISTS = ("light_verbs", "report_verbs", "money_verbs", "promise_heads", "vow_heads", "irrealis_heads")


class GroupNouns:
    """The group heads and the qualifiers that are never part of a group's name, from collectives.yaml."""

    def __init__(self, knowledge: Knowledge) -> None:
        lexicon = knowledge.lexicon("collectives")
        # head -> the words one of which must qualify it ("task force": "task"; "unit": any word)
        self.qualified: dict[str, set[str]] = {}
        for entry in lexicon.get("group_heads_qualified", []):
            *before, head = str(entry).lower().split()
            self.qualified.setdefault(head, set()).update(before)
        self.heads = word_set(lexicon, "group_heads") | set(self.qualified)
        self.not_names = word_set(lexicon, "group_non_qualifiers")
        self.state_bodies = word_set(lexicon, "state_bodies")
        self.titles = word_set(lexicon, "person_titles")
        self.people = word_set(lexicon, "people_nouns")
        # people named by their occupation or their part in a story ("students", "lawyers", "mourners"): with
        # people_nouns, the plurals that act as one body where they are the subject of an act
        # (``group_people._acting_people``)
        self.occupations = word_set(lexicon, "occupation_nouns")
        self.members = word_set(lexicon, "member_nouns")  # "colleague", "member", "lawmaker"
        self.representing = word_set(lexicon, "representing_verbs")  # "a group representing X"
        self.crowd_counts = word_set(lexicon, "crowd_counts")  # "thousands of students"
        # the verbs that tell an act or a statement (plover.yaml: event verbs, verbs with particles, and the lists of
        # ``ACT_VERB_LISTS``): a plural of people is a body only as the subject of one ("Students stormed", "Villagers
        # said"), not of "went home early" (w40)
        plover = knowledge.lexicon("plover")
        self.acts = {str(w).lower() for ws in (plover.get("verbs") or {}).values() for w in ws} | {
            str(v).lower() for v in (plover.get("verb_particles") or {})} | {
            str(w).lower() for key in ACT_VERB_LISTS for w in plover.get(key) or ()}
        # the nouns of events (plover.yaml ``nouns``): a verb that carries one as its object or its preposition's
        # object tells the act the noun names ("went on strike", "staged a sit-in", "began a hunger strike") (rcx)
        self.event_nouns = {str(w).lower() for ws in (plover.get("nouns") or {}).values() for w in ws}
        # offices of a place's own government ("governor", "mayor", "attorney general"), longest first
        self.place_offices = sorted(word_set(lexicon, "place_office_titles"), key=lambda t: -len(t.split()))
        # offices and bodies a story names by their common noun alone ("the governor said", "the judge ordered",
        # "the city council voted", "the interior ministry denied"): collectives.yaml ``described_offices`` (held by
        # one person) and ``common_bodies``
        self.described_offices = sorted(word_set(lexicon, "described_offices") | word_set(lexicon, "common_bodies"),
                                        key=lambda t: -len(t.split()))
        self.acting_bodies = word_set(lexicon, "acting_bodies")
        self.described_ids = numpy.array(sorted(get_string_id(t.split()[-1]) for t in self.described_offices),
                                         dtype=numpy.uint64)
        # the names, aliases and demonyms of states: a state's office is its state's or its holder's, not a place's
        self.states = {normalize_name(n) for r in knowledge.states() for n in (r.name, *r.aliases, *r.demonyms)}
        self.seated = word_set(lexicon, "seated_heads")
        self.assembling = word_set(lexicon, "assembly_verbs")
        self.armed = word_set(lexicon, "armed_people_words")
        self.entourage = word_set(lexicon, "entourage_nouns")
        # members' head -> the body's head ("officers" -> "police"): collectives.yaml ``group_head_kin``
        self.kin = {str(k).lower(): str(v).lower() for k, v in (lexicon.get("group_head_kin") or {}).items()}
        # common words that qualify a state's body ("riot police", "security forces"): no name where a capital only
        # opens the sentence ("Riot police fired ...", which the statistical model may take for a person's name)
        self.common_qualifiers = word_set(lexicon, "state_institution_qualifiers")
        self.head_ids = numpy.array(sorted(get_string_id(w) for w in self.heads), dtype=numpy.uint64)
        # the lemmas of people that may act together, and the last words of place offices' titles (``group_people``,
        # ``group_offices``), found on the token array as the heads are
        self.acting_ids = numpy.array(sorted(get_string_id(w) for w in self.people | self.occupations),
                                      dtype=numpy.uint64)
        self.office_ids = numpy.array(sorted(get_string_id(t.split()[-1]) for t in self.place_offices),
                                      dtype=numpy.uint64)
        # what a group's possessive owns rather than does (``group_phrases._acting_possessor``): a body, a circle or a
        # title (its lower-case form), people (its lemma)
        self.owned_words = self.heads | self.entourage | self.titles
        self.owned_people = self.people | self.occupations | self.members

    def opening_common(self, token: Token) -> bool:
        """Whether a word is a common qualifier of a body written with a capital only because it opens its sentence
        ("Riot police", "Security forces")."""
        return token.lower_ in self.common_qualifiers and opens_sentence(token)

    def positions(self, doc: Doc, ids: numpy.ndarray | None = None, attr: int = LOWER) -> list[int]:
        """The indexes of the tokens whose lowercase form is a group head (found on the token array, as making a
        Token of every word costs more than the rest of the stage); or whose ``attr`` is one of ``ids``."""
        return numpy.flatnonzero(numpy.isin(doc.to_array(attr), self.head_ids if ids is None else ids)).tolist()


def carries_event(verb: Token, nouns: GroupNouns) -> bool:
    """Whether a verb that is no act verb tells an act by the event noun it carries, as its object or its
    preposition's object: "Kenyan doctors went on strike", "Students staged a sit-in", "prisoners began a hunger
    strike" (the noun the act, plover.yaml ``nouns``); not "went home early" (rcx)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in nouns.event_nouns or o.lower_ in nouns.event_nouns for o in objects)


def plural_owner(token: Token) -> Token | None:
    """A noun's possessor that is a plural common noun ("the teachers' union", "the victims' families"): the people
    whose body or kin the noun names; else None."""
    return next((c for c in token.children if c.dep_ == "poss" and c.tag_ == "NNS" and c.pos_ == "NOUN"), None)


def definite(head: Token) -> bool:
    """Whether a noun is made definite by "the", "this" or "that" ("the group", "this unit")."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)


def scope_of(key: str, documents: set[str]) -> str | None:
    """The document a provisional group key is scoped to (one of ``documents``), or None for a key of the corpus."""
    scope = key.rpartition(SCOPE)[2] if key.startswith(f"{LOCAL}ORG:") and SCOPE in key else None
    return scope if scope in documents else None


def opens_sentence(token: Token) -> bool:
    """Whether ``token`` is its sentence's first word, after any opening quotes or brackets."""
    return all(t.is_punct or t.is_space for t in token.doc[token.sent.start:token.i])


def qualifiers(head: Token, nouns: GroupNouns) -> list[Token]:
    """The contiguous words before the head that qualify it, leftmost first, without determiners or numbers."""
    out: list[Token] = []
    i = head.i - 1
    while i >= 0:
        t = head.doc[i]
        if t.dep_ not in NAME_DEPS or t.like_num or t.lower_ in nouns.not_names or "\n" in t.text:
            break
        if t.dep_ == "poss" or t.text in ("'s", "’s"):
            break  # "Ankara's police" names the city's police; the possessor is a place, not part of a title
        if t.dep_ == "punct" and t.text != "-":
            break
        if not _under(t, head):
            break
        out.insert(0, t)
        i -= 1
    while out and out[0].text == "-":
        out.pop(0)
    return out


def _under(token: Token, head: Token) -> bool:
    t = token
    while t.head.i != t.i:
        if t.head.i == head.i:
            return True
        if t.head.i > head.i or t.head.i < token.i:
            return False
        t = t.head
    return False
