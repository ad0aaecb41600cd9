"""A time point or age range the source gives another value (session 13, judge): the claim's
main figures found, its "aged 6 to 19 years" against the source's "aged 6 to 12 years" is not
stated, so the claim is `partially_supported`, never `supported`."""

from __future__ import annotations

import claimcheck

SOURCE = ["From 2003 to 2009, 2417 schoolchildren aged 6 to 12 years were screened for myopia "
          "in Tianjin."]


def test_another_age_range_is_no_support() -> None:
    right = claimcheck.verify("2003年至2009年间，天津共筛查了2417名6至12岁的学童[1]。",
                              abstract=SOURCE)
    wrong = claimcheck.verify("2003年至2009年间，天津共筛查了2417名6至19岁的学童[1]。",
                              abstract=SOURCE)
    assert right.status == "supported"
    assert wrong.status == "partially_supported"
    assert "6至19岁" in wrong.rationale


def test_an_age_range_the_source_does_not_give_is_unchanged() -> None:
    verdict = claimcheck.verify("2003年至2009年间，天津共筛查了2417名学童[1]。", abstract=SOURCE)
    assert verdict.status == "supported"
