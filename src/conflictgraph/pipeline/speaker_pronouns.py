"""Who a speaker pronoun points back at: the subject it continues, the speaker who spoke last, or no one where it
continues someone unnamed or a name the entity model mistyped."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Span

from ..model import Mention
from . import DocContext, char_mask
from .claim_quotes import QUOTE
from .relations import actor_mentions
from .speaker_phrases import mention_at, nameless, under

SALIENCE_SENTENCES = 3  # sentences back in which a pronoun still looks for the person a sentence was about


def salient_subject(ctx: DocContext, pronoun: Span, people: list[Mention]) -> str | None:
    """The one a pronoun subject continues: the subject of its own sentence before it ("Hickson said he ..."),
    else of the nearest sentence before that has a person for subject ("Bob Katter is the Federal Member for
    Kennedy. He says ..."), not the last person merely named there (the victim of "X stabbed Mr Paterson. He
    said ..."). Sentences that are only quotes have no such subject and are passed over. Likewise "it" and "they"
    for the body a sentence was about (``people`` holds the candidates)."""
    for sentence in _back_from(ctx, pronoun):
        subjects = [m for m in people if sentence.start_char <= m.start < sentence.end_char
                    and is_subject(ctx, m) and m.end <= pronoun.start_char]
        if subjects:
            return subjects[0].actor  # the main clause's subject comes first
    return None


def pronoun_person(ctx: DocContext, pronoun: Span, people: list[Mention]) -> str | None:
    """The person "he" or "she" stands for: the subject it continues (``salient_subject``), else the last person
    named (``people``); but no one where, on the way back, a sentence with no person for subject has for its main
    subject a name that no person and no body of the knowledge base holds ("Since meeting Mayor Brita Hagi Hasan in
    Paris, Hidalgo has helped ... She sent a letter": the entity model read Hidalgo as a place). Such a subject is
    most likely the one the pronoun continues, a person the model did not type, and the person named further back
    (the mayor met) is a guess a reader would not make: a wrong party is worse than none."""
    for sentence in _back_from(ctx, pronoun):
        subjects = [m for m in people if sentence.start_char <= m.start < sentence.end_char
                    and is_subject(ctx, m) and m.end <= pronoun.start_char]
        if subjects:
            return subjects[0].actor
        if _unknown_name_subject(ctx, sentence, pronoun):
            return None
    return people[-1].actor if people else None


def previous_speaker(ctx: DocContext, spoken: list[tuple[int, str]], pronoun: Span) -> Mention | None:
    """The mention of the speaker who spoke last before a speaker pronoun, where that was in the pronoun's sentence or
    the one before ('..., according to Baylous. He said': news goes on with the attribution it has made)."""
    before = [(start, actor) for start, actor in spoken if start < pronoun.start_char]
    if not before:
        return None
    start, actor = before[-1]
    sentence = pronoun.sent
    previous = ctx.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    if start < previous.start_char:
        return None
    return next((m for m in ctx.mentions if m.actor == actor and start <= m.start < pronoun.start_char), None)


def unknown_name(ctx: DocContext, mention: Mention) -> bool:
    """Whether a mention is a proper name, typed a body or a place, that no actor of the knowledge base holds and
    the statistical model did not read as a place either ("Hidalgo", tagged ORG and made a place by the gazetteer;
    not "Texas")."""
    if mention.type not in ("GPE", "ORG", "NORP") or not mention.text[:1].isupper() or (
            mention.actor and ctx.knowledge.get(mention.actor) is not None):
        return False
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return mention.type != "GPE" or span is None or span.root.ent_type_ not in ("GPE", "LOC", "FAC")


def many_before(ctx: DocContext, pronoun: Span) -> bool:
    """Whether the nearest subject before a speaker's "they", in its sentence or the one before, names several
    speakers: a coordination ("Niger, Mali and Burkina Faso left ECOWAS. They said") or a plural name of persons ("The
    Hains live on a farm ..., and they believe"). A claim has one identifiable speaker (docs/annotation.md, *Claims*),
    and "they" stands for what it points at."""
    sentences = [pronoun.sent] + ([ctx.doc[pronoun.sent.start - 1].sent] if pronoun.sent.start > 0 else [])
    for sentence in sentences:
        subjects = [t for t in sentence if t.i < pronoun.start and t.dep_ in ("nsubj", "nsubjpass")
                    and t.pos_ != "PRON" and t.tag_ not in ("WP", "WDT", "DT", "EX")]
        if not subjects:
            continue
        subject = subjects[-1]
        mention = mention_at(ctx, subject)
        if any(c.dep_ == "conj" for c in subject.children):
            return True
        if subject.tag_ == "NNPS" and (mention is None or mention.type == "PERSON"):
            return True  # "The Hains": a family named by its surname
        return False
    return False


def _unknown_name_subject(ctx: DocContext, sentence: Span, pronoun: Span) -> bool:
    """Whether the main subject of a sentence, before the pronoun and outside quotation marks, is a proper name that
    no person mention and no actor of the knowledge base holds (a name the entity model mistyped or missed)."""
    quoted = _quoted(ctx)
    for token in sentence:
        if token.i >= pronoun.start or token.dep_ not in ("nsubj", "nsubjpass") or token.head.i != sentence.root.i:
            continue
        if token.pos_ != "PROPN" or quoted[token.idx]:
            return False
        name = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token]
        start, end = min(t.idx for t in name), token.idx + len(token)
        if any(m.type == "PERSON" and m.start < end and start < m.end for m in ctx.mentions):
            return False  # a person's name the model cut ("Aung San" of "Aung San Suu Kyi")
        mention = next((m for m in ctx.mentions if m.start <= token.idx < m.end), None)
        if mention is None and any(m.type == "PERSON" and token.text in m.text.split() for m in ctx.mentions):
            return False  # a part of a person's name the model did not tag here ("Amber spent ...")
        if mention is None:
            return token.is_title and token.ent_type_ in ("", "PERSON", "GPE", "ORG", "NORP")
        return unknown_name(ctx, mention)
    return False


def _back_from(ctx: DocContext, pronoun: Span) -> Iterator[Span]:
    """The pronoun's sentence, then the ones before it, as far as a pronoun looks back (SALIENCE_SENTENCES). A
    sentence whose subject is the same pronoun goes on about the same one ("He has met ... He says ... '...,' he
    said."): it costs nothing of the way back."""
    sentence, budget = pronoun.sent, SALIENCE_SENTENCES + 1
    word = pronoun.root.lower_
    quoted = _quoted(ctx)
    while budget > 0:
        yield sentence
        if sentence.start == 0:
            return
        if not any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ == word for t in sentence) \
                and not all(quoted[t.idx] for t in sentence if t.is_alpha):
            budget -= 1  # (a sentence all inside a quotation, '"He is a world class player."', tells no one)
        sentence = ctx.doc[sentence.start - 1].sent


def _quoted(ctx: DocContext) -> bytearray:
    """Which characters of the document lie inside a pair of quotation marks (as the claims stage pairs them);
    found once per document and kept in ``ctx.quoted`` (every pronoun's way back reads it)."""
    if ctx.quoted is None:
        text = ctx.document.text
        ctx.quoted = char_mask(len(text), (match.span() for match in QUOTE.finditer(text)))
    return ctx.quoted


def continues_nameless(ctx: DocContext, pronoun: Span, lexicon: dict[str, Any]) -> bool:
    """Whether a personal pronoun continues someone the text never named: the subject it goes on about, found as
    ``salient_subject`` finds it, is an indefinite unnamed speaker ("One Edmonton resident who called in questioned how
    ... '...,' he said."), not a person named by name. Such a pronoun names no one either."""
    people = [m for m in actor_mentions(ctx) if m.type == "PERSON"]
    for sentence in _back_from(ctx, pronoun):
        for token in sentence:
            if token.idx >= pronoun.start_char:
                break
            if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ in lexicon["person_pronouns"]:
                continue
            inside = [m for m in actor_mentions(ctx) if under(token, m)]
            if any(m.start <= token.idx < m.end for m in people):
                return False  # a person named by name
            if token.pos_ == "NOUN" and nameless(token, inside, lexicon):
                return True
    return False


def is_subject(ctx: DocContext, mention: Mention) -> bool:
    """Whether a mention is its clause's subject, or a name in apposition to the subject's head ("The French historian
    Bernard Vincent told ...", "Uber's vice-president ..., Anthony Levandowski, said": the parse makes the title the
    subject and the name its apposition)."""
    span = ctx.mention_span(mention)
    if span is None:
        return False
    root = span.root
    if root.dep_ == "appos" and root.head.i < root.i and not span.start <= root.head.i < span.end:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass") or _said_after(ctx, span)


def _said_after(ctx: DocContext, span: Span) -> bool:
    """Whether a name is the subject of a speech verb that it follows at its sentence's end ("..., said Liberal MP
    Mark Eyking."), which the parse may miss, taking the name's last word for a verb (c27 pass)."""
    doc, k = ctx.doc, span.start - 1
    while k > span.sent.start and doc[k].pos_ == "PROPN":
        k -= 1  # the title before the name ("Liberal MP")
    verbs = ctx.knowledge.lexicon("speech")["verbs"]
    after = doc[span.end] if span.end < len(doc) else None
    return k > span.sent.start and doc[k].lemma_.lower() in verbs and doc[k - 1].is_punct \
        and (after is None or after.text in (".", "!", "?") or after.is_space)
