"""Who spoke: the actor a claim's speaker phrase names or points back at (docs/pipeline.md, *Speakers*).

A name in the phrase; a lone surname of someone named in full; a pronoun, a description ("the commander", "the
Foreign Secretary", "rebel spokesmen") or a document ("the statement") pointing back; none where the phrase names
several speakers or only qualifies its head with a body ("Opponents of President Assad").
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from spacy.tokens import Span, Token

from ..knowledge import Knowledge
from ..model import Mention
from . import DocContext
from .relations import actor_mentions
from .relations_stated import actor_kind
from .speaker_descriptions import (
    described_speaker,
    document_owner,
    epithet,
    group_named_before,
    last_body_speaker,
    last_speaker,
    named_after_lede,
    named_with,
    owner_before,
)
from .speaker_phrases import (
    anonymous_group,
    in_clause_of,
    in_modifier,
    is_one_of,
    mention_at,
    nameless,
    qualified,
    several,
)
from .speaker_pronouns import (
    continues_nameless,
    is_subject,
    many_before,
    previous_speaker,
    pronoun_person,
    salient_subject,
    unknown_name,
)

PLACE_BEFORE = re.compile(r"\b(?:in|at|near|inside|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)


def resolve_speaker(
    ctx: DocContext, span: Span, head: Token | None, lexicon: dict[str, Any], body_words: Collection[str],
    in_quote: bytearray, spoken: list[tuple[int, str]], referred: dict[str, str] | None = None,
) -> str | None:
    """The speaker's actor: a name in the span, else what a pronoun or a description points back at. ``body_words``
    are the nouns of bodies and groups (``body_nouns``, made once per document). ``referred`` holds the gender of
    the pronoun each person was already referred to by ("Const. Jason X said ... He said ..."): a pronoun of the
    other gender does not point back at them."""
    mentions = [m for m in actor_mentions(ctx) if m.start < span.end_char and span.start_char < m.end]
    if head is not None:  # "The task force, headed by former minister Anne McLellan, said": the task force speaks
        mentions = [m for m in mentions if not in_clause_of(head, m)]
    # "The junta-controlled newspaper Global New Light of Myanmar reported": a name hyphened to a participle of
    # holding or backing (`qualifier_after`) qualifies the speaker; where another name is there, it is not the
    # speaker (docs/annotation.md, *Claims*: a news agency's report is the agency's; audit k28r)
    qualifying = re.compile(lexicon.get("qualifier_after") or r"(?!)")
    unqualified = [m for m in mentions if not qualifying.match(ctx.document.text, m.end)]
    if unqualified:
        mentions = unqualified
    if head is not None and several(head, span, mentions):
        return None  # "Turkey and activists on the ground accused ...": a claim has one speaker
    if head is not None and nameless(head, mentions, lexicon):
        return None  # "a police official who asked not to be named": someone new, not the official named before
    named = mention_at(ctx, head)
    if head is not None and named is not None and anonymous_group(ctx, head, named, lexicon):
        mentions = [m for m in mentions if m is not named]  # "Experts say": a group, but no one identifiable
        named = None
    if head is not None and is_one_of(head, lexicon["apart_from"]) and (named is None or qualified(head, mentions)):
        # The collective such a head makes ("Opponents of President Assad": an actor of the events they do) is no
        # one identifiable speaking (docs/annotation.md, *Claims*)
        mentions = [m for m in mentions if not m.start <= head.idx < m.end]
        named = None
    if head is not None and (named is None or named.type != "PERSON"):
        # "London police Const. Kim Flett said", "The victim's sister, Kataraina Paterson, said": a person's name in
        # apposition to the head is who speaks, not the body or the description the parse took for the head.
        for child in head.children:
            person = mention_at(ctx, child) if child.dep_ == "appos" else None
            if person is not None and person.type == "PERSON" and span.start_char <= child.idx < span.end_char:
                return person.actor
    if named is not None:
        return named.actor
    if head is not None and not any(m.type == "PERSON" for m in mentions):
        introduced = named_after_lede(ctx, head, lexicon, body_words)
        if introduced:
            return introduced
    before = [m for m in actor_mentions(ctx) if m.end <= span.start_char and not in_quote[m.start]]
    words = [t for t in span if not t.is_punct]
    root = head.lower_ if head is not None else (words[-1].lower_ if words else "")
    if len(words) == 1 and words[0].is_title and root not in lexicon["person_pronouns"] + lexicon["group_pronouns"]:
        # "Baylous said": the surname of someone named in full
        surname = " " + words[0].text
        person = next((m for m in reversed(before) if m.type == "PERSON" and m.text.endswith(surname)), None)
        if person is not None:
            return person.actor
    if len(words) == 1 and root in lexicon["person_pronouns"]:
        if continues_nameless(ctx, span, lexicon):
            return None  # "One Edmonton resident who called in questioned ... '...,' he said."
        gender = lexicon["pronoun_genders"].get(root)
        people = [m for m in before if actor_kind(ctx.knowledge, m) == "person"
                  and (referred or {}).get(m.actor or "", gender) == gender]
        last = previous_speaker(ctx, spoken, span)
        if last is not None and actor_kind(ctx.knowledge, last) == "person":
            if (referred or {}).get(last.actor or "", gender) == gender:
                return last.actor  # "..., according to Baylous. He said the pair ...": the attribution goes on
        elif last is not None and unknown_name(ctx, last):
            return None  # "Uber's vice-president ... Anthony Levandowski [read as a company] said ... he told": not
            # the person named before him
        return pronoun_person(ctx, span, people)
    # "it added", "the report found": the body that spoke last, else the last body named.
    if len(words) == 1 and root in lexicon["group_pronouns"]:
        if root == "they" and many_before(ctx, span):
            return None  # "The Hains live on a farm ..., and they believe": several people
        body = last_speaker(ctx, spoken, span.start_char, ("person", "state"))
        if root == "it":  # "it said": a body named in the singular, not "the assailants"
            before = [m for m in before if not _plural(ctx, m)]
        bodies = [m for m in before if actor_kind(ctx.knowledge, m) not in ("person", "state")]
        if root == "it" and body is not None:
            return body
        return salient_subject(ctx, span, bodies) or body or (bodies[-1].actor if bodies else None)
    if head is not None and not mentions and head.lemma_.lower() in lexicon["speaks_for"] and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
        # "its spokesman said": the body that spoke last, else the last body that was a subject, else named
        body = last_speaker(ctx, spoken, span.start_char, ("person", "state"))
        subjects = [m for m in before if head.idx - m.start < 400 and is_subject(ctx, m)]
        bodies = lambda kind: kind not in ("person", "state")  # noqa: E731
        return body or _last(ctx, subjects, bodies) or _last(ctx, before, bodies)
    if head is not None and head.lemma_.lower() in lexicon["document_words"]:
        # A report is a body's, not an outlet's that cites it.
        definite = any(t.lower_ in ("the", "this", "that", "its", "their", "his", "her") for t in head.lefts)
        by = [m for m in mentions if any(p.dep_ == "prep" and p.lower_ in ("by", "from") and
                                         p.idx < m.start < p.right_edge.idx + 1 for p in head.children)]
        if by:  # "a statement by Jordan's Public Security Directorate": the body after "by", not the state
            return by[-1].actor
        owner = owner_before(ctx, head, mentions)
        if owner:  # "Human Rights Watch's report", "a UN report": the body the report is of
            return owner
        possessor = next((c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if possessor is not None and not mentions:
            # "The ministry's statement said": the ministry said it, whoever "the ministry" points back at
            whose = ctx.doc[possessor.left_edge.i:possessor.i + 1]
            return resolve_speaker(ctx, whose, possessor, lexicon, body_words, in_quote, spoken, referred)
        owner = document_owner(ctx, head) if definite else None
        if owner:  # "In a statement ..., Mr Trump accused ... 'The people have spoken,' the statement said."
            return owner
        return last_speaker(ctx, spoken, span.start_char, ("person", "state", "media")) if definite else None
    # "the commander", and a title written as a name ("the Foreign Secretary"): who was introduced so.
    if head is not None and (head.pos_ == "NOUN" or head.pos_ == "PROPN" and not mentions
                             and any(t.lower_ == "the" for t in head.lefts)):
        described = described_speaker(ctx, head, before, lexicon, spoken, bool(mentions))
        if described:
            return described
        named = named_with(ctx, head, before, lexicon) if not mentions else None
        if named:
            return named
        if not mentions and head.lower_ in lexicon["body_voices"] and any(
                t.lower_ == "the" and t.dep_ == "det" for t in head.lefts) and not any(
                c.dep_ in ("prep", "poss", "compound", "amod", "appos") for c in head.children):
            # "Instagram confirmed ... The spokesperson added": the voice of the body that spoke last (bug)
            return last_body_speaker(ctx, spoken, span.start_char)
        if not mentions and epithet(head, lexicon):
            # "the real estate mogul added", "the Arizona Republican asked": news names the person a passage is
            # about again by a description it never introduced; it points back as "he" would (c24 pass).
            if continues_nameless(ctx, span, lexicon):
                return None
            return salient_subject(ctx, span, [m for m in before if actor_kind(ctx.knowledge, m) == "person"])
    speaks = head is not None and is_one_of(head, lexicon["speaks_for"])
    # (a capitalized "Opponents" the parse takes for a proper noun is still the common noun)
    if head is not None and (head.pos_ == "NOUN" or head.lower_ in lexicon["apart_from"]) and mentions \
            and all(in_modifier(head, m, lexicon, speaks) for m in mentions):
        return None  # "Opponents of President Assad said": not Assad
    if head is not None and not mentions and head.lemma_.lower() in lexicon["speaks_for"]:
        group = group_named_before(head, before)  # "Three rebel spokesmen said": the rebels named before
        if group:
            return group
    # A state named as where the speaker is ("the highest official of religious law in Egypt") is not the speaker,
    # unless the head speaks for it ("Officials in Kenya said").
    mentions = [m for m in mentions if speaks or not (m.type == "GPE" and PLACE_BEFORE.search(
        ctx.document.text[max(0, m.start - 12):m.start]))]
    people = [m for m in mentions if m.type == "PERSON"]
    if not people and speaks and head is not None:
        # "An Iranian Red Crescent official": the body named right before the head is the one it speaks for; the
        # state's adjective before that only qualifies the body
        bodies = [m for m in mentions if m.type not in ("NORP", "GPE") and m.end <= head.idx
                  and not ctx.document.text[m.end:head.idx].strip()]
        if bodies:
            return bodies[-1].actor
    return (people or mentions)[0].actor if mentions else None


def body_nouns(knowledge: Knowledge, lexicon: dict[str, Any]) -> set[str]:
    """The nouns that name a body or a group, not one person: collectives.yaml's group heads, state bodies and
    institutions, and speech.yaml's ``member_bodies`` with their members' words."""
    collectives = knowledge.lexicon("collectives")
    bodies = {w for key in ("state_bodies", "group_heads", "group_heads_qualified", "head_words")
              for w in collectives.get(key, ())} | set(collectives.get("state_institutions", {}) or ())
    return bodies | set(lexicon["member_bodies"]) | {w for ws in lexicon["member_bodies"].values() for w in ws}


def _plural(ctx: DocContext, mention: Mention) -> bool:
    root = ctx.mention_root(mention)
    # A plural common noun ("the assailants"); a name is one body even when plural in form ("the United Nations").
    return root is not None and root.tag_ == "NNS"


def _last(ctx: DocContext, before: list[Mention], fits: Any) -> str | None:
    return next((m.actor for m in reversed(before) if fits(actor_kind(ctx.knowledge, m))), None)
