"""Numbers and contradiction, session 10 (issue 10): number forms that are no figure of a
finding (a quantile's group, 一年龄段, 前一天), ranges and bounds said in words, ages with
their unit unsaid, a ratio named per its step, a percentage with its SD before the sign, an
unnamed ratio beside "more likely", and lists whose members share one noun or whose rates are
named once. Topics of our own: walking and hip fracture, salt and stroke, night shifts and
migraine, statins and cataract, air pollution and asthma."""

from __future__ import annotations

import pytest

from claimcheck import verify
from claimcheck.evidence.match import value_match
from claimcheck.evidence.quantities import extract_quantities


def _kinds(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(q.kind, q.value if q.value is not None else q.low, q.unit, q.qualifier)
            for q in extract_quantities(text)]


# 1. words that hold a number and are no figure


@pytest.mark.parametrize("text", [
    "与盐摄入量最低的五分之一人群相比",   # the bottom fifth: a quantile's group
    "步行量最高的三分之一老人",           # the top third
    "这一年龄段男性的骨折率",             # 一年 of 一年龄段 ("this age group")
    "该年级学生中一年级最多",             # nothing before 年级 is a duration either
    "护士在夜班前一天和当天记录头痛",     # the day before: a time point, no duration
])
def test_no_duration_or_share_is_read(text: str) -> None:
    assert not any(kind in ("percent", "duration") for kind, *_ in _kinds(text))


def test_a_fraction_that_is_a_share_is_still_read() -> None:
    assert _kinds("约五分之一的老人在一年内跌倒")[0][:2] == ("percent", 20.0)
    assert ("duration", 1.0, "year", None) in _kinds("随访一年后，步行组骨折更少")
    assert ("duration", 1.0, "week", None) in _kinds("术前一周停用他汀")


# 2. ranges and bounds in words


def test_tenths_with_a_range_are_a_range_of_percentages() -> None:
    [q] = extract_quantities("哮喘儿童中的比例在四到六成之间")
    assert (q.kind, q.low, q.high, q.unit) == ("range", 40.0, 60.0, "%")
    [source] = extract_quantities("ranged between 40% and 60% across the cities")
    assert value_match(q, source)


def test_an_age_range_with_through() -> None:
    [_, q] = extract_quantities("1200 children aged 6 through 12 years took part")
    assert (q.kind, q.low, q.high, q.unit) == ("range", 6.0, 12.0, "year")


@pytest.mark.parametrize("text,value,unit,qualifier", [
    ("children who watched 5 or more hours of television", 5.0, "hour", "at_least"),
    ("two or fewer days of rescue inhaler use", 2.0, "day", "up_to"),
])
def test_a_bound_between_number_and_unit(text: str, value: float, unit: str,
                                         qualifier: str) -> None:
    assert ("duration", value, unit, qualifier) in _kinds(text)


# 3. ages with their unit unsaid


@pytest.mark.parametrize("text,value", [
    ("From the age of 50, walkers had fewer hip fractures", 50.0),
    ("women aged 65, and their daughters", 65.0),
    ("at age 40 years", 40.0),
])
def test_an_age_is_a_duration_in_years(text: str, value: float) -> None:
    assert ("duration", value, "year", None) in _kinds(text)


def test_an_age_with_its_bound_or_range_is_left_to_those_readings() -> None:
    assert ("duration", 65.0, "year", "at_least") in _kinds("people aged 65 or older")
    assert _kinds("adults aged 40 to 59 years")[0][0] == "range"
    assert ("duration", 65.0, "year", None) in _kinds("aged 65")
    assert ("duration", 6.0, "year", None) not in _kinds("at age 65")


# 4. units and ratios


def test_kg_per_square_metre_in_brackets_is_one_unit() -> None:
    assert _kinds("Each 5 kg/m(2) higher BMI") == [("dose", 5.0, "kg/m2", None)]


def test_a_ratio_named_per_its_step() -> None:
    [q] = extract_quantities("the hazard ratio per 10 g/d was 1.12")
    assert (q.kind, q.value, q.unit) == ("ratio", 1.12, "HR")


def test_a_percentage_with_its_sd_before_the_sign() -> None:
    [a, b] = extract_quantities("Sodium fell by 18·40 (sd 2·10) % and 9·75 (SD 1·30) %")
    assert (a.kind, a.value, a.sd, a.unit) == ("percent", 18.4, 2.1, "%")
    assert (b.kind, b.value) == ("percent", 9.75)


def test_an_unnamed_ratio_beside_more_likely() -> None:
    qs = extract_quantities("Night-shift nurses were more likely to report migraine than day "
                            "nurses (1.64, 95% CI 1.20 to 2.24)")
    assert [(q.kind, q.value, q.low, q.high) for q in qs] == [("ratio", 1.64, 1.2, 2.24)]


# 5. whole claims against their sources


_SHIFTS = ("Rotating night-shift work was associated with increased overall (adjusted hazard "
           "ratio 1.11, 95% CI 1.06 to 1.17) and cardiovascular mortality (adjusted hazard "
           "ratio 1.19, 95% CI 1.07 to 1.33).")


def test_a_member_named_with_the_noun_the_list_shares_contradicts() -> None:
    # "overall (…) and cardiovascular mortality (…)": the first item is overall mortality
    v = verify("Night-shift work was tied to a higher risk of death from any cause (adjusted "
               "HR 1.19) [1].", title="Night shifts and mortality", abstract=[_SHIFTS])
    assert v.status == "contradicted", v.rationale
    assert "1.11" in v.rationale


def test_the_member_whose_figure_it_is_stays_stated() -> None:
    v = verify("Night-shift work was tied to a higher risk of cardiovascular death (adjusted "
               "HR 1.19) [1].", title="Night shifts and mortality", abstract=[_SHIFTS])
    assert v.status == "supported", v.rationale


def test_a_claim_naming_no_member_is_not_contradicted_by_the_list() -> None:
    v = verify("Night-shift work was tied to a higher risk of death (adjusted HR 1.19) [1].",
               title="Night shifts and mortality", abstract=[_SHIFTS])
    assert v.status != "contradicted", v.rationale


def test_a_multiple_and_its_ratio_are_one_result() -> None:
    v = verify("Night-shift work was tied to almost twice the risk of death from any cause "
               "(adjusted HR 1.89) [1].", title="Night shifts and mortality",
               abstract=[_SHIFTS.replace("1.19", "1.89").replace("1.33", "2.41")])
    assert v.status == "contradicted", v.rationale


_POLLUTION = ("The asthma admission rates per 100,000 children associated with high nitrogen "
              "dioxide (41.2) and high ozone (27.5) days were higher than on clean-air days.")


def test_a_rate_given_to_another_member_of_a_list_of_bare_numbers() -> None:
    v = verify("高臭氧日儿童哮喘住院率为每十万人41.2例[1]。", title="Air pollution and asthma",
               abstract=[_POLLUTION])
    assert v.status == "contradicted", v.rationale
    assert "27.5" in v.rationale


def test_a_rate_read_for_its_own_member() -> None:
    v = verify("High ozone days brought 27.5 asthma admissions per 100,000 children [1].",
               title="Air pollution and asthma", abstract=[_POLLUTION])
    assert v.status == "supported", v.rationale


def test_the_age_of_a_lifetime_risk_is_found() -> None:
    source = ("Women who walked daily had a lifetime risk of hip fracture at 50 years of age "
              "of 12.4% (95% CI 11.8-13.0) compared with 17.9% for inactive women.")
    v = verify("From the age of 50, women who walked daily had a lifetime risk of hip fracture "
               "of about 12%, against 17.9% for inactive women [1].",
               title="Walking and hip fracture", abstract=[source])
    assert v.status == "supported", v.rationale


# 6. a range of rates per population, in the forms the articles use


@pytest.mark.parametrize("text,low,high,unit", [
    ("varied between 4·1 and 7·9 per 1000 person-years", 4.1, 7.9, "per 1000"),
    ("at 4.1 to 7.9 cases per 1,000 person-years", 4.1, 7.9, "per 1000"),
    ("roughly 4 to 8 people in every 1,000 each year", 4.0, 8.0, "per 1000"),
])
def test_a_range_of_rates(text: str, low: float, high: float, unit: str) -> None:
    [q] = [q for q in extract_quantities(text) if q.kind == "rate"]
    assert (q.low, q.high, q.unit) == (low, high, unit)


def test_and_joins_a_range_only_after_between() -> None:
    qs = extract_quantities("rates of 5 and 10 per 1000")
    # two rates, not one range 5-10 (the first takes the second's unit since session 18)
    assert [(q.kind, q.value, q.unit) for q in qs] == [("rate", 5.0, "per 1000"),
                                                       ("rate", 10.0, "per 1000")]


def test_a_rounded_range_states_the_printed_one_and_not_another() -> None:
    [claim] = extract_quantities("roughly 4 to 8 people in every 1,000")
    [source] = extract_quantities("between 4·1 and 7·9 per 1000 person-years")
    [other] = extract_quantities("(2·0-3·1 per 1000 person-years)")
    assert value_match(claim, source)
    assert not value_match(claim, other)


def test_a_range_of_rates_given_to_the_other_criterion_is_contradicted() -> None:
    source = ("Asthma incidence by the clinical definition varied between 4·1 and 7·9 per 1000 "
              "person-years, higher than by the spirometric definition (2·0-3·1 per 1000 "
              "person-years).")
    v = verify("Incidence by the spirometric definition was 4.1 to 7.9 cases per 1,000 "
               "person-years [1].", title="Asthma incidence in adults", abstract=[source])
    assert v.status == "contradicted", v.rationale
    v = verify("By the clinical definition, roughly 4 to 8 people in every 1,000 developed "
               "asthma each year [1].", title="Asthma incidence in adults", abstract=[source])
    assert v.status == "supported", v.rationale


# 7. tenths with a half or a digit in a range, and 不等 (ranging), which denies nothing


def test_tenths_ranges_with_halves_and_digits() -> None:
    [a] = extract_quantities("两成半到四成的老人")
    assert (a.kind, a.low, a.high, a.qualifier) == ("range", 25.0, 40.0, "about")
    [b] = extract_quantities("比例在六成二到七成八之间")
    assert (b.kind, b.low, b.high, b.decimals) == ("range", 62.0, 78.0, 0)
    [c] = extract_quantities("约有三成半的人")
    assert (c.kind, c.value) == ("percent", 35.0)
    assert extract_quantities("饮食习惯一成不变") == []


def test_a_range_across_places_with_budeng_is_no_denial() -> None:
    source = ("Between 21.4% (Chile) and 63.8% (Kenya) of stroke patients ate more than 10 g "
              "of salt a day.")
    v = verify("每天吃盐超过10克的卒中患者比例从智利的21.4%到肯尼亚的约六成不等[1]。",
               title="Salt intake after stroke", abstract=[source])
    assert v.status == "supported", v.rationale
    assert "约六成" in v.rationale  # (it was no figure: 成不 read as 一成不变)
    [q] = [q for q in extract_quantities("到肯尼亚的约六成不等") if q.kind == "percent"]
    assert q.value == 60.0


# 8. no contradiction from a figure beside the claim's own dose, or from another n of its N


def test_an_n_of_n_printed_elsewhere_is_no_contradiction() -> None:
    # the claim's words differ from both sentences': its 12 of 66 is found by value only,
    # and the 58 of 66 beside "email addresses" is another count, not another value of it
    source = ["Investigators' email addresses were identified for 88% (58/66) of unpublished "
              "studies.", "Only 18% (12/66) replies were received."]
    v = verify("Only 12 of the 66 investigators of unpublished studies answered emails [1].",
               title="Why trials go unpublished", abstract=source)
    assert v.status != "contradicted", v.rationale
    v = verify("Only 20 of the 66 investigators of unpublished studies answered emails [1].",
               title="Why trials go unpublished", abstract=source)
    assert v.status != "supported", v.rationale


def test_a_range_with_a_misread_bound_still_matches_to_the_digit() -> None:
    [claim] = extract_quantities("15~30毫克多")
    [source] = extract_quantities("15-30 mg")
    assert value_match(claim, source)


def test_a_dose_listed_beside_another_drugs_dose_is_no_contradiction() -> None:
    from claimcheck.evidence.analysis import analyse
    from claimcheck.evidence.glossary import load_glossary
    from claimcheck.evidence.judge import Finding, _dose_listed

    g = load_glossary()
    claim = next(q for q in analyse("服用40～80毫克去甲替林氧化物", g).quantities)
    sentence = analyse("40-80 mg nortriptylinoxide was compared with 25-50 mg nortriptyline", g)
    other = analyse("Patients took 25-50 mg nortriptyline", g)
    own, another = sentence.quantities[0], sentence.quantities[1]
    finding = Finding(claim)
    finding.mismatched.append((None, sentence, another))
    finding.elsewhere.append((None, sentence, own))
    assert _dose_listed(finding)  # the claim's own dose is in that sentence
    alone = Finding(claim)
    alone.mismatched.append((None, other, other.quantities[0]))
    alone.elsewhere.append((None, sentence, own))
    assert not _dose_listed(alone)  # another sentence's other dose still contradicts
