"""Who a description or a document points back at: the person a lede describes, "the commander", "the Foreign
Secretary", "the court", "officers", "its spokesman", "the statement", and the body that spoke last."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from spacy.tokens import Token

from ..model import Mention
from . import DocContext
from .relations import actor_mentions
from .relations_stated import actor_kind
from .speaker_phrases import mention_at
from .speaker_pronouns import is_subject

PERSONAL_PRONOUNS = ("he", "him", "his", "himself", "she", "her", "hers", "herself")
LEDE_SENTENCES = 2  # sentences after an article's first in which the person its lede describes is named
DOCUMENT_WINDOW = 1500  # characters back in which "the statement" still points at a statement named before


def named_after_lede(ctx: DocContext, head: Token, lexicon: dict[str, Any], bodies: Collection[str]) -> str | None:
    """The person an article's first sentence describes without a name and names right after (news style: "The man
    known as Canada's 'Prince of Pot' says he's ... Marc Emery, who operates ..., was arrested"): the first person who
    is the subject of one of the next sentences. Only a singular description of one person by a common noun (not a
    body, a group, a document or an unnamed source) in the first sentence, which refers to that person again as "he"
    or "her" ("says he hopes", "his victim"; c25 pass)."""
    first = next(iter(ctx.doc.sents), None)
    if first is None or not first.start <= head.i < first.end or head.tag_ != "NN" or head.pos_ != "NOUN" \
            or not any(t.dep_ == "det" and t.lower_ in ("the", "a", "an") for t in head.lefts):
        return None
    if not any(t.i > head.i and t.lower_ in PERSONAL_PRONOUNS for t in first):
        return None  # no "he" or "her" shows the description is of a person ("The ministry says ...")
    noun = head.lemma_.lower()
    if noun in bodies or noun in lexicon["document_words"] or noun in lexicon["anonymous_speakers"] \
            or noun in lexicon["apart_from"]:
        return None
    sentence = first
    for _ in range(LEDE_SENTENCES):
        if sentence.end >= len(ctx.doc):
            return None
        sentence = ctx.doc[sentence.end].sent
        people = [m for m in actor_mentions(ctx) if sentence.start_char <= m.start < sentence.end_char
                  and actor_kind(ctx.knowledge, m) == "person" and is_subject(ctx, m)]
        if people:
            return people[0].actor
    return None


def owner_before(ctx: DocContext, head: Token, mentions: list[Mention]) -> str | None:
    """The body named as a document's possessor or as a noun before it ("HRW's report", "a UN report"); not a
    state's adjective ("a Turkish report" names no author)."""
    for mention in reversed([m for m in mentions if m.end <= head.idx and m.type != "NORP"]):
        root = ctx.mention_root(mention)
        if root is not None and root.dep_ in ("poss", "compound") and root.head.i == head.i:
            return mention.actor
    return None


def document_owner(ctx: DocContext, head: Token) -> str | None:
    """Whose is "the statement": the last earlier mention of a document of that word with an owner the parse
    names ("X's statement", "a statement from X", "X said in a statement", "X issued a statement")."""
    doc = ctx.doc
    for token in reversed(doc[:head.i]):
        if head.idx - token.idx > DOCUMENT_WINDOW:
            break
        if token.lemma_.lower() != head.lemma_.lower() or token.pos_ != "NOUN":
            continue
        owners = [c for c in token.children if c.dep_ == "poss"]
        owners += [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("by", "from", "of")
                   for g in p.children if g.dep_ == "pobj"]
        verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
        if token.dep_ in ("pobj", "dobj") and verb.pos_ in ("VERB", "AUX"):
            owners += [c for c in verb.children if c.dep_ == "nsubj"]
        for owner in owners:
            mention = mention_at(ctx, owner)
            if mention is not None:
                return mention.actor
        return None  # the last such document has no owner named
    return None


def last_speaker(
    ctx: DocContext, spoken: list[tuple[int, str]], position: int, not_kinds: tuple[str, ...]
) -> str | None:
    kinds = {m.actor: actor_kind(ctx.knowledge, m) for m in ctx.mentions if m.actor}
    return next((a for start, a in reversed(spoken) if start < position and kinds.get(a) not in not_kinds), None)


def last_body_speaker(ctx: DocContext, spoken: list[tuple[int, str]], position: int) -> str | None:
    """The body that spoke last before a position: an actor of no person's or state's kind, or one the text names as
    a body (an ORG mention: "Instagram", a name the knowledge base does not hold)."""
    kinds = {m.actor: actor_kind(ctx.knowledge, m) for m in ctx.mentions if m.actor}
    bodies = {m.actor for m in ctx.mentions if m.actor and m.type == "ORG"}
    return next((a for start, a in reversed(spoken) if start < position and (
        kinds.get(a) not in ("person", "state") or a in bodies and kinds.get(a) != "state")), None)


def group_named_before(head: Token, before: list[Mention]) -> str | None:
    """The body a word qualifying the head names ("rebel" in "rebel spokesmen"): the last mention before whose
    last word is that word or its plural ("the rebels")."""
    words = {c.lower_ for c in head.children if c.dep_ in ("compound", "amod") and c.is_alpha}
    for mention in reversed(before):
        last = mention.text.split()[-1].lower() if mention.text.split() else ""
        if last in words or last.endswith("s") and last[:-1] in words:
            return mention.actor
    return None


def named_with(ctx: DocContext, head: Token, before: list[Mention], lexicon: dict[str, Any]) -> str | None:
    """A definite description that repeats a word of a body's name points back at that body: "the court" is the
    Court of Criminal Appeals named before, "the ministry" the Ministry of Defence; a bare plural for the members of
    a body ("Officers say", "troops said") is the last body named with the word for it (`member_bodies`: the
    police, the army). Not a person, and not a state: "the country" is no name's word."""
    words = {head.lower_, head.lemma_.lower()}
    definite = any(t.lower_ in ("the", "this", "that") for t in head.lefts)
    if not definite:
        if head.tag_ != "NNS" or any(t.dep_ in ("det", "poss", "nummod", "amod", "compound") for t in head.lefts):
            return None
        words = set(lexicon.get("member_bodies", {}).get(head.lower_, ()))
    for mention in reversed(before):
        if mention.type in ("PERSON", "GPE", "NORP") or actor_kind(ctx.knowledge, mention) in ("person", "state"):
            continue
        if words & {w.lower().strip(".,’'") for w in mention.text.split()}:
            return mention.actor
    return None


def _last_mention(ctx: DocContext, before: list[Mention], fits: Any) -> Mention | None:
    return next((m for m in reversed(before) if fits(actor_kind(ctx.knowledge, m))), None)


def _coordinated_fit(ctx: DocContext, mention: Mention, before: list[Mention], fits: Any) -> bool:
    """Whether a body is coordinated with another body of the kinds a description admits ("Hamas and Fatah", "the
    RSF and the SAF"): the description fits both and points at neither."""
    span = ctx.mention_span(mention)
    if span is None:
        return False
    conjuncts = {t.i for t in span.root.conjuncts}
    return bool(conjuncts) and any(
        m.actor != mention.actor and fits(actor_kind(ctx.knowledge, m)) and (other := ctx.mention_span(m)) is not None
        and other.root.i in conjuncts for m in before)


def epithet(head: Token, lexicon: dict[str, Any]) -> bool:
    """A definite description of a person by a common word ("the real estate mogul", "the Arizona Republican",
    "the 73-year-old"): "the" and a head that names no document, body, office spoken for or group of speakers."""
    noun = head.lemma_.lower()
    return any(t.lower_ == "the" and t.dep_ == "det" for t in head.lefts) and head.tag_ in ("NN", "NNP") \
        and noun not in lexicon["document_words"] and noun not in lexicon["described_speakers"] \
        and noun not in lexicon["speaks_for"] and noun not in lexicon["anonymous_speakers"] \
        and noun not in lexicon["apart_from"] and noun not in lexicon["member_bodies"]


def described_speaker(
    ctx: DocContext, head: Token, before: list[Mention], lexicon: dict[str, Any], spoken: list[tuple[int, str]],
    named: bool,
) -> str | None:
    """'the commander' -> the last person introduced as a commander ('Cmdr. X', 'X, a ... commander');
    'the group' -> the last armed group or organization named."""
    noun = head.lemma_.lower()
    text = ctx.document.text
    kinds = lexicon["described_speakers"].get(noun)
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in head.lefts):
        kinds = None  # "the Emergency Lawyers group": a name of its own, not a description of a body named before
    if kinds and not named:  # "groups like Amnesty International" names its body
        others = tuple(k for k in ("person", "state", "media", "armed_group", "government", "military",
                                   "organization") if k not in kinds)
        # "KH, one of the factions of the PMF, warned ... the group said": the subject, not the last name.
        subjects = [m for m in before if head.idx - m.start < 400 and is_subject(ctx, m)]
        spoke = last_speaker(ctx, spoken, head.idx, others)
        if spoke:
            return spoke
        fits = lambda kind: kind in kinds  # noqa: E731
        found = _last_mention(ctx, subjects, fits) or _last_mention(ctx, before, fits)
        # "Hamas and Fatah signed a deal. The group said": a description two coordinated bodies fit is neither's
        # (as descriptions.link_descriptions leaves it) (bug)
        return None if found is None or _coordinated_fit(ctx, found, before, fits) else found.actor
    titles = {k.lower(): v for k, v in lexicon["role_titles"].items()}
    # "the Foreign Secretary" is the one introduced as "Foreign Secretary X", not as "Secretary of State Y".
    modifiers = {t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod") and t.is_alpha}
    nearest = None  # the last person introduced with the head noun alone, if none has the modifiers too
    for mention in reversed(before):
        if mention.type != "PERSON":
            continue
        ahead = text[max(0, mention.start - 40):mention.start].split()
        roles = {titles.get(w.lower(), w.lower()) for w in ahead[-3:]}
        apposition = re.match(r"\s*,\s*((?:the|a|an)\s[^,;]{0,120})", text[mention.end:])
        if apposition:
            roles |= {w.lower().strip(".") for w in apposition.group(1).split()}
            roles |= {w[:-1] for w in roles if w.endswith("s")}
        if noun in roles and modifiers <= roles:
            return mention.actor
        if noun in roles and nearest is None:
            nearest = mention.actor
    return nearest
