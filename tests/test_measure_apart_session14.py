"""A source figure whose sentence lacks a word of the claim's measure that another sentence
writes is no other value of the claim's (session 14)."""

import claimcheck


def test_ratio_of_another_outcome_is_no_contradiction() -> None:
    v = claimcheck.verify(
        "Statin users had a hazard ratio of 0.80 for dementia.",
        abstract=["Statin use was associated with a lower risk of dementia.",
                  "For hip fracture, the HR was 0.62 (95% CI, 0.50-0.77) among statin users."])
    assert v.status != "contradicted"


def test_zh_ratio_of_a_subgroup_is_no_contradiction() -> None:
    v = claimcheck.verify(
        "与不运动者相比，每周运动三次以上者患胃癌的风险比为0.81。",
        abstract=["Regular exercise was associated with a reduced risk of gastric cancer.",
                  "The HR for former athletes was 0.52 (95% CI, 0.40-0.68)."])
    assert v.status != "contradicted"


def test_same_measure_in_the_figure_sentence_still_contradicts() -> None:
    v = claimcheck.verify(
        "Statin users had a hazard ratio of 0.80 for dementia.",
        abstract=["Statin use was studied in 5000 older adults.",
                  "Statin users had a lower risk of dementia (HR 0.62; 95% CI, 0.50-0.77)."])
    assert v.status == "contradicted"


def test_claim_figure_in_the_sentence_keeps_the_check() -> None:
    v = claimcheck.verify(
        "In the drug group, serum urate fell from 8.1 mg/dL to 5.2 mg/dL at week 12.",
        abstract=["Patients were followed for 12 weeks.",
                  "Treatment lowered serum urate from 8.1 mg/dL to 6.4 mg/dL in the drug group "
                  "at week 12."])
    assert v.status == "contradicted"
