"""Durations that are a claim's finding, session 12 (evidence/durations.py): "about eight
years after licensing" or "for at least a year" is what the claim found, and a source sentence
timing the same thing with another value ("the median time from licensing to the first
recall was 3.1 years", "at least 3 months") contradicts it; a duration that only dates another
figure stays a time point. Also "at least a year", "within a month": one year, one month.
Topics of our own: device recalls, physiotherapy courses, smoking cessation."""

from __future__ import annotations

import pytest

from claimcheck import verify
from claimcheck.evidence.quantities import extract_quantities

RECALLS = [
    "We followed 212 medical devices licensed between 2000 and 2010.",
    "The median time from licensing to the first recall was 3.1 years (IQR, 1.9-8.0 years).",
]
COURSES = [
    "Physiotherapy trials required patients to attend weekly sessions for at least 3 months.",
]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("for at least a year", 1.0, "year"), ("within a month of surgery", 1.0, "month"),
])
def test_a_bounded_a_year_is_one_year(text: str, value: float, unit: str) -> None:
    (q,) = extract_quantities(text)
    assert (q.kind, q.value, q.unit) == ("duration", value, unit)


@pytest.mark.parametrize("text", ["twice a year", "once a day", "a week-long course"])
def test_a_year_without_a_bound_is_no_figure(text: str) -> None:
    assert [q for q in extract_quantities(text) if q.kind == "duration"] == []


@pytest.mark.parametrize(("claim", "turned"), [
    ("Typically, the first recall came about eight years after licensing [1].", True),
    ("Typically, the first recall came about three years after licensing [1].", False),
])
def test_an_interval_between_two_events(claim: str, turned: bool) -> None:
    assert (verify(claim, abstract=RECALLS).status == "contradicted") == turned


@pytest.mark.parametrize(("claim", "expected"), [
    ("The trials required patients to attend weekly physiotherapy sessions for at least a "
     "year [1].", "contradicted"),
    ("The trials required patients to attend weekly physiotherapy sessions for at least 3 "
     "months [1].", "supported"),
    # another side of the bound is no requirement stated the other way
    ("The trials required patients to attend weekly physiotherapy sessions for up to a year "
     "[1].", None),
])
def test_a_bound_that_is_the_finding(claim: str, expected: str | None) -> None:
    status = verify(claim, abstract=COURSES).status
    assert status == expected if expected else status not in ("supported", "contradicted")


def test_a_time_point_of_another_figure_is_not_read_as_the_finding() -> None:
    quit_rates = ["After 12 weeks, 31% of the varenicline group had stopped smoking."]
    assert verify("Six months after the start, 31% of the varenicline group had stopped "
                  "smoking [1].", abstract=quit_rates).status != "contradicted"


@pytest.mark.parametrize(("claim", "turned"), [
    ("Trials required patients to attend weekly physiotherapy sessions for at least a month "
     "[1].", False),  # weaker than "at least 3 months": implied, not another value
    ("Trials required patients to attend weekly physiotherapy sessions for at least a year "
     "[1].", True),
])
def test_only_a_stronger_bound_is_another_value(claim: str, turned: bool) -> None:
    assert (verify(claim, abstract=COURSES).status == "contradicted") == turned


def test_an_age_or_a_time_of_an_event_is_no_time_taken() -> None:
    ages = ["At the time of diagnosis the median age of the patients was 54 years.",
            "The median time from symptom onset to diagnosis, at a median age of 54 years, "
            "was not recorded."]
    assert verify("Patients were diagnosed about 10 years after symptom onset [1].",
                  abstract=ages).status != "contradicted"
