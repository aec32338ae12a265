"""A learned sentence model of PLOVER events, and the gate it puts on the rules' events (issue 11).

The model reads one sentence as the pipeline splits it and gives, for each PLOVER type, the probability that the
sentence is evidence of an event of that type, and the probability that it is evidence of any event (``ANY``). It
is a one-vs-rest logistic regression over binary features of the parse that carry from one conflict to another:
lemmas, the root's lemma and tag, the verbs, the dependency relations of the verbs and nouns (a subject, an
object, an agent, a negation, an auxiliary), modal, negation and tense cues, and the entities' *labels* with
their names masked (``ENT_GPE``, ``ENT_NORP``; a proper noun NER misses is ``PROPN``), so no article's names are
learned. ``tools/train_event_model.py`` trains it on a gold file (the DEV gold's TUNE split) with fixed settings
and no randomness (zero start, full-batch gradient descent) and writes it as JSON, never a pickle.

Cross-validated over the TUNE articles, and over all of DEV with a pretrained sentence encoder's embeddings beside or
instead of these features (tools/event_model_cv.py), neither the gate nor retyping by the model beats the rules
(docs/pipeline.md, "Event model"), so no model ships and the stage is not in the default pipeline. The
opt-in stage ``event-model`` runs after ``events``: it drops a rule event when none of its evidence sentences in the
document reaches the floor of the model's probability that it tells any event (``any_floor``) or one of its
type (``type_floor``); a floor of 0 keeps everything. What it drops is logged on the ``conflictgraph.event_model``
logger (debug) with the probabilities, and listed in ``ctx.notes["event-model"]``; the bundle's events carry no
probability (the bundle schema has no place for one).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Span, Token

from ..errors import PipelineError
from ..gazetteer import Gazetteer
from ..knowledge import Knowledge
from ..model import Event
from . import DocContext, factory

FORMAT = "conflictgraph-event-model/1"
ANY = "ANY"  # the head of "the sentence tells some event"
# The dependency relations whose (head, relation, dependent) triples are features.
RELATIONS = {"nsubj", "nsubjpass", "dobj", "agent", "neg", "aux", "auxpass", "xcomp", "ccomp", "prt", "attr",
             "acomp", "dative", "pobj", "compound", "amod"}
# Training settings (tools/train_event_model.py); fixed, so the same data gives the same file.
SETTINGS = {"min_count": 2, "l2": 0.01, "iterations": 400, "rate": 2.0, "momentum": 0.9, "digits": 5}

log = logging.getLogger("conflictgraph.event_model")


def _word(token: Token) -> str:
    """A token as the model sees it: an entity's label or a proper noun's part of speech for a name, a number
    as NUM, else its lemma in lower case."""
    if token.ent_type_:
        return "ENT_" + token.ent_type_
    if token.pos_ == "PROPN":
        return "PROPN"
    if token.like_num:
        return "NUM"
    return token.lemma_.lower()


def features(sent: Span) -> list[str]:
    """The sentence's features, sorted (each present once)."""
    out: set[str] = set()
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    for token in words:
        out.add("w=" + _word(token))
        if token.pos_ == "VERB":
            out.add(f"v={_word(token)}/{token.tag_}")
        if token.dep_ == "neg":
            out.add("NEG")
        if token.tag_ == "MD":
            out.add("MD=" + token.lemma_.lower())
        if token.dep_ in RELATIONS and token.head is not token and token.head.pos_ in ("VERB", "NOUN", "AUX"):
            out.add(f"d={_word(token.head)}>{token.dep_}>{_word(token)}")
    for a, b in zip(words, words[1:], strict=False):
        out.add(f"b={_word(a)}_{_word(b)}")
    root = sent.root
    out.add("root=" + _word(root))
    out.add("root/" + root.tag_)
    if sent.text.rstrip()[-1:] not in ".?!\"”'’":
        out.add("NO_STOP")  # a headline or a caption
    return sorted(out)


class EventModel:
    """The trained model: its feature index, heads (``ANY`` then the types) and weights."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != FORMAT:
            raise ValueError(f"not an event model of format {FORMAT}: {data.get('format')!r}")
        self.data = data
        self.heads: list[str] = list(data["heads"])
        self.index = {f: i for i, f in enumerate(data["features"])}
        weights = np.zeros((len(self.index), len(self.heads)))
        for head, column in enumerate(data["weights"]):
            for i, w in column:
                weights[i, head] = w
        self.weights = weights
        self.bias = np.asarray(data["bias"], dtype=float)

    def probabilities(self, feats: Iterable[str]) -> dict[str, float]:
        """Each head's probability for a sentence of these features."""
        rows = [self.index[f] for f in feats if f in self.index]
        z = self.bias + self.weights[rows].sum(axis=0)
        return dict(zip(self.heads, (1.0 / (1.0 + np.exp(-z))).tolist(), strict=True))


@cache
def load_model(path: str) -> EventModel:
    """The model in the file ``path``, loaded once per process."""
    return EventModel(json.loads(Path(path).read_text(encoding="utf-8")))


def vocabulary(feature_lists: Iterable[Iterable[str]], min_count: int) -> list[str]:
    """The features seen in at least ``min_count`` of the sentences, sorted."""
    counts: dict[str, int] = {}
    for feats in feature_lists:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    return sorted(f for f, n in counts.items() if n >= min_count)


def binary(feature_lists: Sequence[Iterable[str]], index: dict[str, int]) -> np.ndarray:
    """One row per sentence, 1.0 in the column of each of its features the index knows."""
    x = np.zeros((len(feature_lists), len(index)), dtype=np.float64)
    for r, feats in enumerate(feature_lists):
        for f in feats:
            if f in index:
                x[r, index[f]] = 1.0
    return x


def targets(label_sets: Sequence[Iterable[str]], heads: Sequence[str]) -> np.ndarray:
    """One row per sentence: 1.0 under ``ANY`` where it has a label, and under each of its labels."""
    y = np.zeros((len(label_sets), len(heads)), dtype=np.float64)
    for r, labels in enumerate(label_sets):
        labels = set(labels)
        if labels:
            y[r, heads.index(ANY)] = 1.0
        for label in labels:
            y[r, heads.index(label)] = 1.0
    return y


def train(samples: Sequence[tuple[Sequence[str], Iterable[str]]], types: Sequence[str],
          settings: dict[str, Any] | None = None, note: str = "") -> dict[str, Any]:
    """The model (its JSON form) of sentences' features and the types of gold events they are evidence of.

    Features seen in fewer than ``min_count`` sentences are left out; each head is an L2-regularized logistic
    regression fitted by full-batch gradient descent with momentum from zero weights, so nothing is random. The
    weights are rounded to ``digits`` decimals and those that round to 0 are left out of the file.
    """
    s = SETTINGS | (settings or {})
    vocab = vocabulary((feats for feats, _ in samples), s["min_count"])
    heads = [ANY, *types]
    x = binary([feats for feats, _ in samples], {f: i for i, f in enumerate(vocab)})
    y = targets([labels for _, labels in samples], heads)
    w, b = fit(x, y, s)
    digits = s["digits"]
    columns = [[[i, round(float(v), digits)] for i, v in enumerate(w[:, h]) if round(float(v), digits) != 0.0]
               for h in range(len(heads))]
    return {"format": FORMAT, "note": note, "settings": s, "sentences": len(samples),
            "positives": {h: int(y[:, k].sum()) for k, h in enumerate(heads)}, "heads": heads,
            "features": vocab, "bias": [round(float(v), digits) for v in b], "weights": columns}


def fit(x: np.ndarray, y: np.ndarray, settings: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """The weights and biases of one L2-regularized logistic regression per column of ``y`` over the rows of ``x``,
    by full-batch gradient descent with momentum from zero weights (``l2``, ``iterations``, ``rate``,
    ``momentum`` of ``settings``): nothing is random. ``x`` may be binary features or dense vectors (a sentence
    encoder's, tools/event_model_cv.py), or both side by side."""
    w = np.zeros((x.shape[1], y.shape[1]))
    b = np.zeros(y.shape[1])
    vw, vb = np.zeros_like(w), np.zeros_like(b)
    n = max(len(x), 1)
    for _ in range(settings["iterations"]):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        gw = x.T @ (p - y) / n + settings["l2"] * w
        gb = (p - y).sum(axis=0) / n
        vw = settings["momentum"] * vw - settings["rate"] * gw
        vb = settings["momentum"] * vb - settings["rate"] * gb
        w += vw
        b += vb
    return w, b


def event_probabilities(model: EventModel, ctx: DocContext, event: Event,
                        cache_: dict[int, dict[str, float]]) -> tuple[float, float]:
    """The highest probability any of the event's evidence sentences in this document gets, of any event and of
    the event's type (``cache_`` keeps each sentence's probabilities by its first token)."""
    best_any, best_type = 0.0, 0.0
    for evidence in event.evidence:
        if evidence.document != ctx.document.id:
            continue
        sent = ctx.sent_at(evidence.start)
        if sent.start not in cache_:
            cache_[sent.start] = model.probabilities(features(sent))
        probs = cache_[sent.start]
        best_any = max(best_any, probs[ANY])
        best_type = max(best_type, probs.get(event.type, 0.0))
    return best_any, best_type


def gate(model: EventModel, ctx: DocContext, any_floor: float, type_floor: float) -> list[dict[str, Any]]:
    """Drop from ``ctx.events`` each event whose evidence the model finds below a floor; what was dropped, with the
    probabilities, is returned."""
    if not ctx.events or (any_floor <= 0 and type_floor <= 0):
        return []
    probs: dict[int, dict[str, float]] = {}
    kept, dropped = [], []
    for event in ctx.events:
        p_any, p_type = event_probabilities(model, ctx, event, probs)
        if p_any < any_floor or p_type < type_floor:
            ev = event.evidence[0]
            dropped.append({"type": event.type, "evidence": [ev.document, ev.start, ev.end],
                            "any": round(p_any, 4), "type_probability": round(p_type, 4)})
            log.debug("event-model drops %s at %s:%d (P(any) %.3f, P(%s) %.3f): %r", event.type, ev.document,
                      ev.start, p_any, event.type, p_type, ev.text[:120])
        else:
            kept.append(event)
    ctx.events = kept
    return dropped


@factory("event-model", requires=("events",), provides=("event-model",),
         default_config={"path": None, "any_floor": 0.0, "type_floor": 0.0})
class EventGate:
    """The gate (opt-in: not in the default pipeline, cross-validation on TUNE found no floors that pay, see
    docs/pipeline.md): ``path`` names the model file (tools/train_event_model.py), loaded once when the stage is
    made; the floors are the probabilities below which an event is dropped (0 keeps every event)."""

    def __init__(self, knowledge: Knowledge, gazetteer: Gazetteer, path: str | None, any_floor: float,
                 type_floor: float) -> None:
        if not path:
            raise PipelineError("stage 'event-model' needs settings {'event-model': {'path': MODEL.json}}, a model "
                                "trained by tools/train_event_model.py (none ships: docs/pipeline.md)")
        self.model = load_model(str(path))
        self.any_floor, self.type_floor = any_floor, type_floor

    def __call__(self, ctx: DocContext) -> None:
        dropped = gate(self.model, ctx, self.any_floor, self.type_floor)
        if dropped:
            ctx.notes["event-model"] = dropped
