"""Which mentions of a sentence take part in a tie, and the role the parse gives each (a verb's object, an
apposition, a modifier of a noun)."""

from __future__ import annotations

from dataclasses import replace

from ..model import Mention
from . import DocContext, first_conjunct
from .relations_cues import Cues
from .relations_parse_arguments import role_holder


def actors_only(cues: Cues, text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions that can take part in a tie: not a place ("in Iraq"); a state naming the body after it
    ("the U.S. Department of Defense") is folded into that body's mention."""
    out: list[Mention] = []
    modifier: Mention | None = None
    for i, mention in enumerate(mentions):
        if mention.type == "GPE" and cues.place_before.search(text[max(0, mention.start - 40):mention.start]):
            continue
        # ("LE Central Holdings, LLC": a company's legal form after its name is the name's end, no party of its own)
        if out and out[-1].type == "ORG" and mention.text.lower() in cues.legal_forms \
                and text[out[-1].end:mention.start] in (", ", " "):
            out[-1] = replace(out[-1], end=mention.end)
            continue
        # (``match(text, pos)`` would not anchor '^' at pos: the text after the mention is matched on its own)
        if mention.type in ("GPE", "NORP") and cues.place_after and cues.place_after.match(text[mention.end:][:20]):
            continue
        # ("Labour leader Keir Starmer", "Labour MP X": before a party's title the word is the party's name)
        if mention.text.lower() in cues.portfolios and not (cues.party_title and cues.party_title.match(
                text, mention.end)):
            continue
        if mention.type == "NORP" and cues.qualified and cues.qualified.match(text[mention.end:mention.end + 40]) \
                and not text[mention.end + 1:mention.end + 2].isupper():
            continue
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        # ("Ukraine's National Guard" likewise: the state's possessive only says whose body it is)
        if (mention.type in ("GPE", "NORP") and following is not None and following.type == "ORG"
                and following.start > mention.end and text[mention.end:following.start].strip() in ("", "’s", "'s")):
            modifier = mention
            continue
        if modifier is not None:
            mention = replace(mention, start=modifier.start)
            modifier = None
        out.append(mention)
    return out


def verb_object(ctx: DocContext, mention: Mention) -> bool:
    """Whether a name is the object of a verb's or an adjective's preposition ("stands by Iraq", "works with Iraq",
    "loyal to Haftar"), or a participle's agent ("backed by the UAE"), so not the one
    who does the act the clause goes on to name ("to defeat Daesh": the subject does). A verb's direct object may
    be ("assisting Iraqi forces to defeat ISIS": the forces defeat it)."""
    root = ctx.mention_root(mention)
    if root is None:
        return False
    root = first_conjunct(root)
    # (a participle's agent or an adjective's object alike: "militias backed by the UAE, have been fighting", "fighters
    # close to Hezbollah are at war with": the militias and the fighters fight)
    return root.dep_ == "pobj" and root.head.dep_ in ("prep", "agent") \
        and root.head.head.pos_ in ("VERB", "AUX", "ADJ")


def direct_object(ctx: DocContext, mention: Mention) -> bool:
    """Whether a name is a verb's direct object ("families fleeing the RSF", "Kenya hosted the TPLF")."""
    root = ctx.mention_root(mention)
    return root is not None and first_conjunct(root).dep_ == "dobj"


def describes_apposition(ctx: DocContext, mention: Mention) -> bool:
    """Whether a demonym only describes a noun in apposition ("Hezbollah, the Lebanese Shiite group backed by
    Iran"): it names no third party between the two a cue ties."""
    if mention.type != "NORP":
        return False
    root, steps = ctx.mention_root(mention), 0
    if root is None:
        return False
    while root.dep_ in ("amod", "compound") and root.head is not root and steps < 3:  # "the Lebanese Shiite group"
        root, steps = root.head, steps + 1
    return steps > 0 and root.dep_ == "appos" and root.pos_ == "NOUN"


def singular_apposition(ctx: DocContext, mention: Mention) -> int | None:
    """Where a role in the singular stands in apposition to the mention ("X and Y, the president of Z"), the role's
    character offset: it tells of that one name, not of the names coordinated before it (``role_holder``, the
    parse's reading of such a role)."""
    root = ctx.mention_root(mention)
    if root is None:
        return None
    # (the parse may hang the role on the coordination's head: "Deby and Masra, the prime minister of ...")
    heads = [root, root.head] if root.dep_ == "conj" else [root]
    role = next((c for head in heads for c in head.children if c.idx >= mention.end and role_holder(c) == root), None)
    return role.idx if role is not None else None


def modifies_noun(ctx: DocContext, mention: Mention) -> bool:
    """Whether a name only qualifies the noun after it ("AAH leaders", "Hamas fighters")."""
    span = ctx.mention_span(mention)
    if span is None or span.end >= len(ctx.doc):
        return False
    after, root = ctx.doc[span.end], first_conjunct(span.root)  # "KH and AAH leaders": AAH is joined to KH
    return after.pos_ in ("NOUN", "PROPN") and root.head == after
