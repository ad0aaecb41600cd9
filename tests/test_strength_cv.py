"""bench/cv_strength.py: its numpy fit is the shipped pure-Python fit, and its folds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimcheck.strength.model import fit as fit_python
from claimcheck.strength.model import scores

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


@pytest.mark.parametrize(("class_weight", "ovr"), [(False, False), (True, False), (False, True)])
def test_numpy_fit_is_the_shipped_fit(class_weight: bool, ovr: bool) -> None:
    rows = _rows() * 2  # every feature seen at least twice (MIN_COUNT)
    expected = fit_python(rows, l2=1e-4, l2_words=1e-3, epochs=40, rate=2.0,
                          class_weight=class_weight, ovr=ovr)
    got = cv_strength.fit([f for f, _ in rows], [y for _, y in rows], l2=1e-4, l2_words=1e-3,
                          epochs=40, rate=2.0, class_weight=class_weight, ovr=ovr)
    assert set(got) == set(expected)
    for name, row in expected.items():
        assert list(got[name]) == pytest.approx(row, abs=1e-9)


def test_one_vs_rest_fit_separates_each_class_and_keeps_the_argmax() -> None:
    rows = _rows() * 2
    weights = fit_python(rows, l2=1e-4, epochs=200, rate=4.0, class_weight=False, ovr=True)
    for feats, label in rows:
        ovr = scores(feats, weights, ovr=True)
        assert sum(ovr) == pytest.approx(1.0)
        assert max(range(4), key=lambda k: ovr[k]) == label
        plain = scores(feats, weights)  # the softmax of the same logits: the same argmax
        assert max(range(4), key=lambda k: plain[k]) == label
    # each column is a logistic regression of its own: a feature seen only with class 3
    # raises column 3 and lowers the other three
    assert weights["w:reduces"][3] > 0 > max(weights["w:reduces"][k] for k in (0, 1))


def test_folds_keep_a_group_together_and_macro_f1() -> None:
    rows = [("a", 0, "r1|0", "press_releases"), ("b", 1, "r1|1", "press_releases"),
            ("c", 2, "r2|2", "press_releases"), ("d", 3, "r3|3", "press_releases")]
    assert cv_strength.fold_of(rows, "4") == [0, 1, 2, 3]
    assert cv_strength.fold_of(rows, "grouped") == [0, 0, 1, 2]
    rows.append(("e", 0, "p1|0", "pubmed_conclusions"))
    assert cv_strength.fold_of(rows, "grouped") == [0, 0, 1, 2, 0]  # each file from fold 0
    assert cv_strength.macro_f1([0, 1, 2, 3], [0, 1, 2, 3]) == 1.0
    assert cv_strength.macro_f1([0, 0, 1, 1], [0, 0, 0, 0]) == pytest.approx((2 / 3) / 4)


# Parses as spaCy's small English model gives them (text, lemma, tag, dep, head, offset, pos);
# written out so the test needs no parser.
_HEDGED = [("Results", "result", "NNS", "nsubj", 1, 0, "NOUN"),
           ("suggest", "suggest", "VBP", "ROOT", 1, 8, "VERB"),
           ("that", "that", "IN", "mark", 4, 16, "SCONJ"), ("tea", "tea", "NN", "nsubj", 4, 21, "NOUN"),
           ("reduces", "reduce", "VBZ", "ccomp", 1, 25, "VERB"),
           ("stroke", "stroke", "VBN", "dobj", 4, 33, "VERB"), (".", ".", ".", "punct", 1, 39, "PUNCT")]
_MODAL = [("Results", "result", "NNS", "nsubj", 1, 0, "NOUN"),
          ("suggest", "suggest", "VBP", "ROOT", 1, 8, "VERB"),
          ("that", "that", "IN", "mark", 5, 16, "SCONJ"), ("tea", "tea", "NN", "nsubj", 5, 21, "NOUN"),
          ("may", "may", "MD", "aux", 5, 25, "AUX"), ("reduce", "reduce", "VB", "ccomp", 1, 29, "VERB"),
          ("stroke", "stroke", "NN", "dobj", 5, 36, "NOUN"), (".", ".", ".", "punct", 1, 42, "PUNCT")]
_NEGATED = [("Tea", "tea", "NN", "nsubj", 3, 0, "NOUN"), ("does", "do", "VBZ", "aux", 3, 4, "AUX"),
            ("not", "not", "RB", "neg", 3, 9, "PART"), ("reduce", "reduce", "VB", "ROOT", 3, 13, "VERB"),
            ("stroke", "stroke", "NN", "dobj", 3, 20, "NOUN"), (".", ".", ".", "punct", 3, 26, "PUNCT")]


def test_parse_features_read_the_main_relation_and_its_state() -> None:
    hedged = cv_strength.parse_features("Results suggest that tea reduces stroke.", _HEDGED)
    assert hedged == {"p:top:causal:hedged": 1.0, "p:top:causal:hedged:ccomp": 1.0}
    modal = cv_strength.parse_features("Results suggest that tea may reduce stroke.", _MODAL,
                                       every=True)
    assert modal == {"p:state:causal:modal": 1.0, "p:top:causal:modal": 1.0,
                     "p:top:causal:modal:ccomp": 1.0}
    negated = cv_strength.parse_features("Tea does not reduce stroke.", _NEGATED)
    assert negated == {"p:top:causal:neg": 1.0, "p:top:causal:neg:main": 1.0}
    assert cv_strength.parse_features("The trial enrolled 412 patients.", []) == {}


def test_random_deal_keeps_groups_and_bias_search_helps_a_biased_model() -> None:
    rows = [(s, 0, f"r{k // 2}|{k % 5}", "press_releases") for k, s in enumerate("abcdefgh")]
    folds = cv_strength.fold_of(rows, "random", seed=3)
    assert all(folds[k] == folds[k + 1] for k in range(0, 8, 2))
    np = pytest.importorskip("numpy")
    gold = np.array([0, 1, 2, 3] * 2)
    scores = np.eye(4)[gold] * 0.5 + np.array([1.0, 0, 0, 0])  # class 0 too strong
    files = np.array(["pubmed_conclusions"] * 4 + ["press_releases"] * 4)
    bias = cv_strength.choose_bias(scores, gold, files)
    assert ((scores + bias).argmax(1) == gold).all()
