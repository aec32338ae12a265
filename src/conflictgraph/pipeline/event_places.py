"""Where an event took place: the place words of its sentence, the body that does it, or the article's home."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..core.identity import same_place
from ..gazetteer import Gazetteer, normalize
from ..knowledge import builtin_lexicon, guess_kind, word_set
from ..model import Event, Location, Mention
from . import DocContext
from .bearings import DIRECTIONS, moved
from .event_forms import VERBAL_TYPES
from .event_home import holds, home_place
from .event_meetings import by_phone
from .place_names import BIG_CITY

if TYPE_CHECKING:
    from .event_lexicon import Lexicon
    from .event_sentence import Sentence

# The closed classes of words the module's functions read (plover.yaml, its last section; read once).
_CLOSED = builtin_lexicon("plover")
SCENE_NOUNS = word_set(_CLOSED, "scene_nouns")  # "arrested at the scene": where the story's event happened
PLACE_PREPS = word_set(_CLOSED, "place_preps")  # "the embassy in Baghdad": a place, not a party
SAME_MOMENT = word_set(_CLOSED, "same_moment_marks")  # "detained X when his car went off the road"
# Nouns of acts beyond the event triggers: a place in their phrase is theirs ("a suspect in a theft near Hinton")
OTHER_ACTS = word_set(_CLOSED, "offence_nouns") | word_set(_CLOSED, "patient_nouns") | word_set(_CLOSED, "blame_acts")
CITY_NOUNS = word_set(_CLOSED, "city_nouns")  # "the city's X district": the city the text named before
# How specific a resolved place is: the event takes the most specific its clause names (a region with no country,
# such as a continent, ranks below a country).
SPECIFICITY = {"facility": 5, "city": 4, "admin2": 3, "admin1": 2, "region": 2, "country": 0}


def only_qualifies(token: Token, top: Token, modifiers: bool) -> bool:
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


def is_investigation(sentence: Sentence, token: Token | None, event_type: str) -> bool:
    """Whether the act is an investigation (PLOVER ACCUSE investigate), which is done where what it investigates
    happened, unlike a statement ("investigated a theft near Hinton"; plover.yaml investigation_words)."""
    return event_type == "ACCUSE" and token is not None and any(
        t.lemma_.lower() in sentence.lex.investigations  # "opened an inquiry": the light verb's object
        for t in [token, *(c for c in token.children if c.dep_ == "dobj")])


def measured_location(sentence: Sentence, mention: Mention) -> Location | None:
    """Where a place mention puts the event: the town itself, or the point the text measures from it ("the village
    of Tikhoretsk, 130 km east of Krasnodar"; bearings.py)."""
    geo = sentence.geo(mention)
    return (moved(geo, sentence.ctx.document.text, mention.start) if geo is not None else None) or geo


def placed_at_home(sentence: Sentence, events: list[Event], event_type: str, token: Token | None = None) -> list[Event]:
    """An event whose sentence names no place for it takes the article's home, where the article is local news
    (event_home.py), or the place its actor is named for where that body acts in its jurisdiction (``_body_place``);
    a verbal act takes neither (a statement's place is where it was made) but for a court's or a unit's legal act,
    nor does a call (its place is where it was held, which a call has not)."""
    if token is not None and event_type == "CONSULT" and by_phone(sentence, token):
        return events
    if event_type in VERBAL_TYPES and not is_investigation(sentence, token, event_type):
        # (a suspect's appearance in a court is the court's arraignment: event_inquiries.court_appearance)
        if token is None or token.lemma_.lower() not in sentence.lex.court_verbs | sentence.lex.appearance:
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
    return next((m.geo for m in sentence.ctx.mentions if m.actor in actors and m.type == "ORG"
                 and sent.start_char <= m.start < sent.end_char and m.geo is not None
                 and m.geo.level in BODY_LEVELS and m.geo.country is not None
                 and ((record := knowledge.get(m.actor)) is not None and record.kind
                      or guess_kind(knowledge, m.text, m.type)) in BODY_KINDS
                 and normalize(m.text) != normalize(m.geo.name)), None)  # "Kyiv hit back": the town is its state


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


def distinct_places(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The place mentions, one for each place they name (the first of two that are the same place), in text order."""
    out: list[Mention] = []
    for m in mentions:
        if all(not same_place(sentence.geo(m), sentence.geo(o)) for o in out):
            out.append(m)
    return sorted(out, key=lambda m: m.start)

def _assailed(token: Token, trigger: Token) -> bool:
    """A town is where the act happened when it is what the act was done to: "shelled Kherson", "began to attack
    the city of Husaybah", "their assault on Karabilah", "the shelling of Donetsk" (a material act on a place
    happens there)."""
    t = token
    while t.dep_ in ("compound", "conj", "appos", "flat") and t.head.i != t.i and t.head.i != trigger.i:
        t = t.head
    named = t.pos_ == "PROPN"
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN" and t.head.head.i != trigger.i:
        t, named = t.head.head, True  # "the city of Husaybah", "the town of Kafr Nabl"
    if t.dep_ == "conj" and t.head.i == trigger.i and named and trigger.pos_ == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ in ("on", "against", "of") and any(g.dep_ == "pobj" for g in c.children)
            for c in trigger.children):
        # "the attack on Djibo and Arbinda", "an assault on Sadah and a small portion of Karabilah": the parser hangs
        # the second object on the act noun; both places were attacked, two acts (docs/annotation.md, *One event or
        # several*: acts that differ in place are separate) (fig)
        return True
    return (t.dep_ in ("dobj", "npadvmod") and t.head.i == trigger.i and t.i > trigger.i  # (the parser's object)
            # an act noun that is the doer of a verb: "Israeli strikes hit Rafah", "shelling pounded Donetsk"
            or t.dep_ == "dobj" and trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and t.head.i == trigger.head.i
            or t.dep_ == "pobj" and t.head.lower_ in ("on", "against") and t.head.head.i == trigger.i
            # an act noun's object: "the shelling of Donetsk", "Israel's bombardment of Gaza"
            or t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == trigger.i and trigger.pos_ == "NOUN")


def _qualifier(token: Token, mention: Mention) -> bool:
    """Whether a place name only qualifies the noun after it: "met Aleppo Mayor Brita Hagi Hasan in Paris", "the
    Kharkiv governor" (whose office it names, not the place the act was done to)."""
    head = token
    while head.dep_ == "compound" and mention.start <= head.head.idx < mention.end:
        head = head.head  # within the name: "Kafr Nabl"
    return head.dep_ == "compound" and not (mention.start <= head.head.idx < mention.end)


class SentencePlaces:
    """Where a sentence's events happened: the place methods of ``event_sentence.Sentence``, mixed into it."""

    if TYPE_CHECKING:  # what these methods read of ``Sentence``
        _cities: dict[int, Mention | None]
        by_token: dict[int, Mention]
        ctx: DocContext
        facility: Facilities
        groups: set[int]
        lex: Lexicon
        def clause(self, token: Token) -> list[Token]: ...
        def governor(self, token: Token) -> Token | None: ...
        def mention_at(self, token: Token, *types: str) -> Mention | None: ...
        def rings(self, token: Token) -> list[list[Token]]: ...
        def ring_heads(self, token: Token) -> list[Token]: ...
        def shared_phrases(self, token: Token) -> list[Token]: ...
        def own_setting(self, verb: Token) -> set[str]: ...

    def places(self, token: Token, own_only: bool = False) -> list[Mention]:
        """Places in the nearest clause that names one, the most specific first. In the event's own clause the
        places attached to the trigger itself come first ("a London rally in support of people in Aleppo" is in
        London); a place deeper in the clause is taken with them only when it is as specific and in the same
        country ("attacked a checkpoint in the town of Kafr Nabl, in Idlib province"). ``own_only``: only the places
        attached to the trigger (a statement's place is where it was made, not where what it is about happened)."""
        # a meeting's topic places what it is about, not the meeting: "joined the ministers in Paris for talks on the
        # situation in Aleppo" is in Paris (PLOVER CONSULT: the place is where the parties meet)
        meeting = (self.lex.nouns.get(token.lower_) or self.lex.nouns.get(token.lemma_.lower())) in \
            self.lex.occurring_types
        topic = {t.i for c in token.children if c.dep_ == "prep" and c.lower_ in self.lex.topic_preps
                 for t in c.subtree} if token.pos_ == "NOUN" and meeting else set()
        if token.pos_ == "VERB" and token.lemma_.lower() in self.lex.topic_verbs:
            # "Ministers discussed the conflict in Ukraine", "negotiated a truce in Gaza": what is discussed is the
            # topic, not where the parties met (PLOVER CONSULT: the place is where they meet; c36)
            topic = {t.i for c in token.children if c.dep_ == "dobj" or c.dep_ == "prep"
                     and c.lower_ in self.lex.topic_preps for t in c.subtree}
        if not own_only and (struck := self.struck_from(token)):
            return struck
        deed = next((c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and (
            self.lex.nouns.get(c.lower_) or self.lex.nouns.get(c.lemma_.lower())) is not None), None) \
            if token.pos_ == "VERB" else None
        seen: set[int] = set()
        # "the city" (the city named before) places an act only where its clause names no place itself: "in the
        # city's Bahri district" is in Bahri where the gazetteer knows it
        rings = self.rings(token)
        if not own_only and (shared := self.shared_phrases(token)) and "place" not in self.own_setting(token):
            # "attacked a police station and bombed a pipeline in Arauca": the last conjunct's trailing place is
            # the first's too, where its own clause names none (clz)
            rings = [rings[0], shared, *rings[1:]]
        # the first clause, outward from the act's own, that places it at a site the text names by no place name
        heads = self.ring_heads(token)
        site = next((k for k, head in enumerate(heads) if self._unnamed_site(head)), None)
        if site is not None and len(rings) > len(heads):
            site += 1  # the shared phrases, read right after the act's own clause
        for n, ring in [(n, ring) for n, ring in enumerate(rings) for _ in (0, 1)]:
            if site is not None and n > site:
                return []  # "and detonating a car bomb in a frontline area": there, not the other clause's place
            found: dict[int, Mention] = {}
            direct: dict[int, Mention] = {}
            anaphora = n in seen
            seen.add(n)
            for t in ring:
                if t.i in topic:
                    continue
                mention = (self.the_city(t) or self.the_building(t) or self.the_capital(t)) if anaphora \
                    else self.by_token.get(t.i)
                if mention is None or mention.type == "NORP" or self.geo(mention) is None:
                    continue
                if self.specificity(mention) == 0 and self._qualifies_thing(t):
                    continue  # "fired a missile at a US destroyer": the destroyer's side, not where it was
                located = _located(t) and not self._party_of_act(t, mention)
                if self._of_other_act(t, token):
                    continue  # "A suspect in a theft near Hinton has been apprehended": the theft's place
                attached = n == 0 and mention.type in ("GPE", "LOC", "FAC") and (
                    _at_occasion(t, token, self.lex)
                    or _attached(t, token) and (located or self.specificity(mention) >= SPECIFICITY["admin2"])
                    or not own_only and self._assailed_place(t, token, mention)
                    # the act noun that is the verb's doer names what was done to the place: "the Russian shelling
                    # of Kherson in southern Ukraine killed three people" is in Kherson, as the shelling is (plt)
                    or not own_only and deed is not None and self._assailed_place(t, deed, mention)) or (
                    # an act noun that is the doer of its clause's verb: "Israeli strikes hit Rafah" (in Rafah)
                    n == 1 and token.pos_ == "NOUN" and token.dep_ == "nsubj" and not own_only
                    and mention.type in ("GPE", "LOC", "FAC") and self._assailed_place(t, token, mention))
                if attached or mention.type == "FAC" or mention.type == "ORG" and mention.geo is None or located:
                    found.setdefault(id(mention), mention)
                if attached:
                    direct.setdefault(id(mention), mention)
            if own_only:
                if not direct:
                    direct = {id(m): m for m in self._speaking_at(token)}
                return sorted(direct.values(), key=lambda m: -self.specificity(m))
            if found:
                ranked = sorted(found.values(), key=lambda m: -self.specificity(m))
                if direct:
                    top = next(m for m in ranked if id(m) in direct)
                    ranked = [m for m in ranked if id(m) in direct or self.specificity(m) >= self.specificity(top)
                              and _same_country(self.geo(m), self.geo(top))]
                return ranked
        return []

    def _unnamed_site(self, token: Token) -> bool:
        """Whether the act's own clause places it at a site the text names by no place name ("detonating a car bomb
        in a frontline area", "shot dead near a checkpoint outside the village", "searched a house"): the act
        happened there, so a place another clause names is not its place (docs/annotation.md, *Place*: where the
        event happened, not any place named nearby); a site whose phrase holds a place name is placed by it."""
        sites = self.lex.held_places | self.lex.dwellings
        for c in token.children:
            if c.dep_ != "prep" or c.lower_ not in PLACE_PREPS:
                continue
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in sites and not any(
                        (m := self.by_token.get(t.i)) is not None and m.type in ("GPE", "LOC", "FAC")
                        for t in g.subtree):
                    return True
        return False

    def _assailed_place(self, token: Token, trigger: Token, mention: Mention) -> bool:
        """Whether a place mention is where the act was done because the act was done to it (``_assailed``): a town,
        a district or a first-level division ("bombarded Gaza", the Gaza Strip; "shelled the Kursk region"), not a
        country (a state attacked is the act's recipient: docs/annotation.md, Actor and recipient), nor a name that
        only qualifies a noun ("the Kharkiv governor"), nor a small town abroad the story does not name."""
        return self.specificity(mention) >= SPECIFICITY["admin1"] and _assailed(token, trigger) \
            and not _qualifier(token, mention) and self.in_named_country(mention)

    def struck_from(self, token: Token) -> list[Mention]:
        """The place a weapon launched from one place struck: "Rockets fired from Gaza struck Sderot", "a drone
        launched from Yemen hit Eilat" are in Sderot and Eilat, where the act was done, not where it came from
        (docs/annotation.md, Place: where the event happened). The trigger is a participle on the subject of a verb
        of attack (plover.yaml ``verbs`` ASSAULT, ``weapon_verbs``) whose object is a place, or a verb of firing the
        parser heads the sentence with and coordinates that verb with ("Rockets fired from Gaza struck Sderot" parsed
        as two clauses of one subject)."""
        lex = self.lex

        def attacking(verb: Token) -> bool:
            return verb.pos_ == "VERB" and (lex.verbs.get(verb.lemma_.lower()) == "ASSAULT"
                                            or verb.lemma_.lower() in lex.weapon_verbs)

        subject = token.head
        if token.dep_ == "acl" and token.tag_ == "VBN" and subject.dep_ == "nsubj" and attacking(subject.head):
            verb, skip = subject.head, {t.i for t in subject.subtree}
        elif token.pos_ == "VERB" and token.lemma_.lower() in lex.weapon_verbs and any(
                c.dep_ == "prep" and c.lower_ == "from" for c in token.children):
            verb = next((c for c in token.children if c.dep_ == "conj" and attacking(c) and not any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
            if verb is None:
                return []
            skip = set()
        else:
            return []
        found = [m for t in verb.subtree if t.i not in skip
                 and (m := self.by_token.get(t.i)) is not None and m.type in ("GPE", "LOC", "FAC")
                 and self._assailed_place(t, verb, m)]
        return sorted({id(m): m for m in found}.values(), key=lambda m: -self.specificity(m))

    def _of_other_act(self, token: Token, trigger: Token) -> bool:
        """Whether a place is that of another act, told in a phrase that describes a party or a thing of this one: "A
        suspect in a theft near Hinton has been apprehended", "protests by Turks angry over Russia's role in the
        bombardment of Aleppo" (docs/annotation.md, *Place*: the place the text names for the event; as a date in the
        subject's phrase dates another act, event_dates ``_describes_party``). The act noun hangs on a noun, not on
        the trigger: "killed in the bombing of a market in Kabul" is in Kabul."""
        t = token
        while t.head.i != t.i and t.i != trigger.i:
            t = t.head
            if t.i == trigger.i:
                return False
            if t.pos_ == "NOUN" and (t.lower_ in OTHER_ACTS or t.lemma_.lower() in OTHER_ACTS
                                     or (self.lex.nouns.get(t.lower_) or self.lex.nouns.get(t.lemma_.lower()))):
                while t.dep_ == "conj" and t.head.i != t.i:
                    t = t.head  # "the bombardment and destruction of Aleppo"
                owner = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else None
                if owner is not None and owner.i != trigger.i and self._party_word(owner):
                    return True
        return False

    def _party_word(self, token: Token) -> bool:
        """Whether a noun names a party or its part in an act: the subject's noun, an actor's mention, a word for a
        person ("suspect", "residents") or for taking part ("role", "involvement"); not a thing ("the site of the
        attack in Bucha" is where troops were sent)."""
        lex, words = self.lex, {token.lower_, token.lemma_.lower()}
        return token.pos_ in ("NOUN", "PROPN") and (
            token.dep_ in ("nsubj", "nsubjpass") or token.i in self.by_token or bool(words & set(lex.roles))
            or bool(words & (lex.person_nouns | lex.person_words | lex.part_nouns | lex.forces)))

    def _party_of_act(self, token: Token, mention: Mention) -> bool:
        """Whether a country names the party to an act noun it modifies, not where the act was: "killed in an August
        2015 U.S. drone strike" was a strike by the US, not in it (a town before an act noun is its venue: "at a
        Kyiv rally")."""
        if self.specificity(mention) > 0:
            return False
        t = token
        while t.dep_ in ("compound", "amod", "flat") and t.head.i != t.i:
            t = t.head
        lex = self.lex
        return t.i != token.i and t.pos_ == "NOUN" and (lex.nouns.get(t.lower_) or lex.nouns.get(t.lemma_.lower())) \
            is not None

    def _speaking_at(self, token: Token) -> list[Mention]:
        """The place a participle of speaking puts a statement in ("Speaking in Kyiv on Tuesday, Zelensky accused
        Russia ...", "Speaking from Washington, the spokesman condemned ..."): a statement's place is where it was
        made (docs/annotation.md, Place). The participle hangs on the statement's verb and has no subject of its own."""
        verb = self.governor(token) or token
        out = []
        for c in verb.children:
            if c.dep_ != "advcl" or c.tag_ != "VBG" or c.lemma_.lower() not in self.lex.reporting_from or any(
                    g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                continue
            for t in self.clause(c):
                mention = self.mention_at(t, "GPE", "LOC", "FAC")
                if mention is not None and self.geo(mention) is not None and _attached(t, c):
                    out.append(mention)
        return out

    def _qualifies_thing(self, token: Token) -> bool:
        """Whether a country's name qualifies a noun that is no place ("a US destroyer", "a Russian warship"): it
        tells whose the thing is, not where the event happened; a noun of land ("near the Turkish border", plover.yaml
        territory_nouns) or a place the text names ("the US embassy") still places it."""
        head = token.head
        land = self.lex.territory_nouns
        return token.dep_ in ("compound", "amod", "nmod") and head.i != token.i and head.pos_ == "NOUN" \
            and head.i > token.i and self.mention_at(head, "GPE", "LOC", "FAC") is None \
            and head.lemma_.lower() not in land \
            and head.lower_ not in land

    def the_capital(self, token: Token) -> Mention | None:
        """"The Sudanese capital", "the Ukrainian capital" where the text puts an act: that state's capital, as the
        knowledge base names it (docs/annotation.md, Place: the most specific place the text names for the event)."""
        if token.lower_ != "capital" or token.i in self.by_token or not _located(token):
            return None
        for c in token.children:
            mention = self.by_token.get(c.i) if c.dep_ in ("amod", "compound", "nmod", "poss") else None
            record = self.ctx.knowledge.get(mention.actor) if mention is not None and mention.actor else None
            if record is not None and record.kind == "state" and record.capitals and record.country:
                geo = self.facility.gazetteer.resolve(record.capitals[0], countries=(record.country,))
                if geo is not None and geo.country == record.country:
                    return Mention(self.ctx.document.id, token.idx, token.idx + len(token), token.text, "GPE", geo=geo)
        return None

    def the_city(self, token: Token) -> Mention | None:
        """"The city" where the text puts an act ("in the city's Abbassiya district", "the few blocks of the city
        under rebel control", "offices at the city hall"): the city the text named last before it, as a reader takes
        it (docs/annotation.md, Place: the most specific place the text names for the event). Not "the city of X",
        which names its own, nor "the southern city", which may be another than the one named last."""
        phrase = token.head if token.dep_ == "compound" else token  # "at the city hall", "in the city centre"
        if token.lower_ not in CITY_NOUNS or token.i in self.by_token or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in phrase.children) or any(
                c.dep_ == "prep" and c.lower_ == "of" or c.dep_ in ("amod", "compound", "nmod")
                for c in token.children):
            return None  # an epithet ("the southern city") describes a city the text may not have named last
        if not (_located(token) or token.dep_ == "poss" and _located(token.head)):
            return None
        if token.i not in self._cities:
            before = [m for m in self.ctx.mentions if m.end <= token.idx and m.type == "GPE" and m.geo is not None
                      and m.geo.level == "city"]
            self._cities[token.i] = None if not before else Mention(
                self.ctx.document.id, token.idx, token.idx + len(token), token.text, "GPE", geo=before[-1].geo)
        return self._cities[token.i]

    def the_building(self, token: Token) -> Mention | None:
        """"The cathedral" where the text puts an act ("demonstrators gathered outside the cathedral"): the building of
        that kind the text named last before it ("the St. Mark's Coptic Orthodox Cathedral"), where the gazetteer or
        the act told in the sentence that named it puts it ("in the city's Abbassiya district"; docs/annotation.md,
        Place: the most specific place the text names for the event). The kinds are the gazetteer's words for a kind
        of place (data/not_places.txt). Not "the cathedral of X" nor "a nearby church", which may be another."""
        if not self.facility.gazetteer.is_common_word(token.text) or token.i in self.by_token or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children) or any(
                c.dep_ == "prep" and c.lower_ == "of" or c.dep_ in ("amod", "compound", "nmod")
                for c in token.children) or not _located(token):
            return None
        # the kind's word capitalized after a name's capitalized word: "St. Mark's Coptic Orthodox Cathedral"
        kind = re.compile(rf"[A-Z][\w.'’]*\s+{re.escape(token.text[:1].upper() + token.text[1:].lower())}\b")
        named = list(kind.finditer(self.ctx.document.text, 0, token.idx))
        if not named:
            return None
        at = named[-1].end() - 1
        geo = next((m.geo for m in self.ctx.mentions if m.start <= at < m.end and m.geo is not None), None) or next(
            (e.location for e in self.ctx.events if e.location is not None and any(
                ev.start <= at < ev.end for ev in e.evidence)), None)
        if geo is None:
            return None
        return Mention(self.ctx.document.id, token.idx, token.idx + len(token), token.text, "FAC", geo=geo)

    def finer_when(self, token: Token, place: Mention) -> Mention | None:
        """A town inside the division or country the event's clause names, told in a clause of the same moment ("RCMP
        in Manitoba had detained the suspect when his vehicle went off the road near the town of Virden" is in
        Virden; annotation.md, Place: the most specific place the text names for the event). Not a clause of
        another time ("detained ... after clashes in X")."""
        area = self.geo(place)
        if area is None or area.level not in ("admin1", "country") or area.country is None:
            return None
        holders = [token] + [g for g in [self.governor(token)] if g is not None]
        clauses = [c for h in holders for c in h.children if c.dep_ == "advcl" and any(
            m.dep_ in ("mark", "advmod") and m.lower_ in SAME_MOMENT for m in c.children)]
        gazetteer = self.facility.gazetteer
        for clause in clauses:
            for t in self.clause(clause):
                town = self.mention_at(t, "GPE", "LOC", "FAC")
                geo = self.geo(town) if town is not None else None
                if geo is not None and geo.level in ("city", "facility") and geo.country == area.country and (
                        area.level == "country" or area.geonames_id in gazetteer.divisions_of(geo)) and _located(t):
                    return town
        return None

    def in_named_country(self, mention: Mention) -> bool:
        """Whether a place lies in a country or first-level division the document names as a place, or is a city of
        100,000: a name read as a small town abroad ("the church of St. Peter" in a story on Cairo) is no place of the
        story; "attacked Kyiv" is in Kyiv."""
        geo = self.geo(mention)
        if geo is None:
            return False
        # ... or in a division the document names: "shelled the town of Ariha in Idlib province"
        divisions = set(self.facility.gazetteer.divisions_of(geo))
        return any(m.geo is not None and (m.geo.level == "country" and m.geo.country == geo.country
                                          or m.geo.level == "admin1" and m.geo.geonames_id in divisions)
                   for m in self.ctx.mentions) or self.facility.gazetteer.population(geo) >= BIG_CITY

    def geo(self, mention: Mention) -> Location | None:
        """Where a place mention is; an embassy or base named as an actor is a place too. A collective's name
        ("Turkish police") says where the group is from, not where the event happened."""
        if id(mention) in self.groups:
            return None
        if mention.geo is not None or mention.type != "ORG" or not mention.actor:
            return mention.geo
        record = self.ctx.knowledge.get(mention.actor)
        return self.facility((mention.text,) + tuple(record.aliases if record else ()))

    def specificity(self, mention: Mention) -> int:
        """How precisely a place mention places an event, the higher the smaller the place: a place the gazetteer
        resolves by its level (``SPECIFICITY``: a town over its province over its country; -1 for a region no country
        holds), else a facility or a body 3, a region 2, a country the knowledge base knows 0, another place 1."""
        geo = self.geo(mention)
        if geo is not None and geo.level in SPECIFICITY:  # a town over its province over its country
            return SPECIFICITY[geo.level] if geo.level != "region" or geo.country else -1
        if mention.type == "FAC" or mention.type == "ORG":
            return 3
        if mention.type == "LOC":
            return 2
        record = self.ctx.knowledge.get(mention.actor) if mention.actor else None
        is_country = record is not None and record.kind == "state" and mention.text not in record.capitals
        return 0 if is_country else 1
