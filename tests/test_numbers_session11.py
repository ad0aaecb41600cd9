"""Numbers, session 11: number forms the parser did not read, so a figure the source states
was "not found": a range whose scale word or percent sign is printed once, money in thousands
("US$58k"), a difference in percentage points against an absolute risk reduction, an opening
"Over N person-years," (a span, not a bound), men and women counted as "62M and 75F", the
abbreviations "mo", "wk", "d" and "biweekly", rates per 100 person-years, and a frequency
("3 d/wk", 每周三天) that is no time point. Topics of our own: malaria, knee surgery,
vaccination, rowing, statins and dialysis."""

from __future__ import annotations

import pytest

from claimcheck import verify
from claimcheck.evidence.match import value_match
from claimcheck.evidence.quantities import extract_quantities
from claimcheck.models import Quantity


def _one(text: str) -> Quantity:
    found = extract_quantities(text)
    assert len(found) == 1, found
    return found[0]


def _read(text: str) -> list[tuple[str, float | None, float | None, str | None, str | None]]:
    return [(q.kind, q.value if q.value is not None else q.low, q.high, q.unit, q.qualifier)
            for q in extract_quantities(text)]


# 1. ranges whose scale or percent is printed once


@pytest.mark.parametrize("text", ["malaria kills 40-60 million children", "between 40 and 60 million"])
def test_a_range_shares_its_scale_word(text: str) -> None:
    q = _one(text)
    assert (q.kind, q.low, q.high) == ("range", 40e6, 60e6)


def test_a_range_whose_low_would_pass_its_high_keeps_it() -> None:
    q = _one("range 900-2 million")
    assert (q.low, q.high) == (900.0, 2e6)


def test_a_chinese_range_with_its_scale_twice() -> None:
    claim = _one("每年导致4000万到6000万名儿童死亡")
    assert value_match(claim, _one("kills 40-60 million children"))
    assert not value_match(claim, _one("kills 40-70 million children"))


def test_chinese_percentages_in_words_make_a_range() -> None:
    q = _one("各医院的感染率从百分之二点五到百分之四十不等")
    assert (q.kind, q.low, q.high, q.unit) == ("range", 2.5, 40.0, "%")
    assert value_match(q, _one("infection rates ranged (from 2.5 to 40%)"))
    assert not value_match(q, _one("infection rates ranged (from 2.5 to 45%)"))


def test_a_falling_chinese_pair_is_no_range() -> None:
    assert all(q.kind == "percent" for q in extract_quantities("从百分之四十降到百分之二十"))


@pytest.mark.parametrize(("claim", "source", "expected"), [
    ("Malaria kills between 40 and 60 million children a year [1].",
     "Malaria kills 40-60 million children a year.", "supported"),
    ("Malaria kills 40-60 million children a year [1].",
     "Malaria kills between 40 and 60 million children a year.", "supported"),
    ("Malaria kills between 40 and 70 million children a year [1].",
     "Malaria kills 40-60 million children a year.", "contradicted"),
])
def test_ranges_against_the_source(claim: str, source: str, expected: str) -> None:
    assert verify(claim, abstract=source).status == expected


# 2. money in thousands


def test_money_in_thousands() -> None:
    q = _one("the cost per quality-adjusted life year was US$58k")
    assert (q.kind, q.value) == ("number", 58_000.0)
    assert value_match(_one("$58,000"), q)
    assert not value_match(_one("$85,000"), q)
    assert extract_quantities("a 58k genome") == []  # no currency sign: not money


def test_money_in_thousands_against_the_source() -> None:
    source = "The mean cost of one knee replacement was US$21k in private hospitals."
    assert verify("One knee replacement cost about $21,000 in private hospitals [1].",
                  abstract=source).status == "supported"
    assert verify("One knee replacement cost about $31,000 in private hospitals [1].",
                  abstract=source).status != "supported"


# 3. a difference in percentage points and an absolute risk reduction


@pytest.mark.parametrize("text", ["(ARR, 8.2%; 95% CI, 3.1%-13.0%)",
                                  "an absolute risk reduction of 8.2%",
                                  "risk difference 8.2%", "绝对风险降低8.2%"])
def test_an_absolute_difference_is_in_points(text: str) -> None:
    q = extract_quantities(text)[0]
    assert (q.kind, q.value, q.unit) == ("percent", 8.2, "percentage points")


def test_points_state_an_absolute_difference() -> None:
    arr = extract_quantities("vaccination reduced the risk of influenza (ARR, 8.2%)")[0]
    assert value_match(_one("绝对风险约降低8个百分点"), arr)
    assert value_match(_one("an 8.2 percentage point reduction"), arr)
    assert not value_match(_one("降低12个百分点"), arr)
    # a plain share is no difference in points
    assert not value_match(_one("降低8个百分点"), _one("8.2% of the children"))


# 4. "Over N person-years," opens a span


def test_an_opening_over_is_a_span() -> None:
    assert _read("Over 2.3 million person-years of follow-up, 5120 fractures occurred")[0] == \
        ("count", 2.3e6, None, "person-years", None)
    assert _read("Over 5 years, 80 rowers were injured")[0] == ("duration", 5.0, None, "year",
                                                               None)


@pytest.mark.parametrize("text", ["followed for over 5 years", "followed for over 5 years, and",
                                  "They recorded over 2.3 million person-years"])
def test_over_elsewhere_is_a_bound(text: str) -> None:
    assert extract_quantities(text)[0].qualifier == "more_than"


# 5. men and women counted with M and F


def test_men_and_women_with_letters() -> None:
    assert [(k, v, u) for k, v, _, u, _ in _read("120 patients (62M and 75F) with gout")][1:] \
        == [("count", 62.0, "persons"), ("count", 75.0, "persons")]
    assert [(k, v) for k, v, *_ in _read("(40 F, 35 M)")] == [("count", 40.0), ("count", 35.0)]


@pytest.mark.parametrize("text", ["in 8 M urea and 2 M thiourea", "a 5 M solution",
                                  "grade 2 F"])
def test_a_letter_alone_or_twice_counts_no_one(text: str) -> None:
    assert all(q.kind != "count" for q in extract_quantities(text))


def test_men_and_women_against_the_source() -> None:
    source = "In 137 patients with gout (62M and 75F with a mean age of 58 years) urate fell."
    verdict = verify("研究纳入137名痛风患者，其中男性62人、女性75人[1]。", abstract=source)
    assert verdict.status in ("supported", "partially_supported")
    assert {"62人", "75人"} <= set(verdict.evidence[0].matched)
    other = verify("研究纳入137名痛风患者，其中男性75人、女性62人[1]。", abstract=source)
    assert other.status != "supported"


# 6. abbreviated units, biweekly, rates per 100 person-years


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("The programme lasted 6 mo.", 6.0, "month"), ("after 12 wk of rowing", 12.0, "week"),
    ("death within 28 d of admission", 28.0, "day"), ("biweekly counselling", 2.0, "week"),
    ("fortnightly visits", 2.0, "week"),
])
def test_abbreviated_durations(text: str, value: float, unit: str) -> None:
    q = _one(text)
    assert (q.kind, q.value, q.unit) == ("duration", value, unit)


@pytest.mark.parametrize("text", ["8 mol/L", "5 dogs", "3 months"])
def test_abbreviations_need_their_own_word(text: str) -> None:
    q = extract_quantities(text)[0]
    assert q.unit != "day" and (q.unit != "month" or text == "3 months")


def test_rates_per_person_time() -> None:
    q = extract_quantities("412 patients died (2.6/100 person years)")[1]
    assert (q.kind, q.value, q.unit) == ("rate", 2.6, "per 100")
    claim = _one("2.6 deaths occurred per 100 person-years")
    assert value_match(claim, q)
    assert not value_match(_one("3.6 deaths occurred per 100 person-years"), q)


def test_a_frequency_is_no_time_point() -> None:
    source = ("The programme lasted 6 mo. Rowing was offered 3 d/wk, and the target energy "
              "expenditure of each session was 300 kcal.")
    claim = "项目持续六个月，每周训练三天，每次目标能量消耗为300千卡[1]。"
    assert verify(claim, abstract=source).status == "supported"
    assert verify("项目持续六个月，每周训练三天，每次目标能量消耗为400千卡[1]。",
                  abstract=source).status != "supported"
    biweekly = verify("The programme lasted 6 months, with rowing offered every two weeks and "
                      "300 kcal a session [1].", abstract=source.replace("3 d/wk", "biweekly"))
    assert {"6 months", "two weeks", "300 kcal"} <= {m for e in biweekly.evidence
                                                     for m in e.matched}


# 7. a dash set off by spaces ends a clause


def test_a_negation_before_a_spaced_dash_is_not_the_figures() -> None:
    source = ("The dialysis protocols were not reported - wide variation in mortality among "
              "the trials (from 6 to 48%) suggests different patients.")
    assert verify("Mortality among the trials ranged from 6% to 48% [1].",
                  abstract=source).status == "supported"
