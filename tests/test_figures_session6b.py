"""Figures, session 6 second pass (issue 10): a relative change read from a ratio, middle-dot
decimals, rates per population, number words, nameless ratios beside a risk. Examples on topics
of our own (coffee, asthma, hip fractures, smoking, flu vaccines)."""

from __future__ import annotations

import pytest

from claimcheck import verify
from claimcheck.evidence.match import comparable, value_match
from claimcheck.evidence.numbers import zh_numeral
from claimcheck.evidence.quantities import RELATIVE_DOWN, RELATIVE_UP, extract_quantities
from claimcheck.evidence.significance import relative_match, significance
from claimcheck.models import Quantity


def one(text: str) -> Quantity:
    found = extract_quantities(text)
    assert len(found) == 1, found
    return found[0]


def ratio(value: float, decimals: int = 2, **fields: object) -> Quantity:
    return Quantity(text=str(value), kind="ratio", value=value, decimals=decimals, unit="HR",
                    **fields)


# ------------------------------------------------------------------ B. relative change


@pytest.mark.parametrize("text,unit", [
    ("a 35% higher risk of asthma", RELATIVE_UP),
    ("were 35% more likely to wheeze", RELATIVE_UP),
    ("a 35% increase in the odds of wheeze", RELATIVE_UP),
    ("the risk was 35% lower", RELATIVE_DOWN),
    ("cut the risk of hip fracture by 35%", RELATIVE_DOWN),
    ("lowered the rate of admission, in older adults, by 35%", RELATIVE_DOWN),
    ("哮喘风险增加35%", RELATIVE_UP),
    ("髋部骨折风险比不喝咖啡的人低了35%", RELATIVE_DOWN),
    ("降低35%的死亡风险", RELATIVE_DOWN),
])
def test_a_percentage_of_risk_change_is_a_relative_change(text: str, unit: str) -> None:
    q = [q for q in extract_quantities(text) if q.kind == "percent"][0]
    assert q.unit == unit


@pytest.mark.parametrize("text", [
    "35% of smokers had a higher risk score",
    "35%的患者出现哮喘",
    "the response rate was 35%",
])
def test_a_share_of_people_is_no_relative_change(text: str) -> None:
    q = [q for q in extract_quantities(text) if q.kind == "percent"][0]
    assert q.unit == "%"


def test_a_relative_change_is_read_from_the_ratio() -> None:
    up = one("a 35% higher risk of asthma")
    down = one("cut the risk of hip fracture by 35%")
    assert relative_match(up, ratio(1.35)) and value_match(up, ratio(1.35))
    assert not value_match(up, ratio(0.65)) and comparable(up, ratio(0.65))
    assert relative_match(down, ratio(0.65))
    assert not relative_match(down, ratio(1.35))
    # rounded to the claim's precision: 1.348 is a 35% rise, 1.37 is not
    assert relative_match(up, ratio(1.348, 3)) and not relative_match(up, ratio(1.37))
    # a percentage of people is never read from a ratio
    assert not value_match(one("35% of smokers"), ratio(1.35))


def test_a_share_in_words_is_an_approximate_relative_change() -> None:
    q = [q for q in extract_quantities("The vaccine cut the risk of admission by about a third "
                                       "in older adults") if q.kind == "percent"][0]
    assert q.unit == RELATIVE_DOWN and q.qualifier == "about"
    assert relative_match(q, ratio(0.68)) and not relative_match(q, ratio(0.55))
    near = [q for q in extract_quantities("it fell by nearly a quarter")
            if q.kind == "percent"][0]
    assert near.qualifier == "nearly" and near.value == 25.0


def test_a_relative_change_is_supported_or_contradicted_by_the_ratio() -> None:
    source = ("RESULTS Heavy coffee drinkers had a higher risk of hip fracture than non-drinkers "
              "(hazard ratio 1.35, 95% CI 1.12-1.63).")
    assert verify("Heavy coffee drinkers had a 35% higher risk of hip fracture than "
                  "non-drinkers [1].", abstract=[source]).status == "supported"
    assert verify("喝大量咖啡的人髋部骨折风险比不喝咖啡的人高35%[1]。",
                  abstract=[source]).status == "supported"
    assert verify("Heavy coffee drinkers had a 53% higher risk of hip fracture than "
                  "non-drinkers [1].", abstract=[source]).status == "contradicted"


# ------------------------------------------------------------------ C. middle-dot decimals


def test_a_middle_dot_is_a_decimal_point() -> None:
    q = one("hazard ratio 1·35, 99% CI 1·12–1·63")
    assert (q.kind, q.value, q.low, q.high) == ("ratio", 1.35, 1.12, 1.63)
    count = one("3·7 million adults")
    assert count.value == 3_700_000
    assert one("a 3·7 kg loss").value == 3.7
    assert [q.text for q in extract_quantities("see part · 2")] == ["2"]  # no digit before


# ------------------------------------------------------------------ ratios without a name


def test_a_value_with_its_interval_beside_a_risk_is_a_ratio() -> None:
    found = extract_quantities("Vaccination was associated with a lower risk of admission "
                               "(0.68, 0.55 to 0.84) and of death (0.81, 0.60-1.09).")
    assert [(q.kind, q.value, q.low, q.high) for q in found] == [
        ("ratio", 0.68, 0.55, 0.84), ("ratio", 0.81, 0.60, 1.09)]
    # no risk nor association named: a mean and its range stay what they were
    assert [q.kind for q in extract_quantities("Scores rose (5.2, 3.1 to 7.4).")] != ["ratio"]


def test_the_next_values_of_a_list_of_ratios_are_ratios() -> None:
    found = extract_quantities("Smokers were more likely to wheeze (children: odds ratio 1.41, "
                               "95% CI 1.02 to 1.89; adults: 1.80, 1.24 to 2.62).")
    assert [(q.kind, q.value) for q in found] == [("ratio", 1.41), ("ratio", 1.80)]


def test_significant_words_beside_a_ratio_spanning_one_are_mixed() -> None:
    assert significance("a significantly higher risk with asthma (2.10, 1.50 to 2.90) than "
                        "without (1.20, 0.90 to 1.60)") == 0
    assert significance("a significantly higher risk (2.10, 1.50 to 2.90)") == 1
    # "no difference" beside a subgroup's ratio below 1 still speaks of its own comparison
    assert significance("wheeze was lower (0.60, 0.40 to 0.90), but no difference in asthma "
                        "was seen") == -1


# ------------------------------------------------------------------ D. claim number forms


def test_a_scale_word_alone_has_its_one() -> None:
    assert zh_numeral("百万") == 1_000_000 and zh_numeral("千") == 1000
    q = one("近百万名儿童")
    assert (q.value, q.qualifier) == (1_000_000, "nearly")


@pytest.mark.parametrize("text,value,unit", [
    ("每10万人中有52.4例", 52.4, "per 100000"),
    ("每千名吸烟者约有3.1例", 3.1, "per 1000"),
    ("每千个住院日发生2.5次", 2.5, "per 1000"),
])
def test_a_rate_per_population_said_with_mei(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q.kind, q.value, q.unit) == ("rate", value, unit)


def test_mei_qianke_is_a_unit_not_a_rate() -> None:
    assert [q.kind for q in extract_quantities("每千克体重2毫克")] == ["dose"]


def test_a_rate_in_words_finds_the_sources_bare_figure() -> None:
    claim = one("每10万人52.4例")
    bare = Quantity(text="52.4", kind="number", value=52.4, decimals=1)
    assert value_match(claim, bare)
    assert not value_match(claim, bare.model_copy(update={"value": 54.2}))


def test_yi_ming_is_the_indefinite_article() -> None:
    assert extract_quantities("一名护士每天随访") == []
    assert extract_quantities("一位医生") == []
    assert one("仅一名患者死亡").value == 1.0


# ------------------------------------------------------------------ E. number words


@pytest.mark.parametrize("text,value", [
    ("Twelve serious infections were reported.", 12.0),
    ("No one died. Seventy-five charts were reviewed.", 75.0),
])
def test_a_number_word_opening_a_sentence(text: str, value: float) -> None:
    assert [q.value for q in extract_quantities(text)] == [value]


def test_one_opening_a_sentence_is_no_figure() -> None:
    assert [q.kind for q in extract_quantities("One of the trials was stopped.")] == []


def test_a_number_word_opening_a_sentence_states_a_chinese_count() -> None:
    source = "RESULTS Twelve serious infections occurred in the vaccine group."
    claim = "疫苗组共出现十二例严重感染[1]。"
    assert verify(claim, abstract=[source]).status == "supported"


@pytest.mark.parametrize("text,value,unit", [
    ("almost three kilograms", 3.0, "kg"),
    ("two grams of salt", 2.0, "g"),
])
def test_an_amount_in_words(text: str, value: float, unit: str) -> None:
    q = [q for q in extract_quantities(text) if q.kind == "dose"][0]
    assert (q.value, q.unit) == (value, unit)


def test_between_ages_is_an_age_range() -> None:
    q = one("between ages 6 and 9 years")
    assert (q.kind, q.low, q.high, q.unit) == ("range", 6.0, 9.0, "year")
    assert value_match(one("6至9岁"), q)


# ------------------------------------------------------------------ I. durations that are values


def test_a_duration_is_no_result_at_another_durations_time_point() -> None:
    from claimcheck.evidence.analysis import analyse
    from claimcheck.evidence.glossary import load_glossary

    a = analyse("Median survival was 14.2 months with the vaccine and 11.9 months with placebo.",
                load_glossary())
    assert [sorted(i.times) for i in a.quantities] == [[], []]
    b = analyse("The trial enrolled 400 adults aged 71 years, and 12% were smokers.",
                load_glossary())
    assert all(not i.times for i in b.quantities)  # an age is no time point


def test_two_survival_times_are_found_with_their_own_time_points() -> None:
    source = ("RESULTS The median survival time and the 2-year survival rate were 14.2 months "
              "and 31.0% with the vaccine and 11.9 months and 22.5% with placebo.")
    claim = "Median survival was 14.2 months with the vaccine and 11.9 months with placebo [1]."
    assert verify(claim, abstract=[source]).status == "supported"


def test_an_age_bound_matches_the_same_bound() -> None:
    source = "RESULTS Age less than 50 years and smoking further increased the risk of asthma."
    claim = "年龄不到50岁和吸烟都会让哮喘风险进一步升高[1]。"
    assert verify(claim, abstract=[source]).status == "supported"


def test_one_of_n_places_is_a_count_of_the_places() -> None:
    assert [(q.kind, q.value) for q in extract_quantities(
        "Each child was seen in one of 42 clinics")] == [("number", 42.0)]
    assert [q.kind for q in extract_quantities("one of 12 patients died")] == ["fraction"]


# ------------------------------------------------------------------ bounds and date spans


@pytest.mark.parametrize("claim,source", [
    ("each smaller than 2 cm", "each less than 2 cm in size"),
    ("younger than 50 years", "aged less than 50 years"),
    ("older than 65 years", "more than 65 years"),
])
def test_a_bound_in_other_words_is_the_same_bound(claim: str, source: str) -> None:
    c, s = one(claim), one(source)
    assert c.qualifier == s.qualifier and value_match(c, s)


def test_a_span_of_dates_answers_a_span_of_years_and_its_ends() -> None:
    span = one("recruited between March 2004 and June 2008")
    assert (span.kind, span.unit, span.low, span.high) == ("range", "date_of", 20040300, 20080600)
    assert value_match(one("from 2004 to 2008"), span)
    assert not value_match(one("from 2004 to 2009"), span)
    assert value_match(one("in March 2004"), span) and not value_match(one("in May 2004"), span)
    assert value_match(one("in 2008"), span) and not value_match(one("in 2006"), span)
    assert one("from May through October 2015").low == 20150500


# ------------------------------------------------------------------ G. a dose and what was given


def test_a_dose_is_found_with_the_name_it_is_given_of() -> None:
    source = ("INTERVENTION Participants took a daily tablet containing 800 mg of quercetin "
              "and 25 mg of zinc sulfate, or a placebo.")
    claim = "Each day the volunteers took a tablet with 800 mg of quercetin and 25 mg of zinc [1]."
    assert verify(claim, abstract=[source]).status == "supported"
    # another name with the dose: not stated
    other = verify("Each day the volunteers took 800 mg of rutin [1].", abstract=[source])
    assert other.status == "not_found"


def test_a_doses_given_name_stops_before_words_that_are_no_part_of_it() -> None:
    from claimcheck.evidence.analysis import analyse
    from claimcheck.evidence.glossary import load_glossary

    a = analyse("They took 800 mg of quercetin daily and 25 mg of zinc sulfate.", load_glossary())
    given = [sorted(i.given) for i in a.quantities]
    assert given[0] == ["~quercetin"] and "~sulfat" in given[1]


def test_a_rate_ratio_in_chinese_and_after_a_time_point() -> None:
    q = [q for q in extract_quantities("接种者的校正率比为0.62") if q.kind == "ratio"]
    assert not [q for q in extract_quantities("发病率比2010年高") if q.kind == "ratio"]
    assert not [q for q in extract_quantities("住院率比对照组低0.5") if q.kind == "ratio"]
    assert q and q[0].value == 0.62 and q[0].unit == "IRR"
    found = extract_quantities("The rate ratio for asthma in children exposed during weeks 0 to "
                               "12 of life was 1.85, and 1.10 later.")
    assert ("ratio", 1.85) in [(q.kind, q.value) for q in found]
    assert ("ratio", 1.10) not in [(q.kind, q.value) for q in found]
