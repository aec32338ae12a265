"""Which bodies a post in states a tie with, and heads whose title names the head of one kind of body only.

Three readings of general news (docs/annotation.md, *Companies, and which bodies are workplaces* and *Charities,
foundations, past offices*), each driven by the relation lexicon's data:

- a workplace (a business, a school, a university, a hospital) is a body a post in states no tie: by a word of its
  name ("Inc.", "University"), by a business officer's title written with it ("CEO of ExxonMobil"), or as a unit of
  one ("director of the Institute of Business and Law at Aberystwyth University");
- a title that heads only a body of one kind (``kind_heads``): a school district's superintendent, a church's
  pastor, a fire department's chief leads it ("Superintendent X of the Granite School District"), where elsewhere
  the same word is a rank or a job ("Supt. X of the police");
- a body named again by a definite common noun ("a spokesperson for the foundation") is the one body of the
  document, named before, whose name holds that noun (``definite_bodies``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..core.alternation import alternation
from ..model import Mention
from . import DocContext
from .relations_parse_cues import Workplaces

NOT_BODIES = ("person", "state", "media")  # kinds a definite common noun for a body never stands for
# Right after a workplace's unit, before the workplace's name: "the Institute of X at Y University" (the tagger may
# keep the "at" inside the unit's name)
UNIT_OF = re.compile(r"\s*(?:,\s*)?(?:(?:at|of|in)\s+)?(?:the\s+)?$")


@dataclass(frozen=True)
class BodyHead:
    """One entry of ``kind_heads``: the title before or after a person's name, and the words of the body's name."""

    title: re.Pattern[str]  # matched as a whole between a name and the body's, with its article and qualifiers
    bodies: frozenset[str]
    not_before: frozenset[str]  # "Deputy Fire Chief": a word right before the title that makes it no head's


@dataclass(frozen=True)
class BodyHeads:
    heads: tuple[BodyHead, ...] = ()
    qualifiers: str = ""

    def ties(self, text: str, people: list[Mention], bodies: list[Mention],
             names: Callable[[Mention], set[str]]) -> list[tuple[Mention, Mention]]:
        """(person, body) for each head a title of ``heads`` names, in one of five forms: "X, (the) superintendent
        of Y", "Superintendent X of Y", "X, the district's superintendent", "Y Superintendent X", "The superintendent
        of Y, X". ``names``: the words of a body's names, lower case (its mention's and its actor's: "RCMP" is the
        Royal Canadian Mounted Police)."""
        out = []
        for head in self.heads:
            for body in bodies:
                if not names(body) & head.bodies:
                    continue
                for person in people:
                    if person.end <= body.start:
                        between = text[person.end:body.start]
                        after = _match(rf",? (?:who (?:is|was) |is |was )?(?:the )?{self.qualifiers}"
                                             rf"(?P<title>{head.title.pattern}) (?:of|at|for) (?:the )?", between)
                        before = re.search(rf"(?<![\w.])(?P<title>{head.title.pattern}) (?:[A-Z][a-z]{{0,4}}\. )?$",
                                           text[max(0, person.start - 40):person.start], re.IGNORECASE)
                        before_ok = before is not None and re.fullmatch(r",? (?:of|at|with) (?:the )?", between) \
                            and _head_word(text, person.start - len(before.group(0)), head)
                        # "X, the church's pastor", "X, Granite School District superintendent"
                        # (not a title that only qualifies a lower-case word: "the church's minister emeritus")
                        owned = re.fullmatch(r",? (?:the )?", between) and re.match(
                            rf"(?:[’']s)? {self.qualifiers}(?:{head.title.pattern})\b(?! of)(?! (?-i:[a-z]))",
                            text[body.end:], re.IGNORECASE)
                        if after or before_ok or owned:
                            out.append((person, body))
                    elif body.end <= person.start:
                        between = text[body.end:person.start]
                        titled = _match(rf"(?:[’']s)? {self.qualifiers}(?P<title>{head.title.pattern}),? "
                                              r"(?:[A-Z][a-z]{0,4}\. )?", between)
                        fronted = between == ", " and re.search(
                            rf"(?:[.;:] |\b[Tt]he ){self.qualifiers}(?P<title>{head.title.pattern}) (?:of|at) "
                            r"(?:the )?$", text[max(0, body.start - 60):body.start], re.IGNORECASE)
                        if titled or fronted:
                            out.append((person, body))
        return out


def _match(pattern: str, between: str) -> bool:
    return re.fullmatch(pattern, between, re.IGNORECASE) is not None


def _head_word(text: str, start: int, head: BodyHead) -> bool:
    """Whether the title starting at ``start`` is a head's: no word of ``not_before`` right before it ("Deputy")."""
    before = text[max(0, start - 30):start].split()
    return not before or before[-1].lower().strip(".,") not in head.not_before


def compile_body_heads(lexicon: dict) -> BodyHeads:
    """The lexicon's ``kind_heads``, compiled."""
    words = lexicon.get("words", {})
    qualifiers = alternation(words.get("title_modifier", []))
    heads = tuple(BodyHead(re.compile(alternation(entry["titles"]), re.IGNORECASE),
                           frozenset(str(w).lower() for w in entry["bodies"]),
                           frozenset(str(w).lower() for w in entry.get("not_before", ())))
                  for entry in lexicon.get("kind_heads", []))
    return BodyHeads(heads, rf"(?:(?:{qualifiers}) )?" if qualifiers else "")


def workplaces(ctx: DocContext, workplace: Workplaces) -> set[str]:
    """The actors of the document that are a workplace: a business, a school, a university or a hospital ("medical
    director of the Toronto General Hospital"), not a governmental body ("the University police", "the school
    district") nor one the knowledge base knows as another kind of body. A word of the name makes one
    (``workplace.words``); so does a business officer's title written with the name ("the CEO of ExxonMobil",
    "Suncor CEO X"), and so does standing as a unit of a workplace named right after it ("the Institute of Business
    and Law at Aberystwyth University")."""
    text = ctx.document.text
    bodies = [m for m in ctx.mentions if m.actor and m.type == "ORG"]
    out: set[str] = set()

    def candidate(mention: Mention) -> bool:
        record = ctx.knowledge.get(str(mention.actor))
        return (record is None or record.kind == "organization") and not _words(mention) & workplace.not_with

    for mention in bodies:
        if candidate(mention) and _words(mention) & workplace.words:
            out.add(str(mention.actor))
    # (by a title or as a unit, only a body the knowledge base does not know: it knows no business, and a known
    # charity may have a chief executive officer: "the CEO of the Canadian Red Cross")
    unknown = [m for m in bodies if ctx.knowledge.get(str(m.actor)) is None]
    for mention in unknown:
        if not candidate(mention) or workplace.title_before is None or workplace.title_after is None:
            continue
        before, after = text[max(0, mention.start - 40):mention.start], text[mention.end:mention.end + 40]
        if workplace.title_before.search(before) or workplace.title_after.match(after):
            out.add(str(mention.actor))
    # ... and so does a business's common noun written with it: "the tech giant Apple", "Tesla, the carmaker"
    for mention in unknown:
        if not candidate(mention) or workplace.noun_before is None or workplace.noun_after is None:
            continue
        before, after = text[max(0, mention.start - 40):mention.start], text[mention.end:mention.end + 60]
        if workplace.noun_before.search(before) or workplace.noun_after.match(after):
            out.add(str(mention.actor))
    for mention, following in zip(unknown, unknown[1:], strict=False):
        if str(following.actor) in out and candidate(mention) and following.start >= mention.end \
                and (UNIT_OF.fullmatch(text[mention.end:following.start])
                     or mention.text.endswith((" at", " of"))) and "\n" not in text[mention.end:following.start]:
            out.add(str(mention.actor))
    return out


def _words(mention: Mention) -> set[str]:
    return {w.lower().strip(",") for w in mention.text.split()}


def compile_definite(nouns: Iterable[str]) -> re.Pattern[str] | None:
    """The pattern ``definite_bodies`` reads: "the" and one of ``nouns`` (relations.yaml ``definite_bodies``), not the
    first word of a name ("The Foundation Trust")."""
    nouns = sorted({str(w).lower() for w in nouns})
    return re.compile(rf"\b[Tt]he (?P<noun>{alternation(nouns)})\b(?![-‐]\w)(?! (?-i:[A-Z]))",
                      re.IGNORECASE) if nouns else None


def definite_bodies(ctx: DocContext, start: int, end: int, mentions: list[Mention], regex: re.Pattern[str] | None,
                    kind_of: Callable[[Mention], str]) -> list[Mention]:
    """'The Children's Hospital Foundation of Manitoba has put out a call ... Tanya Williams, a spokesperson for the
    foundation, says': "the" and a common noun of ``nouns`` in the sentence stand for the one body named before in
    the document whose name holds that noun; none where two bodies' names hold it, or none does. Returned as
    mentions of that body where the noun stands, for the relation cues to read like its name (``regex``:
    ``compile_definite``)."""
    if regex is None:
        return []
    text, out = ctx.document.text, []
    for match in regex.finditer(text, start, end):
        noun = match["noun"]
        if not noun.islower() or any(m.start <= match.start("noun") < m.end for m in mentions):
            continue
        # (not a noun that only qualifies the next: "the district attorney", "the church hall")
        span = ctx.doc.char_span(match.start("noun"), match.end("noun"))
        if span is None or span.root.dep_ in ("compound", "amod", "nmod"):
            continue
        named = {m.actor: m for m in mentions if m.end <= match.start() and m.actor and m.type == "ORG"
                 and noun in {w.lower().strip(".,’'") for w in m.text.split()} and kind_of(m) not in NOT_BODIES}
        if len(named) == 1:
            body = next(iter(named.values()))
            out.append(Mention(ctx.document.id, match.start("noun"), match.end("noun"), body.text, body.type,
                               body.actor))
    return out


def compile_spokes(spokes: Iterable[str]) -> re.Pattern[str] | None:
    """The pattern ``unnamed_spokespeople`` reads before a person's name: a spokesperson's title (relations.yaml
    ``words.spokes``) opening a sentence, a clause or a quote's attribution, with no body named."""
    spokes = sorted(str(w) for w in spokes)
    return re.compile(rf"(?:^|[.;:!?\"“”]\s+|\bsaid\s+|\bsays\s+|,\s+)(?:(?:[Aa]|[Tt]he)\s+)?"
                      rf"(?:{alternation(spokes)}),?\s+(?:[A-Z][a-z]{{0,4}}\.\s+)?$", re.IGNORECASE) if spokes else None


def unnamed_spokespeople(ctx: DocContext, mentions: list[Mention], title: re.Pattern[str] | None,
                         kind_of: Callable[[Mention], str], ties: set[str]) -> list[tuple[Mention, Mention]]:
    """'Spokeswoman Jane Doe said', '"...," said spokesman John Roe': a spokesperson titled with no body speaks for
    the body the text is about (docs/annotation.md, *Charities, foundations, past offices*: core false), read as the
    body the document names most often, where one does (twice at least, more often than any other); not a person,
    a state or a medium, and not for a person ``ties`` already gives a body to (``title``: ``compile_spokes``)."""
    if title is None:
        return []
    text = ctx.document.text
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for mention in mentions:
        if mention.actor and mention.type == "ORG" and kind_of(mention) not in NOT_BODIES:
            counts[mention.actor] = counts.get(mention.actor, 0) + 1
            first.setdefault(mention.actor, mention)
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return []
    body = first[ranked[0][0]]
    out = []
    for person in mentions:
        if person.type != "PERSON" or person.actor in ties or person.actor == body.actor:
            continue
        line_start = text.rfind("\n", 0, person.start) + 1
        if title.search(text[line_start:person.start]):
            out.append((person, body))
    return out
