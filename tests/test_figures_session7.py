"""Figures, session 7 (issue 10): lists paired with figures by "respectively", multiples
("twice", "doubled", 三倍, "N times") against ratios. Examples on topics of our own (thyroid
screening, influenza vaccines, hearing aids, vitamin D, knee surgery)."""

from __future__ import annotations

import pytest

from claimcheck import verify
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.match import comparable, value_match
from claimcheck.evidence.quantities import MULTIPLE, extract_quantities
from claimcheck.models import Quantity

GLOSSARY = load_glossary()

SCREENING = [
    "We screened 900 adults for thyroid disease.",
    "Ultrasound had sensitivity and specificity of 91.2% and 70.5%, respectively, whereas "
    "palpation had sensitivity and specificity of 48.3% and 95.1%.",
]


def _context(sentence: str, value: float) -> frozenset[str]:
    return next(i.context for i in analyse(sentence, GLOSSARY).quantities
                if i.quantity.value == value)


# ------------------------------------------------------------------ respectively


def test_a_list_before_its_figures_pairs_them_in_order() -> None:
    sentence = "The vaccine had sensitivity and specificity of 81.0% and 64.0%, respectively."
    assert "~specif" not in _context(sentence, 81.0)
    assert "~specif" in _context(sentence, 64.0)


def test_groups_after_the_figures_pair_them_in_order() -> None:
    sentence = "Hearing scores were 41.5% and 30.2% in the implant and aid groups, respectively."
    assert "~aid" not in _context(sentence, 41.5)
    assert "~implant" not in _context(sentence, 30.2)


def test_a_list_of_three_is_left_alone() -> None:
    # commas cut "A, B and C" into clauses: no pairing is read from it
    sentence = "Rates of anaemia, gout and asthma were 62.0%, 41.0% and 18.0%, respectively."
    assert _context(sentence, 62.0) == analyse(sentence.replace(", respectively", ""),
                                               GLOSSARY).quantities[0].context


def test_the_same_list_after_respectively_pairs_the_same_way() -> None:
    assert "~specif" not in _context(SCREENING[1], 48.3)
    assert "~specif" in _context(SCREENING[1], 95.1)


def test_a_measure_given_its_neighbours_value_is_contradicted() -> None:
    # 95.1% is palpation's specificity; its sensitivity is 48.3%
    verdict = verify("Palpation was very sensitive, with a sensitivity of 95.1% [1].",
                     title="Screening for thyroid nodules", abstract=SCREENING)
    assert verdict.status == "contradicted", verdict.rationale


def test_the_measure_with_its_own_value_is_found() -> None:
    verdict = verify("Palpation had a specificity of 95.1% [1].",
                     title="Screening for thyroid nodules", abstract=SCREENING)
    assert verdict.status in ("supported", "partially_supported"), verdict.rationale
    assert verdict.status != "contradicted"


def test_without_respectively_a_list_pairs_nothing() -> None:
    sentence = "Sensitivity and specificity were both above 80.0% and 90.0% in the cohort."
    assert "~specif" in _context(sentence, 80.0)


# ------------------------------------------------------------------ suspended units


def test_a_bare_number_joined_to_a_duration_takes_its_unit() -> None:
    found = extract_quantities("Knee pain was scored at 3 and 6 months after surgery.")
    assert [(q.kind, q.value, q.unit) for q in found] == [("duration", 3.0, "month"),
                                                         ("duration", 6.0, "month")]


def test_a_bare_number_before_a_dose_stays_bare() -> None:
    found = extract_quantities("Intake fell (0.29 vs 0.44 mg/kg).")
    assert found[0].kind == "number"


# ------------------------------------------------------------------ multiples


@pytest.mark.parametrize("text,value,qualifier", [
    ("Falls were twice as common in the vitamin D group", 2.0, None),
    ("the risk of falls doubled", 2.0, None),
    ("a threefold higher risk of falls", 3.0, None),
    ("four times the risk of a fall", 4.0, None),
    ("were 2.5 times more likely to fall", 2.5, None),
    ("a 1.8-fold increase in falls", 1.8, None),
    ("跌倒风险是对照组的三倍", 3.0, None),
    ("跌倒风险是对照组的2.5倍", 2.5, None),
    ("跌倒的几率是对照组的两倍多", 2.0, "more_than"),
    ("跌倒风险增加了一倍", 2.0, None),
    ("跌倒人数翻了一番", 2.0, None),
    ("more than twice as likely to fall", 2.0, "more_than"),
    ("almost four times the risk of falling", 4.0, "nearly"),
])
def test_a_multiple_is_a_ratio(text: str, value: float, qualifier: str | None) -> None:
    q = next(q for q in extract_quantities(text) if q.kind == "ratio")
    assert (q.value, q.unit, q.qualifier) == (value, MULTIPLE, qualifier)


@pytest.mark.parametrize("text", [
    "Take the tablets three times a day", "PSA doubling time was long", "三倍体小鼠",
    "double-blind trial",
])
def test_not_a_multiple(text: str) -> None:
    assert all(q.unit != MULTIPLE for q in extract_quantities(text))


def multiple(text: str) -> Quantity:
    return next(q for q in extract_quantities(text) if q.unit == MULTIPLE)


def test_a_multiple_matches_a_ratio_at_its_printed_precision() -> None:
    hr = next(q for q in extract_quantities("hazard ratio 2.22") if q.kind == "ratio")
    assert value_match(multiple("twice as likely"), hr)
    assert value_match(multiple("more than twice as likely"), hr)
    assert not value_match(multiple("three times more likely"), hr)
    assert comparable(multiple("three times more likely"), hr)
    low = next(q for q in extract_quantities("odds ratio 1.2") if q.kind == "ratio")
    assert not value_match(multiple("the odds doubled"), low)


KNEE = [
    "We randomised 640 adults with knee osteoarthritis to arthroscopic surgery or physiotherapy.",
    "Surgery was associated with a higher risk of deep vein thrombosis (hazard ratio 2.1, 95% "
    "CI 1.4 to 3.2) than physiotherapy.",
]


def test_twice_the_risk_is_found_in_a_ratio_of_two() -> None:
    verdict = verify("Knee surgery doubled the risk of deep vein thrombosis [1].",
                     title="Arthroscopic surgery for knee osteoarthritis", abstract=KNEE)
    assert verdict.status == "supported", verdict.rationale


def test_a_wrong_multiple_of_the_same_risk_is_contradicted() -> None:
    verdict = verify("Knee surgery made deep vein thrombosis four times more likely [1].",
                     title="Arthroscopic surgery for knee osteoarthritis", abstract=KNEE)
    assert verdict.status == "contradicted", verdict.rationale


def test_a_multiple_of_another_outcome_is_no_contradiction() -> None:
    verdict = verify("Knee surgery made infections four times more likely [1].",
                     title="Arthroscopic surgery for knee osteoarthritis", abstract=KNEE)
    assert verdict.status != "contradicted", verdict.rationale


def test_a_chinese_multiple_is_found_in_the_ratio() -> None:
    verdict = verify("膝关节手术使深静脉血栓的风险增加了一倍[1]。",
                     title="Arthroscopic surgery for knee osteoarthritis", abstract=KNEE)
    assert verdict.status in ("supported", "partially_supported"), verdict.rationale
    assert verdict.status != "contradicted"
