"""Where an event took place: the place words of its sentence, the body that does it, or the article's home."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..core.identity import same_place
from ..gazetteer import Gazetteer, normalize
from ..knowledge import builtin_lexicon, word_set
from ..model import Event, Location, Mention
from .actors import guess_kind
from .bearings import DIRECTIONS, moved
from .event_forms import VERBAL_TYPES
from .event_home import holds, home_place
from .event_meetings import _by_phone

if TYPE_CHECKING:
    from .events import Lexicon, Sentence

_CLOSED = builtin_lexicon("plover")


SCENE_NOUNS = word_set(_CLOSED, "scene_nouns")  # "arrested at the scene": where the story's event happened

PLACE_PREPS = word_set(_CLOSED, "place_preps")  # "the embassy in Baghdad": a place, not a party


def _qualifies(token: Token, top: Token, modifiers: bool) -> bool:
    """Whether a word only qualifies the phrase: "Iran-backed", "the embassy in Baghdad", "by X", or sits in a
    relative clause ("the comments she faced since joining the NDP" name no party of the NDP)."""
    t = token
    while t.i != top.i and t.head.i != t.i:
        if (modifiers and t.dep_ == "amod" and t.pos_ == "VERB" or t.dep_ == "relcl"
                or t.dep_ in ("prep", "agent") and t.lower_ in PLACE_PREPS | {"by"}):
            return True
        t = t.head
    return False


def _attached(token: Token, trigger: Token) -> bool:
    """A place hangs on the trigger itself: "a London rally", "the rally in London", "attacked ... in Homs". (A
    name before the trigger places it only if it is a town or a facility: "a US strike" is by the US.)"""
    t = token
    # the parser takes a town before a noun for an adjective as often as for a compound: "a Calgary rally"
    while t.dep_ in ("compound", "amod", "conj", "appos", "flat") and t.head.i != t.i and t.head.i != trigger.i:
        t = t.head
    if t.head.i == trigger.i and t.dep_ in ("compound", "amod", "nmod", "npadvmod") and t.i < trigger.i:
        return True
    return t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS and t.head.head.i == trigger.i


def _at_occasion(token: Token, trigger: Token, lex: Lexicon) -> bool:
    """A place of the occasion the act was done at: "harassed during a meeting in Red Deer", "said at a news
    conference in Geneva" (a statement's place is where it was made: docs/annotation.md, Place). The occasion hangs on
    the trigger, or on a verb coordinated with it ("harassed and intimidated ... during"); after "at" it is an occasion
    or an event noun of the lexicon ("at a news conference", not "at several locations")."""
    t = token
    while t.dep_ in ("compound", "conj", "appos", "flat") and t.head.i != t.i:
        t = t.head
    if not (t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS and t.head.head.pos_ == "NOUN"):
        return False
    occasion = t.head.head
    if not (occasion.dep_ == "pobj" and (occasion.head.lower_ == "during" or occasion.head.lower_ == "at" and (
            occasion.lemma_.lower() in lex.occasions or (lex.nouns.get(occasion.lower_) or lex.nouns.get(
                occasion.lemma_.lower())) is not None))):
        return False
    verb = occasion.head.head
    return verb.i == trigger.i or verb.dep_ == "conj" and verb.head.i == trigger.i


def _same_country(one: Location | None, other: Location | None) -> bool:
    return one is not None and other is not None and one.country is not None and one.country == other.country


def _located(token: Token) -> bool:
    """A town or country is where the event happened only after "in/at/near ...", not as a party ("warned Tehran");
    "in the town of X", "on the outskirts of X" place it too."""
    t = token
    while t.dep_ in ("compound", "conj", "appos", "nmod", "poss") and t.head.i != t.i:
        t = t.head  # "in Giza's Haram district"
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in DIRECTIONS:
        return True  # "130 km east of Krasnodar": the place is measured from it (bearings.py)
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN" and t.head.head.i != t.head.i:
        return _located(t.head.head)
    # the parser hangs a name after a preposition as its complement as often as its object: "in Sagaing region"
    return t.dep_ in ("pobj", "pcomp") and t.head.lower_ in PLACE_PREPS


def _investigating(sentence: Sentence, token: Token | None, event_type: str) -> bool:
    """Whether the act is an investigation (PLOVER ACCUSE investigate), which is done where what it investigates
    happened, unlike a statement ("investigated a theft near Hinton"; plover.yaml investigation_words)."""
    return event_type == "ACCUSE" and token is not None and any(
        t.lemma_.lower() in sentence.lex.investigations  # "opened an inquiry": the light verb's object
        for t in [token, *(c for c in token.children if c.dep_ == "dobj")])


def _measured(sentence: Sentence, mention: Mention) -> Location | None:
    """Where a place mention puts the event: the town itself, or the point the text measures from it ("the village
    of Tikhoretsk, 130 km east of Krasnodar"; bearings.py)."""
    geo = sentence.geo(mention)
    return (moved(geo, sentence.ctx.document.text, mention.start) if geo is not None else None) or geo


def _at_home(sentence: Sentence, events: list[Event], event_type: str, token: Token | None = None) -> list[Event]:
    """An event whose sentence names no place for it takes the article's home, where the article is local news
    (event_home.py), or the place its actor is named for where that body acts in its jurisdiction (``_body_place``);
    a verbal act takes neither (a statement's place is where it was made) but for a court's or a unit's legal act,
    nor does a call (its place is where it was held, which a call has not)."""
    if token is not None and event_type == "CONSULT" and _by_phone(sentence, token):
        return events
    if event_type in VERBAL_TYPES and not _investigating(sentence, token, event_type):
        if token is None or token.lemma_.lower() not in sentence.lex.court_verbs:
            return events
        # A charge, a ruling, an arraignment is done where the body that does it sits ("A Texas court exonerated",
        # "the Cairns juvenile justice unit has charged"): the body's place, never the article's home.
        return [replace(e, location=body) if e.location is None and (body := _body_place(sentence, e)) is not None
                else e for e in events]
    out = []
    for event in events:
        if event.location is None:  # (places() keeps only mentions with a place, so None is "names none")
            anchored = any(v is not None for v in (event.source, event.target, event.date)) or _at_scene(sentence)
            aside = {t.idx for t in sentence.sent.doc if t.dep_ == "pobj" and t.head.lower_ == "from"
                     and t.head.head.lemma_.lower() in sentence.lex.reporting_from}
            town = home_place(sentence.ctx, sentence.sent, anchored, sentence.facility.gazetteer, aside)
            body = _body_place(sentence, event)
            if body is not None and (town is None or not holds(sentence.facility.gazetteer, body, town)):
                town = body  # "Lagos State police detained ...": the body's state, unless the home is a town in it
            event = replace(event, location=town) if town is not None else event
        out.append(event)
    return out


BODY_LEVELS = ("city", "admin2", "admin1")  # a body named for a country is national: it acts abroad as at home

# A body with a jurisdiction (police, courts, authorities, councils): an armed group or a force named for a region
# ("Donetsk separatists", "Tigray forces") fights outside it as often as in it.
BODY_KINDS = ("government", "organization")


def _body_place(sentence: Sentence, event: Event) -> Location | None:
    """The place a body that does the act is named for, in this sentence: a town's, a county's or a state's police,
    court, council or authorities ("Danbury police arrested", "Kharkiv regional authorities evacuated") act in
    their jurisdiction (docs/annotation.md, *Place*: the body's name is a place the text names for the act). A body
    named for a country does not place its act (its forces, envoys and ministries act abroad), nor an organisation
    with no place in its name ("UN envoy"), nor an armed group or a force named for its region ("Donetsk
    separatists shelled a village": BODY_KINDS), nor a capital standing for its state ("Ottawa will pursue talks",
    "Kyiv hit back": the place's own name, not a body's named for it)."""
    actors = set(event.actors("source"))
    sent = sentence.sent
    if not actors or not sent.text.rstrip().rstrip("\"'’”)").endswith((".", "!", "?", ":")):
        return None  # a title line or sub-heading only announces an event the body tells, and merges into it
    knowledge = sentence.ctx.knowledge
    return next((m.geo for m in sentence.ctx.mentions if m.actor in actors and m.type == "ORG" and m.geo is not None
                 and m.geo.level in BODY_LEVELS and m.geo.country is not None
                 and ((record := knowledge.get(m.actor)) is not None and record.kind
                      or guess_kind(knowledge, m.text, m.type)) in BODY_KINDS
                 and normalize(m.text) != normalize(m.geo.name)  # "Kyiv hit back": the town stands for its state
                 and sent.start_char <= m.start < sent.end_char), None)


def _at_scene(sentence: Sentence) -> bool:
    """Whether the sentence puts what it tells at the scene ("Several people at the scene were arrested", "officers
    were on scene"): the place of the story's event, which anchors the act to the article's home as a place the
    sentence names would (event_home.py)."""
    return any(t.lower_ in SCENE_NOUNS and t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS | {"on", "to"}
               for t in sentence.sent)


class Facilities:
    """The curated facility (an embassy, a base) among some names, from the gazetteer; looked up once per names."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._found: dict[tuple[str, ...], Location | None] = {}

    def __call__(self, names: tuple[str, ...]) -> Location | None:
        if names not in self._found:
            self._found[names] = next((self.gazetteer.resolve(name) for name in names
                                       if self.gazetteer.kind(name) == "FAC"), None)
        return self._found[names]


def _distinct_places(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if all(not same_place(sentence.geo(m), sentence.geo(o)) for o in out):
            out.append(m)
    return sorted(out, key=lambda m: m.start)
