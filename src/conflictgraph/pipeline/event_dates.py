"""When an event happened: calendar precision, time clauses, a sentence's scene date, and dates shared or withheld."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..core.dates import containing, date_bounds
from ..model import Event, Mention
from . import DocContext
from .dates import moved_by, within_a_day
from .event_tolls import gapped_remnants
from .event_types import (
    has_cue,
    trigger_type,
)
from .recency import WINDOW as RECENT
from .recency import (
    chained_date,
    just_happened,
    span_to_report,
)

if TYPE_CHECKING:
    from .event_lexicon import Lexicon
    from .event_sentence import Sentence


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


def ahead_of(value: str | None, published: str | None) -> bool:
    """Whether a date lies wholly after the publication: the time of an act promised, planned or threatened
    ("will return to the Gulf, visiting Saudi Arabia on 11 December"), never the date of an act the report tells
    (docs/annotation.md, *Date of a promise*: the promise takes the date it was made, by the rules for statements)."""
    ends = date_bounds(published) if published else None
    starts = date_bounds(value) if value else None
    return ends is not None and starts is not None and starts[0] > ends[1]


def at_calendar_precision(value: str) -> str | None:
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


def scene_date(sentence: Sentence, published: str | None) -> list[str]:
    """The time a sentence with no dated act sets the story at ("As the cease-fire collapsed early Wednesday, there
    was a flurry of diplomatic calls"): the day its main clause or a clause it hangs on names, which the next act
    told "later" or "then" follows (docs/annotation.md, Date: the precision the text supports). Not a time that
    describes a party ("the deal, which both sides want to finalize next year"), nor one after the report."""
    root = sentence.sent.root
    values = [m.value for t in sentence.sent if (m := sentence.mention_at(t, "DATE", "TIME")) is not None
              and m.value and len(m.value) == 10 and not _in_modifier(t, root)
              and (published is None or m.value <= published)]
    return [at_calendar_precision(values[-1])] if values else []


def coordinated_acts(one: Event, other: Event, triggers: dict[int, Token]) -> bool:
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


def share_dates(events: list[Event], triggers: dict[int, Token]) -> None:
    """Coordinated acts kept apart share the time their clause gives once ("shelled the airport and detonated a car
    bomb at a checkpoint on Tuesday": both on Tuesday), where neither is dated otherwise."""
    for one in events:
        for other in events:
            if one is not other and coordinated_acts(one, other, triggers) and other.date and (
                    one.date is None or len(other.date) > len(one.date) and other.date.startswith(one.date)):
                one.date = other.date


def undated_by_other_act(sentence: Sentence, token: Token, event_type: str, events: list[Event]) -> list[Event]:
    """The events of a definite event noun that another act's clause governs ("Police arrested three suspects on
    Friday over the checkpoint attack", "charged two men on Wednesday in connection with the bombing") without the
    date that clause gives: it is the follow-up's date, not the attack's (docs/annotation.md, One event or
    several: an attack and the arrest over it are two acts, each with its own time), so it neither sets the attack
    apart from the one told before nor dates it. A date in the noun's own phrase stays ("the attack on Sunday")."""
    verb = sentence.governor(token)
    if token.pos_ != "NOUN" or verb is None or trigger_type(sentence, verb) in (None, event_type):
        return events
    if any((m := sentence.mention_at(t, "DATE", "TIME")) is not None and m.value for t in token.subtree):
        return events
    return [replace(e, date=None) for e in events]


class SentenceDates:
    """When a sentence's events happened: the date methods of ``event_sentence.Sentence``, mixed into it."""

    if TYPE_CHECKING:  # what these methods read of ``Sentence``
        ctx: DocContext
        lex: Lexicon
        sent: Span
        def clause(self, token: Token) -> list[Token]: ...
        def governor(self, token: Token) -> Token | None: ...
        def mention_at(self, token: Token, *types: str) -> Mention | None: ...
        def rings(self, token: Token) -> list[list[Token]]: ...
        def ring_heads(self, token: Token) -> list[Token]: ...
        def shared_phrases(self, token: Token) -> list[Token]: ...
        def own_setting(self, verb: Token) -> set[str]: ...

    def date(self, token: Token, previous: str | None, telling: bool = True) -> str | None:
        """The event's own date, else its governing clause's, else one set earlier in the sentence. Within a clause a
        date outranks a time of day, which may say no day ("arrested just before 11 p.m. on May 5": May 5). An act in
        a time clause that a measured stretch sets from another ("two days after two bombs killed ...") is dated
        from that act's date (``_placed_by_clause``)."""
        clause = self.time_clause(token)
        if clause is not None and (placed := self._placed_by_clause(token, clause, previous)) is not False:
            return placed
        # ``telling``: whether the clauses that tell an act in a past perfect complement may date it (``_told_before``)
        cut = None if telling else self._told_before(token)
        earlier = [t for t in self.sent if t.i < token.i and not _in_modifier(t, token)] if cut is None else []
        shared = self.shared_phrases(token)
        shared = shared if shared and "date" not in self.own_setting(token) else []
        rings = self.rings(token)
        if cut is not None:
            rings = rings[:cut] + [[] for _ in rings[cut:]]
        for n, ring in enumerate(rings + [earlier]):
            if n == 1 and (told := self._date_in(shared, token)) is not None:
                return told  # "attacked a station in Cucuta and bombed a pipeline in Arauca on Friday": Friday
            if n == 1 and (told := self._complement_date(token)) is not None:
                return told  # "threatened to kill the hostages on Monday": the threat's Monday
            if n == 1 and (span := self._since_clause(token) or self._recent(token)) is not None:
                return span  # the act's own clause names no date, its "since" clause or "recent" does
            picked = [(m, t) for t in ring if (m := self.mention_at(t, "DATE", "TIME")) is not None and m.value
                      and not self._describes_party(t, token) and not ahead_of(m.value, self.ctx.document.published)]
            found = [m for m, _ in picked]
            if found and n > 0 and self._follows(token):
                # "attended an arms fair in 2019 and later awarded him a medal": after the first verb's date
                value = at_calendar_precision(min(found, key=lambda m: m.type != "DATE").value)
                return chained_date(value, self.ctx.document.published) if value else None
            if found:
                mention, at = min(picked, key=lambda p: p[0].type != "DATE")
                return self._since_phrase(mention, at, token) or at_calendar_precision(mention.value or "")
            if any((m := self.mention_at(t, "DATE")) is not None and _VAGUE_PAST.search(m.text) for t in ring):
                return None  # "assaulted a girl over six years ago": a past the text leaves open, not the
                # governing clause's day ("arraigned on Tuesday on charges he ...")
        if previous and self.chained() and cut is None:
            return chained_date(previous, self.ctx.document.published)  # between the last date and the report
        return None

    def before_telling(self, events: list[Event], triggers: dict[int, Token], previous: str | None) -> None:
        """An act told in a past perfect complement loses the date of the clause that tells it ("On Monday, police
        said the man had stabbed two people": not Monday; ``_told_before``). Done once the sentence's acts are
        merged: the telling's time, a bound the act lies before, still tells two acts of the sentence apart ("he
        admitted on 23 May 2006 that he had abducted and killed citizens ..., and had abducted two Moroccans in
        October 2005")."""
        for event in events:
            token = triggers.get(id(event))
            if token is None or event.date is None or self._told_before(token) is None:
                continue
            if event.date == self.date(token, previous):  # the date is the act's, not one a merged telling gave
                event.date = self.date(token, previous, telling=False)

    def _told_before(self, token: Token) -> int | None:
        """How many of the act's clauses (``rings``) may date it where it lies in a complement told in the past
        perfect ("On Monday, police said the man had stabbed two people", "he admitted on 23 May 2006 that he had
        abducted citizens"): the perfect places the act before the time of the clause that tells it, whose date is
        the telling's, not the act's (docs/annotation.md, Date: the event's own date; *Undated statements*: what
        "had said" tells takes what the text gives, else null). The complement's own date still dates it ("said the
        man had stabbed two people on Saturday"). None where no such complement holds the act."""
        heads = self.ring_heads(token)
        for n, head in enumerate(heads[:-1]):
            if head.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in head.children):
                return n + 1
        return None

    def remnant_date(self, token: Token, place: Token | None) -> str | None:
        """The date a later victim phrase gives the act at its place, in its own phrase or in the verb's phrases
        that follow it before the next one: "killed 15 people in Kharkiv on Monday and 20 in Odesa on Tuesday"
        (Odesa's on Tuesday; a gapped conjunct, ``gapped_remnants``), "killed 12 soldiers in Mopti on Sunday and 20
        civilians in Gao on Tuesday" (clz)."""
        verb = token if token.pos_ == "VERB" else self.governor(token)  # "Russian strikes killed ..."
        if verb is None or verb.pos_ != "VERB" or place is None:
            return None
        victim = next((c for c in verb.children if c.dep_ == "dobj"), None)
        later = sorted(gapped_remnants(verb) + ([c for c in victim.children if c.dep_ == "conj"] if victim else []),
                       key=lambda t: t.i)
        for n, part in enumerate(later):
            if place.i not in {t.i for t in part.subtree}:
                continue
            end = later[n + 1].i if n + 1 < len(later) else len(verb.doc)
            after = [t for c in verb.children if c.dep_ in ("prep", "npadvmod") and part.i < c.i < end
                     for t in c.subtree]
            return self._date_in(list(part.subtree) + after, token)
        return None

    def _date_in(self, tokens: list[Token], token: Token) -> str | None:
        """The date the phrases give (a date before a time of day), if any."""
        found = [m for t in tokens if (m := self.mention_at(t, "DATE", "TIME")) is not None and m.value
                 and not self._describes_party(t, token) and not ahead_of(m.value, self.ctx.document.published)]
        return at_calendar_precision(min(found, key=lambda m: m.type != "DATE").value) if found else None

    def _follows(self, token: Token) -> bool:
        """Whether the act's verb is coordinated with another and told as following it ("and later awarded", "and
        then withdrew"): the other verb's date is a time before the act, not its own (docs/annotation.md, Date)."""
        verb = token if token.pos_ in ("VERB", "AUX") else self.governor(token)
        return verb is not None and verb.dep_ == "conj" and any(
            c.dep_ == "advmod" and c.lower_ in self.lex.chain for c in verb.children)

    def chained(self) -> bool:
        """Whether the sentence opens by telling its act as following the last one told ("later", "then")."""
        return has_cue(self.lex.chain, list(self.sent[: min(len(self.sent), 8)]))

    def _opens_time_clause(self, verb: Token) -> bool:
        """Whether a clause is a time clause that places another act: "since ..." (the start of a stretch), or
        "after ..." measured by a stretch longer than the day ("two days after two bombs killed six police officers",
        "weeks after the paramilitary shelled a hospital"). Not a bare "after", nor "hours after", "shortly after":
        the clause often tells the act whose outcome the main clause gives ("No fatalities were reported after a
        bomb exploded", "three people were killed after gunmen opened fire": one act, docs/annotation.md, Tolls)."""
        if verb.dep_ != "advcl":
            return False
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in self.lex.time_marks), None)
        if mark is None:
            return False
        if mark.lower_ == "since":
            return True
        stretch = _stretch_of(verb, mark)
        return stretch is not None and stretch.lower_ not in self.lex.same_day and not any(
            c.dep_ == "advmod" and c.lower_ in self.lex.same_day for c in (*verb.children, *mark.children))

    def time_clause(self, token: Token) -> Token | None:
        """The verb of the time clause an act lies in, where the clause places it from another act ("Gunmen killed
        five soldiers on Thursday, two days after two bombs killed six police officers": the bombs' killing;
        "since the army seized the town", "a day before talks opened"); None for an act of the main clause. The
        act is its own event (docs/annotation.md, One event or several: one event is one act, one time): an
        earlier attack named to date the news is not the news."""
        t = token if token.pos_ in ("VERB", "AUX") else self.governor(token)
        while t is not None and t.head.i != t.i:
            if self._opens_time_clause(t):
                return t
            if t.dep_ not in ("conj", "xcomp", "advcl"):
                return None
            t = t.head
        return None

    def _placed_by_clause(self, token: Token, clause: Token, previous: str | None) -> str | None | bool:
        """The date of an act in a time clause: its own clause's date where it names one; else the other act's
        date moved by the stretch the clause measures ("two days after" Sunday: the Friday; "a week after": seven
        days; "three months after": the month); None where the stretch is open ("weeks after"); False where the
        clause measures none ("since the army seized the town"), whose act keeps the date its clauses give."""
        mark = next(c for c in clause.children if c.dep_ == "mark" and c.lower_ in self.lex.time_marks)
        stretch = _stretch_of(clause, mark)
        measure = {t.i for t in stretch.subtree} if stretch is not None else set()
        rings = self.rings(token)
        k = next((n for n, ring in enumerate(rings) if any(t.i == clause.i for t in ring)), 0)
        for ring in rings[: k + 1]:
            found = [m for t in ring if t.i not in measure and (m := self.mention_at(t, "DATE", "TIME")) is not None
                     and m.value and not self._describes_party(t, token)]
            if found:
                return at_calendar_precision(min(found, key=lambda m: m.type != "DATE").value)
        if stretch is None:
            return False  # "since the army seized the town": the act keeps the date its clauses give, as before
        count = next((c.lower_ for c in stretch.children if c.dep_ in ("nummod", "det")), None)
        if count is None and stretch.lower_ == "days" and self.lex.time_marks[mark.lower_] < 0:
            return self._days_before(clause.head, previous)
        if count is None:
            return None  # "weeks after the paramilitary shelled a hospital": a past the text leaves open
        anchor = self.date(clause.head, previous)
        sign = self.lex.time_marks[mark.lower_]
        return moved_by(anchor, ("-" if sign < 0 else "") + count, stretch.lower_)

    def _days_before(self, main: Token, previous: str | None) -> str | None:
        """The date of an act "days" before the main one ("The arrest comes days after the adviser resigned"): a
        stretch of fewer days than a fortnight (the window ``recency`` reads news by) before the main act's date, or
        before the report's day where the main act is told in the present as its news; the finest value that holds
        that stretch (docs/annotation.md, Date: a span takes the coarser value that contains it): the month, or
        the year across a month's end. Not "weeks after", which leaves the past open."""
        anchor = self.date(main, previous)
        published = self.ctx.document.published
        if anchor is None and published and len(published) == 10 and (
                main.tag_ in ("VBZ", "VBP") or just_happened(main)):
            anchor = published
        if anchor is None or len(anchor) != 10:
            return None
        return containing((date.fromisoformat(anchor) - RECENT).isoformat(), anchor)

    def _complement_date(self, token: Token) -> str | None:
        """A day on or before the report told in the act's to-infinitive ("threatened to kill the hostages on
        Monday", "vowed to retake the town on Sunday"): what an infinitive tells is not yet done, so a past day in it
        dates the act that governs it (docs/annotation.md, Date: the event's own date phrase, never the publication
        date when the text dates the event). A bound ("by Friday", "until March") sets a deadline, not the act."""
        published = self.ctx.document.published
        if not published or token.pos_ != "VERB":
            return None
        # the verb's own infinitive, or one on the noun it acts on ("reversed its decision to ban the party on
        # Monday", "rebuffed calls to free the prisoners on Monday", "backed down from its threat to storm the camp
        # on Monday": the decision, call and threat were not carried out, the reversal was) (j36)
        nouns = [c for c in token.children if c.dep_ == "dobj"] + [
            g for c in token.children if c.dep_ in ("prep", "prt") for p in [c, *c.children] for g in p.children
            if g.dep_ == "pobj"]
        for comp in (c for c in [*token.children, *(a for n in nouns for a in n.children if a.dep_ == "acl")]
                     if c.dep_ in ("xcomp", "acl") and c.pos_ in ("VERB", "AUX")
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
            for t in self.clause(comp):
                m = self.mention_at(t, "DATE")
                if m is None or not m.value or self._describes_party(t, token):
                    continue
                if t.head.dep_ == "prep" and t.head.lower_ in self.lex.date_bounds:
                    continue
                bounds = date_bounds(m.value)
                if bounds is None or bounds[1].isoformat() > published:
                    continue
                if not re.search(r"\b\d{4}\b", m.text) and len(published) == 10 and \
                        bounds[1] < date.fromisoformat(published) - RECENT:
                    continue  # "threatened to attack Mogadishu on 1 April" in a March paper: the April ahead, which
                    # the resolver took back a year; a threat is dated when made, not by the act it threatens
                return at_calendar_precision(m.value)
        return None

    def _since_phrase(self, mention: Mention, at: Token, token: Token) -> str | None:
        """A date inside a phrase opened by "since" that names another act ("has detained 2,000 people since the coup
        on 1 February"): the stretch runs from that date to the report and takes the finest value holding both
        (docs/annotation.md, *Date*: a span takes the coarser value that contains it), as "since March" does
        (``dates.py``, which has already given a date right after "since" its span). None where no such phrase
        holds the date."""
        published = self.ctx.document.published
        text = self.ctx.document.text
        if not published or not mention.value or re.search(r"\bsince\s+$", text[max(0, mention.start - 8):
                                                                                   mention.start], re.IGNORECASE):
            return None
        since = next((a for a in at.ancestors if a.dep_ == "prep" and a.lower_ == "since"
                      and (a.head.i == token.i or a.head.is_ancestor(token) or token.is_ancestor(a))), None)
        if since is None or since.is_ancestor(token):
            return None
        bounds = date_bounds(at_calendar_precision(mention.value))
        if bounds is None or bounds[0].isoformat() > published:
            return None
        return span_to_report(bounds[0].isoformat(), published)

    def _since_clause(self, token: Token) -> str | None:
        """A stretch opened by a dated clause after "since" runs from that date to the report and takes the finest
        value holding both (docs/annotation.md, Date: a span takes the coarser value that contains it): "has faced
        threats since she crossed the floor last week" in a paper of the same month is that month, as "since
        March" is (``dates.py``)."""
        published = self.ctx.document.published
        verb = self.governor(token) or token
        if not published or token.pos_ != "NOUN" and token.i != verb.i:
            return None
        for clause in (c for c in verb.children if c.dep_ == "advcl"
                       and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)):
            values = [m.value for t in clause.subtree if (m := self.mention_at(t, "DATE")) is not None and m.value]
            bounds = date_bounds(values[0]) if values else None
            if bounds is not None and bounds[0].isoformat() <= published:
                return span_to_report(bounds[0].isoformat(), published)
        return None

    def _recent(self, token: Token) -> str | None:
        """"the recent attack on an aid convoy", "militias recently shelled the town": an act of the stretch just
        before the report (the fortnight ``recency`` reads news by), which takes the finest value holding it and the
        publication (docs/annotation.md, Date: a span takes the coarser value that contains it); the publication's
        own month or year where it is known only so."""
        published = self.ctx.document.published
        word = "recent" if token.pos_ == "NOUN" else "recently"
        if not published or not any(c.lower_ == word and c.dep_ in ("amod", "advmod") for c in token.children):
            return None
        # "recent" is recent to the telling: in a statement the text dates ("in an interview in March", "at Sunday's
        # news conference"), the stretch before that statement, not before the publication; a month-precise telling
        # gives no more than the finest value holding its month and the fortnight before it
        told = self._telling_date(token)
        if told is not None and told != published and (bounds := date_bounds(told)) is not None \
                and bounds[0].isoformat() <= published:
            start = (bounds[0] - RECENT).isoformat()
            return span_to_report(start, bounds[1].isoformat(), otherwise=start[:4])
        if len(published) != 10:
            return published
        start = (date.fromisoformat(published) - RECENT).isoformat()
        return span_to_report(start, published)

    def _telling_date(self, token: Token) -> str | None:
        """The date of the clause that tells an act (the clauses the act's own clause hangs on), where one names it."""
        for ring in self.rings(token)[1:]:
            found = [m for t in ring if (m := self.mention_at(t, "DATE")) is not None and m.value
                     and not self._describes_party(t, token)]
            if found:
                return at_calendar_precision(found[0].value)
        return None

    def names_time(self) -> bool:
        """Whether the sentence names a date or a time anywhere (a mention, resolved or not): a sentence that names
        none tells no time of its own, and a date its events carry is the report's, lent."""
        return any(self.mention_at(t, "DATE", "TIME") is not None for t in self.sent)

    def dated(self, token: Token) -> bool:
        """Whether the event's clauses name a time that resolves to a date."""
        return any((m := self.mention_at(t, "DATE", "TIME")) is not None and m.value
                   and not self._describes_party(t, token) and not ahead_of(m.value, self.ctx.document.published)
                   for ring in self.rings(token) for t in ring)

    def _describes_party(self, t: Token, trigger: Token) -> bool:
        """Whether a time word dates something a party of the act is described by, not the act: a relative clause or
        a participle on the subject (``_in_modifier``), or the phrase after the subject's noun that names another act
        ("A suspect in an early February theft has been apprehended", "the man behind Sunday's bombing was
        arrested": the theft's and the bombing's times, not the arrest's), or another act or thing inside the act's
        own phrase (``_of_nested_act``). Not where the subject is itself an act ("The explosion Sunday morning hit
        the church")."""
        if self._of_nested_act(t, trigger):
            return True
        if _in_modifier(t, trigger) and not any(a.dep_ in ("relcl", "acl") and a.head.i == trigger.i
                                                  for a in [t, *t.ancestors]) and not self._occurred(t, trigger):
            return True  # not a clause on the act's own noun: "the blast that ripped through a church the day before"
        subject = next((a.head for a in [t, *t.ancestors] if a.dep_ == "prep"
                        and a.head.dep_ in ("nsubj", "nsubjpass") and not a.is_ancestor(trigger)), None)
        return subject is not None and subject.i != trigger.i and not (
            self.lex.nouns.get(subject.lower_) or self.lex.nouns.get(subject.lemma_.lower()))

    def _of_nested_act(self, t: Token, trigger: Token) -> bool:
        """Whether a time word inside the act's own phrase dates another act that phrase names, or a thing a clause
        in it describes: the act an investigation, an accusation, an arrest or a sentence is about ("welcomes the
        summary of its investigation into the attack, which took place on 19 September", "accuses the cleric of
        staging a coup attempt in July", "arrested for killing a guard in 2019"), or the thing a participle or a
        relative clause on one of its nouns describes ("an investigation of business deals dating from 2013"). Each
        act has its own time (docs/annotation.md, Date: the event's own date; One event or several: an attack and
        what answers it are two acts). A clause of taking place on the act's own noun is its own time."""
        if t.i == trigger.i or not trigger.is_ancestor(t):
            return False
        for a in [t, *t.ancestors]:
            if a.i == trigger.i:
                return False
            if a.dep_ in ("pobj", "pcomp") and a.head.dep_ == "prep" and a.head.lower_ in self.lex.nested_act_preps \
                    and (a.pos_ == "VERB" or any(self.lex.nouns.get(w.lemma_.lower()) for w in (a, *a.children)
                                                  if w.i == a.i or w.dep_ == "compound")):
                return True  # the phrase of another act: its time is that act's
            if a.dep_ in ("relcl", "acl") and a.head.i != trigger.i and (a.head.dep_ == "dobj" or a.head.dep_ == "pobj"
                                                                          and a.head.head.lower_ in self.lex.nested_act_preps) \
                    and not self._occurred(t, a.head) and not any(c.dep_ == "aux" and c.lower_ == "to"
                                                                  for c in a.children):
                return True  # a clause on what the act is about describes it; not one on a circumstance ("In a
                # statement released on Saturday, X accused ...": the statement's time is the act's), nor an
                # infinitive, which tells what is not yet done ("reversed its decision to ban the party on Monday")
        return False

    def _occurred(self, t: Token, trigger: Token) -> bool:
        """Whether a time word lies in a relative clause of taking place within the act noun's phrase ("the attack on
        an aid convoy, which took place in Urem al-Kubra on 19 September"): whatever noun of the phrase the parser
        hangs it on, the clause tells when the act occurred (docs/annotation.md, Date: the event's own date)."""
        return trigger.pos_ == "NOUN" and any(
            a.dep_ == "relcl" and trigger.is_ancestor(a) and (a.lemma_.lower() in self.lex.occurring_verbs or any(
                c.dep_ == "dobj" and f"{a.lemma_.lower()} {c.lemma_.lower()}" in self.lex.occurring_verbs
                for c in a.children)) for a in [t, *t.ancestors])

    def vaguely_dated(self, token: Token) -> bool:
        """Whether the event's clauses name a time that resolves to no date ("a few years ago", "more than a
        decade"): the act is placed away from the report, so the report's date is not its own."""
        clauses = self.rings(token)
        clauses += [self.clause(c) for ring in clauses for t in ring for c in t.children
                    if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
        # a part of the day ("as of Sunday morning", "limited overnight") places nothing away from the report; a
        # week across a year's end ("last week" in a paper of 4 January) is a time no calendar value holds (dte)
        return any((m := self.mention_at(t, "DATE", "TIME")) is not None and (
            not m.value and not _DURATION_RE.search(m.text) and not within_a_day(m.text)
            or m.value is not None and at_calendar_precision(m.value) is None) for ring in clauses for t in ring)
