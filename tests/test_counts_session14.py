"""Session 14 (topics of our own): a ratio named before the words it measures, a count of
"N adults of a total of M", and a count said with the claim's own predicate at another
value (a contradiction only where the source gives one such count and never the claim's)."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence.counted import count_clash
from claimcheck.evidence.quantities import extract_quantities


def _kinds(text: str) -> list[tuple[str, str, float | None]]:
    return [(q.kind, q.text, q.value) for q in extract_quantities(text)]


def test_ratio_value_after_its_words() -> None:
    qs = extract_quantities("Training raised detection (odds ratio of diagnosis by nurses "
                            "after training 1.80, 1.20 to 2.70).")
    assert [(q.kind, q.value, q.low, q.high, q.unit) for q in qs] == [
        ("ratio", 1.8, 1.2, 2.7, "OR")]
    qs = extract_quantities("(hazard ratio of relapse in treated women 0.72, 95% confidence "
                            "interval 0.55 to 0.94)")
    assert [(q.kind, q.value, q.low, q.high, q.unit) for q in qs] == [
        ("ratio", 0.72, 0.55, 0.94, "HR")]


def test_no_ratio_without_a_name_or_after_an_age() -> None:
    assert all(k != "ratio" for k, _, _ in _kinds("The knee score was 45, 30 to 60)."))
    assert all(k != "ratio" for k, _, _ in _kinds(
        "The odds ratio was higher in women aged 45, 30 to 60)."))


def test_count_of_a_total() -> None:
    assert _kinds("five women of a total of 12 responded") == [
        ("fraction", "five women of a total of 12", 5.0)]
    # a count with no "a total of" / "the" after its noun is no share: "of 65 years" is an age
    assert ("fraction", "12 patients of 65", 12.0) not in _kinds("12 patients of 65 years")


def _clash(claim: str, source: list[str]) -> bool:
    q = extract_quantities(claim)[0]
    return count_clash(claim, q, source) is not None


def test_count_against_a_count() -> None:
    claim = "Three of the ten mice developed tumours in the liver [1]."
    assert _clash(claim, ["Six of the mice developed liver tumours after exposure."])
    assert _clash("Twelve farms reported outbreaks of swine fever [1].",
                  ["Seven farms reported outbreaks of swine fever."])
    # a year in one predicate only: the counts may be of another time
    assert not _clash("Twelve farms reported outbreaks of swine fever [1].",
                      ["Seven farms reported outbreaks of swine fever in 2019."])
    # the claim's value in the source, two counts with the predicate, a subgroup opening, a
    # negated predicate, another predicate: no contradiction
    assert not _clash(claim, ["Six of the mice developed liver tumours, and three of the "
                              "rats died."])
    assert not _clash(claim, ["Six mice developed tumours in the liver; two more developed "
                              "tumours in the liver after a second dose."])
    assert not _clash(claim, ["Among males, six developed tumours in the liver."])
    assert not _clash(claim, ["Six of the mice did not develop tumours in the liver."])
    assert not _clash(claim, ["Six of the mice lost weight during the study."])


def test_count_clash_verdict() -> None:
    v = claimcheck.verify("Eleven of the 40 volunteers developed a rash on the forearm [1].",
                          abstract=["We recruited 40 healthy volunteers.",
                                    "Four volunteers developed a rash on the forearm within "
                                    "two days."])
    assert v.status == "contradicted", v.rationale
    v = claimcheck.verify("Eleven of the 40 volunteers developed a rash on the forearm [1].",
                          abstract=["We recruited 40 healthy volunteers.",
                                    "Four volunteers developed a fever."])
    assert v.status != "contradicted", v.rationale


def test_multiple_worked_out_from_the_claims_own_figures() -> None:
    claim = "Clinic visits for eczema doubled, from 150 a month to 300 a month [1]."
    v = claimcheck.verify(claim, abstract=[
        "Clinic visits for eczema were 150 a month in 2005 and 300 a month in 2015."])
    assert v.status == "supported", v.rationale
    # the later figure first, or years out of order: the change is not the claim's
    v = claimcheck.verify(claim, abstract=[
        "Clinic visits for eczema were 300 a month in 2005 and 150 a month in 2015."])
    assert v.status != "supported", v.rationale
    v = claimcheck.verify(claim, abstract=[
        "Clinic visits for eczema were 150 a month in 2015 and 300 a month in 2005."])
    assert v.status != "supported", v.rationale
    # a ratio that is not the multiple
    v = claimcheck.verify("Clinic visits for eczema tripled, from 150 a month to 300 a month "
                          "[1].", abstract=["Clinic visits for eczema were 150 a month in 2005 "
                                            "and 300 a month in 2015."])
    assert v.status != "supported", v.rationale


def test_a_denial_of_another_statement() -> None:
    abstract = ["In all, 320 participants took 500 mg or placebo every day for 12 weeks.",
                "Turmeric extract did not reduce knee pain in adults compared with placebo."]
    v = claimcheck.verify("The trial gave 320 adults with knee pain 500 mg of turmeric extract "
                          "or placebo every day for 12 weeks [1].", abstract=abstract)
    assert v.status == "supported", v.rationale
    # a claim of an effect is still opposed by the denial
    v = claimcheck.verify("In the trial of 320 adults, 500 mg of turmeric extract daily reduced "
                          "knee pain at 12 weeks [1].", abstract=abstract)
    assert v.status != "supported", v.rationale
    v = claimcheck.verify("Over 12 weeks, 320 adults given 500 mg of turmeric extract had "
                          "less knee pain than with placebo [1].", abstract=abstract)
    assert v.status != "supported", v.rationale


def test_lower_as_a_place_in_the_body() -> None:
    from claimcheck.evidence import load_glossary
    from claimcheck.evidence.terms import analyze

    g = load_glossary()
    assert analyze("Lower limb ulcers healed in 40 of the 60 patients.", g).direction == 0
    assert analyze("Admissions for lower respiratory tract illness in infants.", g).direction == 0
    assert analyze("Statins lower the risk of stroke.", g).direction == -1
    assert analyze("Pain scores were lower in the treated group.", g).direction == -1
