"""Score a bundle against a gold annotation (conflictgraph-gold/1) or re3d-style entity annotations."""

from __future__ import annotations

import json
import math
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .core.vocabulary import SYMMETRIC_PREDICATES
from .gazetteer import distance_km
from .gazetteer_files import division_core
from .knowledge import normalize_name
from .model import Bundle
from .text import offsets_after_normalize

RE3D_TYPES = {
    "Person": {"PERSON"}, "Organisation": {"ORG"}, "Location": {"GPE", "LOC", "FAC"},
    "Nationality": {"NORP"}, "Temporal": {"DATE", "TIME"}, "Weapon": {"WEAPON"},
    "MilitaryPlatform": {"MILITARY_PLATFORM"},
}
PLACE_TOLERANCE_KM = 50.0
SEARCH_LIMIT = 50_000  # pairings of one group of events tried exhaustively; a larger group is paired greedily


@dataclass
class PRF:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "predicted": self.predicted, "gold": self.gold}


def tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def same_sentence(a: str, b: str) -> bool:
    """The gold rule: token-set Jaccard of at least 0.5, or one sentence contains the other."""
    a_norm, b_norm = " ".join(a.split()), " ".join(b.split())
    if a_norm in b_norm or b_norm in a_norm:
        return True
    ta, tb = tokens(a), tokens(b)
    return bool(ta | tb) and len(ta & tb) / len(ta | tb) >= 0.5


def shares_evidence(predicted: Iterable[dict[str, Any]], gold: Iterable[dict[str, Any]]) -> bool:
    gold = list(gold)
    return any(p["document"] == g["document"] and same_sentence(p["text"], g["text"]) for p in predicted for g in gold)


def alias_occurrences(text: str, aliases: dict[str, str]) -> list[tuple[int, int, str]]:
    """Every occurrence of a gold alias (case as written, whole words), leftmost-longest, with its gold actor."""
    found = []
    for alias, actor in aliases.items():
        for m in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", text):
            found.append((m.start(), m.end(), actor))
    found.sort(key=lambda o: (o[0], -(o[1] - o[0])))
    chosen: list[tuple[int, int, str]] = []
    last_end = -1
    for start, end, actor in found:
        if start >= last_end:
            chosen.append((start, end, actor))
            last_end = end
    return chosen


class ActorMap(dict):  # type: ignore[type-arg]
    """Predicted actor id -> gold actor id: the gold actor most of the predicted actor's mentions stand for over all
    documents; and, where one document's mentions stand for another gold actor (a predicted "US-led coalition" that
    is the Global Coalition in most articles and an article's own Iraq-war coalition in one), that document's. As a
    dict it is the overall map (what the error listers print)."""

    def __init__(self, overall: dict[str, str], by_document: dict[tuple[str, str], str] | None = None) -> None:
        super().__init__(overall)
        self.by_document = by_document or {}

    def resolve(self, actor: str, item: dict[str, Any]) -> str:
        """The gold actor a predicted actor stands for in a predicted ``item``, in the documents of its evidence."""
        for evidence in item.get("evidence", []):
            if (evidence["document"], actor) in self.by_document:
                return self.by_document[evidence["document"], actor]
        return self.get(actor, actor)


def documents_of_actors(bundle: dict[str, Any]) -> dict[str, set[str]]:
    """The documents each predicted actor is in: those of its mentions and of the items it takes a role in."""
    where: dict[str, set[str]] = defaultdict(set)
    for m in bundle.get("mentions", []):
        if m.get("actor"):
            where[m["actor"]].add(m["document"])
    roles = {"events": ("source", "sources", "target", "targets"), "relations": ("subject", "object"),
             "claims": ("speaker",)}
    for section, names in roles.items():
        for item in bundle.get(section, []):
            documents = {e["document"] for e in item.get("evidence", [])}
            for name in names:
                value = item.get(name)
                for actor in value if isinstance(value, list) else [value] if value else []:
                    where[actor] |= documents
    return where


def gold_aliases(gold: dict[str, Any]) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """The gold actors' names and aliases: those that count in every document (alias -> actor), and, by document,
    those of the actors local to some documents (an actor with "documents": its aliases count only there)."""
    aliases: dict[str, str] = {}
    local: dict[str, dict[str, str]] = defaultdict(dict)
    for actor in gold["actors"]:
        for alias in actor["aliases"] + [actor["name"]]:
            if actor.get("documents"):
                for doc in actor["documents"]:
                    local[doc].setdefault(alias, actor["id"])
            else:
                aliases.setdefault(alias, actor["id"])
    return aliases, local


def most_overlapping(mentions: list[dict[str, Any]], start: int, end: int) -> dict[str, Any] | None:
    """The mention that overlaps the characters ``start:end`` most (the first of equals), or None."""
    best, overlap = None, 0
    for m in mentions:
        o = min(end, m["end"]) - max(start, m["start"])
        if o > overlap:
            best, overlap = m, o
    return best


def score_actors(bundle: dict[str, Any], gold: dict[str, Any]) -> tuple[dict[str, Any], ActorMap]:
    """Mention recall and B-cubed F1 over the gold aliases' occurrences; also the predicted->gold actor map."""
    aliases, local = gold_aliases(gold)
    texts = {d["id"]: d["text"] for d in bundle["documents"]}
    by_doc = defaultdict(list)
    for m in bundle["mentions"]:
        by_doc[m["document"]].append(m)
    items = []  # (gold actor, predicted actor or unique singleton)
    covered = 0
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    doc_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for document in gold["documents"]:
        text = texts.get(document["id"])
        if text is None:
            continue
        # A document's own actor wins over a shared one of the same alias (it is the more specific reading).
        for start, end, gold_actor in alias_occurrences(text, aliases | local[document["id"]]):
            best = most_overlapping(by_doc[document["id"]], start, end)
            if best is not None:
                covered += 1
            predicted = best["actor"] if best and best["actor"] else f"#{document['id']}:{start}"
            if best and best["actor"]:
                votes[best["actor"]][gold_actor] += 1
                doc_votes[document["id"], best["actor"]][gold_actor] += 1
            items.append((gold_actor, predicted))
    gold_sizes = Counter(g for g, _ in items)
    pred_sizes = Counter(p for _, p in items)
    both = Counter(items)
    n = len(items) or 1
    precision = sum(both[(g, p)] / pred_sizes[p] for g, p in items) / n
    recall = sum(both[(g, p)] / gold_sizes[g] for g, p in items) / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    mapping = ActorMap({actor: counts.most_common(1)[0][0] for actor, counts in votes.items()})
    for (doc, actor), counts in doc_votes.items():
        here = counts.most_common(1)[0][0]
        if here != mapping[actor]:
            mapping.by_document[doc, actor] = here
    # An actor no occurrence voted for maps through a name or alias: a shared gold actor's anywhere, a document-local
    # one's only when the predicted actor is in that document (a Cairo story's "police" is not the Cairns police).
    gold_by_alias = {normalize_name(a): g for a, g in aliases.items()}
    local_by_alias = {doc: {normalize_name(a): g for a, g in scoped.items()} for doc, scoped in local.items()}
    where = documents_of_actors(bundle)
    for actor in bundle["actors"]:
        if actor["id"] not in mapping:
            for alias in [actor["name"]] + actor["aliases"]:
                key = normalize_name(alias)
                found = gold_by_alias.get(key) or next(
                    (local_by_alias[doc][key] for doc in sorted(where[actor["id"]])
                     if key in local_by_alias.get(doc, {})), None)
                if found:
                    mapping[actor["id"]] = found
                    break
    result = {"occurrences": len(items), "mention_recall": round(covered / n, 4),
              "bcubed_precision": round(precision, 4), "bcubed_recall": round(recall, 4), "bcubed_f1": round(f1, 4)}
    return result, mapping


def _match(predicted: list[dict[str, Any]], gold: list[dict[str, Any]], same, rank=None) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """One-to-one matching of predicted to gold items that fit (``same``). Without ``rank``, greedy in order: each
    gold item takes the first unmatched predicted item that fits. With ``rank`` (how many arguments agree), as many
    pairs as can be made, and of those the pairing whose arguments agree most: of two attacks told in one sentence,
    the gold's attack in Paris goes with the predicted attack in Paris, whatever order the bundle lists them in."""
    edges = {gi: [pi for pi, p in enumerate(predicted) if same(p, g)] for gi, g in enumerate(gold)}
    if rank is None:
        return _greedy(list(edges), edges, lambda pi, gi: 0)
    pairs = []
    for golds, preds in _components(edges):
        pairs += _best_pairing(golds, preds, edges, lambda pi, gi: rank(predicted[pi], gold[gi]))
    return sorted(pairs, key=lambda pair: pair[1])


def _components(edges: dict[int, list[int]]) -> list[tuple[list[int], list[int]]]:
    """The connected groups of gold and predicted items that may pair (most are one sentence's few events)."""
    by_pred: dict[int, list[int]] = defaultdict(list)
    for gi, preds in edges.items():
        for pi in preds:
            by_pred[pi].append(gi)
    seen: set[int] = set()
    out = []
    for start in (gi for gi in edges if edges[gi]):
        if start in seen:
            continue
        golds, preds, stack = [], set(), [start]
        seen.add(start)
        while stack:
            gi = stack.pop()
            golds.append(gi)
            for pi in edges[gi]:
                if pi not in preds:
                    preds.add(pi)
                    for other in by_pred[pi]:
                        if other not in seen:
                            seen.add(other)
                            stack.append(other)
        out.append((sorted(golds), sorted(preds)))
    return out


def _greedy(golds: list[int], edges: dict[int, list[int]], rank) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Each gold item in turn takes the best-ranked predicted item left that fits it (of equals, the first)."""
    used: set[int] = set()
    pairs = []
    for gi in golds:
        fits = [pi for pi in edges[gi] if pi not in used]
        if fits:
            best = max(fits, key=lambda pi: rank(pi, gi))
            used.add(best)
            pairs.append((best, gi))
    return pairs


def _best_pairing(golds: list[int], preds: list[int], edges: dict[int, list[int]], rank) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """The pairing of one group with the most pairs, then the most agreeing arguments (an exhaustive search over a
    group's few items; a group with too many pairings to try is paired greedily in gold order, the best-ranked
    first)."""
    if math.prod(len(edges[gi]) + 1 for gi in golds) > SEARCH_LIMIT:
        return _greedy(golds, edges, rank)
    ranks = {(pi, gi): rank(pi, gi) for gi in golds for pi in edges[gi]}
    best: tuple[tuple[int, int], list[tuple[int, int]]] = ((0, 0), [])

    def search(i: int, used: frozenset[int], chosen: list[tuple[int, int]], score: tuple[int, int]) -> None:
        nonlocal best
        if i == len(golds):
            if score > best[0]:
                best = (score, list(chosen))
            return
        gi = golds[i]
        for pi in edges[gi]:
            if pi not in used:
                chosen.append((pi, gi))
                search(i + 1, used | {pi}, chosen, (score[0] + 1, score[1] + ranks[pi, gi]))
                chosen.pop()
        search(i + 1, used, chosen, score)

    search(0, frozenset(), [], (0, 0))
    return best[1]


def _same_place(p: dict[str, Any] | None, g: dict[str, Any] | None) -> bool:
    """Within 50 km; else the same GeoNames id, or the same first-level division where both sides say the place is
    one (a division's point is not where the event was, and gazetteers put it apart: iso3166-2's "Texas" is 67 km
    from GeoNames'); where the gold gives no point, the same name."""
    if p is None or g is None:
        return p is None and g is None
    if p.get("geonames_id") is not None and p.get("geonames_id") == g.get("geonames_id"):
        return True
    if _same_division(p, g):
        return True
    if None in (p.get("lat"), g.get("lat")):
        return normalize_name(p["name"]) == normalize_name(g["name"])
    return distance_km(p["lat"], p["lon"], g["lat"], g["lon"]) <= PLACE_TOLERANCE_KM


def _same_division(p: dict[str, Any], g: dict[str, Any]) -> bool:
    """Whether two places are the same first-level division (province, state, governorate): each side says it is a
    division (its ``level`` is ``admin1``, or, where it gives no level, its name says so: "Anbar Province"), both in
    one country, with the same GeoNames id where both give one, else the same name less the word for the kind of
    area ("Anbar Governorate" = "Anbar Province")."""
    cores = []
    for place in (p, g):
        core, designated = division_core(place.get("name") or "")
        if not (place.get("level") == "admin1" or place.get("level") is None and designated):
            return False
        cores.append(core)
    if p.get("country") and g.get("country") and p["country"] != g["country"]:
        return False
    if p.get("geonames_id") is not None and g.get("geonames_id") is not None:
        return bool(p["geonames_id"] == g["geonames_id"])
    return bool(cores[0]) and cores[0] == cores[1]


def role(event: dict[str, Any], name: str) -> str | list[str] | None:
    """A predicted event's actors of a role ("source" or "target"): its list where the bundle gives one (``sources``,
    ``targets``: PLOVER's joint and reciprocal actors), else its one actor or null."""
    return event.get(name + "s") or event[name]


def argument_checks(mapping: ActorMap) -> dict[str, Any]:
    """Whether a predicted event's argument is the gold event's, per argument; actors through ``mapping``
    (predicted id -> gold id, in the predicted event's documents), one actor or a list of them (PLOVER's joint and
    reciprocal actors) as a set."""
    def ids(value: str | list[str] | None, event: dict[str, Any] | None) -> frozenset[str | None]:
        values = value if isinstance(value, list) else [value] if value else []
        return frozenset(mapping.resolve(v, event) if event is not None else v for v in values)

    return {
        "source": lambda p, g: ids(role(p, "source"), p) == ids(g["source"], None),
        "target": lambda p, g: ids(role(p, "target"), p) == ids(g["target"], None),
        "date": lambda p, g: p["date"] == g["date"],
        "place": lambda p, g: _same_place(p["location"], g["location"]),
        "toll": lambda p, g: (p["fatalities"], p["injuries"]) == (g["fatalities"], g["injuries"]),
    }


def kept(items: list[dict[str, Any]], docs: set[str]) -> list[dict[str, Any]]:
    """The items with evidence in the gold's documents, in the order of their first sentence there: an item that
    also has evidence in another document (a copy's report merged into its original's item) takes its place among
    the gold's items."""
    inside = [i for i in items if any(e["document"] in docs for e in i["evidence"])]
    return sorted(inside, key=lambda i: min((e["document"], e.get("start", 0)) for e in i["evidence"]
                                            if e["document"] in docs))


def by_mapped_actors(items: list[dict[str, Any]], mapping: ActorMap, roles: tuple[str, ...]) -> list[dict[str, Any]]:
    """The items, each split where its actors stand for other gold actors in different documents of its evidence:
    one part per set of gold actors, with the evidence of the documents where they stand so. The bundle holds one
    relation per tie of its own actors; a predicted "U.S.-led coalition" that is the Global Coalition in one article
    and an article's own Iraq-war coalition in another (``ActorMap``) makes its one relation "the US leads the
    coalition" state two gold ties, each in its own articles, as the gold writes them (one relation per tie). An
    item whose actors stand for the same gold actors wherever it is told stays whole."""
    out = []
    for item in items:
        parts: dict[tuple[str | None, ...], list[dict[str, Any]]] = {}
        for evidence in item["evidence"]:
            key = tuple(mapping.resolve(item[r], {"evidence": [evidence]}) if item.get(r) else None for r in roles)
            parts.setdefault(key, []).append(evidence)
        out += [item] if len(parts) < 2 else [item | {"evidence": evidence} for evidence in parts.values()]
    return out


def same_ends(p: dict[str, Any], g: dict[str, Any], mapped) -> bool:  # type: ignore[no-untyped-def]
    """Whether a predicted relation ties the gold one's subject and object (through ``mapped``); a tie with no
    direction (``SYMMETRIC_PREDICATES``: "allied_with") in either order, as the bundle holds one relation per tie."""
    ends = (mapped(p["subject"], p), mapped(p["object"], p))
    return ends == (g["subject"], g["object"]) or g["predicate"] in SYMMETRIC_PREDICATES \
        and ends == (g["object"], g["subject"])


def same_event(p: dict[str, Any], g: dict[str, Any]) -> bool:
    """Whether a predicted event may pair with a gold one: the same type and a shared evidence sentence."""
    return p["type"] == g["type"] and shares_evidence(p["evidence"], g["evidence"])


def _agreeing(checks: dict[str, Any]):  # type: ignore[no-untyped-def]
    """How many arguments of a pair agree: what the event pairing maximizes among pairings of the most pairs."""
    return lambda p, g: sum(check(p, g) for check in checks.values())


def match_events(
    bundle: dict[str, Any], gold: dict[str, Any], mapping: ActorMap
) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
    """The bundle's events that concern the gold's documents, and their pairs (predicted index, gold index) with
    the gold's events, as ``score`` pairs them."""
    predicted = kept(bundle.get("events", []), {d["id"] for d in gold["documents"]})
    return predicted, _match(predicted, gold.get("events", []), same_event, _agreeing(argument_checks(mapping)))


def same_claim(mapping: ActorMap):  # type: ignore[no-untyped-def]
    """Whether a predicted claim may pair with a gold one: the same speaker (through ``mapping``) and a shared
    evidence sentence."""
    return lambda p, g: (mapping.resolve(p["speaker"], p) if p["speaker"] else None) == g["speaker"] \
        and shares_evidence(p["evidence"], g["evidence"])


def match_claims(
    bundle: dict[str, Any], gold: dict[str, Any], mapping: ActorMap
) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
    """The bundle's claims that concern the gold's documents, and their pairs (predicted index, gold index) with
    the gold's claims, as ``score`` pairs them."""
    predicted = kept(bundle.get("claims", []), {d["id"] for d in gold["documents"]})
    return predicted, _match(predicted, gold.get("claims", []), same_claim(mapping))


def document_units(documents: Iterable[str], *item_lists: list[dict[str, Any]]) -> dict[str, str]:
    """Each document's unit when documents are resampled: documents that one item's evidence spans (a report and
    its copies) are one unit, named by its first document id, so that an item and its pair always fall together."""
    parent = {d: d for d in documents}

    def root(d: str) -> str:
        while parent.setdefault(d, d) != d:
            d = parent[d]
        return d

    for items in item_lists:
        for item in items:
            roots = sorted({root(e["document"]) for e in item.get("evidence", [])})
            for other in roots[1:]:
                parent[other] = roots[0]
    return {d: root(d) for d in parent}


def document_counts(
    units: dict[str, str], predicted: list[dict[str, Any]], gold: list[dict[str, Any]],
    pairs: list[tuple[int, int]], right: Iterable[tuple[int, int]] = (),
) -> dict[str, list[int]]:
    """Per unit of documents (``document_units``), [pairs, predicted, gold, pairs with every argument right]: what
    ``intervals`` resamples."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])

    def unit(item: dict[str, Any]) -> str:
        return min((units.get(e["document"], e["document"]) for e in item.get("evidence", [])), default="")

    for item in predicted:
        counts[unit(item)][1] += 1
    for item in gold:
        counts[unit(item)][2] += 1
    for _, gi in pairs:
        counts[unit(gold[gi])][0] += 1
    for _, gi in right:
        counts[unit(gold[gi])][3] += 1
    return counts


def _draws(units: list[str], samples: int, seed: int) -> Iterator[list[int]]:
    """``samples`` draws of as many units as there are, with replacement, as indices; seeded, so the same input gives
    the same intervals."""
    rng = random.Random(seed)
    for _ in range(samples):
        yield [rng.randrange(len(units)) for _ in units]


def _percentiles(values: list[float]) -> list[float]:
    """The 2.5th and 97.5th percentiles: a 95 % interval."""
    ordered = sorted(values)
    return [round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 4) for q in (0.025, 0.975)]


def _figures(rows: list[list[int]], drawn: list[int]) -> dict[str, float]:
    tp, predicted, gold, right = (sum(rows[i][k] for i in drawn) for k in range(4))
    prf = PRF(tp, predicted, gold)
    return {"precision": prf.precision, "recall": prf.recall, "f1": prf.f1,
            "full_field_f1": PRF(right, predicted, gold).f1}


def intervals(
    counts: dict[str, list[int]], units: list[str], samples: int, seed: int = 0, full_field: bool = False
) -> dict[str, list[float]]:
    """95 % bootstrap intervals of precision, recall and F1 (and full-field F1 where asked): ``samples`` draws of as
    many units of documents as the gold has (``document_units``), with replacement (Efron's percentile bootstrap over
    documents, the unit an annotator reads), so the interval shows how far a figure could move on another set of
    articles like these."""
    rows = [counts.get(u, [0, 0, 0, 0]) for u in units]
    names = ["precision", "recall", "f1"] + (["full_field_f1"] if full_field else [])
    figures: dict[str, list[float]] = {name: [] for name in names}
    for drawn in _draws(units, samples, seed):
        values = _figures(rows, drawn)
        for name in names:
            figures[name].append(values[name])
    return {name: _percentiles(v) for name, v in figures.items()}


@dataclass
class Matched:
    """One section's items and their pairing: the bundle's items on the gold's documents, the gold's, the pairs
    (predicted index, gold index), and (events) the pairs whose every argument but the toll is right."""
    predicted: list[dict[str, Any]]
    gold: list[dict[str, Any]]
    pairs: list[tuple[int, int]]
    right: list[tuple[int, int]]


def matched_sections(bundle: dict[str, Any], gold: dict[str, Any], mapping: ActorMap) -> dict[str, Matched]:
    """Relations, events and claims of the bundle paired with the gold's, as ``score`` counts them."""
    docs = {d["id"] for d in gold["documents"]}

    def mapped(actor_id: str | None, item: dict[str, Any]) -> str | None:
        return mapping.resolve(actor_id, item) if actor_id else None

    sections = {
        "relations": lambda p, g: p["predicate"] == g["predicate"] and same_ends(p, g, mapped)
        and shares_evidence(p["evidence"], g["evidence"]),
        "events": same_event,
        "claims": same_claim(mapping),
    }
    checks = argument_checks(mapping)
    full = [arg for arg in checks if arg != "toll"]
    out = {}
    for name, same in sections.items():
        predicted, gold_items = kept(bundle.get(name, []), docs), gold.get(name, [])
        if name == "relations":
            predicted = by_mapped_actors(predicted, mapping, ("subject", "object"))
        pairs = _match(predicted, gold_items, same, _agreeing(checks) if name == "events" else None)
        right = [(pi, gi) for pi, gi in pairs if all(checks[a](predicted[pi], gold_items[gi]) for a in full)] \
            if name == "events" else []
        out[name] = Matched(predicted, gold_items, pairs, right)
    return out


def score(bundle: dict[str, Any], gold: dict[str, Any], bootstrap: int = 0) -> dict[str, Any]:
    """Every section's figures, as a dict ready for JSON. With ``bootstrap`` (a number of draws), relations, events
    and claims also give their 95 % intervals over the gold's documents (``intervals``)."""
    docs = sorted(d["id"] for d in gold["documents"])
    actors, mapping = score_actors(bundle, gold)
    out: dict[str, Any] = {"actors": actors}
    predicted_docs = {d["id"]: d for d in bundle["documents"]}
    right = sum(1 for d in gold["documents"] if predicted_docs.get(d["id"], {}).get("published") == d["published"])

    def copies(document: dict[str, Any]) -> set[tuple[str, str]]:
        return {(x["document"], x["relation"]) for x in document.get("duplicates", [])}

    same_copies = sum(1 for d in gold["documents"] if copies(predicted_docs.get(d["id"], {})) == copies(d))
    out["documents"] = {"published_accuracy": round(right / len(gold["documents"]), 4),
                        "duplicates_accuracy": round(same_copies / len(gold["documents"]), 4)}
    checks = argument_checks(mapping)
    for name, m in matched_sections(bundle, gold, mapping).items():
        prf = PRF(len(m.pairs), len(m.predicted), len(m.gold))
        core = [i for i, g in enumerate(m.gold) if g.get("core")]
        matched = {gi for _, gi in m.pairs}
        core_recall = round(sum(i in matched for i in core) / len(core), 4) if core else 0.0
        section = prf.as_dict() | {"core_recall": core_recall}
        if name == "events" and m.pairs:
            section["arguments"] = {
                arg: round(sum(check(m.predicted[pi], m.gold[gi]) for pi, gi in m.pairs) / len(m.pairs), 4)
                for arg, check in checks.items()
            }
            section["full_field"] = PRF(len(m.right), len(m.predicted), len(m.gold)).as_dict()
        if bootstrap:
            units = document_units(docs, m.predicted, m.gold)
            counts = document_counts(units, m.predicted, m.gold, m.pairs, m.right)
            section["interval"] = intervals(counts, sorted({units[d] for d in docs}), bootstrap,
                                            full_field=name == "events")
        if name in KINDS:
            section[f"per_{KINDS[name]}"] = scores_by_type(m.predicted, m.gold, m.pairs, KINDS[name])
        out[name] = section
    return out


def compare(
    baseline: dict[str, Any], bundle: dict[str, Any], gold: dict[str, Any], samples: int = 1000, seed: int = 0
) -> dict[str, Any]:
    """Whether ``bundle`` scores better than ``baseline`` on the gold by more than the choice of articles explains:
    per section (relations, events, events' full-field, claims), both F1s, their difference, its 95 % interval from
    a paired bootstrap over units of documents (each draw scores both bundles on the same articles), and the share
    of draws in which the bundle is ahead. An interval that holds zero says the gold cannot tell the two apart."""
    docs = sorted(d["id"] for d in gold["documents"])
    sides = []
    for b in (baseline, bundle):
        _, mapping = score_actors(b, gold)
        sides.append(matched_sections(b, gold, mapping))
    out: dict[str, Any] = {}
    for name in sides[0]:
        a, b = sides[0][name], sides[1][name]
        units = document_units(docs, a.predicted, b.predicted, a.gold)
        unit_ids = sorted({units[d] for d in docs})
        rows = [[c.get(u, [0, 0, 0, 0]) for u in unit_ids]
                for c in (document_counts(units, m.predicted, m.gold, m.pairs, m.right) for m in (a, b))]
        measures = {name: "f1"} | ({"events_full_field": "full_field_f1"} if name == "events" else {})
        for label, figure in measures.items():
            whole = [_figures(r, list(range(len(unit_ids))))[figure] for r in rows]
            differences = [_figures(rows[1], drawn)[figure] - _figures(rows[0], drawn)[figure]
                           for drawn in _draws(unit_ids, samples, seed)]
            out[label] = {"baseline": round(whole[0], 4), "f1": round(whole[1], 4),
                          "difference": round(whole[1] - whole[0], 4), "interval": _percentiles(differences),
                          "share_better": round(sum(d > 0 for d in differences) / len(differences), 4)}
    return out


# The field a section's figures are split by: an event's PLOVER type, a relation's predicate.
KINDS = {"events": "type", "relations": "predicate"}


def scores_by_type(
    predicted: list[dict[str, Any]], gold: list[dict[str, Any]], pairs: list[tuple[int, int]], kind: str = "type"
) -> dict[str, Any]:
    """Precision, recall and F1 of each value of ``kind`` (an event's PLOVER type, a relation's predicate): a match
    is always of one value, so its pairs split by it."""
    counts: dict[str, PRF] = defaultdict(PRF)
    for item in predicted:
        counts[item[kind]].predicted += 1
    for item in gold:
        counts[item[kind]].gold += 1
    for _, gi in pairs:
        counts[gold[gi][kind]].tp += 1
    return {kind: counts[kind].as_dict() for kind in sorted(counts)}


def score_re3d(bundle: dict[str, Any], documents: list[dict[str, Any]]) -> dict[str, Any]:
    """Entity micro and per-type F1 against re3d annotations, a predicted mention matching by overlap and type."""
    by_doc = defaultdict(list)
    for m in bundle["mentions"]:
        by_doc[m["document"]].append(m)
    per_type: dict[str, PRF] = defaultdict(PRF)
    total = PRF()
    for document in documents:
        # The gold's offsets index the raw text; the mentions, the normalized text (invisible characters gone).
        at = offsets_after_normalize(document["text"]) if "text" in document else None
        gold = [e if at is None else {**e, "start": at[e["start"]], "end": at[e["end"]]}
                for e in document["entities"] if e["type"] in RE3D_TYPES]
        predicted = by_doc[document["id"]]
        used: set[int] = set()
        for e in gold:
            per_type[e["type"]].gold += 1
            total.gold += 1
            for i, m in enumerate(predicted):
                overlaps = m["start"] < e["end"] and e["start"] < m["end"]
                if i not in used and overlaps and m["type"] in RE3D_TYPES[e["type"]]:
                    used.add(i)
                    per_type[e["type"]].tp += 1
                    total.tp += 1
                    break
        for m in predicted:
            for name, types in RE3D_TYPES.items():
                if m["type"] in types:
                    per_type[name].predicted += 1
                    total.predicted += 1
    return {"micro": total.as_dict(), "per_type": {k: v.as_dict() for k, v in sorted(per_type.items())}}


def load_re3d(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def bundle_dict(bundle: Bundle | dict[str, Any]) -> dict[str, Any]:
    return bundle.to_dict() if isinstance(bundle, Bundle) else bundle
