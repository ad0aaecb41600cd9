"""bench/cv_strength.py: its numpy fit is the shipped pure-Python fit, and its folds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimcheck.strength.model import fit as fit_python

pytest.importorskip("numpy")  # installed with biopython; the bench script needs it
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import cv_strength  # noqa: E402


def _rows() -> list[tuple[dict[str, float], int]]:
    return [({"bias": 1.0, "rel:causal": 1.0, "w:reduces": 1.0}, 3),
            ({"bias": 1.0, "rel:causal": 1.0, "has:modal": 1.0, "w:may": 1.0}, 2),
            ({"bias": 1.0, "rel:correlational": 1.0, "w:associated": 1.0}, 1),
            ({"bias": 1.0, "no_relation": 1.0, "w:enrolled": 1.0}, 0),
            ({"bias": 1.0, "rel:causal": 1.0, "w:reduces": 1.0, "w:may": 1.0}, 2),
            ({"bias": 1.0, "rel:correlational": 1.0, "w:enrolled": 1.0}, 1)]


@pytest.mark.parametrize("class_weight", [False, True])
def test_numpy_fit_is_the_shipped_fit(class_weight: bool) -> None:
    rows = _rows() * 2  # every feature seen at least twice (MIN_COUNT)
    expected = fit_python(rows, l2=1e-4, l2_words=1e-3, epochs=40, rate=2.0,
                          class_weight=class_weight)
    got = cv_strength.fit([f for f, _ in rows], [y for _, y in rows], l2=1e-4, l2_words=1e-3,
                          epochs=40, rate=2.0, class_weight=class_weight)
    assert set(got) == set(expected)
    for name, row in expected.items():
        assert list(got[name]) == pytest.approx(row, abs=1e-9)


def test_folds_keep_a_group_together_and_macro_f1() -> None:
    rows = [("a", 0, "r1|0", "press_releases"), ("b", 1, "r1|1", "press_releases"),
            ("c", 2, "r2|2", "press_releases"), ("d", 3, "r3|3", "press_releases")]
    assert cv_strength.fold_of(rows, "4") == [0, 1, 2, 3]
    assert cv_strength.fold_of(rows, "grouped") == [0, 0, 1, 2]
    rows.append(("e", 0, "p1|0", "pubmed_conclusions"))
    assert cv_strength.fold_of(rows, "grouped") == [0, 0, 1, 2, 0]  # each file from fold 0
    assert cv_strength.macro_f1([0, 1, 2, 3], [0, 1, 2, 3]) == 1.0
    assert cv_strength.macro_f1([0, 0, 1, 1], [0, 0, 0, 0]) == pytest.approx((2 / 3) / 4)
