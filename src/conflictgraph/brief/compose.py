"""Write a briefing from a selection: key figures, the main events, what the actors said, where the sources
disagree and the actors' ties, each sentence templated from the data and followed by numbered citations."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from ..model import Claim, Event, Relation
from . import words
from .places import level
from .report import CITES, Brief, Citation, Citer, Dispute, Section, Statement, Version
from .reread import Extract
from .select import Selection
from .versions import FIELDS, disagreements, flags

MAIN_EVENTS = 15  # the main events told, ranked by toll, then corroboration
SPEAKERS, CLAIMS_EACH = 10, 3  # the speakers quoted, and claims quoted of each
ACTORS = 15  # the actors described
RELATIONS_EACH = 5  # the relations told of each actor, the best supported first
DISPUTES = 10  # the disagreements told, those with the most independent sources first
FLAGGED = 10  # the events resting only on copies of one article told one by one
TOLLS_CITED = 5  # the events with the largest tolls cited for the totals


def compose(selection: Selection, *, app_url: str | None = None, extract: Extract | None = None) -> Brief:
    """The briefing of a selection; with ``extract`` (the pipeline), the evidence sentences of events that several
    sources report are extracted again, one at a time, to find the fields on which those sources differ (see
    :mod:`.reread`)."""
    citer = Citer(selection, app_url)
    events = selection.events
    documents = {v.document for e in events for v in e.evidence}
    outlets = {selection.documents[d].outlet for d in documents if d in selection.documents} - {None}
    dated = sorted(e.date for e in events if e.date)
    period = (f"{words.day(dated[0])} to {words.day(dated[-1])}" if dated else "no dated events")
    scope = selection.criteria.describe()
    figures = [("Events", f"{len(events):,}"), ("Dated events", f"{len(dated):,}"),
               ("Period of the events", period), ("Articles reporting them", f"{len(documents):,}"),
               ("Independent sources among them", f"{len({selection.sources.source(d) for d in documents}):,}"),
               ("Outlets", f"{len(outlets):,}"), ("Claims of the actors", f"{len(selection.claims):,}")]
    weeks = _weeks(events)
    brief = Brief(
        title="Briefing: " + _title(selection), scope=scope, period=period, figures=figures,
        by_type=sorted(Counter(e.type for e in events).items(), key=lambda x: (-x[1], x[0])),
        by_week=[], tolls=[], events=[], said=[], disputes=[],
        flagged=[], actors=[], citations=citer.citations, timeline=weeks)
    totals: Counter[str] = Counter()
    for week, _, n in weeks:
        totals[week] += n
    brief.by_week = sorted(totals.items())
    brief.tolls = _tolls(selection, citer)
    brief.events = [_event(selection, citer, e) for e in ranked(selection)[:MAIN_EVENTS]]
    brief.said = _said(selection, citer)
    brief.disputes = _splits(selection, citer, extract) if extract else []
    brief.disputes += _disputes(selection, citer)
    brief.flagged = _flagged(selection, citer)
    brief.actors = _actors(selection, citer)
    brief.located = [(e, level(e.location) or "town") for e in events
                     if e.location and e.location.lat is not None and e.location.lon is not None]
    brief.network = _network(selection)
    brief.names = {a.id: a.name for a in selection.actors.values()}
    brief.focus = set(selection.actor_ids)
    brief.span = (selection.criteria.since, selection.criteria.until)
    return brief


def _title(selection: Selection) -> str:
    c = selection.criteria
    parts = [" and ".join(selection.name(i) or i for i in sorted(selection.actor_ids)) or " or ".join(c.actors)]
    if c.place:
        parts.append(words.country_name(c.place) if len(c.place) == 3 and c.place.isupper() else c.place)
    if c.type:
        parts.append(c.type)
    if c.since or c.until:
        parts.append(f"{words.day(c.since) if c.since else 'the start'} to {words.day(c.until) if c.until else 'now'}")
    return ", ".join(p for p in parts if p) or "everything in the store"


def _weeks(events: list[Event]) -> list[tuple[str, str, int]]:
    """(Monday of the week, type, events) of the events dated to the day."""
    counted: Counter[tuple[str, str]] = Counter()
    for e in events:
        if e.date and len(e.date) == 10:
            d = date.fromisoformat(e.date)
            counted[((d - timedelta(days=d.weekday())).isoformat(), e.type)] += 1
    return sorted((w, t, n) for (w, t), n in counted.items())


def ranked(selection: Selection) -> list[Event]:
    """The events specific enough to state (a date or a toll, and a party or a place), by toll, then
    independent sources, documents, date."""
    def key(e: Event) -> tuple:
        s = selection.support(e)
        return (-(e.fatalities or 0), -(e.injuries or 0), -s.sources, -s.documents, e.date or "", e.id)

    told = [e for e in selection.events if (e.date or e.fatalities is not None or e.injuries is not None)
            and (e.source or e.target or e.location)]
    return sorted(told, key=key)


def _flag(selection: Selection, item: Event | Claim | Relation) -> str | None:
    s = selection.support(item)
    if s.sources == 1:
        return "single source" if s.documents == 1 else f"only copies of one article ({s.documents} documents)"
    return None


def _event(selection: Selection, citer: Citer, event: Event) -> Statement:
    text = words.event_sentence(event, selection.name, level(event.location))
    return Statement(text, citer.best(event.evidence), flag=_flag(selection, event), event=event.id)


def _tolls(selection: Selection, citer: Citer) -> list[Statement]:
    out = []
    for field_name, noun in (("fatalities", "deaths"), ("injuries", "injuries")):
        counted = [e for e in selection.events if getattr(e, field_name)]
        if not counted:
            out.append(Statement(f"The reports in the selection give no {noun}.", []))
            continue
        total = sum(getattr(e, field_name) for e in counted)
        single = sum(selection.support(e).sources == 1 for e in counted)
        best = max(selection.support(e).sources for e in counted)
        largest = sorted(counted, key=lambda e: (-getattr(e, field_name), e.date or "", e.id))[:TOLLS_CITED]
        cites = sorted({n for e in largest for n in citer.best(e.evidence, 1)})
        if single == len(counted):
            support = ("it rests" if single == 1 else "each rests") + " on a single independent source"
        else:
            support = (f"{words.count(single)} of these tolls {'rests' if single == 1 else 'rest'} on a single "
                       f"independent source; the best-supported rests on {words.number(best, 'independent source')}")
        out.append(Statement(
            f"The reports give {words.number(total, noun[:-1] if noun == 'deaths' else 'injury', noun)} in "
            f"{words.number(len(counted), 'event')}; {support}"
            + (f" (the {words.count(TOLLS_CITED)} largest are cited)." if len(counted) > TOLLS_CITED else "."), cites))
    return out


def _said(selection: Selection, citer: Citer) -> list[Section]:
    by_speaker: dict[str, list[Claim]] = {}
    for claim in selection.claims:
        if claim.speaker and claim.evidence:
            by_speaker.setdefault(claim.speaker, []).append(claim)
    order = sorted(by_speaker, key=lambda s: (-len(by_speaker[s]), selection.name(s) or s))
    sections = []
    for speaker in order[:SPEAKERS]:
        claims = sorted(by_speaker[speaker], key=lambda c: (-selection.support(c).sources,
                                                           -selection.support(c).documents, _published(selection, c)))
        section = Section(f"{selection.name(speaker)} ({words.number(len(claims), 'claim')})")
        for claim in claims[:CLAIMS_EACH]:
            evidence = next((v for v in claim.evidence if claim.text in v.text), claim.evidence[0])
            quoted = claim.text if claim.text in evidence.text else evidence.text
            how = "quoted" if claim.kind == "quote" else "paraphrased"
            # The words that name the speaker in the article, unless they are a pronoun ("it", "he").
            who = claim.speaker_text if claim.speaker_text[:1].isupper() and len(claim.speaker_text) > 3 else (
                words.actor(selection.name(speaker)) or claim.speaker_text)
            section.statements.append(Statement(
                f"{_cap(who)} ({how} in a report of {words.day(_published(selection, claim) or None)}):",
                sorted({citer.cite(evidence)} | set(citer.best(claim.evidence, 2))), quote=quoted,
                flag=_flag(selection, claim)))
        sections.append(section)
    return sections


def _published(selection: Selection, item: Claim | Event | Relation) -> str:
    known = selection.documents
    dates = [known[v.document].published or "" for v in item.evidence if v.document in known]
    return min((d for d in dates if d), default="")


def _disputes(selection: Selection, citer: Citer) -> list[Dispute]:
    out = []
    found = disagreements(selection)

    def weight(group) -> tuple:
        tolls = sum((e.fatalities or 0) + (e.injuries or 0) for e in group.events)
        return (-len({selection.sources.source(v.document) for e in group.events for v in e.evidence}), -tolls)

    for group in sorted(found, key=weight)[:DISPUTES]:
        differ = ", ".join(group.differ[:-1]) + (" and " if len(group.differ) > 1 else "") + group.differ[-1]
        lead = group.events[0]
        text = (f"{words.number(len(group.events), 'report').capitalize()} of "
                f"{words.phrases().get(lead.type, {}).get('noun', 'an event of type ' + lead.type)} around "
                f"{words.day(lead.date)} may concern one event, and differ on its {differ}. "
                "The store keeps them apart; they may also be distinct events.")
        versions = []
        for event in group.events:
            s = selection.support(event)
            versions.append(Version(words.event_sentence(event, selection.name, level(event.location)), s.sources,
                                    s.documents, citer.best(event.evidence, 4), event.id))
        out.append(Dispute(text, versions))
    if len(found) > DISPUTES:
        out.append(Dispute(f"{words.count(len(found) - DISPUTES).capitalize()} more possible disagreements of this "
                           "kind are not shown; narrow the selection to see them.", []))
    return out


def _splits(selection: Selection, citer: Citer, extract: Extract) -> list[Dispute]:
    from .reread import reread

    out = []
    for split in reread(selection, extract):
        event = split.event
        differ = ", ".join(split.differ[:-1]) + (" and " if len(split.differ) > 1 else "") + split.differ[-1]
        text = (f"The independent sources of one stored event ({words.short(event, selection.name)}) differ on "
                f"its {differ} when each one's sentences are read alone:")
        versions = []
        for version in split.versions:
            version.event.mode = event.mode
            documents = sorted({v.document for v in version.evidence})
            outlets = sorted({selection.documents[d].outlet or d for d in documents if d in selection.documents})
            versions.append(Version(f"{', '.join(outlets)}: " + words.event_sentence(
                version.event, selection.name, level(version.event.location)), 1, len(documents),
                citer.best(version.evidence, 2), event.id))
        out.append(Dispute(text, versions))
    return out


def _flagged(selection: Selection, citer: Citer) -> list[Statement]:
    found = flags(selection)
    out = [Statement(f"Of the {words.number(len(selection.events), 'event')} selected, "
                     f"{words.count(len(found.single))} "
                     f"{'rests' if len(found.single) == 1 else 'rest'} on a single article, and "
                     f"{words.count(len(found.copies))} only on copies of one article.", [])]
    for event in found.copies[:FLAGGED]:
        out.append(Statement(words.event_sentence(event, selection.name, level(event.location)),
                             citer.best(event.evidence, 4), flag=_flag(selection, event), event=event.id))
    return out


def _actors(selection: Selection, citer: Citer) -> list[Section]:
    roles: dict[str, Counter[str]] = {}
    for e in selection.events:
        for role in ("source", "target"):
            for actor in e.actors(role):  # each of a joint event's actors is its source ("Turkey and Russia")
                roles.setdefault(actor, Counter())[role] += 1
    for actor in selection.actor_ids:
        roles.setdefault(actor, Counter())
    order = sorted(roles, key=lambda a: (a not in selection.actor_ids, -sum(roles[a].values()), selection.name(a)))
    sections = []
    for actor_id in order[:ACTORS]:
        actor = selection.actors.get(actor_id)
        kind = actor.kind.replace("_", " ") if actor else "actor"
        country = f", {words.country_name(actor.country)}" if actor and actor.country else ""
        section = Section(f"{selection.name(actor_id)} ({kind}{country})")
        n = roles[actor_id]
        section.statements.append(Statement(
            f"{_cap(words.actor(selection.name(actor_id)))} is the source of "
            f"{words.number(n['source'], 'selected event')} "
            f"and the target of {words.count(n['target'])}.", sorted({
                citer.best(e.evidence, 1)[0] for e in selection.events
                if actor_id in e.actors("source") + e.actors("target")})[:CITES]))
        mine = [r for r in selection.relations if actor_id in (r.subject, r.object) and r.evidence]
        mine.sort(key=lambda r: (-selection.support(r).sources, -selection.support(r).documents, r.subject,
                                 r.predicate, r.object))
        for relation in mine[:RELATIONS_EACH]:
            section.statements.append(Statement(
                words.relation_sentence(relation, selection.name), citer.best(relation.evidence, 2),
                flag=_flag(selection, relation)))
        if len(mine) > RELATIONS_EACH:
            section.statements.append(Statement(
                f"{words.count(len(mine) - RELATIONS_EACH).capitalize()} more relations of "
                f"{words.actor(selection.name(actor_id))} are stored; the web app's actor page lists them.", []))
        sections.append(section)
    return sections


def _cap(text: str | None) -> str:
    return (text or "")[:1].upper() + (text or "")[1:]


def _network(selection: Selection) -> list[tuple[str, str, str, int]]:
    counted: Counter[tuple[str, str, str]] = Counter()
    for e in selection.events:
        for source in e.actors("source"):  # an edge from each of a joint event's actors to each recipient
            for target in e.actors("target"):
                if source != target:
                    counted[(source, target, e.type)] += 1
    edges = [(a, b, label, n) for (a, b, label), n in counted.items()]
    edges += [(r.subject, r.object, r.predicate, len(r.evidence)) for r in selection.relations]
    return sorted(edges, key=lambda x: (-x[3], x[0], x[1], x[2]))


__all__ = ["Brief", "Citation", "Statement", "compose", "FIELDS"]
