"""Who spoke: the actor a claim's speaker phrase names or points back at (docs/pipeline.md, *Speakers*).

A name in the phrase; a lone surname of someone named in full; a pronoun, a description ("the commander", "the
Foreign Secretary", "rebel spokesmen") or a document ("the statement") pointing back; none where the phrase names
several speakers or only qualifies its head with a body ("Opponents of President Assad").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from typing import Any

from spacy.tokens import Span, Token

from ..knowledge import Knowledge
from ..model import Mention
from . import DocContext, char_mask
from .relations import actor_kind, actor_mentions


def resolve_speaker(
    ctx: DocContext, span: Span, head: Token | None, lexicon: dict[str, Any], body_words: Collection[str],
    in_quote: bytearray, spoken: list[tuple[int, str]], referred: dict[str, str] | None = None,
) -> str | None:
    """The speaker's actor: a name in the span, else what a pronoun or a description points back at. ``body_words``
    are the nouns of bodies and groups (``body_nouns``, made once per document). ``referred`` holds the gender of
    the pronoun each person was already referred to by ("Const. Jason X said ... He said ..."): a pronoun of the
    other gender does not point back at them."""
    mentions = [m for m in actor_mentions(ctx) if m.start < span.end_char and span.start_char < m.end]
    if head is not None:  # "The task force, headed by former minister Anne McLellan, said": the task force speaks
        mentions = [m for m in mentions if not _in_clause_of(head, m)]
    # "The junta-controlled newspaper Global New Light of Myanmar reported": a name hyphened to a participle of
    # holding or backing (`qualifier_after`) qualifies the speaker; where another name is there, it is not the
    # speaker (docs/annotation.md, *Claims*: a news agency's report is the agency's; audit k28r)
    qualifying = re.compile(lexicon.get("qualifier_after") or r"(?!)")
    unqualified = [m for m in mentions if not qualifying.match(ctx.document.text, m.end)]
    if unqualified:
        mentions = unqualified
    if head is not None and _several(head, span, mentions):
        return None  # "Turkey and activists on the ground accused ...": a claim has one speaker
    if head is not None and nameless(head, mentions, lexicon):
        return None  # "a police official who asked not to be named": someone new, not the official named before
    named = mention_at(ctx, head)
    if head is not None and named is not None and _anonymous_group(ctx, head, named, lexicon):
        mentions = [m for m in mentions if m is not named]  # "Experts say": a group, but no one identifiable
        named = None
    if head is not None and _is_one_of(head, lexicon["apart_from"]) and (named is None or _qualified(head, mentions)):
        # The collective such a head makes ("Opponents of President Assad": an actor of the events they do) is no
        # one identifiable speaking (docs/annotation.md, *Claims*)
        mentions = [m for m in mentions if not m.start <= head.idx < m.end]
        named = None
    if head is not None and (named is None or named.type != "PERSON"):
        # "London police Const. Kim Flett said", "The victim's sister, Kataraina Paterson, said": a person's name in
        # apposition to the head is who speaks, not the body or the description the parse took for the head.
        for child in head.children:
            person = mention_at(ctx, child) if child.dep_ == "appos" else None
            if person is not None and person.type == "PERSON" and span.start_char <= child.idx < span.end_char:
                return person.actor
    if named is not None:
        return named.actor
    if head is not None and not any(m.type == "PERSON" for m in mentions):
        introduced = _named_after_lede(ctx, head, lexicon, body_words)
        if introduced:
            return introduced
    before = [m for m in actor_mentions(ctx) if m.end <= span.start_char and not in_quote[m.start]]
    words = [t for t in span if not t.is_punct]
    root = head.lower_ if head is not None else (words[-1].lower_ if words else "")
    if len(words) == 1 and words[0].is_title and root not in lexicon["person_pronouns"] + lexicon["group_pronouns"]:
        # "Baylous said": the surname of someone named in full
        surname = " " + words[0].text
        person = next((m for m in reversed(before) if m.type == "PERSON" and m.text.endswith(surname)), None)
        if person is not None:
            return person.actor
    if len(words) == 1 and root in lexicon["person_pronouns"]:
        if continues_nameless(ctx, span, lexicon):
            return None  # "One Edmonton resident who called in questioned ... '...,' he said."
        gender = lexicon["pronoun_genders"].get(root)
        people = [m for m in before if actor_kind(ctx.knowledge, m) == "person"
                  and (referred or {}).get(m.actor or "", gender) == gender]
        last = _previous_speaker(ctx, spoken, span)
        if last is not None and actor_kind(ctx.knowledge, last) == "person":
            if (referred or {}).get(last.actor or "", gender) == gender:
                return last.actor  # "..., according to Baylous. He said the pair ...": the attribution goes on
        elif last is not None and _unknown_name(ctx, last):
            return None  # "Uber's vice-president ... Anthony Levandowski [read as a company] said ... he told": not
            # the person named before him
        return pronoun_person(ctx, span, people)
    # "it added", "the report found": the body that spoke last, else the last body named.
    if len(words) == 1 and root in lexicon["group_pronouns"]:
        if root == "they" and _many_before(ctx, span):
            return None  # "The Hains live on a farm ..., and they believe": several people
        body = _last_speaker(ctx, spoken, span.start_char, ("person", "state"))
        if root == "it":  # "it said": a body named in the singular, not "the assailants"
            before = [m for m in before if not _plural(ctx, m)]
        bodies = [m for m in before if actor_kind(ctx.knowledge, m) not in ("person", "state")]
        if root == "it" and body is not None:
            return body
        return salient_subject(ctx, span, bodies) or body or (bodies[-1].actor if bodies else None)
    if head is not None and not mentions and head.lemma_.lower() in lexicon["speaks_for"] and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
        # "its spokesman said": the body that spoke last, else the last body that was a subject, else named
        body = _last_speaker(ctx, spoken, span.start_char, ("person", "state"))
        subjects = [m for m in before if head.idx - m.start < 400 and _is_subject(ctx, m)]
        bodies = lambda kind: kind not in ("person", "state")  # noqa: E731
        return body or _last(ctx, subjects, bodies) or _last(ctx, before, bodies)
    if head is not None and head.lemma_.lower() in lexicon["document_words"]:
        # A report is a body's, not an outlet's that cites it.
        definite = any(t.lower_ in ("the", "this", "that", "its", "their", "his", "her") for t in head.lefts)
        by = [m for m in mentions if any(p.dep_ == "prep" and p.lower_ in ("by", "from") and
                                         p.idx < m.start < p.right_edge.idx + 1 for p in head.children)]
        if by:  # "a statement by Jordan's Public Security Directorate": the body after "by", not the state
            return by[-1].actor
        owner = _owner_before(ctx, head, mentions)
        if owner:  # "Human Rights Watch's report", "a UN report": the body the report is of
            return owner
        possessor = next((c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if possessor is not None and not mentions:
            # "The ministry's statement said": the ministry said it, whoever "the ministry" points back at
            whose = ctx.doc[possessor.left_edge.i:possessor.i + 1]
            return resolve_speaker(ctx, whose, possessor, lexicon, body_words, in_quote, spoken, referred)
        owner = _document_owner(ctx, head) if definite else None
        if owner:  # "In a statement ..., Mr Trump accused ... 'The people have spoken,' the statement said."
            return owner
        return _last_speaker(ctx, spoken, span.start_char, ("person", "state", "media")) if definite else None
    # "the commander", and a title written as a name ("the Foreign Secretary"): who was introduced so.
    if head is not None and (head.pos_ == "NOUN" or head.pos_ == "PROPN" and not mentions
                             and any(t.lower_ == "the" for t in head.lefts)):
        described = _described(ctx, head, before, lexicon, spoken, bool(mentions))
        if described:
            return described
        named = _named_with(ctx, head, before, lexicon) if not mentions else None
        if named:
            return named
        if not mentions and head.lower_ in lexicon["body_voices"] and any(
                t.lower_ == "the" and t.dep_ == "det" for t in head.lefts) and not any(
                c.dep_ in ("prep", "poss", "compound", "amod", "appos") for c in head.children):
            # "Instagram confirmed ... The spokesperson added": the voice of the body that spoke last (bug)
            return _last_body_speaker(ctx, spoken, span.start_char)
        if not mentions and _epithet(head, lexicon):
            # "the real estate mogul added", "the Arizona Republican asked": news names the person a passage is
            # about again by a description it never introduced; it points back as "he" would (c24 pass).
            if continues_nameless(ctx, span, lexicon):
                return None
            return salient_subject(ctx, span, [m for m in before if actor_kind(ctx.knowledge, m) == "person"])
    speaks = head is not None and _is_one_of(head, lexicon["speaks_for"])
    # (a capitalized "Opponents" the parse takes for a proper noun is still the common noun)
    if head is not None and (head.pos_ == "NOUN" or head.lower_ in lexicon["apart_from"]) and mentions \
            and all(_in_modifier(head, m, lexicon, speaks) for m in mentions):
        return None  # "Opponents of President Assad said": not Assad
    if head is not None and not mentions and head.lemma_.lower() in lexicon["speaks_for"]:
        group = _group_named_before(head, before)  # "Three rebel spokesmen said": the rebels named before
        if group:
            return group
    # A state named as where the speaker is ("the highest official of religious law in Egypt") is not the speaker,
    # unless the head speaks for it ("Officials in Kenya said").
    mentions = [m for m in mentions if speaks or not (m.type == "GPE" and PLACE_BEFORE.search(
        ctx.document.text[max(0, m.start - 12):m.start]))]
    people = [m for m in mentions if m.type == "PERSON"]
    if not people and speaks and head is not None:
        # "An Iranian Red Crescent official": the body named right before the head is the one it speaks for; the
        # state's adjective before that only qualifies the body
        bodies = [m for m in mentions if m.type not in ("NORP", "GPE") and m.end <= head.idx
                  and not ctx.document.text[m.end:head.idx].strip()]
        if bodies:
            return bodies[-1].actor
    return (people or mentions)[0].actor if mentions else None


PERSONAL_PRONOUNS = ("he", "him", "his", "himself", "she", "her", "hers", "herself")
LEDE_SENTENCES = 2  # sentences after an article's first in which the person its lede describes is named


def body_nouns(knowledge: Knowledge, lexicon: dict[str, Any]) -> set[str]:
    """The nouns that name a body or a group, not one person: collectives.yaml's group heads, state bodies and
    institutions, and speech.yaml's ``member_bodies`` with their members' words."""
    collectives = knowledge.lexicon("collectives")
    bodies = {w for key in ("state_bodies", "group_heads", "group_heads_qualified", "head_words")
              for w in collectives.get(key, ())} | set(collectives.get("state_institutions", {}) or ())
    return bodies | set(lexicon["member_bodies"]) | {w for ws in lexicon["member_bodies"].values() for w in ws}


def _named_after_lede(ctx: DocContext, head: Token, lexicon: dict[str, Any], bodies: Collection[str]) -> str | None:
    """The person an article's first sentence describes without a name and names right after (news style: "The man
    known as Canada's 'Prince of Pot' says he's ... Marc Emery, who operates ..., was arrested"): the first person who
    is the subject of one of the next sentences. Only a singular description of one person by a common noun (not a
    body, a group, a document or an unnamed source) in the first sentence, which refers to that person again as "he"
    or "her" ("says he hopes", "his victim"; c25 pass)."""
    first = next(iter(ctx.doc.sents), None)
    if first is None or not first.start <= head.i < first.end or head.tag_ != "NN" or head.pos_ != "NOUN" \
            or not any(t.dep_ == "det" and t.lower_ in ("the", "a", "an") for t in head.lefts):
        return None
    if not any(t.i > head.i and t.lower_ in PERSONAL_PRONOUNS for t in first):
        return None  # no "he" or "her" shows the description is of a person ("The ministry says ...")
    noun = head.lemma_.lower()
    if noun in bodies or noun in lexicon["document_words"] or noun in lexicon["anonymous_speakers"] \
            or noun in lexicon["apart_from"]:
        return None
    sentence = first
    for _ in range(LEDE_SENTENCES):
        if sentence.end >= len(ctx.doc):
            return None
        sentence = ctx.doc[sentence.end].sent
        people = [m for m in actor_mentions(ctx) if sentence.start_char <= m.start < sentence.end_char
                  and actor_kind(ctx.knowledge, m) == "person" and _is_subject(ctx, m)]
        if people:
            return people[0].actor
    return None


PLACE_BEFORE = re.compile(r"\b(?:in|at|near|inside|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
DOCUMENT_WINDOW = 1500  # characters back in which "the statement" still points at a statement named before


def _in_clause_of(head: Token, mention: Mention) -> bool:
    """Whether a mention lies in a clause that describes the speaker's head: a participle ("The task force, headed by
    Anne McLellan", "the group, founded by X") or a relative clause ("the court, which X chairs"). The one named
    there is not who speaks."""
    return any((c.dep_ == "relcl" or c.dep_ == "acl" and c.tag_ == "VBN") and _under(c, mention) for c in head.children)


def _qualified(head: Token, mentions: list[Mention]) -> bool:
    """Whether a head is qualified by a phrase after it that names an actor ("Opponents of President Assad",
    "Residents of the camp run by the UN"): a plural that stands apart from what the phrase names. Without one, a
    collective the text names as an actor speaks as itself ("Protesters chanted: ...", "Protesters in Yangon")."""
    return any(c.dep_ == "prep" and any(_under(c, m) for m in mentions) for c in head.children)


def nameless(head: Token, mentions: list[Mention], lexicon: dict[str, Any]) -> bool:
    """An indefinite speaker that no actor in the phrase speaks through: "a source", "one of the experts", and "one
    resident of Goma" (a resident does not speak for the place), but not "an Iranian Red Crescent official" (an
    official speaks for the body named, `speaks_for`)."""
    if not indefinite(head, lexicon):
        return False
    through = [m for m in mentions if not _beside(head, m)]
    return not through or not _is_one_of(head, lexicon["speaks_for"])


def _beside(head: Token, mention: Mention) -> bool:
    """Whether a mention lies under an adjective's preposition on the head ("a source close to the junta", "a
    diplomat familiar with the army's plans"): the body the speaker stands near, not the one they speak for."""
    return any(c.dep_ == "amod" and any(g.dep_ == "prep" for g in c.children) and _under(c, mention)
               for c in head.children)


def _under(token: Token, mention: Mention) -> bool:
    """Whether a mention begins among the words a token governs (its subtree, as characters)."""
    words = list(token.subtree)
    return words[0].idx <= mention.start < words[-1].idx + len(words[-1])


def indefinite(head: Token, lexicon: dict[str, Any]) -> bool:
    """Whether a speaker phrase introduces someone unnamed rather than pointing back at someone named: an indefinite
    pronoun or number alone ("One said", "Some think", "one of the experts said"), or an unnamed source in the
    singular after "a", "an", "another" or "one" ("a source close to the campaign", "one resident of Tabriz", "a
    police official who asked not to be named"). An indefinite phrase names a new referent, so it is no one named
    before either."""
    if head.lower_ in lexicon["indefinite_speakers"] and head.pos_ in ("NUM", "PRON", "DET", "NOUN"):
        return True
    determiners = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod")}
    return bool(determiners & {"a", "an", "another", "one"}) and _is_one_of(head, lexicon["anonymous_speakers"])


def _anonymous_group(ctx: DocContext, head: Token, mention: Mention, lexicon: dict[str, Any]) -> bool:
    """Whether the mention at a speaker's head is a group the text names only by an unnamed plural source
    ("Experts say", "officials said"; `anonymous_speakers`): a collective actor of the events stage, but no one
    identifiable as a speaker. Not a known body ("Kenyan officials" is Kenya) nor one a possessor names. A group
    of such people ("a group of residents said") is no one identifiable either."""
    if mention.start <= head.idx < mention.end and ctx.knowledge.get(mention.actor or "") is None:
        head = _anonymous_people(head, lexicon) or head
    return (head.tag_ == "NNS" and head.lemma_.lower() in lexicon.get("anonymous_speakers", ())
            and mention.start <= head.idx < mention.end and ctx.knowledge.get(mention.actor or "") is None
            and not any(c.dep_ == "poss" for c in head.children)
            and not any(w[:1].isupper() for w in mention.text.split()[1:]))


def _anonymous_people(head: Token, lexicon: dict[str, Any]) -> Token | None:
    """The unnamed plural source a singular group noun is made of ("a group of residents": residents), else None."""
    if head.tag_ != "NN":
        return None
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() in lexicon.get("anonymous_speakers", ())),
                None)


def _owner_before(ctx: DocContext, head: Token, mentions: list[Mention]) -> str | None:
    """The body named as a document's possessor or as a noun before it ("HRW's report", "a UN report"); not a
    state's adjective ("a Turkish report" names no author)."""
    for mention in reversed([m for m in mentions if m.end <= head.idx and m.type != "NORP"]):
        root = ctx.mention_root(mention)
        if root is not None and root.dep_ in ("poss", "compound") and root.head.i == head.i:
            return mention.actor
    return None


def _document_owner(ctx: DocContext, head: Token) -> str | None:
    """Whose is "the statement": the last earlier mention of a document of that word with an owner the parse
    names ("X's statement", "a statement from X", "X said in a statement", "X issued a statement")."""
    doc = ctx.doc
    for token in reversed(doc[:head.i]):
        if head.idx - token.idx > DOCUMENT_WINDOW:
            break
        if token.lemma_.lower() != head.lemma_.lower() or token.pos_ != "NOUN":
            continue
        owners = [c for c in token.children if c.dep_ == "poss"]
        owners += [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("by", "from", "of")
                   for g in p.children if g.dep_ == "pobj"]
        verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
        if token.dep_ in ("pobj", "dobj") and verb.pos_ in ("VERB", "AUX"):
            owners += [c for c in verb.children if c.dep_ == "nsubj"]
        for owner in owners:
            mention = mention_at(ctx, owner)
            if mention is not None:
                return mention.actor
        return None  # the last such document has no owner named
    return None


def _last_speaker(
    ctx: DocContext, spoken: list[tuple[int, str]], position: int, not_kinds: tuple[str, ...]
) -> str | None:
    kinds = {m.actor: actor_kind(ctx.knowledge, m) for m in ctx.mentions if m.actor}
    return next((a for start, a in reversed(spoken) if start < position and kinds.get(a) not in not_kinds), None)


def _last_body_speaker(ctx: DocContext, spoken: list[tuple[int, str]], position: int) -> str | None:
    """The body that spoke last before a position: an actor of no person's or state's kind, or one the text names as
    a body (an ORG mention: "Instagram", a name the knowledge base does not hold)."""
    kinds = {m.actor: actor_kind(ctx.knowledge, m) for m in ctx.mentions if m.actor}
    bodies = {m.actor for m in ctx.mentions if m.actor and m.type == "ORG"}
    return next((a for start, a in reversed(spoken) if start < position and (
        kinds.get(a) not in ("person", "state") or a in bodies and kinds.get(a) != "state")), None)


def _several(head: Token, span: Span, mentions: list[Mention]) -> bool:
    """Whether the speaker phrase names several speakers: its head is coordinated ("Turkey and activists"), or a
    plural head is of coordinated bodies ("The leaders of Turkey and Russia"). "And" inside a name ("Ministry of
    Foreign Affairs and Cooperation") or in a phrase that only describes the speaker ("X, the head of A and B")
    does not count."""
    heads = {head.i} | ({c.i for p in head.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"}
                        if head.tag_ in ("NNS", "NNPS") else set())
    for token in span:
        # "and" hangs on the first conjunct ("Turkey and activists") or, in a list of common nouns, on the one
        # before the last ("Residents, activists and medical staff"; a name's words are no list: "Ministry of
        # Foreign Affairs, Trade and Cooperation")
        listed = [token, *(c for c in token.children if c.dep_ == "conj")] if token.pos_ == "NOUN" else []
        if token.dep_ == "conj" and token.head.i in heads and any(
                c.lower_ == "and" for t in (token.head, *listed) for c in t.children) \
                and not any(m.start <= token.head.idx and token.idx < m.end for m in mentions):
            return True
    return False


def _group_named_before(head: Token, before: list[Mention]) -> str | None:
    """The body a word qualifying the head names ("rebel" in "rebel spokesmen"): the last mention before whose
    last word is that word or its plural ("the rebels")."""
    words = {c.lower_ for c in head.children if c.dep_ in ("compound", "amod") and c.is_alpha}
    for mention in reversed(before):
        last = mention.text.split()[-1].lower() if mention.text.split() else ""
        if last in words or last.endswith("s") and last[:-1] in words:
            return mention.actor
    return None


def _is_one_of(head: Token, words: Collection[str]) -> bool:
    """Whether the head, as written or by its lemma, is one of these words ("Opponents", "opponents")."""
    return head.lemma_.lower() in words or head.lower_ in words


def _in_modifier(head: Token, mention: Mention, lexicon: dict[str, Any], speaks: bool) -> bool:
    """Whether a mention only qualifies the head, which does not speak for it: a state's adjective on a noun that
    is no office of it ("A Turkish policeman"; not "Turkish officials"), or a prepositional phrase after a head
    that stands apart from the body ("Opponents of President Assad", "Residents of Aleppo")."""
    if mention.type in ("NORP", "GPE") and mention.end <= head.idx and any(
            c.dep_ in ("amod", "compound") and mention.start <= c.idx < mention.end for c in head.children):
        return not speaks
    if not _is_one_of(head, lexicon["apart_from"]):
        return False
    for child in head.children:
        if child.dep_ == "prep":
            words = list(child.subtree)
            if words[0].idx <= mention.start and mention.end <= words[-1].idx + len(words[-1]):
                return True
    return False


def _named_with(ctx: DocContext, head: Token, before: list[Mention], lexicon: dict[str, Any]) -> str | None:
    """A definite description that repeats a word of a body's name points back at that body: "the court" is the
    Court of Criminal Appeals named before, "the ministry" the Ministry of Defence; a bare plural for the members of
    a body ("Officers say", "troops said") is the last body named with the word for it (`member_bodies`: the
    police, the army). Not a person, and not a state: "the country" is no name's word."""
    words = {head.lower_, head.lemma_.lower()}
    definite = any(t.lower_ in ("the", "this", "that") for t in head.lefts)
    if not definite:
        if head.tag_ != "NNS" or any(t.dep_ in ("det", "poss", "nummod", "amod", "compound") for t in head.lefts):
            return None
        words = set(lexicon.get("member_bodies", {}).get(head.lower_, ()))
    for mention in reversed(before):
        if mention.type in ("PERSON", "GPE", "NORP") or actor_kind(ctx.knowledge, mention) in ("person", "state"):
            continue
        if words & {w.lower().strip(".,’'") for w in mention.text.split()}:
            return mention.actor
    return None


SALIENCE_SENTENCES = 3  # sentences back in which a pronoun still looks for the person a sentence was about


def salient_subject(ctx: DocContext, pronoun: Span, people: list[Mention]) -> str | None:
    """The one a pronoun subject continues: the subject of its own sentence before it ("Hickson said he ..."),
    else of the nearest sentence before that has a person for subject ("Bob Katter is the Federal Member for
    Kennedy. He says ..."), not the last person merely named there (the victim of "X stabbed Mr Paterson. He
    said ..."). Sentences that are only quotes have no such subject and are passed over. Likewise "it" and "they"
    for the body a sentence was about (``people`` holds the candidates)."""
    for sentence in _back_from(ctx, pronoun):
        subjects = [m for m in people if sentence.start_char <= m.start < sentence.end_char
                    and _is_subject(ctx, m) and m.end <= pronoun.start_char]
        if subjects:
            return subjects[0].actor  # the main clause's subject comes first
    return None


def pronoun_person(ctx: DocContext, pronoun: Span, people: list[Mention]) -> str | None:
    """The person "he" or "she" stands for: the subject it continues (``salient_subject``), else the last person
    named (``people``); but no one where, on the way back, a sentence with no person for subject has for its main
    subject a name that no person and no body of the knowledge base holds ("Since meeting Mayor Brita Hagi Hasan in
    Paris, Hidalgo has helped ... She sent a letter": the entity model read Hidalgo as a place). Such a subject is
    most likely the one the pronoun continues, a person the model did not type, and the person named further back
    (the mayor met) is a guess a reader would not make: a wrong party is worse than none."""
    for sentence in _back_from(ctx, pronoun):
        subjects = [m for m in people if sentence.start_char <= m.start < sentence.end_char
                    and _is_subject(ctx, m) and m.end <= pronoun.start_char]
        if subjects:
            return subjects[0].actor
        if _unknown_name_subject(ctx, sentence, pronoun):
            return None
    return people[-1].actor if people else None


def _previous_speaker(ctx: DocContext, spoken: list[tuple[int, str]], pronoun: Span) -> Mention | None:
    """The mention of the speaker who spoke last before a speaker pronoun, where that was in the pronoun's sentence or
    the one before ('..., according to Baylous. He said': news goes on with the attribution it has made)."""
    before = [(start, actor) for start, actor in spoken if start < pronoun.start_char]
    if not before:
        return None
    start, actor = before[-1]
    sentence = pronoun.sent
    previous = ctx.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    if start < previous.start_char:
        return None
    return next((m for m in ctx.mentions if m.actor == actor and start <= m.start < pronoun.start_char), None)


def _unknown_name(ctx: DocContext, mention: Mention) -> bool:
    """Whether a mention is a proper name, typed a body or a place, that no actor of the knowledge base holds and
    the statistical model did not read as a place either ("Hidalgo", tagged ORG and made a place by the gazetteer;
    not "Texas")."""
    if mention.type not in ("GPE", "ORG", "NORP") or not mention.text[:1].isupper() or (
            mention.actor and ctx.knowledge.get(mention.actor) is not None):
        return False
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return mention.type != "GPE" or span is None or span.root.ent_type_ not in ("GPE", "LOC", "FAC")


def _many_before(ctx: DocContext, pronoun: Span) -> bool:
    """Whether the nearest subject before a speaker's "they", in its sentence or the one before, names several
    speakers: a coordination ("Niger, Mali and Burkina Faso left ECOWAS. They said") or a plural name of persons ("The
    Hains live on a farm ..., and they believe"). A claim has one identifiable speaker (docs/annotation.md, *Claims*),
    and "they" stands for what it points at."""
    sentences = [pronoun.sent] + ([ctx.doc[pronoun.sent.start - 1].sent] if pronoun.sent.start > 0 else [])
    for sentence in sentences:
        subjects = [t for t in sentence if t.i < pronoun.start and t.dep_ in ("nsubj", "nsubjpass")
                    and t.pos_ != "PRON" and t.tag_ not in ("WP", "WDT", "DT", "EX")]
        if not subjects:
            continue
        subject = subjects[-1]
        mention = mention_at(ctx, subject)
        if any(c.dep_ == "conj" for c in subject.children):
            return True
        if subject.tag_ == "NNPS" and (mention is None or mention.type == "PERSON"):
            return True  # "The Hains": a family named by its surname
        return False
    return False


def _unknown_name_subject(ctx: DocContext, sentence: Span, pronoun: Span) -> bool:
    """Whether the main subject of a sentence, before the pronoun and outside quotation marks, is a proper name that
    no person mention and no actor of the knowledge base holds (a name the entity model mistyped or missed)."""
    quoted = _quoted(ctx)
    for token in sentence:
        if token.i >= pronoun.start or token.dep_ not in ("nsubj", "nsubjpass") or token.head.i != sentence.root.i:
            continue
        if token.pos_ != "PROPN" or quoted[token.idx]:
            return False
        name = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token]
        start, end = min(t.idx for t in name), token.idx + len(token)
        if any(m.type == "PERSON" and m.start < end and start < m.end for m in ctx.mentions):
            return False  # a person's name the model cut ("Aung San" of "Aung San Suu Kyi")
        mention = next((m for m in ctx.mentions if m.start <= token.idx < m.end), None)
        if mention is None and any(m.type == "PERSON" and token.text in m.text.split() for m in ctx.mentions):
            return False  # a part of a person's name the model did not tag here ("Amber spent ...")
        if mention is None:
            return token.is_title and token.ent_type_ in ("", "PERSON", "GPE", "ORG", "NORP")
        return _unknown_name(ctx, mention)
    return False


def _back_from(ctx: DocContext, pronoun: Span) -> Iterator[Span]:
    """The pronoun's sentence, then the ones before it, as far as a pronoun looks back (SALIENCE_SENTENCES). A
    sentence whose subject is the same pronoun goes on about the same one ("He has met ... He says ... '...,' he
    said."): it costs nothing of the way back."""
    sentence, budget = pronoun.sent, SALIENCE_SENTENCES + 1
    word = pronoun.root.lower_
    quoted = _quoted(ctx)
    while budget > 0:
        yield sentence
        if sentence.start == 0:
            return
        if not any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ == word for t in sentence) \
                and not all(quoted[t.idx] for t in sentence if t.is_alpha):
            budget -= 1  # (a sentence all inside a quotation, '"He is a world class player."', tells no one)
        sentence = ctx.doc[sentence.start - 1].sent


# A straight quote's words never open with a space or a comma: '"A", was ... "B"' pairs the wrong marks (an
# ellipsis may open them: '"... to be ready"'). They run over a line break only where a hard-wrapped text wraps
# the line ('"Can you imagine nine people\n    dying ..."': the line goes on without a stop), not where a paragraph
# of a long quote ends open ('"... very strong.\n"There were ...').
QUOTE = re.compile(r"“([^”“]+)”|(?<![\w.])\"(?![\s,;])((?:[^\"\n]|(?<![.!?:;,\s])\n(?=[ \t]*[^\s\"]))+)\"")


def _quoted(ctx: DocContext) -> bytearray:
    """Which characters of the document lie inside a pair of quotation marks (as the claims stage pairs them);
    found once per document and kept in ``ctx.quoted`` (every pronoun's way back reads it)."""
    if ctx.quoted is None:
        text = ctx.document.text
        ctx.quoted = char_mask(len(text), (match.span() for match in QUOTE.finditer(text)))
    return ctx.quoted


def continues_nameless(ctx: DocContext, pronoun: Span, lexicon: dict[str, Any]) -> bool:
    """Whether a personal pronoun continues someone the text never named: the subject it goes on about, found as
    ``salient_subject`` finds it, is an indefinite unnamed speaker ("One Edmonton resident who called in questioned how
    ... '...,' he said."), not a person named by name. Such a pronoun names no one either."""
    people = [m for m in actor_mentions(ctx) if m.type == "PERSON"]
    for sentence in _back_from(ctx, pronoun):
        for token in sentence:
            if token.idx >= pronoun.start_char:
                break
            if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ in lexicon["person_pronouns"]:
                continue
            inside = [m for m in actor_mentions(ctx) if _under(token, m)]
            if any(m.start <= token.idx < m.end for m in people):
                return False  # a person named by name
            if token.pos_ == "NOUN" and nameless(token, inside, lexicon):
                return True
    return False


def _plural(ctx: DocContext, mention: Mention) -> bool:
    root = ctx.mention_root(mention)
    # A plural common noun ("the assailants"); a name is one body even when plural in form ("the United Nations").
    return root is not None and root.tag_ == "NNS"


def _last(ctx: DocContext, before: list[Mention], fits: Any) -> str | None:
    return next((m.actor for m in reversed(before) if fits(actor_kind(ctx.knowledge, m))), None)


def _last_mention(ctx: DocContext, before: list[Mention], fits: Any) -> Mention | None:
    return next((m for m in reversed(before) if fits(actor_kind(ctx.knowledge, m))), None)


def _coordinated_fit(ctx: DocContext, mention: Mention, before: list[Mention], fits: Any) -> bool:
    """Whether a body is coordinated with another body of the kinds a description admits ("Hamas and Fatah", "the
    RSF and the SAF"): the description fits both and points at neither."""
    span = ctx.mention_span(mention)
    if span is None:
        return False
    conjuncts = {t.i for t in span.root.conjuncts}
    return bool(conjuncts) and any(
        m.actor != mention.actor and fits(actor_kind(ctx.knowledge, m)) and (other := ctx.mention_span(m)) is not None
        and other.root.i in conjuncts for m in before)


def _is_subject(ctx: DocContext, mention: Mention) -> bool:
    """Whether a mention is its clause's subject, or a name in apposition to the subject's head ("The French historian
    Bernard Vincent told ...", "Uber's vice-president ..., Anthony Levandowski, said": the parse makes the title the
    subject and the name its apposition)."""
    span = ctx.mention_span(mention)
    if span is None:
        return False
    root = span.root
    if root.dep_ == "appos" and root.head.i < root.i and not span.start <= root.head.i < span.end:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass") or _said_after(ctx, span)


def _said_after(ctx: DocContext, span: Span) -> bool:
    """Whether a name is the subject of a speech verb that it follows at its sentence's end ("..., said Liberal MP
    Mark Eyking."), which the parse may miss, taking the name's last word for a verb (c27 pass)."""
    doc, k = ctx.doc, span.start - 1
    while k > span.sent.start and doc[k].pos_ == "PROPN":
        k -= 1  # the title before the name ("Liberal MP")
    verbs = ctx.knowledge.lexicon("speech")["verbs"]
    after = doc[span.end] if span.end < len(doc) else None
    return k > span.sent.start and doc[k].lemma_.lower() in verbs and doc[k - 1].is_punct \
        and (after is None or after.text in (".", "!", "?") or after.is_space)


def mention_at(ctx: DocContext, token: Token | None) -> Mention | None:
    if token is None:
        return None
    return next((m for m in actor_mentions(ctx) if m.start <= token.idx < m.end), None)


def _epithet(head: Token, lexicon: dict[str, Any]) -> bool:
    """A definite description of a person by a common word ("the real estate mogul", "the Arizona Republican",
    "the 73-year-old"): "the" and a head that names no document, body, office spoken for or group of speakers."""
    noun = head.lemma_.lower()
    return any(t.lower_ == "the" and t.dep_ == "det" for t in head.lefts) and head.tag_ in ("NN", "NNP") \
        and noun not in lexicon["document_words"] and noun not in lexicon["described_speakers"] \
        and noun not in lexicon["speaks_for"] and noun not in lexicon["anonymous_speakers"] \
        and noun not in lexicon["apart_from"] and noun not in lexicon["member_bodies"]


def _described(
    ctx: DocContext, head: Token, before: list[Mention], lexicon: dict[str, Any], spoken: list[tuple[int, str]],
    named: bool,
) -> str | None:
    """'the commander' -> the last person introduced as a commander ('Cmdr. X', 'X, a ... commander');
    'the group' -> the last armed group or organization named."""
    noun = head.lemma_.lower()
    text = ctx.document.text
    kinds = lexicon["described_speakers"].get(noun)
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in head.lefts):
        kinds = None  # "the Emergency Lawyers group": a name of its own, not a description of a body named before
    if kinds and not named:  # "groups like Amnesty International" names its body
        others = tuple(k for k in ("person", "state", "media", "armed_group", "government", "military",
                                   "organization") if k not in kinds)
        # "KH, one of the factions of the PMF, warned ... the group said": the subject, not the last name.
        subjects = [m for m in before if head.idx - m.start < 400 and _is_subject(ctx, m)]
        spoke = _last_speaker(ctx, spoken, head.idx, others)
        if spoke:
            return spoke
        fits = lambda kind: kind in kinds  # noqa: E731
        found = _last_mention(ctx, subjects, fits) or _last_mention(ctx, before, fits)
        # "Hamas and Fatah signed a deal. The group said": a description two coordinated bodies fit is neither's
        # (as descriptions.link_descriptions leaves it) (bug)
        return None if found is None or _coordinated_fit(ctx, found, before, fits) else found.actor
    titles = {k.lower(): v for k, v in lexicon["role_titles"].items()}
    # "the Foreign Secretary" is the one introduced as "Foreign Secretary X", not as "Secretary of State Y".
    modifiers = {t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod") and t.is_alpha}
    nearest = None  # the last person introduced with the head noun alone, if none has the modifiers too
    for mention in reversed(before):
        if mention.type != "PERSON":
            continue
        ahead = text[max(0, mention.start - 40):mention.start].split()
        roles = {titles.get(w.lower(), w.lower()) for w in ahead[-3:]}
        apposition = re.match(r"\s*,\s*((?:the|a|an)\s[^,;]{0,120})", text[mention.end:])
        if apposition:
            roles |= {w.lower().strip(".") for w in apposition.group(1).split()}
            roles |= {w[:-1] for w in roles if w.endswith("s")}
        if noun in roles and modifiers <= roles:
            return mention.actor
        if noun in roles and nearest is None:
            nearest = mention.actor
    return nearest
