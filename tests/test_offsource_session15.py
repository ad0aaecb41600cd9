"""Another value that measures something else is no contradiction (session 15, offsource)."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence.analysis import QuantityInfo, analyse
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.offsource import _DESIGN_FIGURE, dispersion, never_named


def _status(claim: str, *sentences: str) -> str:
    return claimcheck.verify(claim, title="", abstract=list(sentences)).status


def test_complement_share_is_no_other_value() -> None:
    status = _status(
        "Seventy percent of the nurses worked at least one night shift per week.",
        "Thirty percent of the nurses worked no night shift per week, and the rate was "
        "higher in senior nurses.")
    assert status != "contradicted"


def test_change_per_year_is_no_share() -> None:
    status = _status(
        "Twelve percent of the patients with pneumonia died in hospital.",
        "In-hospital mortality of patients with pneumonia declined (−2.1%/y [95% CI, −3.0% "
        "to −1.2%], P < .001).")
    assert status != "contradicted"


def test_figure_of_an_unnamed_subgroup() -> None:
    status = _status(
        "Statin use was associated with a lower risk of dementia (odds ratio 0.71).",
        "Statin use was associated with a lower risk of dementia among individuals with "
        "APOE4-positive genotype (OR, 0.52 [95% CI, 0.40-0.68]).")
    assert status != "contradicted"


def test_whole_study_population_is_no_subgroup() -> None:
    verdict = claimcheck.verify(
        "The objective response rate with pembrolizumab was 45%.",
        title="Pembrolizumab in advanced melanoma",
        abstract=["Among patients with advanced melanoma, the objective response rate with "
                  "pembrolizumab was 33%."])
    assert verdict.status == "contradicted"


def test_figure_of_another_named_marker() -> None:
    status = _status(
        "Women with a high TSH level were as likely to conceive within a year: 58% did, "
        "against 60% of other women.",
        "Women with low AMH values did not have a different probability of conceiving within "
        "a year (52%) compared with women with normal values (61%).",
        "TSH was measured at enrolment.")
    assert status != "contradicted"


def test_same_measure_other_value_still_contradicts() -> None:
    status = _status(
        "The objective response rate with nivolumab was 45%.",
        "The objective response rate with nivolumab was 32% (95% CI, 25%-40%).")
    assert status == "contradicted"


def test_change_found_only_in_group_definitions() -> None:
    status = _status(
        "Drinkers who cut their intake by 60% markedly lowered their risk of gout.",
        "Participants were divided into 4 groups: continuing drinkers, reducers (cut intake "
        "by at least 60%), quitters and abstainers.",
        "Gout was ascertained from medical records.")
    assert status != "supported"


def _figure(text: str, printed: str, *, claim: bool = False) -> QuantityInfo:
    qs = analyse(text, load_glossary(), claim=claim).quantities
    return next(q for q in qs if q.quantity.text == printed)


def test_spread_after_a_mean() -> None:
    text = "The two arms lost a mean (SD) of 11.2% (3.9%) and 2.4% (1.8%) of body weight."
    assert dispersion(text, _figure(text, "3.9%"))
    assert not dispersion(text, _figure(text, "11.2%"))


def test_design_sentences() -> None:
    assert _DESIGN_FIGURE.search("The trial was powered to detect a 15% reduction in stroke.")
    assert _DESIGN_FIGURE.search("Sample size was based on a minimal clinically important "
                                 "difference of 8 points on the disability index.")
    assert not _DESIGN_FIGURE.search("Disability fell by 8 points more with exercise.")


def test_what_later_trials_must_do_is_no_finding() -> None:
    assert _status(
        "Vitamin K supplements slow the progression of arterial calcification.",
        "Further randomised trials are needed to establish whether vitamin K supplements "
        "slow the progression of arterial calcification.") != "supported"
    assert _status(
        "Acupuncture relieves chronic neck pain.",
        "Larger trials will be needed to confirm that acupuncture relieves chronic neck "
        "pain.") != "supported"


def test_no_opposite_of_an_outcome_the_source_never_names() -> None:
    g = load_glossary()
    source = analyse("Knee replacement was associated with decreases in the incidence of "
                     "insomnia. Knee replacement improved sleep.", g).terms
    assert never_named(analyse("Knee replacement increases the incidence of colorectal "
                               "cancer.", g, claim=True), source, g) == ["colorectal cancer"]
    assert never_named(analyse("膝关节置换术会增加结直肠癌的发生率。", g, claim=True),
                       source, g) == ["结直肠癌"]
    named = analyse("Knee replacement decreased the incidence of colorectal cancer.", g).terms
    assert not never_named(analyse("Knee replacement increases the incidence of colorectal "
                                   "cancer.", g, claim=True), named, g)

