"""Figures bound to dose arms and time points, and claims whose only figures are time points
(issue 10), through `claimcheck.verify`. Every sentence is written here, on made-up studies.
"""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence import extract_quantities
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import load_glossary

DOSES = ("Once-weekly exenatide at three doses in adults with obesity",
         ["METHODS: We randomly assigned 1,200 adults with obesity to 2 mg, 4 mg or 8 mg of "
          "exenatide or placebo once weekly for 40 weeks.",
          "RESULTS: The mean reduction in body weight at week 40 was 6.2% with 2-mg doses of "
          "exenatide, 9.8% with 4-mg doses, and 12.7% with 8-mg doses and 1.4% with placebo."])

WEEKS = ("Weekly exenatide and body weight",
         ["RESULTS: The mean reduction in body weight from baseline to week 60 was 11.3% in the "
          "exenatide group as compared with 1.9% with placebo."])

FOLLOW_UP = ("Stroke in the Lakeside Hypertension Cohort: a 15-year follow-up study",
             ["METHODS: Adults with hypertension were enrolled in 1998.",
              "METHODS: In 2013, we followed up participants to assess the incidence of stroke.",
              "RESULTS: Stroke occurred in 212 participants."])


def test_hyphenated_dose_and_week_time_point_are_read() -> None:
    found = [(q.text, q.kind, q.value, q.unit)
             for q in extract_quantities("at week 40 the 8-mg group lost 12.7%")]
    assert ("week 40", "duration", 40.0, "week") in found
    assert ("8-mg", "dose", 8.0, "mg") in found
    # a duration followed by another is not read as "weeks 5"
    assert [q.text for q in extract_quantities("for 3 weeks 5 days")] == ["3 weeks", "5 days"]


def test_a_figure_is_bound_to_the_dose_of_its_clause() -> None:
    g = load_glossary()
    infos = analyse("The 8-mg group lost 12.7% of body weight, and the 2-mg group lost 6.2%.",
                    g, claim=True).quantities
    by_text = {i.quantity.text: i for i in infos}
    assert by_text["12.7%"].arms == {(8.0, "mg")}
    assert by_text["6.2%"].arms == {(2.0, "mg")}
    assert by_text["8-mg"].arm_label
    # body weight in kilograms is a measurement, not an arm
    assert not analyse("Mean body weight was 98.5 kg, and 40% were women.", g,
                       claim=True).quantities[1].arms


@pytest.mark.parametrize(("claim", "status"), [
    # the right figures on the right arms
    ("At week 40, body weight fell by 12.7% with 8 mg of exenatide and by 9.8% in the 4-mg "
     "group.", "supported"),
    ("第40周时，8毫克艾塞那肽组平均减重12.7%，4毫克组减重9.8%。", "supported"),
    # 9.8% is the 4-mg arm's figure; the 2-mg arm's is 6.2%
    ("At week 40, body weight fell by 12.7% with 8 mg of exenatide and by 9.8% in the 2-mg "
     "group.", "contradicted"),
    ("第40周时，8毫克艾塞那肽组平均减重12.7%，2毫克组减重9.8%。",
     "contradicted"),
])
def test_dose_arms(claim: str, status: str) -> None:
    title, abstract = DOSES
    verdict = claimcheck.verify(claim, title=title, abstract=abstract)
    assert verdict.status == status, verdict.rationale


def test_a_figure_of_another_arm_is_never_supported() -> None:
    """Only one arm is named and its value is another arm's: not supported, whatever else."""
    title, abstract = DOSES
    verdict = claimcheck.verify("With 2 mg of exenatide, body weight fell by 12.7%.",
                                title=title, abstract=abstract)
    assert verdict.status != "supported", verdict.rationale


@pytest.mark.parametrize(("claim", "status"), [
    ("By week 60, body weight fell by 11.3% in the exenatide group and by 1.9% with placebo.",
     "supported"),
    ("第60周时，艾塞那肽组平均减重11.3%，安慰剂组仅减重1.9%。", "supported"),
    # the same figures, moved to a time point the source does not give them for
    ("By week 26, body weight fell by 11.3% in the exenatide group and by 1.9% with placebo.",
     "contradicted"),
    ("第26周时，艾塞那肽组平均减重11.3%，安慰剂组仅减重1.9%。", "contradicted"),
])
def test_time_point_of_a_figure(claim: str, status: str) -> None:
    title, abstract = WEEKS
    verdict = claimcheck.verify(claim, title=title, abstract=abstract)
    assert verdict.status == status, verdict.rationale
    if status == "contradicted":
        assert "week 60" in verdict.rationale


@pytest.mark.parametrize(("claim", "status"), [
    ("Participants were followed up in 2013, in a 15-year follow-up.", "supported"),
    ("该队列的第15年随访于2013年进行。", "supported"),
    # another year of follow-up is not stated
    ("Participants were followed up in 2011, in a 15-year follow-up.", "partially_supported"),
])
def test_claims_whose_only_figures_are_time_points(claim: str, status: str) -> None:
    title, abstract = FOLLOW_UP
    verdict = claimcheck.verify(claim, title=title, abstract=abstract)
    assert verdict.status == status, verdict.rationale


def test_time_points_in_a_background_sentence_do_not_support() -> None:
    verdict = claimcheck.verify(
        "Participants were followed up in 2013, in a 15-year follow-up.",
        title="Stroke in a hypertension cohort",
        abstract=["BACKGROUND: Whether participants followed up in 2013, in a 15-year "
                  "follow-up, had fewer strokes is unknown."])
    assert verdict.status != "supported", verdict.rationale


def test_one_figure_at_another_time_point_is_neither_supported_nor_contradicted() -> None:
    """A single figure over another period is not stated; it takes a whole result restated at
    another time point to call it contradicted."""
    title, abstract = WEEKS
    verdict = claimcheck.verify("By week 26, the exenatide group had lost 11.3% of body weight.",
                                title=title, abstract=abstract)
    assert verdict.status not in ("supported", "contradicted"), verdict.rationale


DEATHS = ("Deaths in a national registry of heart failure",
          ["RESULTS: By June 30, 2020, 1,482 deaths had been recorded among the 9,310 enrolled "
           "patients with heart failure."])


@pytest.mark.parametrize(("claim", "supported"), [
    ("By June 2020, 1,482 deaths had been recorded among patients with heart failure.", True),
    ("With follow-up to December 2014, 1,482 deaths had been recorded among patients with "
     "heart failure.", False),
    ("截至2014年12月，心力衰竭患者中已有1482例死亡。", False),
])
def test_a_date_beside_a_figure(claim: str, supported: bool) -> None:
    title, abstract = DEATHS
    verdict = claimcheck.verify(claim, title=title, abstract=abstract)
    assert (verdict.status == "supported") is supported, verdict.rationale
    assert verdict.status != "contradicted", verdict.rationale


REGIMEN = ("Once-weekly exenatide in adults with obesity",
           ["METHODS: We randomly assigned 840 adults with obesity to receive 4 mg of "
            "exenatide or placebo once weekly for 40 weeks.",
            "BACKGROUND: Whether 6 mg of exenatide reduces weight has not been confirmed."])


def test_a_regimen_dose_names_an_arm() -> None:
    """The arm's regimen and the trial's length, stated beside the count in one sentence."""
    title, abstract = REGIMEN
    verdict = claimcheck.verify("840名肥胖成年人随机接受每周一次4毫克艾塞那肽或安慰剂，连续40周。",
                                title=title, abstract=abstract)
    assert verdict.status == "supported", verdict.rationale


@pytest.mark.parametrize("claim", [
    # another dose of the same drug is not the arm the source gave
    "840名肥胖成年人随机接受每周一次8毫克艾塞那肽或安慰剂，连续40周。",
    # a dose named only in an open question is not stated; its negation says nothing of it
    "Adults with obesity were given 6 mg of exenatide.",
])
def test_a_dose_the_source_does_not_give_as_an_arm(claim: str) -> None:
    title, abstract = REGIMEN
    verdict = claimcheck.verify(claim, title=title, abstract=abstract)
    assert verdict.status not in ("supported", "contradicted"), verdict.rationale


@pytest.mark.parametrize(("claim", "status"), [
    # a clause opening the sentence with only a dose names the arm of the figures after it
    ("With 8 mg of exenatide, body weight fell by 12.7% at week 40.", "supported"),
    ("With 4 mg of exenatide, body weight fell by 12.7% at week 40.", "contradicted"),
    # the items of an arm-by-arm list take the list's time point ("at week 40"); one figure
    # at another time is not stated, the arm's dose is no figure moved with it
    ("Body weight fell by 12.7% with 8 mg of exenatide at week 26.", "partially_supported"),
    ("At week 26, body weight fell by 12.7% with 8 mg of exenatide and by 9.8% with 4 mg.",
     "contradicted"),
])
def test_leading_dose_and_list_time_point(claim: str, status: str) -> None:
    title, abstract = DOSES
    verdict = claimcheck.verify(claim, title=title, abstract=abstract)
    assert verdict.status == status, verdict.rationale


def test_a_list_of_doses_opening_a_sentence_names_no_single_arm() -> None:
    g = load_glossary()
    infos = analyse("In adults given 2 mg, 4 mg or 8 mg of exenatide, weight fell by 9.8%.", g,
                    claim=True).quantities
    assert not next(i for i in infos if i.quantity.text == "9.8%").arms


def test_two_measures_per_arm_are_not_read_arm_for_arm() -> None:
    """A measure the source does not give, at a value another measure has in another arm: the
    sentence lists two measures per arm, so nothing is read arm for arm and nothing is
    contradicted."""
    verdict = claimcheck.verify(
        "In the 5-mg group, 20% had a serious infection.", title="Exenatide doses",
        abstract=["RESULTS: A response occurred in 31% with 5-mg doses and 44% with 10-mg doses, "
                  "and adverse events in 12% with 5-mg doses and 20% with 10-mg doses."])
    assert verdict.status not in ("supported", "contradicted"), verdict.rationale
