"""A figure said of the other sex, and a route run the other way (session 11)."""

from __future__ import annotations

import pytest

import claimcheck

ABSTRACT = [
    "We followed 5,210 adults for ten years.",
    "In women, the score predicted 61.4% of incident fractures; in men it predicted 48.2%.",
    "Resistant strains spread from hospitals to nursing homes during the study period.",
]


def _verdict(claim: str) -> claimcheck.Verdict:
    return claimcheck.verify(claim, abstract=ABSTRACT)


@pytest.mark.parametrize("claim", [
    "In women, the score predicted 61.4% of incident fractures.",
    "在女性中，该评分预测了61.4%的新发骨折。",
])
def test_a_figure_of_the_same_sex_is_supported(claim: str) -> None:
    assert _verdict(claim).status == "supported"


@pytest.mark.parametrize("claim", [
    "In men, the score predicted 61.4% of incident fractures.",
    "在男性中，该评分预测了61.4%的新发骨折。",
])
def test_a_figure_of_the_other_sex_is_not_supported(claim: str) -> None:
    assert _verdict(claim).status != "supported"


def test_a_route_the_same_way_is_supported() -> None:
    assert _verdict("Resistant strains spread from hospitals to nursing homes.").status == \
        "supported"


def test_a_route_the_other_way_is_contradicted() -> None:
    verdict = _verdict("Resistant strains spread from nursing homes to hospitals.")
    assert verdict.status == "contradicted"
    assert "says from hospitals to nursing homes" in verdict.rationale


@pytest.mark.parametrize("claim", [
    "2015年至2020年，护士的流失人数增加了12%。",
    "Between 2015 and 2020 the loss of nurses rose by 12%.",
])
def test_the_change_at_the_figure_stated_the_other_way_is_contradicted(claim: str) -> None:
    source = ["Staffing grew in most regions from 2015 to 2020; the exception was the north, "
              "where the loss of nurses fell by 12% (-340)."]
    assert claimcheck.verify(claim, abstract=source).status == "contradicted"


def test_a_round_figure_in_tenths_spans_half_a_tenth() -> None:
    from claimcheck.evidence.match import number_equal
    assert number_equal(10, -1, 13.0, 1, "about")  # 约一成 for 13%
    assert not number_equal(10, -1, 18.0, 1, "about")  # not for 18% (约两成)
    assert number_equal(3, 0, 4.0, 0, "about")  # "about 3 days" for 4, as before


def test_a_bound_on_a_count_is_not_stated_by_a_count_far_beyond_it() -> None:
    source = ["From 1990 to 2010, 2,318 infants born before 28 weeks were followed up."]
    far = claimcheck.verify("More than 300 infants born before 28 weeks were followed up.",
                            abstract=source)
    near = claimcheck.verify("More than 2,000 infants born before 28 weeks were followed up.",
                             abstract=source)
    assert far.status != "supported"
    assert near.status == "supported"


@pytest.mark.parametrize(("claim", "status"), [
    ("素食者的血浆维生素B12平均为246 pmol/L，而非素食者只有182 pmol/L。", "contradicted"),
    ("Mean plasma vitamin B12 was 246 pmol/L in vegetarians and 182 pmol/L in non-vegetarians.",
     "contradicted"),
    ("In non-vegetarians mean plasma vitamin B12 was 182 pmol/L, against 246 pmol/L in "
     "vegetarians.", "contradicted"),
    ("素食者的血浆维生素B12平均为182 pmol/L，而非素食者为246 pmol/L。", "supported"),
    ("Mean plasma vitamin B12 was 182 pmol/L in vegetarians and 246 pmol/L in non-vegetarians.",
     "supported"),
])
def test_a_compared_pair_given_to_the_other_groups_is_contradicted(claim: str,
                                                                    status: str) -> None:
    source = ["Mean plasma vitamin B12 was lower in vegetarians than in non-vegetarians "
              "(182 v 246 pmol/L)."]
    assert claimcheck.verify(claim, abstract=source).status == status


@pytest.mark.parametrize("claim", [
    "Some patients with coeliac disease have T cells that react to barley, so every patient "
    "should stop eating barley.",
    "部分乳糜泻患者体内有对大麦起反应的T细胞，因此所有患者都应停止食用大麦。",
])
def test_an_inference_joined_to_a_finding_is_a_second_statement(claim: str) -> None:
    source = ["We conclude that some coeliac disease patients have barley-reactive mucosal "
              "T cells that can cause mucosal inflammation."]
    assert claimcheck.verify(claim, abstract=source).status != "supported"


@pytest.mark.parametrize(("claim", "status"), [
    ("Among smokers, the prevalence of asthma defined by spirometry was 4.1%.", "supported"),
    ("吸烟者中按肺功能定义的哮喘患病率为4.1%。", "supported"),
    ("Among smokers, the prevalence of asthma defined by spirometry was 6.1%.", "contradicted"),
])
def test_a_later_clause_of_a_bracket_measures_what_its_host_clause_does(claim: str,
                                                                        status: str) -> None:
    source = ["The prevalence of wheeze and asthma was higher among smokers when defined using "
              "spirometry (31.5% vs 22.0% for wheeze and 4.1% vs 2.9% for asthma in 812 "
              "smokers and 2210 non-smokers; P<.001 for both comparisons)."]
    assert claimcheck.verify(claim, abstract=source).status == status
