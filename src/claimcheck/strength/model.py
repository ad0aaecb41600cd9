"""The strength model: multinomial logistic regression over cue features, weights as JSON.

Fitted by `scripts/fit_strength.py` on the train split; shipped as `strength/weights.json`.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any

LABELS = (0, 1, 2, 3)
WORD_PREFIXES = ("w:", "b:", "L:", "R:")  # word n-gram / context features (features.py)


@lru_cache(maxsize=1)
def load_weights() -> dict[str, Any]:
    """The shipped weights: {"weights": {feature: [w0, w1, w2, w3]}, ...}."""
    text = resources.files("claimcheck.strength").joinpath("weights.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def logits(feats: dict[str, float], weights: dict[str, list[float]]) -> list[float]:
    """The summed feature weights per class; the label is the largest."""
    out = [0.0] * len(LABELS)
    for name, value in feats.items():
        row = weights.get(name)
        if row:
            for k in range(len(LABELS)):
                out[k] += row[k] * value
    return out


def scores(feats: dict[str, float], weights: dict[str, list[float]], *, ovr: bool = False
           ) -> list[float]:
    """Class probabilities: the softmax of the logits, or with `ovr` (one-vs-rest weights)
    each class's logistic probability, normalised to sum to 1. Either way the largest is the
    class with the largest logit."""
    z = logits(feats, weights)
    if ovr:
        each = [1.0 / (1.0 + math.exp(-max(min(x, 60.0), -60.0))) for x in z]
        total = sum(each)
        return [p / total for p in each]
    top = max(z)
    exps = [math.exp(x - top) for x in z]
    total = sum(exps)
    return [e / total for e in exps]


def contributions(feats: dict[str, float], weights: dict[str, list[float]], label: int
                  ) -> list[tuple[str, float]]:
    """Each feature's weight for `label` minus its mean weight: why that label won."""
    out = []
    for name, value in feats.items():
        row = weights.get(name)
        if row:
            out.append((name, value * (row[label] - sum(row) / len(row))))
    return sorted(out, key=lambda item: -item[1])


def fit(rows: list[tuple[dict[str, float], int]], *, l2: float = 1e-3, epochs: int = 60,
        rate: float = 0.5, class_weight: bool = True, l2_words: float | None = None,
        ovr: bool = False) -> dict[str, list[float]]:
    """Fit weights by full-batch gradient descent (deterministic; no dependencies).

    The loss is the softmax (multinomial) log-loss, or with `ovr` four one-vs-rest logistic
    log-losses, one per class ("is it 3 or not?"), each column fitted on its own.

    `l2` penalises every weight; `l2_words`, if given, replaces it for the word features
    (names starting with WORD_PREFIXES), so cue features and words can be held differently.
    """
    names = sorted({name for feats, _ in rows for name in feats})
    weights = {name: [0.0] * len(LABELS) for name in names}
    penalty = {name: l2_words if l2_words is not None and name.startswith(WORD_PREFIXES)
               else l2 for name in names}
    counts = [sum(1 for _, y in rows if y == k) for k in LABELS]
    balance = [len(rows) / (len(LABELS) * max(c, 1)) if class_weight else 1.0 for c in counts]
    n = float(len(rows))
    for _ in range(epochs):
        grad = {name: [0.0] * len(LABELS) for name in names}
        for feats, y in rows:
            probs = _fit_probs(feats, weights, ovr)
            for k in range(len(LABELS)):
                g = balance[y] * (probs[k] - (1.0 if k == y else 0.0)) / n
                if g:
                    for name, value in feats.items():
                        grad[name][k] += g * value
        for name in names:
            row, step = weights[name], grad[name]
            for k in range(len(LABELS)):
                row[k] -= rate * (step[k] + penalty[name] * row[k])
    return weights


def _fit_probs(feats: dict[str, float], weights: dict[str, list[float]], ovr: bool
               ) -> list[float]:
    if not ovr:
        return scores(feats, weights)
    return [1.0 / (1.0 + math.exp(-max(min(x, 60.0), -60.0))) for x in logits(feats, weights)]
