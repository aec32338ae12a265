"""The relation lexicon compiled: its patterns, hyphened prefixes, conjunctions and title cues."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.alternation import alternation
from ..knowledge import Knowledge, word_set
from .relations_bodies import BodyHeads, compile_body_heads, compile_definite, compile_spokes
from .relations_parse_cues import ParseCues, compile_parse_cues
from .relations_possessive import compile_possessive

# Placeholders for the two mentions under test; characters that cannot occur in news text.
MARK_A, MARK_B = "⟦A⟧", "⟦B⟧"


@dataclass(frozen=True)
class Pattern:
    predicate: str
    regex: re.Pattern[str]
    subject: str  # "A" (the earlier mention) or "B"
    subject_kind: frozenset[str] | None
    object_kind: frozenset[str] | None
    subject_not_kind: frozenset[str]
    object_not_kind: frozenset[str]
    adjacent: bool
    not_object: bool = False  # the subject may not be a verb's prepositional object ("stands by Iraq to defeat")
    named: bool = False  # the subject may not be people named by common words ("experts at X"; "the office at" may)
    named_object: bool = False  # the object must be named, not a collective's common noun ("Hemedti's forces")
    own_fight: bool = False  # the subject may not only react to the fight ("criticised the campaign against")
    # the object may not be a verb's object, a participle's agent or a preposition's object of a verb: it is the
    # subject of the clause ("families fleeing the RSF received aid from the WFP" tells of no RSF)
    free_object: bool = False


@dataclass(frozen=True)
class Cues:
    """The relation lexicon, compiled."""

    patterns: tuple[Pattern, ...]
    # "U.S.-designated ...": (regex, predicate, the kinds its object may not be: "the Qatar-funded Al Jazeera")
    prefixes: tuple[tuple[re.Pattern[str], str, frozenset[str]], ...]
    place_before: re.Pattern[str]
    part_of_kinds: dict[str, list[str]]
    place_after: re.Pattern[str] | None = None  # "Britain-based": a place as where a body is based
    conjoined: tuple[re.Pattern[str], ...] = ()  # "X and <subject>": X shares the subject's tie
    fronted: re.Pattern[str] | None = None  # "Along with X, <subject> ...": likewise
    listed: tuple[re.Pattern[str], ...] = ()  # "W, X and <subject>": so does W
    portfolios: frozenset[str] = frozenset()  # "Interior" in "Interior Minister X" names no body
    group_title: re.Pattern[str] | None = None  # "Rebel spokesman X": (group word, title) right before a person
    group_predicates: tuple[tuple[re.Pattern[str], str], ...] = ()  # which title states which tie
    possessive: tuple[re.Pattern[str], ...] | None = None  # "one of its constituent groups, along with ..."
    pronouns: frozenset[str] = frozenset()  # "It was ... headed by X": a pronoun for the last subject body
    # "the SDF, a U.S.-backed alliance": the hyphenated name's tie to the mention the apposition describes
    appositive: tuple[tuple[re.Pattern[str], str], ...] = ()
    # "the Syrian affiliate of the PKK": a demonym that only qualifies a part's or a member's noun is no party
    qualified: re.Pattern[str] | None = None
    its: re.Pattern[str] | None = None  # "Its commander, X": a possessive pronoun before a title or a part's noun
    bodies: frozenset[str] = frozenset()  # words of a body's name ("Police", "Ministry"): speech.yaml's speaker_names
    parse: ParseCues = ParseCues()  # ties read off the dependency parse (relations_parse.py)
    people: frozenset[str] = frozenset()  # "He was a commander of Y": a pronoun for the last subject person
    party_title: re.Pattern[str] | None = None  # "Labour MP X": a title after a portfolio's word makes it a party's
    body_heads: BodyHeads = BodyHeads()  # "Superintendent X of the Y School District" (relations_bodies.py)
    definite: re.Pattern[str] | None = None  # "a spokesperson for the foundation": "the" and a body's noun
    legal_forms: frozenset[str] = frozenset()  # "LLC", "Inc.": a company's legal form, the end of its name
    spokes: re.Pattern[str] | None = None  # "Spokeswoman X said": a title relations_bodies.unnamed_spokespeople reads
    group_title_after: re.Pattern[str] | None = None  # "X, the army's spokesman": (group word, title) right after
    media_after: re.Pattern[str] | None = None  # "Al-Ahram news outlet": a medium's noun after a name (prefixes)
    part_after: re.Pattern[str] | None = None  # "the ICRC delegation": a part's noun after a body's name (part_head)


def compile_cues(knowledge: Knowledge) -> Cues:
    """The lexicon's patterns with their word lists and placeholders expanded."""
    lexicon = knowledge.lexicon("relations")
    words = {name: alternation(entries) for name, entries in lexicon["words"].items()}
    words["A"], words["B"] = re.escape(MARK_A), re.escape(MARK_B)
    # A head's title never right after a deputy's word: "the deputy leader of X", "X deputy chief Y", "the vice
    # president of Y" hold a post under the head (docs/annotation.md, *Relations*; relations.yaml `deputy`)
    not_deputy = "".join(rf"(?<!\b{re.escape(w)}{'' if w.endswith('-') else ' '})"
                         for w in lexicon["words"].get("deputy", ()))
    for key in ("leader", "head_title", "state_leader", "local_head"):
        if key in words:
            words[key] = not_deputy + f"(?:{words[key]})"
    patterns = []
    expand = lambda body: re.sub(r"\{(\w+)\}", lambda m: words.get(m.group(1), m.group(0)), body)  # noqa: E731
    compounded = alternation(lexicon.get("compounds", {}))
    for entry in lexicon["patterns"]:
        body = expand(entry["pattern"])
        # "part of the Pentagon's mission": B only qualifies another noun; but a person titled as the subject stays
        # titled in a possessive ("Syrian President Bashar al-Assad's forces").
        ends_in_b = body.endswith(words["B"])
        if ends_in_b and not (entry["subject"] == "B" and entry.get("subject_kind") == ["person"]):
            body += r"(?!\s?[’']s\b)"
        # "fought an insurgency against the US-backed government": a name in a hyphenated compound only qualifies
        # the noun after it (the compound's own tie is read apart, `compounds`)
        if ends_in_b and compounded:
            body += r"(?![-‐](?:" + compounded + r")\b)"
        kinds = {k: frozenset(entry[k]) if k in entry else None for k in ("subject_kind", "object_kind")}
        patterns.append(Pattern(
            entry["predicate"], re.compile(body, re.IGNORECASE), entry["subject"],
            kinds["subject_kind"], kinds["object_kind"],
            frozenset(entry.get("subject_not_kind", ())), frozenset(entry.get("object_not_kind", ())),
            entry.get("adjacent", True), entry.get("not_object", False), entry.get("named", False),
            entry.get("named_object", False), entry.get("own_fight", False), entry.get("free_object", False),
        ))
    prefixes = tuple(
        (re.compile(r"(?<![\w-])(?P<name>[A-Z][\w.]*?)[-‐]" + entry["word"] + " " + expand(entry["gap"]),
                    re.IGNORECASE), entry["predicate"], frozenset(entry.get("object_not_kind", ())))
        for entry in lexicon.get("prefix_compounds", [])
    )
    appositive = tuple(
        (re.compile(r"^,? (?:(?:is|was|are|were|remains|became|has become) )?(?:a|an|the|one of the) (?:[\w-]+ ){0,2}?"
                    r"(?P<name>[A-Z][\w.]*?)[-‐]" + entry["word"] + r"\b"),
         entry["predicate"])
        for entry in lexicon.get("prefix_compounds", [])
    )
    nouns = [w for key in ("part", "parts", "member", "leader", "spokes") for w in lexicon["words"].get(key, [])
             if w not in lexicon["words"].get("state_leader", [])]
    qualified = alternation(nouns) if nouns else ""
    titles_parts = alternation([w for key in ("part", "leader", "spokes") for w in lexicon["words"].get(key, [])])
    # "the group's leader": a description of a body in the possessive, like "its"
    # (and the same noun described in lower-case words: "the guerrilla group's commander")
    nouns = sorted({p.split()[-1] for p in lexicon.get("possessive_parts", {}).get("pronoun_subjects", [])
                    if p.startswith("the ")})
    # ("the rebels' spokesman": a plural's possessive)
    described = (r"the (?:(?-i:[a-z])[\w-]* ){0,2}" + alternation(nouns) + r"(?:[’']s|(?<=s)[’'](?!\w))") \
        if nouns else "its"
    optional = lambda key: re.compile(lexicon[key], re.IGNORECASE) if key in lexicon else None  # noqa: E731
    return Cues(tuple(patterns), prefixes, re.compile(lexicon["place_before"], re.IGNORECASE),
                lexicon.get("part_of_kinds", {}), optional("place_modifier_after"),
                tuple(re.compile(c, re.IGNORECASE) for c in lexicon.get("conjoined_subject", [])),
                optional("conjoined_fronted"),
                tuple(re.compile(c, re.IGNORECASE) for c in lexicon.get("conjoined_list", [])),
                frozenset(lexicon.get("portfolios", [])), *_group_title_cues(lexicon, words),
                compile_possessive(lexicon, expand),
                frozenset(lexicon.get("possessive_parts", {}).get("pronoun_subjects", ())), appositive,
                # (not a head of state's title: "the Iraqi prime minister X" is Iraq's)
                re.compile(r"^ (?!(?:(?:" + words["title_modifier"] + r") )?(?:" + words["state_leader"] + r")\b)"
                           r"(?:[\w-]+ )?(?:" + qualified + r")\b", re.IGNORECASE) if qualified else None,
                re.compile(r"\b(its|their|" + described + r") (?=(?:[\w-]+ ){0,2}(?:" + titles_parts + r")\b)",
                           re.IGNORECASE) if titles_parts else None,
                frozenset(knowledge.lexicon("speech")["speaker_names"]["bodies"]), compile_parse_cues(lexicon),
                frozenset(lexicon.get("possessive_parts", {}).get("person_pronouns", ())),
                party_title=_party_title(lexicon), body_heads=compile_body_heads(lexicon),
                definite=compile_definite(lexicon.get("definite_bodies", ())),
                legal_forms=frozenset(str(w).lower() for w in lexicon.get("legal_forms", ())),
                spokes=compile_spokes(lexicon["words"].get("spokes", ())),
                group_title_after=_group_title_after(lexicon, words), media_after=optional("media_after"),
                part_after=optional("part_after"))


def _party_title(lexicon: dict) -> re.Pattern[str] | None:
    """A title right after a word of a portfolio that makes the word a party's name: a member's, a leader's or a
    spokesperson's title that is no government office's ("Labour MP", "Labour leader"; not "Labour Minister")."""
    words = lexicon["words"]
    offices = word_set(lexicon, "portfolio_titles")
    titles = [w for key in ("member", "leader", "spokes") for w in words.get(key, []) if str(w).lower() not in offices]
    return re.compile(rf" (?:(?:{alternation(words.get('title_qualifier', []))}) )?(?:{alternation(titles)})\b",
                      re.IGNORECASE) if titles else None


def _group_title_cues(
    lexicon: dict, words: dict[str, str]
) -> tuple[re.Pattern[str] | None, tuple[tuple[re.Pattern[str], str], ...]]:
    """The group-title cue ("Rebel spokesman X") and, per title word list, the predicate it states."""
    entry = lexicon.get("group_titles")
    if not entry:
        return None, ()
    groups = alternation(entry["groups"])
    titles = "|".join(words[name] for name in entry["titles"])
    # ("the army's spokesman, Brig. Gen. X": the group's possessive too)
    regex = re.compile(rf"(?<![\w-])(?P<group>{groups})(?:[’']s|s[’'])? (?P<title>{titles}),? "
                       rf"(?:[A-Z][a-z]{{0,4}}\. )?$", re.IGNORECASE)
    predicates = tuple((re.compile(rf"^{words[name]}$", re.IGNORECASE), predicate)
                       for name, predicate in entry["titles"].items())
    return regex, predicates


def _group_title_after(lexicon: dict, words: dict[str, str]) -> re.Pattern[str] | None:
    """The group-title cue after the name, with "the" (one body's one spokesperson or head): "X, the army's
    spokesman", "Y, the rebels' leader" (not "X, a rebel leader": one of several)."""
    entry = lexicon.get("group_titles")
    if not entry:
        return None
    titles = "|".join(words[name] for name in entry["titles"])
    return re.compile(rf"^,? the (?P<group>{alternation(entry['groups'])})(?:[’']s|s[’'])? (?P<title>{titles})\b",
                      re.IGNORECASE)
