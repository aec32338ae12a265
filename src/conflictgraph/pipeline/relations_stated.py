"""Ties the lexicon's patterns state between two mentions of a sentence, and the kinds a mention may take in a
tie."""

from __future__ import annotations

import re

from ..knowledge import Knowledge
from ..model import Mention
from .relations_cues import MARK_A, MARK_B, Cues, Pattern
from .relations_parse_cues import ParseCue

COLLECTIVE_SUFFIX = "-backed-militias"
MAX_PAIR_CHARS = 260  # ties are stated locally; farther pairs only cost time and precision
# "the Houthis' military spokesman": a plural's possessive reads as any other ("the Houthis's"), so that one cue
# covers both; a name masked out no longer shows its final "s", hence the mark on its own.
PLURAL_POSSESSIVE = re.compile(rf"({re.escape(MARK_A)}|{re.escape(MARK_B)})[’'](?!\w)")


def actor_kind(knowledge: Knowledge, mention: Mention) -> str:
    """The kind of the mention's actor: from the knowledge base, else guessed from the mention type."""
    record = knowledge.get(mention.actor or "")
    if record is not None:
        return record.kind
    if (mention.actor or "").endswith(COLLECTIVE_SUFFIX):
        return "armed_group"
    return {"PERSON": "person", "GPE": "state", "NORP": "state"}.get(mention.type, "organization")


def stated(
    knowledge: Knowledge, cues: Cues, sentence: str, offset: int, mentions: list[Mention],
    modifiers: frozenset[int] | set[int] = frozenset(), describing: frozenset[int] | set[int] = frozenset(),
    objects: frozenset[int] | set[int] = frozenset(), apposed: dict[int, int] | None = None,
    bystanders: frozenset[int] | set[int] = frozenset(), direct: frozenset[int] | set[int] = frozenset(),
) -> list[tuple[str, str, str]]:
    """(subject, predicate, object) for every pair of mentions in the sentence that a pattern connects. ``apposed``:
    where a mention has a singular role in apposition, by the mention's start, the role's (its tie is its own)."""
    apposed = apposed or {}
    out: list[tuple[str, str, str]] = []
    kinds = [medium_by_noun(cues, sentence[m.end - offset:m.end - offset + 40], actor_kind(knowledge, m))
             for m in mentions]
    options = [kind_options(knowledge, m, k, cues.bodies) for m, k in zip(mentions, kinds, strict=True)]
    for i, a in enumerate(mentions):
        for j in range(i + 1, len(mentions)):
            b = mentions[j]
            # Overlapping mentions (a name inside a longer one) would make the masked text meaningless.
            if b.start < a.end or a.actor == b.actor:
                continue
            if b.start - a.end > MAX_PAIR_CHARS:
                break
            # "Adjacent": no third actor named between them (an acronym of either does not count, nor a common noun
            # for a collective, "one of the militias in the PMF").
            between = {m.actor for m in mentions[i + 1:j] if m.start >= a.end and m.end <= b.start
                       and not _common_noun(m) and m.start not in describing}
            adjacent = not (between - {a.actor, b.actor})
            masked = (sentence[:a.start - offset] + MARK_A + sentence[a.end - offset:b.start - offset]
                      + MARK_B + sentence[b.end - offset:])
            masked = PLURAL_POSSESSIVE.sub(r"\1’s", " ".join(masked.split()))
            # The NER's kind first: a name it took for a body is read as a person's ("Twan Mrat Naing") only where
            # no cue fits it as a body ("Katiba Macina is affiliated with al-Qaeda" is a part, not a member).
            deferred: tuple[Pattern, Mention, Mention, str] | None = None
            for pattern in cues.patterns:
                if pattern.adjacent and not adjacent:
                    continue
                (subject, subject_options), (obj, obj_options) = (
                    ((a, options[i]), (b, options[j])) if pattern.subject == "A" else ((b, options[j]), (a, options[i]))
                )
                if pattern.not_object and subject.start in objects or pattern.named and _people(subject) \
                        or pattern.free_object and (obj.start in objects or obj.start in direct) \
                        or pattern.own_fight and subject.start in bystanders \
                        or pattern.named_object and _common_noun(obj):
                    continue
                fitting = [(s, o) for s in subject_options for o in obj_options if kinds_fit(pattern, s, o) and (
                    pattern.predicate != "part_of" or o in cues.part_of_kinds.get(s, [o]))]
                if not fitting or not pattern.regex.search(masked):
                    continue
                if fitting[0] != (subject_options[0], obj_options[0]):
                    deferred = deferred or (pattern, subject, obj, fitting[0][1])
                    continue
                deferred = (pattern, subject, obj, fitting[0][1])
                break
            if deferred is not None:
                pattern, subject, obj, obj_kind = deferred
                predicate = part_head(cues, pattern.predicate, kinds[mentions.index(subject)],
                                       sentence[obj.end - offset:], obj_kind)
                if predicate is None:
                    continue
                out.append((str(subject.actor), predicate, str(obj.actor)))
                # ("Karim Khan and Joyce Aluoch, the president of the Law Society": one president, Aluoch; "Russia and
                # Iran, backers of the regime" share the plural role)
                alone = subject.start in modifiers or subject.end <= apposed.get(subject.start, obj.start) < obj.start
                shared = [] if alone else _conjoined(cues, sentence, offset, mentions, subject)
                if pattern.subject == "B":  # "is backed by Turkey and Qatar": those joined after it too
                    shared += _joined_after(cues, sentence, offset, mentions, subject)
                for other in shared:
                    other_kind = kinds[mentions.index(other)]
                    if other.actor != obj.actor and kinds_fit(pattern, other_kind, obj_kind):
                        out.append((str(other.actor), predicate, str(obj.actor)))
    return out


def _common_noun(mention: Mention) -> bool:
    """A collective named by a common noun ("militias", "the rebels"), not a name."""
    words = mention.text.split()
    return bool(words) and all(w.islower() for w in words)


def _people(mention: Mention) -> bool:
    """People named by common words in the plural ("seismology experts", "analysts"), not a body ("the office of the
    inspector general")."""
    return _common_noun(mention) and mention.text.split()[-1].lower().endswith("s")


def _conjoined(cues: Cues, sentence: str, offset: int, mentions: list[Mention], subject: Mention) -> list[Mention]:
    """The mentions coordinated with a relation's subject, which share its tie: "Russia and Iran, backers of ..."
    (the mentions joined to it before it) and "Along with Russia, Iran backs ..." (one fronted before it)."""
    out: list[Mention] = []
    edge = subject
    for other in reversed([m for m in mentions if m.end <= subject.start]):
        between = sentence[other.end - offset:edge.start - offset]
        joins = cues.conjoined if edge is subject else cues.listed
        if other.actor == subject.actor or not any(c.match(between) for c in joins):
            break
        out.append(other)
        edge = other
    if cues.fronted is not None:
        for other in mentions:
            if other.end <= subject.start and sentence[other.end - offset:subject.start - offset] == ", " \
                    and cues.fronted.search(sentence[:other.start - offset]):
                out.append(other)
    return out


def _joined_after(cues: Cues, sentence: str, offset: int, mentions: list[Mention], subject: Mention) -> list[Mention]:
    """The mentions listed right after a subject that closes its cue ("backed by Turkey and Qatar", "by Russia,
    Iran and Hezbollah"): each shares the tie."""
    out: list[Mention] = []
    edge, closed = subject, 0  # (how many of those joined are closed by an "and": "by Turkey, the US and the EU")
    for other in [m for m in mentions if m.start >= subject.end]:
        between = sentence[edge.end - offset:other.start - offset]
        if other.actor == subject.actor or not any(c.match(between) for c in (*cues.conjoined, *cues.listed)):
            break
        out.append(other)
        edge = other
        if any(c.match(between) for c in cues.conjoined):
            closed = len(out)
    # a list is closed by "and" ("Turkey, the US and the EU"); a name after a comma alone may stand in an
    # apposition ("backed by Iran, Hezbollah's patron")
    return out[:closed]


def part_head(cues: Cues, predicate: str, subject_kind: str, after: str, obj_kind: str) -> str | None:
    """The tie of a person titled as the head of a body whose name is compounded into a part's noun ("the head of the
    ICRC delegation", "the commander of the RSF unit"; relations.yaml ``part_after``): the head of the part is a member
    of the whole (of a state, none); any other tie, and a state's lead ("the U.S.-led coalition"), as it is."""
    if predicate != "leads" or subject_kind == "state" or cues.part_after is None or not cues.part_after.match(after):
        return predicate
    return None if obj_kind == "state" else "member_of"


def medium_by_noun(cues: Cues, after: str, kind: str) -> str:
    """"media" for a body the knowledge base does not know as another kind whose name a medium's noun follows ("the
    government-sponsored Al-Ahram news outlet": relations.yaml ``media_after``; no medium is backed), else ``kind``."""
    return "media" if kind == "organization" and cues.media_after is not None and cues.media_after.match(after) \
        else kind


def kind_options(knowledge: Knowledge, mention: Mention, kind: str, bodies: frozenset[str]) -> tuple[str, ...]:
    """The kinds a mention may have in a tie: its actor's, where the knowledge base knows it; else the NER's guess,
    and for a name the NER took for an organization with no body's word in it, a person too: the NER often takes
    a foreign name for a body ("Twan Mrat Naing"), and the cue's title then says it is a person."""
    if knowledge.get(mention.actor or "") is not None or mention.type != "ORG" \
            or (mention.actor or "").endswith(COLLECTIVE_SUFFIX) \
            or any(w.lower().strip(".,’'") in bodies for w in mention.text.split()) \
            or len(mention.text.split()) < 2 or not all(w[:1].isupper() for w in mention.text.split()):
        return (kind,)  # (a person's name has a given name and a surname, capitalized: not "Fighters", "the rebels")
    return (kind, "person")


def kinds_fit(pattern: Pattern | ParseCue, subject_kind: str, object_kind: str) -> bool:
    return (
        (pattern.subject_kind is None or subject_kind in pattern.subject_kind)
        and (pattern.object_kind is None or object_kind in pattern.object_kind)
        and subject_kind not in pattern.subject_not_kind
        and object_kind not in pattern.object_not_kind
    )
