"""English paraphrase (session 10): an English claim word the glossary lacks is found in a
source that says it by another derivation, a lay word's root, or a country's name; a drug
class or member is "a drug". Examples of each class on topics of their own."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence import load_glossary
from claimcheck.evidence.match import coverage
from claimcheck.evidence.terms import analyze

_G = load_glossary(None)


def _found(claim: str, source: str) -> frozenset[str]:
    return coverage(analyze(claim, _G), analyze(source, _G), _G).found


def _missing(claim: str, source: str) -> frozenset[str]:
    return coverage(analyze(claim, _G), analyze(source, _G), _G).missing


@pytest.mark.parametrize(("claim", "source", "term"), [
    ("Asthma began in adult life.", "Onset of asthma occurred in adulthood.", "~adult"),
    ("Cyclooxygenase inhibitors were given.", "Drugs inhibiting cyclooxygenase were given.",
     "~inhibitor"),
    ("Thymus output declined.", "Thymic output declined with age.", "~thymus"),  # -us / -ic
    ("Risky drinking was common.", "Drinking at levels of health risk was common.",
     "~riski"),  # -y
])
def test_a_derivation_the_stemmer_keeps_apart_is_found(claim: str, source: str,
                                                       term: str) -> None:
    assert term in analyze(claim, _G).key
    assert term in _found(claim, source)


@pytest.mark.parametrize(("claim", "source", "term"), [
    ("Kids slept longer.", "Children slept for longer periods.", "~kid"),
    ("Gut bacteria changed.", "Intestinal bacteria changed.", "~gut"),
    ("Bowel tumours were counted.", "Colorectal tumours were counted.", "~bowel"),
    ("Heart damage was rare.", "Cardiac damage was rare.", "~heart"),
])
def test_a_lay_word_is_found_by_the_medical_root(claim: str, source: str, term: str) -> None:
    assert term in _found(claim, source)


def test_a_lay_root_is_no_longer_word_it_begins() -> None:
    # "cardiovascular" is no "heart" word of its own, "entered" no gut
    assert "~heart" in _missing("Heart damage was rare.", "Cardiovascular events were rare.")
    assert "~gut" in _missing("Gut bacteria changed.", "Bacteria entered the wound.")


@pytest.mark.parametrize(("claim", "source", "term"), [
    ("A Norwegian cohort was followed.", "A cohort in Norway was followed.", "~norwegian"),
    ("Japanese adults took part.", "Adults from Japan took part.", "~japanes"),
])
def test_a_nationality_adjective_is_found_by_its_country(claim: str, source: str,
                                                         term: str) -> None:
    assert term in _found(claim, source)


def test_a_nationality_needs_a_capitalised_name_of_the_source() -> None:
    # "indicators" shares letters with "Indian", but it is no country's name
    assert "~indian" in _missing("Indian adults took part.", "The indicators were adults.")
    assert "~indian" in _missing("Indian adults took part.", "Indicators of adults.")


def test_an_organ_root_is_not_read_for_an_english_claim_word() -> None:
    # measured: "liver" / "hepatic" and "mother" / "maternal" cost a false supported and a
    # false contradicted on the probes, so they are left to the glossary
    assert "~liver" in _missing("Liver fat rose.", "Hepatic fat rose.")


def test_a_drug_class_member_is_a_drug() -> None:
    assert "drug" in _found("The drug lowered LDL.", "Simvastatin lowered LDL cholesterol.")
    assert "drug" in _found("The drug lowered LDL.", "Statins lowered LDL cholesterol.")
    assert "drug" in _missing("The drug lowered LDL.", "Diet lowered LDL cholesterol.")


def test_a_lay_paraphrase_is_supported_end_to_end() -> None:
    v = claimcheck.verify(
        "Gut permeability rose in kids given the additive [1].",
        title="Food additives and intestinal permeability in children",
        abstract=["Intestinal permeability increased in children who received the additive."])
    assert v.status == "supported", v.rationale


@pytest.mark.parametrize(("claim", "source", "term"), [
    ("High blood pressure was common.", "Hypertension was common.", "hypertension"),
    ("Painkillers were used.", "Analgesics were used.", "analgesic"),
    ("Newborns were weighed.", "Neonates were weighed.", "newborn"),
    ("Flu cases fell.", "Influenza cases fell.", "influenza"),
    ("Body fat rose.", "Adiposity rose.", "adipose tissue"),
    ("Heart rhythm problems were rare.", "Arrhythmias were rare.", "arrhythmia"),
    ("The subjects were weighed.", "The patients were weighed.", "patient"),
])
def test_a_lay_term_is_the_technical_concept(claim: str, source: str, term: str) -> None:
    assert term in analyze(claim, _G).key
    assert term in _found(claim, source)


def test_a_disordered_blood_level_names_the_substance() -> None:
    # dys- + glyc + -aemia: the blood's glucose, as hyper-/hypo- already were read
    assert "blood glucose" in _found("Blood sugar was not linked to it.",
                                     "It was not associated with dysglycaemia.")


def test_reading_verbs_of_the_glossary() -> None:
    assert "association" in _found("No deaths were attributed to the vaccine.",
                                   "There were no vaccine-related deaths.")
    assert "worsen" in _found("Smoking worsened asthma.", "Smoking exacerbated asthma.")
    assert "involved in" in _found("IL-9 plays a role in colitis.", "IL-9 participates in colitis.")


def test_an_abbreviation_spelled_out_on_the_other_side() -> None:
    from claimcheck.evidence.abbreviations import spelled_out

    assert spelled_out("TNF blockers helped.", ["Tumour necrosis factor blockers helped."]) == {
        "TNF": "Tumour necrosis factor"}
    assert spelled_out("Low-density lipoprotein fell.", ["LDL fell."]) == {
        "LDL": "Low-density lipoprotein"}
    # function words spell no abbreviation; a source writing the abbreviation needs no pair
    assert spelled_out("TNF rose.", ["The new finding was that it rose."]) == {}
    assert spelled_out("TNF rose.", ["TNF rose in tumour necrosis factor assays."]) == {}


def test_an_abbreviation_spelled_out_is_found_end_to_end() -> None:
    v = claimcheck.verify("ICU deaths fell [1].", title="Outcomes of critical care",
                          abstract=["Deaths in the intensive care unit fell."])
    assert v.status == "supported", v.rationale
