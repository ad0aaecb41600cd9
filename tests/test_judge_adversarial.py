"""Near-miss claims against real seed abstract sentences: none may come out `supported`.

Each negative case changes one thing in a claim that a real sentence of the seed's sources
states (negation, direction, measure, group, unit, qualifier, sentence); the positive controls
paraphrase those sentences faithfully and must stay `supported`, so the judge is not simply
made timid. Sources: [3] Wang 2021 (review), [4], [5] (reviews), [6] Liang 2018 (404
autoimmune patients), [7] Gu 2014 (81 lupus nephritis patients).
"""

from __future__ import annotations

import pytest

from claimcheck.evidence import judge_claims
from claimcheck.models import FullText, Passage, ResolvedReference
from test_judge_helpers import claim, judge_one, seed_references


@pytest.fixture(scope="module")
def refs() -> list[ResolvedReference]:
    return seed_references()


# (id, claim, cited label) — each must NOT be supported.
NEAR_MISSES = [
    # negation flipped
    ("neg-en-safe", "Mesenchymal stem cell infusion is not a safe therapy for patients with "
     "autoimmune diseases.", "6"),
    ("neg-zh-safe", "异体间充质干细胞输注对自身免疫病患者来说不是一种安全的治疗方法。", "6"),
    ("neg-zh-impaired", "与健康对照相比,SLE患者的MSCs的表型、生长和免疫调节功能没有受损。", "5"),
    ("neg-en-gfr", "Glomerular filtration rate did not improve 12 months after MSCT.", "7"),
    ("neg-zh-gfr", "MSCT后12个月肾小球滤过率未见改善。", "7"),
    ("neg-en-no-difference", "There was no difference in renal BILAG scores after MSCT.", "7"),
    ("neg-zh-cure", "SLE可以被治愈。", "4"),
    # direction flipped
    ("dir-en-gfr", "Glomerular filtration rate worsened 12 months after MSCT.", "7"),
    ("dir-zh-gfr", "MSCT后12个月肾小球滤过率明显降低。", "7"),
    ("dir-en-bilag", "Renal activity evaluated by BILAG scores increased significantly after "
     "MSCT.", "7"),
    ("dir-zh-bilag", "MSCT后BILAG肾脏活动评分明显升高。", "7"),
    ("dir-en-symptoms", "MSC therapy worsens the signs and symptoms of refractory SLE.", "3"),
    ("dir-en-bilag-figures", "Renal BILAG scores increased after MSCT, from 4.48 ± 2.60 at "
     "baseline to 1.09 ± 0.83 at 12 months.", "7"),
    ("dir-zh-gfr-figures", "MSCT后12个月肾小球滤过率从58.55 ± 19.16降低至69.51 ± 27.93 mL/min。",
     "7"),
    # the same number attached to another measure
    ("measure-en-8y", "The 8-year survival rate was 90.4%.", "6"),
    ("measure-zh-8y", "8年生存率为90.4%。", "6"),
    ("measure-en-5y-respectively", "The 5-year survival rate was 88.9%.", "6"),
    ("measure-zh-5y-respectively", "患者的5年生存率为88.9%。", "6"),
    ("measure-en-serious", "Serious infections occurred in 29.5% of patients.", "6"),
    ("measure-en-malignancy", "Malignancies occurred in 12.9% of patients.", "6"),
    ("measure-zh-malignancy", "恶性肿瘤的发生率为12.9%。", "6"),
    ("measure-en-mortality", "Transplantation-related mortality was 1.2%.", "6"),
    ("measure-en-remission-95", "During the 12-month follow-up, 95% of patients achieved renal "
     "remission.", "7"),
    ("measure-zh-flare", "22.4%的患者获得了肾脏缓解。", "7"),
    ("measure-en-81-remission", "81 patients with lupus nephritis achieved renal remission.", "7"),
    ("measure-en-deaths-infection", "45 patients died of infections.", "6"),
    ("measure-zh-deaths-infection", "45名患者死于感染。", "6"),
    # wrong group or population (the source does not separate SLE from other diseases)
    ("group-en-sle-survival", "The 5-year survival rate of SLE patients was 90.4%.", "6"),
    ("group-zh-sle-404", "该研究纳入了404名接受间充质干细胞输注的SLE患者。", "6"),
    ("group-zh-sle-infection", "SLE患者的感染发生率为29.5%。", "6"),
    ("group-en-sle-safe", "Mesenchymal stem cell infusion is a safe therapy for patients with "
     "systemic lupus erythematosus.", "6"),
    # unit mismatch
    ("unit-en-weeks", "The mean follow-up period of all patients was 43.4 ± 25.9 weeks.", "6"),
    ("unit-zh-weeks", "所有患者的平均随访时间为43.4± 25.9周。", "6"),
    ("unit-en-survival-weeks", "During the 12-week follow-up, the overall survival rate was 95%.",
     "7"),
    ("unit-en-gfr-weeks", "GFR improved significantly 12 weeks after MSCT, from 58.55 ± 19.16 "
     "to 69.51 ± 27.93 mL/min.", "7"),
    # a qualifier changed
    ("qual-en-all-remission", "All patients with lupus nephritis achieved renal remission after "
     "MSCT.", "7"),
    ("qual-zh-all-remission", "所有狼疮肾炎患者在MSCT后均获得了肾脏缓解。", "7"),
    ("qual-en-all-ineffective", "MSC therapy is reported ineffective in all patients with SLE.",
     "3"),
    ("qual-en-cured", "MSC therapy cures refractory SLE by promoting the proliferation of Th2 "
     "and Treg cells.", "3"),
    ("qual-zh-cured", "MSC治疗可以治愈难治性SLE。", "3"),
    # a figure that appears only in another sentence, about something else
    ("other-en-mortality", "Transplantation-related mortality was 12.9%.", "6"),
    ("other-en-flare-605", "60.5% of patients experienced renal flare.", "7"),
    ("other-zh-age", "患者的平均随访时间为38.7 ± 15.7个月。", "6"),
]

# Faithful paraphrases of real sentences — each must stay supported.
CONTROLS = [
    ("ctl-en-safe", "Mesenchymal stem cell infusion is a safe therapy for patients with "
     "autoimmune diseases.", "6"),
    ("ctl-zh-safe", "异体间充质干细胞输注对自身免疫病患者来说是一种安全的治疗方法。", "6"),
    ("ctl-en-5y", "The 5-year survival rate was 90.4%.", "6"),
    ("ctl-en-8y", "The 8-year survival rate was 88.9%.", "6"),
    ("ctl-zh-5y", "患者的5年生存率为90.4%。", "6"),
    ("ctl-zh-8y", "8年生存率为88.9%。", "6"),
    ("ctl-en-serious", "Serious infections occurred in 12.9% of patients.", "6"),
    ("ctl-zh-infection", "感染的发生率为29.5%。", "6"),
    ("ctl-en-malignancy", "Five patients (1.2%) experienced malignancies.", "6"),
    ("ctl-en-404", "A total of 404 patients with autoimmune diseases received mesenchymal stem "
     "cell infusion.", "6"),
    ("ctl-zh-followup", "所有患者的平均随访时间为43.4± 25.9个月。", "6"),
    ("ctl-en-remission", "Within 12 months, 60.5% (49/81) of the patients achieved renal "
     "remission.", "7"),
    ("ctl-zh-remission", "12个月内,60.5%的患者获得了肾脏缓解。", "7"),
    ("ctl-zh-survival", "12个月随访期间总生存率为95%。", "7"),
    ("ctl-en-gfr", "Glomerular filtration rate improved significantly 12 months after MSCT.", "7"),
    ("ctl-zh-gfr", "MSCT后12个月肾小球滤过率明显改善。", "7"),
    ("ctl-en-bilag", "Renal BILAG scores declined significantly after MSCT.", "7"),
    ("ctl-zh-bilag", "MSCT后BILAG肾脏活动评分明显下降。", "7"),
    ("ctl-en-flare", "22.4% of patients experienced renal flare after a previous remission.", "7"),
    ("ctl-en-ineffective", "MSC therapy has been reported to be ineffective in some patients "
     "with SLE.", "3"),
    ("ctl-en-improve", "MSC therapy can improve the signs and symptoms of refractory SLE.", "3"),
    ("ctl-zh-impaired", "与健康对照相比,SLE患者的MSCs的表型、生长和免疫调节功能受损。", "5"),
    ("ctl-en-no-cure", "SLE has no cure.", "4"),
    ("ctl-en-decrease-despite-no-cure", "Treatment can help decrease the signs and symptoms of "
     "SLE.", "4"),
]


@pytest.mark.parametrize(("cid", "text", "label"), NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_near_miss_is_not_supported(refs: list[ResolvedReference], cid: str, text: str,
                                    label: str) -> None:
    verdict = judge_one(text, refs, label)
    assert verdict.status != "supported", f"{cid}: {verdict.rationale}"


@pytest.mark.parametrize(("cid", "text", "label"), CONTROLS, ids=[c[0] for c in CONTROLS])
def test_faithful_paraphrase_is_supported(refs: list[ResolvedReference], cid: str, text: str,
                                          label: str) -> None:
    verdict = judge_one(text, refs, label)
    assert verdict.status == "supported", f"{cid}: {verdict.rationale}"


@pytest.mark.parametrize(("text", "pair"), [
    ("The 5-year survival rate was 88.9%.", "88.9% vs 90.4%"),
    ("The 8-year survival rate was 90.4%.", "90.4% vs 88.9%"),
    ("患者的8年生存率为90.4%。", "90.4% vs 88.9%"),
])
def test_respectively_pairs_each_rate_with_its_time_point(
        refs: list[ResolvedReference], text: str, pair: str) -> None:
    verdict = judge_one(text, refs, "6")
    assert verdict.status == "contradicted", verdict.rationale
    assert any(pair in m for e in verdict.evidence for m in e.mismatched)


def test_another_measure_with_its_own_figure_is_contradicted(
        refs: list[ResolvedReference]) -> None:
    verdict = judge_one("Serious infections occurred in 29.5% of patients.", refs, "6")
    assert verdict.status == "contradicted"
    assert any("29.5% vs 12.9%" in m for e in verdict.evidence for m in e.mismatched)


def test_figures_found_the_opposite_way_are_contradicted(refs: list[ResolvedReference]) -> None:
    verdict = judge_one("Renal BILAG scores increased after MSCT, from 4.48 ± 2.60 at baseline "
                        "to 1.09 ± 0.83 at 12 months.", refs, "7")
    assert verdict.status == "contradicted"
    assert verdict.evidence[0].role == "contradicts"


def test_weeks_are_not_months(refs: list[ResolvedReference]) -> None:
    verdict = judge_one("The mean follow-up period of all patients was 43.4 ± 25.9 weeks.", refs, "6")
    assert verdict.status == "contradicted"


def test_full_text_without_body_is_named_in_the_rationale(
        refs: list[ResolvedReference]) -> None:
    front_only = FullText(pmcid="PMC6236873", has_body=False, passages=[
        Passage(kind="title", text="Safety analysis in patients with autoimmune disease"),
        Passage(kind="abstract", section="Results",
                text="The mean follow-up period of all patients was 43.4 ± 25.9 months.")])
    c = claim("c", "其中SLE患者为178名,占44.1%。", "6")
    [verdict] = judge_claims([c], refs, full_texts={"PMC6236873": front_only})
    assert "abstract and full text" not in verdict.rationale
    assert "full text was fetched but has no body" in verdict.rationale


# A figure plus a separate statement: finding the figure says nothing about the statement,
# which the qualitative rule must find on its own (claims with (label, ...) citing several).
FIGURE_AND_STATEMENT = [
    # (id, claim, cited labels, expected status, what the rationale must name)
    # 危险 is the glossary's antonym of 安全: the source's "safe therapy" opposes the part
    # (it was only `partially_supported` while the glossary did not know 危险)
    ("zh-danger", "所有患者的平均随访时间为43.4± 25.9个月,结果表明,异体MSCs输注对于SLE患者来说是一种"
     "危险的治疗方法。", ("6",), "contradicted", "危险的治疗方法"),
    ("zh-cures-all", "所有患者的平均随访时间为43.4± 25.9个月,结果表明,异体MSCs输注可以治愈所有自身免疫病。",
     ("6",), "partially_supported", "治愈所有自身免疫病"),
    ("en-cured-most", "The mean follow-up was 43.4 ± 25.9 months, and MSC infusion cured most "
     "patients.", ("6",), "partially_supported", "MSC infusion cured most patients"),
    ("en-cancer", "The mean follow-up was 43.4 ± 25.9 months, and MSC infusion caused cancer in "
     "most patients.", ("6",), "partially_supported", "caused cancer in most patients"),
    ("en-permanent-cure", "Within 12 months, 60.5% (49/81) of the patients achieved renal "
     "remission, and MSCT permanently cured lupus nephritis.", ("7",), "partially_supported",
     "permanently cured lupus nephritis"),
    ("en-all-ineffective", "Five patients (1.2%) experienced malignancies, and MSC therapy is "
     "reported ineffective in all patients with SLE.", ("6", "3"), "partially_supported",
     "ineffective in all patients"),
    ("zh-cure-two-sources", "5年生存率为90.4%,MSC治疗可以治愈难治性SLE。", ("6", "3"),
     "partially_supported", "治愈难治性SLE"),
    ("en-deaths-infection", "The 5-year survival rate was 90.4%, and most deaths were caused by "
     "infections.", ("6",), "partially_supported", "most deaths were caused by infections"),
    ("zh-not-safe", "所有患者的平均随访时间为43.4± 25.9个月,结果表明,异体MSCs输注对于自身免疫病患者来说不是"
     "一种安全的治疗方法。", ("6",), "contradicted", "不是一种安全的治疗方法"),
    ("en-not-safe", "The mean follow-up of all patients was 43.4 ± 25.9 months, and the authors "
     "found that mesenchymal stem cell infusion is not a safe therapy for patients with "
     "autoimmune diseases.", ("6",), "contradicted", "not a safe therapy"),
    ("en-bilag-up", "Within 12 months, 60.5% (49/81) of the patients achieved renal remission, "
     "and renal BILAG scores increased significantly.", ("7",), "contradicted",
     "BILAG scores increased"),
    ("zh-bilag-up", "12个月内,60.5%的患者获得了肾脏缓解,BILAG肾脏活动评分明显升高。", ("7",),
     "contradicted", "明显升高"),
    ("zh-no-improve-two-sources", "5年生存率为90.4%,MSC治疗不能改善难治性SLE的体征和症状。",
     ("6", "3"), "contradicted", "不能改善"),
    ("en-not-acceptable", "Five patients (1.2%) experienced malignancies; the incidences of "
     "adverse events were not acceptable in these patients.", ("6",), "contradicted",
     "not acceptable"),
]


@pytest.mark.parametrize(("cid", "text", "labels", "status", "named"), FIGURE_AND_STATEMENT,
                         ids=[c[0] for c in FIGURE_AND_STATEMENT])
def test_figure_found_does_not_carry_the_statement(
        refs: list[ResolvedReference], cid: str, text: str, labels: tuple[str, ...],
        status: str, named: str) -> None:
    verdict = judge_one(text, refs, *labels)
    assert verdict.status == status, f"{cid}: {verdict.rationale}"
    assert named in verdict.rationale, verdict.rationale
    # the figure itself was found: it is quoted as support
    assert any(e.role == "supports" and e.matched for e in verdict.evidence)


# Figure and statement both stated: supported, each by its own sentence, both quoted.
FIGURE_AND_STATEMENT_CONTROLS = [
    ("en-safe", "The mean follow-up of all patients was 43.4 ± 25.9 months, and mesenchymal "
     "stem cell infusion was a safe therapy for patients with autoimmune diseases.", ("6",),
     "43.4 ± 25.9 months", "is a safe therapy"),
    ("en-bilag-down", "Within 12 months, 60.5% (49/81) of the patients achieved renal remission, "
     "and renal BILAG scores declined significantly.", ("7",), "60.5 % (49/81)",
     "(BILAG) scores"),
    ("zh-bilag-down", "12个月内,60.5%的患者获得了肾脏缓解,BILAG肾脏活动评分明显下降。", ("7",),
     "60.5 % (49/81)", "(BILAG) scores"),
    ("en-acceptable", "Five patients (1.2%) experienced malignancies; the incidences of adverse "
     "events were acceptable in these patients.", ("6",), "Five patients (1.2%)",
     "are acceptable"),
    ("en-improve-two-sources", "A total of 404 patients with autoimmune diseases received "
     "mesenchymal stem cell infusion, and MSC therapy can improve the signs and symptoms of "
     "refractory SLE.", ("6", "3"), "A total of 404 patients", "can improve the signs"),
    ("zh-improve-two-sources", "5年生存率为90.4%,MSC治疗可以改善难治性SLE的体征和症状。", ("6", "3"),
     "90.4% and 88.9%", "can improve the signs"),
]


@pytest.mark.parametrize(("cid", "text", "labels", "figure_quote", "statement_quote"),
                         FIGURE_AND_STATEMENT_CONTROLS,
                         ids=[c[0] for c in FIGURE_AND_STATEMENT_CONTROLS])
def test_figure_and_statement_both_stated_are_supported(
        refs: list[ResolvedReference], cid: str, text: str, labels: tuple[str, ...],
        figure_quote: str, statement_quote: str) -> None:
    verdict = judge_one(text, refs, *labels)
    assert verdict.status == "supported", f"{cid}: {verdict.rationale}"
    quotes = [e.text for e in verdict.evidence if e.role == "supports"]
    assert any(figure_quote in q for q in quotes), quotes
    assert any(statement_quote in q for q in quotes), quotes


def test_seed_follow_up_and_safety_quote_results_and_conclusion(
        refs: list[ResolvedReference]) -> None:
    text = ("所有患者的平均随访时间为43.4± 25.9个月,结果表明,异体MSCs输注对于SLE等自身免疫性疾病患者来说是"
            "一种安全的治疗方法。")
    verdict = judge_one(text, refs, "6")
    assert verdict.status == "supported", verdict.rationale
    by_section = {e.section: e.text for e in verdict.evidence if e.role == "supports"}
    assert by_section["Results"].startswith("The mean follow-up period of all patients")
    assert by_section["Conclusion"] == ("Our data shows that mesenchymal stem cell infusion is a "
                                        "safe therapy for patients with autoimmune diseases.")


@pytest.mark.parametrize("text", [
    "The mean follow-up of all patients was 43.4 ± 25.9 months, as the authors found.",
    "所有患者的平均随访时间为43.4± 25.9个月,结果表明如此。",
    "In a long-term retrospective study, 404 patients with autoimmune diseases received "
    "mesenchymal stem cell (MSC) infusions between 2007 and 2016.",
])
def test_connectives_and_settings_are_not_separate_parts(
        refs: list[ResolvedReference], text: str) -> None:
    assert judge_one(text, refs, "6").status == "supported"
