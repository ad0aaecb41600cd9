"""Contradiction recall (session 11): a figure's own clauses stating opposite changes, a
threshold's "or higher" read as a bound, and a denied effect against a significant result."""

from __future__ import annotations

from claimcheck import verify
from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import load_glossary
from claimcheck.evidence.significance import significance

TITLE = "Trends in hospital admissions for asthma in five regions, 2005 to 2015"


def test_figure_clause_direction_opposite_is_contradicted() -> None:
    abstract = [
        "We reviewed admissions for asthma in five regions between 2005 and 2015.",
        "Admissions for asthma rose from 2005 to 2015 in four regions; the exception was "
        "the northern region, where admissions for asthma fell by 12% (-340).",
    ]
    verdict = verify("Between 2005 and 2015, asthma admissions in the northern region rose "
                     "by 12% [1].", title=TITLE, abstract=abstract)
    assert verdict.status == "contradicted"


def test_figure_clause_direction_same_is_not_contradicted() -> None:
    abstract = [
        "We reviewed admissions for asthma in five regions between 2005 and 2015.",
        "Admissions for asthma fell from 2005 to 2015 in four regions; the exception was "
        "the northern region, where admissions for asthma rose by 12% (+340).",
    ]
    verdict = verify("Between 2005 and 2015, asthma admissions in the northern region rose "
                     "by 12% [1].", title=TITLE, abstract=abstract)
    assert verdict.status != "contradicted"


def test_or_higher_closing_a_threshold_states_no_direction() -> None:
    g = load_glossary()
    bound = analyse("The risk of grade 3 anaemia or higher (regardless of dose) was "
                    "considerably lower in the recent period.", g)
    assert bound.terms.direction == -1
    both = analyse("A haemoglobin higher than or equal to 13 g/dL was reached in most.", g)
    assert both.terms.direction == 0
    change = analyse("Rates were similar or higher in the treated group.", g)
    assert change.terms.direction == 1


def test_chinese_no_significant_effect_is_not_significant() -> None:
    assert significance("补充维生素D对骨折风险无显著影响") == -1
    assert significance("运动后血压无明显变化") == -1
    assert significance("补充维生素D显著降低了骨折风险") == 1


def test_denied_effect_against_significant_result_is_contradicted() -> None:
    abstract = [
        "We followed 4,000 adults who smoked for ten years.",
        "Cutting down the number of cigarettes smoked significantly reduced the risk of "
        "chronic bronchitis (hazard ratio 0.70, 95% CI 0.55-0.89).",
    ]
    verdict = verify("Cutting down the number of cigarettes smoked had no effect on the risk "
                     "of chronic bronchitis [1].", title="Smoking reduction and bronchitis",
                     abstract=abstract)
    assert verdict.status == "contradicted"


def test_denied_effect_beside_a_stated_change_is_not_contradicted() -> None:
    abstract = [
        "Serum ferritin did not differ between the three groups.",
        "Ferritin correlated significantly with hepcidin (r = 0.5, P = 0.002).",
    ]
    verdict = verify("Serum ferritin did not differ between the three groups but rose with "
                     "hepcidin [1].", title="Ferritin and hepcidin in anaemia",
                     abstract=abstract)
    assert verdict.status != "contradicted"


def test_denied_change_without_effect_words_is_left_alone() -> None:
    abstract = [
        "Vitamin D supplementation significantly increased bone density at the hip "
        "(P = 0.01) in older women.",
    ]
    verdict = verify("Vitamin D supplementation did not reduce hip fractures in older women "
                     "[1].", title="Vitamin D in older women", abstract=abstract)
    assert "denies an effect" not in verdict.rationale  # (a change denied, no effect word)


def test_several_names_no_severity() -> None:
    g = load_glossary()
    assert "severe" not in analyse("several of the outcomes", g, claim=True).terms.key
    assert "severe" in analyse("severe outcomes", g, claim=True).terms.key


def test_carried_is_a_light_verb() -> None:
    abstract = ["Statins did not have the highest hazard ratio for any of the outcomes.",
                "Statins were compared with fibrates in 12,000 adults."]
    verdict = verify("Statins carried the highest hazard ratio for the outcomes [1].",
                     title="Statins and fibrates", abstract=abstract)
    assert verdict.status == "contradicted"


def test_exceeds_states_more_unless_a_figure_follows() -> None:
    g = load_glossary()
    assert analyse("Admissions far exceed discharges in winter.", g).terms.direction == 1
    assert analyse("Doses exceeded 10 mg in few patients.", g).terms.direction == 0


def test_chinese_worse_than_against_comparable() -> None:
    abstract = [
        "Thirty children were randomly assigned to weekly or daily iron drops.",
        "Weekly iron drops raised ferritin to a level comparable to that of daily iron drops.",
    ]
    verdict = verify("研究认为，每周补铁提升铁蛋白的效果远不如每天补铁[1]。",
                     title="Weekly or daily iron drops for children with low ferritin",
                     abstract=abstract)
    assert verdict.status == "contradicted"
