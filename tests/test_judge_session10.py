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


PAIN_TITLE = "Nerve ablation for chronic knee pain: a randomised trial"
PAIN = ["METHODS We randomised 212 adults with knee pain lasting longer than 6 months to nerve "
        "ablation or to sham treatment."]
WEIGHT_TITLE = "Cytokines and weight loss in lung cancer"
WEIGHT = ["METHODS Patients with a weight loss of > or =10% formed the cachectic group (n = 23) "
          "and those with <10% weight loss the non-cachectic group (n = 21)."]


def test_a_bound_the_source_states_the_other_way_is_contradicted() -> None:
    verdict = verify("The trial enrolled 212 adults who had knee pain for less than six months "
                     "[1].", title=PAIN_TITLE, abstract=PAIN)
    assert verdict.status == "contradicted", verdict.rationale
    assert "other way" in verdict.rationale


@pytest.mark.parametrize("claim", [
    "The trial enrolled 212 adults who had knee pain for more than six months [1].",
    "Patients who had lost 10% or more of their weight were classed as cachectic [1].",
])
def test_a_bound_stated_the_claims_way_is_not_contradicted(claim: str) -> None:
    title, abstract = (PAIN_TITLE, PAIN) if "knee" in claim else (WEIGHT_TITLE, WEIGHT)
    assert verify(claim, title=title, abstract=abstract).status != "contradicted"


def test_older_pubmed_signs_of_a_bound() -> None:
    assert [q.qualifier for q in extract_quantities("> or =10% and < or = 5 mg")] == [
        "at_least", "up_to"]


CAST_TITLE = "Early casting for wrist fractures in children"
CAST = ["RESULTS Children cast within a day needed a second reduction more often than those "
        "cast later (21.4% vs 12.6%; P = 0.02).",
        "Body mass index was lower in the casted group (17.2 +/- 2.1 versus 18.9 +/- 2.4)."]


@pytest.mark.parametrize("claim", [
    "Children cast within a day needed a second reduction more often (12.6% vs 21.4%) [1].",
    "Body mass index was lower in the casted children (18.9) than in the others (17.2) [1].",
])
def test_a_pair_against_its_own_comparison_gives_each_group_the_others_figure(
        claim: str) -> None:
    verdict = verify(claim, title=CAST_TITLE, abstract=CAST)
    assert verdict.status == "contradicted", verdict.rationale
    assert "each for the other group" in verdict.rationale


@pytest.mark.parametrize("claim", [
    "Children cast within a day needed a second reduction more often (21.4% vs 12.6%) [1].",
    "Body mass index was lower in the casted children (17.2) than in the others (18.9) [1].",
])
def test_a_pair_in_the_order_of_its_comparison_is_not_swapped(claim: str) -> None:
    assert "each for the other group" not in verify(claim, title=CAST_TITLE,
                                                    abstract=CAST).rationale


def test_a_group_described_by_what_it_did_not_have_is_no_denial() -> None:
    assert not analyse("Babies who were not screened were treated less often",
                       GLOSSARY).terms.negated


@pytest.mark.parametrize(("text", "value", "total"), [
    ("Seven of the nine developed a rash", 7, 9), ("three of these four patients", 3, 4),
    ("two out of three mothers", 2, 3), ("7 of the 9 developed a rash", 7, 9)])
def test_a_count_out_of_a_total_in_words(text: str, value: int, total: int) -> None:
    (q,) = extract_quantities(text)
    assert (q.kind, q.value, q.denominator) == ("fraction", value, total)


def test_a_count_out_of_a_total_the_source_never_gives_is_not_supported() -> None:
    verdict = verify("Seven of the nine developed a rash on the new diet [1].",
                     title="A rash on a new diet", abstract=[
                         "RESULTS Four of the patients developed a rash on the new diet."])
    assert verdict.status != "supported", verdict.rationale
