"""A claim that ranks its subject ("Waiting times for surgery were longest for …") needs a
sentence or title that names the subject's head (session 12, guard `superlative`)."""

from __future__ import annotations

import claimcheck

SOURCE = ["Access to knee replacement in England by area deprivation, 2001-2008",
          "Patients from deprived areas were less likely to receive knee replacement surgery."]


def test_a_ranked_subject_the_sentence_never_names_is_not_found() -> None:
    claim = "Waiting times for surgery were longest for patients from deprived areas [1]."
    verdict = claimcheck.verify(claim, title=SOURCE[0], abstract=SOURCE[1:])
    assert verdict.status == "not_found"
    assert "Waiting times" in verdict.rationale


def test_a_ranked_subject_the_sentence_names_is_judged_as_before() -> None:
    source = ["Waiting times for knee replacement surgery were longest for patients from the "
              "most deprived areas."]
    claim = "Waiting times for surgery were longest for patients from deprived areas [1]."
    assert claimcheck.verify(claim, abstract=source).status == "supported"
