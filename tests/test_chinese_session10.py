"""Chinese claims against English abstracts (session 10, docs/evidence.md "Chinese claims
(session 10)"). Each test is a member of its class on a topic of its own, not a sentence of the
article probes or of SciFact."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence import load_glossary
from claimcheck.evidence.terms import analyze


def _found(word: str, english: str) -> bool:
    glossary = load_glossary()
    return glossary.lexicon().found_in(word, analyze(english, glossary).stems)


def _verify(claim: str, title: str, sentences: list[str]) -> claimcheck.Verdict:
    return claimcheck.verify(claim, title=title, abstract=sentences)


# ---- a measure word the source holds nowhere is the claim's phrasing


def test_a_measure_word_the_source_never_holds_is_not_required_beside_the_figure() -> None:
    # 寄发 "to send" and 问卷 "questionnaire" as the claim says them; the source's "postal
    # survey" is read (问卷 "survey"), 寄发 nowhere: the count of practices is stated
    verdict = _verify("研究共向英国86家诊所寄发了问卷[1]。", "Survey of general practices",
                      ["A postal survey was sent to 86 general practices in the UK."])
    assert verdict.status == "supported"


def test_a_word_the_source_names_for_another_figure_still_binds() -> None:
    # 糖尿病 is in the source, for another group (300 adults with diabetes): the 412 older
    # adults are not said to be diabetic, and nothing is dropped for 开始/方案
    verdict = _verify("这项研究纳入了412名开始新降压方案的糖尿病老年人[1]。",
                      "Blood pressure control in older adults",
                      ["We followed 412 older adults who were prescribed new antihypertensive "
                       "drugs between 2001 and 2003.",
                       "Of 300 older adults with diabetes, blood pressure fell in most."])
    assert verdict.status != "supported"


# ---- a rate's unit names the rate


def test_a_rate_per_patient_days_needs_no_rate_word_beside_it() -> None:
    verdict = _verify("病房的感染发生率为每千个住院日12.6例[1]。", "Infections on a surgical ward",
                      ["The infection rate was 12.6 per 1000 patient-days on the ward."])
    assert verdict.status == "supported"


def test_another_rate_is_still_another_value() -> None:
    verdict = _verify("病房的感染发生率为每千个住院日12.6例[1]。", "Infections on a surgical ward",
                      ["The infection rate was 18.1 per 1000 patient-days on the ward."])
    assert verdict.status != "supported"


# ---- places by their adjective or abbreviation, still names of places


@pytest.mark.parametrize(("word", "english"), [
    ("英国", "Patients were recruited in 40 UK hospitals."),
    ("英国", "A British cohort of older adults."),
    ("丹麦", "A Danish registry study of all births."),
    ("荷兰", "A Dutch sample of 80 families."),
])
def test_a_country_is_found_by_its_adjective(word: str, english: str) -> None:
    assert _found(word, english)


@pytest.mark.parametrize("word", ["英国", "丹麦", "荷兰", "美国"])
def test_a_country_with_added_senses_still_names_a_place(word: str) -> None:
    assert load_glossary().lexicon().proper(word)


# ---- the abstract's term for a word CC-CEDICT reads in its everyday sense


@pytest.mark.parametrize(("word", "english"), [
    ("先天", "Cleft lip is a congenital anomaly."),
    ("对照", "We compared 120 cases with 240 controls."),
    ("活性炭", "Charcoal was given within an hour of ingestion."),
    ("偏好", "There was a strong bias towards the left side."),
    ("耗竭", "Glutathione depletion preceded cell death."),
    ("单用", "Metformin alone lowered glucose."),
    ("生活习惯", "A healthy lifestyle lowered the risk."),
    ("问卷", "Parents completed a survey on sleep."),
    ("猴子", "Twelve macaques were infected."),
    ("携带者", "Carriers of the variant had higher levels."),
    ("验证", "The association held in a replication sample."),
    ("瘦组织", "Lean tissue was measured by scanning."),
])
def test_a_chinese_word_meets_the_abstracts_term(word: str, english: str) -> None:
    assert _found(word, english)


def test_an_everyday_sense_is_not_read_into_an_unrelated_sentence() -> None:
    assert not _found("活性炭", "Activated T cells were counted.")
    assert not _found("先天", "The disease was acquired in adulthood.")


# ---- methods and measures jieba cuts into nonsense are glossary terms


@pytest.mark.parametrize(("claim", "concept"), [
    ("总能量消耗用双标水法测定", "doubly labeled water"),
    ("骨密度用双能X线吸收法测量", "dual-energy x-ray absorptiometry"),
    ("运动员的最大摄氧量较高", "maximal oxygen consumption"),
    ("男孩的总能量消耗更高", "energy expenditure"),
    ("尿道下裂是一种常见畸形", "hypospadias"),
])
def test_a_method_or_measure_is_one_term(claim: str, concept: str) -> None:
    assert concept in analyze(claim, load_glossary()).key


def test_a_congenital_malformation_claim_meets_its_sentence() -> None:
    verdict = _verify("尿道下裂是男孩常见的先天畸形[1]。", "Hypospadias in boys",
                      ["Hypospadias is a common congenital malformation in boys."])
    assert verdict.status == "supported"
