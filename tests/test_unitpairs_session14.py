"""Swapped groups read in pairs of figures with units and after one group named alone
(session 14)."""

from __future__ import annotations

import claimcheck


def _status(claim: str, source: str) -> str:
    return claimcheck.verify(claim, abstract=[source]).status


def test_zh_implied_other_group_swapped() -> None:
    claim = "鱼油组的复发率较低（9%对13%）。"
    assert _status(claim, "鱼油组的复发率为13%，安慰剂组为9%。") == "contradicted"
    assert _status(claim, "鱼油组的复发率为9%，安慰剂组为13%。") != "contradicted"


def test_zh_implied_other_group_second_topic() -> None:
    claim = "运动组的跌倒率较低（11%对20%）。"
    assert _status(claim, "运动组的跌倒率为20%，对照组为11%。") == "contradicted"
    assert _status(claim, "运动组的跌倒率为11%，对照组为20%。") != "contradicted"


def test_units_pairs_swapped_en() -> None:
    claim = "Fasting glucose was 6.1 mmol/L for smokers and 5.3 mmol/L for non-smokers."
    assert _status(claim, "Fasting glucose was 5.3 mmol/L for smokers and 6.1 mmol/L for "
                          "non-smokers.") == "contradicted"
    assert _status(claim, claim) == "supported"


def test_zh_units_pair_after_two_groups() -> None:
    claim = "手术组与药物组的住院时间缩短3.5天对1.2天。"
    assert _status(claim, "手术组与药物组的住院时间缩短1.2天对3.5天。") == "contradicted"
    claim = "干预组与对照组的体重下降5.2公斤对2.1公斤。"
    assert _status(claim, "干预组与对照组的体重下降2.1公斤对5.2公斤。") == "contradicted"
    assert _status(claim, claim) == "supported"


def test_group_right_after_count_en() -> None:
    claim = "The cohort comprised 30 men and 12 women."
    assert _status(claim, "The cohort comprised 12 men and 30 women.") == "contradicted"
    assert _status(claim, claim) == "supported"
    claim = "The hospitals were 5 rural, 7 urban."
    assert _status(claim, "Of the 12 hospitals, 7 were rural and 5 urban.") == "contradicted"
    assert _status(claim, "Of the 12 hospitals, 5 were rural and 7 urban.") == "supported"


def test_group_right_after_count_zh() -> None:
    claim = "研究纳入30名男性和12名女性。"
    assert _status(claim, "研究纳入12名男性和30名女性。") == "contradicted"
    assert _status(claim, claim) == "supported"


def test_ingredient_doses_are_no_groups() -> None:
    claim = "Each tablet held 50 mg of zinc, 200 mg of magnesium and 5 mg of iron."
    assert _status(claim, "Participants took a tablet containing 50 mg of zinc, 200 mg of "
                          "magnesium oxide (magnesium), and 5 mg of ferrous sulfate (iron) or a "
                          "placebo.") != "contradicted"
