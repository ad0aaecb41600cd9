"""Figures bound to the item of a list they measure (session 12, docs/evidence.md "Lists of
figures paired by 'respectively' (session 12)"): a list of three or more items paired in
order with as many figures ("12%, 18% and 25% for A, B and C, respectively", "A、B和C的…分别为
…"), a subject clause whose verb follows it, a share of those who went on to develop
something against a prevalence, and a member named by several of its words. Each test is a
member of its class on a topic of its own, not a sentence of the article probes or of
SciFact."""

from __future__ import annotations

import claimcheck
from claimcheck.evidence import load_glossary
from claimcheck.evidence.analysis import analyse

TITLE = "Three exercise programmes for knee osteoarthritis"
AFTER = ["We randomised 240 adults with knee osteoarthritis to three programmes.",
         "Pain relief rates at 12 weeks were 31%, 46% and 58% for walking, swimming and "
         "cycling, respectively."]
BEFORE = ["We randomised 240 adults with knee osteoarthritis to three programmes.",
          "Pain relief rates for walking, swimming and cycling were 31%, 46% and 58%, "
          "respectively."]


def _verify(claim: str, sentences: list[str], title: str = TITLE) -> claimcheck.Verdict:
    return claimcheck.verify(claim, title=title, abstract=sentences)


# ---- a list of three items after or before its figures (English source)


def test_each_figure_of_a_three_item_list_is_its_own_items() -> None:
    g = load_glossary()
    infos = analyse(AFTER[1], g).quantities
    shares = [i for i in infos if i.quantity.kind == "percent"]
    assert [i.quantity.value for i in shares] == [31, 46, 58]
    assert "~swim" in shares[1].context and "~cycl" not in shares[1].context
    assert "~walk" not in shares[2].context and "~cycl" in shares[2].context


def test_another_items_figure_is_contradicted_list_after() -> None:
    verdict = _verify("Swimming relieved knee pain in 58% of patients at 12 weeks [1].", AFTER)
    assert verdict.status == "contradicted"
    assert "46%" in verdict.rationale


def test_the_items_own_figure_is_supported_list_after() -> None:
    verdict = _verify("Swimming relieved knee pain in 46% of patients at 12 weeks [1].", AFTER)
    assert verdict.status != "contradicted"
    assert verdict.status == "supported"


def test_another_items_figure_is_contradicted_list_before() -> None:
    verdict = _verify("The pain relief rate for cycling was 46% [1].", BEFORE)
    assert verdict.status == "contradicted"


def test_a_chinese_claim_giving_one_item_anothers_figure_is_contradicted() -> None:
    verdict = _verify("游泳组的疼痛缓解率为58%[1]。", AFTER)
    assert verdict.status != "supported"


# ---- a claim that lists the items and figures itself


def test_a_claims_own_list_in_the_sources_order_is_supported() -> None:
    verdict = _verify("Pain relief rates with walking, swimming and cycling were 31%, 46% and "
                      "58%, respectively [1].", AFTER)
    assert verdict.status == "supported"


def test_a_claims_own_list_with_two_figures_swapped_is_contradicted() -> None:
    verdict = _verify("Pain relief rates with walking, swimming and cycling were 31%, 58% and "
                      "46%, respectively [1].", AFTER)
    assert verdict.status == "contradicted"


def test_a_chinese_claims_list_binds_each_figure_to_its_item() -> None:
    g = load_glossary()
    infos = analyse("步行、游泳和骑车的疼痛缓解率分别为31%、46%和58%。", g, claim=True).quantities
    contexts = [i.context for i in infos if i.quantity.kind == "percent"]
    assert len(contexts) == 3
    assert all(len({c for c in ctx if c.startswith("zh:") and c[3:] in ("步行", "游泳", "骑车")})
               <= 1 for ctx in contexts)


# ---- a subject clause with no verb: what it measures is what the verb after it says


def test_a_figure_set_off_after_its_subject_measures_what_the_verb_after_says() -> None:
    sentences = ["Among 5,210 adults admitted with sepsis, 812 (15.6%) died in the hospital, and "
                 "2,140 (41.1%) died or needed dialysis within 30 days."]
    verdict = _verify("Two in five of the adults, 41.1%, died before they left hospital [1].",
                      sentences, title="Outcomes of sepsis admissions")
    assert verdict.status == "contradicted"
    assert "15.6%" in verdict.rationale


# ---- a share of those who went on to develop something is no prevalence


def test_a_share_who_progressed_is_not_a_prevalence() -> None:
    sentences = ["The prevalence of hepatitis C infection among the blood donors was 8.2% "
                 "(41/500)."]
    verdict = _verify("在感染丙肝的献血者中，约有一成最终发展为肝硬化[1]。", sentences,
                      title="Hepatitis C infection and cirrhosis in blood donors")
    assert verdict.status != "supported"


def test_a_share_who_progressed_is_stated_by_a_progression_figure() -> None:
    sentences = ["Of the donors with hepatitis C infection, 8.2% (41/500) developed cirrhosis "
                 "within 20 years."]
    verdict = _verify("在感染丙肝的献血者中，约有8.2%最终发展为肝硬化[1]。", sentences,
                      title="Hepatitis C infection and cirrhosis in blood donors")
    assert verdict.status != "contradicted"


# ---- a member named by several of its words


def test_a_member_named_by_several_words_takes_its_own_figure() -> None:
    sentences = ["The hazard ratio for hip fracture was higher in Norway (1.52, 95% CI 1.30 to "
                 "1.77) than in Spain, Italy, and Greece, combined (1.04, 0.88 to 1.23)."]
    verdict = _verify("在实行维生素D强化的西班牙、意大利和希腊，这一基因型使髋部骨折风险比为1.52[1]。",
                      sentences, title="Vitamin D receptor genotype and hip fracture")
    assert verdict.status != "supported"


# ---- a figure's SD in brackets and a verb phrase between the list and its figures


def test_a_list_before_figures_with_their_sds_binds_each_figure() -> None:
    g = load_glossary()
    text = ("Walking and swimming groups gained a mean (SD) of 4.1% (2.2%) and 6.3% (2.9%) in "
            "muscle strength, respectively.")
    shares = {i.quantity.value: i.context for i in analyse(text, g).quantities
              if i.quantity.kind == "percent"}
    assert "~swim" not in shares[4.1] and "~walk" not in shares[6.3]


# ---- what a figure was adjusted for is not what it measures


ADJUSTED = ["Daily yoghurt intake was associated with a lower risk of gout (hazard ratio 0.78, "
            "95% CI 0.66 to 0.92) after adjustment for age, alcohol intake, smoking and "
            "diuretic use."]


def test_a_covariate_taken_for_the_finding_is_not_supported_en() -> None:
    verdict = _verify("Smoking was linked to a lower risk of gout (hazard ratio 0.78) [1].",
                      ADJUSTED, title="Dairy intake and gout")
    assert verdict.status != "supported"


def test_a_covariate_taken_for_the_finding_is_not_supported_zh() -> None:
    verdict = _verify("吸烟与痛风风险降低有关（风险比0.78）[1]。", ADJUSTED, title="Dairy intake and gout")
    assert verdict.status != "supported"


def test_the_finding_after_its_adjustment_is_still_supported() -> None:
    for claim in ("Daily yoghurt intake was linked to a lower risk of gout (hazard ratio 0.78) "
                  "[1].",
                  "After adjusting for age and smoking, daily yoghurt intake was linked to a "
                  "lower risk of gout (hazard ratio 0.78) [1].",
                  "In an age-adjusted analysis, daily yoghurt intake was linked to a lower risk "
                  "of gout (hazard ratio 0.78) [1]."):
        assert _verify(claim, ADJUSTED, title="Dairy intake and gout").status == "supported"


# ---- a later item of a list leaves out the first item's verb


def test_a_later_item_shares_the_verb_the_first_states() -> None:
    g = load_glossary()
    text = ("Among 3,400 screened smokers, 612 (18%) were diagnosed with emphysema, 238 (7%) "
            "with bronchiectasis, and 95 (3%) with both.")
    shares = {i.quantity.value: i.context for i in analyse(text, g).quantities
              if i.quantity.kind == "percent"}
    assert "~diagnos" in shares[7]
    verdict = _verify("在接受筛查的吸烟者中，约7%被确诊支气管扩张[1]。", [text],
                      title="Lung screening findings in smokers")
    assert verdict.status == "supported"


# ---- a numbered member of a family the source sentence does not name


def test_a_figure_of_another_numbered_member_is_not_the_claims() -> None:
    sentences = ["Among IL-6 carriers, 410 patients (22%) developed sepsis, 130 (7%) with shock.",
                 "Among IL-8 carriers, 205 patients (15%) developed sepsis, 61 (4%) with shock."]
    verdict = _verify("IL-8携带者中，22%的患者发生了脓毒症[1]。", sentences,
                      title="Cytokine variants and sepsis")
    assert verdict.status != "supported"
