"""A cancer named by its site needs a sentence (or title) naming that site (session 12):
"a raised risk of pancreatic cancer" is not stated by a sentence listing other cancers."""

from __future__ import annotations

import claimcheck

SOURCE = ["Shift work was associated with cancers of the breast (HR 1.21, 1.08-1.35) and "
          "prostate (HR 1.14, 1.02-1.27).",
          "Each additional decade of night work raised the risk of colorectal cancer."]


def test_an_unnamed_site_is_not_stated() -> None:
    claim = ("Shift work was associated with cancers of the breast (HR 1.21) and with a raised "
             "risk of pancreatic cancer [1].")
    verdict = claimcheck.verify(claim, abstract=SOURCE)
    assert verdict.status == "partially_supported"


def test_a_named_site_in_other_words_is_stated() -> None:
    claim = "Each additional decade of night work raised the risk of bowel cancer [1]."
    assert claimcheck.verify(claim, abstract=SOURCE).status == "supported"
