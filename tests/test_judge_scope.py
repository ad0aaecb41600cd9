"""A finding limited to a group against a source that states it for everyone (and the
reverse). Sentences written here, on topics of their own."""

from __future__ import annotations

import pytest

import claimcheck

STATIN = ["RESULTS: Rosuvastatin reduced major vascular events compared with placebo, regardless "
          "of the presence or absence of diabetes (hazard ratio, 0.56; 95% CI, 0.46 to 0.69).",
          "CONCLUSIONS: In adults with elevated C-reactive protein, rosuvastatin lowered the "
          "rate of major vascular events in both men and women."]


@pytest.mark.parametrize("claim", [
    "The benefit of rosuvastatin was confined to people who had diabetes.",
    "Rosuvastatin reduced vascular events only in patients with diabetes.",
    "瑞舒伐他汀的获益仅限于糖尿病患者。",
])
def test_a_finding_narrowed_to_a_condition_the_source_says_made_no_difference(claim: str) -> None:
    verdict = claimcheck.verify(claim, abstract=STATIN)
    assert verdict.status == "contradicted", verdict.rationale
    assert "regardless of" in verdict.rationale


def test_a_finding_stated_for_everyone_against_a_source_that_narrows_it() -> None:
    abstract = ["RESULTS: The vaccine reduced hospital admissions only among adults aged 65 "
                "years or older, with no effect in younger adults."]
    verdict = claimcheck.verify(
        "The vaccine reduced hospital admissions regardless of age.", abstract=abstract)
    assert verdict.status == "contradicted", verdict.rationale


@pytest.mark.parametrize("claim", [
    # another condition than the one the source names
    "The benefit of rosuvastatin was confined to people who smoked.",
    # no restriction at all
    "Rosuvastatin reduced major vascular events in people with diabetes.",
])
def test_no_clash_without_the_same_condition_or_a_restriction(claim: str) -> None:
    assert claimcheck.verify(claim, abstract=STATIN).status != "contradicted"


def test_a_restriction_on_an_anaphoric_subject_is_compared_by_its_condition() -> None:
    abstract = ["RESULTS: The inverse association between daily walking and dementia was seen "
                "consistently regardless of hypertension status at baseline."]
    for claim in ("不过，这种关联只见于基线时没有高血压的老年人。",
                  "However, this association was confined to people without hypertension."):
        assert claimcheck.verify(claim, abstract=abstract).status == "contradicted", claim
