"""One event per real occurrence: merge reports of the same event across sentences and documents.

The rules (when two reports agree, how one absorbs the other, an event's id) are the core's
(:mod:`conflictgraph.core.identity`), shared with the store.
"""

from __future__ import annotations

from dataclasses import replace

from ..core.identity import absorb, event_id, merge_all, same_date, same_place
from ..knowledge import builtin_lexicon, word_set
from ..model import Event
from . import CorpusContext, stage

# Types whose reports with no actor and one recipient, in one document, are one act told again (plover.yaml).
UNATTRIBUTED_RETOLD = word_set(builtin_lexicon("plover"), "unattributed_retold_types")


@stage("event-merge", requires=("events", "claims"), provides=("event-merge",), scope="corpus")
def merge_events(corpus: CorpusContext) -> None:
    """One event per occurrence across the batch, in text order, with stable ids; undated news occurrences and
    first-person actors resolved once merged."""
    events = unattributed_retold([replace(e, evidence=list(e.evidence)) for ctx in corpus.docs for e in ctx.events])
    further = {key for ctx in corpus.docs for key in ctx.further_acts}
    merged = merge_all(events, same_sentence=False, apart=lambda kept, event: told_apart(kept, event) or (
        (event.type, event.evidence[0].key()) in further and event.evidence[0].document in
        {e.document for e in kept.evidence}))
    # A news report's own undated occurrence takes its publication date once merging is done, so the default
    # never counts as an argument two reports share (pipeline/recency.py).
    dates = {key: value for ctx in corpus.docs for key, value in ctx.occurrence_dates.items()}
    # ... not an act a time clause places an open stretch before the news ("weeks after militants attacked a base")
    open_past = {key for ctx in corpus.docs for key in ctx.open_past}
    for event in merged:
        if event.date is None:
            place = event.location.name if event.location else None
            event.date = next((d for e in event.evidence if (d := dates.get((event.type, e.key())))
                               and (event.type, e.key(), event.source, place) not in open_past), None)
    # "I condemn ...", "We call on ...": the speaker of the claim the sentence is, where the claims name one.
    first_person = {key for ctx in corpus.docs for key in ctx.first_person}
    speakers = {e.key(): c.speaker for ctx in corpus.docs for c in ctx.claims if c.speaker for e in c.evidence}
    for event in merged:
        if event.source is None:
            event.source = next((speakers[e.key()] for e in event.evidence
                                 if (event.type, e.key()) in first_person and e.key() in speakers), None)
            if event.source is not None and event.source in event.actors("target"):
                event.set_actors("target", [t for t in event.actors("target") if t != event.source])
    # "Canada now must find other ways", "It is crucial that Alberta make the same investment" in the outlet's own
    # narration: no one's demand (docs/annotation.md, Claims: the outlet's narration is no one's statement; Events:
    # a report is not an event of the reporter). Only where every sentence that tells it is such a demand, in a
    # document that attributes speech elsewhere (a report with a narrator); a document that attributes none is its
    # author's statement ("The junta must release all political prisoners"), whose demands stay.
    obligations = {key for ctx in corpus.docs for key in ctx.obligations}
    reports = {ctx.document.id for ctx in corpus.docs if ctx.claims}
    merged = [event for event in merged if event.source is not None or not all(
        (event.type, e.key()) in obligations and e.key() not in speakers and e.document in reports
        for e in event.evidence)]
    merged.sort(key=lambda e: (e.evidence[0].document, e.evidence[0].start, e.type, e.date or "",
                               e.location.name if e.location else ""))
    for event in merged:
        event.id = event_id(event)
    corpus.events = merged


def told_apart(one: Event, other: Event) -> bool:
    # An attack told as one act more ("the militants also attacked a police post") is not folded into one told
    # before in its document either (``further`` above; docs/annotation.md, One event or several).
    """Two events that the events stage found apart in one sentence ("shelling the villages ... and detonating a
    car bomb", "the consulate in Basra and the embassy in Baghdad") are two acts: what they share beyond that
    sentence does not make them one again (docs/annotation.md, One event or several)."""
    return one.evidence[0].key() == other.evidence[0].key()  # both first told there, not one told again there


def unattributed_retold(events: list[Event]) -> list[Event]:
    """One charge told again with no accuser: "Fernando Suarez ... is accused of repeatedly copying ..." and "He has
    been accused of copying other historians' work" are one accusation of one person (docs/annotation.md, One event
    or several), though undated reports share only their recipient before the merge (two arguments are needed).
    Only reports of a type in ``unattributed_retold_types`` with no actor, the same recipients, in one document, and
    no date or place that tells them apart; a report that names its accuser stays its own."""
    kept: list[Event] = []
    for event in events:
        targets = event.actors("target")
        retold = event.type.lower() in UNATTRIBUTED_RETOLD and not event.actors("source") and bool(targets)
        earlier = next((k for k in kept if k.type == event.type and not k.actors("source")
                        and k.actors("target") == targets
                        and k.evidence[0].document == event.evidence[0].document
                        and same_date(k.date, event.date) and same_place(k.location, event.location)), None) \
            if retold else None
        if earlier is None:
            kept.append(event)
        else:
            absorb(earlier, event)
    return kept
