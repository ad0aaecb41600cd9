"""Loss-of-function experiments (evidence/function.py): a removal bound to its subject, the
claim's direction turned round where exactly one side removes what the other names, and the
removal words set aside where both do.

Every sentence here was written for this test, on topics of its own.
"""

from __future__ import annotations

import pytest

from claimcheck import verify
from claimcheck.evidence.analysis import analyse, source_units
from claimcheck.evidence.function import framed_polarity, removals
from claimcheck.evidence.glossary import Glossary, load_glossary
from claimcheck.models import AbstractSection, SourceRecord


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def _subjects(text: str, glossary: Glossary) -> list[frozenset[str]]:
    return [r.subject for r in removals(text, glossary)]


def _status(claim: str, sentence: str) -> str:
    return verify(claim, abstract=[sentence]).status


# ---------------------------------------------------------------- reading removals


@pytest.mark.parametrize("text, subject", [
    ("Knockout of Trem2 in microglia slowed plaque clearance.", "~trem2"),
    ("Nrf2-deficient mice developed more severe lung injury.", "~nrf2"),
    ("Mice lacking Ppara in hepatocytes accumulated hepatic fat.", "~ppara"),
    ("Hif1a(-/-) chondrocytes died within days.", "~hif1a"),
    ("Pharmacological inhibition of Rock1 reduced cardiac fibrosis.", "~rock1"),
    ("Cxcr4 antagonists reduced homing of leukaemic cells.", "~cxcr4"),
    ("Here we show that silencing Yap1 arrests proliferation.", "~yap1"),
    ("Kif5 cells were efficiently knocked down by shRNA.", "~kif5"),
])
def test_removal_bound_to_its_subject(text: str, subject: str, glossary: Glossary) -> None:
    assert any(subject in s for s in _subjects(text, glossary))


@pytest.mark.parametrize("text", [
    "Rapamycin inhibits mTOR signalling in T cells.",  # a verb of rapamycin
    "Loss of Tsc2 activates mTOR, inhibiting autophagy in neurons.",  # a later clause's verb
    "Chronic infection results in depletion of CD4 cells in the gut.",  # the outcome
    "The null hypothesis was rejected.",
])
def test_no_removal_of_what_the_sentence_changes(text: str, glossary: Glossary) -> None:
    subjects = _subjects(text, glossary)
    assert not any(s & {"~mtor", "~autophagi", "cell", "~cd4", "~hypothesi"} for s in subjects)


@pytest.mark.parametrize("text, subject", [
    ("敲除Trem2会减慢斑块清除。", "~trem2"),
    ("Nrf2缺失的小鼠肺损伤更重。", "~nrf2"),
    ("在小鼠中抑制Rock1可减轻心脏纤维化。", "~rock1"),
    ("Rock1的抑制可减轻心脏纤维化。", "~rock1"),
])
def test_chinese_removals(text: str, subject: str, glossary: Glossary) -> None:
    assert any(subject in s for s in _subjects(text, glossary))


@pytest.mark.parametrize("text", [
    "二甲双胍激活AMPK，抑制肿瘤生长。",  # 抑制 has the sentence's subject, unsaid
    "人类免疫缺陷病毒感染者的骨折风险更高。",  # 免疫缺陷: immunodeficiency, one word
])
def test_chinese_non_removals(text: str, glossary: Glossary) -> None:
    assert removals(text, glossary) == ()


# ---------------------------------------------------------------- one side removes


def test_knockout_finding_supports_the_plain_claim() -> None:
    sentence = ("Trem2 knockout decreased amyloid plaque clearance by microglia in aged "
                "transgenic mice.")
    assert _status("Trem2 increases amyloid plaque clearance by microglia in aged mice.",
                   sentence) == "supported"
    assert _status("Trem2 decreases amyloid plaque clearance by microglia in aged mice.",
                   sentence) == "contradicted"


def test_plain_finding_read_against_a_removal_claim() -> None:
    sentence = "Rock1 increases collagen deposition by cardiac fibroblasts after infarction."
    assert _status("Inhibition of Rock1 reduces collagen deposition by cardiac fibroblasts "
                   "after infarction.", sentence) == "supported"
    assert _status("Inhibition of Rock1 increases collagen deposition by cardiac fibroblasts "
                   "after infarction.", sentence) == "contradicted"


def test_no_turn_when_the_changes_are_of_other_things(glossary: Glossary) -> None:
    """The source's change (body temperature, fat oxidation) is not the claim's (endurance):
    the claim's direction is left as it is."""
    claim = analyse("Sirt3 increases muscle endurance in old mice.", glossary, claim=True)
    record = SourceRecord(pmid="1", title="", abstract=[AbstractSection(
        text="Sirt3 knockout mice showed lower body temperature and reduced fat oxidation.")])
    unit = source_units(record, None, glossary)[-1]
    terms, _ = framed_polarity(claim.terms, claim.text, unit, glossary)
    assert terms.direction == claim.terms.direction == 1


# ---------------------------------------------------------------- both sides remove


def test_both_remove_compared_without_the_removal_words() -> None:
    """"Inhibiting Kif5 increases …" states an increase, not a decrease and an increase."""
    sentence = "Kif5 knockdown reduced axon growth of cultured hippocampal neurons."
    assert _status("Inhibiting Kif5 increases axon growth of cultured hippocampal neurons.",
                   sentence) == "contradicted"
    assert _status("Inhibiting Kif5 reduces axon growth of cultured hippocampal neurons.",
                   sentence) == "supported"


def test_both_remove_the_same_thing_agree() -> None:
    assert _status("Nrf2-deficient mice develop more severe lung injury after hyperoxia.",
                   "Nrf2-deficient mice developed more severe lung injury after hyperoxia than "
                   "wild-type mice.") == "supported"


# ---------------------------------------------------------------- a removal of something else


def test_removal_of_another_subject_is_no_turn() -> None:
    """Pten is removed in the source's mice; the claim says nothing of Pten."""
    sentence = "Rapamycin reduced prostate tumour growth in Pten-deficient mice."
    assert _status("Rapamycin reduces prostate tumour growth in mice.", sentence) == "supported"
    assert _status("Rapamycin increases prostate tumour growth in mice.",
                   sentence) == "contradicted"


def test_rationale_names_the_removal() -> None:
    verdict = verify("Trem2 increases amyloid plaque clearance by microglia in aged mice.",
                     abstract=["Trem2 knockout decreased amyloid plaque clearance by microglia "
                               "in aged transgenic mice."])
    assert verdict.status == "supported"
    assert "Trem2 (\u201cknockout\u201d)" in verdict.rationale
    assert "other way round" in verdict.rationale
