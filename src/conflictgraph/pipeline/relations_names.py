"""Ties a name states by itself or with the words written beside it: a collective's or a hyphened name, a group's
title, a party in apposition, and the name a body's common noun describes."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..core.alternation import alternation
from ..knowledge import Knowledge
from ..model import Mention
from . import DocContext
from .relations_cues import Cues
from .relations_parse import described_name
from .relations_stated import COLLECTIVE_SUFFIX, actor_kind


def described_names(ctx: DocContext, mentions: list[Mention]) -> dict[int, str]:
    """The named actor each body named by common words stands for, by the start of its mention ("Kataib Hezbollah
    is an Iran-backed militia", "the Fano, an Amhara militia allied with the army"): the mention's head read by
    ``described_name``, the parse's rule for such nouns (relations_parse.py)."""
    at = ctx.mentions_by_token(mentions)
    kind_of = lambda m: actor_kind(ctx.knowledge, m)  # noqa: E731
    out: dict[int, str] = {}
    for mention in mentions:
        root = ctx.mention_root(mention)
        named = described_name(root, at, kind_of) if root is not None else None
        if named is not None and named.actor != mention.actor:
            out[mention.start] = str(named.actor)
    return out


def implied(knowledge: Knowledge, mention: Mention, find: Callable[[str], str | None]) -> list[tuple[str, str, str]]:
    """Ties a single name states: 'Iran-backed militias' (Iran backs them), 'Tehran's PMF proxies' (part of
    the PMF), 'the U.S.-led coalition' (the US leads it)."""
    actor = mention.actor or ""
    out = []
    if actor.endswith(COLLECTIVE_SUFFIX):
        state = actor.removesuffix(COLLECTIVE_SUFFIX)
        out.append((state, "backs", actor))
        # A known group named inside the collective's name is the umbrella it belongs to.
        for word in re.findall(r"[A-Z][\w’'-]+", mention.text):
            record = knowledge.get(knowledge.find(word) or "")
            if record is not None and record.id != state and record.kind != "state":
                out.append((actor, "part_of", record.id))
        return out
    # "the Global Coalition against Daesh": a body named for its fight opposes the foe its name holds.
    against = re.search(r"\b(?:against|to (?:defeat|counter|combat)) (?:the )?(?P<foe>[A-Z][\w-]*(?: [A-Z][\w-]*)*)$",
                        mention.text)
    foe = find(against["foe"]) if against else None
    if foe and foe != actor:
        out.append((actor, "opposes", foe))
    # "Hamas's military wing" (a name of the Qassam Brigades): a body named as a part of a possessor is part of it
    parts = knowledge.lexicon("relations")["words"].get("part", ())
    whole = re.match(rf"^(?:the\s+)?(?P<owner>[A-Z][\w.-]*(?: [A-Z][\w.-]*)*)[’']s?\s+(?:[\w-]+\s+)?"
                     rf"(?:{alternation(parts)})$", mention.text) if parts else None
    owner = find(whole["owner"]) if whole else None
    record = knowledge.get(owner) if owner else None
    if record is not None and owner != actor and record.kind not in ("state", "person", "media"):
        out.append((actor, "part_of", owner))
    compounds = knowledge.lexicon("relations").get("compounds", {})
    match = re.match(r"^(?:the\s+)?(.+?)[-‐](\w+)\s+\S", mention.text, re.IGNORECASE)
    if match and match.group(2).lower() in compounds:
        owner = find(match.group(1))
        if owner and owner != actor:
            out.append((owner, compounds[match.group(2).lower()], actor))
    return out


def group_titled(ctx: DocContext, cues: Cues, mentions: list[Mention]) -> list[tuple[str, str, str, int]]:
    """'Rebel spokesman Bassam Haj Mustafa': the person's tie to the body named before whose name ends in the
    title's common noun or its plural ('the rebels'), else to the one body of the document whose name holds the noun
    ('Police spokeswoman X', 'the Calgary Police Service'); none where no such body was named (docs/annotation.md,
    *Relations*: titles written with a name)."""
    if cues.group_title is None:
        return []
    text, out = ctx.document.text, []
    for mention in mentions:
        if mention.type != "PERSON":
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        match = cues.group_title.search(text, max(line_start, mention.start - 60), mention.start)
        # ("X, the army's spokesman": the title after the name; the body still named before the title)
        after = cues.group_title_after.match(text[mention.end:mention.end + 80]) \
            if match is None and cues.group_title_after is not None else None
        if match is None and after is None:
            continue
        found_by = match or after
        group_at, before = (match.start("group"), match.start()) if match else (mention.end + after.start("group"),
                                                                                mention.start)
        group = found_by["group"].lower()
        predicate = next((p for regex, p in cues.group_predicates if regex.match(found_by["title"])), None)
        bodies = [m for m in mentions if m.actor != mention.actor and actor_kind(ctx.knowledge, m) not in
                  ("person", "media")]
        found = next((m for m in reversed([m for m in bodies if m.end <= before])
                      if m.text.lower().split()[-1:] in ([group], [group + "s"], [group + "es"])), None)
        # (not where the noun is a name's own: "Russian Foreign Ministry spokeswoman X", which the cues read)
        if found is None and not any(m.start <= group_at < m.end for m in mentions):
            # "Police spokeswoman X said ... The Calgary Police Service arrested him": else the one body of the
            # document whose name holds the noun, named before or after (docs/annotation.md, *Charities ...*: a
            # spokesperson titled without the body's name speaks for the body the text is about)
            holding = {m.actor: m for m in bodies if group in m.text.lower().split()}
            found = next(iter(holding.values())) if len(holding) == 1 else None
        if found is not None and predicate:
            out.append((str(mention.actor), predicate, str(found.actor), mention.start))
    return out


def party_appositions(ctx: DocContext, mentions: list[Mention]) -> list[tuple[str, str, int]]:
    """(person, party, char) for a party's one-word name in apposition to a person's name, as the knowledge base
    knows the party ("<word> Party"): "X, a Florida Republican,", "Y, a Democrat from Ohio" (docs/annotation.md,
    *Relations*: a person in a party is `member_of` it)."""
    out = []
    people = {m.start: m for m in mentions if m.type == "PERSON" and m.actor}
    for mention in mentions:
        if not mention.actor or " " in mention.text or ctx.knowledge.find(f"{mention.text} Party") != mention.actor:
            continue
        root = ctx.mention_root(mention)
        if root is None or root.dep_ != "appos":
            continue
        person = next((p for p in people.values() if p.start <= root.head.idx < p.end), None)
        if person is not None:
            out.append((str(person.actor), str(mention.actor), person.start))
    return out
