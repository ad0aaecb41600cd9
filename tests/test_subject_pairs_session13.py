"""A pair of two groups' figures set out as "A had … (x vs y) relative to B" and, in Chinese,
"A的…高于B，分别为x和y" (session 13, evidence/pairs.py): the right numbers given to the other
group are `contradicted`; the right order is not; a P value is no group's figure."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.pairs import bracket_pairs, pairs

SOURCE = ["Night-shift nurses had longer sleep latency (38 ± 9 vs. 21 ± 7 min, P = 0.02) and "
          "higher resting heart rate (84 ± 6 vs. 72 ± 5 beats/min, P < 0.01) relative to "
          "day-shift nurses."]


def _labels(text: str, *, claim: bool = False) -> list[tuple[str, str, str, str]]:
    analysed = analyse(text, load_glossary(), claim=claim)
    read = pairs(analysed.text, analysed.quantities) + \
        bracket_pairs(analysed.text, analysed.quantities)
    return [(p.first.quantity.text, p.second.quantity.text, p.first_label, p.second_label)
            for p in read]


def test_subject_pair_comparator_read_without_the_p_value() -> None:
    read = _labels(SOURCE[0])
    assert ("84 ± 6", "72 ± 5", "Night-shift nurses", "day-shift nurses") in \
        [(a, b.split(" beats")[0], x, y) for a, b, x, y in read]
    assert all("0.01" not in (a, b) for a, b, _, _ in read)


def test_chinese_comparison_then_respectively() -> None:
    read = _labels("夜班护士的入睡潜伏期长于白班护士，分别为38和21分钟", claim=True)
    assert [(a, b) for _, _, a, b in read] == [("夜班护士", "白班护士")]


def _status(claim: str) -> str:
    return claimcheck.verify(claim, title="Shift work and sleep in nurses",
                             abstract=SOURCE).status


def test_figures_given_to_the_other_group_are_contradicted() -> None:
    assert _status("夜班护士的静息心率低于白班护士，分别为72和84次/分。") == "contradicted"


def test_the_right_order_is_not_contradicted() -> None:
    assert _status("夜班护士的静息心率高于白班护士，分别为84和72次/分。") != "contradicted"
