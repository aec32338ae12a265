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

from collections.abc import Callable, Collection

from spacy.tokens import Doc, Token

from ..knowledge import normalize_name
from . import text_of
from .group_offices import _acting_bodies, _described_offices, _place_officials
from .group_people import _acting_people, _armed_people, _assembled, _entourage
from .groups import LOCAL, SCOPE, GroupNouns, definite, opens_sentence, plural_owner, qualifiers


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
        left = qualifiers(token, nouns) or _flat_place(token)
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
            elif (owner := plural_owner(token)) is not None:
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
            elif previous is not None and definite(token) and len(qualified_keys[head]) == 1 and not any(
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
