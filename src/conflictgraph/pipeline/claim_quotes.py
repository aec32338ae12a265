"""Quotes and the verbs that attribute them: each quote given to the verb that introduces it, quotation marks left
open, and quotes that go on with the last speaker's words."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Token

from . import DocContext, text_of
from .claim_content import TRIM, Found, strip
from .claim_speakers import speaker_of
from .relations import PARAGRAPH_BREAK

# A straight quote's words never open with a space or a comma: '"A", was ... "B"' pairs the wrong marks (an
# ellipsis may open them: '"... to be ready"'). They run over a line break only where a hard-wrapped text wraps
# the line ('"Can you imagine nine people\n    dying ..."': the line goes on without a stop), not where a paragraph
# of a long quote ends open ('"... very strong.\n"There were ...').
QUOTE = re.compile(r"“([^”“]+)”|(?<![\w.])\"(?![\s,;])((?:[^\"\n]|(?<![.!?:;,\s])\n(?=[ \t]*[^\s\"]))+)\"")
QUOTE_ONLY_WORDS = 2  # "what they call a “significant rise”" says; a name ("“Iron Fist”") does not (_says_words)
# An opening mark ('“', or '"' at a word's start) and where a paragraph ends: a line break after a sentence stop
# (and its closing mark, if any), a blank line, or the text's end.
OPEN_MARK = re.compile(r"“|(?<![\w.,\"])\"(?=[\w(\[.…])")
PARAGRAPH_END = re.compile(r"[.!?…][”\"’']?[ \t]*\n|\n[ \t]*\n")
ATTRIBUTION_WINDOW = 8  # tokens after a closing quote mark in which "the IG added" still attributes it


def attach_quotes(
    ctx: DocContext, quotes: list[tuple[int, int]], left_open: set[tuple[int, int]], by_verb: dict[int, Found],
    lexicon: dict[str, Any]
) -> list[Found]:
    """Give each quote to the verb that introduces it; return the quotes that continue an earlier one."""
    doc, text = ctx.doc, ctx.document.text
    extra_quotes: list[Found] = []
    # the last attributed quote: (where it and its attribution end, its claim)
    previous: tuple[int, Found] | None = None
    # Reported speech ("X said Y.") that a paragraph of quotation right after it goes on with (c24 pass).
    reports = sorted(((_attributed_end(doc, i, f), f) for i, f in by_verb.items() if f.speaker is not None),
                     key=lambda r: r[0])
    for start, end in quotes:
        if len(text[start:end].split()) < 2:
            continue  # a one-word scare quote is nobody's statement
        verb = _verb_for_quote(doc, start, end, by_verb, lexicon)
        if verb is None:
            # A quote that follows another in the same paragraph, or opens the next, continues the same speaker's
            # words; so does a paragraph of quotation right after a paragraph that reports the speaker's words.
            report = next((r for r in reversed(reports) if r[0] <= start), None)
            if report is not None and (previous is None or report[0] > previous[0]) \
                    and _next_paragraph(text, report[0], start) and not text[end:_line(text, end)[1]].strip(TRIM):
                previous = report  # (a paragraph that is all quote: one with words of its own may name a speaker)
            follows = previous is not None and (not PARAGRAPH_BREAK.search(text, previous[0], start)
                                                or _next_paragraph(text, previous[0], start))
            if previous and previous[1].speaker and len(text[start:end].split()) > 3 and follows:
                if previous[1].kind == "quote" and previous[1].parts and previous[1].parts[-1] in left_open:
                    # The quotation whose mark its paragraph left open going on (docs/annotation.md, *Quotes over
                    # several sentences*): one claim, with every sentence of it as evidence.
                    previous[1].parts.append((start, end))
                    previous[1].end = end
                    previous = (end, previous[1])  # a quote that goes on over several paragraphs
                else:  # a quotation of its own, in marks of its own
                    extra_quotes.append(Found(previous[1].speaker, previous[1].head, start, end, "quote",
                                              parts=[(start, end)]))
                    previous = (end, extra_quotes[-1])
            continue
        if verb.i not in by_verb:  # a verb with no content of its own ('the IG added') takes the quote's
            by_verb[verb.i] = Found(*speaker_of(verb, lexicon), 0, 0)
        found = by_verb[verb.i]
        previous = (max(end, _attributed_end(doc, verb.i, found)), found)
        if found.speaker is None:
            continue
        content = found.end - found.start
        if _inside(start, end, found) and (end - start) * 2 < content:
            continue  # a fragment quoted inside reported speech: the paraphrase already holds it
        if found.kind != "quote":
            found.parts = []
        found.parts.append((start, end))
        found.start, found.end, found.kind = found.parts[0][0], found.parts[-1][1], "quote"
    return extra_quotes


def _line(text: str, at: int) -> tuple[int, int]:
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def _attributed_end(doc: Doc, verb: int, found: Found) -> int:
    """Where a statement and its attribution end: the last of its words, its verb and its speaker ('"A," the
    written ruling said. "B."': what follows the attribution on its line follows the statement)."""
    ends = [found.end, doc[verb].idx + len(doc[verb])]
    if found.speaker is not None:
        last = doc[found.speaker[1] - 1]
        ends.append(last.idx + len(last))
    return max(ends)


def open_quotes(text: str, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotation marks opened and left open: news leaves a quote's mark open at the end of each paragraph of a
    quote that goes on in the next ('"They were the kind of people ...' / '"Why would anyone ...?"'). Each runs to
    the end of its paragraph: the first line break after a sentence stop (a hard-wrapped text's line that goes on
    without one is the same paragraph)."""
    covered = bytearray(len(text) + 2)
    for start, end in quotes:
        covered[max(start - 1, 0):end + 2] = b"\x01" * (end + 2 - max(start - 1, 0))
    found = []
    for mark in OPEN_MARK.finditer(text):
        begin = mark.end()
        if covered[mark.start()]:
            continue
        stop = PARAGRAPH_END.search(text, begin)
        end = stop.start() + 1 if stop else len(text)
        piece = text[begin:end]
        if "\"" in piece or "”" in piece or "“" in piece:
            continue  # another mark inside: not one left open
        start, end = strip(text, begin, end, False)
        if end > start:
            found.append((start, end))
            covered[begin:end] = b"\x01" * (end - begin)
    return found


def _next_paragraph(text: str, previous: int, start: int) -> bool:
    """Whether a quote opens the paragraph right after the one whose quote ended at ``previous``: only the rest of
    that paragraph (its attribution) lies between. A paragraph that is all quote goes on with the speaker just
    quoted, as news writes long quotes ('"..." Tabriz resident Amina Zia told the BBC.' / '"There were around 10
    aftershocks ..."')."""
    between = text[previous:start]
    lines = between.split("\n")  # (blank lines between paragraphs aside)
    return len(lines) >= 2 and not any(line.strip() for line in lines[1:-1]) and not lines[-1].strip(" \t“\"")


def _verb_for_quote(
    doc: Doc, start: int, end: int, by_verb: dict[int, Found], lexicon: dict[str, Any]
) -> Token | None:
    """The verb that introduces a quote: one whose content holds it, one just after it ('...,” the IG added'),
    or the last one before it in its first sentence ('Robertson replied, “...')."""
    for i, found in by_verb.items():
        if _inside(start, end, found):
            return doc[i]
    question = text_of(doc)[start:end].rstrip().endswith("?")
    # A verb that asks attributes only a question ('"Who will protect us?" she asked'), not other words it is near.
    verbs = {v for v in lexicon["verbs"] if question or v not in lexicon.get("asking_verbs", ())}
    after = doc.char_span(end, min(end + 1, len(text_of(doc))), alignment_mode="expand")
    if after is not None:
        last = _attribution_end(doc, after.start, after.sent.end, end)
        for n, token in enumerate(doc[after.start:last]):
            if token.text in ("“", '"') and text_of(doc)[end:token.idx].strip(TRIM):
                break  # the next quote begins (a straight closing mark right after the words is this one's)
            # Right after the quote any speech verb attributes it; farther on, only one whose subject follows
            # the quote too ('..." after it won seats, the Washington Post reported').
            if token.lemma_.lower() in verbs and token.pos_ == "VERB" and token.idx >= end and (
                n < ATTRIBUTION_WINDOW or any(c.dep_ == "nsubj" and c.idx > end for c in token.children)
            ):
                return token
    before = doc.char_span(start, start + 1, alignment_mode="expand")
    if before is not None:
        for token in reversed(doc[before.sent.start:before.start]):
            if token.text in ("”",):
                break
            if token.lemma_.lower() in verbs and token.pos_ == "VERB":
                return token
        # "condemned what he called a “senseless act of terror”": a verb that attributes only the words it quotes
        for token in reversed(doc[before.sent.start:before.start]):
            if token.lemma_.lower() in lexicon.get("quote_only_verbs", ()) and token.pos_ == "VERB" \
                    and _says_words(text_of(doc)[start:end]) \
                    and token.idx < start and end <= token.right_edge.idx + len(token.right_edge) + 3 \
                    and any(c.dep_ == "nsubj" for c in token.children) \
                    and not any(c.lower_.endswith(("self", "selves")) for c in token.children) \
                    and not _in_request(token, start, end):
                return token  # (not a name given to oneself: "who called themselves “the Army of God”")
    return None


def _says_words(quoted: str) -> bool:
    """Whether the words a quote-only verb quotes say something: three words or more ("a “senseless act of terror”"),
    or two that are not a name ("what they are calling a “significant rise”", not "dubbed it “Iron Fist”")."""
    words = quoted.split()
    if len(words) < QUOTE_ONLY_WORDS:
        return False
    return len(words) >= 3 or not all(w[:1].isupper() for w in words)


def _in_request(verb: Token, start: int, end: int) -> bool:
    """Whether a quote lies in the infinitive a verb governs: "urged Trump to set up a committee to “coordinate auto
    sector regulators”", "called on the parties to hold “free and fair elections”" ask for an act (a REQUEST event;
    docs/annotation.md, *Claims*: "urged X to disarm" is a request), and the words quoted are what is asked for, not
    a statement; "called for unity against “black terrorism that ...”" and "condemned what he called a “senseless
    act”" attribute their words."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.tag_ == "VB" and child.i > verb.i:
            last = child.right_edge
            if child.left_edge.idx <= start and end <= last.idx + len(last) + 3:
                return True
    return False


def _attribution_end(doc: Doc, first: int, sentence_end: int, quote_end: int) -> int:
    """Where the words that may attribute a quote end: its sentence's end, or, where a quote that closes on "?" or
    "!" ends the sentence the parser made ('"Can you imagine that?" | he said.'), the end of the next sentence when
    that one opens, right after the closing mark, in lower case or with a verb among its first words: the
    attribution a question or an exclamation cannot join with a comma."""
    text = text_of(doc)
    if sentence_end >= len(doc) or not text[:quote_end].rstrip().endswith(("?", "!")):
        return sentence_end
    if any(not t.is_punct and not t.is_space for t in doc[first:sentence_end]):
        return sentence_end  # words of the sentence follow the quote: the parse kept the attribution there
    following = doc[sentence_end].sent
    opening = [t for t in following if not t.is_space][:ATTRIBUTION_WINDOW]
    if not opening or "\n" in text[quote_end:opening[0].idx]:
        return sentence_end  # a new paragraph
    if opening[0].is_lower or any(t.pos_ == "VERB" for t in opening[:4]):
        return following.end
    return sentence_end


def _inside(start: int, end: int, found: Found) -> bool:
    """The quote lies in the content span (give or take the closing punctuation the parse leaves out)."""
    return found.start <= start < found.end and end <= found.end + 3
