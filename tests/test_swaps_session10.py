"""Swapped figures and claims against their own figures (session 10, round 2)."""

from __future__ import annotations

import claimcheck

SHARES = ["Headache was less common with drug X (10/200 (5%) v 25/200 (12%); P=0.01)."]


def _status(claim: str, abstract: list[str]) -> str:
    return claimcheck.verify(claim, title="T", abstract=abstract).status


def test_pair_of_fractions_with_shares_is_read_as_a_pair() -> None:
    assert _status("Headache was less common with drug X (12% vs 5%) [1].", SHARES) == \
        "contradicted"
    assert _status("Headache was less common with drug X (25/200 (12%) vs 10/200 (5%)) [1].",
                   SHARES) == "contradicted"


def test_pair_of_fractions_in_the_right_order_stays_supported() -> None:
    assert _status("Headache was less common with drug X (5% vs 12%) [1].", SHARES) == \
        "supported"
    assert _status("Headache was less common with drug X (10/200 (5%) vs 25/200 (12%)) [1].",
                   SHARES) == "supported"


def test_comparison_flipped_on_the_same_pair() -> None:
    source = ["Headache was more common with drug X (12% vs 5%; P=0.01)."]
    assert _status("Headache was less common with drug X (12% vs 5%) [1].", source) == \
        "contradicted"
    assert _status("Headache was more common with drug X (12% vs 5%) [1].", source) == \
        "supported"


def test_word_bound_against_its_own_figure() -> None:
    source = ["Of the patients, 62% responded to treatment."]
    assert _status("Fewer than half of the patients (62%) responded [1].", source) == \
        "contradicted"
    assert _status("More than half of the patients (62%) responded [1].", source) != \
        "contradicted"


def test_total_that_cannot_hold_its_part() -> None:
    source = ["We enrolled 35 adults (20 men and 15 women)."]
    assert _status("The study enrolled 20 adults, of whom 35 were men and 15 women [1].",
                   source) == "contradicted"
    assert _status("这项研究招募了20名成年人，其中男性35人、女性15人[1]。", source) == \
        "contradicted"
    assert _status("The study enrolled 35 adults, of whom 20 were men and 15 women [1].",
                   source) == "supported"


def test_total_smaller_than_its_split_by_sex() -> None:
    source = ["We observed 1470 infections in 892 patients: 782 in men and 688 in women."]
    assert _status("研究者观察了1470名患者的892次感染，其中男性782次、女性688次[1]。", source) == \
        "contradicted"
    assert _status("研究者观察了892名患者的1470次感染，其中男性782次、女性688次[1]。", source) == \
        "supported"


def test_parts_that_may_overlap_or_count_other_things_are_no_total() -> None:
    assert _status("Of 300 patients, 200 had diabetes and 150 hypertension [1].",
                   ["Of 300 patients, 200 had diabetes and 150 hypertension."]) == "supported"
    assert _status("We enrolled 20 patients (45 eyes) [1].",
                   ["We enrolled 20 patients (45 eyes)."]) == "supported"
