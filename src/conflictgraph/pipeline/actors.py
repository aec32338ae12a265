"""Resolve mentions to actors: within a document (acronyms it defines, surnames), then across documents."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import lru_cache

from ..core.identity import scope_tag
from ..gazetteer import Gazetteer
from ..knowledge import Knowledge, guess_kind, normalize_name, slugify, word_set
from ..model import Actor, Mention
from . import CorpusContext, DocContext, char_mask, factory, stage
from .descriptions import full_names, link_descriptions, link_name_heads, link_offices
from .entity_matchers import folded_titles, org_words
from .group_states import country_in
from .groups import LOCAL, SCOPE, scope_of
from .relations_offices import people_by_start, place_offices

ACTOR_MENTION_TYPES = ("PERSON", "ORG")
ACRONYM_AFTER = re.compile(r"\s*[(\[]\s*(?P<abbr>[A-Z][A-Za-z0-9&\-/]{1,11})\s*[)\]]")
# "Rapid Support Forces (RSF)" as one mention: the name and the acronym it defines
ACRONYM_INSIDE = re.compile(r"(?P<name>.+?)\s*[(\[]\s*(?P<abbr>[A-Z][A-Za-z0-9&\-/]{1,11})\s*[)\]]")
# words a body's initials leave out ("National Highway Traffic Safety Administration": NHTSA)
INITIALS_SKIP = {"of", "and", "the", "for", "on", "in", "to", "at", "&"}
KNOWN_AS = re.compile(
    r"^,?\s*(?:\(\s*)?(?:also|commonly|locally|widely|better|formerly)?\s*(?:known|referred to)"
    r"\s+(?:in\s+\w+\s+)?as\s+(?:the\s+)?$",
    re.IGNORECASE,
)
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


@factory("actors", requires=("mentions",), provides=("actors",))
class DocumentActors:
    """The actors stage: it needs the gazetteer to tell a body's regional arm from its short name (``Tata Steel
    Europe`` is not what "Tata Steel" shortens)."""

    def __init__(self, knowledge: Knowledge, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        names = knowledge.lexicon("names")
        # the words that only name a kind of body ("Parliament"), read once for every document (_link_short_names)
        self.generic = org_words(knowledge) | word_set(names, "body_heads")
        # the gazetteer's answer depends on the name alone: asked once per name, not per body and document
        self.large_place = lru_cache(maxsize=16384)(self._large_place)

    def __call__(self, ctx: DocContext) -> None:
        resolve_in_document(ctx, self.large_place, self.generic)

    def _large_place(self, name: str) -> bool:
        """Whether a name is a country, a region or a first-level division ("Europe", "Ontario")."""
        place = self.gazetteer.resolve(name, loose=False)
        return place is not None and place.level in ("country", "region", "admin1")


def resolve_in_document(ctx: DocContext, large_place: Callable[[str], bool], generic: frozenset[str]) -> None:
    """Give every mention that names an actor the actor's id, or a provisional key for an unknown name."""
    text = ctx.document.text
    mentions = ctx.mentions
    for mention in mentions:
        if mention.actor is None and mention.type in ACTOR_MENTION_TYPES:
            mention.actor = _known(ctx.knowledge, mention.text) or _local_key(mention)
    _place_governments(ctx, text)
    _apply_definitions(ctx, text)
    full_names(ctx, folded_titles(ctx.knowledge))
    _link_surnames(ctx.mentions)
    _link_bare_bodies(ctx.mentions, text)
    _link_short_names(ctx.mentions, text, large_place, generic)
    link_descriptions(ctx)
    link_name_heads(ctx)
    link_offices(ctx)


def _place_governments(ctx: DocContext, text: str) -> None:
    """A place no actor stands for, named as an official's title right before the official's name ("South Carolina
    Governor Nikki Haley", "Aleppo Mayor X"), is its own government: an actor, whom the relations stage ties the
    official to (relations.yaml ``place_offices``)."""
    offices = place_offices(ctx.knowledge)
    if offices is None:
        return
    people = people_by_start(ctx.mentions)
    # (a region the gazetteer calls a location is a polity where a governor or a premier heads it: "Darfur Governor
    # X", "the governor of Russia's Belgorod region")
    places = [m for m in ctx.mentions if m.type in ("GPE", "LOC") and m.actor is None]
    for _, _, mention in offices.ties(text, places, people):
        mention.actor = f"{LOCAL}GPE:{normalize_name(mention.text)}"
        mention.type = "GPE"


def _known(knowledge: Knowledge, text: str) -> str | None:
    """The known actor a name is, case aside; but an acronym only as written ("Gao", the town in Mali, is not the
    GAO): an actor found only through an all-capitals alias needs the name in capitals."""
    found = knowledge.find(text)
    if found is None or text.isupper():
        return found
    record = knowledge.get(found)
    aliases = [a for a in (record.aliases if record else []) if normalize_name(a) == normalize_name(text)]
    return found if not aliases or any(not a.isupper() for a in aliases) else None


# The longest actor id made from a name, with room for a '-n' suffix.
MAX_ID = 120


def _local_key(mention: Mention) -> str:
    return f"{LOCAL}{mention.type}:{normalize_name(mention.text)}"


def _apply_definitions(ctx: DocContext, text: str) -> None:
    """'Popular Mobilization Forces (PMF)' and 'X, known in Arabic as Y' make aliases in this document."""
    mentions = ctx.mentions
    local: dict[str, tuple[str, str]] = {}
    for i, mention in enumerate(mentions):
        if mention.actor is None or mention.type not in ("ORG", "GPE", "PERSON"):
            continue
        match = ACRONYM_AFTER.match(text, mention.end)
        if match and _is_acronym_of(match["abbr"], mention.text):
            local.setdefault(match["abbr"], (mention.actor, mention.type))
        inside = ACRONYM_INSIDE.fullmatch(mention.text)
        if inside and _is_acronym_of(inside["abbr"], inside["name"]):
            local.setdefault(inside["abbr"], (mention.actor, mention.type))
        if i + 1 < len(mentions):
            following = mentions[i + 1]
            between = text[mention.end:following.start]
            if following.type in ACTOR_MENTION_TYPES + ("GPE",) and KNOWN_AS.match(between):
                if following.actor is None or following.actor.startswith(LOCAL):
                    following.actor = mention.actor
    local |= _initialisms(mentions, text, local)
    if not local:
        return
    covered = char_mask(len(text), ((m.start, m.end) for m in mentions))
    for mention in mentions:
        if mention.text in local:
            mention.actor, mention.type = local[mention.text]
    added = []
    for abbr, (actor, mention_type) in local.items():
        for match in re.finditer(rf"(?<![\w\-]){re.escape(abbr)}(?![\w\-])", text):
            if not any(covered[match.start():match.end()]):
                added.append(Mention(ctx.document.id, match.start(), match.end(), abbr, mention_type, actor))
    if added:
        ctx.add_mentions(added, "definition")


def _initialisms(mentions: list[Mention], text: str, defined: dict[str, tuple[str, str]]) -> dict[str, tuple[str,
                                                                                                       str]]:
    """An acronym the text does not define is the body of the document whose name its letters are the initials of,
    all of them and in order ("the National Highway Traffic Safety Administration ... NHTSA said", "the Rapid
    Support Forces ... the RSF's commander"): written in capitals, an unknown name (no knowledge-base actor), and
    only where one body of the document's names has those initials."""
    bodies: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for mention in mentions:
        if mention.type != "ORG" or not mention.actor:
            continue
        words = [w for w in re.split(r"[\s\-‐]+", mention.text) if w and w.lower() not in INITIALS_SKIP]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            bodies["".join(w[0] for w in words)].add((mention.actor, mention.type))
    out: dict[str, tuple[str, str]] = {}
    for mention in mentions:
        abbr = mention.text
        if abbr in defined or not re.fullmatch(r"[A-Z]{2,8}", abbr) or not (
                mention.actor is None or mention.actor.startswith(LOCAL)):
            continue
        if len(bodies.get(abbr, ())) == 1:
            out[abbr] = next(iter(bodies[abbr]))
    return out


def _is_acronym_of(abbr: str, name: str) -> bool:
    """'PMF' abbreviates 'Popular Mobilization Forces'; 'IMIS' 'Iran Militias in Iraq and Syria'."""
    letters = [c for c in abbr if c.isalpha()]
    if sum(c.isupper() for c in letters) < 2:
        return False
    initials = [w[0].upper() for w in re.split(r"[\s\-’']+", name) if w and w[0].isalpha()]
    return bool(initials) and letters[0].upper() == initials[0] and all(
        c.upper() in initials for c in letters if c.isupper()
    )


def _surname(text: str) -> str | None:
    words = [w for w in re.split(r"\s+", text.strip()) if w.strip(".,").lower() not in NAME_SUFFIXES]
    if len(words) < 2:
        return None
    last = words[-1]
    return normalize_name(re.sub(r"^(?:al|el|Al|El)[-‐]", "", last))


def _link_bare_bodies(mentions: list[Mention], text: str) -> None:
    """A body named by common words alone ("police", "the city police": a group's key scoped to the document) is
    the one body of the document named with a name that qualifies the same word ("Winnipeg police", "the Cairns
    police force"), as a surname is the person named in full; not where several such bodies are named ("Kharkiv
    police" and "Kyiv police"), nor where a name right before it qualifies it though the parse left it out of the
    phrase ("Lahore police and Karachi police": the police of Lahore, not Karachi's)."""
    qualified = {id(m) for before, m in zip(mentions, mentions[1:], strict=False)
                 if text[before.end:m.start] == " " and before.type in ("GPE", "LOC", "NORP", "ORG")
                 and before.text[:1].isupper() and m.text[:1].islower()}
    unknown = [m for m in mentions if m.type == "ORG" and m.actor and m.actor.startswith(LOCAL)
               and id(m) not in qualified]
    named: dict[str, set[str]] = defaultdict(set)  # a word of a body's name -> the bodies named with it
    for mention in unknown:
        if "@" not in mention.actor:
            for word in mention.text.lower().split()[1:]:
                named[word].add(mention.actor)
    for mention in unknown:  # ("police allege ... Winnipeg police said": a headline's may come first)
        bodies = named.get(mention.text.lower().split()[-1], set()) if "@" in mention.actor else set()
        if len(bodies) == 1:
            mention.actor = next(iter(bodies))


def _link_short_names(mentions: list[Mention], text: str, large_place: Callable[[str], bool],
                      generic: frozenset[str]) -> None:
    """A body's name that is the first words of a body's name told before in the document is that body ("United
    Airlines ... United said"), and so are its last words where they are more than a kind of body ("Deutsche
    Lufthansa ... Lufthansa"; not "Parliament" after "the European Parliament": names.yaml ``org_words``,
    ``body_heads``), as a surname is the person (issue 11, helper act). Not where the document names two bodies
    those words could shorten ("United Airlines", "United Parcel Service"), nor a name the knowledge base knows (the
    ICRC named "the Red Cross" after the "Canadian Red Cross" stays the ICRC), nor a group named by common words. Only
    a proper name shortens ("Brandbergen" is not "the Brandbergen mosque"), and only a name no capitalized word
    runs into ("Black Hawk County", which the weapon "Black Hawk" cut, is not "Plymouth County"). A name whose
    other words are a large place is another body, the short one's arm there ("Tata Steel Europe", "Shell Canada":
    not what "Tata Steel" or "Shell" shortens)."""
    bodies: dict[tuple[str, ...], set[str]] = defaultdict(set)  # a body's first words -> the bodies they open
    tails: dict[tuple[str, ...], set[str]] = defaultdict(set)  # a body's last words -> the bodies they close
    first: dict[str, int] = {}
    for mention in mentions:
        if mention.type == "ORG" and mention.actor and SCOPE not in mention.actor and _proper(mention.text):
            words = tuple(normalize_name(mention.text).split())
            written = mention.text.split()
            placed = _place_tails(written, large_place) if len(written) == len(words) else None
            for n in range(1, len(words)):
                if placed is not None and not placed[n]:
                    bodies[words[:n]].add(mention.actor)
                tails[words[n:]].add(mention.actor)
            first.setdefault(mention.actor, mention.start)
    for mention in mentions:
        if mention.type != "ORG" or mention.actor is not None and (
                not mention.actor.startswith(LOCAL) or SCOPE in mention.actor) or _runs_on(text, mention.start):
            continue
        words = tuple(normalize_name(mention.text).split())
        holders = bodies.get(words, set()) | (tails.get(words, set()) if not generic.issuperset(words) else set())
        holders -= {mention.actor}
        if len(holders) == 1 and first[(actor := next(iter(holders)))] < mention.start:
            mention.actor = actor


def _place_tails(words: list[str], large_place: Callable[[str], bool]) -> list[bool]:
    """For each n from 1, whether some last words of ``words[n:]`` are a large place (``large_place``): "Tata Steel
    Europe" gives [_, True, True]. Filled from the end, so each tail of the name is asked once."""
    out = [False] * (len(words) + 1)
    for n in range(len(words) - 1, 0, -1):
        out[n] = out[n + 1] or large_place(" ".join(words[n:]))
    return out


def _proper(name: str) -> bool:
    """Whether every word of a name but its connectors is capitalized ("Bank of America", not "Brandbergen mosque")."""
    return all(w[:1].isupper() or not w[:1].isalpha() or w in INITIALS_SKIP for w in name.split())


def _runs_on(text: str, start: int) -> bool:
    """Whether a capitalized word runs into a name, so that it is a piece of a longer one ("Black Hawk County"); not
    a sentence's first word ("For VerDi, the markets are")."""
    window = text[max(0, start - 200):start]  # (a name's own sentence is enough)
    before = window.rstrip(" \t")
    if len(before) == len(window) or not before:
        return False
    words = before.split()
    word = words[-1]
    if not word[:1].isupper() or word.endswith((".", ":", "!", "?", '"', "\u201d", ",")):
        return False
    opening = len(words) == 1 or "\n" in before[before.rfind(word) - 1:before.rfind(word)] \
        or words[-2].endswith((".", ":", "!", "?", '"', "\u201c", "\u201d"))
    return not opening


def _link_surnames(mentions: list[Mention]) -> None:
    """A surname alone ('Caggins') is the person named in full in the same document ('Myles B. Caggins III'); a
    name alone that is no one's surname but one person's given name ("Debretsion Gebremichael ... Debretsion said",
    "Abiy Ahmed ... Abiy said": news of the Horn, of Myanmar, uses the given name so) is that person."""
    by_surname: dict[str, str] = {}
    by_given: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        if mention.type == "PERSON" and mention.actor:
            surname = _surname(mention.text)
            if surname:
                by_surname.setdefault(surname, mention.actor)
                by_given[normalize_name(mention.text.split()[0])].add(mention.actor)
    for mention in mentions:
        if mention.type != "PERSON" or _surname(mention.text):
            continue
        folded = normalize_name(re.sub(r"^(?:al|el|Al|El)[-‐]", "", mention.text))
        if mention.actor is not None and not mention.actor.startswith(LOCAL):
            continue
        if folded in by_surname:
            mention.actor = by_surname[folded]
        elif len(by_given.get(folded, ())) == 1:
            mention.actor = next(iter(by_given[folded]))


@stage("actor-ids", requires=("actors",), provides=("actor-ids",), scope="corpus")
def resolve_across_documents(corpus: CorpusContext) -> None:
    """One actor per knowledge-base id or normalized unknown name; every mention gets its final id."""
    knowledge = corpus.knowledge
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    types: dict[str, str] = {}
    for ctx in corpus.docs:
        for mention in ctx.mentions:
            if mention.actor:
                if mention.type != "NORP":  # (a name a hard wrap cuts is one line's words: "John\n    Bonifaz")
                    seen[mention.actor][" ".join(mention.text.split())] += 1
                else:
                    seen[mention.actor]  # noqa: B018 - a demonym alone still makes its state an actor
                types.setdefault(mention.actor, mention.type)
    final: dict[str, str] = {}
    actors: dict[str, Actor] = {}
    documents = {ctx.document.id for ctx in corpus.docs}
    # the country the text places a group named by common words in ("police" in a story set in Cairo)
    placed: dict[str, str] = {}
    for ctx in corpus.docs:
        placed.update(ctx.group_countries)
    for key in seen:  # insertion order: document order, so suffixes are deterministic
        if not key.startswith(LOCAL):
            actors[key] = actor_from_knowledge(knowledge, key, seen[key])
            final[key] = key
    for key in seen:
        if key.startswith(LOCAL):
            scope = scope_of(key, documents)
            # (a name is written with a capital, a description that points back at it is not: "the party" names
            # no "Ontario NDP"; pipeline/descriptions.py)
            named = Counter({f: n for f, n in seen[key].items() if f[:1].isupper()}) if scope is None else None
            name = _best_name(named or seen[key])
            # A body named by common words ("the police") is its article's own (pipeline/groups.py): its id names
            # the article, so that a store fed one article a batch keeps two stories' police apart by id as one
            # batch does, rather than merging every batch's "police".
            tag = scope_tag(scope) if scope is not None else ""
            base = slugify(_id_name(key, name, scope))[:MAX_ID - len(tag)].rstrip("-") + tag  # ids hold 128 chars
            actor_id = base
            n = 2
            # (never a known actor's id, though the batch does not name it: an unlinked "M23" on a motorway is no
            # m23, in this bundle or in a store that holds the rebels)
            while actor_id in actors or knowledge.get(actor_id) is not None:
                actor_id = f"{base}-{n}"
                n += 1
            country = (country_in(knowledge, name) or placed.get(key)) if types[key] == "ORG" else None
            actors[actor_id] = Actor(actor_id, name, guess_kind(knowledge, name, types[key]),
                                     sorted(seen[key]), country, None)
            final[key] = actor_id
    for ctx in corpus.docs:
        for mention in ctx.mentions:
            if mention.actor:
                mention.actor = final[mention.actor]
    corpus.actors = [actors[k] for k in sorted(actors)]


def _id_name(key: str, name: str, scope: str | None) -> str:
    """The name an unknown actor's id is made from: its best name, but for an organisation or group the name its
    key was made from, so that two bodies a bare word names ("the militias" after "pro-Iran militias", and after
    "Shia militias" in another article) get ids of their own in any batch, not "militias" and a suffix that
    depends on what else the batch holds."""
    if not key.startswith(f"{LOCAL}ORG:"):
        return name
    return key.removeprefix(f"{LOCAL}ORG:").removesuffix(f"{SCOPE}{scope}" if scope is not None else "")


def actor_from_knowledge(knowledge: Knowledge, actor_id: str, forms: Counter[str]) -> Actor:
    """The actor of an id the knowledge base holds, or of a collective it implies ("iran-backed-militias"), with
    the forms the texts named it by (``forms``) among its aliases."""
    record = knowledge.get(actor_id)
    if record is None:  # a collective the knowledge base implies: "Iran-backed militias"
        state = knowledge.get(actor_id.removesuffix("-backed-militias"))
        name = f"{state.name}-backed militias" if state else _best_name(forms)
        aliases = [name] + sorted(f for f in forms if f != name)
        return Actor(actor_id, name, "armed_group", aliases, None, None)
    aliases = list(dict.fromkeys(record.aliases + sorted(forms)))
    return Actor(record.id, record.name, record.kind, aliases, record.country, record.wikidata)


def _best_name(forms: Counter[str]) -> str:
    """The longest of the forms seen most often: 'Myles B. Caggins III' rather than 'Caggins'."""
    return max(forms, key=lambda f: (len(f.split()) > 1, forms[f], len(f), f))
