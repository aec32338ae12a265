"""Find lasting ties between actors (backs, part_of, leads, ...) where the text states them."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..core.identity import merge_relations as merge
from ..gazetteer import Gazetteer
from ..knowledge import Knowledge, normalize_name
from ..model import ACTOR_TYPES, Evidence, Mention, Relation
from . import CorpusContext, DocContext, factory, stage
from .relations_bodies import definite_bodies, unnamed_spokespeople, workplaces
from .relations_cues import compile_cues
from .relations_names import described_names, group_titled, implied, party_appositions
from .relations_offices import people_by_start, place_offices
from .relations_parse import fight_bystander, parse_ties
from .relations_parse_cues import ParseCue
from .relations_possessive import possessive_parts, possessive_pronouns, pronoun_subject
from .relations_roles import (
    actors_only,
    describes_apposition,
    direct_object,
    modifies_noun,
    singular_apposition,
    verb_object,
)
from .relations_stated import actor_kind, kind_options, kinds_fit, medium_by_noun, part_head, stated

PARAGRAPH_BREAK = re.compile(r"\n\s*")  # a headline, a dateline, a paragraph: each line stands alone
BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")


def sentence_bounds(ctx: DocContext, char: int) -> tuple[int, int]:
    """The sentence holding ``char`` (the pipeline starts a sentence at every line break)."""
    return ctx.sentence_at(char)


def actor_mentions(ctx: DocContext) -> list[Mention]:
    return [m for m in ctx.mentions if m.actor and m.type in ACTOR_TYPES]


@factory("relations", requires=("mentions", "actor-ids"), provides=("relations",))
class FindRelations:
    """Relations stated in each sentence: implied by collective names, then matched by the lexicon's cues.

    The lexicon's cues are compiled once, when the stage is made.
    """

    def __init__(self, knowledge: Knowledge, gazetteer: Gazetteer) -> None:
        self.cues = compile_cues(knowledge)
        self.knowledge = knowledge
        self.demonyms = {normalize_name(d): r.id for r in knowledge.states() for d in r.demonyms}

    def owner(self, name: str) -> str | None:
        """The actor a name in a hyphenated compound stands for: an alias ("U.S.-led"), or a state's demonym
        ("Saudi-led", "Turkish-backed", "Rwandan-backed")."""
        return self.knowledge.find(name) or self.demonyms.get(normalize_name(name))

    def __call__(self, ctx: DocContext) -> None:
        text = ctx.document.text
        cues = self.cues
        found: dict[tuple[str, str, str], list[Evidence]] = {}

        def add(subject: str, predicate: str, obj: str, char: int) -> None:
            if subject == obj:
                return
            start, end = sentence_bounds(ctx, char)
            evidence = found.setdefault((subject, predicate, obj), [])
            if all(e.start != start for e in evidence):
                evidence.append(Evidence(ctx.document.id, start, end, text[start:end]))

        mentions = actor_mentions(ctx)
        # "Kataib Hezbollah is an Iran-backed militia", "the Fano, an Amhara militia allied with ...": a body
        # described by a common noun in a copula or an apposition is the named one, which takes its ties
        described = described_names(ctx, mentions)
        for mention in mentions:
            named = described.get(mention.start)
            for subject, predicate, obj in implied(ctx.knowledge, mention, self.owner):
                if named is not None:
                    subject, obj = (named if x == mention.actor else x for x in (subject, obj))
                add(subject, predicate, obj, mention.start)
        mentions = [replace(m, actor=described[m.start]) if m.start in described else m for m in mentions]
        starts = {m.start: m for m in mentions}
        for regex, predicate, not_kind in cues.prefixes:
            for match in regex.finditer(text):
                owner, target = self.owner(match["name"]), starts.get(match.end())
                kind = medium_by_noun(cues, text[target.end:target.end + 40], actor_kind(ctx.knowledge, target)) \
                    if target and target.actor else None
                if owner and kind is not None and kind not in not_kind:
                    add(owner, predicate, target.actor, match.start())
        # "the SDF, a U.S.-backed alliance of Kurdish and Arab fighters", "the Sultan Murad Division is a Turkish-backed
        # faction"
        for mention in mentions:
            for regex, predicate in cues.appositive:
                match = regex.match(text[mention.end:mention.end + 80])
                owner = self.owner(match["name"]) if match else None
                if owner and mention.actor and owner != mention.actor:
                    add(owner, predicate, mention.actor, mention.start)
        for person, predicate, body, char in group_titled(ctx, cues, mentions):
            add(person, predicate, body, char)
        for person, body, char in party_appositions(ctx, mentions):
            add(person, "member_of", body, char)
        offices = place_offices(ctx.knowledge)
        people = people_by_start(mentions) if offices is not None else {}
        # "South Carolina Governor Nikki Haley", "Mike Pence, the governor of Indiana" (pipeline/relations_offices.py);
        # not a place a known actor stands for: "Mogadishu Mayor X" does not lead Somalia, whose capital names its
        # government elsewhere
        places = [m for m in mentions if m.type == "GPE" and m.actor and ctx.knowledge.get(m.actor) is None]
        for official, predicate, place in offices.ties(text, places, people) if offices else []:
            add(str(official.actor), predicate, str(place.actor), place.start)
        kind_of = lambda m: actor_kind(ctx.knowledge, m)  # noqa: E731

        def body_words(mention: Mention) -> set[str]:
            """The words of a body's mention and of its actor's name in the knowledge base, lower case."""
            record = ctx.knowledge.get(str(mention.actor))
            names = f"{mention.text} {record.name}" if record is not None else mention.text
            return {w.lower().strip(".,’'") for w in names.split()}

        def fits(cue: ParseCue, subject: Mention, obj: Mention) -> int | None:
            """0 where the kinds fit as they are, 1 only with a body's name read as a person's, else None."""
            subjects = kind_options(ctx.knowledge, subject, kind_of(subject), cues.bodies)
            objects = kind_options(ctx.knowledge, obj, kind_of(obj), cues.bodies)
            fitting = [(s, o) for s in subjects for o in objects if kinds_fit(cue, s, o)
                       and (cue.predicate != "part_of" or o in cues.part_of_kinds.get(s, [o]))]
            return None if not fitting else 0 if fitting[0] == (subjects[0], objects[0]) else 1

        for part, predicate, body, char in possessive_parts(ctx, cues.possessive, mentions, kind_of,
                                                            cues.part_of_kinds):
            add(part, predicate, body, char)
        for sentence in ctx.doc.sents:
            # A line break inside a parsed sentence is a hard-wrapped line (the parse starts a sentence at every
            # other one, nlp.line_breaks): the sentence goes on; only a blank line still parts it.
            bounds = [sentence.start_char] + [m.end() for m in BLANK_LINE.finditer(text, sentence.start_char,
                                                                                    sentence.end_char)]
            for start, end in zip(bounds, bounds[1:] + [sentence.end_char], strict=False):
                inside = [m for m in mentions if start <= m.start and m.end <= end]
                inside = actors_only(cues, text, inside)
                pronoun = pronoun_subject(ctx, start, mentions, kind_of, cues.pronouns)
                # (a described pronoun, "The paramilitary group", stands in place of the unnamed body its words make)
                inside = [pronoun, *(m for m in inside if m.start >= pronoun.end)] if pronoun is not None else inside
                # "He" / "She" for the person subject before is read only by the parse, whose constructions name
                # their subject ("He was a commander of Y"), not by cues with a free gap after it.
                person = None if pronoun is not None else pronoun_subject(ctx, start, mentions, kind_of,
                                                                          frozenset(), cues.people)
                owners = possessive_pronouns(ctx, start, end, mentions, kind_of, cues.its)
                # ("a spokesperson for the foundation": the one foundation named before)
                owners += definite_bodies(ctx, start, end, mentions, cues.definite, kind_of)
                inside = sorted([*inside, *owners], key=lambda m: m.start) if owners else inside
                modifiers = {m.start for m in inside if modifies_noun(ctx, m)}
                describing = {m.start for m in inside if describes_apposition(ctx, m)}
                objects = {m.start for m in inside if verb_object(ctx, m)}
                direct = {m.start for m in inside if direct_object(ctx, m)}
                bystanders = {m.start for m in inside if fight_bystander(ctx.mention_root(m), cues.parse)}
                apposed = {m.start: at for m in inside if (at := singular_apposition(ctx, m)) is not None}
                # "Superintendent X of the Granite School District", "the church's pastor, X" (relations_bodies.py)
                for person, body in cues.body_heads.ties(text, [m for m in inside if m.type == "PERSON"],
                                                         [m for m in inside if m.type == "ORG"], body_words):
                    add(str(person.actor), "leads", str(body.actor), person.start)
                for subject, predicate, obj in stated(ctx.knowledge, cues, text[start:end], start, inside, modifiers,
                                                       describing, objects, apposed, bystanders, direct):
                    add(subject, predicate, obj, inside[0].start)
                parsed = [person, *inside] if person is not None else inside
                for subject_mention, predicate, obj_mention in parse_ties(sentence, cues.parse, parsed, fits,
                                                                                 kind_of):
                    predicate = part_head(cues, predicate, kind_of(subject_mention), text[obj_mention.end:end],
                                           kind_of(obj_mention))
                    if predicate is not None:
                        add(str(subject_mention.actor), predicate, str(obj_mention.actor), subject_mention.start)
        # "Spokeswoman X said": the body the document is about (relations_bodies.py)
        speaking = {s for (s, p, _) in found if p == "spokesperson_for"}
        for person, body in unnamed_spokespeople(ctx, mentions, cues.spokes, kind_of, speaking):
            add(str(person.actor), "spokesperson_for", str(body.actor), person.start)
        # "X, the prime minister of Y", "Gen. X, commander of Y": a head's title also reads as a member's ("minister",
        # "commander" are both); the sentence that makes X the head states that tie, not a second one
        # (docs/annotation.md, *Relations*: "X, head of Z" the head)
        for (subject, predicate, obj), evidence in list(found.items()):
            heads = {e.start for e in found.get((subject, "leads", obj), [])}
            if predicate == "member_of" and heads:
                evidence[:] = [e for e in evidence if e.start not in heads]
                if not evidence:
                    del found[subject, predicate, obj]
        # "Fernando Suarez, who heads the King Juan Carlos University": a post at a business, a school or a hospital
        # is no tie (docs/annotation.md, *Heads of workplaces*)
        # (relations_bodies.py)
        places_of_work = workplaces(ctx, cues.parse.workplace)
        ctx.relations = [Relation(s, p, o, ev) for (s, p, o), ev in found.items()
                         if not (p in ("leads", "member_of") and o in places_of_work)]


@stage("relation-merge", requires=("relations",), provides=("relation-merge",), scope="corpus")
def merge_relations(corpus: CorpusContext) -> None:
    """One relation per (subject, predicate, object) across the bundle, with all its evidence in order."""
    relations = merge([r for ctx in corpus.docs for r in ctx.relations])
    corpus.relations = with_actors(corpus, relations)


def with_actors(corpus: CorpusContext, relations: list[Relation]) -> list[Relation]:
    """The relations, every actor they name in the bundle's actors: a state that a name only implies ('Iran' in
    'Iran-backed militias', never named alone) is added from the knowledge base; a relation naming an actor
    neither holds is left out. (A relation naming no listed actor is an invalid bundle, refused by a store.)"""
    from .actors import actor_from_knowledge

    actors = corpus.actors
    listed = {a.id for a in actors}
    missing = sorted({x for r in relations for x in (r.subject, r.object)} - listed)
    added = [actor_from_knowledge(corpus.knowledge, x, Counter())
             for x in missing if corpus.knowledge.get(x) is not None]
    if added:
        actors[:] = sorted([*actors, *added], key=lambda a: a.id)
        listed |= {a.id for a in added}
    return [r for r in relations if r.subject in listed and r.object in listed]
