"""Session 15: a claim of two statements, one stated by the source and the other not addressed,
is partly supported (topics of our own). The stated half may be read in one piece of a sentence
that states both directions; a second statement may join without a comma of its own (", so",
"and recommend"); a correlative ("越…越…") is one statement; a sentence naming its subject by a
pronoun reads it from the title. A setting, purpose or condition is no statement, and a half
stated the other way, or a source on something else, never makes the claim partly supported."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence.halves import asserts, pronoun_subject, statements

_METFORMIN = [
    "We randomised 400 adults with type 2 diabetes to metformin or placebo for 12 months.",
    "Metformin lowered fasting glucose and improved insulin sensitivity but increased blood "
    "lactate levels and slightly reduced vitamin B12 concentrations.",
]


def _status(claim: str, abstract: list[str], title: str = "") -> str:
    return claimcheck.verify(claim, title=title, abstract=abstract).status


def test_half_stated_in_a_piece_of_a_mixed_sentence() -> None:
    claim = ("Metformin increased blood lactate levels, and most patients stopped the drug "
             "within a month [1].")
    assert _status(claim, _METFORMIN) == "partially_supported"


def test_half_stated_the_other_way_is_not_partial() -> None:
    claim = ("Metformin reduced blood lactate levels, and most patients stopped the drug "
             "within a month [1].")
    assert _status(claim, _METFORMIN) != "partially_supported"


def test_wrong_source_is_not_partial() -> None:
    claim = ("Metformin increased blood lactate levels, and most patients stopped the drug "
             "within a month [1].")
    other = ["Statins lowered LDL cholesterol in older women.",
             "Muscle pain was common among women taking statins."]
    assert _status(claim, other) == "not_found"


def test_inference_joined_by_so() -> None:
    claim = ("Caffeine is a common ingredient of energy drinks, so energy drinks are likely to "
             "cause the same arrhythmias in teenagers [1].")
    abstract = ["Caffeine is a common ingredient of energy drinks and soft drinks.",
                "We measured caffeine intake in 300 students."]
    assert _status(claim, abstract, "Caffeine intake among students") == "partially_supported"


def test_statements_cut_and_correlative_kept() -> None:
    assert statements(["The authors call the gains modest and recommend yearly checks"]) == [
        "The authors call the gains modest", "recommend yearly checks"]
    assert statements(["年龄越大", "骨折后恢复越慢"]) == ["年龄越大，骨折后恢复越慢"]
    assert statements(["Sleep was shorter, so mood suffered"]) == [
        "Sleep was shorter", "mood suffered"]


def test_settings_and_conditions_are_no_statements() -> None:
    assert not asserts("在缺乏维生素D的老年人中")
    assert not asserts("为了解吸烟对睡眠的影响")
    assert not asserts("无论患者是否接受手术")
    assert not asserts("In patients lacking the enzyme")
    assert not asserts("血清维生素D水平较低的老年人")
    assert asserts("吸烟者的睡眠时间明显缩短")
    assert asserts("Smokers slept less")


def test_pronoun_subject() -> None:
    assert pronoun_subject("Many were based on outdated leaflets.")
    assert pronoun_subject("Most of them had stopped smoking.")
    assert not pronoun_subject("Nurses found the app easy to use.")


def test_chinese_half_in_a_piece() -> None:
    assert _status("二甲双胍升高了血乳酸水平，而且大多数患者在一个月内停药[1]。",
                   _METFORMIN) == "partially_supported"
    assert _status("二甲双胍降低了血乳酸水平，而且大多数患者在一个月内停药[1]。",
                   _METFORMIN) != "partially_supported"


def test_pronoun_sentence_read_with_its_title() -> None:
    claim = ("Many of the prescribing mistakes were based on outdated drug charts, and they were "
             "commonest in wards with agency staff [1].")
    abstract = ["We reviewed 900 prescriptions in six hospitals.",
                "Many were based on outdated drug charts."]
    assert _status(claim, abstract, "Prescribing mistakes in hospitals: a review") == \
        "partially_supported"
    assert _status(claim, abstract, "Pressure ulcers in hospitals: a review") == "not_found"
