"""English claims that paraphrase their source (session 11, envocab): words of looking and
hedges that are no key terms, a Latin root's d/s alternation, "a million" as a figure, plain
English synonyms, a time against a speed, and a claim naming a word and its antonym."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence import guards, paraphrase
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.match import coverage
from claimcheck.evidence.text import stem


def _key(text: str) -> set[str]:
    return set(analyse(text, load_glossary(), claim=True).terms.key)


@pytest.mark.parametrize("text, word", [
    ("The team looked at the records of older adults.", "~look"),
    ("The team looked at the records of older adults.", "~team"),
    ("The new rule roughly halved waiting lists.", "~rough"),
    ("Vaccinated adults, by contrast, had fewer infections.", "~contrast"),
    ("Clinics had already adopted the screening test.", "~alreadi"),
])
def test_words_of_looking_and_hedges_are_no_key_terms(text: str, word: str) -> None:
    assert word not in _key(text)


def test_contrast_medium_is_still_a_term() -> None:
    assert "contrast medium" in _key("A contrast medium was injected before imaging.")


@pytest.mark.parametrize("claim_word, source_word, found", [
    ("decide", "decisions", True),
    ("explosively", "exploded", True),
    ("conclude", "conclusion", True),
    ("expand", "expansion", True),
    ("bread", "breast", False),
])
def test_latin_root_d_s_alternation(claim_word: str, source_word: str, found: bool) -> None:
    assert paraphrase.found(stem(claim_word), frozenset({stem(source_word)})) is found


@pytest.mark.parametrize("text, value", [
    ("The registry held more than a million adults.", 1e6),
    ("The survey reached half a million households.", 5e5),
    ("About a thousand nurses answered.", 1e3),
])
def test_a_scale_word_with_its_article_is_a_figure(text: str, value: float) -> None:
    quantities = analyse(text, load_glossary(), claim=True).quantities
    assert [q.quantity.value for q in quantities if q.is_anchor] == [value]


def test_a_million_in_words_supported_by_its_digits() -> None:
    verdict = claimcheck.verify(
        "Using a national prescribing registry, the team looked at more than a million "
        "adults prescribed statins.",
        abstract=["A national prescribing registry was used to study statin users.",
                  "The cohort included over 1 million adults prescribed statins."])
    assert verdict.status == "supported"


def test_a_million_not_in_the_source_is_not_supported() -> None:
    verdict = claimcheck.verify(
        "The team looked at more than a million adults prescribed statins.",
        abstract=["The cohort included 12,400 adults prescribed statins."])
    assert verdict.status != "supported"


@pytest.mark.parametrize("claim, source", [
    ("Cold exposure quickly induced gene expression.", "Cold exposure rapidly induced it."),
    ("A bigger trial is planned.", "A larger trial is planned."),
    ("The protein is necessary to switch attachments.", "The switch requires the protein."),
])
def test_plain_synonyms_carry_each_other(claim: str, source: str) -> None:
    g = load_glossary()
    cov = coverage(analyse(claim, g, claim=True).terms, analyse(source, g).terms, g)
    said = {"quickly", "bigger", "necessary"} & set(claim.lower().split())
    assert said and not {analyse(claim, g, claim=True).terms.surface.get(c) for c in
                         cov.missing} & said


def test_time_halved_is_not_opposed_by_speed_accelerated() -> None:
    assert guards.time_against_speed("The reminders halved the time it took to decide.",
                                     "Reminders accelerated decisions by a factor of 0.5.")
    assert not guards.time_against_speed("The reminders shortened the time to decision.",
                                         "Reminders shortened the time to decision.")
    verdict = claimcheck.verify(
        "Having two or more nearby hospitals that had adopted the checklist roughly halved "
        "the time it took to decide.",
        abstract=["Two or more nearby hospital adopters accelerated decisions to adopt the "
                  "checklist by a factor of 0.50 (95% CI 0.33-0.75)."])
    assert verdict.status != "contradicted"


def test_claim_naming_a_word_and_its_antonym_is_not_flipped() -> None:
    verdict = claimcheck.verify(
        "Degradation of the anchor protein is necessary to switch from unstable to stable "
        "spindle attachments.",
        abstract=["The switch to more stable spindle attachments requires the degradation "
                  "of the anchor protein."])
    assert verdict.status != "contradicted"


def test_one_antonym_still_contradicts() -> None:
    verdict = claimcheck.verify(
        "Treatment with the drug left the knee joint unstable in most patients.",
        abstract=["Treatment with the drug left the knee joint stable in most patients."])
    assert verdict.status == "contradicted"
