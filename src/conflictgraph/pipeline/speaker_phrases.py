"""What a speaker phrase names besides its head: the actor mention at a word, several speakers, someone unnamed, a
group no one can identify, a body the head only qualifies or stands apart from."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from spacy.tokens import Span, Token

from ..model import Mention
from . import DocContext
from .relations import actor_mentions


def mention_at(ctx: DocContext, token: Token | None) -> Mention | None:
    if token is None:
        return None
    return next((m for m in actor_mentions(ctx) if m.start <= token.idx < m.end), None)


def in_clause_of(head: Token, mention: Mention) -> bool:
    """Whether a mention lies in a clause that describes the speaker's head: a participle ("The task force, headed by
    Anne McLellan", "the group, founded by X") or a relative clause ("the court, which X chairs"). The one named
    there is not who speaks."""
    return any((c.dep_ == "relcl" or c.dep_ == "acl" and c.tag_ == "VBN") and under(c, mention) for c in head.children)


def qualified(head: Token, mentions: list[Mention]) -> bool:
    """Whether a head is qualified by a phrase after it that names an actor ("Opponents of President Assad",
    "Residents of the camp run by the UN"): a plural that stands apart from what the phrase names. Without one, a
    collective the text names as an actor speaks as itself ("Protesters chanted: ...", "Protesters in Yangon")."""
    return any(c.dep_ == "prep" and any(under(c, m) for m in mentions) for c in head.children)


def nameless(head: Token, mentions: list[Mention], lexicon: dict[str, Any]) -> bool:
    """An indefinite speaker that no actor in the phrase speaks through: "a source", "one of the experts", and "one
    resident of Goma" (a resident does not speak for the place), but not "an Iranian Red Crescent official" (an
    official speaks for the body named, `speaks_for`)."""
    if not indefinite(head, lexicon):
        return False
    through = [m for m in mentions if not _beside(head, m)]
    return not through or not is_one_of(head, lexicon["speaks_for"])


def _beside(head: Token, mention: Mention) -> bool:
    """Whether a mention lies under an adjective's preposition on the head ("a source close to the junta", "a
    diplomat familiar with the army's plans"): the body the speaker stands near, not the one they speak for."""
    return any(c.dep_ == "amod" and any(g.dep_ == "prep" for g in c.children) and under(c, mention)
               for c in head.children)


def under(token: Token, mention: Mention) -> bool:
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
    return bool(determiners & {"a", "an", "another", "one"}) and is_one_of(head, lexicon["anonymous_speakers"])


def anonymous_group(ctx: DocContext, head: Token, mention: Mention, lexicon: dict[str, Any]) -> bool:
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


def several(head: Token, span: Span, mentions: list[Mention]) -> bool:
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


def is_one_of(head: Token, words: Collection[str]) -> bool:
    """Whether the head, as written or by its lemma, is one of these words ("Opponents", "opponents")."""
    return head.lemma_.lower() in words or head.lower_ in words


def in_modifier(head: Token, mention: Mention, lexicon: dict[str, Any], speaks: bool) -> bool:
    """Whether a mention only qualifies the head, which does not speak for it: a state's adjective on a noun that
    is no office of it ("A Turkish policeman"; not "Turkish officials"), or a prepositional phrase after a head
    that stands apart from the body ("Opponents of President Assad", "Residents of Aleppo")."""
    if mention.type in ("NORP", "GPE") and mention.end <= head.idx and any(
            c.dep_ in ("amod", "compound") and mention.start <= c.idx < mention.end for c in head.children):
        return not speaks
    if not is_one_of(head, lexicon["apart_from"]):
        return False
    for child in head.children:
        if child.dep_ == "prep":
            words = list(child.subtree)
            if words[0].idx <= mention.start and mention.end <= words[-1].idx + len(words[-1]):
                return True
    return False
