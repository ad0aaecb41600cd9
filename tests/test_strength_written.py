"""The overstatement flags on the written benchmark article, scored against its hand labels.

bench/data/overstatement_coffee/ holds a press-style article on coffee and sleep citing eight
made-up records (cohort, mouse, rat, randomised trials with plain and hedged conclusions, a
cross-sectional survey, a meta-analysis of cohorts), and a hand label for every claim.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import overstatement_articles as bench  # noqa: E402

# The disagreements with the hand labels (see docs/strength.md): the judge finds the source not
# bearing on two loosely worded animal claims. (The false overstated_certainty measured when the
# article was written, from the rat study's "might be tested in people", is gone: a hedge on
# future work no longer counts as a hedge on the finding.)
KNOWN_ERRORS = {
    ("missed", "animal_to_human", "Caffeine also protects the ageing brain"),
    ("missed", "animal_to_human", "Green coffee extract melts away belly fat"),
}


def test_written_article_against_hand_labels() -> None:
    labels = yaml.safe_load((bench.WRITTEN / "expected.yaml").read_text("utf-8"))
    shown = bench.written_article_flags()
    assert len(shown) == len(labels)  # one hand label per claim
    result = bench.score_written(shown, labels)
    causal = result["flags"]["overstated_causal"]
    assert (causal["tp"], causal["fp"], causal["fn"]) == (2, 0, 0)
    errors = {(e["error"], e["code"], next(lab["claim"] for lab in labels
                                            if e["claim"].startswith(lab["claim"])))
              for e in result["errors"]}
    assert {(kind, code, claim[:45]) for kind, code, claim in errors} == {
        (kind, code, claim[:45]) for kind, code, claim in KNOWN_ERRORS}


def test_every_claim_has_exactly_one_label() -> None:
    labels = yaml.safe_load((bench.WRITTEN / "expected.yaml").read_text("utf-8"))
    texts = [text for text, _ in bench.written_article_flags()]
    for label in labels:
        assert sum(t.startswith(label["claim"]) for t in texts) == 1, label["claim"]
