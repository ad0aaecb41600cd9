"""Figures of a denial given as levels (session 13, judge._levels_only): a claim that only gives
two groups' levels is not contradicted by a source that prints them inside "did not differ
(…)"; a claim of a change or a difference still is."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.judge import _levels_only

SOURCE = ["Wound infection did not differ between the two dressings (6.4% vs 7.9%; P = .41)."]


def _levels(text: str) -> bool:
    return _levels_only(analyse(text, load_glossary(), claim=True))


def test_reading() -> None:
    assert _levels("Wound infection was 6.4% with silver dressings and 7.9% with gauze.")
    assert _levels("银离子敷料组伤口感染率为6.4%，纱布组为7.9%。")
    assert not _levels("Silver dressings lowered wound infection (6.4% vs 7.9%).")
    assert not _levels("Wound infection was twice as common with gauze (7.9%) as with silver "
                       "dressings (6.4%).")
    assert not _levels("Wound infection was 6.4%.")


def test_levels_of_a_denial_are_not_contradicted() -> None:
    verdict = claimcheck.verify("Wound infection was 6.4% with one dressing and 7.9% with the "
                                "other [1].", abstract=SOURCE)
    assert verdict.status != "contradicted"


def test_a_claimed_change_is_still_contradicted() -> None:
    verdict = claimcheck.verify("The first dressing lowered wound infection (6.4% vs 7.9%) [1].",
                                abstract=SOURCE)
    assert verdict.status == "contradicted"
