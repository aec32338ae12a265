"""Find who said what: direct quotes and reported speech, with the speaker resolved to an actor."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from ..core.identity import merge_claims as merge
from ..model import Claim, Evidence
from . import CorpusContext, DocContext, char_mask, stage, text_of
from .claim_blocks import block_quotes
from .claim_content import Found, according_to, reported, spanned_sentences, strip
from .claim_quotes import QUOTE, attach_quotes, open_quotes
from .relations import sentence_bounds
from .speaker_phrases import mention_at
from .speakers import body_nouns, resolve_speaker


@stage("claims", requires=("mentions", "actor-ids"), provides=("claims",))
def find_claims(ctx: DocContext) -> None:
    """Reported speech from the parse, then quotes attached to the verb that introduces them."""
    lexicon = ctx.knowledge.lexicon("speech")
    body_words = body_nouns(ctx.knowledge, lexicon)
    doc, text = ctx.doc, ctx.document.text
    quotes = [strip(text, m.start(1) if m.group(1) else m.start(2), m.end(1) if m.group(1) else m.end(2), False)
              for m in QUOTE.finditer(text)]
    left_open = open_quotes(text, quotes)
    quotes = sorted(quotes + left_open)
    in_quote = char_mask(len(text), quotes)
    by_verb: dict[int, Found] = {}
    for token in doc:
        if token.lemma_.lower() in lexicon["verbs"] and token.pos_ in ("VERB", "AUX"):
            found = reported(token, lexicon)
            # Inside a quote only a source named by name counts ("USCENTCOM said that ..."), not "they say".
            if found is not None and (not in_quote[token.idx] or mention_at(ctx, found.head) is not None):
                by_verb[token.i] = found
    for token in doc:  # "The ISW linked the strike to Russian forces": a report by a body named by name
        if token.lemma_.lower() in lexicon["report_verbs"] and token.pos_ == "VERB" and token.i not in by_verb \
                and (token.tag_ in ("VBD", "VBZ", "VBP") or _finite_root(token)) \
                and {"nsubj", "dobj"} <= {c.dep_ for c in token.children}:
            # a finite verb with its own subject and object: not "fighters linked to Iran", "a report linking"
            found = reported(token, lexicon)
            if found is not None and not in_quote[token.idx] and mention_at(ctx, found.head) is not None:
                by_verb[token.i] = found
    according = according_to(doc, lexicon, in_quote)
    # "..., according to the DoD, the IG said": the source cited inside what a speaker says is part of it; the
    # claim is the speaker's (docs/annotation.md, innermost speaker).
    told = [f for f in by_verb.values() if f.speaker is not None]
    according = [a for a in according if not any(f.start <= a.start and a.end <= max(f.end, f.reach) + 3 or
                                                 _inside_span(doc, a.speaker, f) for f in told)]
    # "According to the ISW, the General Staff said X" and "X, the Doctors Network said, according to Reuters": the
    # source that reports another's speech is the outer one; the claim is the innermost speaker's.
    according = [a for a in according if not any(_reports_only(doc, a, i, f) for i, f in by_verb.items()
                                                 if f.speaker is not None)]
    extra = according + attach_quotes(ctx, quotes, set(left_open), by_verb, lexicon) \
        + block_quotes(ctx, lexicon, according)
    for i, found in by_verb.items():
        found.sentences.add(sentence_bounds(ctx, doc[i].idx))
        found.verb = doc[i]
    resolved: list[tuple[str | None, Span, Found]] = []
    spoken: list[tuple[int, str]] = []  # (position, actor) of the speakers resolved so far, in text order
    referred: dict[str, str] = {}  # actor -> the gender of the pronoun that first pointed back at them
    candidates = [f for f in list(by_verb.values()) + extra if f.speaker is not None and f.end > f.start]
    for found in candidates:
        for start, end in found.parts or [(found.start, found.end)]:
            found.sentences |= spanned_sentences(ctx, start, end)
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


@stage("claim-merge", requires=("claims",), provides=("claim-merge",), scope="corpus")
def merge_claims(corpus: CorpusContext) -> None:
    """Claims across the bundle, one where the same speaker says the same words in the same sentence."""
    corpus.claims = merge([c for ctx in corpus.docs for c in ctx.claims])
