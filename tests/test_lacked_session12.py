"""Animals that lacked a gene are the subjects of a deletion experiment, not a denial
(session 12): "rats that lacked Pten in the liver" is stated by "liver-specific deletion of
Pten", and a tissue qualifier before a removal noun followed by "of" is not what is removed."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence.function import removals
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.terms import analyze

SOURCE = ("We generated rats with liver–specific deletion of Pten and followed them for "
          "twelve months.")


def test_lacked_after_that_is_no_denial() -> None:
    g = load_glossary()
    assert not analyze("The team bred rats that lacked Pten in the liver.", g).negated
    assert not analyze("Cells which lack p53 divided faster.", g).negated
    assert analyze("The drug lacked any effect on blood pressure.", g).negated


def test_lacked_is_a_removal_of_what_follows() -> None:
    g = load_glossary()
    [r] = removals("The team bred rats that lacked Pten in the liver.", g)
    assert r.words.startswith("Pten")


def test_qualifier_before_deletion_of_is_not_removed() -> None:
    g = load_glossary()
    assert [r.words for r in removals(SOURCE, g)] == ["Pten"]


def test_lacked_claim_is_not_contradicted_by_the_deletion() -> None:
    verdict = claimcheck.verify("The team bred rats that lacked Pten only in the liver [1].",
                                abstract=SOURCE)
    assert verdict.status != "contradicted"
