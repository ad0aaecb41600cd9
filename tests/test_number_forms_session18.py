"""Number forms read whole (session 18): a compound unit keeps all its "/…" parts, the first
mean ± SD of a vs-pair takes the unit printed after the second, a rate per month is a dose
as a "每月" claim states it, and a bare "N to M" span is a range unless it ends a change."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence.match import units_compatible
from claimcheck.evidence.quantities import extract_quantities


def test_a_compound_unit_keeps_every_part() -> None:
    units = [q.unit for q in extract_quantities("0.58 mm Hg/L/min/bursts/min at rest")]
    assert units == ["mmHg/L/min/bursts/min"]
    assert [q.unit for q in extract_quantities("given 5 mg/kg/day for a week")][0] == "mg/kg/d"


def test_the_first_mean_of_a_vs_pair_takes_the_second_unit() -> None:
    found = extract_quantities("(0.32±0.07 versus 0.58±0.16 mm Hg/L/min, P<0.001)")
    assert [(q.kind, q.unit) for q in found[:2]] == [("mean_sd", "mmHg/L/min")] * 2


def test_a_unitless_mean_beside_a_percentage_stays_unitless() -> None:
    found = extract_quantities("2.1±0.3 vs 45% of the cohort")
    assert found[0].unit is None


def test_figures_in_a_compound_unit_are_supported() -> None:
    source = ["Transduction was reduced in pregnant women relative to controls (0.32±0.07 "
              "versus 0.58±0.16 mm Hg/L/min/bursts/min, P<0.001)."]
    claim = ("Transduction was lower in pregnant women than in controls (0.32 vs 0.58 "
             "mm Hg/L/min/bursts/min, P<0.001).")
    assert claimcheck.verify(claim, abstract=source).status == "supported"


def test_a_different_compound_unit_is_no_match() -> None:
    source = ["Resistance was 0.58±0.16 mm Hg/L/min in controls."]
    claim = "Resistance was 0.58 mm Hg/bursts/min in controls."
    assert claimcheck.verify(claim, abstract=source).status != "supported"


@pytest.mark.parametrize(("text", "span"), [
    ("two protofilaments made of residues 306 to 378 of tau", (306.0, 378.0)),
    ("tumours of grades 2 to 4 were included", (2.0, 4.0)),
])
def test_a_bare_span_is_a_range(text: str, span: tuple[float, float]) -> None:
    ranges = [(q.low, q.high) for q in extract_quantities(text) if q.kind == "range"]
    assert ranges == [span]


@pytest.mark.parametrize("text", [
    "use rose from 285 per quarter in period 1 to 889 in period 2",
    "scores fell 10 to 3 in the treated arm",
    "registrations 1990 to 2000 in Denmark",
])
def test_no_range_where_the_figures_are_a_change_a_descent_or_years(text: str) -> None:
    assert not [q for q in extract_quantities(text) if q.kind == "range" and q.unit is None]


def test_a_bare_span_supports_the_hyphenated_one() -> None:
    source = ["Filament cores comprise residues 306-378 of tau protein."]
    claim = "The filament core is made of residues 306 to 378 of tau."
    assert claimcheck.verify(claim, abstract=source).status == "supported"


def test_a_monthly_loss_in_words_meets_a_rate_per_month() -> None:
    claim = extract_quantities("每月减轻约5公斤")[0]
    source = extract_quantities("at a rate of 4.98 kg/mo")[0]
    assert source.unit == "kg/mo"
    assert units_compatible(claim, source)
    assert not units_compatible(claim, extract_quantities("4.98 kg/m2")[0])


@pytest.mark.parametrize(("text", "value"), [
    ("Ninety two short adolescents took part", 92.0),
    ("In twenty two cases the graft failed", 22.0),
    ("forty five percent of them", 45.0),
])
def test_an_unhyphenated_compound_number_word_is_read_whole(text: str, value: float) -> None:
    assert extract_quantities(text)[0].value == value


def test_the_hundred_of_a_percentile_is_no_numeral() -> None:
    assert extract_quantities("身高低于第三百分位的青少年") == []
    assert [q.value for q in extract_quantities("三百名患者")] == [300.0]


def test_the_one_of_a_rate_per_case_is_no_count() -> None:
    assert extract_quantities("每避免一例感染所需的治疗人年数") == []
    assert [q.value for q in extract_quantities("仅一例患者死亡")] == [1.0]


@pytest.mark.parametrize(("text", "direction"), [
    ("身高低于第三百分位的青少年纳入研究。", 0),
    ("身高低于正常值的青少年纳入研究。", 0),
    ("children with height lower than the third centile were included.", 0),
    ("治疗后血压降低，低于对照组。", -1),
])
def test_a_comparative_bounding_a_threshold_states_no_change(text: str, direction: int) -> None:
    from claimcheck.evidence import load_glossary
    from claimcheck.evidence.analysis import analyse

    assert analyse(text, load_glossary(), claim=True).terms.direction == direction


@pytest.mark.parametrize("text", [
    "(adjusted odds ratio [AOR]: 2.21; confidence interval [CI]: 1.82-2.68)",
    "OR 2.21, 95% confidence interval 1.82 to 2.68, for daily classes",
])
def test_a_ratio_takes_its_interval_named_after_a_separator(text: str) -> None:
    found = extract_quantities(text)
    assert [(q.kind, q.value, q.low, q.high) for q in found] == [("ratio", 2.21, 1.82, 2.68)]


def test_an_interval_that_does_not_hold_the_ratio_stays_apart() -> None:
    found = extract_quantities("(OR 3.5; CI: 1.1-2.0)")
    assert found[0].low is None


@pytest.mark.parametrize(("text", "unit"), [
    ("a group of six rhesus macaques", "macaques"),
    ("All six animals in group 4 were protected", "animals"),
    ("12 dogs were studied", "dogs"),
])
def test_animals_of_a_study_are_counted(text: str, unit: str) -> None:
    assert (extract_quantities(text)[0].kind, extract_quantities(text)[0].unit) == ("count", unit)


@pytest.mark.parametrize(("text", "value"), [
    ("burst incidence rose by 6 bursts per 100 heartbeats", 6.0),
    ("43 bursts/100 heartbeats at baseline", 43.0),
    ("12 per 100 patients", 12.0),
])
def test_a_rate_per_hundred_of_a_named_thing(text: str, value: float) -> None:
    found = extract_quantities(text)
    assert [(q.kind, q.value, q.unit) for q in found] == [("rate", value, "per 100")]


@pytest.mark.parametrize("text", ["scored 15/100 in the test", "15/100 patients"])
def test_a_bare_score_out_of_a_hundred_is_no_rate(text: str) -> None:
    assert all(q.kind != "rate" for q in extract_quantities(text))


def test_means_per_hundred_of_a_pair_share_the_unit() -> None:
    found = extract_quantities("(+17±9 versus +6±11 bursts/100 hb, P=0.03)")
    assert [(q.kind, q.value, q.unit) for q in found[:2]] == [
        ("mean_sd", 17.0, "per 100"), ("mean_sd", 6.0, "per 100")]
    assert 100.0 not in [q.value for q in found]


_COMPARED_LATER = ["Peak activity was greater in pregnant than in nonpregnant women, whether "
                   "expressed as burst frequency (+17±13 versus +7±8 bursts/min, P=0.049) or "
                   "burst incidence (+17±9 versus +6±11 bursts/100 hb, P=0.03)."]


def test_figures_given_each_to_the_other_group_of_a_later_pair_are_contradicted() -> None:
    claim = ("At peak, burst incidence rose by 6 bursts per 100 heartbeats in the pregnant "
             "women and by 17 in the nonpregnant women.")
    verdict = claimcheck.verify(claim, abstract=_COMPARED_LATER)
    assert verdict.status == "contradicted"
    assert "each for the other group" in verdict.rationale


def test_figures_of_a_later_pair_in_their_own_order_are_not_contradicted() -> None:
    claim = ("At peak, burst incidence rose by 17 bursts per 100 heartbeats in the pregnant "
             "women and by 6 in the nonpregnant women.")
    assert claimcheck.verify(claim, abstract=_COMPARED_LATER).status == "supported"


def test_a_multiple_of_a_pair_whose_second_figure_is_bare() -> None:
    source = ["Single-unit activity was higher in normal pregnant than in nonpregnant women "
              "(38 vs. 19 impulses/100 beats)."]
    claim = "正常孕妇的单纤维放电约为未孕女性的两倍（每100次心跳38次对19次）。"
    assert claimcheck.verify(claim, abstract=source).status == "supported"
    wrong = "正常孕妇的单纤维放电约为未孕女性的三倍（每100次心跳38次对19次）。"
    assert claimcheck.verify(wrong, abstract=source).status != "supported"


def test_the_later_values_of_a_chinese_rate_keep_its_unit() -> None:
    found = extract_quantities("使用率从每10万人285例，升至第二阶段的889例，更达到1919例。")
    assert [(q.kind, q.unit) for q in found] == [("rate", "per 100000")] * 3
    apart = extract_quantities("发病率为每10万人12例，共有889例患者。")
    assert apart[1].kind == "count"


def test_a_vs_pair_of_rates_shares_the_unit() -> None:
    found = extract_quantities("(38 vs. 19 impulses/100 beats)")
    assert [(q.kind, q.unit) for q in found] == [("rate", "per 100")] * 2


@pytest.mark.parametrize(("text", "value"), [
    ("declined (P = .004), but", 0.004),
    ("(P<.001)", 0.001),
    ("P = .19).", 0.19),
    ("r = .45 between them", 0.45),
])
def test_a_statistic_without_its_leading_zero_is_a_decimal(text: str, value: float) -> None:
    assert [q.value for q in extract_quantities(text)] == [value]


def test_a_p_value_without_its_zero_is_no_whole_number_a_claim_could_meet() -> None:
    source = ["The combined outcome did not change (-1.3%/y, P = .19) over the period."]
    claim = "The combined outcome changed in 19 hospitals."
    assert claimcheck.verify(claim, abstract=source).status != "supported"


@pytest.mark.parametrize("text", ["最高也只有42%", "最高可达42%", "as high as 42%"])
def test_the_top_of_a_span_is_an_upper_bound(text: str) -> None:
    assert extract_quantities(text)[0].qualifier == "up_to"


def test_an_upper_bound_meets_the_top_of_a_source_span() -> None:
    source = ["The probability that elimination would be cost-saving over 50 years ranged "
              "from 0% to 42%, with only one site achieving cost-savings."]
    top = "五十年内，消除疟疾能省钱的概率最高也只有42%。"
    assert claimcheck.verify(top, abstract=source).status == "supported"
    wrong = "五十年内，消除疟疾能省钱的概率最高也只有52%。"
    assert claimcheck.verify(wrong, abstract=source).status != "supported"


_COMPARED_WITH = ["The increase in HR after atropine was lower in patients compared with control "
                  "subjects despite a similar basal HR (DeltaHR after atropine, 11+/-21% versus "
                  "62+/-17%; P<0.001)."]


def test_a_compared_with_pair_given_each_to_the_other_group_is_contradicted() -> None:
    claim = "After atropine, heart rate rose by 62% in the patients but by only 11% in the controls."
    assert claimcheck.verify(claim, abstract=_COMPARED_WITH).status == "contradicted"


def test_a_compared_with_pair_in_its_own_order_is_not_contradicted() -> None:
    claim = "After atropine, heart rate rose by 11% in the patients but by 62% in the controls."
    assert claimcheck.verify(claim, abstract=_COMPARED_WITH).status != "contradicted"


def test_a_percentage_meets_the_mean_of_a_percentage() -> None:
    from claimcheck.evidence.match import value_match

    claim = extract_quantities("an ejection fraction of 68%")[0]
    assert value_match(claim, extract_quantities("ejection fraction 68+/-9%")[0])
    assert not value_match(claim, extract_quantities("ejection fraction 61+/-9%")[0])
