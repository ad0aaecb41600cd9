"""Session 12 (issue 9): English cue classes for markers, group comparisons, prevalence and
tendencies (correlational) and for benefit/harm adjectives, causal verbs outside the stems and
a part in an outcome (causal). Sentences written for this test."""

from __future__ import annotations

import pytest

from claimcheck.strength import claim_strength
from claimcheck.strength.cues import RELATIONS, Cue, find_cues


def _relations(text: str) -> list[Cue]:
    return [c for c in find_cues(text, "en") if c.kind in RELATIONS]


@pytest.mark.parametrize("text", [
    "Low serum ferritin is a marker of poor recovery after hip surgery.",
    "Night-shift nurses tended to sleep less than day-shift nurses.",
    "Back pain was more common among warehouse workers.",
    "Compared with walkers, cyclists reported fewer knee injuries.",
    "Hearing loss was a prognostic factor for falls in care homes.",
])
def test_correlational_classes(text: str) -> None:
    kinds = {c.kind for c in _relations(text)}
    assert kinds == {"correlational"}
    assert claim_strength(text, "en").label == 1


@pytest.mark.parametrize("text", [
    "Daily stretching was beneficial for office workers with neck pain.",
    "Household income is an important determinant of dental health in teenagers.",
    "Poor sleep was involved in the weight gain of shift workers.",
    "Gum disease was driven by sugary drinks in this cohort of children.",
])
def test_causal_classes(text: str) -> None:
    assert any(c.kind == "causal" for c in _relations(text))
    assert claim_strength(text, "en").label == 3


def test_negated_causal_verb_keeps_its_kind() -> None:
    cue = next(c for c in _relations("Cold showers did not alter resting heart rate.")
               if c.kind == "causal")
    assert cue.text == "alter"
    assert cue.negated == "not"


def test_change_as_a_noun_is_no_cue() -> None:
    assert _relations("The change in diet was recorded at each visit.") == []
    assert _relations("A change of shift pattern was logged.") == []


def test_beneficial_under_a_modal_is_conditional() -> None:
    text = "Daily stretching may be beneficial for office workers with neck pain."
    cue = next(c for c in _relations(text) if c.text == "beneficial")
    assert cue.modal == "may"
    assert claim_strength(text, "en").label == 2
