"""A study's sample found with the claim's value, where the source says who took part in ways
other than an enrolment verb: a section label, "The study population consists of …"
(session 12). Topics of our own."""

from __future__ import annotations

from claimcheck import verify

_ELIGIBLE = "Adults with chronic heart failure treated in public hospitals were eligible."


def _status(claim: str, sample: str) -> str:
    return verify(claim, abstract=[_ELIGIBLE, sample, "RESULTS: Fasting glucose rose by "
                                   "0.4 mmol/L in 57 patients."]).status


def test_a_labelled_sample_is_described_where_the_source_says_who_took_part() -> None:
    sample = "PARTICIPANTS: 2,561 adults from 12 cities."
    assert _status("The cohort included 2,561 adults with chronic heart failure.",
                   sample) == "supported"


def test_a_nested_count_is_no_sample() -> None:
    sample = "PARTICIPANTS: 2,561 adults from 12 cities, 310 (12%) of whom were women."
    assert _status("这项队列研究纳入了2561名慢性心力衰竭成年患者。", sample) == "supported"
    assert _status("这项队列研究纳入了310名慢性心力衰竭成年患者。", sample) != "supported"
    assert _status("The cohort included 310 adults with chronic heart failure.",
                   sample) != "supported"


def test_a_study_population_is_a_sample() -> None:
    sample = "The study population consists of 2,561 adults from 12 cities (including 310 men)."
    assert _status("这项队列研究纳入了2561名慢性心力衰竭成年患者。", sample) == "supported"
    assert _status("这项队列研究纳入了310名慢性心力衰竭成年患者。", sample) != "supported"


def test_a_second_group_counted_beside_is_no_sample() -> None:
    sample = "PARTICIPANTS: 1,200 adults and 800 adolescents from 12 cities."
    assert _status("这项队列研究纳入了800名慢性心力衰竭成年患者。", sample) != "supported"
    assert _status("The cohort included 800 adults with chronic heart failure.",
                   sample) != "supported"
