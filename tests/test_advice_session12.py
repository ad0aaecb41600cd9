"""A claim that reports a recommendation needs a stating sentence that gives one (session 12):
"the authors urge …", "作者呼吁…", "… should …" against findings alone is at most
`partially_supported` (a sole statement: `not_found`)."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence.advice import advice_cue, gives_advice

FINDING = ("Only 18.4% of the older adults in the survey had received a pneumococcal "
           "vaccine, although vaccinated adults had fewer hospital admissions for pneumonia.")
ADVICE = ("Pneumococcal vaccination should be offered to all older adults at their annual "
          "check-up.")


def test_cues() -> None:
    assert advice_cue("作者因此呼吁把疫苗接种纳入年度体检") == "呼吁"
    assert advice_cue("The authors urge doctors to offer the vaccine.") == "urge"
    assert advice_cue("Vaccinated adults had fewer admissions.") is None
    assert gives_advice(ADVICE)
    assert not gives_advice(FINDING)
    assert not gives_advice("Uptake was considerably low.")


def test_advice_not_given_is_not_supported() -> None:
    claim = ("只有约两成（18.4%）的老年人接种了肺炎球菌疫苗，作者因此呼吁把接种纳入年度体检[1]。")
    verdict = claimcheck.verify(claim, abstract=FINDING)
    assert verdict.status != "supported"


def test_advice_given_stands() -> None:
    claim = "The authors say pneumococcal vaccination should be offered to all older adults [1]."
    verdict = claimcheck.verify(claim, abstract=[FINDING, ADVICE])
    assert verdict.status == "supported"


def test_a_proposed_treatment_needs_a_sentence_about_treating() -> None:
    mouse = ["Mice lacking Sirt3 in the kidney were protected from fibrosis after injury."]
    claim = ("Mice lacking Sirt3 in the kidney were protected from fibrosis, and the authors "
             "suggest that drugs blocking Sirt3 could treat kidney fibrosis in people [1].")
    assert claimcheck.verify(claim, abstract=mouse).status == "partially_supported"
    said = mouse + ["Blocking Sirt3 may offer a therapeutic strategy for kidney fibrosis."]
    assert "a recommendation or a use" not in claimcheck.verify(claim, abstract=said).rationale
