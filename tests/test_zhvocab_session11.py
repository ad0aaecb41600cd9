"""Chinese claim words against English abstracts (session 11, docs/evidence.md "Chinese
vocabulary (session 11)"). Each test is a member of its class on a topic of its own, not a
sentence of the article probes or of SciFact."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence import load_glossary
from claimcheck.evidence.terms import analyze


def _found(word: str, english: str) -> bool:
    glossary = load_glossary()
    return glossary.lexicon().found_in(word, analyze(english, glossary).stems)


def _key(text: str) -> frozenset[str]:
    return analyze(text, load_glossary()).key


def _verify(claim: str, title: str, sentences: list[str]) -> claimcheck.Verdict:
    return claimcheck.verify(claim, title=title, abstract=sentences)


# ---- the sense CC-CEDICT's first reading misses


def test_risk_factor_is_read_as_risk_not_as_danger() -> None:
    # 危险 alone is "dangerous" (read as safe, negated); in 危险因素 it is a risk
    assert "risk" in _key("吸烟是骨折的独立危险因素。")
    assert "safe" not in _key("吸烟是骨折的独立危险因素。")
    assert "safe" in _key("这种做法很危险。")


@pytest.mark.parametrize(("word", "english"), [
    ("保持", "The gains in walking speed were sustained at two years."),
    ("固定", "Patients were randomised to plate fixation or a cast."),
    ("医生", "A survey of 300 physicians in rural clinics."),
    ("安静", "Heart rate at rest was lower in the trained group."),
    ("膳食", "Dietary intake was recorded for seven days."),
    ("暂时", "A transient rise in liver enzymes was seen."),
    ("清除", "Lactate clearance was faster after the infusion."),
    ("缺乏", "Vitamin B12 deficiency was common in the elderly."),
    ("停止", "Discontinuation of the drug led to relapse."),
    ("驻留", "Tissue-resident memory T cells protect the skin."),
    ("体外", "The compound killed the parasite in vitro."),
    ("表型", "The knockout mice had no obvious phenotype."),
])
def test_a_biomedical_sense_cedict_lacks_is_found(word: str, english: str) -> None:
    assert _found(word, english)


def test_a_compound_the_senses_name_is_one_word_over_a_glossary_term() -> None:
    # 严重 is a glossary term (severe); 严重程度 is "severity", one word
    assert "zh:严重程度" in _key("这种药物减轻了哮喘的严重程度。")
    assert "severe" in _key("病情严重的患者")
    assert _found("严重程度", "The drug reduced asthma severity.")


# ---- derivations the stemmer keeps apart


@pytest.mark.parametrize(("word", "english"), [
    ("恢复", "Recovery of renal function took a month."),  # recover / recovery
    ("维持", "Maintenance therapy was given for a year."),  # maintain / maintenance
    ("直肠", "Rectal swabs were taken weekly."),  # rectum / rectal
])
def test_a_derivation_of_the_gloss_is_found(word: str, english: str) -> None:
    assert _found(word, english)


def test_an_alternation_needs_a_long_root() -> None:
    assert not _found("直肠", "The rector of the university spoke.")


# ---- what a gloss says around the act it names


@pytest.mark.parametrize(("word", "english"), [
    ("自杀", "Suicide rates rose among young men."),  # "to commit suicide"
    ("受训", "Nurses trained abroad were surveyed."),  # "to receive training"
    ("戒烟", "Smoking cessation lowered blood pressure."),  # "to give up smoking"
    ("戒烟", "Those who quit smoking gained weight."),
    ("满意度", "Patient satisfaction was high."),  # "degree of satisfaction"
    ("农村", "Rural households had less access."),  # "rural area"
])
def test_the_act_or_quality_a_gloss_names_is_found_alone(word: str, english: str) -> None:
    assert _found(word, english)


def test_giving_up_is_not_the_act_itself() -> None:
    # 戒烟 is no "smoking" alone: a sentence on smokers does not carry it
    assert not _found("戒烟", "Smoking raised blood pressure in young adults.")


# ---- words of grammar and light verbs are no key terms


def test_a_preposition_of_role_and_a_degree_adverb_are_no_terms() -> None:
    assert not any(k.startswith("zh:作为") for k in _key("二十只小鼠作为对照。"))
    assert not any(k.startswith("zh:有所") for k in _key("血压有所下降。"))
    assert not any(k.startswith("zh:开展") for k in _key("研究者开展了一项试验。"))


def test_a_recommendation_word_stays_a_term() -> None:
    # 建议 "recommend" tells a recommendation from a finding: it is kept
    assert "zh:建议" in _key("研究者建议孕妇补充叶酸。")


# ---- a dictionary word that holds a glossary term inside it


def test_a_word_over_a_glossary_term_is_that_word() -> None:
    # 发展中国家 "developing country" holds 中国 (China) inside it
    key = _key("疟疾是发展中国家的主要死因。")
    assert "china" not in key
    assert "china" in _key("这项研究在中国开展。")


# ---- guard: "…, but not X" denies the claim of X


_FACTORS = ["In multivariable analysis, factors independently associated with relapse were "
            "younger age, smoking and low income, but not obesity (odds ratio, 1.1; 95% CI, "
            "0.8-1.5)."]


def test_an_item_excepted_by_but_not_is_not_supported() -> None:
    verdict = _verify("多因素分析显示，肥胖是复发的独立危险因素[1]。", "Relapse after surgery", _FACTORS)
    assert verdict.status != "supported"
    english = _verify("Obesity was an independent risk factor for relapse.", "Relapse after surgery",
                      _FACTORS)
    assert english.status != "supported"


def test_an_item_of_the_list_before_but_not_is_still_supported() -> None:
    verdict = _verify("Smoking was independently associated with relapse.", "Relapse after surgery",
                      _FACTORS)
    assert verdict.status == "supported"
