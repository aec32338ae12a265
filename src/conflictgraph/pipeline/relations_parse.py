"""Ties read off the dependency parse, wherever the words stand in the sentence (docs/pipeline.md, *Relations from
the parse*).

Seven constructions state a tie with a word of general English (the relation lexicon's `parse` entry):

- a participle and its agent: "the Houthis are armed and funded by Iran", "the Wagner Group was led by Prigozhin",
  "Backed by Russia, the separatists ...", "the STC, which is backed by the UAE": the agent ("by" Y) is the subject;
  the object is what the participle tells of: its passive subject, the noun it qualifies (a reduced or a relative
  clause: the relative pronoun stands for that noun), or the subject of the clause it opens;
- a verb of backing or joining and its object: "Russia has supplied the Sudanese army with weapons", "Russia and
  Iran, which arm Assad's forces", "Finland decided to join NATO", "she crossed the floor to join the NDP": the
  verb's own subject (a relative pronoun stands for its noun; a chain of verbs or a purpose clause shares it) is the
  subject, never where the verb is denied; or arms or money it gives "to" a party ("supplied Iran-made drones to the
  Houthis"); a verb of help, the one it helps do something ("Eritrea sent troops to help the Ethiopian army fight
  the TPLF"), not to mediate ("helped Israel and Hamas reach a truce");
- a noun of a role in apposition to a name or predicated of it, and the body its preposition or possessive
  names: "X and Y, commanders of the Azawad Liberation Front" (members: a plural or an indefinite title makes one
  of several), "X, head of the Sovereign Council" (the head), "The leader of the Fano militia in Amhara, Zemene
  Kassie" (the name in apposition to the role, wherever in the role's phrase the parse hangs it), "the EU and
  the US, Ukraine's main backers", "Ansar Allah, as the Houthis are known, is an ally of Iran";
- a unit's name in a body's possessive: "the Tatmadaw's 99th Light Infantry Division" is part of it;
- a noun of backing given by a verb: "X had begun expressing support for the Islamic State", "Kenya pledged
  military aid to Somalia", "the US gave Ukraine $60 billion in military aid": the verb's own subject backs the one
  the noun is for, or the verb's indirect object;
- an adjective and its preposition: "fighters loyal to Haftar", "militias affiliated with the Islamic State", "the
  TNLA remains united with the Arakan Army": the noun the adjective describes, or the subject of its copula, is
  the subject; the preposition's object is the object;
- help taken with a clause: "the RSF took El Fasher with help from the Wagner Group", "with the support of Y":
  the one named after the noun of help backs the subject of the clause.

A conjunct of either party shares the tie ("by Iran and Hezbollah"); a mention a prefix turns against what it names
("anti-coalition forces") is no party. A word names an actor where it lies inside
an actor's mention, or where a name inside one qualifies it ("Houthi fighters"). Kinds are checked as the
lexicon's patterns check them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..core.alternation import alternation
from ..model import Mention
from . import first_conjunct, text_of

COPULAS = frozenset({"be", "become", "remain"})  # "X is / became / remains a Y-backed militia"

SUBJECTS = ("nsubj", "nsubjpass")
WHEN_WHERE = ("DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL")  # "joined NATO in 2024", "... in Mali"
PLURAL_TAGS = ("NNS", "NNPS")
RELATIVE_TAGS = ("WDT", "WP")  # "which", "that", "who": a relative pronoun stands for the noun its clause qualifies
CLIMB = ("advcl", "acomp", "xcomp", "oprd", "prep", "pobj", "pcomp")  # the clause a word opens or lies in
MAX_CLIMB = 5
NOT_DESCRIBED = ("person", "state", "media")  # kinds a body named by common words never stands for
AGAINST_PREFIX = re.compile(r"(?<![\w-])(?:anti|counter|non|ex)[-‐]$", re.IGNORECASE)  # "anti-coalition forces"


@dataclass(frozen=True)
class ParseCue:
    predicate: str
    construction: str  # "passive", "adjective" or "helped"
    words: frozenset[str]  # lemmas
    prepositions: frozenset[str]
    subject_kind: frozenset[str] | None
    object_kind: frozenset[str] | None
    subject_not_kind: frozenset[str]
    object_not_kind: frozenset[str]
    verbs: frozenset[str] = frozenset()  # "given": the verbs that give the noun ("expressed support for")
    article: str | None = None  # "title": "one" (the title makes one head: "X, head of Y") or "many" (one of several)
    things: frozenset[str] = frozenset()  # "active": what the verb gives, given "to" the object ("supplied drones to")
    # "active": prepositions that make the verb's object a partner in an act, not a body one is in ("Germany joined
    # France in condemning ..."): no tie where the verb has one
    unless: frozenset[str] = frozenset()
    # "active": the one the verb helps may be the subject of its complement clause ("Iran helped the Houthis build
    # missiles", "sent troops to help the army fight the TPLF"); not where that clause's verb is one of ``mediation``
    # ("Egypt helped Israel and Hamas reach a truce": a mediator backs neither)
    doing: bool = False
    mediation: frozenset[str] = frozenset()
    # "passive": the agent is the object ("a company wholly owned by LE Central" is part of it), not the subject
    reverse: bool = False
    # the object's word is a common noun that stands for the actor, not its name: "the head of Niger's junta" leads
    # Niger (its government's head), "Iran's security chief" does not
    common_object: bool = False
    # "active": an object without a determiner that makes the verb an idiom of its own, no body one is in ("the AA
    # joined forces with the TNLA", "joined hands with": allies, read by the lexicon's patterns)
    idioms: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Workplaces:
    """relations.yaml ``workplaces``, read once for both stages that use it: a word of a business's, a school's, a
    university's or a hospital's name, where a post is no tie (docs/annotation.md, *Heads of workplaces*), and a word
    that makes the name a governmental body's after all ("the University police")."""

    words: frozenset[str] = frozenset()
    not_with: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()  # a business officer's title: the body it is written with is a business
    # ``titles`` compiled once: written before a name's "of" / "at" ("the CEO of ExxonMobil") and after a name
    # ("Suncor CEO X", "Suncor's CEO"); None where there are no titles
    title_before: re.Pattern[str] | None = None
    title_after: re.Pattern[str] | None = None
    # a business's common noun (``nouns``): right before a name ("the tech giant Apple") and in apposition after one
    # ("Tesla, the carmaker")
    noun_before: re.Pattern[str] | None = None
    noun_after: re.Pattern[str] | None = None


def compile_workplaces(entries: Mapping) -> Workplaces:
    """relations.yaml ``workplaces``: its words, lower-cased, and the patterns of its business officers' titles."""
    words, not_with, titles = (frozenset(str(w).lower() for w in entries.get(key, ()))
                               for key in ("words", "not_with", "titles"))
    nouns = alternation(sorted(str(w) for w in entries.get("nouns", ()))) if entries.get("nouns") else None
    # (lower case: "the tech giant Apple", "Tesla, the US carmaker,"; not a name's own word, "Giant Tiger")
    noun_before = re.compile(rf"\b(?:the|a|an|its|US|U\.S\.|[A-Z][a-z]+n) (?:[a-z][\w-]* ){{0,2}}(?:{nouns}) $") \
        if nouns else None  # (case-sensitive)
    # (the apposition's head: the noun ends it, "Tesla, the carmaker," not "the RSF, the group's business arm")
    noun_after = re.compile(rf"^,? (?:the|a|an) (?:[\w.-]+ ){{0,3}}?(?-i:{nouns})(?:[,.;:)]|$| (?:that|which|based|"
                            rf"headquartered|owned|listed|known)\b)", re.IGNORECASE) if nouns else None
    if not titles:
        return Workplaces(words, not_with, titles, noun_before=noun_before, noun_after=noun_after)
    title = alternation(sorted(titles))
    return Workplaces(words, not_with, titles,
                      re.compile(rf"(?<![\w-])(?:{title}) (?:of|at) (?:the )?$", re.IGNORECASE),
                      re.compile(rf"(?:[’']s)? (?:{title})\b", re.IGNORECASE), noun_before, noun_after)


@dataclass(frozen=True)
class ParseCues:
    cues: tuple[ParseCue, ...] = ()
    denials: frozenset[str] = frozenset()  # "denied supporting", "refused to arm": the verb's tie is denied
    relief: frozenset[str] = frozenset()  # "humanitarian aid to Sudan", "with medical help from": no backing
    # "a group of experts, led by X": a noun that only counts or gathers the people its "of" names stands for them
    partitive: frozenset[str] = frozenset()
    # "head of a Khartoum hospital": a workplace's noun; a name compounded into it says where the workplace is, not
    # whose it is (docs/annotation.md: heads of workplaces state no tie). relations.py reads the same words.
    workplace: Workplaces = Workplaces()
    # "Russia could arm the Houthis if ...": a verb under one of these auxiliaries tells a possible tie, no tie
    hypothetical: frozenset[str] = frozenset()
    # "Congo accuses Rwanda of backing the M23": the one a verb of blame names does the act of its "of" / "for"
    # complement (an alleged tie, docs/annotation.md *Relations*: core false)
    blame: frozenset[str] = frozenset()
    # "the United States backed a UN resolution": what one backs that is no party (relations.yaml `backed_thing`); the
    # name that qualifies it wrote or proposed it and is not backed
    backed_things: frozenset[str] = frozenset()
    # "Qatar criticised the campaign against the Houthis": a fight's noun (relations.yaml `fight`) and the verbs by
    # which a subject only reacts to a fight it does not wage (`reactions`, lemmas)
    fights: frozenset[str] = frozenset()
    reactions: frozenset[str] = frozenset()
    # "the deputy head of the RSF, X", "the vice-chairman of Y": a deputy's word on a head's title makes the holder a
    # member under the head, none of a state (relations.yaml `deputy`; docs/annotation.md, *Relations*)
    deputy: frozenset[str] = frozenset()
    # "Hamas political chief X", "Mali's junta leader Y": words that only qualify a title (relations.yaml
    # `title_qualifier`, `title_modifier`); another common noun compounded before a title names the body the title is
    # in ("Venezuela's opposition leader X" leads the opposition, not Venezuela: ``_possessor_owns``)
    qualifiers: frozenset[str] = frozenset()


def compile_parse_cues(lexicon: dict) -> ParseCues:
    """The lexicon's `parse` entries, one cue per (construction, entry), and its verbs of denial."""
    out = []
    entries_of = lexicon.get("parse", {})
    for construction, entries in entries_of.items():
        if construction in ("denials", "hypothetical", "blame", "reactions"):
            continue
        for entry in entries:
            kinds = {k: frozenset(entry[k]) if k in entry else None for k in ("subject_kind", "object_kind")}
            words = [*entry.get("words", ()), *(w for name in entry.get("word_lists", ())
                                                 for w in lexicon["words"][name] if " " not in w)]
            words = [w for w in words if w not in entry.get("except", ())]
            out.append(ParseCue(
                entry["predicate"], construction, frozenset(w.lower() for w in words),
                frozenset(entry.get("prepositions", ())), kinds["subject_kind"], kinds["object_kind"],
                frozenset(entry.get("subject_not_kind", ())), frozenset(entry.get("object_not_kind", ())),
                frozenset(entry.get("verbs", ())), entry.get("article"), frozenset(entry.get("things", ())),
                frozenset(entry.get("unless", ())), bool(entry.get("doing", False)),
                frozenset(entry.get("mediation", ())), bool(entry.get("reverse", False)),
                bool(entry.get("common_object", False)), frozenset(entry.get("idioms", ())),
            ))
    relief = frozenset(w.lower() for w in lexicon.get("words", {}).get("relief", ()))
    partitive = frozenset(w.lower() for w in lexicon.get("words", {}).get("partitive", ()))
    workplace = compile_workplaces(lexicon.get("workplaces", {}))
    return ParseCues(tuple(out), frozenset(entries_of.get("denials", ())), relief, partitive, workplace,
                     frozenset(w.lower() for w in entries_of.get("hypothetical", ())),
                     frozenset(w.lower() for w in entries_of.get("blame", ())),
                     frozenset(w.lower() for w in lexicon.get("words", {}).get("backed_thing", ()) if " " not in w),
                     frozenset(w.lower() for w in lexicon.get("words", {}).get("fight", ()) if " " not in w),
                     frozenset(w.lower() for w in entries_of.get("reactions", ())),
                     frozenset(str(w).lower().rstrip("-") for w in lexicon.get("words", {}).get("deputy", ())
                               if " " not in w),
                     frozenset(str(w).lower() for key in ("title_qualifier", "title_modifier")
                               for w in lexicon.get("words", {}).get(key, ()) if " " not in w))


def fight_bystander(subject: Token | None, parse: ParseCues) -> bool:
    """Whether the word is the subject of a clause that only speaks of or reacts to a fight "against" someone that
    it does not wage (docs/annotation.md, *Relations*: `opposes` is the subject's own fight): the fight's noun hangs
    on another noun's preposition ("Kenya hosted talks on the war against al-Shabaab", "the UN called for an end to
    the war against the TPLF", "urged restraint in the operation against Hamas"), is the object of a verb of
    reaction ("Qatar criticised the campaign against the Houthis"), or has a possessor of its own ("HRW documented
    abuses in the army's campaign against Boko Haram"). Not "the coalition launched strikes against ISIL", "Chad took
    part in the offensive against Boko Haram", "Israel vowed to continue its war against Hamas"."""
    if subject is None or subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = subject.head
    for fight in verb.subtree:
        if fight.pos_ != "NOUN" or fight.lower_ not in parse.fights \
                or not any(c.dep_ == "prep" and c.lower_ == "against" for c in fight.children):
            continue
        owners = [c for c in fight.children if c.dep_ == "poss"]
        if owners:
            if not any(o.tag_ == "PRP$" or o.i in range(subject.left_edge.i, subject.right_edge.i + 1)
                       for o in owners):
                return True
            continue
        word = fight
        while word.i != verb.i and word.head.i != word.i:
            if word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.head.pos_ in ("NOUN", "PROPN"):
                return True
            if word.dep_ == "dobj" and word.head.lemma_.lower() in parse.reactions:
                return True
            word = word.head
    return False


def parse_ties(
    sentence: Span, parse: ParseCues, mentions: list[Mention],
    fits: Callable[[ParseCue, Mention, Mention], int | None], kind_of: Callable[[Mention], str],
) -> Iterator[tuple[Mention, str, Mention]]:
    """(subject, predicate, object) for every tie a cue of the parse states between two mentions of the sentence.
    ``fits`` ranks how two mentions' kinds take the cue's predicate (0: as the NER or the knowledge base has them,
    1: a body's name read as a person's, None: not at all); of the cues a pair fits, only the best ranked count.
    ``kind_of`` gives a mention's actor kind (for the name a common noun stands for, ``described_name``)."""
    if not parse.cues or len(mentions) < 2:
        return
    at = _mention_of(sentence, mentions)
    found: dict[tuple[int, int], list[tuple[int, str]]] = {}
    pairs: dict[tuple[int, int], tuple[Mention, Mention]] = {}
    for token in sentence:
        lemma, form = _word(token)
        for cue in parse.cues:
            if lemma not in cue.words and form not in cue.words:
                continue
            if _denied(token, parse.denials, parse.hypothetical) or any(
                    c.dep_ in ("amod", "compound") and c.lower_ in parse.relief for c in token.children):
                continue
            for subject_token, object_token in _arguments(cue, token, parse.blame, parse.qualifiers):
                if cue.reverse:
                    subject_token, object_token = object_token, subject_token
                if cue.predicate == "backs" and object_token.lemma_.lower() in parse.backed_things \
                        or cue.common_object and not (object_token.pos_ == "NOUN" and object_token.is_lower):
                    continue
                for subject in _named(subject_token, at, kind_of, parse.partitive, parse.workplace.words):
                    for obj in _named(object_token, at, kind_of, parse.partitive, parse.workplace.words):
                        rank = fits(cue, subject, obj) if subject.actor != obj.actor else None
                        predicate = cue.predicate
                        if predicate == "leads" and (_deputy(token, parse.deputy) or _regional(token)):
                            rank, predicate = (None, predicate) if kind_of(obj) == "state" else (rank, "member_of")
                        if rank is not None:
                            key = (subject.start, obj.start)
                            pairs[key] = (subject, obj)
                            found.setdefault(key, []).append((rank, predicate))
    for key, ranked in found.items():
        best = min(rank for rank, _ in ranked)
        for predicate in dict.fromkeys(p for rank, p in ranked if rank == best):
            yield pairs[key][0], predicate, pairs[key][1]


def _arguments(cue: ParseCue, token: Token, blame: frozenset[str] = frozenset(),
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


def _word(token: Token) -> tuple[str, str]:
    """The word's lemma and form, lower case, with the part a hyphen joins before it: "vice-president" is no
    "president"."""
    i, doc = token.i, token.doc
    if i >= 2 and doc[i - 1].text in ("-", "‐") and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{token.lemma_.lower()}", f"{doc[i - 2].lower_}-{token.lower_}"
    return token.lemma_.lower(), token.lower_


def _joined_in_act(verb: Token, prepositions: frozenset[str]) -> bool:
    """Whether the verb's object is a partner in an act the verb's preposition names ("joined France in condemning
    the coup", "joined the army in the fight against ..."), not a body one is in: a preposition of ``prepositions``
    whose object is no date, time or place ("joined NATO in 2024", "joined al-Shabaab in Somalia")."""
    return any(prep.dep_ == "prep" and prep.lower_ in prepositions
               and any(p.dep_ in ("pobj", "pcomp") and p.ent_type_ not in WHEN_WHERE and p.like_num is False
                       for p in prep.children)
               for prep in verb.children)


def _deputy(title: Token, deputy: frozenset[str]) -> bool:
    """Whether a head's title is a deputy's: "the deputy head", "first vice president", "the vice-chairman" (a word
    of ``deputy`` that qualifies it, or one a hyphen joins before it)."""
    if _word(title)[1].split("-")[0] in deputy and "-" in _word(title)[1]:
        return True
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lower_.rstrip("-") in deputy and c.i < title.i
               for c in title.children)


def _regional(title: Token) -> bool:
    """Whether a head's title is a regional post under the head: a place's name compounded before it ("X, Africa
    director of Human Rights Watch", "the Gaza chief of Hamas"); like a deputy's, one of the body's members."""
    return any(c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC") and c.i < title.i for c in title.children)


def _article(title: Token) -> str:
    """"many" for a title that makes one of several ("a commander", "commanders", "both officials"), else "one"."""
    if title.tag_ in PLURAL_TAGS or any(c.dep_ in ("det", "predet") and c.lower_ != "the"
                                            for c in title.children):
        return "many"
    return "one"


def _denied(token: Token, denials: frozenset[str], hypothetical: frozenset[str] = frozenset()) -> bool:
    """Whether the word's clause is negated ("will not support"), the complement of a verb of denial ("denied
    supporting", "refused to arm") or told as only possible ("could arm", "might back"), up its chain of verbs."""
    for _ in range(MAX_CLIMB):
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in hypothetical for c in token.children):
            return True
        if token.dep_ not in ("xcomp", "conj", "pcomp", "pobj", "prep", "dobj", "attr") or token.head is token:
            return False
        token = token.head
        if token.lemma_.lower() in denials:
            return True
    return False


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


def _mention_of(sentence: Span, mentions: list[Mention]) -> dict[int, Mention]:
    """Each token of the sentence that lies inside one of the mentions, by index; not a mention a prefix turns
    against or away from what it names ("anti-coalition forces" are no coalition forces)."""
    text = text_of(sentence.doc)
    mentions = [m for m in mentions if not AGAINST_PREFIX.search(text, max(0, m.start - 12), m.start)]
    out: dict[int, Mention] = {}
    for token in sentence:
        for mention in mentions:
            if mention.start <= token.idx < mention.end:
                out[token.i] = mention
                break
    return out


def _named(token: Token, at: dict[int, Mention], kind_of: Callable[[Mention], str],
           partitive: frozenset[str] = frozenset(), workplace: frozenset[str] = frozenset()) -> list[Mention]:
    """The mentions a word and its conjuncts name: the word's own, else one of a name compounded with it ("Houthi
    fighters"; not an adjective: "the Sudanese delegation, headed by X" is no tie to Sudan), else the name the
    word stands for as a common noun (``described_name``), else, for a noun of ``partitive``, the people named by
    common words that its "of" gathers ("a group of experts, led by X": X leads the experts; not "a delegation of
    Hamas officials", whose head leads no Hamas). A name compounded into a noun of ``workplace`` names where the
    workplace is ("the head of a Khartoum hospital" leads no Sudan: docs/annotation.md, heads of workplaces)."""
    out: list[Mention] = []
    for word in (token, *_conjuncts(token)):
        mention = at.get(word.i) or next((at[c.i] for c in word.children if c.dep_ == "compound" and c.i in at
                                          and word.lower_ not in workplace), None)
        if mention is None:  # "X is an armed group allied with Y": the group is X
            mention = described_name(word, at, kind_of)
        if mention is None and word.lemma_.lower() in partitive:
            mention = next((at[p.i] for prep in word.children if prep.dep_ == "prep" and prep.lower_ == "of"
                            for p in prep.children if p.dep_ == "pobj" and p.i in at
                            and at[p.i].text.islower()), None)
        if mention is not None and mention not in out:
            out.append(mention)
    return out


def described_name(word: Token, at: Mapping[int, Mention], kind_of: Callable[[Mention], str]) -> Mention | None:
    """The named actor a common noun stands for, where the parse makes the two one: a predicate nominal ("the
    Arakan Army is an ethnic armed group", "Kataib Hezbollah became a faction of ...") or an apposition ("the Fano,
    an Amhara militia allied with the army"). The one rule for both readers of such a noun: the relation stage's
    bodies named by common words (relations.py) and the parse's constructions (``_named``).

    The noun is a common one in lower case (not "al-Qaeda", a name); the name is a proper noun inside a mention
    (``at``: the mention of each word), or compounded into a common noun outside any ("the Nour al-Din al-Zinki
    movement, a rebel group"), not one common noun for another. A noun inside a mention names a body ("an
    Iran-backed militia"): it stands for no person, state or medium (a person "is a militia commander" is no
    militia). A noun outside any mention may stand for any name, the kinds being the cue's to check ("Hemedti, a
    warlord backed by the UAE"; "Mali, a country allied with Russia")."""
    if word.pos_ != "NOUN" or not word.text.islower():
        return None
    if word.dep_ == "attr" and word.head.lemma_ in COPULAS:
        name = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
    elif word.dep_ == "appos":
        name = word.head
    else:
        return None
    named = at.get(name.i) if name is not None and name.pos_ == "PROPN" else None
    if named is None and name is not None and name.pos_ == "NOUN" and name.i not in at:
        # "the Nour al-Din al-Zinki movement, a rebel group backed by ...": a common noun the name is compounded into
        named = next((at[c.i] for c in name.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i in at),
                     None)
    if named is None or word.i in at and kind_of(named) in NOT_DESCRIBED:
        return None
    return named


def _conjuncts(token: Token) -> Iterator[Token]:
    """The conjuncts after the word, which share its tie ("backed by Iran and Hezbollah"): spaCy's
    ``Token.conjuncts`` less those before it. For the first conjunct, the one the parse hangs a tie's word on, that
    is all of them; for a later one the parse took for a party ("the police and militias loyal to Haftar", with
    "loyal" on "militias"), the ones before it are not said to share what qualifies it."""
    return (c for c in token.conjuncts if c.i > token.i)
