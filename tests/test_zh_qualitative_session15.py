"""Chinese qualitative and comparative decisions (session 15): negation prefixes of a term,
negation said on both sides, 比 comparatives, an exact range, crossed settings and recoded
letter codes. Sentences written for these tests, not taken from a corpus."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.names import renumbered_names
from claimcheck.evidence.terms import analyze, than_comparative


def _status(claim: str, *abstract: str) -> str:
    return claimcheck.verify(claim, abstract=list(abstract)).status


@pytest.mark.parametrize(("claim", "sentence", "status"), [
    # a negation prefix of the term against the English prefixed word
    ("这些干细胞在长期培养中始终未分化[1]。",
     "The stem cells remained undifferentiated throughout long-term culture.", "supported"),
    ("这些干细胞在长期培养中很快分化[1]。",
     "The stem cells remained undifferentiated throughout long-term culture.", "contradicted"),
    ("该神经损伤是不可逆的[1]。", "The nerve damage was irreversible in all animals.",
     "supported"),
    ("该神经损伤是可逆的[1]。", "The nerve damage was irreversible in all animals.",
     "contradicted"),
    # a prefix inside a description ("无保护…的青少年") is no negation, nor an antonym
    ("发生无保护性行为的青少年比例下降了[1]。",
     "The proportion of adolescents reporting unprotected sex declined.", "supported"),
])
def test_negation_prefix_of_a_term(claim: str, sentence: str, status: str) -> None:
    assert _status(claim, sentence) == status


@pytest.mark.parametrize(("claim", "status"), [
    ("35%的结直肠肿瘤完全不表达PTEN[1]。", "supported"),
    ("35%的结直肠肿瘤表达PTEN[1]。", "contradicted"),
])
def test_not_expressed_agrees_with_absent(claim: str, status: str) -> None:
    assert _status(claim, "PTEN expression was completely absent in 35% of colorectal "
                          "tumours.") == status


@pytest.mark.parametrize(("claim", "status"), [
    ("接种疫苗的儿童住院率比未接种者低40%[1]。", "supported"),
    ("接种疫苗的儿童住院率比未接种者高40%[1]。", "contradicted"),
])
def test_than_comparative_with_a_negated_comparator(claim: str, status: str) -> None:
    assert _status(claim, "Hospitalisation rates were 40% lower among vaccinated children "
                          "than among unvaccinated children.") == status


def test_than_comparative_reads_the_direction() -> None:
    g = load_glossary()
    lower = analyze("女性的卒中风险比男性低", g)
    higher = analyze("HPV组的检出率比传统组高出44%", g)
    assert (lower.direction, lower.negated) == (-1, False)
    assert (higher.direction, higher.negated) == (1, False)
    assert analyze("肿瘤组织中的比例没有变化", g).negated  # 比例 is no comparative
    assert than_comparative("最高", "两组中A组最高", 4) is None


def test_negation_on_both_sides_agrees() -> None:
    assert _status("胆囊切除术并非新手术：早在十九世纪，外科医生就已切除过胆囊[1]。",
                   "Cholecystectomy is not a new operation: surgeons removed gallbladders in "
                   "the nineteenth century.") == "supported"


def test_a_denial_paired_with_the_other_clause_still_opposes() -> None:
    assert _status("阿司匹林并不降低卒中发生率，但能降低死亡率[1]。",
                   "Aspirin did not reduce mortality, but it reduced the incidence of "
                   "stroke.") == "contradicted"


def test_an_exact_range_elsewhere_is_no_other_value() -> None:
    assert _status("每避免一例卒中所需治疗的人数在各试验之间从3.2到11.6不等[1]。",
                   "The trials reported absolute risk reductions of 2.5% to 7.5% for stroke.",
                   "The number needed to treat to prevent one stroke ranged between 3.2 and "
                   "11.6.") != "contradicted"


@pytest.mark.parametrize(("claim", "status"), [
    ("该药在男性中升高血压，在女性中则降低血清胆固醇[1]。", "contradicted"),
    ("该药在女性中升高血压，在男性中则降低血清胆固醇[1]。", "supported"),
])
def test_settings_crossed_between_two_findings(claim: str, status: str) -> None:
    assert _status(claim, "The drug raised blood pressure in women, whereas it lowered serum "
                          "cholesterol in men.") == status


def test_a_letter_code_with_another_last_letter() -> None:
    assert renumbered_names("这只小鼠具有XY核型", "The mouse line keeps a normal XX karyotype.") \
        == [("XY", "XX")]
    assert renumbered_names("患者血清IgM升高", "Serum IgG rose in the patients.") == [("IgM", "IgG")]
    assert renumbered_names("具有XX核型", "The line keeps a normal XX karyotype.") == []


@pytest.mark.parametrize(("claim", "status"), [
    ("城市居民的收缩压比农村居民高出4.2 mmHg[1]。", "supported"),
    # the other way round, or the groups swapped: the difference does not confirm it
    ("城市居民的收缩压比农村居民低4.2 mmHg[1]。", "partially_supported"),
    ("农村居民的收缩压比城市居民高出4.2 mmHg[1]。", "partially_supported"),
])
def test_than_comparative_against_a_difference_between_groups(claim: str, status: str) -> None:
    assert _status(claim, "Systolic blood pressure was recorded at baseline (difference between "
                          "urban versus rural residents, 4.2 mmHg; 95% CI 2.1 to 6.3).") == status
