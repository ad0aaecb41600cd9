"""What a figure or a word is bound to, session 13: no change in other words ("barely
changed" and "remained unchanged"), a lack named by a negated gerund ("by not reporting"), a
figure's sex named right after it, a duration's role (how long something took to begin or how
long it lasted), a count of people against a number of genetic units, a level in a body fluid,
a cancer stage (IA = 1A, "higher than stage 1A") and an "up to" figure where the sentence prints
its number. Topics of our own: hospital beds, vaccine antibodies, school meals, tooth decay,
seed banks, kidney stones, a lung-cancer screening test."""

from __future__ import annotations

import pytest

from claimcheck import verify
from claimcheck.evidence.analysis import analyse, sex_after, stage_of
from claimcheck.evidence.counted import counts_other
from claimcheck.evidence.durations import duration_role
from claimcheck.evidence.glossary import load_glossary
from claimcheck.models import Quantity


def _status(claim: str, *abstract: str, title: str = "A study") -> str:
    return verify(claim, title=title, abstract=list(abstract)).status


# --- no change in other words -------------------------------------------------------------

BEDS = "The number of hospital beds per district remained unchanged after the reform."


@pytest.mark.parametrize("claim", [
    "The number of hospital beds per district barely changed after the reform.",
    "The number of hospital beds per district hardly changed after the reform.",
    "The number of hospital beds per district changed little after the reform.",
])
def test_barely_changed_is_no_change(claim: str) -> None:
    assert _status(claim, BEDS) != "contradicted"


def test_changed_still_opposes_unchanged() -> None:
    assert _status("The number of hospital beds per district changed after the reform.",
                   BEDS) == "contradicted"


# --- a lack named by a negated gerund -----------------------------------------------------

def test_negated_gerund_after_preposition_is_a_lack() -> None:
    claim = ("Every one of the errors in the seed bank arose from staff labelling the trays "
             "by not recording the collection dates.")
    source = ("All the errors in the seed bank were associated with lack of recording of the "
              "collection dates in tray labelling by staff.")
    assert _status(claim, source) != "contradicted"


def test_plain_denial_still_negates() -> None:
    g = load_glossary()
    assert analyse("The staff did not record the dates.", g).terms.negated
    assert not analyse("Errors were linked to forgetting dates, by not recording them.",
                       g).terms.negated


# --- the sex a figure is given for -------------------------------------------------------

MEALS = ("Between 2010 and 2020, daily fruit intake rose by 1.2 portions (95% CI 1.1-1.3) for "
         "boys and 0.4 portions (0.3-0.5) for girls.")


def test_sex_read_after_the_figure() -> None:
    g = load_glossary()
    a = analyse(MEALS, g)
    by_value = {q.quantity.value: q.sex for q in a.quantities if q.quantity.value in (1.2, 0.4)}
    assert by_value == {1.2: "m", 0.4: "f"}


def test_sex_after_needs_the_words_right_after() -> None:
    text = "Uptake was 40% overall; among women it was lower."
    q = Quantity(text="40%", kind="percent", value=40.0, unit="%", start=11, end=14)
    assert sex_after(text, q) == ""


def test_each_sex_given_the_other_figure_contradicts() -> None:
    source = ("From 2000 to 2015, life expectancy at 65 rose by 2·1 years (2·0-2·2) for men "
              "and 1·4 years (1·3-1·5) for women.")
    swapped = "From 2000 to 2015, life expectancy at 65 rose by 1.4 years for men and 2.1 years for women."
    right = "From 2000 to 2015, life expectancy at 65 rose by 2.1 years for men and 1.4 years for women."
    assert _status(swapped, source) == "contradicted"
    assert _status(right, source) != "contradicted"


# --- a duration's role ---------------------------------------------------------------------

VACCINE = ("One injection of the chimeric vaccine elicited rapid (within 6 d) and long-lasting "
           "(>200 d) antibodies against the virus in ferrets.")


@pytest.mark.parametrize(("text", "role"), [
    ("It took about 200 days for antibodies to appear.", "onset"),
    ("Symptoms appeared after 3 weeks.", "onset"),
    ("elicited rapid (within 6 d) antibodies", "onset"),
    ("long-lasting (>200 d) antibodies", "lasting"),
    ("The response persisted for 8 months.", "lasting"),
    ("After 12 weeks, weight fell.", ""),
])
def test_duration_role(text: str, role: str) -> None:
    g = load_glossary()
    q = next(i.quantity for i in analyse(text, g).quantities if i.quantity.kind == "duration")
    assert duration_role(text, q) == role


def test_onset_against_lasting_contradicts() -> None:
    claim = "After one injection, it took about 200 days for antibodies to appear in ferrets."
    assert _status(claim, VACCINE) == "contradicted"


def test_onset_stated_in_its_own_role() -> None:
    claim = "After one injection, antibodies appeared within 6 days in ferrets."
    assert _status(claim, VACCINE) != "contradicted"


# --- counts of people and counts of things -------------------------------------------------

def _q(text: str, value: float, start: int, end: int, kind: str = "number",
       unit: str | None = None) -> Quantity:
    return Quantity(text=text, kind=kind, value=value, unit=unit, start=start, end=end)


def test_count_of_people_not_stated_by_genetic_units() -> None:
    text = "We typed 5,310 candidate gene variants in 9,120 children with tooth decay."
    claim = "约5300名儿童"
    people = _q("约5300名", 5300.0, 0, 6, kind="count", unit="persons")
    variants = _q("5,310", 5310.0, 9, 14)
    children = _q("9,120", 9120.0, 42, 47)
    assert counts_other(claim, people, text, variants)
    assert not counts_other(claim, people, text, children)


def test_count_of_people_claim_not_supported_by_variants() -> None:
    source = "We typed 5,310 candidate gene variants in 9,120 children with tooth decay."
    assert _status("这项研究纳入了约5300名龋齿儿童。", source) != "supported"


# --- a level in a body fluid ---------------------------------------------------------------

STONES = "Oxalate levels were higher in stones from recurrent formers than in first stones."


@pytest.mark.parametrize("claim", [
    "Urine levels of oxalate were higher in recurrent stone formers.",
    "Serum concentrations of oxalate were higher in recurrent stone formers.",
    "复发患者血清草酸盐水平更高。",
])
def test_fluid_level_needs_the_fluid(claim: str) -> None:
    assert _status(claim, STONES) != "supported"


def test_fluid_level_named_in_the_title_is_enough() -> None:
    claim = "Plasma levels of oxalate were higher in recurrent stone formers."
    source = "Oxalate levels were higher in recurrent stone formers than in first-time formers."
    assert _status(claim, source, title="Plasma oxalate in kidney stone formers") == "supported"


# --- cancer stages and "up to" figures -----------------------------------------------------

@pytest.mark.parametrize(("text", "value", "stage"), [
    ("The area under the curve was 0.84 for stage 1B and 0.93 for higher than stage 1B.", 0.84,
     "1B"),
    ("The area under the curve was 0.84 for stage 1B and 0.93 for higher than stage 1B.", 0.93,
     ">1B"),
    ("识别IB期肺癌的曲线下面积为0.84。", 0.84, "1B"),
    ("In stage II disease the response rate was 41%.", 41.0, "2"),
])
def test_stage_of_a_figure(text: str, value: float, stage: str) -> None:
    g = load_glossary()
    info = next(i for i in analyse(text, g).quantities if i.quantity.value == value)
    assert info.stage == stage


def test_stage_numerals_agree() -> None:
    q = _q("0.84", 0.84, 0, 0)
    assert stage_of("stage IB", q, (0, 8)) == stage_of("stage 1B", q, (0, 8)) == "1B"


SCREEN = ("Breath testing identified early lung cancer with high accuracy (area under the curve "
          "= 0.84 for stage 1B and 0.93 for higher than stage 1B).")


def test_up_to_figure_for_another_stage_is_not_supported() -> None:
    assert _status("呼气检测识别IB期早期肺癌的曲线下面积高达0.93。", SCREEN) != "supported"


def test_figure_for_its_own_stage_is_found() -> None:
    assert _status("Breath testing identified stage IB lung cancer with an area under the curve "
                   "of 0.84.", SCREEN) == "supported"


# --- gone against arisen -------------------------------------------------------------------

RESISTANCE = ("Whole-genome sequencing found 14 newly acquired resistance mutations not present "
              "at initial diagnosis in the relapsed tumours of eight dogs.")


def test_gone_against_arisen_contradicts() -> None:
    claim = "测序发现，这14个耐药突变在确诊时就已存在，到复发时却消失了。"
    assert _status(claim, RESISTANCE) == "contradicted"
    claim_en = ("Sequencing showed that the 14 resistance mutations present at diagnosis "
                "disappeared in the relapsed tumours of eight dogs.")
    assert _status(claim_en, RESISTANCE) == "contradicted"


ARISEN = ("Whole-genome sequencing found 14 resistance mutations that emerged in the relapsed "
          "tumours of eight dogs.")


def test_arisen_stated_the_same_way_is_no_clash() -> None:
    claim = ("Sequencing found 14 resistance mutations that appeared in the relapsed tumours of "
             "eight dogs.")
    assert _status(claim, ARISEN) != "contradicted"


def test_gone_told_somewhere_in_the_source() -> None:
    claim = "The 14 resistance mutations disappeared in the relapsed tumours of eight dogs."
    lost = "Two of the 14 mutations were lost after a second course of treatment."
    assert _status(claim, ARISEN) == "contradicted"
    assert _status(claim, ARISEN, lost) != "contradicted"


def test_loss_of_function_is_no_course() -> None:
    claim = "Loss of function of the pump emerged in the relapsed tumours of eight dogs."
    source = "Loss-of-function pump mutations were found in relapsed tumours of eight dogs."
    assert _status(claim, source) != "contradicted"


# --- names with digits, units of size, open questions and denied restrictions -------------

@pytest.mark.parametrize("text", ["Carriers of HLA-DRB1*15 were at higher risk.",
                                  "HLA-C*07:02 携带者风险更高。"])
def test_allele_names_hold_no_figure(text: str) -> None:
    from claimcheck.evidence import extract_quantities
    assert extract_quantities(text) == []


@pytest.mark.parametrize(("text", "unit"), [("a capsid protein of 38 KDa", "kDa"),
                                            ("一种38 kDa的衣壳蛋白", "kDa"),
                                            ("resolved at 4 ångströms", "Å"),
                                            ("resolved at 4 Å", "Å")])
def test_units_of_size(text: str, unit: str) -> None:
    from claimcheck.evidence import extract_quantities
    assert [q.unit for q in extract_quantities(text)] == [unit]


def test_open_question_in_either_wording_agrees() -> None:
    source = ("Gout is a common inflammatory arthritis for which urate is the main cause, "
              "although the role of diet in flares remains elusive.")
    claim = "Gout is a common inflammatory arthritis mainly caused by urate, but the role of diet in flares is still unclear."
    assert _status(claim, source) != "contradicted"


def test_restriction_denied_contradicts_only_in() -> None:
    source = ("The effect of the PCSK9 variant on cholesterol is not restricted to carriers of "
              "the APOE e4 allele but also seen in non-carriers.")
    claim = "The PCSK9 variant affects cholesterol only in carriers of the APOE e4 allele."
    assert _status(claim, source) == "contradicted"


def test_clause_with_time_points_is_partly_stated() -> None:
    source = ("All dogs that carried the pump mutation relapsed early, within 18 months of "
              "diagnosis (P = 0.02).")
    claim = ("所有携带该泵突变的狗都在确诊后18个月内早早复发，研究者据此建议这些狗改用另一种化疗"
             "方案。")
    assert _status(claim, source) == "partially_supported"
    wrong = ("所有携带该泵突变的狗都在确诊后30个月内早早复发，研究者据此建议这些狗改用另一种化疗"
             "方案。")
    assert _status(wrong, source) != "supported"

