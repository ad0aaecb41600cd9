"""A cancer named by its site needs a sentence (or title) naming that site (session 12):
"a raised risk of pancreatic cancer" is not stated by a sentence on cancer in general and
on breast cancer."""

from __future__ import annotations

import claimcheck

SOURCE = ["Each decade of night work raised the risk of cancer in nurses, most of all the risk "
          "of breast cancer."]


def test_an_unnamed_site_is_not_stated() -> None:
    claim = "Each decade of night work raised the risk of pancreatic cancer in nurses [1]."
    assert claimcheck.verify(claim, abstract=SOURCE).status == "not_found"


def test_a_named_site_is_stated() -> None:
    claim = "Each decade of night work raised the risk of breast cancer in nurses [1]."
    assert claimcheck.verify(claim, abstract=SOURCE).status == "supported"
