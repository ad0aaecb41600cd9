"""Chinese measure words reaching the English sentence that states them (session 7,
docs/evidence.md "Chinese readings (session 7)"). Each test is a member of its class on a
topic of its own, not a sentence of the article probes."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck
from claimcheck.errors import InputError
from claimcheck.evidence import load_glossary
from claimcheck.evidence.match import term_weight
from claimcheck.evidence.terms import analyze


def _found(word: str, english: str) -> bool:
    glossary = load_glossary()
    return glossary.lexicon().found_in(word, analyze(english, glossary).stems)


def _key(text: str) -> frozenset[str]:
    return analyze(text, load_glossary()).key


def _status(claim: str, title: str, sentence: str) -> str:
    return claimcheck.verify(claim, title=title, abstract=[sentence]).status


# ---- a numeral with a measure word is a figure, not a word to find


@pytest.mark.parametrize("word", ["三次", "两组", "一名", "半年", "第三次", "每个", "各组", "五项"])
def test_a_numeral_with_a_measure_word_is_no_term(word: str) -> None:
    # CEDICT reads 三次 "third; cubic" and 半年 "half": neither is what the claim says
    assert load_glossary().lexicon().read(word) is None
    glossary = load_glossary()
    assert all(term_weight(concept, glossary) == 0 for concept in _key(f"患者{word}接受了透析")
               if word in concept)


@pytest.mark.parametrize(("word", "english"), [
    ("一次", "Once-weekly dosing was well tolerated."),
    ("每周", "Dialysis was given every week."),
])
def test_a_frequency_keeps_its_reading(word: str, english: str) -> None:
    assert _found(word, english)


def test_a_numeral_word_does_not_cost_a_figure_its_measure() -> None:
    claim = "患者每周接受三次透析，共有40名患者完成了研究[1]。"
    assert _status(claim, "Home haemodialysis", "Forty patients completed the study.") == \
        "supported"


# ---- one English family under two stems: irregular plurals and Latin adjectives


@pytest.mark.parametrize(("word", "english"), [
    ("儿童", "Asthma was common among the surveyed children."),
    ("儿童", "Paediatric admissions fell."),
    ("孩子", "Exposure in early childhood was recorded."),
    ("母亲", "Maternal smoking was associated with low birth weight."),
    ("父亲", "Paternal age was recorded."),
    ("呼吸", "Respiratory symptoms were recorded."),
    ("宫颈", "Cervical cytology was normal."),
    ("皮质", "Cortical thickness was measured by MRI."),
    ("外科", "Patients on surgical wards were included."),
    ("主动脉", "Aortic stiffness was measured."),  # aorta / aortic
    ("焦虑", "Anxiety scores fell."),  # anxious / anxiety
    ("决定", "The decision to operate was shared."),  # decide / decision
])
def test_a_gloss_is_found_under_its_other_stem(word: str, english: str) -> None:
    assert _found(word, english)


@pytest.mark.parametrize(("word", "english"), [
    ("动脉", "Articular cartilage was preserved."),  # artery is no "articular"
    ("指数", "The results indicated a benefit."),  # index is no "indicate"
    ("儿童", "Mental health was assessed."),
    ("媒体", "Medical care was free."),  # media is no "medic"
])
def test_the_other_stems_stay_narrow(word: str, english: str) -> None:
    assert not _found(word, english)


def test_a_figure_about_children_is_stated_by_children() -> None:
    claim = "在接受调查的儿童中，有30%患有哮喘[1]。"
    assert _status(claim, "Asthma in schoolchildren",
                   "Overall, 30% of the surveyed children had asthma.") == "supported"


def test_a_figure_with_a_mothers_exposure_is_stated_by_maternal() -> None:
    claim = "母亲吸烟的婴儿中，有12%出现低出生体重[1]。"
    assert _status(claim, "Smoking in pregnancy",
                   "Low birth weight occurred in 12% of infants with maternal smoking.") == \
        "supported"


# ---- the part of a region: "western part" is written "western"


@pytest.mark.parametrize(("word", "english"), [
    ("西部", "A cohort from western Norway was followed."),
    ("东部", "Clinics in eastern Europe took part."),
    ("中部", "Hospitals in central Italy were included."),
])
def test_a_part_of_a_region_is_found_by_its_adjective(word: str, english: str) -> None:
    assert _found(word, english)


def test_a_part_of_a_region_is_not_another_part() -> None:
    assert not _found("西部", "A cohort from eastern Norway was followed.")


def test_a_study_place_with_a_part_is_stated() -> None:
    claim = "这项在挪威西部开展的研究纳入了1200名成年人[1]。"
    assert _status(claim, "A cohort", "This study enrolled 1200 adults in western Norway.") == \
        "supported"


# ---- drug names: the glitazone and oxicam stems; pinyin b writes English p


@pytest.mark.parametrize(("word", "english"), [
    ("吡格列酮", "Pioglitazone improved liver histology."),
    ("吡罗昔康", "Piroxicam relieved joint pain."),
    ("美洛昔康", "Meloxicam 15 mg daily was given."),
])
def test_a_drug_of_a_new_stem_is_found(word: str, english: str) -> None:
    assert _found(word, english)


def test_drugs_of_a_stem_stay_apart() -> None:
    assert not _found("吡格列酮", "Rosiglitazone improved liver histology.")
    assert not _found("美洛昔康", "Piroxicam relieved joint pain.")


def test_a_verb_with_its_aspect_mark_is_no_syllable_of_the_drug() -> None:
    # 用过 + 吡格列酮 (ever used pioglitazone): jieba cuts 用过 / 吡格列 / 酮
    key = _key("用过吡格列酮的患者中，有5%出现水肿")
    assert "zh:吡格列酮" in key
    assert not any(c.startswith("zh:用过") for c in key)


# ---- senses CC-CEDICT lacks (glossary `senses:`): for the Chinese side only


@pytest.mark.parametrize(("word", "english"), [
    ("校正", "The adjusted odds ratio was 1.8."),
    ("合并", "The pooled estimate was 0.8."),
    ("抽取", "Charts were sampled at random."),
    ("病历", "Medical records were reviewed."),
    ("审查", "A blinded review of each chart."),
    ("狭窄", "Aortic stenosis was severe."),
    ("无创", "Noninvasive monitoring was used."),
    ("体脂", "Body fat was measured by DXA."),
    ("活产", "There were 412 live births."),
    ("确诊", "Patients newly diagnosed with epilepsy were enrolled."),
    ("专项", "A specific training programme for balance was offered."),
])
def test_a_biomedical_sense_cedict_lacks_is_read(word: str, english: str) -> None:
    assert _found(word, english)


def test_a_sense_adds_nothing_to_english_text() -> None:
    # "adjusted" names no concept of its own in an English claim: senses are Chinese-side
    assert _key("The adjusted odds ratio was 1.8.") == _key("The odds ratio was 1.8.") | {
        "~adjust"}


def test_a_figure_with_an_adjusted_ratio_is_stated() -> None:
    claim = "校正比值比为1.8（95%置信区间1.2～2.7）[1]。"
    sentence = "The adjusted odds ratio for readmission was 1.8 (95% CI 1.2-2.7)."
    assert _status(claim, "Readmission after hip surgery", sentence) == "supported"


def test_a_users_glossary_adds_senses(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("senses:\n  浊音: [dullness]\nterms: []\n", encoding="utf-8")
    glossary = load_glossary(path)
    stems = analyze("Dullness to percussion was noted.", glossary).stems
    assert glossary.lexicon().found_in("浊音", stems)
    assert not load_glossary().lexicon().found_in("浊音", stems)


def test_senses_that_are_no_mapping_are_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("senses: [校正]\nterms: []\n", encoding="utf-8")
    with pytest.raises(InputError, match="senses"):
        load_glossary(path)


# ---- a verb and its agent noun; a body system by its adjective; a test result


@pytest.mark.parametrize(("word", "english"), [
    ("吸烟", "Former smokers had a lower risk."),  # smoke / smoker
    ("驾驶", "Older drivers were surveyed."),  # drive / driver
    ("消化道", "Digestive symptoms were mild."),  # "digestive tract"
    ("神经系统", "Nervous disorders were rare."),  # "nervous system"
    ("呈阴性", "All cultures were negative."),  # "to test negative"
])
def test_a_word_of_the_family_is_found(word: str, english: str) -> None:
    assert _found(word, english)


def test_an_agent_noun_is_no_other_derivation() -> None:
    assert not _found("吸烟", "Smokeless tobacco was used.")


def test_a_count_of_smokers_is_stated_by_smokers() -> None:
    claim = "与持续吸烟者相比，戒烟者的心肌梗死风险比为0.64（95%置信区间0.51～0.80）[1]。"
    sentence = ("The hazard ratio for myocardial infarction in quitters was 0.64 (95% CI "
                "0.51-0.80) compared with continuing smokers.")
    assert _status(claim, "Smoking cessation after angina", sentence) == "supported"


# ---- a lay gloss of a clinical word: "to suffer X", British glosses, technical senses


@pytest.mark.parametrize(("word", "english"), [
    ("水肿", "Peripheral oedema was reported."),  # "to suffer edema"
    ("失眠", "Insomnia improved with CBT."),  # "to suffer insomnia"
    ("受损", "Damage to the retina was graded."),  # "to suffer damage"
    ("剖宫产", "Caesarean delivery rates rose."),  # "birth by caesarean section"
    ("剖宫产", "Cesarean delivery rates rose."),
    ("缺血", "Ischaemic stroke was the outcome."),  # "insufficient blood supply"
    ("缺氧", "Hypoxic episodes were frequent."),
    ("早产", "Preterm birth occurred in 9%."),  # "premature birth"
    ("再入院", "Readmission within 30 days fell."),
])
def test_a_clinical_word_is_found_as_the_source_writes_it(word: str, english: str) -> None:
    assert _found(word, english)


def test_a_suffered_condition_is_still_that_condition() -> None:
    assert not _found("失眠", "Anxiety improved with CBT.")
    assert not _found("低出生体重", "High birth weight was recorded.")  # low, birth and weight
