"""Opposite experiments: a finding after removing X is not stated by one after overexpressing
X, nor the reverse (guard `experiment`, session 11)."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence.function import gains, opposite_experiment
from claimcheck.evidence.glossary import load_glossary

ABSTRACT = [
    "Mice overexpressing FOXO3 in hepatocytes were protected from diet-induced fatty liver.",
    "In cultured cells, FOXO3 knockdown increased lipid accumulation.",
]


def test_gains_are_bound_to_their_subject() -> None:
    g = load_glossary()
    assert [r.words for r in gains("Mice overexpressing FOXO3 were protected", g)] == ["FOXO3"]
    assert [r.words for r in gains("FOXO3-overexpressing mice were protected", g)] == ["FOXO3"]
    assert [r.words for r in gains("过表达FOXO3的小鼠", g)] == ["FOXO3"]
    assert gains("FOXO3 was expressed in liver", g) == ()


def test_opposite_experiments_are_found_either_way() -> None:
    g = load_glossary()
    assert opposite_experiment("Mice lacking FOXO3 were protected", ABSTRACT[0], g) == "FOXO3"
    assert opposite_experiment("FOXO3 overexpression raised lipid levels", ABSTRACT[1], g) == \
        "FOXO3"
    assert opposite_experiment("Mice overexpressing FOXO3 were protected", ABSTRACT[0], g) == ""


@pytest.mark.parametrize("claim", [
    "Mice lacking FOXO3 in hepatocytes are protected from diet-induced fatty liver.",
    "肝细胞中敲除FOXO3的小鼠可免于饮食诱导的脂肪肝。",
])
def test_a_removal_is_not_supported_by_an_overexpression(claim: str) -> None:
    verdict = claimcheck.verify(claim, abstract=ABSTRACT)
    assert verdict.status == "not_found"
    assert "opposite experiments on FOXO3" in verdict.rationale


def test_the_same_experiment_still_supports() -> None:
    claim = "Mice overexpressing FOXO3 in hepatocytes were protected from fatty liver."
    assert claimcheck.verify(claim, abstract=ABSTRACT).status == "supported"
