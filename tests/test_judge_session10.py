"""Session 10: false statuses by class. Topics of our own: regional prevalence, a survey of
clinics. Each rule is beside a claim it must still decide as before."""

from __future__ import annotations

import pytest

from claimcheck import verify
from claimcheck.evidence import extract_quantities
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.verify import rejoined

GLOSSARY = load_glossary()


@pytest.mark.parametrize("text", ["患病率从北部的12.5%到南部的40.2%不等", "各地区的剂量大小不等"])
def test_a_range_that_varies_denies_nothing(text: str) -> None:
    # 不等 "varies" (jieba cuts it 不 + 等) is no negation of the figures
    assert not analyse(text, GLOSSARY).terms.negated


def test_does_not_equal_is_still_a_negation() -> None:
    assert analyse("患病率不等于发病率", GLOSSARY).terms.negated


@pytest.mark.parametrize(("text", "value"), [("三成半", 35.0), ("八成三", 83.0), ("三成", 30.0)])
def test_tenths_with_a_half(text: str, value: float) -> None:
    (q,) = extract_quantities(f"约{text}的患者")
    assert q.kind == "percent" and q.value == value


CLINICS_TITLE = "Reaching clinics that stopped trials early: a survey"
CLINICS = ["RESULTS Contact details were found for 80% (120/150) of the clinics that stopped "
           "early.", "Only 20% (30/150) replies were received."]


def test_the_claims_own_count_out_of_its_total_is_no_contradiction() -> None:
    verdict = verify("Only 30 of the 150 clinics that stopped early answered emails [1].",
                     title=CLINICS_TITLE, abstract=CLINICS)
    assert verdict.status != "contradicted", verdict.rationale


def test_a_count_the_source_never_states_is_still_contradicted() -> None:
    verdict = verify("Contact details were found for 100 of the 150 clinics that stopped early [1].",
                     title=CLINICS_TITLE, abstract=CLINICS)
    assert verdict.status == "contradicted", verdict.rationale


BP_TITLE = "Blood pressure and eight diseases of the heart and vessels: a cohort"
BP = ["RESULTS Associations with high diastolic pressure were strongest for heart failure "
      "(HR 1.52 [95% CI 1.40-1.65]) and stroke (1.38 [1.22-1.55]), and weakest for peripheral "
      "arterial disease (1.04 [0.95-1.14])."]


@pytest.mark.parametrize("claim", [
    "High diastolic pressure was most strongly tied to peripheral arterial disease [1].",
    "Peripheral arterial disease had the strongest association with high diastolic pressure "
    "[1].",
])
def test_an_item_ranked_at_the_other_end_is_contradicted(claim: str) -> None:
    verdict = verify(claim, title=BP_TITLE, abstract=BP)
    assert verdict.status == "contradicted", verdict.rationale
    assert "ranks" in verdict.rationale


@pytest.mark.parametrize("claim", [
    "High diastolic pressure was most strongly tied to heart failure [1].",
    "High diastolic pressure was least strongly tied to peripheral arterial disease [1].",
])
def test_an_item_ranked_at_its_own_end_is_not_contradicted(claim: str) -> None:
    verdict = verify(claim, title=BP_TITLE, abstract=BP)
    assert verdict.status != "contradicted", verdict.rationale


def test_sentences_cut_inside_an_expression_are_put_back() -> None:
    pieces = ["VO2max was lower after adjustment for fat mass (1.23 +/-", "0.025 vs. 1.39 +/-",
              "0.031 l/min; P < 0.01), and for lean mass (1.20 +/- 0.031 vs. 1.43 +/-",
              "0.042 l/min).", "(Median age 43.)", "Twelve children (16%) withdrew."]
    assert rejoined(pieces) == [" ".join(pieces[:4]), "(Median age 43.)",
                                "Twelve children (16%) withdrew."]


def test_whole_sentences_stay_apart() -> None:
    pieces = ["Weight fell (by 2 kg).", "(P = 0.03) was the only signal.", "Mean age was 43 (",
              "Note the error."]
    assert rejoined(pieces) == pieces
