"""Number and word forms that must read the same in Chinese and English (issue 10, items 1 and 3).

Every case is written here, on a topic of its own (an antihypertensive trial and a vitamin D
cohort); none is taken from an evaluation corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck
from claimcheck.errors import InputError
from claimcheck.evidence import extract_quantities
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.terms import analyze

TRIAL = ("Amlodipine versus placebo in adults with hypertension",
         ["In this phase 3 trial, we enrolled 3,402 adults 60 years of age or older with "
          "systolic hypertension, who had no history of stroke.",
          "Over a period of three years, stroke occurred in 2.1% of the patients in the "
          "amlodipine group and in 3.4% of the patients in the placebo group.",
          "To prevent one case of stroke during three years, 77 patients would need to receive "
          "amlodipine."])


def _forms(text: str) -> list[tuple[str, str, float | None, str | None, str | None]]:
    return [(q.text, q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text)]


@pytest.mark.parametrize(("text", "kind", "value", "unit"), [
    ("over a period of three years", "duration", 3.0, "year"),
    ("for two weeks", "duration", 2.0, "week"),
    ("a twelve-month follow-up", "duration", 12.0, "month"),
    ("a threefold increase", "ratio", 3.0, "×"),  # a multiple (numbers helper, session 7)
    ("twice as many deaths", "ratio", 2.0, "×"),
    ("half of the patients", "percent", 50.0, "%"),
    ("60岁的患者", "duration", 60.0, "year"),
    ("in a phase III trial", "phase", 3.0, None),
    ("一项3期临床试验", "phase", 3.0, None),
])
def test_number_words_and_labels(text: str, kind: str, value: float, unit: str | None) -> None:
    [(_, got_kind, got_value, got_unit, _)] = _forms(text)
    assert (got_kind, got_value, got_unit) == (kind, value, unit)


def test_twice_daily_is_no_figure() -> None:
    assert _forms("taken twice daily") == []


@pytest.mark.parametrize(("text", "qualifier"), [
    ("60岁及以上", "at_least"),
    ("aged 65 years or older", "at_least"),
    ("more than half of them", "more_than"),
])
def test_bounds_written_after_the_figure(text: str, qualifier: str) -> None:
    assert _forms(text)[0][4] == qualifier


def test_jieba_pieces_joined_into_a_dictionary_word() -> None:
    g = load_glossary()
    key = analyze("参加生活方式项目", g).key
    assert "zh:生活方式" in key and "zh:生活" not in key
    # function words are never joined ("中" + "的" is not 中的, "hit the target")
    assert "zh:中的" not in analyze("老年人中的比例", g).key


def test_stop_word_longer_than_a_glossary_term() -> None:
    key = analyze("研究人员在诊所进行了筛查", load_glossary()).key
    assert not any("人员" in k for k in key)


def test_control_group_is_not_a_safety_predicate() -> None:
    key = analyze("53 in the control group", load_glossary()).all
    assert "acceptable" not in key


@pytest.mark.parametrize("claim", [
    "一项3期试验纳入了3402名60岁及以上、没有卒中史的高血压成年人。",
    "The phase 3 trial enrolled 3,402 adults aged 60 years or older with hypertension.",
])
def test_sample_described_over_the_whole_sentence(claim: str) -> None:
    title, abstract = TRIAL
    verdict = claimcheck.verify(claim, title=title, abstract=abstract)
    assert verdict.status == "supported", verdict.rationale


def test_number_needed_to_treat_in_words_and_digits() -> None:
    title, abstract = TRIAL
    verdict = claimcheck.verify("要在三年内预防一例卒中，需要77名患者服用氨氯地平。",
                                title=title, abstract=abstract)
    assert verdict.status == "supported", verdict.rationale


def test_counts_by_arm_still_keep_to_their_clause() -> None:
    title = "Vitamin D and fractures"
    abstract = ["Fractures occurred in 121 participants in the vitamin D group and in 53 in "
                "the placebo group."]
    verdict = claimcheck.verify("维生素D组有53人骨折，安慰剂组有121人。", title=title,
                                abstract=abstract)
    assert verdict.status != "supported", verdict.rationale


NUTS = ("Nut intake and coronary heart disease in women",
        ["Higher intake of nuts was associated with a lower risk of coronary heart disease "
         "in this cohort of 48,000 women.",
         "Nut intake was inversely associated with coronary heart disease risk."])


@pytest.mark.parametrize(("claim", "status"), [
    ("Higher nut intake increases the risk of coronary heart disease in women.", "contradicted"),
    ("Nut intake is positively associated with coronary heart disease in women.",
     "contradicted"),
    ("Nut intake is negatively associated with coronary heart disease in women.", "supported"),
])
def test_the_level_of_an_exposure_is_not_the_direction_of_the_finding(
        claim: str, status: str) -> None:
    title, abstract = NUTS
    verdict = claimcheck.verify(claim, title=title, abstract=abstract)
    assert verdict.status == status, verdict.rationale


def test_little_effect_is_a_negation_but_a_little_higher_is_not() -> None:
    g = load_glossary()
    assert analyze("Zinc had little effect on the duration of colds.", g).negated
    assert not analyze("Blood pressure was a little higher at night.", g).negated


def test_one_in_n_is_a_proportion() -> None:
    [(text, kind, value, _, _)] = _forms("One in five trials stopped early")
    assert (text, kind, value) == ("One in five", "fraction", 1.0)
    assert _forms("rose 5 in 2010")[0][1] != "fraction"


def test_yaml_booleans_in_a_user_glossary_are_an_error(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text("stopwords:\n  en: [on, off]\nterms: []\n", "utf-8")
    with pytest.raises(InputError, match="true|false"):
        load_glossary(path)
    # and the packaged one holds none ("on" is a stop word, not True)
    assert "on" in load_glossary().stop_en


@pytest.mark.parametrize(("text", "sign"), [
    ("Use was associated with a higher risk (HR, 1.41; 95% CI, 1.16-1.71).", 1),
    ("Use was associated with risk (OR 0.98, 95% CI 0.81 to 1.20).", -1),
])
def test_a_confidence_interval_says_whether_a_ratio_is_significant(text: str, sign: int) -> None:
    from claimcheck.evidence.significance import significance

    assert significance(text) == sign


def test_contrast_split_keeps_brackets_whole() -> None:
    from claimcheck.evidence.judge import _part_about

    sentence = ("There was no association with most cancers; use was associated with gout "
                "(HR, 1.13; 95% CI, 1.02-1.26).")
    assert _part_about(sentence, "use is associated with gout").endswith("1.02-1.26).")


@pytest.mark.parametrize(("text", "negated"), [
    ("Coffee intake (never, former, or daily) and sleep were recorded.", False),
    ("Risks were 40% (vs no risk factors) in the oldest group.", False),
    ("Evidence that coffee was associated with insomnia was lacking.", True),
    ("Falls were more frequent (1.66) compared with when hypnotics were not being used.", False),
    ("Pain was lower than in patients who did not receive the brace.", False),
    ("Markers of low reserve compared with normal reserve were not associated with pain.",
     True),
    ("We enrolled 5,000 adults aged 50 to 60 years who never smoked.", False),
    ("The percentage of participants who abstained from smoking was 28.9%.", True),
])
def test_negation_cues_that_list_or_compare(text: str, negated: bool) -> None:
    assert analyze(text, load_glossary()).negated is negated


def test_a_methods_sentence_does_not_deny_a_qualitative_claim() -> None:
    abstract = ["We assessed whether daily coffee drinkers, never drinkers and former drinkers "
                "differ in sleep quality.",
                "Daily coffee drinking was associated with poorer sleep quality."]
    verdict = claimcheck.verify("Daily coffee drinking is associated with poorer sleep quality.",
                                title="Coffee and sleep", abstract=abstract)
    assert verdict.status == "supported", verdict.rationale
    verdict = claimcheck.verify("Never drinking coffee is associated with sleep quality.",
                                title="Coffee and sleep", abstract=abstract[:1])
    assert verdict.status != "contradicted", verdict.rationale


def test_a_latin_noun_is_found_as_its_adjective() -> None:
    from claimcheck.evidence.lexicon import alternative_found

    assert alternative_found(("hypothalamus",), frozenset({"hypothalam"}))
    assert alternative_found(("mitochondrion",), frozenset({"mitochondri"}))
    assert not alternative_found(("thymus",), frozenset({"thyroid"}))
    verdict = claimcheck.verify("下丘脑神经元控制进食。", title="Feeding circuits",
                                abstract=["Hypothalamic neurons control feeding in mice."])
    assert verdict.status == "supported", verdict.rationale


def test_a_sample_described_in_the_sentences_that_say_who_took_part() -> None:
    """Who took part is described in the methods, the count in the results: the count found
    with its value is the study's sample, described by the sentences that enrol or admit its
    participants (and the title). A trait named only in another sentence (a subgroup) is not
    the sample's."""
    abstract = ["METHODS: We enrolled adults 50 years of age or older with chronic kidney "
                "disease and no history of gout.",
                "RESULTS: A total of 6,210 patients were enrolled; 3,105 were assigned to "
                "allopurinol and 3,105 to placebo.",
                "Of the 6,210 patients, 1,480 had heart failure at baseline."]
    verdict = claimcheck.verify("该试验纳入了6210名50岁及以上、患有慢性肾病且无痛风史的成年人。",
                                title="Allopurinol in chronic kidney disease", abstract=abstract)
    assert verdict.status == "supported", verdict.rationale
    assert "6210名" in verdict.rationale
    verdict = claimcheck.verify("The trial enrolled 6,210 patients with heart failure and "
                                "chronic kidney disease.",
                                title="Allopurinol in chronic kidney disease",
                                abstract=abstract[:2] + ["Heart failure was common at baseline."])
    assert verdict.status != "supported", verdict.rationale


def test_a_common_glossary_word_inside_a_longer_dictionary_word() -> None:
    key = analyze("共有174名参与者死亡", load_glossary()).key
    assert "zh:参与者" in key and "involved in" not in key


@pytest.mark.parametrize(("text", "negated"), [
    ("We enrolled adults with chronic kidney disease and no history of gout.", False),
    ("Patients were treated with metformin, and no benefit was seen.", True),
])
def test_one_more_trait_of_a_population_is_no_denial(text: str, negated: bool) -> None:
    assert analyze(text, load_glossary()).negated is negated


def test_aged_is_an_age_not_senescence() -> None:
    assert "senescence" not in analyze("adults aged 50 years", load_glossary()).all


SLEEP = ("Melatonin and sleep onset in older adults with insomnia",
         ["BACKGROUND: Insomnia is common in later life.",
          "RESULTS: Melatonin shortened sleep onset latency by a mean of 9 minutes compared "
          "with placebo.",
          "Participants were followed to evaluate sleep onset latency."])


def test_the_title_names_the_subject_a_finding_leaves_implicit() -> None:
    title, abstract = SLEEP
    verdict = claimcheck.verify("Melatonin shortens sleep onset latency in older adults with "
                                "insomnia.", title=title, abstract=abstract)
    assert verdict.status == "supported", verdict.rationale


@pytest.mark.parametrize("claim", [
    # the title lends nouns, never a direction: the finding sentence says "shortened"
    "Melatonin lengthens sleep onset latency in older adults with insomnia.",
    # nor a predicate the finding sentence does not state
    "Melatonin is safe in older adults with insomnia.",
])
def test_the_title_lends_no_direction_and_no_predicate(claim: str) -> None:
    title, abstract = SLEEP
    verdict = claimcheck.verify(claim, title=title, abstract=abstract)
    assert verdict.status != "supported", verdict.rationale


def test_a_title_naming_two_things_states_no_relation() -> None:
    verdict = claimcheck.verify("Nut intake is related to coronary heart disease in women.",
                                title="Nut intake and coronary heart disease in women",
                                abstract=["METHODS: We followed 48,000 women for 20 years."])
    assert verdict.status != "supported", verdict.rationale


def test_a_joined_statement_the_source_never_speaks_of_is_left_partial() -> None:
    abstract = ["RESULTS: Nicotine patches were more effective for smoking cessation than "
                "counselling alone."]
    verdict = claimcheck.verify("Nicotine patches were more effective for smoking cessation "
                                "than counselling alone, and they were cheaper.",
                                title="Patches for smoking cessation", abstract=abstract)
    assert verdict.status == "partially_supported", verdict.rationale
    assert "cheaper" in verdict.rationale


def test_heart_attack_is_myocardial_infarction() -> None:
    abstract = ["RESULTS: Canagliflozin did not significantly reduce the rates of myocardial "
                "infarction or stroke (P=0.41)."]
    verdict = claimcheck.verify("Canagliflozin significantly reduced the rates of heart attack "
                                "and stroke.", title="Canagliflozin and cardiovascular events",
                                abstract=abstract)
    assert verdict.status == "contradicted", verdict.rationale


def test_abstained_from_is_did_not() -> None:
    abstract = ["RESULTS: The percentage of participants who abstained from drinking in the 30 "
                "days before the 12-month visit was 41.2% in the naltrexone group."]
    verdict = claimcheck.verify("41.2% of the naltrexone group had not drunk alcohol in the 30 "
                                "days before the 12-month visit.", title="Naltrexone for "
                                "alcohol use disorder", abstract=abstract)
    assert verdict.status != "contradicted", verdict.rationale


def test_a_measure_defined_between_dashes_is_not_required_beside_its_figure() -> None:
    abstract = ["METHODS: The primary outcome was a composite of death from cardiovascular "
                "causes, nonfatal myocardial infarction, or nonfatal stroke.",
                "RESULTS: The primary outcome occurred in 301 of 3,120 patients (9.6%) in the "
                "semaglutide group and in 372 of 3,118 patients (11.9%) in the placebo group."]
    verdict = claimcheck.verify(
        "The primary outcome — cardiovascular death, nonfatal heart attack or nonfatal stroke — "
        "occurred in 301 of 3,120 patients on semaglutide (9.6%) and 372 of 3,118 on placebo "
        "(11.9%).", title="Semaglutide and cardiovascular outcomes", abstract=abstract)
    assert verdict.status == "supported", verdict.rationale


def test_an_end_point_named_alike_and_its_events_are_no_change() -> None:
    g = load_glossary()
    assert analyze("the primary outcome of worsening kidney function or death occurred in "
                   "8.1%", g).direction == 0
    assert analyze("Finerenone reduced worsening kidney function.", g).direction == -1
    abstract = ["METHODS: The primary outcome was a composite of kidney failure, a sustained "
                "decrease in eGFR, or renal death.",
                "RESULTS: Over a median of 2.6 years, the primary outcome occurred in 504 of "
                "2833 patients (17.8%) in the finerenone group and 600 of 2841 (21.1%) in the "
                "placebo group."]
    verdict = claimcheck.verify(
        "Over a median of 2.6 years, the primary outcome of kidney failure, worsening kidney "
        "function or renal death occurred in 17.8% of the finerenone group and 21.1% of the "
        "placebo group.", title="Finerenone in chronic kidney disease", abstract=abstract)
    assert verdict.status == "supported", verdict.rationale


def test_a_trial_named_as_the_setting_is_no_statement() -> None:
    abstract = ["METHODS: Patients were randomly assigned to receive 10 mg or 25 mg of sotagliflozin "
                "or placebo once daily."]
    verdict = claimcheck.verify("In the ALPHA-7 OUTCOME trial, patients were randomly assigned "
                                "to 10 mg or 25 mg of sotagliflozin or placebo once daily.",
                                title="Sotagliflozin in type 2 diabetes", abstract=abstract)
    assert verdict.status == "supported", verdict.rationale


ARMS = ("Exercise training after myocardial infarction",
        ["RESULTS: Of the 900 patients, 612 were assigned to the training group and 288 were "
         "assigned to the control group.",
         "Exercise capacity declined less in the training group."])


@pytest.mark.parametrize(("claim", "supported"), [
    ("训练组和对照组分别有612人和288人。", True),
    ("训练组和对照组分别有288人和612人。", False),  # the same numbers on swapped groups
])
def test_respectively_binds_each_figure_to_its_own_group(claim: str, supported: bool) -> None:
    title, abstract = ARMS
    verdict = claimcheck.verify(claim, title=title, abstract=abstract)
    assert (verdict.status == "supported") is supported, verdict.rationale


def test_dictionary_words_around_and_across_jieba_boundaries() -> None:
    g = load_glossary()
    key = analyze("活化的T细胞可诱导中性粒细胞极化。", g).key
    assert "zh:中性粒细胞" in key  # not 中性 ("neutral") + the concept "cell"
    assert "zh:抗抑郁药" in analyze("抗抑郁药可减轻偏头痛。", g).key
    verdict = claimcheck.verify("抗抑郁药可减轻偏头痛的严重程度。", title="Antidepressants for migraine",
                                abstract=["RESULTS: Antidepressants reduced the severity of "
                                          "migraine compared with placebo."])
    assert verdict.status == "supported", verdict.rationale


def test_a_fraction_restated_as_the_wrong_percentage_is_contradicted() -> None:
    abstract = ["RESULTS: Among participants who stopped drinking, 41 of 52 naltrexone users "
                "were still taking the drug at 1 year."]
    verdict = claimcheck.verify("Among those who stopped drinking, 41 of 52 naltrexone users "
                                "(about 60%) were still taking the drug at 1 year.",
                                title="Naltrexone adherence", abstract=abstract)
    assert verdict.status == "contradicted", verdict.rationale
    assert "78.8%" in verdict.rationale
    verdict = claimcheck.verify("Among those who stopped drinking, 41 of 52 naltrexone users "
                                "(about 80%) were still taking the drug at 1 year.",
                                title="Naltrexone adherence", abstract=abstract)
    assert verdict.status == "supported", verdict.rationale


def test_thresholds_of_a_list_never_contradict_each_other() -> None:
    abstract = ["RESULTS: More participants in the liraglutide group than in the placebo group "
                "lost 5% or more of body weight (63.2% vs. 27.1%)."]
    verdict = claimcheck.verify("利拉鲁肽组中体重减轻10%或更多的人更多。", title="Liraglutide",
                                abstract=abstract)
    assert verdict.status != "contradicted", verdict.rationale


def test_a_reporting_frame_and_a_comparison_frame_are_no_statements() -> None:
    abstract = ["FINDINGS: Compared with control participants, those in the exercise group had "
                "a 38% lower incidence of falls during the 5-year follow-up."]
    verdict = claimcheck.verify("该研究的5年随访结果显示，与对照组相比，运动组跌倒发生率降低了38%。",
                                title="Exercise and falls in older adults", abstract=abstract)
    assert verdict.status == "supported", verdict.rationale


def test_higher_likelihood_is_increased_odds() -> None:
    abstract = ["RESULTS: Daily sunbed use was independently associated with increased odds of "
                "having had melanoma (OR=1.9, 95% CI=1.3, 2.7)."]
    verdict = claimcheck.verify("Surveys have linked daily sunbed use to a higher likelihood of "
                                "having had melanoma.", title="Sunbeds and melanoma",
                                abstract=abstract)
    assert verdict.status == "supported", verdict.rationale


@pytest.mark.parametrize("sentence", [
    "利拉鲁肽最初作为降糖药获批上市，后来才被批准用于体重管理。",
    "The drug was first approved for diabetes and later licensed for weight management.",
])
def test_a_regulatory_fact_without_a_marker_is_a_claim(sentence: str) -> None:
    from claimcheck.article.heuristics import is_checkable

    assert is_checkable(sentence)


def test_one_clause_of_a_claim_stated_on_its_own_is_partial_support() -> None:
    abstract = ["RESULTS: All three doses of orforglipron produced substantial and sustained "
                "reductions in body weight compared with placebo."]
    verdict = claimcheck.verify("奥福格列隆作用于一种新的受体，三个剂量的奥福格列隆都带来了大幅且持续的体重下降，"
                                "而且停药后体重没有反弹。", title="Orforglipron for obesity",
                                abstract=abstract)
    assert verdict.status == "partially_supported", verdict.rationale
    assert "体重下降" in verdict.rationale
