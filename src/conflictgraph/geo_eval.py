"""Score geocoding against a gold file of toponyms resolved to GeoNames (TR-News format: one JSON article a line).

A predicted toponym is a place mention (GPE, LOC, FAC) or any mention the pipeline gave a point; it is *found* when
it overlaps a gold toponym's span. Over the found pairs: the share placed within 161 km (100 miles, the customary
tolerance), the share with the gold GeoNames id, and the mean error in km (a found toponym left without a point
counts as wrong in both shares and is left out of the mean).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import InputError
from .gazetteer import distance_km
from .model import PLACE_TYPES

TOLERANCE_KM = 161.0
SPLITS = ("dev", "test", "all")


def load_geo_gold(path: Path) -> list[dict[str, Any]]:
    """The articles of a geocoding gold file; a bad line raises InputError naming the file and line."""
    articles = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            article = json.loads(line)
            if not isinstance(article.get("text"), str) or not isinstance(article.get("toponyms"), list):
                raise ValueError("needs text and toponyms")
            for t in article["toponyms"]:
                int(t["start"]), int(t["end"]), float(t["lat"]), float(t["lon"])  # noqa: B018 (a check)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise InputError(str(path), f"line {number} is not a geocoding gold article: {exc}") from exc
        article.setdefault("id", f"line-{number}")
        articles.append(article)
    return articles


def split_of(article_id: str) -> str:
    """'test' for about a quarter of the articles, 'dev' for the rest, fixed by a hash of the id."""
    return "test" if hashlib.sha256(article_id.encode("utf-8")).digest()[0] % 4 == 0 else "dev"


def select(articles: Iterable[dict[str, Any]], split: str) -> list[dict[str, Any]]:
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    return [a for a in articles if split == "all" or split_of(a["id"]) == split]


def predicted_toponyms(bundle: dict[str, Any], document: str) -> list[dict[str, Any]]:
    return [m for m in bundle["mentions"] if m["document"] == document and (m["type"] in PLACE_TYPES or m.get("geo"))]


def score_geo(bundle: dict[str, Any], articles: list[dict[str, Any]]) -> dict[str, Any]:
    """Toponym P/R/F1 by span overlap; accuracy within 161 km, exact-id accuracy and mean error over those found.

    ``bundle`` holds one document per article, in the same order.
    """
    gold_n = predicted_n = found_pred = found = within = exact = 0
    errors: list[float] = []
    for article, document in zip(articles, bundle["documents"], strict=True):
        predicted = predicted_toponyms(bundle, document["id"])
        predicted_n += len(predicted)
        hit: set[int] = set()
        for g in article["toponyms"]:
            gold_n += 1
            match = next((i for i, m in enumerate(predicted) if m["start"] < g["end"] and g["start"] < m["end"]), None)
            if match is None:
                continue
            hit.add(match)
            found += 1
            geo = predicted[match].get("geo")
            if not geo or geo.get("lat") is None:
                continue
            km = distance_km(geo["lat"], geo["lon"], g["lat"], g["lon"])
            errors.append(km)
            within += km <= TOLERANCE_KM
            exact += g.get("geonames_id") is not None and geo.get("geonames_id") == g["geonames_id"]
        found_pred += len(hit)
    precision = found_pred / predicted_n if predicted_n else 0.0
    recall = found / gold_n if gold_n else 0.0
    return {
        "articles": len(articles), "toponyms": gold_n, "predicted": predicted_n, "found": found,
        "precision": round(precision, 4), "recall": round(recall, 4),
        "f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        "accuracy_161km": round(within / found, 4) if found else 0.0,
        "geonames_id_accuracy": round(exact / found, 4) if found else 0.0,
        "mean_error_km": round(sum(errors) / len(errors), 1) if errors else 0.0,
    }


def evaluate_geo(path: Path, split: str = "all") -> dict[str, Any]:
    """Extract the gold file's articles (those of ``split``) and score their geocoding."""
    from .api import extract

    articles = select(load_geo_gold(path), split)
    bundle = extract([a["text"] for a in articles]).to_dict() if articles else {"documents": [], "mentions": []}
    return score_geo(bundle, articles) | {"split": split}
