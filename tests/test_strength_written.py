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

# The disagreement with the hand labels (see docs/strength.md): "Green coffee extract melts away
# belly fat, and researchers say it works in people" is read as stating no relationship (0), so
# no animal_to_human flag. (Two errors measured before are gone: the false overstated_certainty
# from the rat study's "might be tested in people" — a hedge on future work no longer counts —
# and the missed animal_to_human on "Caffeine also protects the ageing brain", which the judge
# finds not_found: the design flag no longer needs the source to bear on the claim.)
KNOWN_ERRORS = {
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
