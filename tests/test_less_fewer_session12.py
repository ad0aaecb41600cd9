""""less" and "fewer" state a smaller amount (session 12) — "fewer falls", "less bleeding" —
unless they bound a figure ("fewer than 300 patients"), compare with another group ("less
than in smokers") or grade an adjective ("less severe", "less often")."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.terms import analyze


def test_fewer_and_less_state_a_decrease() -> None:
    g = load_glossary()
    assert analyze("Residents had fewer falls after the programme.", g).direction == -1
    assert analyze("Patients on the new dressing had less bleeding.", g).direction == -1


def test_bounds_comparisons_and_adjectives_state_no_change() -> None:
    g = load_glossary()
    for text in ("Fewer than 300 patients were enrolled.", "Less than 5% of nurses smoked.",
                 "Rates were less than in smokers.", "Symptoms were less severe.",
                 "Relapses occurred less often."):
        assert analyze(text, g).direction == 0, text


def test_less_against_an_increase_is_contradicted() -> None:
    source = ("Twelve weeks of the diet was followed by increased insulin sensitivity and "
              "increased fat oxidation in the volunteers.")
    verdict = claimcheck.verify("The volunteers showed less fat oxidation after the diet [1].",
                                abstract=source)
    assert verdict.status == "contradicted"
    verdict = claimcheck.verify("The volunteers showed more fat oxidation after the diet [1].",
                                abstract=source)
    assert verdict.status != "contradicted"


def test_greater_and_smaller_state_a_change_unless_a_bound() -> None:
    g = load_glossary()
    assert analyze("Smokers had greater arterial stiffness.", g).direction == 1
    assert analyze("The smaller trial enrolled nurses.", g).direction == -1
    assert analyze("Greater than 40% of nurses smoked.", g).direction == 0


def test_chinese_higher_is_stated_by_greater() -> None:
    source = ("Nurses who work 12 or more hours per shift had greater fatigue scores (P<.001) "
              "than those who worked less than 8 hours per shift.")
    verdict = claimcheck.verify("每班工作12小时及以上的护士，疲劳评分比每班不到8小时的护士更高[1]。",
                                abstract=source)
    assert verdict.status == "supported"
