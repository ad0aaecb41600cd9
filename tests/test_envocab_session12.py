"""English claims that paraphrase their source (session 12, envocab2): light verbs and
generic nouns that weigh less where the source lacks them, lay words of general biomedical
terms, and a claim's "no longer" against a sentence stating the effect."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence import guards, paraphrase
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.match import LIGHT_WEIGHT, coverage, light_word
from claimcheck.evidence.text import stem


def _coverage(claim: str, source: str) -> float:
    g = load_glossary()
    return coverage(analyse(claim, g, claim=True).terms, analyse(source, g).terms, g).score


@pytest.mark.parametrize("concept", ["occur", "taking medication", "study", "factor",
                                     "~began", "~built", "~amount"])
def test_light_verbs_and_generic_nouns_are_light(concept: str) -> None:
    assert light_word(concept)


@pytest.mark.parametrize("concept", ["cause", "patient", "~level", "~type", "~insulin"])
def test_content_words_are_not_light(concept: str) -> None:
    assert not light_word(concept)


def test_missing_light_words_cost_a_quarter() -> None:
    # "was taking ... when the study began" adds three light words the source lacks
    claim = "None of them had gout or was taking allopurinol when the study began."
    source = "Participants were free of gout and not prescribed allopurinol at baseline."
    assert LIGHT_WEIGHT < 0.5
    assert _coverage(claim, source) >= 0.65
    assert claimcheck.verify(claim, abstract=[source]).status == "supported"


def test_a_found_light_word_still_counts() -> None:
    # the source's "studies" carries the claim's "studies" at the generic weight
    found = _coverage("Regional studies of the vaccine had no bearing on uptake.",
                      "Regional studies were not associated with vaccine uptake.")
    lacking = _coverage("Regional studies of the vaccine had no bearing on uptake.",
                        "Regional surveys were not associated with vaccine uptake.")
    assert found > lacking


def test_light_words_are_not_strong_terms() -> None:
    g = load_glossary()
    claim = analyse("The team built two models of measles spread.", g, claim=True).terms
    source = analyse("We built two models of influenza spread.", g).terms
    cov = coverage(claim, source, g)
    assert "~built" in cov.found
    assert cov.strong_found == len([c for c in cov.found
                                    if g.kind(c) != "generic" and not light_word(c)])


def test_light_words_do_not_let_another_topic_through() -> None:
    verdict = claimcheck.verify(
        "None of them had gout or was taking allopurinol when the study began.",
        abstract=["Participants were free of psoriasis and not prescribed methotrexate at "
                  "baseline."])
    assert verdict.status != "supported"


@pytest.mark.parametrize("claim_word, source_word, found", [
    ("faulty", "mutation", True),
    ("faulty", "defective", True),
    ("copy", "allele", True),
    ("copy", "heterozygous", True),
    ("fared", "outcomes", True),
    ("separate", "independent", True),
    ("separate", "separatist", False),
    ("fared", "fairness", False),
])
def test_lay_words_of_general_terms(claim_word: str, source_word: str, found: bool) -> None:
    assert paraphrase.found(stem(claim_word), frozenset({stem(source_word)})) is found


def test_analysed_reads_as_study() -> None:
    g = load_glossary()
    assert "study" in analyse("The group analysed saliva samples.", g, claim=True).terms.key


def test_faulty_copy_supported_by_heterozygous_mutation() -> None:
    verdict = claimcheck.verify(
        "The disorder was caused by a single faulty copy of the PAX9 gene, a frameshift "
        "mutation in its second exon.",
        abstract=["We found a heterozygous frameshift mutation in the PAX9 gene exon 2 in "
                  "all affected members."])
    assert verdict.status == "supported"


@pytest.mark.parametrize("claim, source", [
    ("When hepatic PPARA was knocked out, fenofibrate no longer lowered plasma "
     "triglycerides.", "Fenofibrate lowered plasma triglycerides through hepatic PPARA "
     "activation."),
    ("In mice lacking the receptor, the hormone no longer reduced food intake.",
     "The hormone reduced food intake in mice through the receptor."),
])
def test_no_longer_is_not_opposed_by_the_effect(claim: str, source: str) -> None:
    assert guards.ceased_effect(claim, analyse(source, load_glossary()))
    assert claimcheck.verify(claim, abstract=[source]).status not in (
        "contradicted", "supported")


def test_no_longer_against_a_denial_is_not_the_guard() -> None:
    assert not guards.ceased_effect("The hormone no longer reduced food intake.",
                                    analyse("The hormone did not reduce food intake.",
                                            load_glossary()))


def test_no_longer_on_both_sides_is_not_the_guard() -> None:
    verdict = claimcheck.verify(
        "After the mutation the enzyme no longer lowered blood glucose.",
        abstract=["After the mutation the enzyme no longer lowered blood glucose."])
    assert verdict.status == "supported"
