"""The two parties a cue's word takes in the parse, by its construction (a participle and its agent, a verb and
its object, a role and its body, ...): who a relative pronoun, a clause or a role stands for."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from . import first_conjunct
from .relations_parse_cues import ParseCue

SUBJECTS = ("nsubj", "nsubjpass")
WHEN_WHERE = ("DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL")  # "joined NATO in 2024", "... in Mali"
PLURAL_TAGS = ("NNS", "NNPS")
RELATIVE_TAGS = ("WDT", "WP")  # "which", "that", "who": a relative pronoun stands for the noun its clause qualifies
CLIMB = ("advcl", "acomp", "xcomp", "oprd", "prep", "pobj", "pcomp")  # the clause a word opens or lies in
MAX_CLIMB = 5


def arguments(cue: ParseCue, token: Token, blame: frozenset[str] = frozenset(),
               qualifiers: frozenset[str] = frozenset()) -> Iterator[tuple[Token, Token]]:
    """(subject word, object word) of the cue's construction at ``token``, if it is one."""
    if cue.construction == "passive":
        if token.tag_ not in ("VBN", "JJ"):
            return
        # "The M23 shelled a hospital run by MSF and backed by the WHO": a bare participle the parse joins to an
        # active verb tells of that verb's object, not of its subject (not "X fought in Syria and was backed by Y")
        if token.dep_ == "conj" and token.head.tag_ in ("VBD", "VBZ", "VBP") \
                and not any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in token.children):
            return
        agents = [c for c in token.children if c.dep_ == "agent"]
        if not agents:  # "armed and funded by Iran": a participle shares its conjunct's agent
            agents = [c for conj in token.children if conj.dep_ == "conj" for c in conj.children if c.dep_ == "agent"]
        described = _described(token)
        for agent in agents:
            for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                if described is not None:
                    yield pobj, described
                    # "backed by Russian air power", "armed by Iranian money": the nationality of the backing
                    if cue.predicate == "backs":
                        yield from ((m, described) for m in pobj.children
                                    if m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE"))
    elif cue.construction == "active":
        # "Russia has supplied the Sudanese army with weapons", "Iran, which arms the Houthis": the verb's own
        # subject (not one of a clause it stands in: "accused the US of arming Ukraine"), and never denied
        if token.pos_ != "VERB" or any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in token.children) \
                or _joined_in_act(token, cue.unless):
            return
        subject = _own_subject(token) or _blamed(token, blame)
        if cue.things:
            if subject is None:
                return
            objects = [c for c in token.children if c.dep_ == "dobj"]
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in cue.prepositions):
                given = [p for p in prep.children if p.dep_ == "pobj"]
                if prep.lower_ == "with":  # "Iran has provided the Houthis with drones": the party, "with" what
                    if any(_thing(t, cue.things) for t in given):
                        yield from ((subject, obj) for obj in objects)
                # "Russia has supplied Iran-made drones to the Houthis": the thing given, "to" whom
                elif any(_thing(t, cue.things) for t in objects):
                    yield from ((subject, pobj) for pobj in given)
            return
        objects = [c for c in token.children if c.dep_ == "dobj" and not (c.lemma_.lower() in cue.idioms and not any(
            d.dep_ in ("det", "poss", "amod", "compound") for d in c.children))]
        if cue.doing:  # "helped the Houthis build missiles": the subject of the clause it helps to happen
            objects += [s for clause in token.children if clause.dep_ in ("ccomp", "xcomp")
                        and clause.lemma_.lower() not in cue.mediation for s in clause.children if s.dep_ == "nsubj"]
        for obj in objects:
            if obj.tag_ in RELATIVE_TAGS:  # "the Janjaweed, which Khartoum armed"
                obj = _antecedent(token)
            if subject is not None and obj is not None:
                yield subject, obj
    elif cue.construction == "title":
        # "X and Y, commanders of the Azawad Liberation Front", "X, head of the Sovereign Council", "the EU and the
        # US, Ukraine's main backers", "Ansar Allah, as the Houthis are known, is an ally of Iran": a noun of a
        # role in apposition to a name or predicated of it, and the body its preposition or its possessive names
        if token.pos_ != "NOUN" or cue.article is not None and _article(token) != cue.article:
            return
        first = first_conjunct(token)
        if first is not token and first.dep_ in ("appos", "attr") and first.pos_ == "NOUN":
            # "Turkey, a NATO member and a partner in the coalition": a role joined to one in apposition to a name or
            # predicated of it tells of that name too
            subject = (role_holder(first) or first.head) if first.dep_ == "appos" else _own_subject(first.head)
        elif token.dep_ == "appos":
            subject: Token | None = token.head
            # ("the Houthis", "the Taliban" may be tagged singular: a name ending in "s" may be a plural)
            if token.tag_ in PLURAL_TAGS and subject.tag_ not in PLURAL_TAGS and not subject.lower_.endswith("s") \
                    and not any(c.dep_ == "conj" for c in subject.children):
                return  # a plural role names several: one name in apposition to it is a misparse
            subject = role_holder(token) or subject
        elif token.dep_ == "attr":
            subject = _own_subject(token.head)
        else:
            # "The commander of the Wagner Group in Mali, Ivan Maslov, met ...": the name in apposition to the role
            subject = next((c for c in token.children if c.dep_ == "appos"), None)
            if subject is None:
                # "The leader of the Fano militia in Amhara, Zemene Kassie, said": the parse hangs the name on the
                # word just before it; a person's name in apposition to a body or a place is the role's (the
                # kinds are checked as for any tie), not one in apposition to another person's name
                subject = next((a for p in token.children if p.dep_ == "prep" and p.lower_ in cue.prepositions
                                for a in p.subtree if a.dep_ == "appos" and a.ent_type_ == "PERSON"
                                and a.head.ent_type_ != "PERSON"), None)
        if subject is None:
            return
        for child in token.children:
            if (child.dep_ == "poss" and child.tag_ not in ("PRP$", "WP$") or _plural_possessor(child)) \
                    and (cue.predicate != "leads" or _possessor_owns(token, child, qualifiers)):
                yield subject, child
            # "AQAP, the al-Qaeda affiliate in Yemen", "X, a Hamas commander": a name compounded before the role
            if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i < token.i:
                yield subject, child
            if child.dep_ == "prep" and child.lower_ in cue.prepositions:
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    yield subject, pobj
    elif cue.construction == "possessed":
        # "the Tatmadaw's 99th Light Infantry Division", "Ukraine's 47th Brigade": a unit's name in the possessive
        if token.pos_ in ("NOUN", "PROPN"):
            for child in token.children:
                if child.dep_ == "poss" and child.tag_ not in ("PRP$", "WP$"):
                    yield token, child
                # "the 47th Mechanized Brigade of the Ukrainian army": a unit's name (its own capitalized head)
                # and the body its preposition names
                if child.dep_ == "prep" and child.lower_ in cue.prepositions and token.pos_ == "PROPN" \
                        and token.text[:1].isupper():
                    yield from ((token, pobj) for pobj in child.children if pobj.dep_ == "pobj")
    elif cue.construction == "given":
        # "Abdulkader had begun expressing support for the Islamic State", "Kenya pledged military aid to Somalia";
        # the noun may be what an amount given is in ("gave Ukraine $60 billion in military aid")
        given = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("in", "of") \
            and token.head.head.dep_ == "dobj" else token
        verb = given.head
        if given.dep_ != "dobj" or verb.lemma_.lower() not in cue.verbs \
                or any(c.dep_ in ("neg", "auxpass") for c in verb.children):
            return
        # "reiterated UK support for Iraq", "welcomed Iran's aid to Syria": a name or a nationality qualifying
        # the noun gives it, not the verb's subject
        giver = next((c for c in token.children if c.dep_ in ("poss", "compound", "amod")
                      and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE"))), None)
        subject = giver if giver is not None else _own_subject(verb)
        for prep in (*token.children, *verb.children):  # ("pledged aid to Somalia": "to" may go with the verb)
            if prep.dep_ == "prep" and prep.lower_ in cue.prepositions and subject is not None:
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    yield subject, pobj
            # "gave Ukraine military aid", "offered the army support": the verb's indirect object is given it
            if prep.dep_ == "dative" and prep.head == verb and subject is not None:
                yield subject, prep
    elif cue.construction == "adjective":
        if token.pos_ not in ("ADJ", "VERB"):
            return
        described = _described(token)
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in cue.prepositions and described is not None:
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    yield described, pobj
    elif cue.construction == "helped":
        # "with help from Y", "with the help of Y": the noun of help is the object of "with"
        if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ != "with":
            return
        helped = _described(token.head)
        if helped is None or helped.dep_ == "nsubjpass":  # "X was killed with help from Y": Y helped the killer
            return
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in cue.prepositions:
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    yield pobj, helped
        for modifier in token.children:  # "with Russian air support", "with Iran's help"
            if modifier.dep_ in ("amod", "poss", "compound") and modifier.pos_ in ("PROPN", "ADJ"):
                yield modifier, helped
    elif cue.construction == "in_support":
        # "The RAF conducted airstrikes in support of the Iraqi army", "bombing rebels in support of Assad's forces":
        # the noun of backing is the object of "in"; the one who acts backs the one its "of" names
        if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ != "in":
            return
        helper = _described(token.head)
        if helper is not None and helper.pos_ == "NOUN" and helper.dep_ == "dobj":  # "conducted airstrikes in ..."
            helper = _own_subject(helper.head)
        if helper is None or helper.dep_ == "nsubjpass":
            return
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in cue.prepositions:
                yield from ((helper, pobj) for pobj in prep.children if pobj.dep_ == "pobj")


def _possessor_owns(title: Token, possessor: Token, qualifiers: frozenset[str]) -> bool:
    """Whether a possessive before a head's title names the body headed: not where a common noun that is no title's
    qualifier stands between them, compounded into the title ("Venezuela's opposition leader X" heads the opposition,
    "Kenya's police chief Y" the police: docs/annotation.md, *Relations*, a leader titled with the body's name);
    "Hamas's political chief", "Mali's junta leader" keep it. (A member of a part is one of the whole: "the council's
    cabinet member X" is the council's, so the caller asks this of heads only.)"""
    return not any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower and c.lower_ not in qualifiers
                   and possessor.i < c.i < title.i for c in title.children)


def _thing(token: Token, things: frozenset[str]) -> bool:
    """Whether the word, or a word joined to it by "and", is one of ``things`` ("drones and missiles")."""
    return any(t.lemma_.lower() in things for t in (token, *token.conjuncts))


def role_holder(role: Token) -> Token | None:
    """The one name a role in the singular in apposition tells of: "Mahamat Deby and Succes Masra, the prime
    minister of ...", the parse hanging the role on the coordination's head, is Masra's, the conjunct just before
    it; None for any other word. The one reading of such a role, for the parse's titles and for the lexicon's cues
    (relations.py: the names coordinated before it do not share its tie)."""
    if role.dep_ != "appos" or role.tag_ != "NN" or role.pos_ != "NOUN":
        return None
    head = role.head
    return max((c for c in (head, *head.conjuncts) if c.i < role.i), key=lambda c: c.i, default=head)


def _plural_possessor(token: Token) -> bool:
    """A plural's possessive the parse does not take for one: "the Houthis' chief negotiator" ("Houthis" a noun
    modifier, its apostrophe a mark of its own)."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.dep_ == "nmod" and token.lower_.endswith("s") and after is not None and after.tag_ == "POS" \
        and after.text in ("'", "’")


def _joined_in_act(verb: Token, prepositions: frozenset[str]) -> bool:
    """Whether the verb's object is a partner in an act the verb's preposition names ("joined France in condemning
    the coup", "joined the army in the fight against ..."), not a body one is in: a preposition of ``prepositions``
    whose object is no date, time or place ("joined NATO in 2024", "joined al-Shabaab in Somalia")."""
    return any(prep.dep_ == "prep" and prep.lower_ in prepositions
               and any(p.dep_ in ("pobj", "pcomp") and p.ent_type_ not in WHEN_WHERE and p.like_num is False
                       for p in prep.children)
               for prep in verb.children)


def _article(title: Token) -> str:
    """"many" for a title that makes one of several ("a commander", "commanders", "both officials"), else "one"."""
    if title.tag_ in PLURAL_TAGS or any(c.dep_ in ("det", "predet") and c.lower_ != "the"
                                            for c in title.children):
        return "many"
    return "one"


def _own_subject(verb: Token) -> Token | None:
    """A verb's subject, shared along a coordination, a chain of verbs ("had begun to arm") or with a purpose clause
    ("sent troops to support"); a relative pronoun stands for the noun its clause qualifies."""
    for _ in range(MAX_CLIMB):
        if any(c.dep_ == "neg" for c in verb.children):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return _antecedent(verb) if subject.tag_ in RELATIVE_TAGS else subject
        # (a purpose clause's understood subject is the main verb's: "Eritrea sent troops to support Ethiopia")
        purpose = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if verb.dep_ not in ("conj", "xcomp") and not purpose or verb.head is verb:
            return None
        verb = verb.head
    return None


def _blamed(verb: Token, blame: frozenset[str]) -> Token | None:
    """The one a verb of blame names as the doer of the act its "of" or "for" tells: "Congo accuses Rwanda of backing
    the M23", "Kyiv blamed Tehran for arming Moscow" (Rwanda, Tehran); a gerund's own subject is read first."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
        return None
    blamer = prep.head
    if blamer.lemma_.lower() not in blame:
        return None
    return next((c for c in blamer.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _antecedent(token: Token) -> Token | None:
    """The noun a relative clause qualifies, from a word of that clause ("the rebels, who Kinshasa says are
    backed by Rwanda")."""
    for _ in range(MAX_CLIMB):
        if token.dep_ == "relcl":
            return token.head
        if token.head is token:
            return None
        token = token.head
    return None


def _described(token: Token) -> Token | None:
    """The word a participle, an adjective or a preposition tells of: its (passive) subject, the noun it
    qualifies, or the subject of the clause it stands in."""
    for _ in range(MAX_CLIMB):
        token = first_conjunct(token)
        subject = next((c for c in token.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return _antecedent(token) if subject.tag_ in RELATIVE_TAGS else subject
        if token.dep_ in ("acl", "relcl", "amod", "appos"):
            return token.head
        if token.dep_ == "prep" and token.head.pos_ in ("NOUN", "PROPN"):  # "the militia, with help from Y"
            return token.head
        if token.dep_ not in CLIMB or token.head is token:
            return None
        token = token.head
    return None
