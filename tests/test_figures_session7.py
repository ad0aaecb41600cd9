"""Figures, session 7 (issue 10): lists paired with figures by "respectively", multiples
("twice", "doubled", 三倍, "N times") against ratios. Examples on topics of our own (thyroid
screening, influenza vaccines, hearing aids, vitamin D, knee surgery)."""

from __future__ import annotations

from claimcheck import verify
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.quantities import extract_quantities

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
