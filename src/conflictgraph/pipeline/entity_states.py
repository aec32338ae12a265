"""Which state a body belongs to: a force named by a common noun, an office's country, the countries a document
names."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Token

from ..gazetteer import Gazetteer
from ..knowledge import Knowledge, normalize_name
from . import DocContext
from .entity_matchers import Candidate
from .group_states import Institutions, country_in, dominant_country
from .groups import LOCAL, SCOPE, GroupNouns


def _institutions(ctx: DocContext, kept: list[Candidate], institutions: Institutions,
                  gazetteer: Gazetteer) -> list[Candidate]:
    """A state's body named by a common noun alone ("police", "the regime", "opponents of President Assad") is
    that state's, where the text places it: the state of the person or body in its "of" phrase, else the one
    country the places of its sentence lie in, else the country that dominates the document; the knowledge
    base's body of that state under the noun (group_states.Institutions), or, where it lists none, the document's
    own group with that state as its country (``ctx.group_countries``, read by the actors stage)."""
    heads = institutions.heads()
    text, doc = ctx.document.text, ctx.doc
    # a group named by its own common words, not a bare "troops" the groups stage linked to the "coalition
    # troops" named before it
    bare = [c for c in kept if c.source == "group" and c.actor and SCOPE in c.actor
            and text[c.start:c.end].split()[-1].lower() in heads
            and (c.actor.partition(SCOPE)[0] == f"{LOCAL}ORG:{normalize_name(text[c.start:c.end])}"
                 or _trimmed(text, c, institutions))]
    if not bare:
        return kept
    knowledge = ctx.knowledge
    located: list[tuple[Candidate, str, bool]] = []  # (mention, its country, whether a place)
    for c in kept:
        record = knowledge.get(c.actor) if c.actor else None
        name = text[c.start:c.end]
        if record is not None and record.country:
            located.append((c, record.country, record.kind == "state" and name in record.capitals))
        elif c.actor is None and c.type in ("GPE", "LOC", "FAC"):
            place = gazetteer.resolve(name, loose=False)
            if place is not None and place.country and place.level != "country":
                located.append((c, place.country, True))
        elif c.source == "group" and (code := country_in(knowledge, name)) is not None:
            located.append((c, code, False))
    document = dominant_country(Counter(code for _, code, _ in located))
    heads_of_state = _heads_of_state(text, kept, knowledge, institutions.state_titles)
    named = {normalize_name(text[c.start:c.end]): c.actor for c in kept
             if c.source == "group" and c.actor and SCOPE not in c.actor}
    out = []
    resolved: dict[str, str] = {}  # a group's own id -> the state's body it is
    for c in kept:
        if c not in bare:
            out.append(c)
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or span.start > 0 and doc[span.start - 1].lower_ in institutions.adjuncts:
            out.append(c)  # "the regime and other forces": not the state's forces
            continue
        # ("Abiy's government", "Maduro's regime": a governing noun is the state's whoever owns it)
        country = _owner_country(span[-1], located, None if institutions.governs(text[c.start:c.end])
                                 else heads_of_state)
        if country == NOT_THE_STATES:  # "Hemedti's forces": the leader's own men, not Sudan's army
            out.append(c)
            continue
        if country is None:
            sentence = span.sent
            # "The army, backed by Russian mercenaries, attacked Moura": a party in the noun's own modifier is
            # another party (its backer, ally or helper), no clue to whose army it is (neg); a place there still
            # is one ("the junta, blamed for airstrikes on villages in Sagaing")
            aside = _modifier_spans(span[-1])
            others = [(o, code, place) for o, code, place in located
                      if place or not any(a <= o.start < b for a, b in aside)]
            inside = [(code, place) for o, code, place in others if o is not c
                      and sentence.start_char <= o.start < sentence.end_char]
            here = {code for code, place in inside if place}
            country = next(iter(here)) if len(here) == 1 else document if len(others) == len(located) \
                else dominant_country(Counter(code for _, code, _ in others))
            # "The US has 5,200 troops in Iraq": a force beside another state that the sentence names as a
            # party may be that state's; "Turkey accused the regime": a regime or a junta is not the party's
            # beside it, which the text would name
            parties = {code for o, code, place in located if not place and o is not c
                       and sentence.start_char <= o.start < sentence.end_char}
            if parties - {country} if not institutions.governs(text[c.start:c.end]) \
                    else country in parties:
                country = None
        if country is None:
            out.append(c)
            continue
        body = institutions.body(text[c.start:c.end], country, named)
        if body is not None:
            resolved[c.actor] = body  # type: ignore[index]
            out.append(replace(c, actor=body))
        else:
            if institutions.plain(text[c.start:c.end]):
                ctx.group_countries[c.actor] = country
            out.append(c)
    # One actor, one id (docs/annotation.md): the later mentions the groups stage linked to a group that is a
    # state's body ("Myanmar's military junta ... The junta said") are that body too.
    return [replace(c, actor=resolved[c.actor]) if c.actor in resolved else c for c in out]


def _trimmed(text: str, c: Candidate, institutions: Institutions) -> bool:
    """Whether a group's mention is its name less qualifiers that leave it a state's institution
    (``state_institution_qualifiers``): "the junta" linked to the group "military junta", whose own mention a
    known name took ("Myanmar's military junta": the knowledge base's "Myanmar's military")."""
    name = c.actor.partition(SCOPE)[0].removeprefix(f"{LOCAL}ORG:")  # type: ignore[union-attr]
    own = normalize_name(text[c.start:c.end])
    prefix = name.removesuffix(" " + own) if name.endswith(" " + own) else ""
    return bool(prefix) and all(w in institutions.qualifiers for w in prefix.split())


NOT_THE_STATES = ""  # _owner_country: a person who heads no state owns the group ("Hemedti's forces")


def _owner_country(head: Token, located: list[tuple[Candidate, str, bool]],
                   heads_of_state: frozenset[str] | None = None) -> str | None:
    """The country of the person, body or place in a group head's "of" phrase or possessor ("opponents of
    President Bashar Assad", "the army of Mali", "Russia's troops"). A person's possessive ("Hemedti's forces",
    "Haftar's men") makes a group of fighters the state's only where the text titles the person as its head
    (``heads_of_state``: "President Bashar al-Assad's forces", "Assad's forces" after "President Bashar al-Assad");
    else the group is the person's own, no state's (``NOT_THE_STATES``; docs/annotation.md, *Relations*: a leader's
    body is the body he leads, not the state's army). ``heads_of_state`` None: any owner's state (a governing noun,
    "Abiy's government", "Maduro's regime", is the state's whoever owns it)."""
    owners = [c for c in head.children if c.dep_ == "poss"]
    owners += [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
               if g.dep_ == "pobj"]
    for obj in owners:
        start, end = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
        for c, code, _ in located:
            if start <= c.start and c.end <= end:
                if heads_of_state is not None and obj.dep_ == "poss" and c.type == "PERSON" \
                        and c.actor not in heads_of_state:
                    return NOT_THE_STATES
                return code
    return None


# Modifiers of a noun that tell another party beside it: "the army, backed by Russia", "the army, which Russia
# backs", "the army, with Russian help" (neg)
ASIDE_DEPS = ("acl", "relcl")
ASIDE_PREPS = ("with", "alongside")


def _modifier_spans(head: Token) -> list[tuple[int, int]]:
    """The character spans of a noun's participial, relative and "with" modifiers: "the army, backed by Russian
    mercenaries, ..." (neg)."""
    return [(sub[0].idx, sub[-1].idx + len(sub[-1])) for c in head.children
            if c.dep_ in ASIDE_DEPS or c.dep_ == "prep" and c.lower_ in ASIDE_PREPS
            for sub in [list(c.subtree)]]


def _heads_of_state(text: str, kept: list[Candidate], knowledge: Knowledge, titles: re.Pattern[str] | None
                    ) -> frozenset[str]:
    """The people the document titles as a state's head: a known person's mention right after a head of state's title
    ("President Bashar al-Assad", "Russian President Vladimir Putin", "King Abdullah"; relations.yaml
    ``state_leader``, less the bare "leader")."""
    if titles is None:
        return frozenset()
    return frozenset(c.actor for c in kept if c.actor and c.type == "PERSON"
                     and titles.search(text, max(0, c.start - 40), c.start) is not None)


def _countries_named(text: str, mentions: list[Candidate], knowledge: Knowledge, gazetteer: Gazetteer) -> set[str]:
    """The countries of the known actors (not persons: a state, its army, its capital) and of the places the
    gazetteer finds ("Arauca", "Goma") among ``mentions``: context enough for a short name weak without its
    conflict ("The ELN bombed a pipeline in Arauca": other_theatres.yaml weak_aliases and context), or for a
    group's country."""
    out: set[str] = set()
    places: set[str] = set()  # each name resolved once, however often the document writes it
    for c in mentions:
        record = knowledge.get(c.actor) if c.actor else None
        if record is not None and record.country and record.kind != "person":
            out.add(record.country)
        elif c.actor is None and c.type in ("GPE", "LOC") and len(text[c.start:c.end]) > 3:
            places.add(text[c.start:c.end])
    for name in sorted(places):
        if (place := gazetteer.resolve(name, loose=False)) is not None and place.country:
            out.add(place.country)
    return out


def _office_country(c: Candidate, text: str, nouns: GroupNouns, gazetteer: Gazetteer) -> str | None:
    """The country of an office of a place's government (group_offices.py ``_place_officials``: "the governor of
    Borno State", "the mayor of Mariupol"): the country of the place its key names, as the gazetteer knows it (the
    longest tail of the place's words it knows: "Russia's Belgorod region" is Belgorod's); else None."""
    title = text[c.start:c.end].lower()
    if not c.actor or not c.actor.startswith(f"{LOCAL}ORG:{title} of ") or title not in nouns.place_offices:
        return None
    words = c.actor.removeprefix(f"{LOCAL}ORG:{title} of ").partition(SCOPE)[0].split()
    for i in range(len(words)):
        if (place := gazetteer.resolve(" ".join(words[i:]), loose=False)) is not None and place.country:
            return place.country
    return None
