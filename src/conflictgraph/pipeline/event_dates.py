"""When an event happened: calendar precision, time clauses, a sentence's scene date, and dates shared or withheld."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..model import Event
from .event_types import _trigger

if TYPE_CHECKING:
    from .events import Sentence


_VAGUE_PAST = re.compile(r"\bago\b", re.IGNORECASE)  # a DATE counted back from now; unresolved, it is vague

# A length of time written as a modifier ("a three-day period of mourning", "a 10-year sentence", "a 72-hour
# truce") measures a thing; it places no act away from the report.
_DURATION_RE = re.compile(r"\b[\w.]+-(?:hour|day|week|month|year)\b", re.IGNORECASE)


def _in_modifier(token: Token, trigger: Token) -> bool:
    """Whether a word lies in a clause that describes a party and does not hold the trigger: a relative clause
    ("the deal, which both sides want to finalize next year") or a participle on the subject ("The MLA, first
    elected in 2012, has faced threats": the year is the election's). A participle on a circumstance is the act's
    own time: "In a statement released on Saturday, Mr Trump accused ..." accused on Saturday."""
    return any((a.dep_ == "relcl" or a.dep_ == "acl" and a.head.dep_ in ("nsubj", "nsubjpass"))
               and not (a.i == trigger.i or a.is_ancestor(trigger)) for a in [token, *token.ancestors])


def _stretch_of(verb: Token, mark: Token) -> Token | None:
    """The stretch a time clause measures ("two days after", "weeks after"): on the clause's verb or its mark, or
    on the verb the clause hangs on where it stands right before the mark ("The offensive comes days after the RSF
    shelled a hospital": the parser hangs "days" on "comes")."""
    return next((c for c in (*verb.children, *mark.children) if c.dep_ == "npadvmod"), None) or next(
        (c for c in verb.head.children if c.dep_ == "npadvmod" and c.i == mark.i - 1 and verb.head.i != verb.i),
        None)


def _calendar(value: str) -> str | None:
    """An event date at calendar precision: an ISO week becomes its month, or its year across months."""
    week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if not week:
        return value
    try:
        monday, sunday = (date.fromisocalendar(int(week[1]), int(week[2]), day) for day in (1, 7))
    except ValueError:
        return None
    if monday.month == sunday.month:
        return f"{monday:%Y-%m}"
    return f"{monday:%Y}" if monday.year == sunday.year else None


def _scene_date(sentence: Sentence, published: str | None) -> list[str]:
    """The time a sentence with no dated act sets the story at ("As the cease-fire collapsed early Wednesday, there
    was a flurry of diplomatic calls"): the day its main clause or a clause it hangs on names, which the next act
    told "later" or "then" follows (docs/annotation.md, Date: the precision the text supports). Not a time that
    describes a party ("the deal, which both sides want to finalize next year"), nor one after the report."""
    root = sentence.sent.root
    values = [m.value for t in sentence.sent if (m := sentence.mention_at(t, "DATE", "TIME")) is not None
              and m.value and len(m.value) == 10 and not _in_modifier(t, root)
              and (published is None or m.value <= published)]
    return [_calendar(values[-1])] if values else []


def _coordinated_acts(one: Event, other: Event, triggers: dict[int, Token]) -> bool:
    """Two attacks one sentence tells by coordinated verbs, each with its object and each with a mode of its own
    ("shelling the villages of Foua and Kfraya and detonating a car bomb in a frontline area", "killed 139 insurgents
    and took 256 prisoners"): two acts, not one (docs/annotation.md, One event or several: acts in one sentence are
    separate events when they differ in recipient or place; PLOVER codes each ASSAULT with its own mode). Verbs that
    share their object ("abducted and killed citizens") or name no mode of their own ("killed 12 and wounded 30")
    tell one act."""
    first, second = triggers.get(id(one)), triggers.get(id(other))
    if first is None or second is None or first.i == second.i or one.type != "ASSAULT" or other.type != "ASSAULT":
        return False
    if one.mode == other.mode or (one.mode is None or other.mode is None) and "abduct" not in (one.mode, other.mode):
        return False  # a killing of no mode told and people taken captive are two acts ("took 256 prisoners"; k37)
    if first.pos_ != "VERB" or second.pos_ != "VERB" or not (
            second.dep_ == "conj" and second.head.i == first.i or first.dep_ == "conj" and first.head.i == second.i):
        return False
    objects = [next((c for c in verb.children if c.dep_ == "dobj"), None) for verb in (first, second)]
    return None not in objects


def _share_dates(events: list[Event], triggers: dict[int, Token]) -> None:
    """Coordinated acts kept apart share the time their clause gives once ("shelled the airport and detonated a car
    bomb at a checkpoint on Tuesday": both on Tuesday), where neither is dated otherwise."""
    for one in events:
        for other in events:
            if one is not other and _coordinated_acts(one, other, triggers) and other.date and (
                    one.date is None or len(other.date) > len(one.date) and other.date.startswith(one.date)):
                one.date = other.date


def _undated_by_other_act(sentence: Sentence, token: Token, event_type: str, events: list[Event]) -> list[Event]:
    """The events of a definite event noun that another act's clause governs ("Police arrested three suspects on
    Friday over the checkpoint attack", "charged two men on Wednesday in connection with the bombing") without the
    date that clause gives: it is the follow-up's date, not the attack's (docs/annotation.md, One event or
    several: an attack and the arrest over it are two acts, each with its own time), so it neither sets the attack
    apart from the one told before nor dates it. A date in the noun's own phrase stays ("the attack on Sunday")."""
    verb = sentence.governor(token)
    if token.pos_ != "NOUN" or verb is None or _trigger(sentence, verb) in (None, event_type):
        return events
    if any((m := sentence.mention_at(t, "DATE", "TIME")) is not None and m.value for t in token.subtree):
        return events
    return [replace(e, date=None) for e in events]
