"""Session 14: a Chinese claim's cause clause and a Chinese drug name as its subject."""

from __future__ import annotations

import claimcheck


def _status(claim: str, sentences: list[str]) -> str:
    return claimcheck.verify(claim, abstract=sentences).status


def test_chinese_cause_the_sentence_does_not_state() -> None:
    claim = "接受血液透析的老年患者收缩压在随访期间逐渐升高，主要由于钠摄入增加。"
    finding = ("Systolic blood pressure rose gradually during follow-up in older patients "
               "receiving hemodialysis.")
    assert _status(claim, [finding]) == "partially_supported"
    assert _status(claim, [finding[:-1] + ", mainly owing to higher sodium intake."]) \
        == "supported"


def test_chinese_benefit_from_cause() -> None:
    claim = "研究者认为，二期高血压风险的下降很可能得益于对血压明显升高者的治疗大大增加。"
    assert _status(claim, ["Although the decline in lifetime risk for stage 2 high blood "
                           "pressure represents a major achievement, efforts should be "
                           "directed at the primary prevention of hypertension."]) \
        == "partially_supported"
    assert _status(claim, ["The decline in lifetime risk for stage 2 high blood pressure "
                           "probably reflects the marked increase in treatment of people "
                           "with elevated blood pressure."]) == "supported"


def test_causing_verb_is_no_cause_clause() -> None:
    assert _status("吸烟导致肺癌风险增加。", ["Smoking increased the risk of lung cancer."]) \
        == "supported"


def test_chinese_drug_subject_never_named() -> None:
    claim = "利妥昔单抗可降低老年人类风湿关节炎的复发风险。"
    assert _status(claim, ["Methotrexate lowered the risk of rheumatoid arthritis relapse "
                           "in older adults."]) == "not_found"
    assert _status(claim, ["Rituximab lowered the risk of rheumatoid arthritis relapse in "
                           "older adults."]) == "supported"


def test_chinese_drug_named_by_its_stem_is_left_to_the_judge() -> None:
    # 罗格列酮 read with another first letter: the source's -glitazone names it
    verdict = claimcheck.verify("罗格列酮可改善小鼠结肠的病情。",
                                abstract=["Rosiglitazone has no effect on the colon of mice."])
    assert "never names" not in verdict.rationale


def test_chinese_dictionary_word_is_no_subject() -> None:
    claim = "研究结论认为，每天吸烟15支及以上的人把吸烟量减半，可以显著降低肺癌风险。"
    assert _status(claim, ["Smokers of 15 or more cigarettes per day who halved their "
                           "smoking had a significantly lower risk of lung cancer."]) \
        == "supported"
