"""Spans named by a word (session 15): a decade, a century, a fortnight and their halves and
quarters are durations in years or weeks, in English and Chinese; "a quarter" of people stays a
share, and a bare "a decade" with no bound stays unread, as "a year" does."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence.quantities import extract_quantities


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("registries kept for nearly a quarter of a century", 25.0, "year"),
    ("a quarter-century of surveillance data", 25.0, "year"),
    ("the programme ran for half a century", 50.0, "year"),
    ("patients were seen again within a fortnight", 2.0, "week"),
    ("followed for more than a decade", 10.0, "year"),
    ("近半个世纪以来的监测数据", 50.0, "year"),
    ("长达四分之一个世纪的随访", 25.0, "year"),
])
def test_a_named_span_is_a_duration(text: str, value: float, unit: str) -> None:
    durations = [q for q in extract_quantities(text) if q.kind == "duration"]
    assert [(q.value, q.unit) for q in durations] == [(value, unit)]


def test_a_quarter_of_people_stays_a_share() -> None:
    kinds = [q.kind for q in extract_quantities("a quarter of the nurses reported back pain")]
    assert kinds == ["percent"]


def test_a_bare_decade_is_no_figure() -> None:
    assert extract_quantities("incidence rose in the last decade") == []
    assert extract_quantities("a decade later the clinic closed") == []


def test_half_a_century_supports_fifty_years_in_either_language() -> None:
    source = ["The birth cohort was followed for half a century."]
    english = claimcheck.verify("The birth cohort was followed for 50 years.", abstract=source)
    chinese = claimcheck.verify("该出生队列随访了50年。", abstract=source)
    assert english.status == "supported"
    assert chinese.status == "supported"


def test_half_a_century_does_not_support_thirty_years() -> None:
    verdict = claimcheck.verify("The birth cohort was followed for 30 years.",
                                abstract=["The birth cohort was followed for half a century."])
    assert verdict.status != "supported"


def test_a_year_abbreviated_y_is_a_duration() -> None:
    durations = [q for q in extract_quantities("elimination came 10 y later than with testing")
                 if q.kind == "duration"]
    assert [(q.value, q.unit) for q in durations] == [(10.0, "year")]


def test_about_a_decade_is_found_as_ten_y() -> None:
    verdict = claimcheck.verify(
        "Yearly screening would also end transmission, about a decade later than mass testing.",
        abstract=["Yearly screening will also end transmission, albeit 10 y later than mass testing."])
    assert verdict.status == "supported"
