"""SciFact recall and partial precision (session 12, recall): Greek letters read as their
names, and a claim whose figures the source never prints is not partly supported by its
words alone."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence import judge, paraphrase
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.match import coverage
from claimcheck.evidence.text import words


def _verify(claim: str, sentence: str, title: str = "A cohort study") -> claimcheck.Verdict:
    return claimcheck.verify(claim, title=title, abstract=[sentence])


@pytest.mark.parametrize("text, name", [
    ("β-catenin", "beta"), ("TNF-α", "alpha"), ("interferon-γ", "gamma"), ("NF-κB", "kappa")])
def test_a_greek_letter_is_the_word_of_its_name(text: str, name: str) -> None:
    assert name in [w for w, _, _ in words(text)]


def test_micro_and_capital_delta_are_no_words() -> None:
    found = [w for w, _, _ in words("5 µg and ΔF508")]
    assert "mu" not in found and "delta" not in found


@pytest.mark.parametrize("claim, source", [
    ("Shear stress promotes beta-catenin degradation.", "Shear stress promotes β-catenin loss."),
    ("TNF-α rises in obese mice.", "TNF-alpha rises in obese mice.")])
def test_the_letter_is_found_either_way(claim: str, source: str) -> None:
    g = load_glossary()
    cov = coverage(analyse(claim, g, claim=True).terms, analyse(source, g).terms, g)
    assert not {c for c in cov.missing if c in ("~beta", "~alpha")}


def test_spelled_letter_finds_the_symbol() -> None:
    v = _verify("Shear stress promotes beta-catenin degradation in chondrocytes.",
                "RESULTS In chondrocytes, shear stress promotes β-catenin degradation.")
    assert v.status == "supported"


def test_symbol_finds_the_spelled_letter() -> None:
    v = _verify("Smokers had higher IL-1β levels in sputum.",
                "RESULTS Smokers had higher IL-1beta levels in sputum than non-smokers.")
    assert v.status == "supported"


def test_words_without_any_figure_are_not_partial_support() -> None:
    v = _verify("About 40% of night-shift nurses report chronic insomnia.",
                "RESULTS Night-shift nurses often report chronic insomnia.")
    assert v.status == "not_found"
    assert "without its figures" in v.rationale


def test_a_figure_said_of_other_words_still_allows_partial_support() -> None:
    v = _verify("About 40% of night-shift nurses report chronic insomnia.",
                "RESULTS Night-shift nurses often report chronic insomnia; 40% of them "
                "worked more than ten years.")
    assert v.status != "not_found" or "without its figures" not in v.rationale


def test_one_figure_found_keeps_partial_support() -> None:
    v = _verify("In 2019, 40% of night-shift nurses reported chronic insomnia.",
                "RESULTS 40% of night-shift nurses reported chronic insomnia.")
    assert v.status in ("partially_supported", "supported")


def test_a_time_point_found_alone_is_not_partial_support() -> None:
    v = _verify("In 2019, 40% of night-shift nurses reported chronic insomnia.",
                "RESULTS In 2019, night-shift nurses often reported chronic insomnia.")
    assert v.status == "not_found"


@pytest.mark.parametrize("place, adjective", [
    ("mexico", "mexican"), ("india", "indian"), ("japan", "japanes")])
def test_a_country_is_found_by_its_adjective(place: str, adjective: str) -> None:
    assert paraphrase.found(place, frozenset({adjective}), place.title(),
                            frozenset({adjective}))


@pytest.mark.parametrize("text, n", [
    ("Zinc, copper, selenium, and iron shorten colds in athletes.", 1),
    ("Statins lower cholesterol, and they reduce deaths.", 2),
    ("In older adults, statins lower cholesterol, and they reduce deaths.", 2)])
def test_a_serial_comma_ends_no_clause(text: str, n: int) -> None:
    assert len(judge._clause_pieces(text)) == n


def test_a_list_of_names_alone_is_not_partial_support() -> None:
    v = _verify("The genes Abc1, Def2, Ghi3, and Jkl4 shorten colds in athletes.",
                "RESULTS We sequenced the genes Abc1, Def2 and Ghi3 in athletes.")
    assert v.status == "not_found"


def test_a_bound_of_the_stating_sentence_is_a_figure_in_the_source() -> None:
    v = _verify("The extra 3.1 points on the memory test were statistically significant.",
                "RESULTS The additional 1.2 points (95% CI 0.4 to 3.1) on the memory test "
                "were statistically significant.")
    assert v.status != "supported"
    assert "without its figures" not in v.rationale


def test_on_a_tie_the_sentence_stating_the_claims_change_is_read() -> None:
    v = claimcheck.verify(
        "Night-shift work raises the risk of migraine in nurses.",
        title="Shift work and headache",
        abstract=["RESULTS The risk of migraine fell in day work and rose with night-shift work "
                  "in nurses.",
                  "The risk of migraine rises with night-shift work in nurses."])
    assert v.status == "supported"
    assert v.evidence[0].text.startswith("The risk of migraine rises")
