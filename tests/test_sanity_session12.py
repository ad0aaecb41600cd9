"""Figures a claim cannot state as written (session 12, evidence/sanity.py): a span that runs
backwards or a part larger than its whole is not `supported` by the source's figures, which
were read off another order."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence.sanity import impossible_figures

SOURCE = ["We followed 5210 children born between 1998 and 2004 in Bergen.",
          "Of 5210 children, 388 (7.4%) developed asthma by age 10."]


def test_reading() -> None:
    assert impossible_figures("纳入了2004年至1998年间出生的儿童") is not None
    assert impossible_figures("胎龄32至28周的婴儿") is not None
    assert impossible_figures("Of 388 children, 5210 developed asthma.") is not None
    assert impossible_figures("388人中，有5210人患哮喘") is not None
    assert impossible_figures("纳入了1998年至2004年间出生的儿童") is None
    assert impossible_figures("哮喘率从12%降至7.4%") is None
    assert impossible_figures("surveys in 2010 and 2005") is None
    assert impossible_figures("Of 5210 children, 388 developed asthma.") is None


def test_a_backward_span_is_not_supported() -> None:
    right = claimcheck.verify("研究追踪了1998年至2004年间出生的5210名儿童[1]。", abstract=SOURCE)
    wrong = claimcheck.verify("研究追踪了2004年至1998年间出生的5210名儿童[1]。", abstract=SOURCE)
    assert right.status == "supported"
    assert wrong.status != "supported"


def test_a_part_larger_than_its_whole_is_not_supported() -> None:
    wrong = claimcheck.verify("Of 388 children, 5210 developed asthma by age 10 [1].",
                              abstract=SOURCE)
    assert wrong.status != "supported"
