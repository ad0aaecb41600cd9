"""Wording classes of the judge found on SciFact train (issue 10): abbreviations a text
defines, comparisons with "than", sentences whose clauses disagree on negation.

Every sentence is written here on a topic of its own; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence.abbreviations import definitions
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.terms import analyze


def _status(claim: str, abstract: list[str], title: str = "") -> str:
    return claimcheck.verify(claim, title=title, abstract=abstract).status


def test_definitions_in_both_languages() -> None:
    pairs = definitions(["Levels of C-reactive protein (CRP) fell.",
                         "患者的糖化血红蛋白（HbA1c）下降", "in 300 patients (n=300)",
                         "the hazard ratio (HR, 0.76; 95% CI 0.61 to 0.95)",
                         "treated with metformin (Glucophage)"])
    assert pairs == {"CRP": "C-reactive protein", "HbA1c": "糖化血红蛋白", "HR": "hazard ratio"}


def test_an_abbreviation_the_source_defines_reads_as_its_long_form() -> None:
    abstract = ["We studied low-density lipoprotein (LDL) in adults treated with ezetimibe.",
                "After 12 weeks, LDL fell by 24% with ezetimibe."]
    claim = "Ezetimibe lowered low-density lipoprotein by 24% after 12 weeks."
    assert _status(claim, abstract) == "supported"
    # without the definition, other letters mean nothing to the judge (the claim's own long
    # form spelling the source's letters is read since session 10: `spelled_out`)
    assert _status(claim, ["After 12 weeks, HDL fell by 24% with ezetimibe."]) != "supported"


def test_an_abbreviation_the_claim_defines_reads_in_the_source() -> None:
    abstract = ["Rosuvastatin reduced CRP levels in adults with normal cholesterol."]
    claim = "Rosuvastatin reduced C-reactive protein (CRP) levels in adults with normal cholesterol."
    assert _status(claim, abstract) == "supported"


@pytest.mark.parametrize(("text", "direction"), [
    ("Night-shift nurses reported fewer sleep problems than day-shift nurses.", -1),
    ("Night-shift nurses reported more sleep problems than day-shift nurses.", 1),
    ("Omnivores produced less urinary sodium after the meal than vegetarians did.", -1),
    ("More than 300 nurses reported sleep problems.", 0),
    ("Sleep problems were reported by more nurses than 200 expected.", 0),
])
def test_a_comparison_with_than_states_a_direction(text: str, direction: int) -> None:
    assert analyze(text, load_glossary()).direction == direction


def test_a_reversed_comparison_contradicts() -> None:
    abstract = ["Night-shift nurses reported more sleep problems than day-shift nurses "
                "(P<0.01)."]
    claim = "Night-shift nurses reported fewer sleep problems than day-shift nurses."
    assert _status(claim, abstract) == "contradicted"


@pytest.mark.parametrize("cue", ["unable to", "incapable of"])
def test_inability_negates(cue: str) -> None:
    assert analyze(f"Older mice were {cue} clearing the virus.", load_glossary()).negated


def test_prevent_is_read_as_inhibition() -> None:
    abstract = ["In healthy volunteers, aspirin inhibited platelet aggregation within one hour."]
    assert _status("Aspirin prevents platelet aggregation.", abstract) == "supported"


def test_an_affirmative_clause_about_the_claim_outweighs_a_negated_one() -> None:
    abstract = ["Vitamin D supplementation did not reduce fractures overall, although "
                "respiratory infections were lower in the vitamin D group."]
    claim = "Vitamin D supplementation lowered the rate of respiratory infections."
    assert _status(claim, abstract) != "contradicted"


def test_a_negated_clause_about_the_claims_outcome_still_denies_it() -> None:
    abstract = ["There were no significant differences in the rates of stroke, but there were "
                "significantly lower rates of kidney failure with finerenone."]
    claim = "Finerenone significantly reduced the rates of stroke."
    assert _status(claim, abstract) == "contradicted"


def test_a_chinese_claim_defining_an_abbreviation_reads_it_in_an_english_source() -> None:
    pairs = definitions(["患者对酪氨酸激酶抑制剂（TKI）的反应"])
    assert pairs == {"TKI": "酪氨酸激酶抑制剂"}


def test_a_share_in_square_brackets_is_a_figure_not_a_marker() -> None:
    from claimcheck.evidence import extract_quantities
    values = [q.value for q in extract_quantities("(412 [38.2%] vs. 97 [9.1%]) as shown [12]")]
    assert values == [412.0, 38.2, 97.0, 9.1]
    abstract = ["Remission at 12 months occurred in more patients with the ketogenic diet than "
                "with usual care (412 [38.2%] vs. 97 [9.1%])."]
    claim = "At 12 months, 38.2% of patients on the ketogenic diet were in remission."
    assert _status(claim, abstract) == "supported"


def test_a_species_abbreviated_on_one_side_is_the_same_species() -> None:
    from claimcheck.evidence.abbreviations import species
    assert species(["Escherichia coli grew.", "E. coli and E coli.", "A total of 30"]) == \
        {"E. coli": "Escherichia coli"}
    abstract = ["Infection with C. trachomatis was associated with a higher risk of ectopic "
                "pregnancy in this cohort of 4,200 women."]
    claim = "Chlamydia trachomatis infection was associated with a higher risk of ectopic pregnancy."
    assert _status(claim, abstract) == "supported"


@pytest.mark.parametrize(("text", "direction"), [
    ("二甲双胍可增强胰岛素敏感性。", 1),
    ("该突变使AMPK通路失活。", -1),
    ("吸烟会削弱肺功能。", -1),
    ("运动可上调线粒体基因的表达。", 1),
])
def test_chinese_change_verbs_state_a_direction(text: str, direction: int) -> None:
    assert analyze(text, load_glossary()).direction == direction


def test_a_chinese_claim_of_the_opposite_change_is_not_supported() -> None:
    abstract = ["In adults with obesity, metformin reduced insulin sensitivity in skeletal "
                "muscle over 12 weeks."]
    assert _status("二甲双胍可增强骨骼肌的胰岛素敏感性。", abstract) != "supported"


@pytest.mark.parametrize(("text", "direction"), [
    ("夜班护士的睡眠问题比白班护士更少。", -1),
    ("吸烟者的风险较高。", 1),
    ("治疗组死亡人数减半。", -1),
    ("体重下降5%或更多的患者", 0),
    ("60岁以上的患者", 0),
])
def test_chinese_comparatives_state_a_direction_and_bounds_do_not(text: str,
                                                                 direction: int) -> None:
    assert analyze(text, load_glossary()).direction == direction


def test_a_ratio_whose_interval_lies_below_one_states_a_lower_risk() -> None:
    abstract = ["In patients with atrial fibrillation, stroke occurred in 1.7% with "
                "rivaroxaban and in 2.2% with warfarin (hazard ratio, 0.72; 95% CI, 0.60 to "
                "0.86)."]
    assert _status("Rivaroxaban lowered the risk of stroke in patients with atrial "
                   "fibrillation compared with warfarin.", abstract) == "supported"
    # the other way is not supported, and a ratio alone never contradicts
    assert _status("Rivaroxaban increased the risk of stroke in patients with atrial "
                   "fibrillation compared with warfarin.", abstract) == "not_found"
    spanning = ["In patients with atrial fibrillation, stroke occurred in 2.0% with "
                "rivaroxaban and in 2.2% with warfarin (hazard ratio, 0.92; 95% CI, 0.70 to "
                "1.16)."]
    assert _status("Rivaroxaban lowered the risk of stroke in patients with atrial "
                   "fibrillation compared with warfarin.", spanning) != "supported"


@pytest.mark.parametrize(("text", "drug"), [
    ("阿托伐他汀降低了胆固醇", "zh:阿托伐他汀"),
    ("达格列净降低心衰住院", "zh:达格列净"),
    ("替尔泊肽组体重下降", "zh:替尔泊肽"),
])
def test_a_drug_name_jieba_cuts_is_read_whole(text: str, drug: str) -> None:
    assert drug in analyze(text, load_glossary()).key


def test_a_word_before_an_inn_stem_is_not_part_of_a_name() -> None:
    key = analyze("患者服用他汀类药物", load_glossary()).key
    assert not any(k.startswith("zh:服用") for k in key)


def test_a_chinese_drug_name_ending_in_e_is_found_in_english() -> None:
    abstract = ["In adults with obesity, the mean weight loss with tirzepatide was 20.9% at "
                "week 72."]
    assert _status("替尔泊肽在第72周使肥胖成年人的体重下降了20.9%。", abstract) == "supported"


def test_a_number_spelled_out_before_its_abbreviation_is_a_name() -> None:
    from claimcheck.evidence import extract_quantities
    assert extract_quantities("Depletion of T-helper 17 (Th17) cells") == []
    assert extract_quantities("辅助性T细胞17（Th17）的耗竭") == []
    assert [q.value for q in extract_quantities("in 17 (12%) patients")] == [17.0, 12.0]


def test_a_suspended_hyphen_lends_the_number_its_unit() -> None:
    from claimcheck.evidence import extract_quantities
    forms = [(q.value, q.unit) for q in extract_quantities("in 55- and 65-year-old adults "
                                                           "given 5- or 10-mg doses")]
    assert forms == [(55.0, "year"), (65.0, "year"), (5.0, "mg"), (10.0, "mg")]


def test_weight_loss_said_as_a_verb_is_weight_loss() -> None:
    abstract = ["In adults with obesity, tirzepatide reduced body weight by 20.9%."]
    assert _status("替尔泊肽使肥胖成年人的体重下降了20.9%。", abstract) == "supported"
    assert _status("Tirzepatide increased body weight by 20.9% in adults with obesity.",
                   abstract) != "supported"


@pytest.mark.parametrize(("text", "value", "low", "high"), [
    ("(hazard ratio in the empagliflozin group, 0.86; 95.02% confidence interval, 0.74 to "
     "0.99)", 0.86, 0.74, 0.99),
    ("the hazard ratio for death was 0.80 (95% CI, 0.70 to 0.91)", 0.80, 0.70, 0.91),
    ("(odds ratio, 1.62 [95% CI, 1.31 to 2.00])", 1.62, 1.31, 2.00),
    ("OR 2.1 (90% CI 1.2-3.4)", 2.1, 1.2, 3.4),
])
def test_ratio_forms_with_their_interval(text: str, value: float, low: float,
                                        high: float) -> None:
    from claimcheck.evidence import extract_quantities
    [ratio] = [q for q in extract_quantities(text) if q.kind == "ratio"]
    assert (ratio.value, ratio.low, ratio.high) == (value, low, high)
