"""Each source's own version of an event that several sources report, by extracting its evidence sentences again.

The store keeps one value per field of an event: the most precise date and place, and the first toll reported.
Two sources that agree on the occurrence but not on its toll are merged, and the second toll is not stored.
Re-reading each evidence sentence with the pipeline (the same stages as an ingest, each sentence as a document
published when its article was) gives what that sentence says of the event: its date, place, source, target
and toll. Sentences of one independent source are taken together (the first value each gives a field); two
sources that give a field different values disagree on it. It loads the NLP model, so it is asked for
(``--reread``), not done by default.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..core.identity import agreement, same_date, same_place
from ..model import Document, Event, Evidence
from .select import Selection
from .versions import FIELDS

REREAD_EVENTS = 100  # events re-read at most: those with most independent sources

# The pipeline as the caller built it (api.brief: the ingest's stages): the events one document gives.
Extract = Callable[[Document], list[Event]]


@dataclass
class SourceVersion:
    """What one independent source's sentences say of an event."""

    source: str  # the id of the document that stands for the source
    evidence: list[Evidence]
    event: Event  # the fields its sentences give (None where they give none)


@dataclass
class Split:
    """A stored event whose independent sources give different values of some fields."""

    event: Event
    differ: list[str]
    versions: list[SourceVersion]


def _sentence_event(stored: Event, found: list[Event]) -> Event | None:
    """Of the events one sentence yields, the one that is the stored event: same type, agreeing the most."""
    best, best_agree = None, -1
    for event in found:
        if event.type != stored.type:
            continue
        agree = agreement(stored, event)
        score = -1 if agree is None else agree
        if best is None or score > best_agree:
            best, best_agree = event, score
    return best


def reread(selection: Selection, extract: Extract, limit: int = REREAD_EVENTS) -> list[Split]:
    """The selected events whose independent sources, read one sentence at a time by ``extract``, disagree."""

    sources = selection.sources
    several = [e for e in selection.events if selection.support(e).sources >= 2]
    several.sort(key=lambda e: (-selection.support(e).sources, e.date or "", e.id))
    several = several[:limit]
    sentences: dict[tuple[str, int], Evidence] = {(v.document, v.start): v for e in several for v in e.evidence}
    if not sentences:
        return []
    keys = sorted(sentences)
    documents = []
    for i, key in enumerate(keys):
        evidence, article = sentences[key], selection.documents.get(key[0])
        documents.append(Document(id=f"s{i}", source=f"{key[0]}#{key[1]}", text=evidence.text,
                                  published=article.published if article else None))
    # One sentence at a time: extracted together, the reports of one event would be merged into one again.
    read: dict[str, list[Event]] = {d.id: extract(d) for d in documents}
    by_key = {key: read.get(f"s{i}", []) for i, key in enumerate(keys)}
    splits = []
    for stored in several:
        versions: dict[str, SourceVersion] = {}
        for v in stored.evidence:
            found = _sentence_event(stored, by_key[(v.document, v.start)])
            source = sources.source(v.document)
            version = versions.setdefault(source, SourceVersion(source, [], Event("", stored.type)))
            version.evidence.append(v)
            if found is not None:
                _fill(version.event, found)
        differ = _differ(list(versions.values()))
        if differ:
            splits.append(Split(stored, differ, sorted(versions.values(), key=lambda x: x.source)))
    return splits


def _fill(into: Event, found: Event) -> None:
    for name in ("date", "location", "fatalities", "injuries"):
        if getattr(into, name) is None:
            setattr(into, name, getattr(found, name))
    for role in ("source", "target"):  # every actor of the role, where the sentence gives several
        if not into.actors(role):
            into.set_actors(role, found.actors(role))


def _differ(versions: list[SourceVersion]) -> list[str]:
    differ: set[str] = set()
    for i, a in enumerate(versions):
        for b in versions[i + 1:]:
            x, y = a.event, b.event
            if x.date and y.date and not same_date(x.date, y.date):
                differ.add("date")
            if x.location and y.location and not same_place(x.location, y.location):
                differ.add("place")
            for role in ("source", "target"):  # a role's actors compared as a set, as the merge does
                if x.actors(role) and y.actors(role) and set(x.actors(role)) != set(y.actors(role)):
                    differ.add(role)
            for name, field in (("deaths", "fatalities"), ("injuries", "injuries")):
                if getattr(x, field) is not None and getattr(y, field) is not None and \
                        getattr(x, field) != getattr(y, field):
                    differ.add(name)
    return sorted(differ, key=FIELDS.index)
