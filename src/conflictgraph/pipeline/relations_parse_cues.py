"""The parse's relation cues, compiled from the relation lexicon's `parse` entry: the words of each
construction and the words that deny, qualify or bar a tie (relations_parse.py reads them)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..core.alternation import alternation


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
