"""Session 9: the lead's classes in the judge (issue 10).

Each class is tested on topics of its own (none from the probes, SciFact or the dev corpus):
a pair of the claim's figures that names its result where the claim's words for it are a
paraphrase, a substance's level in the blood named by one closed compound, and a second
statement joined to the claim whose subject recurs in the source while what it says of it
does not.
"""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.match import has_term
from claimcheck.evidence.quantities import extract_quantities


def _status(claim: str, title: str, *abstract: str) -> str:
    return claimcheck.verify(claim, title=title, abstract=list(abstract)).status


def test_a_pair_of_figures_names_its_result_under_a_paraphrase() -> None:
    # "seen again" for "re-examined": no word of the claim's measure is in the source, but
    # the count and its share, said together once, name the result
    claim = "Of the 4,210 children screened, 1,377 (32.7%) were seen again a year later [1]."
    source = ("Of 4210 children screened at school entry, 1377 (32.7%) were re-examined at "
              "one year.",)
    assert _status(claim, "School vision screening", *source) == "supported"


def test_a_lone_figure_with_a_paraphrased_measure_stays_unfound() -> None:
    # the same count alone, without its share, is not enough to bind a paraphrase
    claim = "In all, 1,377 children were seen again a year later [1]."
    source = ("Of 4210 children screened at school entry, 1377 were re-examined at one year, "
              "and 1377 letters were sent to parents.",)
    assert _status(claim, "School vision screening", *source) != "supported"


@pytest.mark.parametrize("word, part", [
    ("hyperglycaemia", "blood glucose"),
    ("hypercholesterolemia", "~cholesterol"),
    ("hyperuricaemia", "~uric"),
    ("hypoalbuminemia", "~blood"),
])
def test_a_level_in_the_blood_offers_its_substance(word: str, part: str) -> None:
    g = load_glossary()
    terms = analyse(f"Patients with {word} were treated.", g).terms
    assert has_term(part, terms, g)


@pytest.mark.parametrize("word", ["leukaemia", "ischemia", "academia"])
def test_a_word_in_aemia_without_the_prefix_names_no_blood_level(word: str) -> None:
    g = load_glossary()
    terms = analyse(f"Patients with {word} were studied.", g).terms
    assert not has_term("~blood", terms, g)


def test_blood_levels_in_lay_words_find_the_closed_compounds() -> None:
    claim = ("The clinic treated gout, high uric acid and high blood sugar together in one "
             "visit [1].")
    source = ("The clinic treated gout, hyperuricaemia and hyperglycaemia together in a "
              "single visit.",)
    assert _status(claim, "Combined clinics", *source) == "supported"


_IL6 = ("IL-6 acts on hepatocytes to induce CRP and fibrinogen synthesis, and IL-6 also gave "
        "the mice a fever [1].")
_IL6_SOURCE = ("In mice, IL-6 acts on hepatocytes to induce CRP and fibrinogen synthesis.",
               "Mice were studied for 12 weeks.")


def test_a_joined_statement_whose_subject_recurs_is_still_checked() -> None:
    # the source names IL-6 and the mice again, but never the fever
    assert _status(_IL6, "Interleukin-6 in mice", *_IL6_SOURCE) == "partially_supported"


def test_a_joined_statement_stated_elsewhere_is_supported() -> None:
    source = (*_IL6_SOURCE, "Mice given IL-6 also developed fever.")
    assert _status(_IL6, "Interleukin-6 in mice", *source) == "supported"


_STATIN_SOURCE = ("Rosuvastatin acts on the liver to lower LDL cholesterol and triglycerides in "
                  "older patients with kidney disease.", "Adverse events were rare.")


def test_as_well_as_joins_a_second_statement() -> None:
    claim = ("In older patients with kidney disease, rosuvastatin acts on the liver to lower "
             "LDL cholesterol and triglycerides, as well as on the kidney to protect nephrons "
             "[1].")
    assert _status(claim, "Rosuvastatin in older patients", *_STATIN_SOURCE) == \
        "partially_supported"


@pytest.mark.parametrize("text, low, high", [
    ("Patients were recruited in 1958-97.", 1958, 1997),
    ("Birmingham, 1989-93.", 1989, 1993),
    ("Records from 1999-04 were read.", 1999, 2004),
])
def test_a_year_range_with_a_two_digit_end(text: str, low: float, high: float) -> None:
    (q,) = extract_quantities(text)
    assert (q.low, q.high, q.unit) == (low, high, "year_of")


def test_a_year_and_month_is_no_range_of_years() -> None:
    (q,) = extract_quantities("The data were frozen in 2019-12.")
    assert q.unit != "year_of"


@pytest.mark.parametrize("text, kind, unit", [
    ("at a median of 4.9 (interquartile range 4.0-6.0) years", "duration", "year"),
    ("a median of 12 (IQR 8-20) months", "duration", "month"),
    ("a mean dose of 3.5 (95% CI 2.1-4.4) mg", "dose", "mg"),
])
def test_a_figure_takes_the_unit_after_its_interval(text: str, kind: str, unit: str) -> None:
    (q,) = extract_quantities(text)
    assert (q.kind, q.unit) == (kind, unit)


@pytest.mark.parametrize("text, n, total", [
    ("six in every hundred", 6, 100),
    ("three in every ten patients", 3, 10),
    ("two of every 3 patients", 2, 3),
])
def test_shares_said_per_every(text: str, n: float, total: float) -> None:
    (q,) = extract_quantities(text)
    assert (q.kind, q.value, q.denominator) == ("fraction", n, total)


def test_a_year_range_found_in_its_short_form() -> None:
    claim = "The survey covered 2,104 measles cases reported in Lagos between 1994 and 1998 [1]."
    source = ("SETTING Lagos, 1994-98.", "SUBJECTS 2104 reported cases of measles.")
    assert _status(claim, "Measles in Lagos", *source) == "supported"


def test_a_duration_after_its_interval_is_found() -> None:
    claim = "Patients waited nearly five years for a kidney transplant [1]."
    source = ("Patients waited a median of 4.9 (interquartile range 4.0-6.0) years for a kidney "
              "transplant.",)
    assert _status(claim, "Waiting for a kidney", *source) == "supported"


def test_compared_with_gives_each_count_its_own_words() -> None:
    claim = ("The study compared 212 nurses who worked night shifts for a decade with 848 "
             "matched controls [1].")
    source = ("PARTICIPANTS 212 nurses who had worked night shifts for at least ten years "
              "(cases); 848 controls were matched by age and hospital.",)
    assert _status(claim, "Night shifts and breast cancer in nurses", *source) == "supported"


def test_with_after_a_count_still_describes_it() -> None:
    g = load_glossary()
    count, lesions = analyse("We enrolled 120 patients with 3 or more lesions.", g,
                             claim=True).quantities
    assert count.context == lesions.context  # one clause: no "compared … with"


_RELAPSE = ("The relapse rate in the whole cohort was 18% (95% CI, 15%-21%).",
            "In patients with optic neuritis at onset, the relapse rate was 12% (95% CI, 9% to "
            "16%).")


def test_a_subgroups_figure_is_not_the_whole_cohorts() -> None:
    claim = "The relapse rate was 12% after the first infusion [1]."
    assert _status(claim, "Relapse after natalizumab", *_RELAPSE) != "supported"


def test_a_subgroups_figure_for_that_subgroup_is_supported() -> None:
    claim = "In patients whose disease began with optic neuritis, the relapse rate was 12% [1]."
    assert _status(claim, "Relapse after natalizumab", *_RELAPSE) == "supported"


def test_a_subgroup_opening_with_no_other_figure_binds_nothing_away() -> None:
    claim = "The relapse rate was 12% [1]."
    assert _status(claim, "Relapse after natalizumab", _RELAPSE[1]) == "supported"


def test_figures_found_with_half_the_claims_words_are_supported() -> None:
    # every figure bound to its measure; the lay words around them ("turned out", "could be
    # read") are half of the claim's key terms
    claim = ("Of the 3,410 adults whose scans could be read, 212 — about one in sixteen — turned "
             "out to have a fracture [1].")
    source = ("Of 3410 eligible adults with readable radiographs, 212 (6.2%) had a fracture.",)
    assert _status(claim, "Fractures on radiographs", *source) == "supported"


def test_a_scope_word_beside_a_share_restates_it() -> None:
    # (a scope over the people a rate is measured in stays: "大部分患者的5年生存率为90.4%")
    claim = "Some 1,204 people died of heat stroke, almost all of them (97%) at home [1]."
    source = ("Of 1,204 deaths from heat stroke, 97% occurred at home.",)
    assert _status(claim, "Heat stroke deaths", *source) == "supported"


def test_in_all_is_no_scope_over_a_group() -> None:
    claim = ("Children with a weight loss of 5% or more, 41 in all, were given a supplementary "
             "feed [1].")
    source = ("Children with a weight loss of 5% or more (n = 41) were given a supplementary "
              "feed, and those with less than 5% weight loss (n = 77) received counselling.",)
    assert _status(claim, "Supplementary feeding", *source) == "supported"


@pytest.mark.parametrize("text, value, qualifier", [
    ("people aged 60 and over", 60, "at_least"),
    ("women aged 65 years and older", 65, "at_least"),
    ("children aged 17 and under", 17, "up_to"),
])
def test_an_age_bound(text: str, value: float, qualifier: str) -> None:
    (q,) = extract_quantities(text)
    assert (q.kind, q.value, q.unit, q.qualifier) == ("duration", value, "year", qualifier)


def test_an_age_bound_found_in_other_words() -> None:
    claim = "The survey interviewed 4,120 people aged 70 and over in rural Kenya [1]."
    source = ("We surveyed all 4120 residents aged 70 years and older in four rural districts "
              "of Kenya.",)
    assert _status(claim, "Hearing loss in rural Kenya", *source) == "supported"


def test_seemed_and_at_least_are_no_key_terms() -> None:
    claim = "Cycling to work seemed to cut the risk of heart disease by at least a fifth [1]."
    source = ("Commuting by bicycle was associated with a lower risk of heart disease (hazard "
              "ratio 0.76, 95% CI 0.68 to 0.85).",)
    g = load_glossary()
    key = analyse(claim, g, claim=True).terms.key
    assert not {"~seem", "~least"} & key
    assert _status(claim, "Active commuting and heart disease", *source) != "contradicted"


def test_a_chinese_glossary_word_is_read_by_the_dictionary_beside_a_figure() -> None:
    # 健康 is read "health" in "Teachers' Health Study", as coverage reads it
    claim = "1995年，教师健康研究中3万余名没有糖尿病的女性填写了一份详细的饮食问卷[1]。"
    source = ("SETTING In 1995, a total of 31402 women from the Teachers' Health Study with no "
              "history of diabetes completed a detailed dietary questionnaire.",)
    assert _status(claim, "Diet and diabetes in teachers", *source) == "supported"


def test_more_likely_to_names_its_outcome() -> None:
    # the source denies a difference in another outcome: the claim's act is never named
    claim = "Patients on the ward were, however, more likely to fall [1]."
    source = ("After adjustment for age and frailty, patients on the ward did not have a "
              "significantly different probability of discharge home by day 10.",)
    assert _status(claim, "Ward design and outcomes", *source) != "contradicted"


def test_more_likely_to_is_contradicted_by_its_own_outcome() -> None:
    claim = "Patients on the ward were more likely to fall [1]."
    source = ("Patients on the ward were less likely to fall than patients in single rooms.",)
    assert _status(claim, "Ward design and falls", *source) == "contradicted"


def test_more_likely_after_another_change_is_the_outcomes() -> None:
    g = load_glossary()
    terms = analyse("Women with a lower birth weight are more likely to develop asthma.", g,
                    claim=True).terms
    assert "increase" not in terms.key  # two changes: the exposure's and the outcome's
