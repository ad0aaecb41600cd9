"""Number forms and value matching, session 9 (issue 10): close bounds, bare bounds, an
unnamed ratio before its risk word, vs-pairs of measured amounts, and periods from the start.
Topics of our own: runners' body-mass index, childhood asthma, coffee and gout, salt and blood
pressure, formula feeding and jaundice."""

from __future__ import annotations

import pytest

from claimcheck import verify
from claimcheck.evidence.match import number_equal, value_match
from claimcheck.evidence.quantities import extract_quantities


def _one(text: str) -> tuple[str, float | None, float | None, float | None, str | None,
                             str | None]:
    [q] = extract_quantities(text)
    return q.kind, q.value, q.low, q.high, q.unit, q.qualifier


# 1. a bound said to be close, and a bare bound


@pytest.mark.parametrize("text,qualifier", [
    ("their mean age was just over 33", "just_over"),
    ("slightly more than 20% of the children", "just_over"),
    ("a little over 12 months", "just_over"),
    ("略高于30%的患者", "just_over"),
    ("just under 5 mg", "just_under"),
    ("slightly less than 40% of them", "just_under"),
    ("略低于5毫克", "just_under"),
    ("over 33", "more_than"),
])
def test_close_bounds_are_read(text: str, qualifier: str) -> None:
    assert _one(text)[5] == qualifier


def test_a_close_bound_holds_near_its_value_only() -> None:
    assert number_equal(33, 0, 33.3, 1, "just_over")
    assert not number_equal(33, 0, 44, 0, "just_over")
    assert not number_equal(33, 0, 33, 0, "just_over")
    assert not number_equal(33, 0, 32.9, 1, "just_over")
    assert number_equal(5, 0, 4.8, 1, "just_under")
    assert not number_equal(5, 0, 3.0, 1, "just_under")
    # a source's close bound implies the open one
    assert number_equal(30, 0, 33, 0, "more_than", "just_over")
    assert not number_equal(33, 0, 50, 0, "just_over", "more_than")


def test_a_bare_bound_is_no_statement_of_any_larger_bare_number() -> None:
    [claim] = extract_quantities("over 33")
    [n] = extract_quantities("(N = 981)")
    [near] = extract_quantities("(N = 41)")
    assert not value_match(claim, n)
    assert value_match(claim, near)


def test_just_over_finds_the_mean_not_the_sample_size() -> None:
    claim = "The mean body-mass index of the runners was just over 27."
    right = "We enrolled 612 adult runners (mean body-mass index, 27.4 [SD, 3.1]) from four clubs."
    wrong = "We enrolled 612 adult runners (mean body-mass index, 31.9 [SD, 3.1]) from four clubs."
    assert verify(claim, abstract=[right]).status == "supported"
    assert verify(claim, abstract=[wrong]).status != "supported"


@pytest.mark.parametrize("claim", [
    "Slightly more than 20% of the children had asthma.",
    "略高于20%的儿童患有哮喘。",
])
def test_slightly_more_than_a_share(claim: str) -> None:
    assert verify(claim, abstract=["Of the 1,480 children examined, 21.5% had asthma."]
                  ).status == "supported"
    assert verify(claim, abstract=["Of the 1,480 children examined, 35.5% had asthma."]
                  ).status != "supported"


# 2. an unnamed ratio whose risk word comes after it


def test_an_estimate_with_its_interval_after_a_count() -> None:
    qs = extract_quantities("Data from 9 cohorts (0.85, 0.74 to 0.97) showed a lower risk of "
                            "gout in coffee drinkers.")
    assert [(q.kind, q.value, q.low, q.high) for q in qs][1] == ("ratio", 0.85, 0.74, 0.97)
    # no risk, odds or association in its sentence: no ratio
    qs = extract_quantities("Mean weight in 9 cohorts (0.85, 0.74 to 0.97) fell. The risk rose.")
    assert all(q.kind != "ratio" for q in qs)


def test_the_ratio_after_a_count_states_and_contradicts() -> None:
    claim = ("Pooled over nine cohorts, coffee drinkers had a lower risk of gout (0.85, 0.74 to "
             "0.97).")
    same = "Data from 9 cohorts (0.85, 0.74 to 0.97) showed a lower risk of gout in coffee drinkers."
    other = "Data from 9 cohorts (0.91, 0.80 to 1.03) showed no lower risk of gout in coffee drinkers."
    assert verify(claim, abstract=[same]).status == "supported"
    assert verify(claim, abstract=[other]).status == "contradicted"


# 3. a vs-pair of measured amounts: both figures take the unit


@pytest.mark.parametrize("text,unit", [
    ("(141.2 vs 146.8 mmHg)", "mmHg"),
    ("(141.2 v 146.8 mm Hg)", "mmHg"),
    ("(72.1 vs 75.3 kg)", "kg"),
    ("5.2 vs 6.1 mmol/L", "mmol/L"),
])
def test_a_pair_of_measured_amounts_shares_its_unit(text: str, unit: str) -> None:
    qs = extract_quantities(text)
    assert [(q.kind, q.unit) for q in qs] == [("dose", unit), ("dose", unit)]


def test_a_pair_of_drug_doses_stays_two_arms() -> None:
    assert [q.unit for q in extract_quantities("5 vs 10 mg")] == [None, "mg"]


@pytest.mark.parametrize("claim", [
    "Systolic blood pressure was 141.2 mmHg on the low-salt diet.",
    "低盐饮食组收缩压为141.2毫米汞柱。",
])
def test_the_first_of_a_pair_is_found_with_its_unit(claim: str) -> None:
    source = ("Systolic blood pressure was lower on the low-salt diet than on the usual diet "
              "(141.2 vs 146.8 mm Hg).")
    assert verify(claim, abstract=[source]).status == "supported"


def test_another_first_value_of_a_pair_contradicts() -> None:
    claim = "Systolic blood pressure was 141.2 mmHg on the low-salt diet."
    source = ("Systolic blood pressure was lower on the low-salt diet than on the usual diet "
              "(139.0 vs 146.8 mm Hg).")
    assert verify(claim, abstract=[source]).status == "contradicted"


def test_weight_in_a_v_pair() -> None:
    claim = "Mean weight was 72.1 kg with the diet."
    source = "Mean weight was lower with the diet than with usual care (72.1 v 75.3 kg)."
    assert verify(claim, abstract=[source]).status == "supported"


# 4. a period from the start is no time point


@pytest.mark.parametrize("text,low,high,unit", [
    ("the first two weeks after birth", 0.0, 2.0, "week"),
    ("the first 3 months of treatment", 0.0, 3.0, "month"),
    ("for the first four postoperative months", 0.0, 4.0, "month"),
    ("出生后头两周", 0.0, 2.0, "week"),
    ("产后前3个月", 0.0, 3.0, "month"),
    ("最初十天", 0.0, 10.0, "day"),
    ("during days 0 to 13", 0.0, 13.0, "day"),
    ("weeks 1 to 4", 1.0, 4.0, "week"),
])
def test_periods_from_the_start(text: str, low: float, high: float, unit: str) -> None:
    assert _one(text) == ("range", None, low, high, unit, None)


@pytest.mark.parametrize("text", ["术前2周", "at week 2", "days 14 to 120"])
def test_time_points_stay_time_points(text: str) -> None:
    assert extract_quantities(text)[0].kind == "duration"


@pytest.mark.parametrize("claim,source,same", [
    ("the first two weeks", "days 0 to 13", True),
    ("头两周", "days 0 to 13", True),
    ("the first 4 weeks", "weeks 1 to 4", True),
    ("the first 14 days", "days 0 to 13", True),
    ("前3个月", "the first three months", True),
    ("the first two weeks", "days 0 to 20", False),
    ("the first two weeks", "days 14", False),
])
def test_periods_compared_in_days(claim: str, source: str, same: bool) -> None:
    assert value_match(extract_quantities(claim)[0], extract_quantities(source)[0]) is same


_JAUNDICE = ("The odds ratio for neonatal jaundice with formula feeding during days 0 to 13 after "
             "birth was 2.41 (1.50 to 3.87) and during days 14 to 28 was 1.12 (0.70 to 1.79).")


def test_the_first_weeks_are_not_the_later_window() -> None:
    claim = ("Formula feeding in the first two weeks after birth raised the odds of neonatal "
             "jaundice (odds ratio 2.41).")
    assert verify(claim, abstract=[_JAUNDICE]).status == "supported"


def test_the_later_windows_figure_is_not_supported_for_the_first_weeks() -> None:
    claim = ("Formula feeding in the first two weeks after birth raised the odds of neonatal "
             "jaundice (odds ratio 1.12).")
    assert verify(claim, abstract=[_JAUNDICE]).status != "supported"


def test_a_period_binds_its_figures() -> None:
    # the first two weeks are days 0 to 13: the odds ratio of that window, not of the later one
    claim = ("Formula feeding in the first two weeks after birth raised the odds of neonatal "
             "jaundice (odds ratio 1.12).")
    assert verify(claim, abstract=[_JAUNDICE]).status == "contradicted"


_RELAPSE = ("The hazard ratio for relapse with maintenance therapy was 0.62 (0.45 to 0.85) for "
            "months 0 to 3 and 0.95 (0.70 to 1.29) for months 4 to 12.")


@pytest.mark.parametrize("claim", [
    "In the first three months, maintenance therapy lowered the hazard of relapse (hazard ratio "
    "0.62).",
    "维持治疗头三个月的复发风险比为0.62。",
])
def test_the_first_months_are_months_0_to_3(claim: str) -> None:
    assert verify(claim, abstract=[_RELAPSE]).status == "supported"


def test_the_later_windows_ratio_is_not_the_first_months() -> None:
    claim = ("In the first three months, maintenance therapy lowered the hazard of relapse "
             "(hazard ratio 0.95).")
    assert verify(claim, abstract=[_RELAPSE]).status != "supported"


def test_a_period_is_shown_as_one() -> None:
    from claimcheck.evidence.analysis import analyse
    from claimcheck.evidence.glossary import load_glossary
    from claimcheck.evidence.judge import _time_of

    [_, ratio] = analyse("During days 0 to 13, the odds ratio was 2.41 (1.50 to 3.87).",
                         load_glossary()).quantities
    assert ratio.times == frozenset({-13}) and _time_of(ratio) == "days 0 to 13"
