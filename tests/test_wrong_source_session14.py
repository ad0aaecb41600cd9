"""Session 14: a claim's subject its source never names; covariate lists read to their end."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.subject import subject_text


def _status(claim: str, sentences: list[str], title: str) -> str:
    return claimcheck.verify(claim, title=title, abstract=sentences).status


def test_subject_is_cut_before_the_verb_and_after_an_intro() -> None:
    g = load_glossary()
    assert subject_text("In Danish women, statin use lowers the risk of stroke.", g).strip() \
        == "statin use"
    assert subject_text("Ketamine infusion shortens depressive episodes.", g).strip() \
        == "Ketamine infusion"
    assert subject_text("The trial randomly assigned 300 adults to surgery.", g).strip() \
        == "The trial randomly"


def test_qualitative_claim_on_a_subject_never_named_is_not_found() -> None:
    sentences = ["In this cohort, lithium treatment shortened depressive episodes in adults "
                 "with bipolar disorder."]
    claim = "Ketamine infusion shortens depressive episodes in adults."
    verdict = claimcheck.verify(claim, title="Lithium and depressive episodes",
                                abstract=sentences)
    assert verdict.status == "not_found"
    assert "Ketamine" in verdict.rationale
    named = ["In this cohort, ketamine infusion shortened depressive episodes in adults "
             "with bipolar disorder."]
    assert _status(claim, named, "Ketamine and depressive episodes") == "supported"


def test_figure_of_another_subject_does_not_contradict() -> None:
    claim = "In Danish women, statin use lowers the risk of stroke by 30%."
    other = ["RESULTS Aspirin use lowered the risk of stroke by 18% in Danish women."]
    assert _status(claim, other, "Aspirin and stroke") == "not_found"
    same = ["RESULTS Statin use lowered the risk of stroke by 18% in Danish women."]
    assert _status(claim, same, "Statins and stroke") == "contradicted"


def test_subject_named_by_symbol_or_study_is_kept() -> None:
    # the symbol is written in the source ("TLR4-deficient"): the subject is named
    assert _status("Deletion of TLR4 reduces liver fibrosis in mice.",
                   ["TLR4-deficient mice developed markedly reduced liver fibrosis."],
                   "TLR4 and fibrosis") == "supported"
    # a claim about the study itself ("The Swedish trial …") is no topic the source must name
    assert _status("The Swedish trial enrolled 300 adults with chronic knee pain.",
                   ["METHODS We enrolled 300 adults with chronic knee pain in a randomised "
                    "trial."], "Exercise for knee pain") == "supported"
    assert _status("Periostin deficiency reduces liver fibrosis in mice.",
                   ["Mice lacking the matricellular protein developed markedly reduced liver "
                    "fibrosis after injury."], "Matrix proteins and fibrosis") == "not_found"


def test_covariate_list_is_read_to_its_last_item() -> None:
    sentence = ("Each SD of waist circumference raised the risk of gout by 18% (95% CI 9%-27%) "
                "in models adjusted for age, sex, HbA1c, eGFR, and levels of urate, "
                "creatinine, and serum ferritin.")
    claim = "Serum ferritin has a causal role in the development of gout."
    assert _status(claim, [sentence], "Waist circumference and gout") == "not_found"
    stated = ("Higher serum ferritin was associated with the development of gout, "
              "suggesting a causal role.")
    assert _status(claim, [stated], "Ferritin and gout") != "not_found"


_CREB = ["RESULTS PKA phosphorylated CREB at serine 133, whereas GSK3B was phosphorylated at "
         "serine 389 in the same cells."]


def test_residue_of_another_protein_contradicts() -> None:
    from claimcheck.evidence.residues import residues
    found = residues(_CREB[0])
    assert [(r.protein, r.amino, r.number) for r in found] == [
        ("creb", "ser", 133), ("gsk3b", "ser", 389)]
    assert residues("Ser389 of GSK3B")[0].protein == "gsk3b"
    # serine 389 is GSK3B's; CREB's own site is serine 133
    assert _status("PKA phosphorylates CREB at serine 389.", _CREB, "PKA and CREB") \
        == "contradicted"
    assert _status("PKA phosphorylates CREB at Ser133.", _CREB, "PKA and CREB") == "supported"


def test_residue_given_only_to_another_protein_is_not_supported() -> None:
    sentences = ["IL-6 stimulation induced phosphorylation of STAT1 at tyrosine 705 in "
                 "hepatocytes."]
    status = _status("IL-6 stimulation induces phosphorylation of STAT3 at tyrosine 705.",
                     sentences, "IL-6 signalling")
    assert status not in ("supported", "contradicted")


def test_cause_the_sentence_does_not_state() -> None:
    claim = "Kidney function declines in these patients because blood pressure rises over time."
    despite = ["Kidney function declined in these patients despite falling blood pressure over "
               "time."]
    assert _status(claim, despite, "Kidney function") == "partially_supported"
    stated = ["Kidney function declined in these patients as blood pressure rose over time."]
    assert _status(claim, stated, "Kidney function") == "supported"
    assert _status("Hospital stays became shorter because of wider use of day surgery.",
                   ["Hospital stays became shorter, largely owing to wider use of day surgery."],
                   "Hospital stays") == "supported"


def test_object_the_source_never_names() -> None:
    claim = "Loss of SIRT6 in mice shortens lifespan."
    assert _status(claim, ["SIRT6-deficient mice showed reduced bone density and lymphopenia."],
                   "SIRT6 and bone") == "not_found"
    # "life span" written apart still names it: the ordinary sentence test decides
    verdict = claimcheck.verify(claim, title="SIRT6 and ageing", abstract=[
        "SIRT6-deficient mice had a shorter life span than wild-type mice."])
    assert "never names" not in verdict.rationale
