"""Point short references back at what the text named: a definite description at its body ("The rebel group said") or
at the person its title names ("Mayor Ryan Bingham ... the mayor announced"), a surname at the full name the model
missed ("Alexei Navalny was jailed ... Navalny said")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping

from spacy.tokens import Doc, Token

from ..knowledge import Knowledge, guess_kind, normalize_name, word_map, word_set
from ..model import Mention
from . import DocContext, two_before
from .group_states import dominant_country
from .groups import LOCAL, SCOPE

# the dependents a description's head may have besides "the" and its kind words: none that names another body
CLAUSE_DEPS = {"punct", "relcl", "acl", "cc", "conj", "prep", "case"}  # ("case": "the movement's leader")


def link_descriptions(ctx: DocContext) -> None:
    """Each definite description of a body ("the group", "the rebel group", "the movement", "the party":
    collectives.yaml ``described_bodies``) is the one body of a kind it admits named before it in its sentence or
    the two before; where it has a mention of a body named by common words ("rebel group", scoped to the document)
    the mention takes the body's id, where it has none it gets one. Not where two such bodies are named there
    ("Hamas and Fatah signed a deal. The group said": which?), nor "a group", "the group of men", "the rival group",
    "the groups" (a plural of a singular head), nor a head with a name of its own ("the rebel group Arakan Army")."""
    lexicon = ctx.knowledge.lexicon("collectives")
    heads: Mapping[str, list[str]] = lexicon.get("described_bodies") or {}
    kind_words = word_map(lexicon, "described_kinds")
    if not heads:
        return
    named_by = {str(h).lower(): {str(w).lower() for w in words} for h, words in
                (lexicon.get("described_names") or {}).items()}
    doc = ctx.doc
    by_start = {m.start: m for m in ctx.mentions}
    added: list[Mention] = []
    for token in doc:
        kinds = heads.get(token.lower_)
        if not kinds or token.pos_ not in ("NOUN", "PROPN"):
            continue
        first = _described_start(token, kind_words)
        if first is None:
            continue
        narrowed = {kind_words[t.lower_] for t in doc[first.i:token.i]}
        allowed = set(kinds) & narrowed if narrowed else set(kinds)
        start, end = first.idx, token.idx + len(token)
        mention = next((m for m in ctx.mentions if m.start <= token.idx < m.end), None)
        if mention is not None and not _common(mention):
            continue
        body = _named_body(ctx, token, allowed, start, named_by.get(token.lower_))
        if body is None:
            continue
        if mention is not None:
            mention.actor = body
        elif start not in by_start:
            added.append(Mention(ctx.document.id, start, end, doc.text[start:end], "ORG", body))
    if added:
        ctx.add_mentions(added, "description")


def link_name_heads(ctx: DocContext) -> None:
    """A definite description that is only "the" and the noun that heads a body's name ("the union" after "the Sudan
    Doctors Union", "the agency" after "the Canadian Food Inspection Agency ... the CFIA", "the foundation" after
    "the Children's Hospital Foundation of Manitoba": collectives.yaml ``name_heads``) is that body wherever the
    document named it before, as an alias the text gives it (docs/annotation.md, *Writing the YAML*: aliases are the
    names by which the text refers to the actor). Not where two bodies so headed are named before ("the Bar
    Association and the Magistrates Association ... the association": which?), nor where the description's own
    clause names the body (it is another), nor a word a mention already gives an actor."""
    lexicon = ctx.knowledge.lexicon("collectives")
    heads = {str(h).lower() for h in lexicon.get("name_heads") or []}
    if not heads:
        return
    described: Mapping[str, list[str]] = lexicon.get("described_bodies") or {}
    doc = ctx.doc
    bodies = [m for m in ctx.mentions if m.type == "ORG" and m.actor and SCOPE not in m.actor]
    if not bodies:
        return
    names: dict[str, set[str]] = {}  # a body's actor -> the heads of the names the text and knowledge give it
    added: list[Mention] = []
    for token in doc:
        if token.lower_ not in heads or token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS") \
                or token.ent_iob_ != "O" or _described_start(token, {}) is not token:
            continue
        start, end = doc[token.i - 1].idx, token.idx + len(token)
        mention = next((m for m in ctx.mentions if m.start < end and start < m.end), None)
        if mention is not None and mention.actor is not None or _several_fit(ctx, token, described.get(token.lower_)):
            continue  # (a description two bodies of its kinds fit is neither's: link_descriptions leaves it so)
        own = range(token.left_edge.idx, token.right_edge.idx + len(token.right_edge))
        found = set()
        for body in bodies:
            if body.end > token.idx:
                break
            heads_of = names.setdefault(body.actor, _name_heads(ctx.knowledge, body.actor))
            heads_of.add(_head_word(body.text))
            if token.lower_ in heads_of:
                found.add(body.actor)
        if len(found) != 1 or any(m.start in own and m.actor in found for m in bodies):
            continue
        if mention is not None:
            mention.actor = found.pop()
        else:
            added.append(Mention(ctx.document.id, token.idx, end, doc.text[token.idx:end], "ORG", found.pop()))
    if added:
        ctx.add_mentions(added, "description")


def link_offices(ctx: DocContext) -> None:
    """An office the text names by its title alone ("the mayor announced", "the judge ordered": groups.py
    ``_described_offices``) is the one person the document named before with that title ("Mayor Ryan Bingham",
    "before Judge Corinne Klatt", "Ivan Fedorov, the mayor"): a definite description pointing back at the person
    (docs/annotation.md, Statements: the person as the text names them). Where no one, or more than one, is so named,
    an office held by one person (collectives.yaml ``described_offices``) is an unnamed person and no actor ("In
    Basra, the police chief accused Iran": docs/annotation.md, Actor and recipient, *An unnamed office holder*), while
    a body of many (``common_bodies``: "the interior ministry", "the city council") stays an actor of the document,
    of the country the capitals its sentence names lie in, else of the one country the document's places mostly do,
    unless its sentence names another state as a party (docs/annotation.md, Actor and recipient: unnamed bodies
    become actors with a kind and, where the text gives it, a country)."""
    lexicon = ctx.knowledge.lexicon("collectives")
    held = word_set(lexicon, "described_offices")
    titles = sorted(held | word_set(lexicon, "common_bodies"), key=lambda t: -len(t))
    offices = []
    for mention in ctx.mentions:
        if mention.type != "ORG" or not mention.actor or SCOPE not in mention.actor or not mention.actor.startswith(
                f"{LOCAL}ORG:"):
            continue
        words = " ".join(mention.text.lower().split())
        title = next((t for t in titles if words == t or words.endswith(f" {t}")), None)
        if title is not None and mention.actor.partition(SCOPE)[0] == f"{LOCAL}ORG:{normalize_name(words)}":
            offices.append((mention, title))
    if not offices:
        return
    people = [m for m in ctx.mentions if m.type == "PERSON" and m.actor]
    located: list[tuple[int, str, bool]] = []  # (where, the country, whether a place: a capital, not a party)
    for m in ctx.mentions:  # ("the city council in Kharkiv condemned the Russian shelling" is no Russia's)
        record = ctx.knowledge.get(m.actor or "") if m.type == "GPE" else None
        if record is not None and record.country:
            located.append((m.start, record.country, record.kind == "state" and m.text in record.capitals))
    document = dominant_country(Counter(code for _, code, _ in located))
    unnamed: set[int] = set()
    for mention, title in offices:
        holders = {p.actor for p in people if p.end <= mention.start and _titled(ctx.doc, p, title)}
        if len(holders) == 1:
            mention.actor = holders.pop()
            continue
        if title in held:
            unnamed.add(id(mention))  # ("the police chief" no name gives: one unnamed person, no actor)
            continue
        span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        sentence = span.sent if span is not None else None
        inside = [(code, place) for start, code, place in located
                  if sentence is not None and sentence.start_char <= start < sentence.end_char]
        here = {code for code, place in inside if place}
        parties = {code for code, place in inside if not place}
        country = next(iter(here)) if len(here) == 1 else document if not here and not parties else None
        if parties - {country}:
            country = None  # ("In Basra, the city council accused Iran": a state its sentence names as a party)
        if country is not None:
            ctx.group_countries.setdefault(mention.actor, country)  # type: ignore[arg-type]
    if unnamed:
        kept = [(m, source) for m, source in zip(ctx.mentions, ctx.mention_sources, strict=False)
                if id(m) not in unnamed]
        ctx.mentions = [m for m, _ in kept]
        ctx.mention_sources = [source for _, source in kept]


def _titled(doc: Doc, person: Mention, title: str) -> bool:
    """Whether the text gives a person's mention a title: right before the name ("Mayor Ryan Bingham", "U.S.
    District Judge Michael Barrett"), or in apposition to it ("Ivan Fedorov, the mayor of Melitopol")."""
    text = doc.text
    before = " ".join(text[max(0, person.start - 40):person.start].lower().split())
    if before.endswith(title) and (len(before) == len(title) or not before[-len(title) - 1].isalnum()):
        return True
    span = doc.char_span(person.start, person.end, alignment_mode="expand")
    last = title.split()[-1]
    return span is not None and any(t.lower_ == last and t.dep_ == "appos" and span.start <= t.head.i < span.end
                                    for t in doc[span.end:span.end + 8])


def _name_heads(knowledge: Knowledge, actor: str) -> set[str]:
    """The head nouns of the names the knowledge base gives a known body (none for an unknown name)."""
    record = knowledge.get(actor)
    return {_head_word(n) for n in [record.name, *record.aliases]} if record is not None else set()


def _described_start(head: Token, kind_words: Mapping[str, str]) -> Token | None:
    """The first word of a definite description's phrase after "the" (the head or a kind word), or None where the
    phrase is no such description: no "the", another determiner or a possessor, a word of another kind before the
    head ("the rival group", "the Islamic State group"), "of" and a noun after it ("the group of men"), an
    apposition."""
    before = [c for c in head.children if c.i < head.i]
    if not before or before[0].lower_ != "the" or before[0].dep_ != "det":
        return None
    words = before[1:]
    if any(w.lower_ not in kind_words or w.i < before[0].i for w in words):
        return None
    # "of" and a noun makes another phrase ("the group of men"); "of" and a gerund is a verb's own "of" the parse hung
    # on its object ("accused the bloc of serving France", "accused the coalition of killing civilians") (bug)
    if any(c.dep_ not in CLAUSE_DEPS or (c.dep_ == "prep" and c.lower_ == "of" and not _gerund_only(c))
           for c in head.children if c.i > head.i):
        return None
    return words[0] if words else head


def _gerund_only(preposition: Token) -> bool:
    """Whether a preposition takes a gerund's clause and no noun: "of serving France", "of killing civilians"."""
    objects = [c for c in preposition.children if c.dep_ in ("pobj", "pcomp")]
    return bool(objects) and all(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in objects)


def _common(mention: Mention) -> bool:
    """A mention no name makes: no actor, or a body named by common words alone (a key scoped to the document)."""
    return mention.actor is None or (mention.actor.startswith(LOCAL) and SCOPE in mention.actor)


def _named_body(ctx: DocContext, head: Token, kinds: set[str], start: int,
                name_words: set[str] | None = None) -> str | None:
    """The one body of these kinds named in the head's sentence or the two sentences before, before the head (one
    whose names hold one of ``name_words``, where given: collectives.yaml ``described_names``)."""
    window = two_before(head)
    before = [m for m in ctx.mentions if window <= m.start and m.end <= start and m.actor]
    # a body the same noun named by common words ("a group of men ... the large group ... The group") is the one
    # it points back at, as a repeated noun is: the nearest such
    # (unless a body of its kinds is named since: "A group of men attacked ... JNIM later claimed the attack, and
    # the group said": JNIM)
    found = _fitting(ctx, before, kinds, head, name_words)
    repeated = [m for m in before if _common(m) and _head_word(m.text) == head.lower_]
    if repeated and not any(m.start > repeated[-1].start and m.actor in found for m in before):
        return repeated[-1].actor
    # a body its own clause names is another ("to lead the party that was swept from power by the NDP", "the group
    # that fought Hamas"): no body is its own agent or object
    own = range(head.left_edge.idx, head.right_edge.idx + len(head.right_edge))
    if any(m.start in own and m.actor in found for m in ctx.mentions):
        return None
    return found.pop() if len(found) == 1 else None


def _fitting(ctx: DocContext, before: list[Mention], kinds: Collection[str], head: Token,
             name_words: set[str] | None) -> set[str]:
    """The bodies among ``before`` that a description of these kinds (and names, where given) fits."""
    wanted = set(kinds)
    return {m.actor for m in before if m.actor and m.type in ("ORG", "PERSON", "NORP")
            and _kinds(ctx.knowledge, m) & wanted
            and (name_words is None or _called(ctx.knowledge, m, name_words, head.lower_ == "party"))}


def _several_fit(ctx: DocContext, head: Token, kinds: Collection[str] | None) -> bool:
    """Whether two bodies or more that a description admits (collectives.yaml ``described_bodies``) are named in its
    sentence before it or the two before: "Al-Shabaab and the Islamic State clashed ... The group said" is neither's,
    whatever the words of their names (bug)."""
    if not kinds:
        return False
    window = two_before(head)
    before = [m for m in ctx.mentions if window <= m.start and m.end <= head.idx and m.actor]
    return len(_fitting(ctx, before, kinds, head, None)) > 1


def _head_word(text: str) -> str:
    """The head noun of a body's phrase named by common words: "group" of "large group" and "group of men"."""
    words = text.lower().split()
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _kinds(knowledge: Knowledge, mention: Mention) -> set[str]:
    """A named body's kinds: the knowledge base's, or the kind its words give an unknown name, an unknown name's
    "forces" an armed group's too ("the Ambazonia Defence Forces ... The separatists": a state's forces the knowledge
    base knows); none for a body named by common words ("fighters", "residents": no name to point back at)."""
    actor = mention.actor or ""
    if not actor.startswith(LOCAL):
        record = knowledge.get(actor)
        return {record.kind if record is not None else "armed_group"}  # ("Iran-backed militias": an implied body)
    key_type, _, name = actor.removeprefix(LOCAL).partition(":")
    if SCOPE in actor or key_type != "ORG" or not mention.text[:1].isupper():
        return set()  # (a person's or a place's key, though a mention of it be read as a body's: "supporting Saver")
    kind = guess_kind(knowledge, name, key_type)
    return {kind, "armed_group"} if kind == "military" else {kind}


def full_names(ctx: DocContext, titles: Collection[str]) -> None:
    """A person the document names by one name alone ("Navalny accused the Kremlin", "Debretsion said") is named in
    full where the parse makes that name one of a run of proper nouns compounded on the last ("Alexei Navalny was
    jailed", "Debretsion Gebremichael was in Pretoria") and no mention is there (the model missed a sentence's first
    words, a name it did not know): the whole name is a PERSON mention, and the one name the person's
    (``actors._link_surnames``). Not a title ("President Ruto"), nor over another mention."""
    doc = ctx.doc
    surnames = {m.text for m in ctx.mentions if m.type == "PERSON" and re.fullmatch(r"[A-Z][\w'’-]{2,}", m.text)}
    if not surnames:
        return
    added: list[Mention] = []
    for token in doc:
        if token.text not in surnames:
            continue
        last = token  # (a given name the text uses alone, "Debretsion", is the compound of the surname after it)
        if (token.dep_ == "compound" and token.head.i == token.i + 1 and token.head.pos_ == "PROPN"
                and re.fullmatch(r"[A-Z][\w'’-]+", token.head.text)):
            last = token.head
        first = last
        while (first.i > 0 and (prev := doc[first.i - 1]).pos_ == "PROPN" and prev.dep_ == "compound"
               and prev.head.i == last.i and re.fullmatch(r"[A-Z][\w'’-]+", prev.text)
               and prev.text.rstrip(".").lower() not in titles):
            first = prev
        start, end = first.idx, last.idx + len(last)
        if first is last or any(m.start < end and start < m.end for m in ctx.mentions + added):
            continue
        name = doc.text[start:end]
        added.append(Mention(ctx.document.id, start, end, name, "PERSON", f"{LOCAL}PERSON:{normalize_name(name)}"))
    if added:
        ctx.add_mentions(added, "full name")


def _called(knowledge: Knowledge, mention: Mention, words: set[str], capitals: bool) -> bool:
    """Whether a body's names hold one of ``words``, or (with ``capitals``) it is an unknown name in capitals."""
    record = knowledge.get(mention.actor or "")
    names = [mention.text] + (list(record.aliases) + [record.name] if record is not None else [])
    if capitals and record is None and re.fullmatch(r"[A-Z][A-Z\d&-]+", mention.text):
        return True
    return any(words & set(re.split(r"[\s-]+", n.lower())) for n in names)
