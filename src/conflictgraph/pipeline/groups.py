"""Collective actors the knowledge base cannot list: "unidentified gunmen", "Kurdish militants", "protesters".

PLOVER codes who acted even when the text names no organization (*PLOVER, actor and recipient*;
docs/annotation.md: "Collective actors are actors"). A noun phrase whose head is a group noun (collectives.yaml,
``group_heads``: gunmen, militants, rebels, protesters, troops, police ...) becomes an ORG mention spanning the
head and the words that qualify it ("Jordanian security forces", "pro-government militias"), never its
determiner, number or quantifier. Within a document a bare later mention ("the gunmen") is the body named more
fully last before it ("unidentified gunmen"), and a shorter qualified one ("security forces") the last named with
all its words ("Jordanian security forces"): they get one provisional actor key, as a surname is linked to the full
name. Groups of one head qualified apart ("an ethnic militia", "a rival militia") are two bodies. The actor stage
gives it a kind from names.yaml's ``kind_words`` and a country from a state named in it.

A group named by common words alone ("the police", "the government", "the experts") is the body the article is
about, not one body across the corpus: the police of a Cairo story are not those of a Regina one. Its key is
scoped to the document (``@`` and the document's id), so each article's gets an actor of its own, whose id ends
with the document's id (pipeline/actors.py); a group a
proper name or a demonym qualifies ("Danbury police", "Kurdish militants") keeps one key across documents.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..core.alternation import alternation
from ..knowledge import Knowledge, normalize_name, word_set
from . import text_of

# The prefix of the provisional key of an actor the knowledge base does not know ("~ORG:kurdish militants"), which
# the actors stage gives and actor-ids replaces by an id (pipeline/actors.py); defined here, which actors imports.
LOCAL = "~"
SCOPE = "@"  # between a provisional key and the document a group named by common words is scoped to
WIELDING = "wielding"  # "machete-wielding men": a word so ending makes people armed, as armed_people_words do
GOVERNMENT = "government"  # an institution's noun (collectives.yaml state_institutions) that names the state itself
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
        # people_nouns, the plurals that act as one body where they are the subject of an act (``_acting_people``)
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
        # the lemmas of people that may act together, and the last words of place offices' titles (``_acting_people``,
        # ``_place_officials``), found on the token array as the heads are
        self.acting_ids = numpy.array(sorted(get_string_id(w) for w in self.people | self.occupations),
                                      dtype=numpy.uint64)
        self.office_ids = numpy.array(sorted(get_string_id(t.split()[-1]) for t in self.place_offices),
                                      dtype=numpy.uint64)
        # what a group's possessive owns rather than does (``_acting_possessor``): a body, a circle or a title (its
        # lower-case form), people (its lemma)
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


def group_spans(doc: Doc, nouns: GroupNouns, scope: str = "",
                is_place: Callable[[Token], bool] | None = None,
                bodies: Collection[int] = ()) -> list[tuple[int, int, str]]:
    """(start char, end char, provisional actor key) of every group phrase, in text order; ``scope`` (the
    document's id) scopes the key of a group named by common words alone; ``is_place`` says whether a qualifier the
    parse did not take for a name is a town's or a division's ("Odesa police": "Odesa" tagged an adjective);
    ``bodies``: where names of bodies the knowledge base knows start, besides the parse's organisations."""
    bodies = sorted(set(bodies) | {e.start_char for e in doc.ents if e.label_ == "ORG"})
    found: list[tuple[int, int, str]] = []
    named_by_head: dict[str, list[tuple[set[str], str]]] = {}  # per head, the qualified groups named so far
    # per head that names a body only qualified, the last such body's key and where it was named
    qualified_named: dict[str, tuple[str, int]] = {}
    qualified_keys: dict[str, set[str]] = {}  # per such head, every body named with it so far
    lowered = {t.text for t in doc if t.is_lower}  # words the document writes in lower case
    bare_titles: set[int] = set()
    for i in nouns.positions(doc):
        token = doc[i]
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.dep_ in ("compound", "amod", "nmod", "poss") and token.head.pos_ in ("NOUN", "PROPN") \
                and not _titles_a_person(token.head, nouns) and not _acting_possessor(token, nouns):
            continue  # "police" in "the police chief", "the militia's fighters": a modifier names no group
        if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
                and doc[i - 2].pos_ == "ADP":
            continue  # "a whole-of-government effort": the head ends a hyphenated word, not a noun phrase
        if token.is_lower and _names_after(token, nouns):
            continue  # "the opposition National Unity Platform": the common noun describes the body named after it
        left = _qualifiers(token, nouns) or _flat_place(token)
        if not left and token.dep_ == "compound" and token.is_title and _titles_a_person(token.head, nouns) \
                and (token.i == 0 or not doc[token.i - 1].is_title or doc[token.i - 1].is_sent_start):
            bare_titles.add(token.idx)  # "Police Chief X": kept below only where the document names such a body
        need = nouns.qualified.get(token.lower_)
        head = token.lemma_.lower()
        words, members = {t.lower_ for t in left}, False
        if (kin := nouns.kin.get(token.lower_)) is not None \
                and all(t.lower_ == kin or _named([t], is_place, lowered) for t in left):
            # "officers", "police officers", "Regina police officers": the members of the police, linked to the
            # police named before as the police are ("army officers" are a body of their own); no name by a capital
            head, words, members = kin, words - {kin}, True
        if need is not None and not left:
            # "a group of men" is a body of the people its "of" phrase names; "the group" after it (or after "a
            # militant group") is the body named last with that head, as "the gunmen" is the gunmen named before
            previous, end = qualified_named.get(head), token.idx + len(token.text)
            if (people := _of_people(token, nouns)) is not None:
                end = people.idx + len(people.text)
                key = f"{LOCAL}ORG:{normalize_name(text_of(doc)[token.idx:end])}{SCOPE}{scope}"
            elif (owner := _plural_owner(token)) is not None:
                # "the teachers' union", "the farmers' association": the body of the people its possessive names
                end = token.idx + len(token.text)
                key = f"{LOCAL}ORG:{normalize_name(text_of(doc)[owner.idx:end])}{SCOPE}{scope}"
                found.append((owner.idx, end, key))
                qualified_named[head] = (key, i)
                qualified_keys.setdefault(head, set()).add(key)
                continue
            elif (whom := _representing(token, nouns)) is not None:
                # "a group representing Alberta's liquor stores", "a union representing junior doctors": the body
                # of those it speaks for, named by them (docs/annotation.md, Actor and recipient: unnamed bodies
                # become actors)
                end = whom.idx + len(whom.text)
                key = f"{LOCAL}ORG:{normalize_name(text_of(doc)[token.idx:end])}{SCOPE}{scope}"
            elif (seat := _seat(token, nouns, is_place)) is not None:
                # "A court in Bamako issued an arrest warrant": the court its seat names is a body (docs/annotation.md,
                # Police and courts: the court is the actor), as "a Malian court" is (t33)
                end = seat.idx + len(seat.text)
                key = f"{LOCAL}ORG:{normalize_name(text_of(doc)[token.idx:end])}{SCOPE}{scope}"
            elif previous is not None and _definite(token) and len(qualified_keys[head]) == 1 and not any(
                    doc[previous[1]].idx < b < token.idx for b in bodies):
                # not after two bodies with that head ("The Sudan Doctors Union and the Sudanese Lawyers Union ...
                # The union said"): the text does not say which, so neither (as descriptions.link_name_heads) (fut)
                key = previous[0]
            else:
                continue  # a body named since ("a group of men ... JNIM claimed ... the group said") may be it
            qualified_named[head] = (key, i)
            qualified_keys.setdefault(head, set()).add(key)
            found.append((token.idx, end, key))
            continue
        if need is not None and need and not any(t.lower_ in need for t in left):
            continue  # "the use of force", "the Iraqi security force": a head that names a body only qualified so
        start = left[0] if left else token
        if start.text.lower() in nouns.not_names:
            continue
        text = text_of(doc)[start.idx:token.idx + len(token.text)]
        own = f"{LOCAL}ORG:{normalize_name(text)}" + (
            "" if (_named([t for t in left if not nouns.opening_common(t)] + [token], is_place, lowered)
                   if not members else any(_named([t], is_place, lowered) for t in left if t.lower_ != head))
            else f"{SCOPE}{scope}")
        named = named_by_head.setdefault(head, [])
        if token.lower_ in nouns.qualified:
            key = own  # "the air force" is not the "forces" named after it: the lemma links no bare mention
            qualified_named[head] = (key, i)
            qualified_keys.setdefault(head, set()).add(key)
        elif left:
            # "security forces" after "Jordanian security forces" is that body, named shorter; "a rival militia"
            # after "an ethnic militia" is another, and the latest for a bare "the militia" after it
            key = next((k for w, k in reversed(named) if words <= w), own)
            named.append((words, key))
        else:
            key = named[-1][1] if named else own
        found.append((start.idx, token.idx + len(token.text), key))
    # A group noun alone, capitalized as the title of a person's name ("Police Chief X said"), names no body where
    # the document names none with that noun (docs/annotation.md, *Relations*: a title that names no body states no
    # tie, as "Interior Minister X"); where it does ("Vancouver police ... Police Chief X"), it is that body.
    if bare_titles:
        heads = {text_of(doc)[start:end].split()[-1].lower() for start, end, _ in found if start not in bare_titles}
        found = [f for f in found if f[0] not in bare_titles or text_of(doc)[f[0]:f[1]].lower() in heads]
    found += _assembled(doc, nouns, scope, {start for start, _, _ in found})
    found += _armed_people(doc, nouns, scope, {start for start, _, _ in found})
    found += _entourage(doc, nouns, scope, {start for start, _, _ in found}, is_place)
    found += _acting_people(doc, nouns, scope, {start for start, _, _ in found})
    found += _place_officials(doc, nouns, scope, {start for start, _, _ in found}, is_place)
    found += _described_offices(doc, nouns, scope, {i for start, end, _ in found for i in range(start, end)})
    found += _acting_bodies(doc, nouns, scope, {i for start, end, _ in found for i in range(start, end)})
    return sorted(found)


def armed_people(noun: Token, people: Collection[str], armed: Collection[str], heads: Collection[str]) -> bool:
    """Whether a noun is a plural of people an armed word qualifies ("armed men", "masked men", "machete-wielding
    youths"), or a noun of armed people ("gunmen", "bandits"): an armed collective (collectives.yaml ``people_nouns``,
    ``armed_people_words``, ``armed_heads``), which assaults what it storms (pipeline/events.py)."""
    if noun.lower_ in heads:
        return True  # "gunmen", "bandits": armed people by their noun alone
    return noun.tag_ in ("NNS", "NNPS") and noun.lemma_.lower() in people and any(
        c.dep_ in ("amod", "compound") and c.i < noun.i and (c.lower_ in armed or c.lower_.endswith(WIELDING) or any(
            g.lower_ in armed for g in c.subtree)) for c in noun.children)


def _armed_people(doc: Doc, nouns: GroupNouns, scope: str, taken: Collection[int]) -> list[tuple[int, int, str]]:
    """Armed people the text does not name: "armed men", "masked men", "machete-wielding youths" (a plural of
    collectives.yaml ``people_nouns`` an ``armed_people_words`` word qualifies) are one armed collective of the
    document, as "gunmen" are; "the men" after them are that body."""
    found: list[tuple[int, int, str]] = []
    last: dict[str, str] = {}  # the people noun -> the key of the armed body named last with it
    for token in doc:
        if token.tag_ not in ("NNS", "NNPS") or token.lemma_.lower() not in nouns.people:
            continue
        left = [t for t in _qualifiers(token, nouns) if t.dep_ in ("amod", "compound", "punct")]
        marks = [t for t in left if t.lower_ in nouns.armed or t.lower_.endswith(WIELDING)]
        start = marks[0] if marks else None
        if start is None and "-" in "".join(t.text for t in left):
            # "heavily-armed", "machete-wielding": a hyphened word the tokenizer split
            joined = "".join(t.text for t in left).lower()
            start = left[0] if any(w in joined for w in ("-armed", "-wielding", "-clad")) else None
        if start is not None:
            while start.i >= 2 and doc[start.i - 1].text == "-" and not doc[start.i - 1].whitespace_ \
                    and not doc[start.i - 2].whitespace_:
                start = doc[start.i - 2]  # "machete-wielding men": the whole hyphened word
            if start.idx in taken:
                continue
            key = f"{LOCAL}ORG:{normalize_name(text_of(doc)[start.idx:token.idx + len(token.text)])}{SCOPE}{scope}"
            last[token.lower_] = key
            found.append((start.idx, token.idx + len(token.text), key))
        elif not left and token.lower_ in last and _definite(token) and token.idx not in taken:
            found.append((token.idx, token.idx + len(token.text), last[token.lower_]))
    return found


def _entourage(doc: Doc, nouns: GroupNouns, scope: str, taken: Collection[int],
               is_place: Callable[[Token], bool] | None = None) -> list[tuple[int, int, str]]:
    """A person's circle named by the person's possessive ("Walsh's family", "Ms Raggi's top environmental adviser",
    "Kabila's bodyguards"; collectives.yaml ``entourage_nouns``): they, not the person, act where they are the
    subject (docs/annotation.md, Actor and recipient: who did it, as the text names them), one actor of the
    document. Only a possessor the tagger names as a person; the span is the noun and its own modifiers, the name
    stays the person's. The possessor is a proper name that is no place and no people (the tagger's types of names
    are unsure here: "Raggi" may be tagged a place, "Kabila" an organisation)."""
    found = []
    for token in doc:
        if token.lower_ not in nouns.entourage or token.pos_ != "NOUN" or token.dep_ in ("compound", "poss"):
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ != "PROPN" or owner.ent_type_ in ("NORP", "LOC", "FAC") \
                or is_place is not None and is_place(owner):
            continue
        words = [t for t in token.subtree if owner.i < t.i <= token.i and t.dep_ in ("amod", "compound", "case")
                 and t.head.i == token.i and t.lower_ not in ("'s", "’s", "'")]
        start = min([t for t in words if t.i > owner.i + 1] + [token], key=lambda t: t.i)
        if start.idx in taken:
            continue
        name = f"{owner.text} {text_of(doc)[start.idx:token.idx + len(token.text)]}"
        found.append((start.idx, token.idx + len(token.text), f"{LOCAL}ORG:{normalize_name(name)}{SCOPE}{scope}"))
    return found


def _assembled(doc: Doc, nouns: GroupNouns, scope: str, taken: Collection[int]) -> list[tuple[int, int, str]]:
    """People who gather, march or rally together (collectives.yaml ``assembly_verbs``) as a crowd the text does
    not name: "More than 1,000 people gathered at a rally", "Thousands of students marched through Dhaka". The
    plural of ``people_nouns`` that is the verb's subject, or in the "of" phrase of its subject ("thousands of"),
    is one body of the document, the actor of what it did together (PLOVER, PROTEST: the protesters are its actor);
    so is a nationality's plural ("Kurds"), and the people by whom a protest, a rally or a march is held ("days of
    protests by Turks")."""
    found = []
    for token in doc:
        if token.idx in taken or not (token.tag_ == "NNS" and token.lemma_.lower() in nouns.people
                                      or _people_of_a_nation(token)):
            continue
        subject = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
        if subject.dep_ == "nsubj" and subject.head.pos_ == "VERB" and subject.head.lemma_.lower() in nouns.assembling \
                or token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.head.pos_ == "NOUN" \
                and token.head.head.lemma_.lower() in nouns.assembling:
            # "Thousands of Kurds marched", "days of protests by Turks", "rallies by students": the crowd
            found.append((token.idx, token.idx + len(token.text),
                          f"{LOCAL}ORG:{normalize_name(token.text)}{SCOPE}{scope}"))
    return found


def _acting_people(doc: Doc, nouns: GroupNouns, scope: str, taken: Collection[int]) -> list[tuple[int, int, str]]:
    """People the text names only by a plural of what they are or do, as the subject of an active verb: "Students
    stormed the building", "Villagers attacked a police post", "Kherson residents protested", "Lawyers boycotted the
    courts" (collectives.yaml ``people_nouns`` and ``occupation_nouns``). They did it together: one collective actor
    of the document with the words that qualify the noun (docs/annotation.md, Actor and recipient: collective actors
    are actors, "protesters", "students", "villagers"); so are those a crowd's count names ("Thousands of students
    stormed the parliament", "Hundreds of villagers attacked": collectives.yaml ``crowd_counts``). The verb tells an
    act or a statement (an event, light or report verb of plover.yaml), not "went home early". Not as the subject
    of a passive ("students were detained", whose agent acted), nor a number's or a determiner's few ("three
    students", "some residents"), who are people the act befell or a part of a crowd, not a body; the same noun later
    in the document ("the students") is that body."""
    found: list[tuple[int, int, str]] = []
    last: dict[str, str] = {}  # the noun's lemma -> the key of the body named with it
    for i in nouns.positions(doc, nouns.acting_ids, LEMMA):
        token = doc[i]
        if token.idx in taken or token.tag_ != "NNS" or token.pos_ != "NOUN":
            continue
        lemma = token.lemma_.lower()
        if lemma not in nouns.occupations and lemma not in nouns.people:
            continue
        subject = token
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in nouns.crowd_counts:
            subject = token.head.head  # "Thousands of students stormed": a crowd of them acted together
        if subject.dep_ != "nsubj" or subject.head.pos_ != "VERB":
            continue
        if subject.head.lemma_.lower() not in nouns.acts and subject.head.lower_ not in nouns.acts \
                and not _carries_event(subject.head, nouns):
            continue  # "The workers at the plant went home early": no act, no body acting (w40)
        owner = _plural_owner(token)
        if any(c.dep_ in ("nummod", "det", "poss") and (c.dep_ != "det" or c.lower_ != "the")
               and (owner is None or c.i != owner.i) for c in token.children):
            continue  # "three students", "some residents", "their lawyers": people, not a body
        left = [t for t in _qualifiers(token, nouns) if t.dep_ in ("amod", "compound")]
        # "the victims' families accused": the people of those its plural possessive names, a body of their own
        start = owner if owner is not None else left[0] if left else token
        left = left or ([owner] if owner is not None else [])
        text = text_of(doc)[start.idx:token.idx + len(token.text)]
        key = last.get(lemma) if not left else None
        key = key or f"{LOCAL}ORG:{normalize_name(text)}{SCOPE}{scope}"
        last.setdefault(lemma, key)
        found.append((start.idx, token.idx + len(token.text), key))
    return found


def _carries_event(verb: Token, nouns: GroupNouns) -> bool:
    """Whether a verb that is no act verb tells an act by the event noun it carries, as its object or its
    preposition's object: "Kenyan doctors went on strike", "Students staged a sit-in", "prisoners began a hunger
    strike" (the noun the act, plover.yaml ``nouns``); not "went home early" (rcx)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in nouns.event_nouns or o.lower_ in nouns.event_nouns for o in objects)


def _plural_owner(token: Token) -> Token | None:
    """A noun's possessor that is a plural common noun ("the teachers' union", "the victims' families"): the people
    whose body or kin the noun names; else None."""
    return next((c for c in token.children if c.dep_ == "poss" and c.tag_ == "NNS" and c.pos_ == "NOUN"), None)


def _people_of_a_nation(token: Token) -> bool:
    """Whether a word is a nationality's or a people's plural ("Turks", "Kurds", "Armenians"): a crowd where they
    assemble, not their state (docs/annotation.md, Actor and recipient: collective actors are actors)."""
    return token.tag_ in ("NNPS", "NNS") and token.ent_type_ == "NORP" and token.text.endswith("s") \
        and not token.text.isupper()


def _place_officials(doc: Doc, nouns: GroupNouns, scope: str, taken: Collection[int],
                     is_place: Callable[[Token], bool] | None = None) -> list[tuple[int, int, str]]:
    """The office of a town's or a province's own government that the text names by its title and its place but by
    no person: "California's attorney general said", "the governor of Borno State condemned", "the mayor of Mariupol
    accused" (collectives.yaml ``place_office_titles``). The office is the actor of what its holder does
    (docs/annotation.md, Actor and recipient: officials become actors with a kind and a country; Statements: the
    person as the text names them), one actor of the document named "<title> of <place>"; the mention is the title's
    words only, so that the place stays the place of the acts the sentence tells. Not a state's office ("Russia's
    ambassador", "the president of Kenya": the person the text names, else the state), nor a title before a name
    ("Governor Babagana Zulum", "the mayor, Ivan Fedorov": the person)."""
    found: list[tuple[int, int, str]] = []
    for i in nouns.positions(doc, nouns.office_ids):
        token = doc[i]
        if token.pos_ != "NOUN" or token.idx in taken or token.is_title and not opens_sentence(token):
            continue
        title = next((t for t in nouns.place_offices if token.i + 1 >= len(t.split()) and " ".join(
            w.lower_ for w in doc[token.i + 1 - len(t.split()):token.i + 1]) == t), None)
        if title is None or token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ == "PERSON":
            continue
        # "the Kano governor condemned": the place the title is written after, which the model may take for a person
        before = _place_before_title(token, len(title.split()), is_place)
        place_words = {t.i for t in before.subtree} if before is not None else set()
        if any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" and c.i not in place_words
               for c in token.children):
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None:
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        owner = owner or before
        if owner is None:
            continue
        words = [t for t in owner.subtree if t.dep_ not in ("det", "case") and t.text not in ("'s", "’s", "'")
                 and t.i <= owner.i]
        places = [t for t in words if t.ent_type_ in ("GPE", "LOC") or is_place is not None and t.is_title
                  and is_place(t)]
        # (a place's name the model took for a person is no person beside the title: "the governor of Borno")
        if _person_beside(token, owner, place_words | {t.i for t in places}):
            continue  # "Ivan Fedorov, the mayor of Melitopol", "the mayor of Melitopol, Ivan Fedorov": the person
        if not places or normalize_name(" ".join(t.text for t in words)) in nouns.states \
                or normalize_name(owner.text) in nouns.states:
            continue  # "Kenya's governor" names no place's office; "the president of Kenya" is the state's
        start = doc[token.i + 1 - len(title.split())]
        place = " ".join(t.text for t in words)
        key = f"{LOCAL}ORG:{normalize_name(f'{title} of {place}')}{SCOPE}{scope}"
        found.append((start.idx, token.idx + len(token.text), key))
    return found


def _place_before_title(token: Token, size: int, is_place: Callable[[Token], bool] | None) -> Token | None:
    """The place a definite title is written after ("the Kano governor", "the Kano state governor", "the Kharkiv
    regional governor", "the Mariupol mayor"): the first word the parse compounds into the title, where it is a place,
    "the" opens the phrase and only words in lower case stand between it and the title, as "the governor of Kano"
    names it (docs/annotation.md, *An unnamed office holder*: an office titled with its place is that place's; *A
    town's mayor*, E18) (plt)."""
    first = token.doc[token.i + 1 - size]
    before = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < first.i]
    det = next((c for c in token.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or not before:
        return None
    owner = min(before, key=lambda c: c.i)
    words = [t for t in owner.subtree if t.i < first.i]
    if det.i > owner.left_edge.i or any(not t.is_lower for t in token.doc[owner.i + 1:first.i]):
        return None  # only words in lower case between the place and the title ("regional", "state")
    return owner if any(t.ent_type_ in ("GPE", "LOC") or is_place is not None and t.is_title and is_place(t)
                        for t in words) else None


def _described_offices(doc: Doc, nouns: GroupNouns, scope: str, taken: Collection[int]) -> list[tuple[int, int, str]]:
    """An office or a body the text names by its common noun alone, made definite by "the", as the subject of an act
    or a statement: "the governor commuted", "the judge ordered", "the police chief apologised", "the city council
    voted", "the interior ministry denied" (collectives.yaml ``described_offices``; docs/annotation.md, Actor and
    recipient: officials and unnamed bodies become actors with a kind and a country). One actor of the document
    named by its words (the actors stage gives it its country; pipeline/descriptions.py ``link_offices`` makes it
    the person the text named earlier with that title: "Mayor Ryan Bingham ... the mayor announced"). Not "a judge"
    nor "judges" (one of many, no one body), nor an office with a possessor or an "of" phrase ("Kenya's governor",
    "the governor of Kano": ``_place_officials``), nor a title with a person beside it ("the mayor, Ivan Fedorov"),
    nor one the text introduced as one of many or unnamed ("a fellow judge, who did not want to be named ... the
    judge said": docs/annotation.md, *Indefinite speakers*),
    nor a noun that only qualifies another ("the council's decision"), nor one that is no subject of an act ("the
    judge was relying on", "he appeared before the judge")."""
    found: list[tuple[int, int, str]] = []
    for i in nouns.positions(doc, nouns.described_ids):
        token = doc[i]
        if token.pos_ != "NOUN" or token.tag_ != "NN" or token.idx in taken or token.dep_ != "nsubj":
            continue
        verb = token.head
        if verb.pos_ not in ("VERB", "AUX") or not (verb.lemma_.lower() in nouns.acts or verb.lower_ in nouns.acts
                                                    or _carries_event(verb, nouns)):
            continue
        children = list(token.children)
        dets = [c for c in children if c.dep_ == "det"]
        if len(dets) != 1 or dets[0].lower_ != "the" or any(
                c.dep_ in ("poss", "nummod", "appos") or c.dep_ == "prep" and c.lower_ == "of" for c in children):
            continue
        if any(t.ent_type_ == "PERSON" for t in token.subtree) or token.i + 1 < len(doc) and (
                doc[token.i + 1].ent_type_ == "PERSON" or doc[token.i + 1].text == "," and token.i + 2 < len(doc)
                and doc[token.i + 2].ent_type_ == "PERSON"):
            continue  # "the mayor, Ivan Fedorov, said": the person
        left = [c for c in children if c.i < token.i and c.dep_ in ("amod", "compound") and c.i > dets[0].i]
        start = left[0] if left else token
        if any(t.ent_type_ and t.ent_type_ not in ("GPE", "NORP") or t.pos_ == "PROPN" and not t.ent_type_
               for t in doc[start.i:token.i]):
            continue  # ("the Kano governor" is the place's; a name the parse missed is no description)
        words = " ".join(t.lower_ for t in doc[start.i:token.i + 1])
        title = next((t for t in nouns.described_offices if words == t or words.endswith(f" {t}")), None)
        if title is None or any(t.lower_ == token.lower_ and _indefinite(t) for t in doc[:token.i]):
            continue  # ("a fellow court judge, who did not want to be named ... the judge said": one unnamed)
        found.append((start.idx, token.idx + len(token.text), f"{LOCAL}ORG:{normalize_name(words)}{SCOPE}{scope}"))
    return found


def _acting_bodies(doc: Doc, nouns: GroupNouns, scope: str, taken: Collection[int]) -> list[tuple[int, int, str]]:
    """Bodies the text names by a plural a common word qualifies, as the subject of an act or a statement: "rights
    groups condemned the arrest", "aid agencies warned of famine", "opposition parties boycotted the vote"
    (collectives.yaml ``acting_bodies``): they acted together, one collective actor of the document, as "students
    stormed" is (``_acting_people``; docs/annotation.md, Actor and recipient: collective actors are actors). Not a
    plural no word qualifies ("groups said"), nor one a name or a demonym qualifies ("Palestinian groups": the
    entities stage's), nor a count's or an owner's ("two groups", "their unions"), nor the subject of a passive."""
    found: list[tuple[int, int, str]] = []
    for token in doc:
        if token.tag_ != "NNS" or token.pos_ != "NOUN" or token.lemma_.lower() not in nouns.acting_bodies \
                or token.idx in taken or token.dep_ != "nsubj":
            continue
        verb = token.head
        if verb.pos_ != "VERB" or not (verb.lemma_.lower() in nouns.acts or verb.lower_ in nouns.acts
                                       or _carries_event(verb, nouns)):
            continue
        children = list(token.children)
        if any(c.dep_ in ("nummod", "poss") or c.dep_ == "det" and c.lower_ != "the" for c in children):
            continue
        left = [c for c in children if c.i < token.i and c.dep_ in ("amod", "compound")]
        start = min((c.left_edge for c in left), key=lambda t: t.i, default=None)  # ("human rights groups")
        if start is None or any(t.ent_type_ or t.pos_ == "PROPN" or t.lower_ in nouns.not_names
                                for t in doc[start.i:token.i]):
            continue
        text = text_of(doc)[start.idx:token.idx + len(token.text)]
        found.append((start.idx, token.idx + len(token.text), f"{LOCAL}ORG:{normalize_name(text)}{SCOPE}{scope}"))
    return found


def _person_beside(title: Token, owner: Token, place_words: Collection[int] = ()) -> bool:
    """Whether an office's title is a named person's: in apposition to a person ("Ivan Fedorov, the mayor of
    Melitopol"), with a person in its phrase (but for the words of the place before it, ``place_words``, which the
    model may take for a person: "the Kano governor"), or with a person set off right after its place ("the mayor of
    Melitopol, Ivan Fedorov, said")."""
    doc = title.doc
    if title.dep_ == "appos" and title.head.ent_type_ == "PERSON" or any(
            t.ent_type_ == "PERSON" and t.i not in place_words for t in title.subtree):
        return True
    end = max(max(t.i for t in owner.subtree), title.i) + 1
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "PERSON"


def _acting_possessor(token: Token, nouns: GroupNouns) -> bool:
    """Whether a group noun in the possessive is the doer of the act its noun names: "the militants' attack on the
    base", "the army's shelling of Omdurman", "the rebels' assault on Lashio" (PLOVER actor: who carried the act out;
    docs/annotation.md, Actor and recipient: collective actors are actors). Not the owner of a person or of a part of
    it ("the militia's fighters", "the army's commander", "the rebels' families"): a group head, a title, a person's
    circle or people, which are a body or a person of their own."""
    if token.dep_ != "poss" or token.tag_ not in ("NNS", "NN", "NNPS", "NNP"):
        return False
    owned = token.head
    return owned.pos_ == "NOUN" and owned.lower_ not in nouns.owned_words \
        and owned.lemma_.lower() not in nouns.owned_people and owned.lower_ not in nouns.kin


def _titles_a_person(title: Token, nouns: GroupNouns) -> bool:
    """Whether a noun a group head qualifies is the title of a person named beside it ("Khalil Saei, local crisis
    committee chief", "crisis committee chief Khalil Saei"): the body is named, and its head is that person."""
    if title.lower_ not in nouns.titles or any(c.dep_ == "poss" for c in title.children):
        return False  # ("Mali's junta leader X": the state's, whose government the relation stage reads)
    # "Malian junta leader X", "Burkinabe junta chief X": a state's demonym before a state's body names the state
    if any(c.dep_ in ("amod", "compound") and c.i < title.i and (c.ent_type_ == "NORP" or c.tag_ == "JJ"
                                                                 and c.is_title)
           for c in title.children) and any(c.lower_ in nouns.state_bodies for c in title.children):
        return False
    beside = [title.head] if title.dep_ in ("appos", "compound") else []
    beside += [c for c in title.children if c.dep_ in ("appos", "compound") and c.i > title.i]
    return any(t.ent_type_ == "PERSON" for t in beside)


def _of_people(head: Token, nouns: GroupNouns) -> Token | None:
    """The people a head's "of" phrase says it is made of ("a group of men", "a group of youths"): a plural of
    collectives.yaml ``people_nouns``; else None. A group head there ("a group of experts") is the group itself."""
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS")
                 and g.lemma_.lower() in nouns.people and g.lower_ not in nouns.heads), None)


def _representing(head: Token, nouns: GroupNouns) -> Token | None:
    """The last word of those a body says it speaks for ("a group representing Alberta's liquor stores", "an
    association representing families of the missing"): the object of a participle of collectives.yaml
    ``representing_verbs`` that qualifies the head, with the words that qualify it; else None."""
    verb = next((c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBG"
                 and c.lemma_.lower() in nouns.representing), None)
    whom = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None else None
    if whom is None:
        return None
    return max((t for t in whom.subtree if t.dep_ not in ("relcl", "acl", "punct", "cc", "conj")
                and all(a.dep_ not in ("relcl", "acl") for a in t.ancestors if a.i > whom.i or a == whom)
                or t == whom), key=lambda t: t.i)


def _seat(head: Token, nouns: GroupNouns, is_place: Callable[[Token], bool] | None) -> Token | None:
    """The place a body's "in" phrase seats it in ("a court in Bamako", "a military tribunal in Yangon"), for the
    heads of collectives.yaml ``seated_heads``: a place's name (the parse's GPE, or one the gazetteer knows); else
    None."""
    if head.lower_ not in nouns.seated:
        return None
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                 if g.dep_ == "pobj" and g.pos_ == "PROPN" and (g.ent_type_ in ("GPE", "LOC")
                                                                  or is_place is not None and is_place(g))), None)


def _indefinite(head: Token) -> bool:
    """Whether a noun is made indefinite by "a", "an" or "one" ("a judge", "one official")."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in head.children)


def _definite(head: Token) -> bool:
    """Whether a noun is made definite by "the", "this" or "that" ("the group", "this unit")."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)


def scope_of(key: str, documents: set[str]) -> str | None:
    """The document a provisional group key is scoped to (one of ``documents``), or None for a key of the corpus."""
    scope = key.rpartition(SCOPE)[2] if key.startswith(f"{LOCAL}ORG:") and SCOPE in key else None
    return scope if scope in documents else None


def _named(words: list[Token], is_place: Callable[[Token], bool] | None = None,
           lowered: Collection[str] = ()) -> bool:
    """Whether a group phrase holds a proper name or a demonym ("Danbury police", "Kurdish militants"), or a
    place's name the parse took for a common word ("Odesa police and Lviv police": "Odesa" an adjective). The head
    (a group noun) opening a sentence is no name by its capital alone, whatever the parse makes of the capital, where
    the document writes it in lower case too (``lowered``): "Jihadists attacked ..." is the document's jihadists, as
    the later "the jihadists" is."""
    head = words[-1]
    return any((t.tag_ in ("NNP", "NNPS") or t.ent_type_ in ("NORP", "GPE", "ORG"))
               and not (t is head and t.lower_ in lowered and opens_sentence(t))
               or is_place is not None and t.is_title and is_place(t) for t in words)


def opens_sentence(token: Token) -> bool:
    """Whether ``token`` is its sentence's first word, after any opening quotes or brackets."""
    return all(t.is_punct or t.is_space for t in token.doc[token.sent.start:token.i])


def _qualifiers(head: Token, nouns: GroupNouns) -> list[Token]:
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


def _names_after(token: Token, nouns: GroupNouns) -> bool:
    """Whether a group noun in lower case is followed by a body's proper name it describes: "the opposition National
    Unity Platform", "the opposition PASTEF party" (not a title, "police Chief X"; not a person's, a place's or a
    day's name, "the rebels Monday")."""
    if token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    return after.pos_ == "PROPN" and (after.is_title or after.is_upper and len(after) > 1) \
        and after.lower_.rstrip(".") not in nouns.titles and after.ent_type_ not in ("PERSON", "GPE", "DATE", "TIME") \
        and after.dep_ in ("compound", "amod", "nmod") + (("appos",) if token.dep_ != "compound" else ()) \
        and after.head.i > after.i and not after.is_sent_start


def _flat_place(head: Token) -> list[Token]:
    """A town's or a division's name before a group noun that titles a person, where the parse hung both on the title
    ("Toronto Police Chief X": "Toronto" and "Police" compounds of "Chief"): the place qualifies the group, as in
    "Winnipeg police Chief Y", which the parse hangs on "police" (the place's police, docs/annotation.md *Relations*:
    "Winnipeg police Const. X" is member_of the Winnipeg police). The place the statistical model tagged, whole."""
    doc = head.doc
    if head.dep_ != "compound" or head.i == 0 or doc[head.i - 1].ent_type_ != "GPE" or doc[head.i - 1].ent_iob_ == "O":
        return []
    start = head.i - 1
    while doc[start].ent_iob_ != "B" and start > 0:
        start -= 1
    words = list(doc[start:head.i])
    if not all(t.dep_ == "compound" and t.head.i == head.head.i for t in words[-1:]) \
            or any(t.head.i not in range(start, head.head.i + 1) for t in words):
        return []
    return words


def _under(token: Token, head: Token) -> bool:
    t = token
    while t.head.i != t.i:
        if t.head.i == head.i:
            return True
        if t.head.i > head.i or t.head.i < token.i:
            return False
        t = t.head
    return False


def state_of(knowledge: Knowledge, nouns: GroupNouns, name: str) -> str | None:
    """The state a group is, where a state qualifies a head that names its government: "Sudanese authorities",
    "U.S. officials", "the Malian junta" (PLOVER codes a state by its government; the knowledge base lists such
    phrases as the state's aliases, and this covers the ones it does not)."""
    words = name.replace("-", " ").split()
    country = country_in(knowledge, name) if words and words[-1].lower() in nouns.state_bodies else None
    return next((s.id for s in knowledge.states() if s.country == country), None) if country else None


def state_owning(knowledge: Knowledge, nouns: GroupNouns, head: Token) -> str | None:
    """The state whose government a head names through its possessor or an "in"/"of" phrase: "Mali's junta",
    "officials in Kenya", "the authorities of Niger" (PLOVER codes a state by its government); or through the
    known leader it is named after, whose country it governs: "Assad's government", "the Asad regime", "the
    Maduro administration"."""
    if head.lower_ not in nouns.state_bodies:
        return None
    owners = [c for c in head.children if c.dep_ == "poss"]
    owners += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
               for g in c.children if g.dep_ == "pobj"]
    leader = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    for owner in owners + leader[-1:]:
        words = [t for t in owner.subtree if t.dep_ != "case"]  # "Burkina Faso's": the whole name, not "Faso"
        text = owner.doc[words[0].i:words[-1].i + 1].text
        found = knowledge.find(text) or knowledge.find(text.removeprefix("the "))
        record = knowledge.get(found) if found else None
        if record is not None and record.kind == "state":
            return record.id
        if record is not None and record.kind == "person" and record.country and (
                owner.dep_ == "compound" or owner.tag_ == "NNP"):
            return next((s.id for s in knowledge.states() if s.country == record.country), None)
    return None


def country_in(knowledge: Knowledge, name: str) -> str | None:
    """The country of a state named in a group's name: "Jordanian security forces" JOR, "Kurdish militants" none.
    Not a state hyphened to a tie's word (relations.yaml ``compounds``): "the US-backed government", "Turkish-backed
    Syrian rebels" are not the US's nor Turkey's; the relation stage reads that tie."""
    compounds = "|".join(re.escape(w) for w in knowledge.lexicon("relations").get("compounds", {}))
    if compounds:
        name = re.sub(rf"\S+[-‐](?:{compounds})\b", " ", name, flags=re.IGNORECASE)
    words = set(name.replace("-", " ").split())
    for record in knowledge.states():
        if record.country and words & set(record.demonyms + record.aliases):
            return record.country
    return None


class Institutions:
    """A state's body that the text names by a common noun alone ("police", "the army", "the regime", "opponents"),
    where the sentence or the document says whose it is: the knowledge base's body of that state under the noun
    (collectives.yaml ``state_institutions``: "the regime" in a Syria story is Syria's government, "the rebels" the
    Syrian opposition, "the army" in a Sudan story the Sudanese Armed Forces)."""

    def __init__(self, knowledge: Knowledge) -> None:
        lexicon = knowledge.lexicon("collectives").get("state_institutions") or {}
        self.knowledge = knowledge
        self.nouns = {str(head).lower(): [str(n) for n in nouns] for head, nouns in lexicon.items()}
        collectives = knowledge.lexicon("collectives")
        self.qualifiers = word_set(collectives, "state_institution_qualifiers")
        self.transparent = word_set(collectives, "state_institution_plain")
        # "other forces", "allied troops": a rest beside the body named, not the state's own
        self.adjuncts = word_set(collectives, "group_adjuncts")
        # "police officers" are the police as "officers" are (``group_head_kin``)
        self.kin = {str(k).lower(): str(v).lower() for k, v in (collectives.get("group_head_kin") or {}).items()}
        # a head of state's title right before a name ("President", "Prime Minister"; relations.yaml `state_leader`,
        # less the bare "leader", which heads bodies too): entity_states.py, _heads_of_state
        leaders = [w for w in knowledge.lexicon("relations").get("words", {}).get("state_leader", []) if w != "leader"]
        self.state_titles = re.compile(rf"\b(?:{alternation(leaders)})\.? $", re.IGNORECASE) if leaders else None
        # country -> the words that name its state before a noun: adjectives first ("Syrian"), then its names
        self.forms: dict[str, list[str]] = {}
        for record in knowledge.states():
            if record.country:
                adjectives = [d for d in record.demonyms if not d.endswith("s") or d.endswith("ss")]
                names = [a for a in record.aliases if len(a) > 3 and not a.isupper()]
                self.forms.setdefault(record.country, []).extend(
                    adjectives + [f"{n}{s}" for n in names for s in ("'s", "’s")])

    def heads(self) -> set[str]:
        return set(self.nouns)

    def governs(self, phrase: str) -> bool:
        """Whether ``phrase``'s noun may name the state's government itself ("the regime", "the junta")."""
        words = phrase.lower().split()
        return bool(words) and GOVERNMENT in self.nouns.get(words[-1], [])

    def plain(self, phrase: str, transparent: bool = False) -> bool:
        """Whether ``phrase`` is a state's body by its words alone: an institution's noun that only words such as
        "security" or "riot" qualify ("security forces", "riot police"), not "coalition troops"; ``transparent``:
        only words that leave the noun's meaning ("riot police", not "security forces")."""
        words = phrase.lower().split()
        allowed = self.transparent if transparent else self.qualifiers
        return bool(words) and words[-1] in self.nouns and all(
            w in allowed or w == self.kin.get(words[-1]) for w in words[:-1])

    def body(self, phrase: str, country: str, named: dict[str, str] | None = None) -> str | None:
        """The actor that ``phrase`` (a group named by common words: "police", "security forces") names in
        ``country``: the knowledge base's name of the whole phrase with the state's ("Syrian rebel forces"), or,
        for a phrase its words leave plain, of the head's nouns ("Syrian army" for "the army"); else the group the
        document names so (``named``: normalized name -> actor key; "Egyptian security forces" for "police" in a
        Cairo story); None where neither lists such a body."""
        words = phrase.lower().split()
        if not words or words[-1] not in self.nouns:
            return None
        nouns = list(dict.fromkeys([" ".join(words)] + (self.nouns[words[-1]] if self.plain(phrase, True) else [])))
        for noun in nouns:
            for form in self.forms.get(country, []):
                found = self.knowledge.find(f"{form} {noun}")
                record = self.knowledge.get(found) if found else None
                if record is not None and record.country == country:
                    return record.id
        for noun in nouns:
            for form in self.forms.get(country, []):
                if (key := (named or {}).get(normalize_name(f"{form} {noun}"))) is not None:
                    return key
        if GOVERNMENT in nouns:  # "the regime", "the junta": PLOVER codes a state by its government
            return next((s.id for s in self.knowledge.states() if s.country == country), None)
        return None


def dominant_country(votes: Counter[str], share: float = 0.5) -> str | None:
    """The country that holds at least ``share`` of ``votes`` and at least twice the next one's, else None."""
    ranked = votes.most_common(2)
    if not ranked:
        return None
    top, count = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    return top if count >= share * sum(votes.values()) and count >= 2 * second else None
