"""Session 15: a time point found only beside another figure, or only in a background
sentence, is not the claim's; a counterfactual comparator's negation ("than it would have been
without screening") denies nothing."""

from __future__ import annotations

import claimcheck

TWO_SCENARIOS = [
    "RESULTS The models projected that mortality would be 30% to 40% lower 5 years after the "
    "start of screening.",
    "Given the actual uptake, the models estimated that current mortality is 12% to 18% lower "
    "than it would have been without screening.",
]


def test_a_time_bound_to_another_figure_is_not_the_claims() -> None:
    for claim in ("The models projected that five years after the start of screening mortality "
                  "would be 12% to 18% lower [1].",
                  "模型预测筛查开始五年后死亡率会降低12%到18%[1]。"):
        verdict = claimcheck.verify(claim, title="Screening models", abstract=TWO_SCENARIOS)
        assert verdict.status == "partially_supported", verdict.rationale
        assert "not found" in verdict.rationale


def test_the_time_with_its_own_figure_is_stated() -> None:
    for claim in ("The models projected that five years after the start of screening mortality "
                  "would be 30% to 40% lower [1].",
                  "模型预测筛查开始五年后死亡率会降低30%到40%[1]。"):
        verdict = claimcheck.verify(claim, title="Screening models", abstract=TWO_SCENARIOS)
        assert verdict.status == "supported", verdict.rationale


def test_a_counterfactual_comparator_is_no_denial() -> None:
    claim = "Current mortality is 12% to 18% lower than it would have been without screening [1]."
    verdict = claimcheck.verify(claim, title="Screening models", abstract=TWO_SCENARIOS)
    assert verdict.status == "supported", verdict.rationale
    plain = "Current mortality is 12% to 18% lower with screening [1]."
    verdict = claimcheck.verify(plain, title="Screening models", abstract=TWO_SCENARIOS)
    assert verdict.status != "contradicted", verdict.rationale


def test_a_time_found_only_in_the_background_is_not_found() -> None:
    abstract = ["BACKGROUND Screening has been proposed as a way to halve mortality within "
                "5 years, based on an influential modelling study.",
                "RESULTS More detailed models show that the halving of mortality is likely to "
                "come much later than the influential study suggested."]
    claim = "More detailed models show that screening halves mortality within five years [1]."
    verdict = claimcheck.verify(claim, title="Screening models", abstract=abstract)
    assert verdict.status != "supported", verdict.rationale
    assert "five years not found" in verdict.rationale
