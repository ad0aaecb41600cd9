"""Plain English in claims: everyday words for what an abstract says in its own words, light
verbs, and hyphenated compounds (the article probe's class 11; topics of our own)."""

from __future__ import annotations

import pytest

from claimcheck import verify
from claimcheck.evidence import load_glossary
from claimcheck.evidence.match import coverage
from claimcheck.evidence.terms import analyze
from claimcheck.evidence.text import stem, words

TITLE = "A randomised trial of vitamin D supplementation in older adults"
ABSTRACT = [
    "Vitamin D supplementation increased the risk of kidney stones compared with placebo.",
    "Mortality was lower in the vitamin D group than in the placebo group.",
    "Adverse events were more frequent with vitamin D than with placebo.",
    "Withdrawal from the study was more common in the high-dose group.",
    "There were no major drug-related adverse events.",
    "There were no major treatment-related infections.",
    "Protection against respiratory infection persisted throughout the winter season.",
    "Multiple doses of vitamin D were given to the intervention group.",
]


def _status(claim: str) -> str:
    return verify(claim, title=TITLE, abstract=ABSTRACT).status


def _covered(claim: str, source: str) -> float:
    g = load_glossary()
    return coverage(analyze(claim, g), analyze(source, g), g).score


# --- tokens


def test_a_bound_prefix_stays_with_its_word() -> None:
    found = [w for w, _, _ in words("anti-inflammatory co-infection over-expression",
                                    join_prefixes=True)]
    assert found == ["anti-inflammatory", "co-infection", "over-expression"]
    assert stem("anti-inflammatory") == stem("antiinflammatory")
    assert stem("co-infection") == stem("coinfection")


def test_names_negative_and_prepositional_prefixes_stay_apart() -> None:
    # a capitalised or digit-bearing second part is a name; non-/un- would read as antonyms
    # of the bare word; pre-/post- are prepositions a paraphrase writes out
    found = [w for w, _, _ in words("anti-TNF non-smokers post-operative COVID-19",
                                    join_prefixes=True)]
    assert found == ["anti", "TNF", "non", "smokers", "post", "operative", "COVID-19"]
    assert [w for w, _, _ in words("anti-inflammatory")] == ["anti", "inflammatory"]


def test_closed_and_hyphenated_spellings_meet() -> None:
    assert _covered("Anti-inflammatory drugs reduced over-expression of the receptor",
                    "Antiinflammatory drugs reduced overexpression of the receptor") == 1.0


def test_a_compound_also_offers_its_parts() -> None:
    g = load_glossary()
    terms = analyze("Anti-inflammatory treatment was given.", g)
    assert "inflammation" in terms.all and "inflammation" not in terms.key


# --- light words


def test_linking_half_of_a_compound_states_no_association() -> None:
    g = load_glossary()
    terms = analyze("There were no major drug-related adverse events.", g)
    assert "association" not in terms.key
    # a relation written out is still one
    assert "association" in analyze("Adverse events were related to the drug.", g).key


def test_verbatim_hyphenated_sentence_is_supported() -> None:
    """Two strong terms (major, infection) and common ones (treatment): its two strong terms
    suffice where three were asked of a claim of four terms."""
    assert _status("There were no major treatment-related infections.") == "supported"
    assert _status("No major treatment-related infections occurred.") == "supported"


@pytest.mark.parametrize("claim, source", [
    ("The gains came early and persisted.", "The gains occurred early and persisted."),
    ("Exercise brought improvements in sleep.", "Improvements in sleep were seen with exercise."),
])
def test_light_verbs_carry_no_content(claim: str, source: str) -> None:
    g = load_glossary()
    terms = analyze(claim, g)
    assert not any(t in terms.key for t in ("~came", "~brought"))
    assert _covered(claim, source) >= 0.9


def test_hedge_known_is_no_term() -> None:
    g = load_glossary()
    assert "~known" not in analyze("There is no known interaction between the drugs.", g).key


# --- plain words for the abstract's words


@pytest.mark.parametrize("claim", [
    "Vitamin D supplements raised the risk of kidney stones.",
    "Side effects were more frequent with vitamin D than with placebo.",
    "More participants dropped out of the high-dose group.",
    "No major drug-related side effects occurred.",
    "Repeated doses of vitamin D were given to the intervention group.",
])
def test_plain_word_paraphrase_is_supported(claim: str) -> None:
    assert _status(claim) == "supported"


@pytest.mark.parametrize("claim", [
    "Vitamin D supplements cut the risk of kidney stones.",
    "Protection against respiratory infection faded during the winter season.",
])
def test_plain_word_for_the_opposite_is_contradicted(claim: str) -> None:
    assert _status(claim) == "contradicted"


def test_deaths_are_counted_as_mortality() -> None:
    assert _covered("Deaths were lower with vitamin D.",
                    "Mortality was lower with vitamin D.") == 1.0
    assert _covered("Mortality was lower with vitamin D.",
                    "Deaths were lower with vitamin D.") == 1.0


def test_a_cut_off_is_no_decrease() -> None:
    g = load_glossary()
    terms = analyze("A cut-off of 30 ng/mL defined deficiency.", g)
    assert terms.direction == 0 and "cut-off" in terms.key
    assert analyze("The drug cut the risk of stroke.", g).direction == -1


def test_a_light_verb_does_not_hide_the_opposite_direction() -> None:
    assert _status("Vitamin D came with a lower risk of kidney stones.") == "contradicted"
