"""Figures, session 6 (issue 10): ratio labels and layouts, numbers in words, bounds, units,
intervals. Examples on topics of our own (statins, vaccines, blood pressure, diet, yoga)."""

from __future__ import annotations

import pytest

from claimcheck import verify
from claimcheck.evidence.analysis import analyse, is_regimen, source_units
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.match import value_match
from claimcheck.evidence.quantities import extract_quantities
from claimcheck.evidence.significance import same_interval
from claimcheck.models import AbstractSection, Quantity, SourceRecord


def one(text: str) -> Quantity:
    found = extract_quantities(text)
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------ ratios and their CI


@pytest.mark.parametrize("text,unit", [
    ("风险比（HR）为0.81（95%置信区间0.70～0.94）", "HR"),
    ("危险比0.81，95% CI为0.70至0.94", "HR"),
    ("比值比(OR)=0.81，95%CI：0.70~0.94", "OR"),
    ("OR值为0.81（95%CI 0.70-0.94）", "OR"),
    ("优势比0.81（95%置信区间0.70～0.94）", "OR"),
    ("相对危险度(RR)0.81（95% CI 0.70-0.94）", "RR"),
    ("相对风险为0.81，95%置信区间0.70～0.94", "RR"),
    ("odds ratio [OR], 0.81; 95% CI, 0.70-0.94", "OR"),
    ("HR 0.81 [0.70-0.94]", "HR"),
    ("(OR 0.81, 0.70-0.94)", "OR"),
    ("relative risk, 0.81; 95% confidence interval [CI], 0.70-0.94; P = .01", "RR"),
])
def test_ratio_with_interval_in_every_label_and_layout(text: str, unit: str) -> None:
    ratios = [q for q in extract_quantities(text) if q.kind == "ratio"]
    assert len(ratios) == 1
    q = ratios[0]
    assert (q.value, q.low, q.high, q.unit) == (0.81, 0.70, 0.94, unit)


def test_a_claims_closing_bracket_is_not_part_of_its_ratio() -> None:
    q = one("Statin users had fewer strokes (hazard ratio 0.81; 95% CI, 0.70 to 0.94) [1].")
    assert q.text == "hazard ratio 0.81; 95% CI, 0.70 to 0.94"


def test_an_unlabelled_interval_must_hold_its_value() -> None:
    q = [x for x in extract_quantities("HR 1.5 (2.1-3.0)") if x.kind == "ratio"][0]
    assert q.low is None and q.high is None


def test_the_words_after_a_ratios_name_stay_what_it_measures() -> None:
    q = one("the adjusted hazard ratio for stroke in statin users was 0.81")
    assert q.text == "0.81" and q.unit == "HR"


@pytest.mark.parametrize("claim", [
    "服用他汀类药物的患者发生卒中的风险比为0.81（95%置信区间0.70～0.94）[1]。",
    "Statin users had a lower risk of stroke (hazard ratio 0.81; 95% CI, 0.70 to 0.94) [1].",
])
def test_a_ratio_with_its_interval_is_found_across_languages(claim: str) -> None:
    source = ("RESULTS Among 12,000 adults, the hazard ratio for stroke among statin users was "
              "0.81 (95% CI, 0.70-0.94) compared with non-users.")
    assert verify(claim, abstract=[source]).status == "supported"


def test_a_ratio_with_its_interval_in_another_group_is_not_found() -> None:
    source = "RESULTS In men, the hazard ratio for hip fracture with vitamin D was 0.74 (95% CI, 0.61-0.88)."
    claim = "Women taking vitamin D had a hazard ratio for hip fracture of 0.74 (95% CI, 0.61 to 0.88) [1]."
    assert verify(claim, abstract=[source]).status == "not_found"


def test_same_interval_needs_the_value_and_both_bounds() -> None:
    a = Quantity(text="", kind="ratio", value=0.81, low=0.70, high=0.94, unit="HR", decimals=2)
    assert same_interval(a, a.model_copy())
    assert not same_interval(a, a.model_copy(update={"high": 0.95}))
    assert not same_interval(a, a.model_copy(update={"low": None, "high": None}))
    assert not same_interval(a, a.model_copy(update={"unit": "OR"}))


def test_a_ratio_that_closes_its_sentence_compares_what_the_sentence_does() -> None:
    source = ("RESULTS 40 (3.1%) of 1290 vaccinated patients were admitted to hospital, compared "
              "with 61 (4.8%) of 1270 in the placebo group (adjusted odds ratio 0.85, 95% CI "
              "0.60-1.20).")
    claim = "The adjusted odds ratio for hospital admission with the vaccine was 0.58 [1]."
    verdict = verify(claim, abstract=[source])
    assert verdict.status == "contradicted"
    assert "0.85" in verdict.rationale


# ------------------------------------------------------------------ intervals of other figures


def test_a_bracketed_ci_is_the_figures_low_and_high() -> None:
    found = extract_quantities("The additional 1.4-point gain (95% confidence interval, 0.2 to "
                               "2.9) in the yoga group")
    assert [(q.value, q.low, q.high) for q in found] == [(1.4, 0.2, 2.9)]


def test_bounds_with_the_figures_unit_are_its_interval() -> None:
    found = extract_quantities("walnuts by 2.1 kg (1.5 kg to 2.8 kg), and almonds by 2.8 kg "
                               "(2.2 kg to 3.4 kg).")
    assert [(q.value, q.low, q.high) for q in found] == [(2.1, 1.5, 2.8), (2.8, 2.2, 3.4)]


def test_an_interval_after_a_unit_conversion_belongs_to_the_figure_before_it() -> None:
    found = extract_quantities("clearance rose from 51.2 mL/min (0.85 mL/s) (95% CI, 48.9-53.6 "
                               "mL/min) at baseline")
    assert [(q.value, q.unit, q.low) for q in found] == [(51.2, "mL/min", 48.9),
                                                         (0.85, "mL/s", None)]


@pytest.mark.parametrize("text", ["median 5 (range 1-12) years", "mean 5.2 (3-8)",
                                  "12 patients (10-14%)"])
def test_ranges_and_spreads_are_not_read_as_intervals(text: str) -> None:
    assert any(q.kind == "range" for q in extract_quantities(text))


def test_a_ci_bound_is_not_the_point_estimate() -> None:
    source = ("RESULTS The diet lowered systolic blood pressure by 4.1 mmHg (95% CI, 2.0 to 6.2 "
              "mmHg) compared with the usual diet.")
    verdict = verify("The diet lowered systolic blood pressure by 6.2 mmHg [1].", abstract=[source])
    assert verdict.status == "contradicted"
    assert verify("The diet lowered systolic blood pressure by 4.1 mmHg [1].",
                  abstract=[source]).status == "supported"
    bare = verify("The extra gain of 2.9 in the yoga group was statistically significant [1].",
                  abstract=["RESULTS The additional 1.4 gain (95% confidence interval, 0.2 to 2.9) "
                            "in the yoga group was statistically significant (P = .02)."])
    assert bare.status != "supported"
    assert "2.9 not found" in bare.rationale


# ------------------------------------------------------------------ numbers in words


@pytest.mark.parametrize("text,kind,value", [
    ("百分之三十的患者", "percent", 30.0),
    ("百分之十二点五", "percent", 12.5),
    ("百分之12.5", "percent", 12.5),
    ("三成患者", "percent", 30.0),
    ("Fifteen percent of patients", "percent", 15.0),
    ("twenty-five per cent", "percent", 25.0),
    ("two-thirds of the women", "percent", 66.6667),
    ("1千名患者", "count", 1000.0),
    ("2.5千例", "count", 2500.0),
    ("三倍", "ratio", 3.0),  # a multiple (session 7)
])
def test_numbers_in_words(text: str, kind: str, value: float) -> None:
    q = one(text)
    assert (q.kind, q.value) == (kind, value)


@pytest.mark.parametrize("text", ["成人", "一成不变", "五成熟", "5千克"])
def test_words_that_are_not_those_numbers(text: str) -> None:
    assert all(q.kind != "percent" and q.value not in (3.0, 5000.0)
               for q in extract_quantities(text))


def test_tenths_match_at_their_precision() -> None:
    assert value_match(one("三成"), one("28.6%"))
    assert not value_match(one("三成"), one("38%"))
    assert value_match(one("近两成"), one("18.5%"))


def test_a_share_in_words_is_about_that_share() -> None:
    assert value_match(one("about a third of"), one("31.9%"))
    assert not value_match(one("a third of"), one("45%"))


# ------------------------------------------------------------------ bounds and near-qualifiers


@pytest.mark.parametrize("text,qualifier", [
    ("不超过5%", "up_to"), ("no more than 5%", "up_to"), ("not more than 5 mg", "up_to"),
    ("不高于30%", "up_to"), ("at most 31 years", "up_to"), ("最长31年", "up_to"),
    ("30% or less", "up_to"), ("30%或以下", "up_to"),
    ("不低于30%", "at_least"), ("no less than 30%", "at_least"), ("不少于30%", "at_least"),
    ("some 900 patients", "about"), ("约900人", "about"), ("900人左右", "about"),
    ("近900例", "nearly"), ("nearly 900 patients", "nearly"), ("almost 900 cases", "nearly"),
    ("20余年", "more_than"), ("十多年", "more_than"), ("两个多月", "more_than"),
    ("1.1万余名", "more_than"), ("more than 11,000 men", "more_than"),
])
def test_qualifiers_read_alike_in_both_languages(text: str, qualifier: str) -> None:
    assert one(text).qualifier == qualifier


def test_a_negated_bound_is_the_other_bound() -> None:
    assert value_match(one("不超过5%"), one("4.2%"))
    assert not value_match(one("no more than 5%"), one("7.5%"))
    assert value_match(one("no less than 30%"), one("30%"))


@pytest.mark.parametrize("claim,source,found", [
    ("近900例", "864", True), ("nearly 900 patients", "864 patients", True),
    ("近900例", "790", False), ("约900人", "985 patients", True), ("about 900", "1,010", False),
])
def test_near_qualifiers_have_one_tolerance_in_both_languages(claim: str, source: str,
                                                              found: bool) -> None:
    assert value_match(one(claim), one(source)) is found


def test_a_duration_with_more_before_its_unit() -> None:
    q = one("随访20余年")
    assert (q.kind, q.value, q.unit) == ("duration", 20.0, "year")
    q = one("两个多月")
    assert (q.kind, q.value, q.unit) == ("duration", 2.0, "month")


# ------------------------------------------------------------------ units


@pytest.mark.parametrize("zh,en", [
    ("5.2毫摩尔/升", "5.2 mmol/L"), ("120毫米汞柱", "120 mmHg"), ("1.22毫克/分升", "1.22 mg/dL"),
    ("30公斤/平方米", "30 kg/m2"), ("500千卡", "500 kcal"), ("10厘米", "10 cm"),
    ("800国际单位", "800 IU"), ("107.8微摩尔/升", "107.8 micromol/L"), ("0.98毫升/秒", "0.98 mL/s"),
    ("44.8毫升/分钟", "44.8 mL/min"),
])
def test_units_alike_across_languages(zh: str, en: str) -> None:
    a, b = one(zh), one(en)
    assert a.unit == b.unit and a.kind == b.kind == "dose"
    assert value_match(a, b) and value_match(b, a)


def test_a_concentration_is_no_drugs_dose() -> None:
    assert not is_regimen(one("5.2 mmol/L"))
    assert is_regimen(one("5 mmol"))


def test_a_chinese_unit_may_be_followed_by_latin_text() -> None:
    q = one("每天服用含1000毫克DHA的胶囊")
    assert (q.kind, q.value, q.unit) == ("dose", 1000.0, "mg")
    assert one("5 mgX").kind == "number"


def test_the_rise_verb_is_no_litre() -> None:
    assert [q.kind for q in extract_quantities("从44.8升至52.9")] == ["number", "number"]


# ------------------------------------------------------------------ thresholds, n of N


def test_figures_joined_by_and_alone_share_the_words_after_them() -> None:
    g = load_glossary()
    a = analyse("Patients on the diet were more likely to reach 5% and 10% weight loss "
                "thresholds.", g)
    first, second = a.quantities
    assert first.context == second.context


def test_figures_with_words_of_their_own_are_still_two_statements() -> None:
    g = load_glossary()
    a = analyse("The rate of nausea was 12.5% and 4 patients (1.0%) developed pancreatitis.", g)
    assert a.quantities[0].context != a.quantities[-1].context


def test_n_of_a_chinese_group_matches_n_of_n() -> None:
    claim = [q for q in extract_quantities("疫苗组412名老人中有38名住院") if q.kind == "count"]
    assert len(claim) == 1 and claim[0].denominator == 412
    assert value_match(claim[0], one("38 of 412"))
    assert value_match(claim[0], one("38/412"))
    assert not value_match(claim[0], one("38/401"))


# ------------------------------------------------------------------ 余/多, points, risk change


@pytest.mark.parametrize("claim,source,found", [
    ("1.1万余名", "11,406 men", True), ("1.1万余名", "12,406 men", False),
    ("1.1万余名", "19,714", False),
    ("900多例", "934 cases", True), ("900多例", "1,200 cases", False),
    ("3年多", "3.5 years", True), ("3年多", "4 years", False),
    ("超过900例", "1,200 cases", True),
])
def test_an_odd_number_is_short_of_its_next_step(claim: str, source: str, found: bool) -> None:
    assert value_match(one(claim), one(source)) is found


def test_a_score_in_points_is_contradicted_by_another_score() -> None:
    source = ("RESULTS The additional 1.4-point gain (95% confidence interval, 0.2 to 2.9) in "
              "the yoga group was statistically significant (P = .02).")
    verdict = verify("The extra gain of 2.9 points in the yoga group was statistically "
                     "significant [1].", abstract=[source])
    assert verdict.status == "contradicted"
    assert one("评分降低了2.3分").unit == "points"
    assert one("5分钟").kind == "duration"


def test_a_lower_risk_is_confirmed_by_the_ratio_the_claim_gives() -> None:
    title = "Fruit consumption and risk of gout: results from three prospective cohort studies"
    source = ("RESULTS With mutual adjustment of individual fruits, the pooled hazard ratios of "
              "gout for every two servings/week were 0.81 (0.72 to 0.91) for cherries, 1.02 "
              "(0.95 to 1.10) for apples, and 1.12 (1.01 to 1.25) for pears.")
    lower = ("Cherries were linked to a lower risk of gout (hazard ratio 0.81; 95% CI, 0.72 to "
             "0.91) [1].")
    assert verify(lower, title=title, abstract=[source]).status == "supported"
    higher = verify(lower.replace("lower", "higher"), title=title, abstract=[source])
    assert higher.status == "partially_supported"
    assert "the same change not found" in higher.rationale


def test_chinese_enumeration_with_a_figure_and_words_on_each_side_is_two_statements() -> None:
    g = load_glossary()
    a = analyse("疫苗组有38人（9%）住院、安慰剂组有61人（15%）需要住院治疗", g, claim=True)
    first = next(q for q in a.quantities if q.quantity.value == 38)
    last = next(q for q in a.quantities if q.quantity.value == 61)
    assert first.context != last.context


def test_two_subjects_of_one_verb_share_its_words_and_keep_their_own() -> None:
    g = load_glossary()
    a = analyse("RESULTS 31 of the 52 cases (60%) and 40 of the 160 controls (25%) were "
                "seropositive for the virus.", g)
    cases, controls = a.quantities[0].context, a.quantities[-1].context
    assert "~virus" in cases & controls
    assert {"control", "control group"} & controls and not {"control", "control group"} & cases


def test_a_denominator_names_the_group_of_that_size() -> None:
    abstract = [
        "METHODS The vaccine group (n=412) received two doses; the placebo group (n=405) "
        "received saline.",
        "RESULTS Fewer older adults were admitted to hospital in the vaccine group (38/412 (9%) "
        "v 61/405 (15%); relative risk 0.61, 0.42 to 0.89).",
    ]
    claim = "疫苗组412名老人中有38名住院，安慰剂组405名中有61名[1]。"
    assert verify(claim, abstract=abstract).status == "supported"
    g = load_glossary()
    units = source_units(SourceRecord(pmid="", title="", abstract=[
        AbstractSection(text=t) for t in abstract]), None, g)
    placebo = next(q for u in units for q in u.quantities if q.quantity.denominator == 405)
    assert analyse("the placebo group", g).terms.key <= placebo.context


def test_a_size_two_groups_share_names_neither() -> None:
    g = load_glossary()
    abstract = ["METHODS The vaccine group (n=400) and the placebo group (n=400) were followed.",
                "RESULTS Admissions were 38/400 v 61/400."]
    units = source_units(SourceRecord(pmid="", title="", abstract=[
        AbstractSection(text=t) for t in abstract]), None, g)
    shares = [q for q in units[-1].quantities if q.quantity.kind == "fraction"]
    placebo = analyse("the placebo group", g).terms.key
    assert shares and not any(placebo <= q.context for q in shares)
