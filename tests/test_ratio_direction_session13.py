"""A ratio whose 95% CI lies on one side of 1, said as the other direction of risk (session 13,
judge._ratio_against_words): the claim's change is not confirmed, so `partially_supported`
(not `contradicted`: the ratio may compare the groups the other way round)."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence.judge import _risk_direction

SOURCE = ["Among 48,000 adults followed for 10 years, night-shift work was associated with the "
          "highest adjusted hazard ratios for atrial fibrillation (1.42, 95% confidence interval "
          "1.21 to 1.67) and stroke (1.30, 1.10 to 1.52) compared with day work."]


def test_reading() -> None:
    assert _risk_direction("a lower risk of atrial fibrillation (hazard ratio 1.42)") == -1
    assert _risk_direction("房颤风险升高（风险比1.42）") == 1
    assert _risk_direction("降低了房颤的风险") == -1
    assert _risk_direction("the hazard ratio was 1.42") == 0
    assert _risk_direction("creatinine rose (relative risk 0.32)") == 0


def test_the_other_direction_of_risk_is_not_supported() -> None:
    wrong = claimcheck.verify("Compared with day work, night-shift work was linked to a lower "
                              "risk of atrial fibrillation (hazard ratio 1.42, 95% CI 1.21 to "
                              "1.67) [1].", abstract=SOURCE)
    right = claimcheck.verify("Compared with day work, night-shift work was linked to a higher "
                              "risk of atrial fibrillation (hazard ratio 1.42, 95% CI 1.21 to "
                              "1.67) [1].", abstract=SOURCE)
    zh = claimcheck.verify("与白班相比，上夜班使房颤风险降低（风险比1.42，95%置信区间1.21～1.67）[1]。",
                           abstract=SOURCE)
    assert wrong.status == "partially_supported"
    assert "the same change not found" in wrong.rationale
    assert right.status == "supported"
    assert zh.status == "partially_supported"


def test_a_direction_of_the_outcome_is_not_of_the_risk() -> None:
    # (the outcome's own rise, beside a ratio above 1: nothing against the claim's words)
    verdict = claimcheck.verify("Compared with day work, atrial fibrillation rose among "
                                "night-shift workers (hazard ratio 1.42, 95% CI 1.21 to 1.67) "
                                "[1].", abstract=SOURCE)
    assert verdict.status != "partially_supported" or "same change" not in verdict.rationale
