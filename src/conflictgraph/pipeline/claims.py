"""Find who said what: direct quotes and reported speech, with the speaker resolved to an actor."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..model import Claim, Evidence, Mention
from . import CorpusContext, DocContext, stage
from .relations import PARAGRAPH_BREAK, actor_kind, actor_mentions, sentence_bounds

QUOTE = re.compile(r"“([^”“]+)”|(?<![\w.])\"([^\"\n]+)\"")
PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
TRIM = " \t\n,;:.—–-“”\"'‘’"
ATTRIBUTION_WINDOW = 8  # tokens after a closing quote mark in which "the IG added" still attributes it


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


@stage("claims", requires=("mentions", "actor-ids"), provides=("claims",))
def find_claims(ctx: DocContext) -> None:
    """Reported speech from the parse, then quotes attached to the verb that introduces them."""
    lexicon = ctx.knowledge.lexicon("speech")
    doc, text = ctx.doc, ctx.document.text
    quotes = [_strip(text, m.start(1) if m.group(1) else m.start(2), m.end(1) if m.group(1) else m.end(2), False)
              for m in QUOTE.finditer(text)]
    in_quote = bytearray(len(text) + 1)
    for start, end in quotes:
        in_quote[start:end] = b"\x01" * (end - start)
    by_verb: dict[int, Found] = {}
    for token in doc:
        if token.lemma_.lower() in lexicon["verbs"] and token.pos_ in ("VERB", "AUX"):
            found = _reported(token, lexicon)
            # Inside a quote only a source named by name counts ("USCENTCOM said that ..."), not "they say".
            if found is not None and (not in_quote[token.idx] or _named(ctx, found.head)):
                by_verb[token.i] = found
    according = _according(doc, lexicon, in_quote)
    for start, end in quotes:
        if len(text[start:end].split()) < 2:
            continue  # a one-word scare quote is nobody's statement
        verb = _verb_for_quote(doc, start, end, by_verb, lexicon)
        if verb is None:
            continue
        found = by_verb.setdefault(verb.i, _bare(verb, lexicon))
        if found.speaker is None:
            continue
        content = found.end - found.start
        if _inside(start, end, found) and (end - start) * 2 < content:
            continue  # a fragment quoted inside reported speech: the paraphrase already holds it
        if found.kind != "quote":
            found.parts = []
        found.parts.append((start, end))
        found.start, found.end, found.kind = min(p[0] for p in found.parts), max(p[1] for p in found.parts), "quote"
        found.sentences |= _sentences(ctx, start, end)
    for i, found in by_verb.items():
        found.sentences.add(sentence_bounds(ctx, doc[i].idx))
    extra = according + _block_quotes(ctx, lexicon, according)
    claims = []
    for found in list(by_verb.values()) + extra:
        if found.speaker is None or found.end <= found.start:
            continue
        for start, end in found.parts or [(found.start, found.end)]:
            found.sentences |= _sentences(ctx, start, end)
        claims.append(_claim(ctx, found, lexicon, in_quote))
    ctx.claims = _dedupe(claims)


def _named(ctx: DocContext, head: Token | None) -> bool:
    return head is not None and any(m.start <= head.idx < m.end for m in actor_mentions(ctx))


def _speaker_of(verb: Token, lexicon: dict[str, Any]) -> tuple[tuple[int, int] | None, Token | None]:
    """The span that says it: the verb's subject, climbing from 'noting' / 'adding' to the verb they hang on."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            break
        lemma = current.lemma_.lower()
        children = list(current.children)
        if lemma in lexicon["quoting_verbs"]:
            for child in children:
                if child.dep_ in ("dobj", "nsubjpass"):
                    return _subtree(child), child
        if lemma in lexicon["source_verbs"]:
            for child in children:
                if child.dep_ == "prep" and child.lower_ == "from":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return _subtree(pobj), pobj
        for child in children:
            if child.dep_ == "nsubj":
                if child.tag_ in ("WDT", "WP") and current.dep_ == "relcl":
                    return _subtree(current.head, stop=current), current.head  # "the AAH, which denies ..."
                return _subtree(child), child
        if current.dep_ in ("advcl", "conj", "xcomp", "pcomp", "prep", "ccomp") and current.head is not current:
            current = current.head
            if current.dep_ == "prep" or current.pos_ == "ADP":
                current = current.head
        else:
            break
    return None, None


def _subtree(token: Token, stop: Token | None = None) -> tuple[int, int]:
    """The token span of a phrase, without a relative clause that ``stop`` begins and without edge commas."""
    words = [t.i for t in token.subtree if stop is None or t not in set(stop.subtree)]
    start, end = min(words), max(words) + 1
    doc = token.doc
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    return start, end


def _reported(verb: Token, lexicon: dict[str, Any]) -> Found | None:
    """'X said (that) ...', '..., X said', 'X described Y as Z': the speaker and the content clause."""
    lemma = verb.lemma_.lower()
    clause = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
    if clause:
        span = _subtree(clause[0])
    elif lemma in lexicon["object_verbs"] and lemma not in lexicon["clause_only"]:
        right = [c for c in verb.rights if c.dep_ in ("dobj", "prep", "advcl", "attr", "oprd", "xcomp")]
        if not right:
            return None
        span = (min(t.i for c in right for t in c.subtree), max(t.i for c in right for t in c.subtree) + 1)
    else:
        return None
    speaker, head = _speaker_of(verb, lexicon)
    if speaker is None:
        return None
    doc = verb.doc
    start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
    # The parser may run a clause across a blank line; what was said stays in the verb's paragraph.
    for match in PARAGRAPH_BREAK.finditer(doc.text, min(start, verb.idx), max(end, verb.idx)):
        if match.end() <= verb.idx:
            start = max(start, match.end())
        else:
            end = min(end, match.start())
    if start >= end:
        return None
    return Found(speaker, head, *_strip(doc.text, start, end))


def _bare(verb: Token, lexicon: dict[str, Any]) -> Found:
    """A speech verb with no content of its own ('the IG added'), waiting for the quote it introduces."""
    speaker, head = _speaker_of(verb, lexicon)
    return Found(speaker, head, 0, 0)


def _strip(text: str, start: int, end: int, that: bool = True) -> tuple[int, int]:
    if that and text[start:start + 5].lower() == "that ":
        start += 5
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def _verb_for_quote(doc: Doc, start: int, end: int, by_verb: dict[int, Found], lexicon: dict[str, Any]) -> Token | None:
    """The verb that introduces a quote: one whose content holds it, one just after it ('...,” the IG added'),
    or the last one before it in its first sentence ('Robertson replied, “...')."""
    for i, found in by_verb.items():
        if _inside(start, end, found):
            return doc[i]
    verbs = lexicon["verbs"]
    after = doc.char_span(end, min(end + 1, len(doc.text)), alignment_mode="expand")
    if after is not None:
        last = after.sent.end
        for token in doc[after.start:min(after.start + ATTRIBUTION_WINDOW, last)]:
            if token.text in ("“", '"') and token.idx > end:
                break
            if token.lemma_.lower() in verbs and token.pos_ == "VERB" and token.idx >= end:
                return token
    before = doc.char_span(start, start + 1, alignment_mode="expand")
    if before is not None:
        for token in reversed(doc[before.sent.start:before.start]):
            if token.text in ("”",):
                break
            if token.lemma_.lower() in verbs and token.pos_ == "VERB":
                return token
    return None


def _inside(start: int, end: int, found: Found) -> bool:
    """The quote lies in the content span (give or take the closing punctuation the parse leaves out)."""
    return found.start <= start < found.end and end <= found.end + 3


def _according(doc: Doc, lexicon: dict[str, Any], in_quote: bytearray) -> list[Found]:
    """'According to X, ...' and '... according to X': X said the rest of the sentence."""
    found = []
    for phrase in lexicon["according"]:
        for match in re.finditer(rf"\b{re.escape(phrase)}\s+", doc.text, re.IGNORECASE):
            if in_quote[match.start()]:
                continue
            token = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
            if token is None:
                continue
            head = token.root
            while head.dep_ not in ("pobj", "ROOT") and head.head is not head and head.head.i >= token.start:
                head = head.head
            speaker = _subtree(head) if head.dep_ == "pobj" else (token.start, token.sent.end - 1)
            sentence = token.sent
            speaker_end = doc[speaker[1] - 1].idx + len(doc[speaker[1] - 1])
            if match.start() - sentence.start_char <= 3:
                start, end = speaker_end, sentence.end_char
            else:
                start, end = sentence.start_char, match.start()
            start, end = _strip(doc.text, start, end)
            found.append(Found(speaker, doc[speaker[1] - 1], start, end))
    return found


def _block_quotes(ctx: DocContext, lexicon: dict[str, Any], according: list[Found]) -> list[Found]:
    """A paragraph that ends with ':' and the paragraph after it: the latter quotes the former's speaker."""
    text, doc = ctx.document.text, ctx.doc
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH.finditer(text)]
    found = []
    for (_, intro_end), (start, end) in zip(paragraphs, paragraphs[1:]):
        if not text[:intro_end].rstrip().endswith(":"):
            continue
        intro = doc.char_span(intro_end - 1, intro_end, alignment_mode="expand")
        if intro is None:
            continue
        sentence = intro.sent
        speaker, head = None, None
        for source in according:  # "... according to the office of the inspector general:"
            if source.speaker and sentence.start <= source.speaker[0] < sentence.end:
                speaker, head = source.speaker, source.head
        for token in reversed(sentence if speaker is None else []):
            if token.lemma_.lower() in lexicon["verbs"] and token.pos_ == "VERB":
                speaker, head = _speaker_of(token, lexicon)
                if speaker:
                    break
        if speaker is None:
            continue
        # An ellipsis inside a block quote joins passages the writer cut apart: each is its own quote.
        for part in re.finditer(r"[^…]+", text[start:end]):
            s, e = _strip(text, start + part.start(), start + part.end())
            if e - s > 20:
                found.append(Found(speaker, head, s, e, "quote"))
    return found


def _sentences(ctx: DocContext, start: int, end: int) -> set[tuple[int, int]]:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return {sentence_bounds(ctx, start)}
    points = [max(start, s.start_char) for s in span.sents]
    points += [m.end() for m in PARAGRAPH_BREAK.finditer(ctx.document.text, start, end)]
    return {sentence_bounds(ctx, p) for p in points}


def _claim(ctx: DocContext, found: Found, lexicon: dict[str, Any], in_quote: bytearray) -> Claim:
    text, doc = ctx.document.text, ctx.doc
    assert found.speaker is not None
    speaker_span = doc[found.speaker[0]:found.speaker[1]]
    actor = _resolve(ctx, speaker_span, found.head, lexicon, in_quote)
    evidence = [Evidence(ctx.document.id, s, e, text[s:e]) for s, e in sorted(found.sentences)]
    words = " ".join(text[s:e] for s, e in found.parts or [(found.start, found.end)])
    return Claim(actor, speaker_span.text, words, found.kind, evidence)


def _resolve(ctx: DocContext, span: Span, head: Token | None, lexicon: dict[str, Any], in_quote: bytearray) -> str | None:
    """The speaker's actor: a name in the span, else what a pronoun or a description points back at."""
    mentions = [m for m in actor_mentions(ctx) if m.start < span.end_char and span.start_char < m.end]
    if head is not None:
        for m in mentions:
            if m.start <= head.idx < m.end:
                return m.actor
    before = [m for m in actor_mentions(ctx) if m.end <= span.start_char and not in_quote[m.start]]
    words = [t for t in span if not t.is_punct]
    root = head.lower_ if head is not None else (words[-1].lower_ if words else "")
    if len(words) == 1 and root in lexicon["person_pronouns"]:
        return _last(ctx, before, lambda kind: kind == "person")
    if len(words) == 1 and root in lexicon["group_pronouns"]:
        return _last(ctx, before, lambda kind: kind not in ("person", "state"))
    if head is not None and head.pos_ == "NOUN" and not any(m.start <= head.idx < m.end for m in mentions):
        described = _described(ctx, head, before, lexicon)
        if described:
            return described
    people = [m for m in mentions if m.type == "PERSON"]
    return (people or mentions)[0].actor if mentions else None


def _last(ctx: DocContext, before: list[Mention], fits: Any) -> str | None:
    for mention in reversed(before):
        if fits(actor_kind(ctx.knowledge, mention)):
            return mention.actor
    return None


def _described(ctx: DocContext, head: Token, before: list[Mention], lexicon: dict[str, Any]) -> str | None:
    """'the commander' -> the last person introduced as a commander ('Cmdr. X', 'X, a ... commander')."""
    noun = head.lemma_.lower()
    text = ctx.document.text
    if noun in lexicon["document_words"]:
        return _last(ctx, before, lambda kind: kind not in ("person", "state"))
    titles = {k.lower(): v for k, v in lexicon["role_titles"].items()}
    for mention in reversed(before):
        if mention.type != "PERSON":
            continue
        ahead = text[max(0, mention.start - 40):mention.start].split()
        roles = {titles.get(w.lower(), w.lower()) for w in ahead[-3:]}
        apposition = re.match(r"\s*,\s*((?:the|a|an)\s[^,;]{0,120})", text[mention.end:])
        if apposition:
            roles |= {w.lower().strip(".") for w in apposition.group(1).split()}
            roles |= {w[:-1] for w in roles if w.endswith("s")}
        if noun in roles:
            return mention.actor
    return None


def _dedupe(claims: list[Claim]) -> list[Claim]:
    seen: dict[tuple[str | None, str, tuple[Any, ...]], Claim] = {}
    for claim in claims:
        key = (claim.speaker or claim.speaker_text, " ".join(claim.text.split()), tuple(e.key() for e in claim.evidence))
        seen.setdefault(key, claim)
    return sorted(seen.values(), key=lambda c: (c.evidence[0].key() if c.evidence else ("", 0, 0), c.text))


@stage("claim-merge", requires=("claims",), provides=("claim-merge",), scope="corpus")
def merge_claims(corpus: CorpusContext) -> None:
    """Claims across the bundle, one where the same speaker says the same words in the same sentence."""
    corpus.notes["claims"] = merge([c for ctx in corpus.docs for c in ctx.claims])


def merge(claims: list[Claim]) -> list[Claim]:
    merged: dict[tuple[str, str, str], Claim] = {}
    for claim in claims:
        sentence = " ".join(claim.evidence[0].text.split()) if claim.evidence else ""
        key = (claim.speaker or claim.speaker_text, " ".join(claim.text.split()), sentence)
        if key not in merged:
            merged[key] = Claim(claim.speaker, claim.speaker_text, claim.text, claim.kind, list(claim.evidence))
            continue
        known = {e.key() for e in merged[key].evidence}
        merged[key].evidence += [e for e in claim.evidence if e.key() not in known]
    for claim in merged.values():
        claim.evidence.sort(key=Evidence.key)
    return sorted(merged.values(), key=lambda c: (c.evidence[0].key() if c.evidence else ("", 0, 0), c.text))
