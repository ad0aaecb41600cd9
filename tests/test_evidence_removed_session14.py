"""Classes the evidence-removed test found (bench/evidence_removed.py, session 14): a figure of
another drug, a place in a ranking never printed, counts of practices and practitioners, a
fraction of a population read as one person."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence.quantities import extract_quantities

ANTIVIRALS = ["A total of 410 adults started treatment; 96 (23%) of them received ritonavir.",
              "Only tenofovir (adjusted odds ratio [AOR], 3.1; 95% CI, 1.4-6.9) was associated "
              "with kidney injury."]


def _status(claim: str, abstract: list[str]) -> str:
    return claimcheck.verify(claim, abstract=abstract).status


def test_figure_of_another_drug_is_not_the_claims() -> None:
    assert _status("About 23% of the adults received tenofovir [1].", ANTIVIRALS) != "supported"
    assert _status("About 23% of the adults received ritonavir [1].", ANTIVIRALS) == "supported"


def test_capital_abbreviation_after_ratio_name() -> None:
    claim = "Tenofovir was associated with kidney injury (adjusted odds ratio 3.1) [1]."
    assert _status(claim, ANTIVIRALS) == "supported"
    wrong = "Tenofovir was associated with kidney injury (adjusted odds ratio 1.3) [1]."
    assert _status(wrong, ANTIVIRALS) == "contradicted"


RANKING = ["We estimated exposure and attributable burden for 84 risk factors in 195 countries.",
           "Physical inactivity was the fourth leading risk factor for death in 2019."]


def test_place_in_a_ranking_must_be_printed() -> None:
    stated = "Physical inactivity was the fourth leading risk factor for death in 2019 [1]."
    assert _status(stated, RANKING) == "supported"
    assert _status(stated, RANKING[:1]) != "supported"
    assert _status("2019年，缺乏运动是第四大死亡危险因素[1]。", RANKING[:1]) != "supported"


def test_practices_are_not_practitioners() -> None:
    abstract = ["PARTICIPANTS 14 general practitioners and 40 of their patients were interviewed."]
    assert _status("The study took place in 14 general practices [1].", abstract) != "supported"


def test_fraction_of_a_population_is_no_count_of_one() -> None:
    assert not [q for q in extract_quantities("摄入量最高的三分之一人群") if q.kind == "count"]
    assert [q.value for q in extract_quantities("其中一人死亡")] == [1.0]
