"""Two figures each said of its own group, given each to the other group (session 13,
evidence/pairs.py): the right numbers on swapped groups are `contradicted`; the right pairing,
a single figure, or groups the labels cannot tell apart are not."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.pairs import bracket_pairs, pairs

AFTER = ["Median time to relapse was 14.5 months (95% CI 12.1-16.8) for smokers and "
         "22.3 months (19.0-25.5) for non-smokers."]
BEFORE = ["Hand eczema was common among hospital staff (cleaners, 31.4% vs cooks, 18.9%; P = .02)."]


def _labels(text: str, *, claim: bool = False) -> list[tuple[str, str]]:
    analysed = analyse(text, load_glossary(), claim=claim)
    read = pairs(analysed.text, analysed.quantities) + \
        bracket_pairs(analysed.text, analysed.quantities)
    return [(p.first_label, p.second_label) for p in read]


def test_reading() -> None:
    assert _labels(AFTER[0]) == [("smokers", "non-smokers")]
    assert _labels(BEFORE[0]) == [("cleaners", "cooks")]
    assert _labels("清洁工为31.4%，厨师为18.9%", claim=True) == [("清洁工", "厨师")]
    assert _labels("清洁工和厨师的患病率分别为31.4%和18.9%", claim=True) == [("清洁工", "厨师")]
    assert _labels("Eczema affected 31.4% of cleaners.") == []


def test_swapped_groups_after_their_figures() -> None:
    wrong = claimcheck.verify("Relapse came after 22.3 months in smokers and 14.5 months in "
                              "non-smokers [1].", abstract=AFTER)
    right = claimcheck.verify("Relapse came after 14.5 months in smokers and 22.3 months in "
                              "non-smokers [1].", abstract=AFTER)
    assert wrong.status == "contradicted"
    assert right.status != "contradicted"


def test_swapped_groups_before_their_figures() -> None:
    wrong = claimcheck.verify("清洁工的手部湿疹患病率为18.9%，厨师为31.4%[1]。", abstract=BEFORE)
    right = claimcheck.verify("清洁工的手部湿疹患病率为31.4%，厨师为18.9%[1]。", abstract=BEFORE)
    assert wrong.status == "contradicted"
    assert right.status != "contradicted"


def test_labels_that_name_neither_group_decide_nothing() -> None:
    verdict = claimcheck.verify("Relapse came after 22.3 months in the first arm and 14.5 "
                                "months in the second [1].", abstract=AFTER)
    assert verdict.status != "contradicted"


def test_groups_named_before_their_bracketed_figures() -> None:
    assert _labels("Eczema was commoner in cleaners (31.4%) than in cooks (18.9%).",
                   claim=True) == [("Eczema was commoner in cleaners", "in cooks")]
    assert _labels("手部湿疹患病率在清洁工与厨师之间差别明显（31.4%对18.9%）", claim=True) == [
        ("手部湿疹患病率在清洁工", "厨师")]
    wrong = claimcheck.verify("Hand eczema was commoner in cooks (31.4%) than in cleaners "
                              "(18.9%) [1].", abstract=BEFORE)
    right = claimcheck.verify("Hand eczema was commoner in cleaners (31.4%) than in cooks "
                              "(18.9%) [1].", abstract=BEFORE)
    assert wrong.status == "contradicted"
    assert right.status != "contradicted"


def test_a_claim_opening_on_a_bracket_reads() -> None:
    assert _labels("（31.4%）", claim=True) == []
