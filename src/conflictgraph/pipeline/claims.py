"""Find who said what: direct quotes and reported speech, with the speaker resolved to an actor."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..core.identity import merge_claims as merge
from ..model import Claim, Evidence
from . import CorpusContext, DocContext, char_mask, open_quote, stage, text_of
from .relations import PARAGRAPH_BREAK, sentence_bounds
from .speakers import QUOTE, body_nouns, mention_at, resolve_speaker

PARAGRAPH = re.compile(r"[^\n]+")
TRIM = " \t\n,;:.—–-“”\"'‘’"
QUOTE_ONLY_WORDS = 2  # "what they call a “significant rise”" says; a name ("“Iron Fist”") does not (_says_words)
# An opening mark ('“', or '"' at a word's start) and where a paragraph ends: a line break after a sentence stop
# (and its closing mark, if any), a blank line, or the text's end.
OPEN_MARK = re.compile(r"“|(?<![\w.,\"])\"(?=[\w(\[.…])")
PARAGRAPH_END = re.compile(r"[.!?…][”\"’']?[ \t]*\n|\n[ \t]*\n")
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
    block: bool = False  # a sentence of a quote block, attributed by position
    verb: Token | None = None  # the speech verb, where one says it
    # where the parse's content ran to before the closing "according to X" was cut off: a source there is inside
    # what the speaker says (the innermost speaker's claim)
    reach: int = 0


@stage("claims", requires=("mentions", "actor-ids"), provides=("claims",))
def find_claims(ctx: DocContext) -> None:
    """Reported speech from the parse, then quotes attached to the verb that introduces them."""
    lexicon = ctx.knowledge.lexicon("speech")
    body_words = body_nouns(ctx.knowledge, lexicon)
    doc, text = ctx.doc, ctx.document.text
    quotes = [_strip(text, m.start(1) if m.group(1) else m.start(2), m.end(1) if m.group(1) else m.end(2), False)
              for m in QUOTE.finditer(text)]
    left_open = _open_quotes(text, quotes)
    quotes = sorted(quotes + left_open)
    in_quote = char_mask(len(text), quotes)
    by_verb: dict[int, Found] = {}
    for token in doc:
        if token.lemma_.lower() in lexicon["verbs"] and token.pos_ in ("VERB", "AUX"):
            found = _reported(token, lexicon)
            # Inside a quote only a source named by name counts ("USCENTCOM said that ..."), not "they say".
            if found is not None and (not in_quote[token.idx] or mention_at(ctx, found.head) is not None):
                by_verb[token.i] = found
    for token in doc:  # "The ISW linked the strike to Russian forces": a report by a body named by name
        if token.lemma_.lower() in lexicon["report_verbs"] and token.pos_ == "VERB" and token.i not in by_verb \
                and (token.tag_ in ("VBD", "VBZ", "VBP") or _finite_root(token)) \
                and {"nsubj", "dobj"} <= {c.dep_ for c in token.children}:
            # a finite verb with its own subject and object: not "fighters linked to Iran", "a report linking"
            found = _reported(token, lexicon)
            if found is not None and not in_quote[token.idx] and mention_at(ctx, found.head) is not None:
                by_verb[token.i] = found
    according = _according(doc, lexicon, in_quote)
    # "..., according to the DoD, the IG said": the source cited inside what a speaker says is part of it; the
    # claim is the speaker's (docs/annotation.md, innermost speaker).
    told = [f for f in by_verb.values() if f.speaker is not None]
    according = [a for a in according if not any(f.start <= a.start and a.end <= max(f.end, f.reach) + 3 or
                                                 _inside_span(doc, a.speaker, f) for f in told)]
    # "According to the ISW, the General Staff said X" and "X, the Doctors Network said, according to Reuters": the
    # source that reports another's speech is the outer one; the claim is the innermost speaker's.
    according = [a for a in according if not any(_reports_only(doc, a, i, f) for i, f in by_verb.items()
                                                 if f.speaker is not None)]
    extra = according + _attach_quotes(ctx, quotes, set(left_open), by_verb, lexicon) \
        + _block_quotes(ctx, lexicon, according)
    for i, found in by_verb.items():
        found.sentences.add(sentence_bounds(ctx, doc[i].idx))
        found.verb = doc[i]
    resolved: list[tuple[str | None, Span, Found]] = []
    spoken: list[tuple[int, str]] = []  # (position, actor) of the speakers resolved so far, in text order
    referred: dict[str, str] = {}  # actor -> the gender of the pronoun that first pointed back at them
    candidates = [f for f in list(by_verb.values()) + extra if f.speaker is not None and f.end > f.start]
    for found in candidates:
        for start, end in found.parts or [(found.start, found.end)]:
            found.sentences |= _sentences(ctx, start, end)
    # A block is one claim, every sentence of its passage its evidence (docs/annotation.md, *Quote blocks*); one
    # whose first sentence the speaker's own verb already attributes ("X said: The UK has ...") goes on that claim.
    said = {(f.speaker, s): f for f in candidates if not f.block for s in f.sentences}
    for block in [f for f in candidates if f.block]:
        owner = next((said[(block.speaker, s)] for s in sorted(block.sentences) if (block.speaker, s) in said), None)
        if owner is None:
            continue
        rest = [(a, b) for a, b in block.parts if (block.speaker, sentence_bounds(ctx, a)) not in said]
        if rest:
            owner.parts = (owner.parts if owner.kind == "quote" else [(owner.start, owner.end)]) + rest
            owner.kind, owner.end = "quote", max(owner.end, rest[-1][1])
            owner.sentences |= block.sentences
        candidates.remove(block)
    for found in sorted(candidates, key=lambda f: (f.speaker or (0, 0), f.start)):
        speaker = doc[found.speaker[0]:found.speaker[1]]
        actor = resolve_speaker(ctx, speaker, found.head, lexicon, body_words, in_quote, spoken, referred)
        if (actor is None or mention_at(ctx, found.head) is None) and _thing_shows(found, lexicon):
            # "diverse cultural beliefs explain why ...", "an article in the Criminal Code which stipulates": a thing
            # that shows, not a speaker, whatever body a phrase after it names
            continue
        if actor and not in_quote[speaker.start_char]:  # a source inside a quote is no antecedent
            spoken.append((speaker.start_char, actor))
            if len(speaker) == 1 and speaker[0].lower_ in lexicon["pronoun_genders"]:
                referred.setdefault(actor, lexicon["pronoun_genders"][speaker[0].lower_])
        resolved.append((actor, speaker, found))
    ctx.claims = merge(_by_sentence(ctx.document.id, text, resolved))


def _finite_root(verb: Token) -> bool:
    """A past form the tagger took for a participle ("Human Rights Watch documented abuses by the RSF": VBN) that is
    its sentence's root, with its own subject and no auxiliary: a finite verb (docs/annotation.md, *Claims*:
    reports without a speech verb; audit k28r)."""
    return verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _thing_shows(found: Found, lexicon: dict[str, Any]) -> bool:
    """Whether a claim's verb is one a thing may be the subject of (`thing_verbs`: "the figures suggest", "the law
    stipulates") and its subject, which names no actor, is a common noun that is no document: what a thing shows is
    no one's statement (docs/annotation.md, *Claims*: one identifiable speaker)."""
    head = found.head
    if head is None or found.verb is None or found.verb.lemma_.lower() not in lexicon.get("thing_verbs", ()):
        return False
    return head.pos_ == "NOUN" and head.lemma_.lower() not in lexicon["document_words"] \
        and head.lemma_.lower() not in lexicon["speaks_for"]


def _by_sentence(document_id: str, text: str, resolved: list[tuple[str | None, Span, Found]]) -> list[Claim]:
    """One claim per speaker and sentence (docs/annotation.md, *Claims*): what one speaker says twice within the same
    sentence is one claim, its parts joined ("X said A, adding that B"; "Langbroek says A, but he says B"); a quote
    that runs on into the next sentence is a statement of its own ('..., the OIG suggested, noting: “B. C.”'). A
    speaker resolved to no one in a sentence a resolved speaker's claim holds speaks inside that claim ("We
    acknowledge that ..." in a minister's statement), not on their own; one resolved to no one elsewhere makes no
    claim ("a spokesman said" with no body named: docs/annotation.md, *Claims*, speech without one identifiable
    speaker is not annotated)."""
    groups: list[tuple[str | None, Span, list[Found]]] = []
    for actor, speaker, found in resolved:
        same = [g for g in groups if actor is not None and g[0] == actor and g[2][0].sentences == found.sentences]
        if same:
            name = speaker if _pronoun(same[0][1]) and not _pronoun(speaker) else same[0][1]
            groups[groups.index(same[0])] = (actor, name, same[0][2] + [found])
        else:
            groups.append((actor, speaker, [found]))
    claims = []
    for actor, speaker, founds in groups:
        sentences = set().union(*(f.sentences for f in founds))
        if actor is None:
            # an unresolved voice inside a resolved speaker's sentence, or speech with no identifiable speaker: not
            # a claim (docs/annotation.md, *Claims*: "Not annotated: speech without one identifiable speaker")
            continue
        # Each statement's words (a quote interrupted by "he said" is one), in text order; one the other holds (the
        # quoted fragment of a paraphrase) adds nothing; two statements are joined with an ellipsis.
        statements = sorted(f.parts or [(f.start, f.end)] for f in founds)
        statements = [p for p in statements if not any(o[0][0] <= p[0][0] and p[-1][1] <= o[-1][1] and o != p
                                                        for o in statements)]
        words = " … ".join(" ".join(text[a:b] for a, b in parts) for parts in dict.fromkeys(map(tuple, statements)))
        kind = "quote" if any(f.kind == "quote" for f in founds) else "paraphrase"
        evidence = [Evidence(document_id, s, e, text[s:e]) for s, e in sorted(sentences)]
        claims.append(Claim(actor, speaker.text, words, kind, evidence))
    return claims


def _pronoun(span: Span) -> bool:
    return len(span) == 1 and span[0].pos_ == "PRON"


def _attach_quotes(
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
            by_verb[verb.i] = Found(*_speaker_of(verb, lexicon), 0, 0)
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


def _open_quotes(text: str, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
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
        start, end = _strip(text, begin, end, False)
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


def _speaker_of(verb: Token, lexicon: dict[str, Any]) -> tuple[tuple[int, int] | None, Token | None]:
    """The span that says it: the verb's subject, climbing from 'noting' / 'adding' to the verb they hang on."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            break
        lemma = current.lemma_.lower()
        children = list(current.children)
        reported = current.head
        if current.i == verb.i and verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > 0 \
                and verb.doc[verb.i - 1].text == "," and reported.dep_ == "ccomp" \
                and reported.head.lemma_.lower() in lexicon["verbs"] and reported.head.i < reported.i:
            # "X told AFP Mr Suarez had borrowed paragraphs, describing it as “scandalous”": a speech participle set
            # off by a comma after the clause another speaker reports is that speaker's, not the clause's subject's
            current = reported.head
            continue
        if lemma in lexicon["source_verbs"]:  # "learned from the Pentagon"
            children = [t for c in children if c.dep_ == "prep" and c.lower_ == "from" for t in c.children]
            if not children:
                break  # "after learning it had been stolen": no source named, and the learner says nothing
        for child in children:
            if lemma in lexicon["quoting_verbs"] and child.dep_ in ("dobj", "nsubjpass") or \
                    lemma in lexicon["source_verbs"] and child.dep_ == "pobj":
                return _subtree(child), child
        # A passive speech verb's agent speaks ("Moumou, who is described by the US Treasury as ...", "it was
        # announced by the ministry that ..."); "X was quoted by Reuters" keeps X, the subject, as above.
        agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children)
        if agents and passive and current.i == verb.i and lemma not in lexicon["quoting_verbs"]:
            return _subtree(agents[0]), agents[0]
        if current.i != verb.i and current.lemma_.lower() not in lexicon["verbs"]:
            # "The time had come, he said, ... but added that ...": a speech verb coordinated with a clause that a
            # parenthetical "he said" attributes is that speaker's, not the clause's subject's.
            for aside in current.children:
                if aside.dep_ == "parataxis" and aside.lemma_.lower() in lexicon["verbs"] and aside.i < verb.i:
                    subject = next((c for c in aside.children if c.dep_ == "nsubj"), None)
                    if subject is not None:
                        return _subtree(subject), subject
        # Of two subjects the parse gives ('"(Jerome Faulkner) and his wife were ...," said Logan'), the nearer.
        # A tensed verb coordinated with a passive one shares its subject ("She was trafficked ... and said the crime
        # continues"); a participle does not ("He was captured ... and accused of": accused by someone else).
        shared = ("nsubj", "nsubjpass") if current.i != verb.i and verb.dep_ == "conj" and verb.head.i == current.i \
            and verb.tag_ in ("VBD", "VBZ", "VBP") else ("nsubj",)
        for child in sorted(children, key=lambda c: abs(c.i - current.i)):
            if child.dep_ in shared and _quoted_words(child) and any(
                    t.tag_ in ("``", "''") for t in child.doc[min(child.i, current.i):max(child.i, current.i)]):
                continue  # 'yelled “Allahu akbar,” ...': quoted words the parse took for a subject say nothing
            if child.dep_ in shared:
                if child.tag_ in ("WDT", "WP") and current.dep_ == "relcl":  # "the AAH, which denies ..."
                    noun = current.head
                    if noun.pos_ not in ("NOUN", "PROPN"):  # attached too high: the noun before "which"
                        noun = child.doc[child.i - 2] if child.doc[child.i - 1].is_punct else child.doc[child.i - 1]
                    return _subtree(noun, stop=current), noun
                later = _name_after(current, child)
                if later is not None:  # "said Lagos police Const. Amaka Obi": the body, its rank, then the name
                    return (_subtree(child)[0], _subtree(later)[1]), later
                return _subtree(child), child
        inverted = _inverted_subject(current)
        if inverted is not None:
            return inverted, current.doc[inverted[1] - 1]
        absolute = _with_subject(current)
        if absolute is not None:  # "..., with Mrs Haley once saying she was “not a fan”"
            return _subtree(absolute), absolute
        if current.dep_ == "acl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
                and current.head.lemma_.lower() not in lexicon["document_words"]:
            # "attacked the proposal to ban immigrants, describing it as ...": a participle set off by a comma is
            # the main clause's, though the parse hangs it on the noun before the comma, or on a verb that
            # qualifies that noun ("condemned the plan to annex four regions, describing it as")
            governor = current.head
            while governor.pos_ not in ("VERB", "AUX") and governor.head is not governor:
                governor = governor.head
            if governor.pos_ in ("VERB", "AUX") and governor.i < current.i:
                current = governor
                continue
        if current.dep_ == "acl" and current.head.lemma_.lower() in lexicon["document_words"]:
            # "X posted a statement on its website expressing condolences", "a statement by X saying": the
            # document's author says what the participle after it says.
            document = current.head
            by = [g for p in document.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                  for g in p.children if g.dep_ == "pobj"]
            if by:
                return _subtree(by[0]), by[0]
            if document.dep_ != "dobj":
                break
            current = document.head
            continue
        # A finite adverbial clause has a subject of its own: where the parse lost it ("the ceasefire collapsed ..., as
        # Turkey and activists ... accused the regime"), the main clause's is not the speaker ("stating that" is),
        # unless the main clause speaks too ("While [X] stated A, [X] stated B").
        finite_adverbial = current.dep_ == "advcl" and current.tag_ in ("VBD", "VBZ", "VBP") \
            and current.head.lemma_.lower() not in lexicon["verbs"]
        if current.dep_ in ("advcl", "conj", "xcomp", "pcomp", "prep", "ccomp") and current.head is not current \
                and not finite_adverbial:
            loose = current.dep_ in ("advcl", "conj", "pcomp", "prep")
            current = current.head
            if current.dep_ == "prep" or current.pos_ == "ADP":
                current = current.head
            # "The Pentagon called out ..., stating that" is the Pentagon's; but "Iran continues to find ways
            # to fund ..., saying that" is not Iran's: through "to" clauses only a speech verb passes it on.
            if not loose and current.lemma_.lower() not in lexicon["verbs"]:
                break
        else:
            break
    return None, None


def _quoted_words(token: Token) -> bool:
    """Whether a word stands inside a pair of quotation marks of its sentence: the nearest mark before it opens a
    quote and the nearest after it closes one ('and also yelled “Allahu akbar,” the Arabic phrase ...'). Only where
    its verb stands outside that quote is it no speaker ('“USCENTCOM said that ...,” the IG said' keeps USCENTCOM)."""
    sentence = token.sent
    before = next((t for t in reversed(token.doc[sentence.start:token.i]) if t.tag_ in ("``", "''")), None)
    after = next((t for t in token.doc[token.i + 1:sentence.end] if t.tag_ in ("``", "''")), None)
    return before is not None and after is not None and before.tag_ == "``" and after.tag_ == "''"


def _with_subject(verb: Token) -> Token | None:
    """The subject of an absolute participle ("with Mrs Haley once saying ...", "with the army saying ..."): the object
    of "with" right before it, adverbs aside, which the parse hangs on the preposition rather than on the verb."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    k = verb.i - 1
    while k >= 0 and verb.doc[k].dep_ == "advmod" and verb.doc[k].head.i == verb.i:
        k -= 1
    before = verb.doc[k] if k >= 0 else None
    if before is not None and before.dep_ == "pobj" and before.head.lower_ == "with" \
            and before.pos_ in ("NOUN", "PROPN"):
        return before
    return None


def _name_after(verb: Token, subject: Token) -> Token | None:
    """A second subject the parse gives after a subject that follows its verb, only a rank or title between them
    ("said Lagos police Const. Amaka Obi"): the name of the one who speaks."""
    if subject.i < verb.i:
        return None
    for other in verb.children:
        if other.dep_ == "nsubj" and other.i > subject.i and other.pos_ == "PROPN" and all(
                t.pos_ in ("PROPN", "PUNCT") for t in subject.doc[subject.right_edge.i + 1:other.left_edge.i]):
            return other
    return None


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
    inverted = _inverted_subject(verb)
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
    of its own) says that clause, in words. Quoted words are left to the quotes (_attach_quotes)."""
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


def _inverted_subject(verb: Token) -> tuple[int, int] | None:
    """'..., said Liberal MP Mark Eyking.': a name right after a speech verb that ends its sentence is its
    subject, even where the parse takes the name's last word for a verb."""
    doc = verb.doc
    if verb.i == 0 or not doc[verb.i - 1].is_punct:
        return None
    end = verb.i + 1
    if end < len(doc) and doc[end].lower_ == "the":  # "..., reported the Missouri State Highway Patrol."
        end += 1
    while end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].is_title and doc[end].dep_ in ("compound", "ccomp")):
        end += 1
    if end - verb.i < 3 or end < len(doc) and doc[end].text not in (".", "!", "?", ",", "\n") and not doc[end].is_space:
        return None
    return verb.i + 1, end


def _subtree(token: Token, stop: Token | None = None) -> tuple[int, int]:
    """The token span of a phrase, without a relative clause that ``stop`` begins and without edge commas."""
    words = [t.i for t in token.subtree if stop is None or t not in set(stop.subtree)]
    start, end = min(words), max(words) + 1
    doc = token.doc
    while end > start + 1 and doc[end - 1].is_punct and not _closes(doc[start:end]):
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    return start, end


def _reported(verb: Token, lexicon: dict[str, Any]) -> Found | None:
    """'X said (that) ...', '..., X said', 'X described Y as Z': the speaker and the content clause."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.get("asking_verbs", ()):
        return None  # "asked the UN to send troops": a request; a question it asks is a quote (_verb_for_quote)
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
        span = _subtree(clause[0])
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
    speaker, head = _speaker_of(verb, lexicon)
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
    return Found(speaker, head, *_strip(text_of(doc), start, end), reach=reach)


def _closing_source(content: str, lexicon: dict[str, Any]) -> int | None:
    """Where a closing ", according to X" (any phrase of `according`, with no comma after it) begins in what a
    speaker says, or None."""
    for phrase in lexicon["according"]:
        match = re.search(rf",\s*{re.escape(phrase)}\s+[^,]+$", content, re.IGNORECASE)
        if match is not None:
            return match.start()
    return None


def _closes(span: Span) -> bool:
    """Whether a phrase's last token is a bracket that closes one it opens ("the Tigray People's Liberation Front
    (TPLF)": the speaker as the text names them, docs/annotation.md)."""
    return span[-1].text == ")" and span.text.count("(") == span.text.count(")")


def _strip(text: str, start: int, end: int, that: bool = True) -> tuple[int, int]:
    if that and text[start:start + 5].lower() == "that ":
        start += 5
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


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


def _inside_span(doc: Doc, tokens: tuple[int, int] | None, found: Found) -> bool:
    """Whether a token span lies in a claim's content (as the parse ran it, a closing "according to X" included)."""
    if tokens is None:
        return False
    start, end = doc[tokens[0]].idx, doc[tokens[1] - 1].idx + len(doc[tokens[1] - 1])
    return found.start <= start and end <= max(found.end, found.reach) + 3


def _reports_only(doc: Doc, source: Found, verb: int, found: Found) -> bool:
    """Whether what an "according to" source says is no more than another speaker's statement: its words, less that
    speaker, the speech verb and what it says, are fewer than three (a word or two such as "on Monday" aside)."""
    first, last = doc[found.speaker[0]], doc[found.speaker[1] - 1]  # type: ignore[index]
    speaker, said = (first.idx, last.idx + len(last)), (doc[verb].idx, doc[verb].idx + len(doc[verb]))
    taken = char_mask(len(text_of(doc)), [speaker, said, *(found.parts or [(found.start, found.end)])])
    if not any(taken[s:e].count(1) for s, e in source.parts or [(source.start, source.end)]):
        return False  # another sentence's speech
    rest = [t for s, e in source.parts or [(source.start, source.end)]
            for t in doc.char_span(s, e, alignment_mode="expand") or () if t.is_alpha and not taken[t.idx]]
    return len(rest) < 3


def _inside(start: int, end: int, found: Found) -> bool:
    """The quote lies in the content span (give or take the closing punctuation the parse leaves out)."""
    return found.start <= start < found.end and end <= found.end + 3


def _according(doc: Doc, lexicon: dict[str, Any], in_quote: bytearray) -> list[Found]:
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
            speaker = _subtree(head) if head.dep_ == "pobj" else (token.start, token.sent.end - 1)
            sentence = token.sent
            speaker_end = doc[speaker[1] - 1].idx + len(doc[speaker[1] - 1])
            # What X said is the sentence without "according to X", on whichever side of it.
            parts = [_strip(text_of(doc), sentence.start_char, match.start(), False),
                     _strip(text_of(doc), speaker_end, sentence.end_char, False)]
            parts = [(s, e) for s, e in parts if len(text_of(doc)[s:e].split()) > 2]
            if parts:
                # The head of the source's phrase, not its last word ("according to people who saw the delegation")
                source = head if head.dep_ == "pobj" else doc[speaker[1] - 1]
                found.append(Found(speaker, source, parts[0][0], parts[-1][1], parts=parts))
    return found


def _block_quotes(ctx: DocContext, lexicon: dict[str, Any], according: list[Found]) -> list[Found]:
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
                speaker, head = _speaker_of(token, lexicon)
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
            for sent_start, sent_end in [(p_start, p_end)] if whole else sorted(_sentences(ctx, p_start, p_end)):
                sent_start, sent_end = max(sent_start, p_start), min(sent_end, p_end)
                for part in re.finditer(r"[^…]+", text[sent_start:sent_end]):
                    if part.start() > 0 or sent_start > p_start and text[sent_start:sent_end].lstrip().startswith("…"):
                        pieces.append([])  # after an ellipsis
                    s, e = _strip(text, sent_start + part.start(), sent_start + part.end())
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
        if token.lemma_.lower() in lexicon["verbs"] and token.pos_ == "VERB" and _speaker_of(token, lexicon)[0]:
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ not in lexicon["voice_pronouns"]:
                return False  # "..., the minister said": an attribution of its own
    return True


def _sentences(ctx: DocContext, start: int, end: int) -> set[tuple[int, int]]:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return {sentence_bounds(ctx, start)}
    points = [max(start, s.start_char) for s in span.sents]
    points += [m.end() for m in PARAGRAPH_BREAK.finditer(ctx.document.text, start, end)]
    return {sentence_bounds(ctx, p) for p in points}


@stage("claim-merge", requires=("claims",), provides=("claim-merge",), scope="corpus")
def merge_claims(corpus: CorpusContext) -> None:
    """Claims across the bundle, one where the same speaker says the same words in the same sentence."""
    corpus.claims = merge([c for ctx in corpus.docs for c in ctx.claims])
