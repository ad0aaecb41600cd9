"""Session 13: one clause of a two-statement claim stated on its own (topics of our own). A
short clause whose time points the sentence prints ("the survey ran from May 2001 to June
2002") is stated by that sentence, each printed time point standing for one of the three
terms a clause needs; the claim is then partly supported, never supported."""

from __future__ import annotations

import claimcheck

_ABSTRACT = (
    "BACKGROUND Little is known about hearing loss among orchestra musicians. "
    "METHODS The study was conducted from May 2001 to June 2002 in four cities. "
    "All musicians had played professionally for at least 5 years. "
    "RESULTS Hearing thresholds were similar in string and brass players. "
    "CONCLUSIONS Hearing protection deserves further study."
)
_TITLE = "Hearing loss in orchestra musicians: a survey"


def _status(claim: str, abstract: str = _ABSTRACT) -> str:
    return claimcheck.verify(claim, title=_TITLE, abstract=abstract).status


def test_dated_clause_stated_by_its_dates() -> None:
    claim = ("The study was carried out from May 2001 to June 2002, and it found that "
             "earplugs spared drummers from tinnitus [1].")
    assert _status(claim) == "partially_supported"


def test_duration_clause_with_two_terms() -> None:
    claim = ("Every musician had played professionally for at least five years, and those "
             "who wore earplugs kept better hearing [1].")
    assert _status(claim) == "partially_supported"


def test_chinese_dated_clause() -> None:
    claim = "研究在2001年5月至2002年6月间进行，戴耳塞的鼓手很少出现耳鸣[1]。"
    assert _status(claim) == "partially_supported"


def test_other_dates_state_nothing() -> None:
    claim = ("The study was carried out from May 2003 to June 2004, and it found that "
             "earplugs spared drummers from tinnitus [1].")
    assert _status(claim) == "not_found"


def test_dates_without_a_term_of_the_clause() -> None:
    """A printed date alone is no statement: the clause must name something the sentence
    names too."""
    abstract = _ABSTRACT.replace("The study was conducted", "Recordings were archived")
    claim = ("The study was carried out from May 2001 to June 2002, and it found that "
             "earplugs spared drummers from tinnitus [1].")
    assert _status(claim, abstract) == "not_found"


def test_short_clause_without_times_still_needs_three_terms() -> None:
    claim = ("The musicians were professionals, and those who wore earplugs kept better "
             "hearing [1].")
    assert _status(claim) == "not_found"
