"""Reported speech: what a speech verb or an "according to X" says and who says it, a claim being assembled."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

from . import DocContext, text_of
from .claim_speakers import inverted_subject, speaker_of, subtree
from .relations import PARAGRAPH_BREAK, sentence_bounds

TRIM = " \t\n,;:.—–-“”\"'‘’"


@dataclass
class Found:
    """A claim being assembled: who (a token span), what (a character span), in which sentences."""

    speaker: tuple[int, int] | None  # token span of the speaker as written
    head: Token | None
    start: int
    end: int
    kind: str = "paraphrase"
    sentences: set[tuple[int, int]] = field(default_factory=set)
    # The quoted stretches, in order: a quote interrupted by "he said" is one claim in two parts.
    parts: list[tuple[int, int]] = field(default_factory=list)
    block: bool = False  # a sentence of a quote block, attributed by position
    verb: Token | None = None  # the speech verb, where one says it
    # where the parse's content ran to before the closing "according to X" was cut off: a source there is inside
    # what the speaker says (the innermost speaker's claim)
    reach: int = 0


def _finite(verb: Token) -> bool:
    """Whether a clause is finite: a tensed verb, an auxiliary or modal of its own, or 'that' before it."""
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
        or c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _fronted_content(verb: Token) -> tuple[int, int] | None:
    """'..., a red truck pulled up alongside them, Lt. Michael Baylous said.' and '... after a crash, reported the
    Highway Patrol.': a speech verb that closes its sentence, its speaker after a comma, says what stands before
    the comma, where the parse hangs that on no clause of the verb."""
    doc, sentence = verb.doc, verb.sent
    rest = [t for t in doc[verb.i + 1:sentence.end] if not (t.is_punct or t.is_space)]
    inverted = inverted_subject(verb)
    if inverted is not None:
        rest = [t for t in rest if t.i >= inverted[1]]
        comma = verb.i - 1
    else:
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.left_edge.i == 0:
            return None
        comma = subject.left_edge.i - 1
        if any(t.i > subject.i and t.pos_ in ("VERB", "AUX") for t in doc[subject.i:verb.i]):
            return None
    if rest or comma <= sentence.start or doc[comma].text != "," \
            or any(t.text == ":" for t in doc[verb.i:sentence.end]):
        return None  # (a verb before ':' introduces what follows it: a quote block)
    content = [t for t in doc[sentence.start:comma] if not t.is_punct]
    if len(content) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in content):
        return None  # "Following the update, X said": a phrase, not what was said
    return sentence.start, comma


def _parenthetical_content(verb: Token) -> tuple[int, int] | None:
    """'Girls see the challenges women face, Jansen said, and they hear the abuse.': a speech verb set off by commas
    inside the clause it attributes (the parse hangs it on that clause's verb as a parenthetical, with no content
    of its own) says that clause, in words. Quoted words are left to the quotes (claim_quotes.attach_quotes)."""
    doc, head = verb.doc, verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if verb.dep_ != "parataxis" or head.pos_ not in ("VERB", "AUX") or subject is None \
            or subject.left_edge.i == 0 or doc[subject.left_edge.i - 1].text != "," \
            or subject.right_edge.i + 1 != verb.i or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return None
    start, end = head.left_edge.i, max(head.right_edge.i, verb.right_edge.i) + 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if any(t.text in ("“", "”", '"') for t in doc[start:end]) or end - start < 6:
        return None
    return start, end


def reported(verb: Token, lexicon: dict[str, Any]) -> Found | None:
    """'X said (that) ...', '..., X said', 'X described Y as Z': the speaker and the content clause."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.get("asking_verbs", ()):
        return None  # "asked the UN to send troops": a request; a question it asks is a quote (claim_quotes)
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None  # "gathered outside the cathedral to voice their anger": a purpose, not what was said
    if any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon["act_objects"] for c in verb.children):
        return None  # "Kurdish militants claimed responsibility for the bombings": an act's actor, not a statement
    # (a clause whose verb the parse misread as a particle or an adverb still has its subject: "He says a quarter
    # of donors back out", "back" an adverb; not a small clause, headed by a noun or an adjective: "considered it
    # successful")
    clause = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and (
        c.pos_ in ("VERB", "AUX") or c.dep_ == "ccomp" and c.pos_ in ("ADV", "ADP", "PART")
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]
    if not clause and lemma not in lexicon["clause_only"]:
        # "said in a statement that ...": the parser hangs the clause on the noun; not a verb that only counts with
        # a clause of its own ("agreed with defense claims that ...": the claims' content, not the verb's)
        clause = [t.head for t in verb.subtree if t.dep_ == "mark" and t.lower_ == "that" and t.i > verb.i
                  and t.i - verb.i <= 6 and t.head.pos_ in ("VERB", "AUX") and t.head.dep_ in ("acl", "ccomp")]
    if lemma in lexicon.get("finite_only", ()):  # "they found a woman suffering from stab wounds": a sight
        clause = [c for c in clause if _finite(c)]
    fronted = None if clause else _fronted_content(verb) or _parenthetical_content(verb)
    if clause:
        span = subtree(clause[0])
    elif fronted is not None:
        span = fronted
    elif lemma in lexicon["object_verbs"] and lemma not in lexicon["clause_only"]:
        right = [c for c in verb.rights if c.dep_ in ("dobj", "prep", "advcl", "attr", "oprd", "xcomp")]
        if not right:
            return None
        if lemma in lexicon.get("as_verbs", ()) and not any(
                t.lower_ == "as" and t.dep_ in ("prep", "mark") for c in right for t in c.subtree):
            return None  # "how X described her neighbors": what was spoken of; what it was said to be needs "as"
        span = (min(t.i for c in right for t in c.subtree), max(t.i for c in right for t in c.subtree) + 1)
    else:
        return None
    speaker, head = speaker_of(verb, lexicon)
    doc = verb.doc
    if speaker is None or any(t.is_sent_start for t in doc[min(verb.i, speaker[0]) + 1:max(verb.i, speaker[1] - 1) + 1]
                              if doc[t.i - 1].is_space and "\n" in doc[t.i - 1].text):
        return None  # a speaker on another line is the parser running a headline into the story (a line that a
        # hard-wrapped text only wraps, "... bought, Mr\n Palmer said.", is no other line: nlp.line_breaks)
    start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
    # The parser may run a clause across a blank line; what was said stays in the verb's paragraph.
    for match in PARAGRAPH_BREAK.finditer(text_of(doc), min(start, verb.idx), max(end, verb.idx)):
        after = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if after is not None and not after[0].is_sent_start and match.group().count("\n") < 2:
            continue  # a hard-wrapped line, which the parse runs on (nlp.line_breaks), is no paragraph's end
        if match.end() <= verb.idx:
            start = max(start, match.end())
        else:
            end = min(end, match.start())
    # What was said holds neither its own speaker and verb nor the outer source that reports it: a parse that runs
    # the content over "..., the ministry said, according to Reuters" stops before the speaker, and a closing
    # "according to X" is the attribution of the claim, not its words (docs/annotation.md, *Claims*: the text is the
    # reported content; the speaker is innermost on either side of "according to"; audit k28r).
    reach, first, text = end, min(doc[speaker[0]].idx, verb.idx), text_of(doc)
    after = verb.idx + len(verb)
    if start < first < after < end and _closing_source(text[first:end], lexicon) == after - first:
        end = first  # "A, the ministry said, according to Reuters": A (not a parenthetical "A, X said, B")
    tail = _closing_source(text[start:end], lexicon)
    if tail is not None:
        end = start + tail
    if start >= end:
        return None
    return Found(speaker, head, *strip(text_of(doc), start, end), reach=reach)


def _closing_source(content: str, lexicon: dict[str, Any]) -> int | None:
    """Where a closing ", according to X" (any phrase of `according`, with no comma after it) begins in what a
    speaker says, or None."""
    for phrase in lexicon["according"]:
        match = re.search(rf",\s*{re.escape(phrase)}\s+[^,]+$", content, re.IGNORECASE)
        if match is not None:
            return match.start()
    return None


def strip(text: str, start: int, end: int, that: bool = True) -> tuple[int, int]:
    if that and text[start:start + 5].lower() == "that ":
        start += 5
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def according_to(doc: Doc, lexicon: dict[str, Any], in_quote: bytearray) -> list[Found]:
    """'According to X, ...' and '... according to X': X said the rest of the sentence."""
    found = []
    for phrase in lexicon["according"]:
        for match in re.finditer(rf"\b{re.escape(phrase)}\s+", text_of(doc), re.IGNORECASE):
            if in_quote[match.start()]:
                continue
            token = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
            if token is None:
                continue
            head = token.root
            while head.dep_ not in ("pobj", "ROOT") and head.head is not head and head.head.i >= token.start:
                head = head.head
            speaker = subtree(head) if head.dep_ == "pobj" else (token.start, token.sent.end - 1)
            sentence = token.sent
            speaker_end = doc[speaker[1] - 1].idx + len(doc[speaker[1] - 1])
            # What X said is the sentence without "according to X", on whichever side of it.
            parts = [strip(text_of(doc), sentence.start_char, match.start(), False),
                     strip(text_of(doc), speaker_end, sentence.end_char, False)]
            parts = [(s, e) for s, e in parts if len(text_of(doc)[s:e].split()) > 2]
            if parts:
                # The head of the source's phrase, not its last word ("according to people who saw the delegation")
                source = head if head.dep_ == "pobj" else doc[speaker[1] - 1]
                found.append(Found(speaker, source, parts[0][0], parts[-1][1], parts=parts))
    return found


def spanned_sentences(ctx: DocContext, start: int, end: int) -> set[tuple[int, int]]:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return {sentence_bounds(ctx, start)}
    points = [max(start, s.start_char) for s in span.sents]
    points += [m.end() for m in PARAGRAPH_BREAK.finditer(ctx.document.text, start, end)]
    return {sentence_bounds(ctx, p) for p in points}
