"""Find mentions: spaCy's entities corrected by the knowledge base, the gazetteer and the weapon lexicon."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc

from ..gazetteer import Gazetteer
from ..knowledge import Knowledge
from ..model import Mention
from . import DocContext, factory, text_of
from .entity_acronyms import (
    _acronyms_as_bodies,
    _bodies_under_weak_names,
    _expanded_names,
    _hyphened_acronyms,
    _no_actor_acronym,
    _untagged_acronyms,
)
from .entity_bodies import (
    _headed_bodies,
    _named_units,
    _names_of_common_heads,
    _place_office,
    _repeated_bodies,
    _state_named_companies,
)
from .entity_candidates import (
    _collective_candidates,
    _group_candidates,
    _hyphened_names,
    _knowledge_candidates,
    _led_bodies,
    _place_candidates,
    _place_matcher,
    _weapon_candidates,
)
from .entity_matchers import Candidate, Matchers, _overlaps
from .entity_ner import (
    _headline_only,
    _headline_spans,
    _joined_across_wraps,
    _ner_candidate,
    _one_building,
    _place_before_title,
    _places_after_bodies,
    _places_bodies,
    _strip_span,
    _titled_runs,
)
from .entity_persons import (
    _introduced_names,
    _large_places_not_people,
    _people_read_as_places,
    _places_read_as_people,
    _repeated_surnames,
    _titled_names,
    _untagged_titled_people,
)
from .entity_places import (
    _assailed_places,
    _held_places,
    _places_before_place_nouns,
    _relabel_places,
    _repeated_places,
    _untagged_places,
    _without_inner_states,
)
from .entity_states import _countries_named, _institutions, _office_country
from .entity_titles import _bodies_before_titles, _loose_norp, _parties_after_names, _untagged_office_places
from .group_states import Institutions
from .groups import GroupNouns
from .place_names import abbreviated_spans, dateline_spans, postal_spans


NOT_IN_NAMES = re.compile(r"[\[\](){}\",;:]")  # "[U.S. President Donald] Trump" is not one longer name


# Knowledge-based matches outrank the statistical model; among equals the longer span wins.
PRIORITY = {"knowledge": 3, "place": 3, "collective": 3, "group": 3, "weapon": 2, "ner": 1}


@factory("entities", requires=("doc",), provides=("mentions",))
class FindEntities:
    """Mentions from the knowledge base's names, collectives, weapons, curated places and spaCy's entities.

    The matchers are compiled once, when the stage is made, from the knowledge and the gazetteer it is given.
    """

    def __init__(self, knowledge: Knowledge, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matchers = Matchers(knowledge)
        self.place_matcher = _place_matcher(gazetteer)
        self.group_nouns = GroupNouns(knowledge)
        self.institutions = Institutions(knowledge)

    def __call__(self, ctx: DocContext) -> None:
        matchers = self.matchers
        doc, text = ctx.doc, ctx.document.text
        candidates = _knowledge_candidates(doc, matchers)
        candidates += _collective_candidates(text, matchers, ctx.knowledge)
        candidates += _weapon_candidates(doc, matchers)
        candidates += _place_candidates(doc, candidates, self.gazetteer, self.place_matcher)
        groups, fallback = _group_candidates(doc, candidates, self.group_nouns, ctx.knowledge, self.gazetteer,
                                             ctx.document.id)
        candidates += groups
        for c in groups:
            if (country := _office_country(c, text, self.group_nouns, self.gazetteer)) is not None:
                ctx.group_countries[c.actor] = country  # "the governor of Borno State": NGA (group_offices)
        taken = [(c.start, c.end) for c in candidates]
        candidates += [Candidate(*span, None, "place") for span in dateline_spans(text, taken, self.gazetteer)]
        headlines = _headline_spans(text)
        ents = _places_after_bodies(_places_bodies(_titled_runs(_joined_across_wraps(doc), matchers), matchers),
                                    matchers)
        for ent in _one_building(ents, self.gazetteer):
            c = _ner_candidate(ent, matchers)
            if c is not None and not _headline_only(c, text, headlines):
                candidates.append(c)
                candidates += _place_before_title(ent, c, matchers, self.gazetteer)
        candidates += _headed_bodies(doc, matchers, headlines)
        candidates += _names_of_common_heads(doc, matchers, headlines)
        candidates = _hyphened_names(candidates, doc, matchers, ctx.knowledge)
        candidates += _led_bodies(text, candidates, matchers, ctx.knowledge)
        introduced = _introduced_names(doc, matchers, ctx.knowledge)
        introduced += _titled_names(doc, matchers, ctx.knowledge, self.gazetteer, introduced)
        candidates = [c for c in candidates if not (c.source == "ner" and any(
            i.start <= c.start and c.end <= i.end for i in introduced))] + introduced
        towns = [(c.start, c.end) for c in candidates if c.type == "GPE"]
        candidates += [Candidate(*span, None, "place") for span in postal_spans(text, towns, self.gazetteer)]
        candidates += [Candidate(*span, None, "place") for span in abbreviated_spans(text, self.gazetteer)]
        candidates = _without_inner_states(candidates, text, self.gazetteer)
        candidates = _state_named_companies(candidates, doc, matchers, ctx.knowledge)
        accepted = _resolve_overlaps(candidates, doc)
        accepted = _acronyms_as_bodies(accepted, text, self.gazetteer, headlines)
        accepted = [c for c in accepted if not _no_actor_acronym(c, text, matchers)]
        accepted = _relabel_places(accepted, text, ctx.knowledge, self.gazetteer)
        accepted = _people_read_as_places(accepted, doc, matchers, self.gazetteer)
        accepted = _places_read_as_people(accepted, doc, matchers, self.gazetteer)
        accepted = sorted(accepted + _untagged_titled_people(doc, accepted, matchers, self.gazetteer),
                          key=lambda c: (c.start, c.end))
        accepted = _large_places_not_people(accepted, doc, matchers, self.gazetteer)
        accepted = _held_places(accepted, doc, matchers)
        accepted = _assailed_places(accepted, doc, matchers, self.gazetteer, ctx.knowledge)
        accepted = sorted(accepted + _untagged_places(doc, accepted, matchers, self.gazetteer, ctx.knowledge),
                          key=lambda c: (c.start, c.end))
        accepted = sorted(accepted + _places_before_place_nouns(doc, accepted, self.gazetteer, ctx.knowledge),
                          key=lambda c: (c.start, c.end))
        accepted = _hyphened_acronyms(doc, accepted, matchers, self.gazetteer, headlines)
        accepted = _expanded_names(doc, accepted, self.gazetteer, headlines)
        accepted = sorted(accepted + _untagged_acronyms(doc, accepted, matchers, self.gazetteer, headlines),
                          key=lambda c: (c.start, c.end))
        offices = _untagged_office_places(doc, accepted, matchers, self.gazetteer)
        accepted = sorted([c for c in accepted if not _overlaps(c, offices)] + offices, key=lambda c: (c.start, c.end))
        accepted = sorted(accepted + _repeated_places(text, accepted, self.gazetteer), key=lambda c: (c.start, c.end))
        accepted = _repeated_surnames(text, accepted, ctx.knowledge, self.gazetteer)
        accepted = _repeated_bodies(text, accepted)
        accepted = [_place_office(c, doc, matchers, accepted) or c for c in accepted]
        accepted = _named_units(accepted, doc, matchers, self.gazetteer)
        # (read as if the weak short names were not there: where one is dropped below, the body stands in its place)
        titled = _bodies_before_titles(doc, [c for c in accepted if not c.weak_context], matchers, self.gazetteer,
                                       ctx.knowledge)
        titled += _parties_after_names(doc, accepted, matchers, ctx.knowledge)
        accepted = [c for c in accepted if not (_loose_norp(c) and _overlaps(c, titled))
                    and not any(b.start <= c.start and c.end <= b.end and b.length > c.length for b in titled)]
        accepted = sorted(accepted + [b for b in titled if not _overlaps(b, accepted)], key=lambda c: (c.start, c.end))
        strong_actors = {c.actor for c in accepted if c.actor and not c.weak_context}
        ctx.mentions = []
        ctx.mention_sources = []
        # (the actor's own full name in the document is context enough for its short one: "the Rapid Support
        # Forces ... the RSF")
        weak = [c for c in accepted if c.weak_context and c.actor not in strong_actors
                and not strong_actors.intersection(c.weak_context)]
        # (read only where a weak name needs it: it resolves the document's places in the gazetteer)
        named_countries = _countries_named(ctx.document.text, [c for c in accepted if not c.weak_context],
                                           ctx.knowledge, self.gazetteer) if weak else set()
        met = lambda context: bool(strong_actors.intersection(context)  # noqa: E731
                                   or named_countries.intersection(self._countries_of(ctx.knowledge, context)))
        weak = [self._weak_holder(c, text, met) for c in weak]
        accepted = [next((w for w in weak if (w.start, w.end) == (c.start, c.end)), c) for c in accepted]
        dropped = [c for c in weak if c.weak_context and not met(c.weak_context)]
        kept = [c for c in accepted if c not in dropped]
        kept += _bodies_under_weak_names(candidates, dropped, kept, doc, matchers, self.gazetteer, headlines)
        kept += [b for b in titled if _overlaps(b, dropped) and not _overlaps(b, kept)]
        # A generic name ("the coalition") only counts where its context is named; without it, the collective its
        # words make ("fired on by security forces") stands in its place, where nothing else is named there.
        kept += [g for g in fallback if any(d.start < g.end and g.start < d.end for d in dropped)
                 and not any(k.start < g.end and g.start < k.end for k in kept)]
        kept = _institutions(ctx, sorted(kept, key=lambda c: (c.start, c.end)), self.institutions,
                             self.gazetteer)
        for c in sorted(kept, key=lambda c: (c.start, c.end)):
            ctx.mentions.append(Mention(ctx.document.id, c.start, c.end, text[c.start:c.end], c.type, c.actor))
            ctx.mention_sources.append(c.source)

    def _weak_holder(self, c: Candidate, text: str, met: Callable[[tuple[str, ...]], bool]) -> Candidate:
        """A weak name's candidate given to the one actor holding that name whose context the document names, where
        the first holder's is not: "Fatah" beside Hamas is Palestine's Fatah, not Iraq's Fatah Alliance."""
        if met(c.weak_context):
            return c
        holders = [h for h in self.matchers.weak_holders.get(text[c.start:c.end].lower(), []) if met(h[2])]
        if len({h[1] for h in holders}) != 1:
            return c
        mention_type, actor, _ = holders[0]
        return replace(c, type=mention_type, actor=actor, weak_context=())

    @staticmethod
    def _countries_of(knowledge: Knowledge, context: tuple[str, ...]) -> set[str]:
        """The countries of the states a weak name's context lists."""
        return {r.country for a in context if (r := knowledge.get(a)) is not None and r.kind == "state"
                and r.country}


def _resolve_overlaps(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """Keep the best of overlapping candidates; a statistical span keeps what the better ones leave of it."""
    def rank(c: Candidate) -> int:
        # A longer person name outranks a known name inside it: "Abu Fadak Zaydi" is not "Abu Fadak".
        if c.source == "ner" and c.type == "PERSON" and not NOT_IN_NAMES.search(text_of(doc)[c.start:c.end]) and any(
            k.type == "PERSON" and k.source == "knowledge" and c.start <= k.start and k.end <= c.end
            and k.length < c.length for k in candidates
        ):
            return PRIORITY["knowledge"]
        if c.source == "group" and any(k.source == "knowledge" and k.type == "NORP" and (k.start, k.end) == (
                c.start, c.end) for k in candidates):
            return PRIORITY["knowledge"] + 1  # "protests by Turks": the crowd, not their state (group_people)
        return PRIORITY[c.source]

    ranked = sorted(candidates, key=lambda c: (-rank(c), -c.length, c.start, c.type))
    taken: list[Candidate] = []
    occupied = bytearray(len(text_of(doc)) + 1)
    for c in ranked:
        if any(occupied[c.start:c.end]):
            if c.source != "ner":
                continue
            c = _residue(c, occupied, doc)
            if c is None:
                continue
        taken.append(c)
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
    return sorted(taken, key=lambda c: (c.start, c.end))


def _residue(c: Candidate, occupied: bytearray, doc: Doc) -> Candidate | None:
    """What is left of a statistical span once better matches took its start or end ("Iraqi | Mustafa Al-Kadhimi")."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return None
    tokens = [t for t in span if not any(occupied[t.idx:t.idx + len(t.text)])]
    if not tokens or tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return None  # the free tokens are not one run
    rest = _strip_span(doc[tokens[0].i:tokens[-1].i + 1])
    if not any(t.pos_ == "PROPN" for t in rest) or any(occupied[rest.start_char:rest.end_char]):
        return None
    return Candidate(rest.start_char, rest.end_char, c.type, None, "ner")
