"""Which words a figure is said of (session 11, docs/evidence.md "Figures said of other words
(session 11)"): a claim figure whose own clause names little is bound by another figure of the
claim's sentence that the source states beside it, in the same order. Each test is a member of
its class on a topic of its own, not a sentence of the article probes or of SciFact."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence import load_glossary
from claimcheck.evidence.quantities import extract_quantities
from claimcheck.evidence.terms import analyze, descriptive_negation


def _verify(claim: str, title: str, sentences: list[str]) -> claimcheck.Verdict:
    return claimcheck.verify(claim, title=title, abstract=sentences)


# ---- a partner figure from another clause of the claim


def test_a_second_figure_in_a_clause_of_its_own_is_bound_by_its_partner_zh() -> None:
    # "最少的一组仅为2.3克": the lowest group's clause names no measure; the source gives both
    # intakes together, in the claim's order
    verdict = _verify("钙摄入量最高的一组中位数为每天14.8克，最少的一组仅为每天2.3克[1]。",
                      "Calcium intake and fracture risk in older men",
                      ["Men in the highest fifth of calcium intake (median intake, 14.8 g/d vs "
                       "2.3 g/d in the lowest fifth) had fewer hip fractures."])
    assert verdict.status == "supported"
    assert "2.3" in verdict.rationale


def test_a_second_figure_in_a_clause_of_its_own_is_bound_by_its_partner_en() -> None:
    # "312 were eligible": the second clause says only that they qualified; the source gives
    # 1,420 and 312 in one sentence, in the claim's order
    verdict = _verify("Of 1,420 children screened at the clinics, 312 qualified for the trial [1].",
                      "Iron supplements in preschool children",
                      ["Of 1,420 children screened in 14 clinics, 312 met the inclusion "
                       "criteria and were randomised."])
    assert verdict.status == "supported"


def test_a_partner_in_the_other_order_binds_nothing_zh() -> None:
    # the source gives 2.3 before 14.8: which group each is for is not told in the claim's
    # order, so the lowest group's 2.3 is not bound by its partner
    verdict = _verify("钙摄入量最高的一组中位数为每天14.8克，最少的一组仅为每天2.3克[1]。",
                      "Calcium intake and fracture risk in older men",
                      ["Hip fractures were fewer at higher calcium intake (median intake, "
                       "2.3 g/d vs 14.8 g/d)."])
    assert verdict.status != "supported"
    assert "2.3克 appears, said of other words" in verdict.rationale


def test_a_partner_in_the_other_order_binds_nothing_en() -> None:
    verdict = _verify("Of 1,420 children screened at the clinics, 312 qualified for the trial [1].",
                      "Iron supplements in preschool children",
                      ["312 of the children screened met the inclusion criteria; 1,420 were "
                       "screened in 14 clinics."])
    assert verdict.status != "supported"


def test_a_partner_does_not_lend_a_group_named_beside_another_figure() -> None:
    # 27% is the specific group's in the source: the controls' word still decides
    verdict = _verify("专项康复组有58%的患者重返工作，对照组只有27%[1]。",
                      "Specific rehabilitation after knee surgery",
                      ["A lower proportion of patients in the specific rehabilitation group "
                       "returned to work: 27% (14/52) v 58% (29/50)."])
    assert verdict.status != "supported"


def test_a_partner_does_not_lend_a_drug_named_beside_another_figure() -> None:
    # the claim gives 41.2% to nortriptyline; the source to amitriptyline, in the same order:
    # the drug the claim names beside each figure still decides, whatever its partner
    verdict = _verify("头痛天数减少的比例，去甲替林组为41.2%，阿米替林组只有23.6%[1]。",
                      "Tricyclic antidepressants for chronic tension-type headache",
                      ["Headache days fell in 41.2% on amitriptyline, in 23.6% on "
                       "nortriptyline and in 20.1% on placebo."])
    assert verdict.status != "supported"


def test_nor_is_read_in_a_drug_name() -> None:
    # 去甲 "nor-": 去甲替林 is nortriptyline, not amitriptyline
    glossary = load_glossary()
    lexicon = glossary.lexicon()
    assert lexicon.found_in("去甲替林", analyze("on nortriptyline", glossary).stems)
    assert not lexicon.found_in("去甲替林", analyze("on amitriptyline", glossary).stems)


def test_a_partner_does_not_lend_a_glossary_drug() -> None:
    # "氯吡格雷组为37.5%，阿司匹林组为21.3%" against a source that gives 37.5% for aspirin: the
    # drugs the claim names beside each figure still decide
    verdict = _verify("随访一年时，氯吡格雷组的复发率为37.5%，阿司匹林组只有21.3%[1]。",
                      "Clopidogrel versus aspirin after minor stroke",
                      ["At one year, recurrence occurred in 37.5% on aspirin and in 21.3% on "
                       "clopidogrel."])
    assert verdict.status != "supported"


# ---- 非 as the prefix "non-" of a group's name


def test_non_as_the_prefix_of_a_group_is_no_negation() -> None:
    text = "吸烟者的平均收缩压为138毫米汞柱，非吸烟者为131毫米汞柱"
    assert descriptive_negation(text, text.index("非"))
    denial = "这种药物非但没有降低血压"
    assert not descriptive_negation(denial, denial.index("非"))


# ---- 无一例外 is no count


def test_without_exception_is_no_count_of_cases() -> None:
    assert [q.text for q in extract_quantities("纳入的研究无一例外都报告了获益")] == []
    assert [q.text for q in extract_quantities("除3例外，其余患者均好转")] == ["3例"]


# ---- conceiving is becoming pregnant


def test_conceiving_states_pregnancy() -> None:
    verdict = _verify("Women with a high thyroid antibody level were as likely to be pregnant "
                      "within a year: 71% were [1].",
                      "Thyroid antibodies and fertility",
                      ["Women with high thyroid antibody levels did not have a different "
                       "probability of conceiving within 12 months (71%; 95% CI, 60%-80%)."])
    assert "71%" in verdict.rationale
    assert "said of other words" not in verdict.rationale
