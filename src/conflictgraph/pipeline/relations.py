"""Find lasting ties between actors (backs, part_of, leads, ...) where the text states them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..core.alternation import alternation
from ..core.identity import merge_relations as merge
from ..gazetteer import Gazetteer
from ..knowledge import Knowledge, normalize_name, word_set
from ..model import ACTOR_TYPES, Evidence, Mention, Relation
from . import CorpusContext, DocContext, factory, first_conjunct, stage
from .relations_bodies import (
    BodyHeads,
    compile_body_heads,
    compile_definite,
    compile_spokes,
    definite_bodies,
    unnamed_spokespeople,
    workplaces,
)
from .relations_offices import people_by_start, place_offices
from .relations_parse import (
    ParseCue,
    ParseCues,
    compile_parse_cues,
    described_name,
    fight_bystander,
    parse_ties,
    role_holder,
)
from .relations_possessive import compile_possessive, possessive_parts, possessive_pronouns, pronoun_subject

COLLECTIVE_SUFFIX = "-backed-militias"
# Placeholders for the two mentions under test; characters that cannot occur in news text.
MARK_A, MARK_B = "⟦A⟧", "⟦B⟧"
PARAGRAPH_BREAK = re.compile(r"\n\s*")  # a headline, a dateline, a paragraph: each line stands alone
BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
MAX_PAIR_CHARS = 260  # ties are stated locally; farther pairs only cost time and precision
# "the Houthis' military spokesman": a plural's possessive reads as any other ("the Houthis's"), so that one cue
# covers both; a name masked out no longer shows its final "s", hence the mark on its own.
PLURAL_POSSESSIVE = re.compile(rf"({re.escape(MARK_A)}|{re.escape(MARK_B)})[’'](?!\w)")


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
    part_after: re.Pattern[str] | None = None  # "the ICRC delegation": a part's noun after a body's name (_part_head)


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


def actor_kind(knowledge: Knowledge, mention: Mention) -> str:
    """The kind of the mention's actor: from the knowledge base, else guessed from the mention type."""
    record = knowledge.get(mention.actor or "")
    if record is not None:
        return record.kind
    if (mention.actor or "").endswith(COLLECTIVE_SUFFIX):
        return "armed_group"
    return {"PERSON": "person", "GPE": "state", "NORP": "state"}.get(mention.type, "organization")


def sentence_bounds(ctx: DocContext, char: int) -> tuple[int, int]:
    """The sentence holding ``char`` (the pipeline starts a sentence at every line break)."""
    return ctx.sentence_at(char)


def actor_mentions(ctx: DocContext) -> list[Mention]:
    return [m for m in ctx.mentions if m.actor and m.type in ACTOR_TYPES]


@factory("relations", requires=("mentions", "actor-ids"), provides=("relations",))
class FindRelations:
    """Relations stated in each sentence: implied by collective names, then matched by the lexicon's cues.

    The lexicon's cues are compiled once, when the stage is made.
    """

    def __init__(self, knowledge: Knowledge, gazetteer: Gazetteer) -> None:
        self.cues = compile_cues(knowledge)
        self.knowledge = knowledge
        self.demonyms = {normalize_name(d): r.id for r in knowledge.states() for d in r.demonyms}

    def owner(self, name: str) -> str | None:
        """The actor a name in a hyphenated compound stands for: an alias ("U.S.-led"), or a state's demonym
        ("Saudi-led", "Turkish-backed", "Rwandan-backed")."""
        return self.knowledge.find(name) or self.demonyms.get(normalize_name(name))

    def __call__(self, ctx: DocContext) -> None:
        text = ctx.document.text
        cues = self.cues
        found: dict[tuple[str, str, str], list[Evidence]] = {}

        def add(subject: str, predicate: str, obj: str, char: int) -> None:
            if subject == obj:
                return
            start, end = sentence_bounds(ctx, char)
            evidence = found.setdefault((subject, predicate, obj), [])
            if all(e.start != start for e in evidence):
                evidence.append(Evidence(ctx.document.id, start, end, text[start:end]))

        mentions = actor_mentions(ctx)
        # "Kataib Hezbollah is an Iran-backed militia", "the Fano, an Amhara militia allied with ...": a body
        # described by a common noun in a copula or an apposition is the named one, which takes its ties
        described = _described_names(ctx, mentions)
        for mention in mentions:
            named = described.get(mention.start)
            for subject, predicate, obj in _implied(ctx.knowledge, mention, self.owner):
                if named is not None:
                    subject, obj = (named if x == mention.actor else x for x in (subject, obj))
                add(subject, predicate, obj, mention.start)
        mentions = [replace(m, actor=described[m.start]) if m.start in described else m for m in mentions]
        starts = {m.start: m for m in mentions}
        for regex, predicate, not_kind in cues.prefixes:
            for match in regex.finditer(text):
                owner, target = self.owner(match["name"]), starts.get(match.end())
                kind = _medium_by_noun(cues, text[target.end:target.end + 40], actor_kind(ctx.knowledge, target)) \
                    if target and target.actor else None
                if owner and kind is not None and kind not in not_kind:
                    add(owner, predicate, target.actor, match.start())
        # "the SDF, a U.S.-backed alliance of Kurdish and Arab fighters", "the Sultan Murad Division is a Turkish-backed
        # faction"
        for mention in mentions:
            for regex, predicate in cues.appositive:
                match = regex.match(text[mention.end:mention.end + 80])
                owner = self.owner(match["name"]) if match else None
                if owner and mention.actor and owner != mention.actor:
                    add(owner, predicate, mention.actor, mention.start)
        for person, predicate, body, char in _group_titled(ctx, cues, mentions):
            add(person, predicate, body, char)
        for person, body, char in _party_appositions(ctx, mentions):
            add(person, "member_of", body, char)
        offices = place_offices(ctx.knowledge)
        people = people_by_start(mentions) if offices is not None else {}
        # "South Carolina Governor Nikki Haley", "Mike Pence, the governor of Indiana" (pipeline/relations_offices.py);
        # not a place a known actor stands for: "Mogadishu Mayor X" does not lead Somalia, whose capital names its
        # government elsewhere
        places = [m for m in mentions if m.type == "GPE" and m.actor and ctx.knowledge.get(m.actor) is None]
        for official, predicate, place in offices.ties(text, places, people) if offices else []:
            add(str(official.actor), predicate, str(place.actor), place.start)
        kind_of = lambda m: actor_kind(ctx.knowledge, m)  # noqa: E731

        def body_words(mention: Mention) -> set[str]:
            """The words of a body's mention and of its actor's name in the knowledge base, lower case."""
            record = ctx.knowledge.get(str(mention.actor))
            names = f"{mention.text} {record.name}" if record is not None else mention.text
            return {w.lower().strip(".,’'") for w in names.split()}

        def fits(cue: ParseCue, subject: Mention, obj: Mention) -> int | None:
            """0 where the kinds fit as they are, 1 only with a body's name read as a person's, else None."""
            subjects = _kind_options(ctx.knowledge, subject, kind_of(subject), cues.bodies)
            objects = _kind_options(ctx.knowledge, obj, kind_of(obj), cues.bodies)
            fitting = [(s, o) for s in subjects for o in objects if _kinds_fit(cue, s, o)
                       and (cue.predicate != "part_of" or o in cues.part_of_kinds.get(s, [o]))]
            return None if not fitting else 0 if fitting[0] == (subjects[0], objects[0]) else 1

        for part, predicate, body, char in possessive_parts(ctx, cues.possessive, mentions, kind_of,
                                                            cues.part_of_kinds):
            add(part, predicate, body, char)
        for sentence in ctx.doc.sents:
            # A line break inside a parsed sentence is a hard-wrapped line (the parse starts a sentence at every
            # other one, nlp.line_breaks): the sentence goes on; only a blank line still parts it.
            bounds = [sentence.start_char] + [m.end() for m in BLANK_LINE.finditer(text, sentence.start_char,
                                                                                    sentence.end_char)]
            for start, end in zip(bounds, bounds[1:] + [sentence.end_char], strict=False):
                inside = [m for m in mentions if start <= m.start and m.end <= end]
                inside = _actors_only(cues, text, inside)
                pronoun = pronoun_subject(ctx, start, mentions, kind_of, cues.pronouns)
                # (a described pronoun, "The paramilitary group", stands in place of the unnamed body its words make)
                inside = [pronoun, *(m for m in inside if m.start >= pronoun.end)] if pronoun is not None else inside
                # "He" / "She" for the person subject before is read only by the parse, whose constructions name
                # their subject ("He was a commander of Y"), not by cues with a free gap after it.
                person = None if pronoun is not None else pronoun_subject(ctx, start, mentions, kind_of,
                                                                          frozenset(), cues.people)
                owners = possessive_pronouns(ctx, start, end, mentions, kind_of, cues.its)
                # ("a spokesperson for the foundation": the one foundation named before)
                owners += definite_bodies(ctx, start, end, mentions, cues.definite, kind_of)
                inside = sorted([*inside, *owners], key=lambda m: m.start) if owners else inside
                modifiers = {m.start for m in inside if _modifies_noun(ctx, m)}
                describing = {m.start for m in inside if _describes_apposition(ctx, m)}
                objects = {m.start for m in inside if _verb_object(ctx, m)}
                direct = {m.start for m in inside if _direct_object(ctx, m)}
                bystanders = {m.start for m in inside if fight_bystander(ctx.mention_root(m), cues.parse)}
                apposed = {m.start: at for m in inside if (at := _singular_apposition(ctx, m)) is not None}
                # "Superintendent X of the Granite School District", "the church's pastor, X" (relations_bodies.py)
                for person, body in cues.body_heads.ties(text, [m for m in inside if m.type == "PERSON"],
                                                         [m for m in inside if m.type == "ORG"], body_words):
                    add(str(person.actor), "leads", str(body.actor), person.start)
                for subject, predicate, obj in _stated(ctx.knowledge, cues, text[start:end], start, inside, modifiers,
                                                       describing, objects, apposed, bystanders, direct):
                    add(subject, predicate, obj, inside[0].start)
                parsed = [person, *inside] if person is not None else inside
                for subject_mention, predicate, obj_mention in parse_ties(sentence, cues.parse, parsed, fits,
                                                                                 kind_of):
                    predicate = _part_head(cues, predicate, kind_of(subject_mention), text[obj_mention.end:end],
                                           kind_of(obj_mention))
                    if predicate is not None:
                        add(str(subject_mention.actor), predicate, str(obj_mention.actor), subject_mention.start)
        # "Spokeswoman X said": the body the document is about (relations_bodies.py)
        speaking = {s for (s, p, _) in found if p == "spokesperson_for"}
        for person, body in unnamed_spokespeople(ctx, mentions, cues.spokes, kind_of, speaking):
            add(str(person.actor), "spokesperson_for", str(body.actor), person.start)
        # "X, the prime minister of Y", "Gen. X, commander of Y": a head's title also reads as a member's ("minister",
        # "commander" are both); the sentence that makes X the head states that tie, not a second one
        # (docs/annotation.md, *Relations*: "X, head of Z" the head)
        for (subject, predicate, obj), evidence in list(found.items()):
            heads = {e.start for e in found.get((subject, "leads", obj), [])}
            if predicate == "member_of" and heads:
                evidence[:] = [e for e in evidence if e.start not in heads]
                if not evidence:
                    del found[subject, predicate, obj]
        # "Fernando Suarez, who heads the King Juan Carlos University": a post at a business, a school or a hospital
        # is no tie (docs/annotation.md, *Heads of workplaces*)
        # (relations_bodies.py)
        places_of_work = workplaces(ctx, cues.parse.workplace)
        ctx.relations = [Relation(s, p, o, ev) for (s, p, o), ev in found.items()
                         if not (p in ("leads", "member_of") and o in places_of_work)]


def _described_names(ctx: DocContext, mentions: list[Mention]) -> dict[int, str]:
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


def _implied(knowledge: Knowledge, mention: Mention, find: Callable[[str], str | None]) -> list[tuple[str, str, str]]:
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


def _group_titled(ctx: DocContext, cues: Cues, mentions: list[Mention]) -> list[tuple[str, str, str, int]]:
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


def _actors_only(cues: Cues, text: str, mentions: list[Mention]) -> list[Mention]:
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


def _stated(
    knowledge: Knowledge, cues: Cues, sentence: str, offset: int, mentions: list[Mention],
    modifiers: frozenset[int] | set[int] = frozenset(), describing: frozenset[int] | set[int] = frozenset(),
    objects: frozenset[int] | set[int] = frozenset(), apposed: dict[int, int] | None = None,
    bystanders: frozenset[int] | set[int] = frozenset(), direct: frozenset[int] | set[int] = frozenset(),
) -> list[tuple[str, str, str]]:
    """(subject, predicate, object) for every pair of mentions in the sentence that a pattern connects. ``apposed``:
    where a mention has a singular role in apposition, by the mention's start, the role's (its tie is its own)."""
    apposed = apposed or {}
    out: list[tuple[str, str, str]] = []
    kinds = [_medium_by_noun(cues, sentence[m.end - offset:m.end - offset + 40], actor_kind(knowledge, m))
             for m in mentions]
    options = [_kind_options(knowledge, m, k, cues.bodies) for m, k in zip(mentions, kinds, strict=True)]
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
                fitting = [(s, o) for s in subject_options for o in obj_options if _kinds_fit(pattern, s, o) and (
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
                predicate = _part_head(cues, pattern.predicate, kinds[mentions.index(subject)],
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
                    if other.actor != obj.actor and _kinds_fit(pattern, other_kind, obj_kind):
                        out.append((str(other.actor), predicate, str(obj.actor)))
    return out


def _party_appositions(ctx: DocContext, mentions: list[Mention]) -> list[tuple[str, str, int]]:
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


def _verb_object(ctx: DocContext, mention: Mention) -> bool:
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


def _direct_object(ctx: DocContext, mention: Mention) -> bool:
    """Whether a name is a verb's direct object ("families fleeing the RSF", "Kenya hosted the TPLF")."""
    root = ctx.mention_root(mention)
    return root is not None and first_conjunct(root).dep_ == "dobj"


def _describes_apposition(ctx: DocContext, mention: Mention) -> bool:
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


def _singular_apposition(ctx: DocContext, mention: Mention) -> int | None:
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


def _common_noun(mention: Mention) -> bool:
    """A collective named by a common noun ("militias", "the rebels"), not a name."""
    words = mention.text.split()
    return bool(words) and all(w.islower() for w in words)


def _people(mention: Mention) -> bool:
    """People named by common words in the plural ("seismology experts", "analysts"), not a body ("the office of the
    inspector general")."""
    return _common_noun(mention) and mention.text.split()[-1].lower().endswith("s")


def _modifies_noun(ctx: DocContext, mention: Mention) -> bool:
    """Whether a name only qualifies the noun after it ("AAH leaders", "Hamas fighters")."""
    span = ctx.mention_span(mention)
    if span is None or span.end >= len(ctx.doc):
        return False
    after, root = ctx.doc[span.end], first_conjunct(span.root)  # "KH and AAH leaders": AAH is joined to KH
    return after.pos_ in ("NOUN", "PROPN") and root.head == after


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


def _part_head(cues: Cues, predicate: str, subject_kind: str, after: str, obj_kind: str) -> str | None:
    """The tie of a person titled as the head of a body whose name is compounded into a part's noun ("the head of the
    ICRC delegation", "the commander of the RSF unit"; relations.yaml ``part_after``): the head of the part is a member
    of the whole (of a state, none); any other tie, and a state's lead ("the U.S.-led coalition"), as it is."""
    if predicate != "leads" or subject_kind == "state" or cues.part_after is None or not cues.part_after.match(after):
        return predicate
    return None if obj_kind == "state" else "member_of"


def _medium_by_noun(cues: Cues, after: str, kind: str) -> str:
    """"media" for a body the knowledge base does not know as another kind whose name a medium's noun follows ("the
    government-sponsored Al-Ahram news outlet": relations.yaml ``media_after``; no medium is backed), else ``kind``."""
    return "media" if kind == "organization" and cues.media_after is not None and cues.media_after.match(after) \
        else kind


def _kind_options(knowledge: Knowledge, mention: Mention, kind: str, bodies: frozenset[str]) -> tuple[str, ...]:
    """The kinds a mention may have in a tie: its actor's, where the knowledge base knows it; else the NER's guess,
    and for a name the NER took for an organization with no body's word in it, a person too: the NER often takes
    a foreign name for a body ("Twan Mrat Naing"), and the cue's title then says it is a person."""
    if knowledge.get(mention.actor or "") is not None or mention.type != "ORG" \
            or (mention.actor or "").endswith(COLLECTIVE_SUFFIX) \
            or any(w.lower().strip(".,’'") in bodies for w in mention.text.split()) \
            or len(mention.text.split()) < 2 or not all(w[:1].isupper() for w in mention.text.split()):
        return (kind,)  # (a person's name has a given name and a surname, capitalized: not "Fighters", "the rebels")
    return (kind, "person")


def _kinds_fit(pattern: Pattern | ParseCue, subject_kind: str, object_kind: str) -> bool:
    return (
        (pattern.subject_kind is None or subject_kind in pattern.subject_kind)
        and (pattern.object_kind is None or object_kind in pattern.object_kind)
        and subject_kind not in pattern.subject_not_kind
        and object_kind not in pattern.object_not_kind
    )


@stage("relation-merge", requires=("relations",), provides=("relation-merge",), scope="corpus")
def merge_relations(corpus: CorpusContext) -> None:
    """One relation per (subject, predicate, object) across the bundle, with all its evidence in order."""
    relations = merge([r for ctx in corpus.docs for r in ctx.relations])
    corpus.relations = with_actors(corpus, relations)


def with_actors(corpus: CorpusContext, relations: list[Relation]) -> list[Relation]:
    """The relations, every actor they name in the bundle's actors: a state that a name only implies ('Iran' in
    'Iran-backed militias', never named alone) is added from the knowledge base; a relation naming an actor
    neither holds is left out. (A relation naming no listed actor is an invalid bundle, refused by a store.)"""
    from .actors import actor_from_knowledge

    actors = corpus.actors
    listed = {a.id for a in actors}
    missing = sorted({x for r in relations for x in (r.subject, r.object)} - listed)
    added = [actor_from_knowledge(corpus.knowledge, x, Counter())
             for x in missing if corpus.knowledge.get(x) is not None]
    if added:
        actors[:] = sorted([*actors, *added], key=lambda a: a.id)
        listed |= {a.id for a in added}
    return [r for r in relations if r.subject in listed and r.object in listed]
