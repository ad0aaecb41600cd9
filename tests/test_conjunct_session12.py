"""A claim joining two statements of change is read statement by statement (session 12,
guard `conjunct`): each against the clause of the deciding sentence that speaks of what it
alone names. Chinese comparatives of length (更长, 较短) state a change; 久坐 is sedentary."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.terms import analyze

SOURCE = ("After the training programme the nurses reported reduced back pain; this benefit "
          "came with increased shift satisfaction and increased sleep duration.")


def test_second_statement_the_other_way_is_contradicted() -> None:
    verdict = claimcheck.verify("The nurses reported reduced back pain, and their sleep "
                                "duration decreased [1].", abstract=SOURCE)
    assert verdict.status == "contradicted"
    assert "sleep duration decreased" in verdict.rationale


def test_both_statements_the_same_way_stand() -> None:
    verdict = claimcheck.verify("The nurses reported reduced back pain, and their sleep "
                                "duration increased [1].", abstract=SOURCE)
    assert verdict.status == "supported"


def test_chinese_length_comparatives_state_a_change() -> None:
    g = load_glossary()
    assert analyze("住院时间更长", g).direction == 1
    assert analyze("住院时间较短", g).direction == -1


def test_chinese_sedentary_reads_inactivity() -> None:
    source = ("Having a garden at home was associated with increased outdoor play among "
              "children (AOR: 1.38; CI: 1.12-1.70) and decreased inactivity (AOR:.74; "
              "CI:.61-.90).")
    verdict = claimcheck.verify("家里有花园的儿童户外玩耍更多，但久坐时间也更长[1]。", abstract=source)
    assert verdict.status == "contradicted"
