"""Number forms of popular and abstract writing (issue 10, the article probe's classes 5, 9, 10,
13 and 14), on topics of their own: ratios named once for a list or far from their value,
counts of a group ("412名患者中有37名"), numbers in words, daily doses, bounds on both sides,
ranges written out."""

from __future__ import annotations

import pytest

from claimcheck import verify
from claimcheck.evidence import extract_quantities
from claimcheck.evidence.match import comparable, number_equal, value_match
from claimcheck.models import Quantity


def _kinds(text: str) -> list[tuple[str, str, float | None, str | None]]:
    return [(q.kind, q.text, q.value, q.unit) for q in extract_quantities(text)]


def _ratios(text: str) -> list[tuple[float | None, float | None, float | None, str | None]]:
    return [(q.value, q.low, q.high, q.unit) for q in extract_quantities(text)
            if q.kind == "ratio"]


# --- class 5: ratios -------------------------------------------------------------------------

def test_a_list_of_ratios_named_once() -> None:
    text = ("Compared with non-users, odds ratios (95% CI) for daily users were 1.42 (1.10-1.83) "
            "for stroke, 0.91 (0.70 to 1.18) for myocardial infarction and 1.05 (0.88-1.25) "
            "for heart failure.")
    assert _ratios(text) == [(1.42, 1.10, 1.83, "OR"), (0.91, 0.70, 1.18, "OR"),
                             (1.05, 0.88, 1.25, "OR")]
    assert not any(q.value == 95 for q in extract_quantities(text))  # a confidence level


def test_ratios_in_parentheses_after_their_outcome() -> None:
    text = ("Vitamin D users had the lowest adjusted hazard ratios for hip fracture (0.64, 95% "
            "confidence interval 0.51 to 0.80) and wrist fracture (0.83, 0.70 to 0.98).")
    assert _ratios(text) == [(0.64, 0.51, 0.80, "HR"), (0.83, 0.70, 0.98, "HR")]


def test_a_ratio_far_from_its_name() -> None:
    with_ci = ("The adjusted odds ratio for asthma among children exposed to tobacco smoke at "
               "home was 1.85 (95% CI 1.20-2.90).")
    assert _ratios(with_ci) == [(1.85, 1.20, 2.90, "OR")]
    bare = "The relative risk of stroke in the aspirin group compared with placebo was 0.81."
    [q] = [q for q in extract_quantities(bare) if q.kind == "ratio"]
    assert (q.value, q.unit, q.text) == (0.81, "RR", "0.81")  # the words stay words


@pytest.mark.parametrize("text", [
    # another statistic named between the ratio and the value
    "The hazard ratio was 0.80 (0.70-0.91); the mean difference was 2.3 (1.1-3.5).",
    # the name in another sentence
    "Hazard ratios were estimated with Cox models. Mean scores were 5.1 (4.0-6.2).",
    # a value outside its own interval is no estimate with its CI
    "Odds ratios were computed for 12 (3-9) centres.",
])
def test_values_that_are_not_the_named_ratio(text: str) -> None:
    assert [v for v, *_ in _ratios(text)] in ([0.80], [])


def test_a_number_in_the_gap_is_not_the_ratio() -> None:
    assert _ratios("The risk ratio for those over 65 was 1.5.") == []


def test_chinese_ratios_with_an_adverb() -> None:
    assert _ratios("吸烟者发生卒中的比值比仅为1.30") == [(1.30, None, None, "OR")]
    assert _ratios("服药组的相对危险度约为0.75（95%置信区间0.60～0.94）") == [(0.75, 0.60, 0.94, "RR")]
    assert _ratios("相对风险降低了41%") == []


# --- class 9: counts of a group --------------------------------------------------------------

def test_n_of_a_group_in_chinese() -> None:
    quantities = extract_quantities("安慰剂组412名患者中有37名出现头痛，治疗组405人中仅有12人")
    assert [(q.kind, q.value, q.denominator) for q in quantities] == [
        ("count", 37, 412), ("count", 12, 405)]
    source = Quantity(text="37/412", kind="fraction", value=37, denominator=412)
    other = Quantity(text="37/405", kind="fraction", value=37, denominator=405)
    assert value_match(quantities[0], source)
    assert not value_match(quantities[0], other)
    assert value_match(quantities[0], Quantity(text="37", kind="number", value=37))


def test_fractions_of_other_groups_are_not_comparable() -> None:
    a = Quantity(text="52/338", kind="fraction", value=52, denominator=338)
    assert comparable(a, Quantity(text="43/338", kind="fraction", value=43, denominator=338))
    assert not comparable(a, Quantity(text="32/368", kind="fraction", value=32, denominator=368))


# --- class 10: numbers in words --------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Two hundred and fifty volunteers were enrolled", 250, "volunteers"),
    ("Three thousand nurses answered", 3000, "nurses"),
    ("Twelve placebo patients stopped early", 12, "patients"),
])
def test_counts_in_words(text: str, value: float, unit: str) -> None:
    [q] = [q for q in extract_quantities(text) if q.kind == "count"]
    assert (q.value, q.unit) == (value, unit)


def test_a_count_before_an_arm_word_keeps_the_word() -> None:
    [q] = extract_quantities("Twelve placebo patients stopped early")
    assert q.text == "Twelve"


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("followed for three and a half years", 3.5, "year"),
    ("within half an hour", 0.5, "hour"),
    ("after a year and a half", 1.5, "year"),
    ("随访两年半", 2.5, "year"),
    ("治疗三个半月后", 3.5, "month"),
    ("服药半年后", 0.5, "year"),
])
def test_halves(text: str, value: float, unit: str) -> None:
    [q] = extract_quantities(text)
    assert (q.kind, q.value, q.unit) == ("duration", value, unit)


def test_first_half_of_the_year_is_no_duration() -> None:
    assert extract_quantities("上半年") == []


def test_ranges_in_words() -> None:
    [q] = extract_quantities("people who drank two to three cups a day")
    assert (q.kind, q.low, q.high) == ("range", 2, 3)
    [q] = extract_quantities("trials lasting one to four years")
    assert (q.kind, q.low, q.high, q.unit) == ("range", 1, 4, "year")
    assert [q.kind for q in extract_quantities("每周锻炼三到四次")] == ["range"]
    assert extract_quantities("they moved from one to another") == []


def test_proportions_in_words_are_about_that_share() -> None:
    [nine] = extract_quantities("nine in ten adults")
    assert value_match(nine, Quantity(text="88.5%", kind="percent", value=88.5, decimals=1))
    assert not value_match(nine, Quantity(text="79%", kind="percent", value=79))
    [nearly] = extract_quantities("nearly nine in ten adults")
    assert value_match(nearly, Quantity(text="89.0%", kind="percent", value=89.0, decimals=1))
    assert not value_match(nearly, Quantity(text="91%", kind="percent", value=91))
    counted = Quantity(text="9/10", kind="fraction", value=9, denominator=10)
    assert not value_match(counted, Quantity(text="88.5%", kind="percent", value=88.5,
                                             decimals=1))


def test_at_least_half() -> None:
    [q] = extract_quantities("把饮酒量减少至少一半")
    assert (q.value, q.qualifier) == (50, "at_least")
    [q] = extract_quantities("cut by a minimum of 30%")
    assert (q.value, q.qualifier) == (30, "at_least")


# --- class 13: daily doses -------------------------------------------------------------------

@pytest.mark.parametrize("text", ["10 mg/d", "10 mg/day", "10毫克/天", "10毫克/日"])
def test_per_day_units_are_one_unit(text: str) -> None:
    [q] = [q for q in extract_quantities(text) if q.kind == "dose"]
    assert (q.value, q.unit) == (10, "mg/d")


@pytest.mark.parametrize("claim", ["每天服用10毫克阿托伐他汀", "每日10毫克", "atorvastatin 10 mg daily",
                                   "10 mg of atorvastatin every day"])
def test_a_daily_dose_is_that_dose(claim: str) -> None:
    [dose] = [q for q in extract_quantities(claim) if q.kind == "dose"]
    [daily] = extract_quantities("atorvastatin 10 mg/d")
    [other] = extract_quantities("atorvastatin 20 mg/d")
    [per_kg] = extract_quantities("10 mg/kg")
    assert value_match(dose, daily) and value_match(daily, dose)
    assert not value_match(dose, other) and comparable(dose, other)
    assert not value_match(dose, per_kg) and not comparable(dose, per_kg)


def test_units_with_chinese_denominators() -> None:
    assert [(q.value, q.unit) for q in extract_quantities("从44.8毫升/分钟升至52.9毫升/分钟")] == [
        (44.8, "mL/min"), (52.9, "mL/min")]
    assert [(q.value, q.unit) for q in extract_quantities("每千克体重10毫克")] == [(10, "mg")]
    assert [(q.value, q.unit) for q in extract_quantities("10毫克/千克")] == [(10, "mg/kg")]


def test_a_daily_dose_in_a_sentence() -> None:
    verdict = verify("每天服用10毫克阿托伐他汀的患者LDL胆固醇下降了37%[1]。",
                     title="Atorvastatin 10 mg/d in older adults: a randomised trial",
                     abstract=["LDL cholesterol fell by 37% with atorvastatin 10 mg/d."])
    assert verdict.status == "supported", verdict.rationale


# --- class 14: bounds and ranges -------------------------------------------------------------

@pytest.mark.parametrize(("claim", "source", "equal"), [
    (("more_than", 25), ("more_than", 25), True),
    (("more_than", 20), ("more_than", 25), True),   # over 25 is over 20
    (("more_than", 30), ("more_than", 25), False),  # over 25 need not be over 30
    (("at_least", 25), ("more_than", 25), True),
    (("more_than", 25), ("at_least", 25), False),
    (("less_than", 10), ("less_than", 10), True),
    (("up_to", 12), ("less_than", 10), False),  # implied, but 12 misquotes the bound 10
    (("up_to", 50), ("less_than", 35), True),   # a rounder bound the source's implies
    (("up_to", 49), ("up_to", 35), False),      # "49% or less" misstates "35% or less"
    (("less_than", 8), ("less_than", 10), False),
])
def test_bounds_on_both_sides(claim: tuple[str, float], source: tuple[str, float],
                              equal: bool) -> None:
    assert number_equal(claim[1], 0, source[1], 0, claim[0], source[0]) is equal


def test_over_a_number_on_both_sides() -> None:
    [claim] = extract_quantities("来自3.5万多名护士")
    [source] = extract_quantities("over 35,000 nurses")
    assert value_match(claim, source)


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("15% to 20% of smokers", 15, 20, "%"),
    ("between the ages of 40 and 75 years", 40, 75, "year"),
    ("adults aged 18 to 65", 18, 65, "year"),
])
def test_ranges_written_out(text: str, low: float, high: float, unit: str) -> None:
    [q] = extract_quantities(text)
    assert (q.kind, q.low, q.high, q.unit) == ("range", low, high, unit)


def test_a_change_is_not_a_range() -> None:
    assert [q.kind for q in extract_quantities("the share rose from 15% to 20%")] == [
        "percent", "percent"]


# --- end to end ------------------------------------------------------------------------------

_TITLE = "Regular aspirin use and cancer risk: a prospective cohort study"
_ABSTRACT = [
    "We followed 52,000 adults for a median of 10 years.",
    "Compared with non-users, hazard ratios (95% CI) for regular aspirin users were 0.78 "
    "(0.65-0.93) for colorectal cancer, 0.95 (0.80-1.12) for breast cancer and 1.02 "
    "(0.85-1.22) for prostate cancer.",
]


def test_a_ratio_from_a_list_supports_its_item() -> None:
    verdict = verify("Regular aspirin users had a hazard ratio of 0.78 for colorectal cancer [1].",
                     title=_TITLE, abstract=_ABSTRACT)
    assert verdict.status == "supported", verdict.rationale


def test_another_items_ratio_is_not_supported() -> None:
    verdict = verify("For prostate cancer, the hazard ratio was 0.78 [1].",
                     title=_TITLE, abstract=_ABSTRACT)
    assert verdict.status != "supported", verdict.rationale


def test_a_duration_in_words_is_found() -> None:
    verdict = verify("The adults were followed for a median of ten years [1].",
                     title=_TITLE, abstract=_ABSTRACT)
    assert verdict.status == "supported", verdict.rationale
