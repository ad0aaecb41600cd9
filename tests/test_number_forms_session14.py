"""Number forms found by bench/invariance.py (session 14): the same claim in another spelling
keeps its status, and an interval printed wrong is another value."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence.quantities import extract_quantities

STATIN = ["Among 4,120 adults followed for five years, statin use was associated with a lower "
          "risk of dementia (hazard ratio 0.71; 95% confidence interval, 0.58 to 0.87).",
          "Overall, 62% of the participants were women."]


def _status(claim: str, abstract: list[str] = STATIN) -> str:
    return claimcheck.verify(claim, abstract=abstract).status


@pytest.mark.parametrize("claim", [
    "Statin use was associated with a lower risk of dementia (hazard ratio 0.71, 95 percent CI "
    "0.58 to 0.87).",
    "Statin use was associated with a lower risk of dementia (hazard ratio 0.71, 95 per cent "
    "confidence interval 0.58 to 0.87).",
    "Statin use was associated with a lower risk of dementia (hazard ratio 0.71, 95% CI 0.58 to "
    "0.87).",
])
def test_interval_level_in_any_spelling(claim: str) -> None:
    assert _status(claim) == "supported"


def test_interval_level_in_chinese_words() -> None:
    [ratio] = [q for q in extract_quantities("风险比为0.71（百分之九十五置信区间0.58～0.87）")
               if q.kind == "ratio"]
    assert (ratio.value, ratio.low, ratio.high) == (0.71, 0.58, 0.87)


def test_wrong_interval_bound_is_not_supported() -> None:
    claim = ("Statin use was associated with a lower risk of dementia (hazard ratio 0.71, 95% CI "
             "0.58 to 0.97).")
    assert _status(claim) == "contradicted"


def test_a_bound_word_is_no_interval() -> None:
    """"两倍多" spans 2 to 3 but is a bound, not an interval to compare with 1.17-4.32."""
    abstract = ["Female sex was linked to death (odds ratio 2.25; 95% CI, 1.17-4.32)."]
    assert _status("女性死亡的几率是男性的两倍多（比值比2.25）。", abstract) != "contradicted"


def test_percent_spelt_out_after_digits() -> None:
    assert _status("Some 62 percent of the participants were women.") == "supported"


def test_percent_range_spelt_out() -> None:
    ranges = [q for q in extract_quantities("30 percent to 40 percent of them dropped out")
              if q.kind == "range"]
    assert [(r.low, r.high, r.unit) for r in ranges] == [(30.0, 40.0, "%")]


def test_percentage_points_are_not_percent() -> None:
    [q] = extract_quantities("fell by 4 percentage points")
    assert q.unit == "percentage points"


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("评分平均提高了二十四分", 24.0, "points"),
    ("绝对风险降低了十一个百分点", 11.0, "percentage points"),
    ("共检测了三千二百个位点", 3200.0, None),
])
def test_chinese_numerals_before_points_and_classifier(text: str, value: float,
                                                       unit: str | None) -> None:
    [q] = extract_quantities(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text", ["这一点十分重要", "一个研究发现", "这两个基因", "三个中心参与"])
def test_chinese_numeral_words_that_are_no_figures(text: str) -> None:
    assert extract_quantities(text) == []
