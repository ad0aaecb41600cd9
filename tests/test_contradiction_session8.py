"""Session 8: `contradicted` only on evidence, by class, each on topics of its own (diabetes
insulin, a Mediterranean diet, asthma inhalers, melatonin and sleep, iron and fatigue, statins,
vitamin D and falls): another measure's figure in the same sentence, no change said in other
words, hedges, and outcomes the source never names. Each class also keeps a true
contradiction of its kind."""

from __future__ import annotations

import pytest

from claimcheck import verify
from claimcheck.evidence.against import framing, hedge, states_no_change
from claimcheck.evidence.quantities import extract_quantities

DM_TITLE = "Once-weekly insulin in type 2 diabetes: a randomised trial"
DM = ["RESULTS At 26 weeks, HbA1c fell from 8.4% to 7.1% in the insulin group, and fasting "
      "glucose fell to 7.2 mmol/L.",
      "Hypoglycaemia occurred in 12% of patients in the insulin group and 9% of those given "
      "placebo."]
DIET_TITLE = "A Mediterranean diet and blood lipids: a randomised trial"
DIET = ["RESULTS With the diet, triglycerides fell by 8% and HDL cholesterol rose by 5% at 6 "
        "months.",
        "In the diet group, 14% of participants reported gastrointestinal symptoms and 6% "
        "stopped the diet."]
BP_TITLE = "Salt substitution and blood pressure in rural villages"
BP = ["RESULTS Systolic blood pressure fell by 5.2 mmHg (SD 9.8) in the salt substitute group, "
      "and diastolic pressure by 2.1 mmHg."]
SLEEP_TITLE = "Melatonin and sleep in shift workers: a crossover trial"
SLEEP = ["RESULTS Total sleep time did not change with melatonin (mean difference 4 minutes, "
         "P = 0.61).",
         "Daytime alertness scores were unchanged after melatonin.",
         "Melatonin may improve sleep quality in workers on night shifts."]
IRON_TITLE = "Iron supplementation and fatigue in menstruating women"
IRON = ["RESULTS Haemoglobin concentration was stable in the iron group at 12 weeks.",
        "Fatigue scores did not differ significantly between the iron and placebo groups.",
        "Serum ferritin stayed the same in the placebo group."]
ASTHMA_TITLE = "Inhaled budesonide and asthma exacerbations in schoolchildren"
ASTHMA = ["RESULTS Budesonide tended to reduce emergency visits, but the difference was not "
          "significant (P = 0.08).",
          "There was a trend toward fewer school absences with budesonide."]
STATIN_TITLE = "Statin therapy and myocardial infarction in adults over 75"
STATIN = ["RESULTS Statin therapy did not reduce the risk of myocardial infarction in adults "
          "over 75.",
          "Statin therapy was associated with a lower rate of hospital admission for angina "
          "(hazard ratio 0.82)."]
VITD_TITLE = "Vitamin D supplementation and falls in older women"
VITD = ["RESULTS Vitamin D supplementation did not significantly reduce the rate of falls (rate "
        "ratio 0.93, 95% CI 0.81 to 1.07)."]
SHIFT_TITLE = "Melatonin and sleep in night-shift workers"
SHIFT = ["RESULTS Melatonin improved sleep quality in workers on night shifts (P < 0.001)."]


def _status(claim: str, title: str, abstract: list[str]) -> str:
    return verify(claim, title=title, abstract=abstract).status


# ---------------------------------------------------------------- 1. another measure's figure


@pytest.mark.parametrize(("claim", "title", "abstract"), [
    ("胰岛素组的糖化血红蛋白下降了1.3%。", DM_TITLE, DM),  # a change against two levels
    ("Fasting glucose fell by 1.2 mmol/L in the insulin group.", DM_TITLE, DM),
    ("In the diet group, 9% of participants reported headache.", DIET_TITLE, DIET),
    ("饮食组中有9%的参与者出现头痛。", DIET_TITLE, DIET),
])
def test_another_measures_figure_is_no_other_value(claim: str, title: str,
                                                   abstract: list[str]) -> None:
    assert _status(claim, title, abstract) != "contradicted"


@pytest.mark.parametrize(("claim", "title", "abstract"), [
    ("In the diet group, 9% of participants reported gastrointestinal symptoms.", DIET_TITLE,
     DIET),
    ("饮食组中有9%的参与者出现胃肠道症状。", DIET_TITLE, DIET),
    ("Systolic blood pressure fell by 9.8 mmHg with the salt substitute.", BP_TITLE, BP),
])
def test_the_same_measure_with_another_value_is_still_contradicted(
        claim: str, title: str, abstract: list[str]) -> None:
    assert _status(claim, title, abstract) == "contradicted"


def test_a_figure_is_read_as_a_change_or_a_level() -> None:
    text = "HbA1c fell from 8.4% to 7.1%, a fall of 1.3%; 体重下降了2.1公斤，降至80公斤"
    found = {q.text: framing(text, q) for q in extract_quantities(text)}
    assert found["8.4%"] == "start" and found["7.1%"] == "end"
    assert found["1.3%"] == "change"
    assert [v for k, v in found.items() if k.startswith("2.1")] == ["change"]
    assert [v for k, v in found.items() if k.startswith("80")] == ["end"]


def test_where_a_change_started_is_no_other_value_of_where_it_ended() -> None:
    abstract = ["RESULTS Systolic blood pressure fell from 138 to 131 mmHg with the salt "
                "substitute."]
    assert _status("Systolic blood pressure fell from 138 mmHg with the salt substitute.",
                   BP_TITLE, abstract) != "contradicted"
    assert _status("收缩压从138毫米汞柱开始下降。", BP_TITLE, abstract) != "contradicted"
    assert _status("Systolic blood pressure fell to 134 mmHg with the salt substitute.",
                   BP_TITLE, abstract) == "contradicted"


# ---------------------------------------------------------------- 2. no change, other words


@pytest.mark.parametrize(("claim", "title", "abstract"), [
    ("服用褪黑素后日间警觉评分无明显变化。", SLEEP_TITLE, SLEEP),
    ("Daytime alertness scores did not change after melatonin.", SLEEP_TITLE, SLEEP),
    ("Haemoglobin concentration did not change in the iron group at 12 weeks.", IRON_TITLE,
     IRON),
    ("Serum ferritin did not change in the placebo group.", IRON_TITLE, IRON),
    ("Total sleep time was unchanged with melatonin.", SLEEP_TITLE, SLEEP),
    ("Fatigue scores were comparable in the iron and placebo groups.", IRON_TITLE, IRON),
    ("补铁组和安慰剂组的疲劳评分相当。", IRON_TITLE, IRON),
])
def test_no_change_in_other_words_agrees(claim: str, title: str, abstract: list[str]) -> None:
    assert _status(claim, title, abstract) == "supported"


def test_no_change_against_a_change_is_still_contradicted() -> None:
    assert _status("Body weight decreased significantly over 12 months.",
                   "Intermittent fasting and body composition: a 12-month trial",
                   ["RESULTS Body weight did not change significantly over 12 months in "
                    "either group."]) == "contradicted"


@pytest.mark.parametrize("text", ["remained unchanged", "stayed the same", "was stable",
                                  "did not differ", "comparable", "基本没变", "无明显变化",
                                  "持平", "两组相当", "no difference"])
def test_no_change_wordings(text: str) -> None:
    assert states_no_change(text)


# ---------------------------------------------------------------- 3. hedges


@pytest.mark.parametrize(("claim", "title", "abstract"), [
    ("Budesonide did not reduce school absences.", ASTHMA_TITLE, ASTHMA),
    ("Melatonin did not improve sleep quality in night-shift workers.", SLEEP_TITLE, SLEEP),
    ("褪黑素并不能改善夜班工人的睡眠质量。", SLEEP_TITLE, SLEEP),
    ("Fatigue scores tended to fall with iron.", IRON_TITLE, IRON),
    ("补铁后疲劳评分有下降的趋势。", IRON_TITLE, IRON),
])
def test_a_hedge_is_neither_the_finding_nor_its_opposite(claim: str, title: str,
                                                          abstract: list[str]) -> None:
    assert _status(claim, title, abstract) not in ("contradicted", "supported")


def test_two_non_significant_statements_agree_through_a_hedge() -> None:
    assert _status("Budesonide did not significantly reduce emergency visits.", ASTHMA_TITLE,
                   ASTHMA) == "supported"


@pytest.mark.parametrize(("claim", "title", "abstract"), [
    ("Melatonin worsened sleep quality in night-shift workers.", SLEEP_TITLE, SLEEP),
    ("Melatonin did not improve sleep quality in night-shift workers.", SHIFT_TITLE, SHIFT),
    ("褪黑素没有改善夜班工人的睡眠质量。", SHIFT_TITLE, SHIFT),
])
def test_an_unhedged_or_reversed_change_is_still_contradicted(
        claim: str, title: str, abstract: list[str]) -> None:
    assert _status(claim, title, abstract) == "contradicted"


@pytest.mark.parametrize(("text", "kind"), [
    ("Budesonide tended to reduce emergency visits", "trend"),
    ("a trend toward fewer school absences", "trend"),
    ("slightly lower", "trend"),
    ("疲劳评分有下降的趋势", "trend"), ("略有下降", "trend"),
    ("Melatonin may improve sleep quality", "possible"), ("可能降低死亡率", "possible"),
    ("X reduced Y, which may reflect adherence", ""), ("患者可能出现头痛", ""),
])
def test_hedge_wordings(text: str, kind: str) -> None:
    assert hedge(text) == kind


# ---------------------------------------------------------------- 4. outcome never named


@pytest.mark.parametrize(("claim", "title", "abstract"), [
    ("Statin therapy did not lower the rate of pneumonia.", STATIN_TITLE, STATIN),
    ("Vitamin D supplementation significantly reduced fractures of the wrist.", VITD_TITLE,
     VITD),
    ("Melatonin did not improve mood.", SHIFT_TITLE, SHIFT),
    ("褪黑素没有改善情绪。", SHIFT_TITLE, SHIFT),
])
def test_an_outcome_the_source_never_names_is_not_found(claim: str, title: str,
                                                        abstract: list[str]) -> None:
    assert _status(claim, title, abstract) == "not_found"


@pytest.mark.parametrize("claim", [
    "Statin therapy did not lower the rate of hospital admission for angina.",
    "他汀治疗没有降低心绞痛住院率。",
])
def test_the_named_outcome_stated_the_other_way_is_still_contradicted(claim: str) -> None:
    assert _status(claim, STATIN_TITLE, STATIN) == "contradicted"


RESPONSE_TITLE = "Immunotherapy for advanced bladder cancer: a cohort study"
RESPONSE = ["RESULTS An objective response occurred in 120 of 400 patients (30% [95% CI, "
            "26%-35%]) and in 45 of 100 patients with no prior therapy (45% [95% CI, 35%-55%]).",
            "CONCLUSIONS Immunotherapy was associated with an overall objective response rate "
            "of 30% and a 12-month survival rate of 58%."]


@pytest.mark.parametrize("claim", [
    "Among patients who had never been treated, the response rate was 45%.",
    "在从未接受过治疗的患者中，缓解率达到45%。",
])
def test_the_claims_value_stated_closer_elsewhere_is_no_contradiction(claim: str) -> None:
    assert _status(claim, RESPONSE_TITLE, RESPONSE) != "contradicted"


@pytest.mark.parametrize("claim", ["The overall response rate was 45%.",
                                   "The overall response rate was 36%.", "总体客观缓解率为36%。"])
def test_another_value_bound_as_closely_is_still_contradicted(claim: str) -> None:
    assert _status(claim, RESPONSE_TITLE, RESPONSE) == "contradicted"


SGLT_TITLE = "Dapagliflozin and kidney function in older adults: a randomised trial"
SGLT = ["RESULTS HbA1c did not differ between the dapagliflozin and placebo groups at 24 weeks "
        "(7.1% vs 7.2%).",
        "Body weight did not change significantly (82.4 kg at baseline and 81.9 kg at 24 "
        "weeks).",
        "Hospital admissions tended to be fewer with dapagliflozin (9% vs 13%, P = 0.12).",
        "Serum potassium was unchanged at 4.5 mmol/L.",
        "Systolic blood pressure may have fallen slightly, from 138 to 135 mmHg."]


@pytest.mark.parametrize("claim", [
    "HbA1c remained the same in both groups at 24 weeks (7.1% vs 7.2%).",
    "HbA1c was comparable in the two groups at 24 weeks (7.1% and 7.2%).",
    "Body weight stayed the same (82.4 kg at baseline and 81.9 kg at 24 weeks).",
    "Serum potassium did not change (4.5 mmol/L).",
])
def test_figures_said_with_no_change_in_other_words_agree(claim: str) -> None:
    assert _status(claim, SGLT_TITLE, SGLT) == "supported"


@pytest.mark.parametrize("claim", [
    "Dapagliflozin did not reduce hospital admissions (9% vs 13%).",
    "达格列净并未减少住院（9%对13%）。",
    "Systolic blood pressure did not fall (138 vs 135 mmHg).",
])
def test_figures_of_a_hedged_change_are_neither_finding(claim: str) -> None:
    assert _status(claim, SGLT_TITLE, SGLT) == "partially_supported"


@pytest.mark.parametrize("claim", [
    "HbA1c was lower with dapagliflozin at 24 weeks (6.5% vs 7.2%).",
    "Body weight fell from 82.4 kg to 78.0 kg.",
])
def test_figures_of_another_value_are_still_contradicted(claim: str) -> None:
    assert _status(claim, SGLT_TITLE, SGLT) == "contradicted"


GOUT_TITLE = "A Mediterranean diet and gout: a randomised trial"
GOUT = ["RESULTS The incidence of gout was 2.1 per 1000 person-years in the diet group, and 31 "
        "participants had a gout flare."]


@pytest.mark.parametrize("claim", [
    "Gout flares occurred at a rate of 31 per 1000 person-years in the diet group.",
    "饮食组痛风发作率为每1000人年31例。",
])
def test_a_rate_read_from_a_count_is_no_other_value_of_the_rate_beside_it(claim: str) -> None:
    assert _status(claim, GOUT_TITLE, GOUT) != "contradicted"


@pytest.mark.parametrize("claim", [
    "The incidence of gout was 3.5 per 1000 person-years in the diet group.",
    "饮食组的痛风发病率为每1000人年3.5例。",
])
def test_another_rate_of_the_same_incidence_is_still_contradicted(claim: str) -> None:
    assert _status(claim, GOUT_TITLE, GOUT) == "contradicted"


HF_TITLE = "Exercise training and heart failure outcomes: a randomised trial"
HF = ["RESULTS All-cause mortality tended to be lower with exercise training (hazard ratio 0.88, "
      "95% CI 0.72 to 1.07).",
      "Hospital readmission was not significantly reduced (18% vs 21%, P = 0.19)."]


@pytest.mark.parametrize("claim", [
    "运动训练可能降低再入院率（18%对21%）。",  # a possible change against a denied one
    "Exercise training did not lower all-cause mortality.",
    "运动训练没有降低全因死亡率。",
])
def test_a_hedge_against_a_denied_change_is_not_contradicted(claim: str) -> None:
    assert _status(claim, HF_TITLE, HF) == "partially_supported"


@pytest.mark.parametrize("claim", [
    "Exercise training increased all-cause mortality (hazard ratio 1.30).",
    "Exercise training significantly reduced hospital readmission.",
])
def test_another_ratio_or_significance_is_still_contradicted(claim: str) -> None:
    assert _status(claim, HF_TITLE, HF) == "contradicted"
