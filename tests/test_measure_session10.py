"""Measure words told elsewhere in the source (session 10, round 2): a claim's distinctive
value whose measure word the source names in another sentence, beside no other figure."""
from __future__ import annotations

import claimcheck


def _status(claim: str, title: str, abstract: list[str]) -> str:
    return str(claimcheck.verify(claim, title=title, abstract=abstract).status)


def test_a_word_the_source_names_only_in_its_aim_is_stated() -> None:
    # "pregnancy" is the study's (its aim), beside no figure: the 1.38 kg is the claim's
    status = _status("Women who followed the diet programme gained 1.38 kg less during pregnancy "
                     "[1].", "Diet and exercise programmes",
                     ["OBJECTIVE To assess programmes that limit weight gain in pregnancy.",
                      "RESULTS Women given a diet programme gained 1.38 kg less than controls."])
    assert status == "supported"


def test_a_word_in_the_sentence_of_another_figure_of_its_sort_still_binds() -> None:
    # "pregnancy" leads the sentence of the 2.10 kg, and "diet" is beside it: the 1.38 kg is
    # the exercise programme's
    status = _status("Women given the diet programme gained 1.38 kg less during pregnancy [1].",
                     "Diet and exercise programmes",
                     ["OBJECTIVE To assess programmes that limit weight gain.",
                      "RESULTS In pregnancy, women given a diet programme gained 2.10 kg less "
                      "than controls.",
                      "Women given an exercise programme gained 1.38 kg less than controls."])
    assert status != "supported"


def test_a_disease_the_source_never_names_still_binds() -> None:
    status = _status("Statin use carried a significantly higher risk of glaucoma (risk ratio "
                     "1.09) [1].", "Statins and new diabetes: a meta-analysis",
                     ["RESULTS Twelve studies investigated the association between statin use "
                      "and diabetes (1.09, 0.96 to 1.23) and four between statin use and "
                      "cataract (1.02, 0.90 to 1.16)."])
    assert status not in ("supported", "contradicted")


def test_a_group_named_for_another_count_still_binds() -> None:
    status = _status("这项研究纳入了412名开始新降压方案的糖尿病老年人[1]。",
                     "Blood pressure control in older adults",
                     ["We followed 412 older adults who were prescribed new antihypertensive "
                      "drugs between 2001 and 2003.",
                      "Of 300 older adults with diabetes, blood pressure fell in most."])
    assert status != "supported"


def test_a_chinese_measure_word_named_in_the_methods_is_stated() -> None:
    # 孕期 "pregnancy" named where the study is described, beside no other weight figure
    status = _status("参加饮食干预的女性孕期体重增加少了1.38公斤[1]。", "Diet programmes",
                     ["OBJECTIVE To assess programmes that limit weight gain in pregnancy.",
                      "RESULTS Women given a diet programme gained 1.38 kg less than controls."])
    assert status == "supported"
