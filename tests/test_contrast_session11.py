"""A claim that is itself a contrast, read part against part; a source part that leaves out its
predicate ("…, but patients did not") completed from the first part (session 11)."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence.guards import _completed, claim_contrast_parts

ABSTRACT = [
    "We measured muscle glycogen before and after a standard meal in 20 adults with type 2 "
    "diabetes and 20 matched volunteers.",
    "Volunteers restored their muscle glycogen stores within two hours after the meal, but "
    "patients did not.",
    "The condition usually does not cause muscle weakness but is associated with exercise intolerance "
    "and a higher risk of falls.",
]


def _status(claim: str) -> str:
    return str(claimcheck.verify(claim, abstract=ABSTRACT).status)


def test_a_left_out_predicate_is_taken_from_the_first_part() -> None:
    first = "Volunteers restored their muscle glycogen stores within two hours after the meal"
    assert _completed("patients did not", first) == (
        "patients did not restored their muscle glycogen stores within two hours after the meal")
    assert _completed("did not increase falls", "Exercise lowered weight") == \
        "Exercise did not increase falls"


def test_chinese_claims_are_cut_before_the_clause_that_turns() -> None:
    assert claim_contrast_parts("健康志愿者的糖原储备得到了恢复，患者却没有。") == [
        "健康志愿者的糖原储备得到了恢复，", "患者却没有。"]
    assert claim_contrast_parts("该病很少引起肌无力，但与运动不耐受有关。") == [
        "该病很少引起肌无力，", "但与运动不耐受有关。"]
    assert claim_contrast_parts("患者的糖原储备没有恢复。") == ["患者的糖原储备没有恢复。"]


@pytest.mark.parametrize("claim", [
    "Patients with diabetes did not restore their muscle glycogen stores after the meal.",
    "Volunteers restored their muscle glycogen stores after the meal, but patients did not.",
])
def test_the_negated_part_is_not_read_as_the_opposite(claim: str) -> None:
    assert _status(claim) != "contradicted"


def test_a_negated_first_part_and_a_positive_second_part_agree_with_the_source() -> None:
    claim = ("The condition does not usually cause muscle weakness, but it is linked to "
             "exercise intolerance and falls.")
    assert _status(claim) != "contradicted"


@pytest.mark.parametrize(("claim", "part"), [
    ("The condition usually causes muscle weakness, but it is not associated with exercise "
     "intolerance.", "The condition usually causes muscle weakness"),
    ("健康志愿者餐后没有恢复肌糖原储备，患者却恢复了。", "健康志愿者餐后没有恢复肌糖原储备"),
])
def test_a_part_stated_the_other_way_is_contradicted(claim: str, part: str) -> None:
    verdict = claimcheck.verify(claim, abstract=ABSTRACT)
    assert verdict.status == "contradicted"
    assert f"\u201c{part}\u201d states it the other way" in verdict.rationale
