"""Parts named with a possessive pronoun: "X was announced as one of its constituent groups, along with A, B and C".

"its" stands for the body the sentence before named (docs/annotation.md, *Relations*: `part_of`, a faction, unit or
member force of a larger body): the last mention there of an actor of a kind that such parts belong to (not a
person, a state or a medium). The subject before the phrase and every name listed after "along with" are parts.
A sentence that opens with a pronoun for a body ("It was ... headed by X") speaks, likewise, of the body that was
the subject of the sentence before. The cues are the relation lexicon's `possessive_parts` entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Mention
from . import DocContext

NOT_OWNERS = ("person", "state", "media")


def compile_possessive(lexicon: dict, expand: Callable[[str], str]) -> tuple[re.Pattern[str], ...] | None:
    """(the phrase after the subject, the words before a listed co-subject, between two of them), compiled, their
    word-list placeholders expanded by ``expand`` (the relation cues' own)."""
    entry = lexicon.get("possessive_parts")
    if not entry:
        return None
    return tuple(re.compile(expand(entry[key]), re.IGNORECASE) for key in ("phrase", "list_opens", "list_goes_on"))


def possessive_parts(
    ctx: DocContext, cues: tuple[re.Pattern[str], ...] | None, mentions: list[Mention], kind_of, part_of_kinds: dict
) -> list[tuple[str, str, str, int]]:
    """(part, "part_of", owner, char) for each part named with "its <parts>"."""
    if cues is None:
        return []
    phrase, opens, goes_on = cues
    text, out = ctx.document.text, []
    for i, subject in enumerate(mentions):
        start, end = ctx.sentence_at(subject.start)
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        limit = min(end, following.start) if following is not None else end
        match = phrase.match(text[subject.end:limit])
        if match is None or start == 0:
            continue
        before_start, _ = ctx.sentence_at(max(0, start - 2))
        owners = [m for m in mentions if before_start <= m.start and m.end <= start
                  and kind_of(m) not in NOT_OWNERS]
        if not owners:
            continue
        owner = owners[-1]
        parts = [subject]
        gap = opens
        for later in mentions[i + 1:]:
            if later.start >= end or not gap.match(text[parts[-1].end if len(parts) > 1 else
                                                        subject.end + match.end():later.start]):
                break
            parts.append(later)
            gap = goes_on
        for part in parts:
            if part.actor != owner.actor and kind_of(owner) in part_of_kinds.get(kind_of(part), [kind_of(owner)]):
                out.append((str(part.actor), "part_of", str(owner.actor), part.start))
    return out


def pronoun_subject(ctx: DocContext, start: int, mentions: list[Mention], kind_of, pronouns: frozenset[str],
                    people: frozenset[str] = frozenset()) -> Mention | None:
    """'The Syrian Computer Society is an organization in Syria. It was ... headed by X': a sentence that opens
    with a pronoun for a body ("It", "The group") speaks of the body that was the subject of the sentence before
    (not a person, state or medium); one that opens with a pronoun for a person (``people``: "He", "She") of the
    person who was ("Ahmed Diriye was killed on Monday. He was a commander of al-Shabaab"). Returned as a mention
    of that body or person where the pronoun stands."""
    text = ctx.document.text
    # (the pronoun may open an apposition: "The group, an al-Qaeda affiliate, is led by X")
    word = next((p for p in pronouns if text[start:start + len(p) + 1].lower() in (p + " ", p + ",")), None)
    if word is None:  # "The paramilitary group is led by X": the same noun described in lower-case words
        described = _described_pronoun(pronouns).match(text, start, min(len(text), start + 80))
        word = described.group(0) if described else None
    person = word is None
    word = word or next((p for p in people if text[start:start + len(p) + 1].lower() == p + " "), None)
    if word is None or start == 0:
        return None
    before_start, before_end = ctx.sentence_at(max(0, start - 2))
    span = ctx.doc.char_span(before_start, before_end, alignment_mode="expand")
    if span is None:
        return None
    subjects = [t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    for mention in mentions:
        if before_start <= mention.start and mention.end <= before_end \
                and ((kind_of(mention) == "person") if person else (kind_of(mention) not in NOT_OWNERS)) \
                and any(mention.start <= t.idx < mention.end for t in subjects):
            return Mention(ctx.document.id, start, start + len(word), text[start:start + len(word)],
                           mention.type, mention.actor)
    return None


def _described_pronoun(pronouns: frozenset[str]) -> re.Pattern[str]:
    """'The paramilitary group', 'the Iran-backed militia': one of the pronouns' nouns ("the group"), described by
    up to two lower-case words (a capitalized one is a name's: "The Wagner group")."""
    nouns = sorted({p.split()[-1] for p in pronouns if p.startswith("the ")})
    return re.compile(r"[Tt]he (?:[a-z][\w-]* ){1,2}(?:" + "|".join(map(re.escape, nouns)) + r")(?=[ ,])") if nouns \
        else re.compile(r"(?!)")


def possessive_pronouns(ctx: DocContext, start: int, end: int, mentions: list[Mention], kind_of,
                        cue: re.Pattern[str] | None) -> list[Mention]:
    """'The Arakan Army took Paletwa. Its commander, Twan Mrat Naing, said ...', 'Hamas said its armed wing, the
    Qassam Brigades, ...': "its" before a title or a part's noun stands for the body that is the subject before it
    in the sentence, else the subject of the sentence before (not a person, state or medium). Returned as mentions
    of that body where the pronoun stands, for the relation cues to read like a name's possessive."""
    if cue is None:
        return []
    text, out = ctx.document.text, []
    for match in cue.finditer(text, start, end):
        span = ctx.doc.char_span(start, match.start(), alignment_mode="expand") if match.start() > start else None
        body = _subject_body(ctx, span, mentions, kind_of) if span is not None else None
        if body is None and start > 0:
            before_start, before_end = ctx.sentence_at(max(0, start - 2))
            body = _subject_body(ctx, ctx.doc.char_span(before_start, before_end, alignment_mode="expand"),
                                 mentions, kind_of)
        if body is not None:
            word = match.group(1)
            out.append(Mention(ctx.document.id, match.start(1), match.start(1) + len(word), word, body.type,
                               body.actor))
    return out


def _subject_body(ctx: DocContext, span, mentions: list[Mention], kind_of) -> Mention | None:
    """The body that is a subject in the span: the last such mention."""
    if span is None:
        return None
    subjects = [t for t in span if t.dep_ in ("nsubj", "nsubjpass")]
    found = [m for m in mentions if span.start_char <= m.start and m.end <= span.end_char
             and kind_of(m) not in NOT_OWNERS and any(m.start <= t.idx < m.end for t in subjects)]
    return found[-1] if found else None
