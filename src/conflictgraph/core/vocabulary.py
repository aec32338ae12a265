"""The vocabulary of a bundle, in one place: PLOVER event types, modes, predicates, claim kinds, mention types.

Everything else takes its lists from here: the data model, the exporters, the lexicon loader (which rejects a
lexicon key that is not listed here), the web app, and the tests that check the JSON schema and docs/bundle.md
against these tables. Event types, quad categories, modes and scores follow the PLOVER manual of 2024
(``Numeric conflict/cooperation scores`` and each category's ``Supplementary fields`` and ``Quad category``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True)
class EventType:
    """A PLOVER event category: its quad category, its conflict/cooperation score and its modes.

    ``modes`` maps each PLOVER mode to its score (None where the manual's score table gives none);
    ``extra_modes`` are modes conflictgraph adds where PLOVER lists none (each explained in ``note``).
    """

    name: str
    quad: int
    score: float
    meaning: str
    modes: dict[str, float | None] = field(default_factory=dict)
    extra_modes: tuple[str, ...] = ()
    note: str = ""

    @property
    def all_modes(self) -> tuple[str, ...]:
        return (*self.modes, *self.extra_modes)


_TYPES = (
    EventType("AGREE", 1, 2.5, "agree to, or promise, a future action"),
    EventType("CONSULT", 1, 2.5, "meet, visit, talk, negotiate",
              {"visit": 4, "third-party": 1, "multilateral": 4, "phone": 1.5}),
    EventType("SUPPORT", 1, 5, "praise, endorse, recognize"),
    EventType("CONCEDE", 1, 4.5, "apologize, concede, compensate"),
    EventType("COOPERATE", 2, 9.5, "cooperate, coordinate, ally"),
    EventType("AID", 2, 10, "give material aid: money, arms, humanitarian help",
              extra_modes=("military", "humanitarian", "economic"),
              note="PLOVER gives AID no modes; conflictgraph tells the three kinds of aid the manual's "
                   "definition lists apart (military, humanitarian, monetary/economic)"),
    EventType("RETREAT", 2, 6.5, "withdraw, release, disarm, cease fire",
              {"withdraw": 8, "release": 6.5, "disarm": 10, "ceasefire": 7.5, "access": 6.5, "resign": 4.5}),
    EventType("REQUEST", 3, 0, "ask for or demand an action",
              {"assist": 0.5, "change": -1, "yield": -1, "meet": 0}),
    # The manual's score table prints ACCUSE as "3", without the minus sign its modes (-2, -3.5) and every other
    # conflict category carry: read as -3.
    EventType("ACCUSE", 3, -3, "accuse, condemn, investigate",
              {"disapprove": -2, "investigate": -3.5, "allege": -3.5}),
    EventType("REJECT", 3, -2, "refuse, deny, veto",
              {"assist": -1.5, "change": -2, "yield": -2, "meet": -2}),
    EventType("THREATEN", 3, -3.5, "threaten, warn, give an ultimatum",
              {"restrict": -3, "arrest": -3.5, "relations": -3.5, "expel": -3.5, "territory": -4,
               "violence": -3.5}),
    EventType("PROTEST", 4, -5, "demonstrate, riot, strike, boycott",
              {"demo": -5, "riot": -7, "strike": -5, "hunger": -4.5, "boycott": -4.5, "obstruct": -4.5,
               "vandalize": None}),
    EventType("SANCTION", 4, -6, "sanction, designate, expel, cut ties",
              {"convict": -6, "expel": -5.5, "withdraw": -6, "discontinue": -6}),
    EventType("MOBILIZE", 4, -5.5, "deploy troops, weapons, police or militia",
              {"troops": -6.5, "weapons": -6.5, "police": -5.5, "militia": -6}),
    EventType("COERCE", 4, -7, "arrest, seize, censor, deport, impose a curfew",
              {"seize": -7, "restrict": -7, "censor": -6.5, "curfew": -6.5, "martial-law": -7.5, "arrest": -7,
               "deport": -7, "withhold": -7, "misinformation": -6.5, "cyber": -7}),
    EventType("ASSAULT", 4, -9, "attack, kill, bomb, abduct",
              {"abduct": -8.5, "beat": -7.5, "torture": -8.5, "sexual": -8.5, "targeted": -9.5, "destroy": -8.5,
               "primitive": -8, "firearms": -9, "explosives": -9, "suicide-attack": -9.5, "aerial": -9.5,
               "drone": -9.5, "heavy-weapons": -9.5, "crowd-control": -7.5, "unconventional": -10}),
)

PLOVER: dict[str, EventType] = {t.name: t for t in _TYPES}
EVENT_TYPES: tuple[str, ...] = tuple(PLOVER)
QUAD_CODES: dict[str, int] = {t.name: t.quad for t in _TYPES}
MODES: dict[str, tuple[str, ...]] = {t.name: t.all_modes for t in _TYPES}

# Relation predicates, each with what "subject PREDICATE object" says.
PREDICATE_MEANINGS = {
    "backs": "subject backs object (Iran backs Kataib Hezbollah)",
    "part_of": "subject is part of object (a faction of an umbrella force)",
    "leads": "subject leads object",
    "member_of": "subject is a member of object",
    "spokesperson_for": "subject speaks for object",
    "designates_terrorist": "subject designates object a terrorist group",
    "allied_with": "the two are allied",
    "opposes": "the two are hostile",
}
PREDICATES: tuple[str, ...] = tuple(PREDICATE_MEANINGS)
# The predicates whose tie has no direction (docs/annotation.md, *Relations*: "partner", "ally"): "Russia's ally,
# Belarus" and "Belarus, an ally of Russia" state one tie, held once, its two actors in id order; the scorer matches
# it either way round.
SYMMETRIC_PREDICATES: frozenset[str] = frozenset({"allied_with"})

CLAIM_KINDS = ("quote", "paraphrase")
ACTOR_KINDS = ("state", "government", "military", "armed_group", "person", "organization", "media")
MENTION_TYPES = (
    "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME",
    "MONEY", "QUANTITY", "WEAPON", "MILITARY_PLATFORM",
)
ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP")  # mention types that can name an actor
PLACE_TYPES = ("GPE", "LOC", "FAC")  # mention types the places stage geocodes
TIME_TYPES = ("DATE", "TIME")  # mention types the dates stage resolves
LEXICON_MENTION_TYPES = ("WEAPON", "MILITARY_PLATFORM")  # the mention types weapons.yaml defines
DUPLICATE_RELATIONS = ("derived_from", "near_duplicate")
PUBLISHED_BASES = ("metadata", "text", "inferred")


def quad_code(event_type: str) -> int | None:
    """PLOVER's quad category of an event type: 1 verbal, 2 material cooperation; 3 verbal, 4 material conflict."""
    found = PLOVER.get(event_type)
    return found.quad if found else None


def score(event_type: str, mode: str | None = None) -> float | None:
    """The PLOVER conflict/cooperation score (-10 .. +10) of a type, or of a type and mode where it has its own."""
    found = PLOVER.get(event_type)
    if found is None:
        return None
    own = found.modes.get(mode) if mode else None
    return own if own is not None else found.score


# How exact a date is: what its ISO form says ("2019-12-27" a day, "2020-W10" an ISO week, "2019-12" a month,
# "2019" a year, "2019-12-27/2019-12-29" an ISO 8601 interval).
DATE_PRECISIONS = ("day", "week", "month", "year", "range")
# What a resolved place stands for, finest first; a country or a region is a centroid, not a point.
PLACE_LEVELS = ("facility", "city", "admin2", "admin1", "country", "region")
APPROXIMATE_LEVELS = ("country", "region")  # levels whose point a map should draw as an area, not a spot
