"""Figures, session 7 (issue 10): lists paired with figures by "respectively", multiples
("twice", "doubled", 三倍, "N times") against ratios. Examples on topics of our own (thyroid
screening, influenza vaccines, hearing aids, vitamin D, knee surgery)."""

from __future__ import annotations

import pytest

from claimcheck import verify
from claimcheck.evidence.analysis import QuantityInfo, Unit, analyse
from claimcheck.evidence.arms import pair_figures
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.match import comparable, value_match
from claimcheck.evidence.quantities import MULTIPLE, RELATIVE_DOWN, elliptical, extract_quantities
from claimcheck.models import Quantity

GLOSSARY = load_glossary()

SCREENING = [
    "We screened 900 adults for thyroid disease.",
    "Ultrasound had sensitivity and specificity of 91.2% and 70.5%, respectively, whereas "
    "palpation had sensitivity and specificity of 48.3% and 95.1%.",
]


def _context(sentence: str, value: float) -> frozenset[str]:
    return next(i.context for i in analyse(sentence, GLOSSARY).quantities
                if i.quantity.value == value)


# ------------------------------------------------------------------ respectively


def test_a_list_before_its_figures_pairs_them_in_order() -> None:
    sentence = "The vaccine had sensitivity and specificity of 81.0% and 64.0%, respectively."
    assert "~specif" not in _context(sentence, 81.0)
    assert "~specif" in _context(sentence, 64.0)


def test_groups_after_the_figures_pair_them_in_order() -> None:
    sentence = "Hearing scores were 41.5% and 30.2% in the implant and aid groups, respectively."
    assert "~aid" not in _context(sentence, 41.5)
    assert "~implant" not in _context(sentence, 30.2)


def test_a_list_of_three_pairs_item_by_item() -> None:
    # session 12 (evidence/lists.py): "A, B and C … x, y and z, respectively" gives each
    # figure its own item, no longer left alone
    sentence = "Rates of anaemia, gout and asthma were 62.0%, 41.0% and 18.0%, respectively."
    assert "~anemia" in _context(sentence, 62.0) and "~gout" not in _context(sentence, 62.0)
    assert "~gout" in _context(sentence, 41.0) and "~anemia" not in _context(sentence, 41.0)


def test_the_same_list_after_respectively_pairs_the_same_way() -> None:
    assert "~specif" not in _context(SCREENING[1], 48.3)
    assert "~specif" in _context(SCREENING[1], 95.1)


def test_a_measure_given_its_neighbours_value_is_contradicted() -> None:
    # 95.1% is palpation's specificity; its sensitivity is 48.3%
    verdict = verify("Palpation was very sensitive, with a sensitivity of 95.1% [1].",
                     title="Screening for thyroid nodules", abstract=SCREENING)
    assert verdict.status == "contradicted", verdict.rationale


def test_the_measure_with_its_own_value_is_found() -> None:
    verdict = verify("Palpation had a specificity of 95.1% [1].",
                     title="Screening for thyroid nodules", abstract=SCREENING)
    assert verdict.status in ("supported", "partially_supported"), verdict.rationale
    assert verdict.status != "contradicted"


def test_without_respectively_a_list_pairs_nothing() -> None:
    sentence = "Sensitivity and specificity were both above 80.0% and 90.0% in the cohort."
    assert "~specif" in _context(sentence, 80.0)


# ------------------------------------------------------------------ suspended units


def test_a_bare_number_joined_to_a_duration_takes_its_unit() -> None:
    found = extract_quantities("Knee pain was scored at 3 and 6 months after surgery.")
    assert [(q.kind, q.value, q.unit) for q in found] == [("duration", 3.0, "month"),
                                                         ("duration", 6.0, "month")]


def test_a_bare_number_before_a_dose_stays_bare() -> None:
    found = extract_quantities("Intake fell (0.29 vs 0.44 mg/kg).")
    assert found[0].kind == "number"


# ------------------------------------------------------------------ multiples


@pytest.mark.parametrize("text,value,qualifier", [
    ("Falls were twice as common in the vitamin D group", 2.0, None),
    ("the risk of falls doubled", 2.0, None),
    ("a threefold higher risk of falls", 3.0, None),
    ("four times the risk of a fall", 4.0, None),
    ("were 2.5 times more likely to fall", 2.5, None),
    ("a 1.8-fold increase in falls", 1.8, None),
    ("跌倒风险是对照组的三倍", 3.0, None),
    ("跌倒的几率是对照组的两倍多", 2.0, "more_than"),
    ("跌倒风险增加了一倍", 2.0, None),
    ("跌倒人数翻了一番", 2.0, None),
    ("more than twice as likely to fall", 2.0, "more_than"),
    ("almost four times the risk of falling", 4.0, "nearly"),
])
def test_a_multiple_is_a_ratio(text: str, value: float, qualifier: str | None) -> None:
    q = next(q for q in extract_quantities(text) if q.kind == "ratio")
    assert (q.value, q.unit, q.qualifier) == (value, MULTIPLE, qualifier)


@pytest.mark.parametrize("text", [
    "Take the tablets three times a day", "PSA doubling time was long", "三倍体小鼠",
    "double-blind trial", "跌倒风险是对照组的2.5倍",
])
def test_not_a_multiple(text: str) -> None:
    assert all(q.unit != MULTIPLE for q in extract_quantities(text))


def multiple(text: str) -> Quantity:
    return next(q for q in extract_quantities(text) if q.unit == MULTIPLE)


def test_a_multiple_matches_a_ratio_at_its_printed_precision() -> None:
    hr = next(q for q in extract_quantities("hazard ratio 2.22") if q.kind == "ratio")
    assert value_match(multiple("twice as likely"), hr)
    assert value_match(multiple("more than twice as likely"), hr)
    assert not value_match(multiple("three times more likely"), hr)
    assert comparable(multiple("three times more likely"), hr)
    low = next(q for q in extract_quantities("odds ratio 1.2") if q.kind == "ratio")
    assert not value_match(multiple("the odds doubled"), low)


KNEE = [
    "We randomised 640 adults with knee osteoarthritis to arthroscopic surgery or physiotherapy.",
    "Surgery was associated with a higher risk of deep vein thrombosis (hazard ratio 2.1, 95% "
    "CI 1.4 to 3.2) than physiotherapy.",
]


def test_twice_the_risk_is_found_in_a_ratio_of_two() -> None:
    verdict = verify("Knee surgery doubled the risk of deep vein thrombosis [1].",
                     title="Arthroscopic surgery for knee osteoarthritis", abstract=KNEE)
    assert verdict.status == "supported", verdict.rationale


def test_a_wrong_multiple_of_the_same_risk_is_contradicted() -> None:
    verdict = verify("Knee surgery made deep vein thrombosis four times more likely [1].",
                     title="Arthroscopic surgery for knee osteoarthritis", abstract=KNEE)
    assert verdict.status == "contradicted", verdict.rationale


def test_a_multiple_of_another_outcome_is_no_contradiction() -> None:
    verdict = verify("Knee surgery made infections four times more likely [1].",
                     title="Arthroscopic surgery for knee osteoarthritis", abstract=KNEE)
    assert verdict.status != "contradicted", verdict.rationale


def test_a_chinese_multiple_is_found_in_the_ratio() -> None:
    verdict = verify("膝关节手术使深静脉血栓的风险增加了一倍[1]。",
                     title="Arthroscopic surgery for knee osteoarthritis", abstract=KNEE)
    assert verdict.status in ("supported", "partially_supported"), verdict.rationale
    assert verdict.status != "contradicted"


# ------------------------------------------------------------------ a multiple of two figures

FALLS = ["We randomised 900 older adults to vitamin D or placebo.",
         "Falls occurred in 20.4% of the vitamin D group and in 10.1% of the placebo group "
         "(P = .01)."]


def test_a_multiple_is_found_in_two_percentages() -> None:
    verdict = verify("Falls were twice as common with vitamin D [1].",
                     title="Vitamin D and falls", abstract=FALLS)
    assert verdict.status == "supported", verdict.rationale


def test_a_chinese_multiple_is_found_in_two_percentages() -> None:
    verdict = verify("维生素D组的跌倒比例是安慰剂组的两倍[1]。", title="Vitamin D and falls",
                     abstract=FALLS)
    assert verdict.status == "supported", verdict.rationale


def test_another_multiple_of_two_percentages_is_contradicted() -> None:
    verdict = verify("Falls were four times as common with vitamin D [1].",
                     title="Vitamin D and falls", abstract=FALLS)
    assert verdict.status == "contradicted", verdict.rationale
    assert "20.4% vs 10.1%" in verdict.rationale


def test_a_multiple_of_another_outcome_is_not_read_from_them() -> None:
    verdict = verify("Fractures were four times as common with vitamin D [1].",
                     title="Vitamin D and falls", abstract=FALLS)
    assert verdict.status != "contradicted", verdict.rationale


def test_three_percentages_give_no_multiple() -> None:
    sentence = ("Falls occurred in 20.4%, 15.0% and 10.1% of the high-dose, low-dose and "
                "placebo groups.")
    unit = analyse(sentence, GLOSSARY)
    twice = QuantityInfo(multiple("twice as common"), frozenset({"~high"}), frozenset())
    assert pair_figures(Unit(sentence, None, "abstract", unit.terms, unit.quantities),
                        twice, GLOSSARY) == ()


def test_a_threshold_and_a_share_give_no_multiple() -> None:
    verdict = verify("Smokers were twice as likely to fall [1].", title="Vitamin D and falls",
                     abstract=["In the 132 smokers at high risk (>20%), 31% fell."])
    assert verdict.status != "supported", verdict.rationale


def test_a_ratio_between_is_neither_found_nor_contradicted() -> None:
    verdict = verify("Falls were twice as common with vitamin D [1].", title="Vitamin D and falls",
                     abstract=["Falls occurred in 15.5% of the vitamin D group and in 10.0% of "
                               "the placebo group."])
    assert verdict.status not in ("supported", "contradicted"), verdict.rationale


def test_a_stated_ratio_is_never_answered_by_two_percentages() -> None:
    verdict = verify("Vitamin D raised the risk of falls (hazard ratio 2.02) [1].",
                     title="Vitamin D and falls", abstract=FALLS)
    assert verdict.status != "supported", verdict.rationale


# ------------------------------------------------------------------ a pair said of two groups

EXERCISE = ["We randomised 800 older adults to balance training or usual care.",
            "Over two years there were 42 fractures in the training group vs 61 for usual care "
            "(rate ratio 0.69, 95% CI 0.47 to 1.02)."]


def test_the_second_figure_takes_the_first_ones_noun() -> None:
    infos = analyse("There were 42 fractures in the training group and 61 in the usual care "
                    "group.", GLOSSARY, claim=True).quantities
    assert infos[0].context & infos[1].context - {"~group"}


def test_a_count_left_to_its_neighbour_is_a_count() -> None:
    found = extract_quantities("448 people died in the training group and 436 in the control "
                               "group.")
    assert [(q.kind, q.unit) for q in found] == [("count", "people"), ("count", "people")]


def test_a_pair_as_the_source_gives_it_is_supported() -> None:
    verdict = verify("There were 42 fractures in the training group and 61 in the usual care "
                     "group [1].", title="Balance training and fractures", abstract=EXERCISE)
    assert verdict.status == "supported", verdict.rationale


def test_the_second_of_a_pair_given_wrong_is_contradicted() -> None:
    verdict = verify("There were 42 fractures in the training group and 75 in the usual care "
                     "group [1].", title="Balance training and fractures", abstract=EXERCISE)
    assert verdict.status == "contradicted", verdict.rationale
    assert "75" in verdict.rationale and "61" in verdict.rationale


def test_a_pair_on_swapped_groups_is_contradicted() -> None:
    for claim in ("There were 61 fractures in the training group and 42 in the usual care "
                  "group [1].",
                  "There were 42 fractures in the usual care group and 61 in the training "
                  "group [1]."):
        verdict = verify(claim, title="Balance training and fractures", abstract=EXERCISE)
        assert verdict.status == "contradicted", (claim, verdict.rationale)
        assert "each for the other group" in verdict.rationale


def test_a_pair_of_a_third_group_is_no_contradiction() -> None:
    verdict = verify("There were 42 fractures in the training group and 75 in the yoga group [1].",
                     title="Balance training and fractures", abstract=EXERCISE)
    assert verdict.status != "contradicted", verdict.rationale


def test_numbers_that_are_no_pair_stay_apart() -> None:
    found = extract_quantities("Of 120 patients, 30 died and 12 in 2010 were lost.")
    assert elliptical("Of 120 patients, 30 died and 12 in 2010 were lost.", found) == []


# ------------------------------------------------------------------ how claims write ratios


@pytest.mark.parametrize("text,value,low,high", [
    ("an odds ratio for hip fracture of 0.62, with a 95% confidence interval from 0.37 to "
     "1.04", 0.62, 0.37, 1.04),
    ("The hazard ratio was 1.5, with a 95% CI of 1.1 to 2.0", 1.5, 1.1, 2.0),
])
def test_a_ratio_with_its_interval_in_words(text: str, value: float, low: float,
                                            high: float) -> None:
    [q] = extract_quantities(text)
    assert (q.kind, q.value, q.low, q.high) == ("ratio", value, low, high)


def test_a_ratio_in_words_finds_the_bracketed_one() -> None:
    verdict = verify("Screening gave an odds ratio for hip fracture of 0.62, with a 95% "
                     "confidence interval from 0.37 to 1.04 [1].", title="Bone density screening",
                     abstract=["Screening yielded an adjusted OR for hip fracture of 0.62 "
                               "[95% CI, 0.37 to 1.04]."])
    assert verdict.status == "supported", verdict.rationale


# ------------------------------------------------------------------ durations listed as values


def test_a_duration_listed_with_a_percentage_is_no_time_point() -> None:
    sentence = ("Median survival and the 2-year survival rate were 9.5 months and 41.2% with "
                "chemotherapy and 7.0 months and 30.3% with best supportive care.")
    info = next(i for i in analyse(sentence, GLOSSARY).quantities if i.quantity.value == 30.3)
    assert not info.times
    verdict = verify("Two years on, about 30% of those given supportive care were alive [1].",
                     title="Chemotherapy in lung cancer", abstract=[sentence])
    assert verdict.status != "not_found", verdict.rationale


# ------------------------------------------------------------------ ranges with their unit


@pytest.mark.parametrize("text,low,high,unit", [
    ("babies born at 24 to 25 weeks' gestation", 24.0, 25.0, "week"),
    ("birth weights of 600 to 999 g", 600.0, 999.0, "g"),
    ("出生体重600至999克", 600.0, 999.0, "g"),
    ("doses of 5-10 mg daily", 5.0, 10.0, "mg"),
])
def test_a_range_keeps_its_unit(text: str, low: float, high: float, unit: str) -> None:
    [q] = [q for q in extract_quantities(text) if q.kind == "range"]
    assert (q.low, q.high, q.unit) == (low, high, unit)


def test_a_range_of_grams_is_no_other_value_of_a_range_of_weeks() -> None:
    verdict = verify("共有912名胎龄24至25周、出生体重600至999克的婴儿[1]。", title="Extremely preterm infants",
                     abstract=["In Ontario, 912 infants 24 to 25 weeks' gestational age with birth "
                               "weights of 600 to 999 g were liveborn."])
    assert verdict.status != "contradicted", verdict.rationale
    assert "600至999克" in verdict.rationale.split(";")[0]


def test_a_change_from_one_duration_to_another_is_no_range() -> None:
    assert all(q.kind != "range" for q in extract_quantities(
        "Median stay rose from 3 to 6 days."))


# ------------------------------------------------------------------ relative and absolute changes

HALVED = ["We randomised 900 older adults to vitamin D or placebo.",
          "Falls occurred in 10.1% of the vitamin D group and in 20.4% of the placebo group."]


def test_a_multiple_the_wrong_way_round_is_contradicted() -> None:
    verdict = verify("Falls were twice as common with vitamin D [1].",
                     title="Vitamin D and falls", abstract=HALVED)
    assert verdict.status == "contradicted", verdict.rationale


def test_a_relative_change_is_read_from_two_percentages() -> None:
    verdict = verify("Vitamin D cut the risk of falls by 50% [1].", title="Vitamin D and falls",
                     abstract=HALVED)
    assert verdict.status in ("supported", "partially_supported"), verdict.rationale
    assert "50%" in verdict.rationale.split(";")[0]


def test_a_relative_change_is_not_the_opposite_change() -> None:
    up, down = extract_quantities("a 30% higher risk"), extract_quantities("a 30% lower risk")
    assert not value_match(up[0], down[0])
    assert comparable(up[0], down[0])


def test_a_difference_in_percentage_points_is_read_from_two_percentages() -> None:
    verdict = verify("With vitamin D, falls fell by 10 percentage points [1].",
                     title="Vitamin D and falls", abstract=HALVED)
    assert verdict.status == "supported", verdict.rationale
    verdict = verify("With vitamin D, falls fell by 25 percentage points [1].",
                     title="Vitamin D and falls", abstract=HALVED)
    assert verdict.status == "contradicted", verdict.rationale


def test_risk_fell_by_is_a_relative_change() -> None:
    [q] = extract_quantities("the risk of falls fell by 30%")
    assert q.unit == RELATIVE_DOWN
    [q] = extract_quantities("跌倒发生率降低了3个百分点")
    assert (q.value, q.unit) == (3.0, "percentage points")


def test_which_group_is_the_claims_must_be_told() -> None:
    verdict = verify("Falls were twice as common [1].", title="Vitamin D and falls",
                     abstract=HALVED)
    assert verdict.status != "contradicted", verdict.rationale


# ------------------------------------------------------------------ Chinese lists of groups


def test_a_chinese_list_gives_each_group_its_own_figure() -> None:
    infos = analyse("其中男性412次、女性377次", GLOSSARY, claim=True).quantities
    assert "women" not in infos[0].context and "women" in infos[1].context
    verdict = verify("共记录了789次跌倒，其中男性412次、女性377次[1]。", title="Falls in care homes",
                     abstract=["We recorded 789 falls (412 in men and 377 in women)."])
    assert "412" in verdict.rationale.split(";")[0] and "377" in verdict.rationale.split(";")[0]


def test_a_chinese_list_with_he() -> None:
    infos = analyse("跌倒率在男性中为18%和女性中为34%", GLOSSARY, claim=True).quantities
    assert "women" not in infos[0].context and "women" in infos[1].context


@pytest.mark.parametrize("text,value,unit", [
    ("for four postoperative months", 4.0, "month"),  # "the first four …" is a period (s9)
    ("on 3 consecutive days", 3.0, "day"),
])
def test_a_duration_with_an_adjective(text: str, value: float, unit: str) -> None:
    [q] = extract_quantities(text)
    assert (q.kind, q.value, q.unit) == ("duration", value, unit)


@pytest.mark.parametrize("text,unit", [
    ("standardised mortality ratio 1.31, 95% CI 1.10 to 1.56", "SMR"),
    ("SMR 1.31 (95% CI 1.10-1.56)", "SMR"),
    ("a standardized incidence ratio of 1.31", "SIR"),
    ("标准化死亡比为1.31（95%置信区间1.10～1.56）", "SMR"),
])
def test_standardised_ratios_are_ratios(text: str, unit: str) -> None:
    [q] = extract_quantities(text)
    assert (q.kind, q.value, q.unit) == ("ratio", 1.31, unit)


def test_a_relative_change_is_not_stated_by_a_share_of_its_size() -> None:
    # 20.4% → 10.1% is 10 points, a relative fall of about 50%: "by 10%" is neither
    verdict = verify("Vitamin D cut the risk of falls by 10% [1].", title="Vitamin D and falls",
                     abstract=HALVED)
    assert verdict.status not in ("supported", "contradicted"), verdict.rationale
    verdict = verify("Vitamin D cut the risk of falls by 80% [1].", title="Vitamin D and falls",
                     abstract=HALVED)
    assert verdict.status == "contradicted", verdict.rationale


def test_a_value_with_the_ratios_interval_is_that_ratio() -> None:
    rr = next(q for q in extract_quantities("relative risk 1.48, 95% CI 1.12 to 1.96")
              if q.kind == "ratio")
    [same] = extract_quantities("风险是对照组的1.48倍（95%置信区间1.12～1.96）")
    [other] = extract_quantities("风险是对照组的1.48倍（95%置信区间1.02～1.96）")
    assert same.kind == "number" and value_match(same, rr)
    assert not value_match(other, rr)
