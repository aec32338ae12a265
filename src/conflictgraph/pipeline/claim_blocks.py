"""Quote blocks: an introduction ending in ':' and the passage after it, each paragraph a claim of its speaker."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span

from . import DocContext, open_quote
from .claim_content import Found, spanned_sentences, strip
from .claim_speakers import speaker_of

PARAGRAPH = re.compile(r"[^\n]+")


def block_quotes(ctx: DocContext, lexicon: dict[str, Any], according: list[Found]) -> list[Found]:
    """An introduction ending in ':' and the passage after it: each sentence of the passage quotes the former's
    speaker (docs/annotation.md, *Quote blocks*). The introduction is a paragraph that ends with ':' or a speech
    verb followed by ':' inside a paragraph ("Philip Hammond said: The UK has ..."), whose rest then opens the
    passage. The passage runs on through the paragraphs that follow while they read as prose and attribute nothing
    of their own ("Speaking today Mr Ellwood said:" and the statement to its end), or open with a quotation mark
    that continues a quote left open; a paragraph with its own speaker, another introduction or a heading ends it."""
    text, doc = ctx.document.text, ctx.doc
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH.finditer(text)]
    found = []
    for i, (para_start, para_end) in enumerate(paragraphs):
        intro_end, rest = _introduction(ctx, lexicon, para_start, para_end)
        if intro_end is None:
            continue
        intro = doc.char_span(intro_end - 1, intro_end, alignment_mode="expand")
        if intro is None:
            continue
        sentence = intro.sent
        speaker, head = None, None
        for source in according:  # "... according to the office of the inspector general:"
            if source.speaker and sentence.start <= source.speaker[0] < sentence.end:
                speaker, head = source.speaker, source.head
        for token in reversed([t for t in sentence if t.idx < intro_end] if speaker is None else []):
            if token.lemma_.lower() in lexicon["verbs"] and token.pos_ == "VERB":
                speaker, head = speaker_of(token, lexicon)
                if speaker:
                    break
        if speaker is None:
            continue
        passage = [rest] if rest is not None else [paragraphs[i + 1]] if i + 1 < len(paragraphs) else []
        # Quotation marks delimit the passage where the writer uses them; else it runs on through prose that
        # attributes nothing of its own and does not name the speaker in the third person.
        quoted = bool(passage) and text[passage[0][0]:passage[0][1]].lstrip()[:1] in OPENING_QUOTES
        named = _named_as(doc[speaker[0]:speaker[1]], lexicon)
        for more_start, more_end in paragraphs[i + 2 - (rest is not None):]:
            # (a paragraph that leaves a quotation mark open goes on in the next)
            if open_quote(text[passage[-1][0]:passage[-1][1]]) and text[more_start] in OPENING_QUOTES:
                passage.append((more_start, more_end))
                continue
            if quoted and text[more_start] not in OPENING_QUOTES:
                break  # a quoted statement goes on only in paragraphs that are quotations too
            if not _continues_quote(ctx, lexicon, more_start, more_end) \
                    or named and re.search(rf"(?<![\w-]){re.escape(named)}(?![\w-])", text[more_start:more_end]):
                break
            passage.append((more_start, more_end))
        for n, (p_start, p_end) in enumerate(passage):
            # One claim per paragraph of the passage, its evidence every sentence of it (docs/annotation.md, *Quote
            # blocks*), but a first paragraph that reports someone in turn ("[The U.S. military] said that ...") is
            # one piece; an ellipsis parts passages the writer cut apart: each its own claim.
            whole = n == 0 and rest is None and not _continues_quote(ctx, lexicon, p_start, p_end)
            pieces: list[list[tuple[int, int]]] = [[]]
            for sent_start, sent_end in [(p_start, p_end)] if whole else sorted(spanned_sentences(ctx, p_start, p_end)):
                sent_start, sent_end = max(sent_start, p_start), min(sent_end, p_end)
                for part in re.finditer(r"[^…]+", text[sent_start:sent_end]):
                    if part.start() > 0 or sent_start > p_start and text[sent_start:sent_end].lstrip().startswith("…"):
                        pieces.append([])  # after an ellipsis
                    s, e = strip(text, sent_start + part.start(), sent_start + part.end())
                    if e - s > 20:
                        pieces[-1].append((s, e))
            found += [Found(speaker, head, parts[0][0], parts[-1][1], "quote", parts=parts, block=True)
                      for parts in pieces if parts]
    return found


OPENING_QUOTES = "“\""


def _named_as(speaker: Span, lexicon: dict[str, Any]) -> str | None:
    """How a later paragraph would name the speaker in the third person: the surname of a name ("Ellwood"), or a
    description without its article ("Foreign Secretary"); a pronoun names no one."""
    words = [t for t in speaker if not t.is_punct and t.dep_ != "det"]
    if not words or len(words) == 1 and words[0].lower_ in lexicon["person_pronouns"] + lexicon["group_pronouns"]:
        return None
    if words[-1].pos_ == "PROPN" and words[-1].ent_type_ == "PERSON":
        return words[-1].text
    return " ".join(t.text for t in words)


def _introduction(
    ctx: DocContext, lexicon: dict[str, Any], start: int, end: int
) -> tuple[int | None, tuple[int, int] | None]:
    """Where a paragraph introduces a quote block: (the end of its ':', the rest of the paragraph after it, if
    any). A paragraph ending in ':' introduces what follows it; "X said: ..." inside one introduces its rest."""
    text = ctx.document.text
    if text[start:end].rstrip().endswith(":"):
        return start + len(text[start:end].rstrip()), None
    for match in re.finditer(r":[ \t]+(?=[“\"A-Z])", text[start:end]):
        colon = start + match.start()
        token = ctx.doc.char_span(colon, colon + 1, alignment_mode="expand")
        if token is None or token.start == 0:
            continue
        verb = ctx.doc[token.start - 1]
        if verb.lemma_.lower() in lexicon["verbs"] and verb.pos_ == "VERB" and verb.idx + len(verb) == colon:
            return colon + 1, (start + match.end(), end)
    return None, None


def _continues_quote(ctx: DocContext, lexicon: dict[str, Any], start: int, end: int) -> bool:
    """Whether a paragraph after a quoted one goes on quoting: prose, with no speaker or introduction of its own
    (a speech verb whose subject is the statement's own voice, "we", "they claim", is part of what is quoted)."""
    line = ctx.document.text[start:end].rstrip()
    if not line.endswith((".", "!", "?", "”", '"', "’", "…")):
        return False  # a heading, a caption, an introduction ("... said:")
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    for token in span or ():
        if token.lemma_.lower() in lexicon["verbs"] and token.pos_ == "VERB" and speaker_of(token, lexicon)[0]:
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ not in lexicon["voice_pronouns"]:
                return False  # "..., the minister said": an attribution of its own
    return True
