"""General English word pairs an English claim may use for its source's word (session 13):
level / concentration, heart / atrial or myocardial, usual / conventional or standard,
stopped / discontinued, child / paediatric; blood / plasma stays out."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence import paraphrase
from claimcheck.evidence.text import stem


def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in text.lower().split())


@pytest.mark.parametrize(("word", "source"), [
    ("levels", "higher serum concentrations"),
    ("concentrations", "urinary sodium levels"),
    ("heart", "atrial tissue samples"),
    ("heart", "myocardial biopsies"),
    ("usual", "conventional asthma inhalers"),
    ("usual", "standard wound dressing"),
    ("stopped", "discontinued the tablets"),
    ("stopped", "ceased feeding"),
    ("children", "paediatric wards"),
    ("paediatric", "children with croup"),
])
def test_pair_found(word: str, source: str) -> None:
    assert paraphrase.found(stem(word), _stems(source), word)


@pytest.mark.parametrize(("word", "source"), [
    ("blood", "plasma volume"),            # blood / plasma, serum stays out (session 12)
    ("conventional", "usual exercise"),    # only usual -> conventional
    ("stopped", "terminal illness"),       # no "termin" root
    ("start", "initial dose"),             # no "initi" root
    ("heart", "attrition rates"),
])
def test_pair_not_found(word: str, source: str) -> None:
    assert not paraphrase.found(stem(word), _stems(source), word)


def test_usual_drugs_as_conventional_medications() -> None:
    claim = "Every volunteer kept taking their usual asthma drugs during the trial."
    source = "All volunteers continued their conventional asthma medications throughout."
    assert claimcheck.verify(claim, abstract=[source]).status != "contradicted"
