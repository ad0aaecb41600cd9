"""Session 9: the lead's classes in the judge (issue 10).

Each class is tested on topics of its own (none from the probes, SciFact or the dev corpus):
a pair of the claim's figures that names its result where the claim's words for it are a
paraphrase, a substance's level in the blood named by one closed compound, and a second
statement joined to the claim whose subject recurs in the source while what it says of it
does not.
"""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.match import has_term


def _status(claim: str, title: str, *abstract: str) -> str:
    return claimcheck.verify(claim, title=title, abstract=list(abstract)).status


def test_a_pair_of_figures_names_its_result_under_a_paraphrase() -> None:
    # "seen again" for "re-examined": no word of the claim's measure is in the source, but
    # the count and its share, said together once, name the result
    claim = "Of the 4,210 children screened, 1,377 (32.7%) were seen again a year later [1]."
    source = ("Of 4210 children screened at school entry, 1377 (32.7%) were re-examined at "
              "one year.",)
    assert _status(claim, "School vision screening", *source) == "supported"


def test_a_lone_figure_with_a_paraphrased_measure_stays_unfound() -> None:
    # the same count alone, without its share, is not enough to bind a paraphrase
    claim = "In all, 1,377 children were seen again a year later [1]."
    source = ("Of 4210 children screened at school entry, 1377 were re-examined at one year, "
              "and 1377 letters were sent to parents.",)
    assert _status(claim, "School vision screening", *source) != "supported"


@pytest.mark.parametrize("word, part", [
    ("hyperglycaemia", "blood glucose"),
    ("hypercholesterolemia", "~cholesterol"),
    ("hyperuricaemia", "~uric"),
    ("hypoalbuminemia", "~blood"),
])
def test_a_level_in_the_blood_offers_its_substance(word: str, part: str) -> None:
    g = load_glossary()
    terms = analyse(f"Patients with {word} were treated.", g).terms
    assert has_term(part, terms, g)


@pytest.mark.parametrize("word", ["leukaemia", "ischemia", "academia"])
def test_a_word_in_aemia_without_the_prefix_names_no_blood_level(word: str) -> None:
    g = load_glossary()
    terms = analyse(f"Patients with {word} were studied.", g).terms
    assert not has_term("~blood", terms, g)


def test_blood_levels_in_lay_words_find_the_closed_compounds() -> None:
    claim = ("The clinic treated gout, high uric acid and high blood sugar together in one "
             "visit [1].")
    source = ("The clinic treated gout, hyperuricaemia and hyperglycaemia together in a "
              "single visit.",)
    assert _status(claim, "Combined clinics", *source) == "supported"


_IL6 = ("IL-6 acts on hepatocytes to induce CRP and fibrinogen synthesis, and IL-6 also gave "
        "the mice a fever [1].")
_IL6_SOURCE = ("In mice, IL-6 acts on hepatocytes to induce CRP and fibrinogen synthesis.",
               "Mice were studied for 12 weeks.")


def test_a_joined_statement_whose_subject_recurs_is_still_checked() -> None:
    # the source names IL-6 and the mice again, but never the fever
    assert _status(_IL6, "Interleukin-6 in mice", *_IL6_SOURCE) == "partially_supported"


def test_a_joined_statement_stated_elsewhere_is_supported() -> None:
    source = (*_IL6_SOURCE, "Mice given IL-6 also developed fever.")
    assert _status(_IL6, "Interleukin-6 in mice", *source) == "supported"


_STATIN_SOURCE = ("Rosuvastatin acts on the liver to lower LDL cholesterol and triglycerides in "
                  "older patients with kidney disease.", "Adverse events were rare.")


def test_as_well_as_joins_a_second_statement() -> None:
    claim = ("In older patients with kidney disease, rosuvastatin acts on the liver to lower "
             "LDL cholesterol and triglycerides, as well as on the kidney to protect nephrons "
             "[1].")
    assert _status(claim, "Rosuvastatin in older patients", *_STATIN_SOURCE) == \
        "partially_supported"
