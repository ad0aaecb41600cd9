"""Recall gaps found by QA: each faithful claim is now found, and its near-miss twin is not.

Sources are the seed's: [3] Li 2021 (review), [5] Lupus 2018 (no authors), [6] Liang 2018
(404 autoimmune patients), [7] Gu 2014 (81 lupus nephritis patients).
"""

from __future__ import annotations

import pytest

from claimcheck.evidence import load_glossary
from claimcheck.evidence.analysis import analyse
from claimcheck.models import ResolvedReference
from test_judge_helpers import judge_one, seed_references


@pytest.fixture(scope="module")
def refs() -> list[ResolvedReference]:
    return seed_references()


# (id, claim, cited label, expected status)
FOUND = [
    # a scope over the whole population is not part of what the figure measures
    ("scope-zh-all", "在所有患者中,5年生存率为90.4%", "6", "supported"),
    ("scope-en-all", "Among all patients, the 5-year survival rate was 90.4%.", "6", "supported"),
    # a bare value is a mean ± SD's mean; "fell" is "declined"
    ("change-en-fell", "Renal BILAG scores fell from 4.48 to 1.09", "7", "supported"),
    ("change-zh-fell", "BILAG评分从4.48降至1.09", "7", "supported"),
    # "over 12 months" after a measure is a period, not "more than 12 months"
    ("period-en-over", "overall survival rate over 12 months was 95%", "7", "supported"),
    # lupus is SLE; involvement of several organs is 累及多个器官
    ("lupus-en-sle", "MSCs from lupus patients show impaired growth.", "5", "supported"),
    ("lupus-en-organs", "Lupus is a chronic autoimmune disease with involvement of several "
     "organs.", "5", "supported"),
    ("organs-zh", "SLE可累及多个器官。", "5", "supported"),
    # MSCs are stem cells: "stem cell therapy" is found in an MSC source
    ("stem-cell-therapy", "Stem cell therapy is a safe therapy for patients with autoimmune "
     "diseases.", "6", "supported"),
    ("stem-cell-transplantation", "Stem cell transplantation is safe for patients with "
     "autoimmune diseases.", "6", "supported"),
    # antonyms and opposite changes are contradictions, not misses
    ("antonym-zh-danger", "间充质干细胞输注对自身免疫病患者来说是一种危险的治疗方法。", "6", "contradicted"),
    ("antonym-en-dangerous", "Mesenchymal stem cell infusion is a dangerous therapy for patients "
     "with autoimmune diseases.", "6", "contradicted"),
    ("antonym-en-unsafe", "Mesenchymal stem cell infusion is an unsafe therapy for patients "
     "with autoimmune diseases.", "6", "contradicted"),
    ("antonym-zh-effective", "MSC治疗对部分SLE患者有效。", "3", "contradicted"),
    ("antonym-en-effective", "MSC therapy has been reported to be effective in some patients "
     "with SLE.", "3", "contradicted"),
    ("antonym-zh-worsen", "MSC治疗使难治性SLE的症状恶化。", "3", "contradicted"),
    ("antonym-zh-increase", "MSCT后BILAG肾脏活动评分明显增加。", "7", "contradicted"),
    # the antonym read the same way on both sides, and a double negation
    ("antonym-zh-ineffective", "MSC治疗对部分SLE患者无效。", "3", "supported"),
    ("antonym-en-not-effective", "MSC therapy was not effective in some patients with SLE.", "3",
     "supported"),
    ("antonym-en-not-unsafe", "Mesenchymal stem cell infusion is not an unsafe therapy for "
     "patients with autoimmune diseases.", "6", "supported"),
    ("antonym-zh-improve", "MSC治疗可改善难治性SLE的症状。", "3", "supported"),
    ("antonym-zh-decrease", "MSCT后BILAG肾脏活动评分明显减少。", "7", "supported"),
]

# (id, claim, cited label) — the near-miss twins: never `supported`.
TWINS = [
    ("scope-zh-8y", "在所有患者中,8年生存率为90.4%", "6"),
    ("scope-zh-sle", "在所有SLE患者中,5年生存率为90.4%", "6"),
    ("scope-zh-most", "大部分患者的5年生存率为90.4%", "6"),
    ("change-en-rose", "Renal BILAG scores rose from 4.48 to 1.09", "7"),
    ("change-zh-rose", "BILAG评分从4.48升至1.09", "7"),
    ("change-en-sledai", "SLEDAI scores fell from 4.48 to 1.09", "7"),
    ("change-zh-gfr-down", "MSCT后12个月肾小球滤过率从58.55 ± 19.16降低至69.51 ± 27.93 mL/min。", "7"),
    ("period-en-24", "survival rate over 24 months was 95%", "7"),
    ("lupus-en-nephritis", "MSCs from lupus nephritis patients show impaired growth.", "5"),
    ("lupus-en-nephritis-organs", "Lupus nephritis is a chronic autoimmune disease with "
     "involvement of several organs.", "5"),
    ("organs-zh-nephritis", "狼疮肾炎可累及多个器官。", "5"),
    ("lupus-en-group", "Mesenchymal stem cell infusion is a safe therapy for patients with "
     "lupus.", "6"),
    ("sle-not-nephritis", "MSCT induced renal remission in SLE.", "7"),
    # a score that "declined" may have improved or worsened: neither is confirmed
    ("worse-en-bilag", "Renal BILAG scores worsened after MSCT.", "7"),
    ("worse-zh-bilag", "MSCT后BILAG肾脏活动评分明显恶化。", "7"),
]


@pytest.mark.parametrize(("cid", "text", "label", "status"), FOUND, ids=[c[0] for c in FOUND])
def test_found_now(refs: list[ResolvedReference], cid: str, text: str, label: str,
                   status: str) -> None:
    verdict = judge_one(text, refs, label)
    assert verdict.status == status, f"{cid}: {verdict.rationale}"


@pytest.mark.parametrize(("cid", "text", "label"), TWINS, ids=[c[0] for c in TWINS])
def test_twin_is_not_supported(refs: list[ResolvedReference], cid: str, text: str,
                               label: str) -> None:
    verdict = judge_one(text, refs, label)
    assert verdict.status != "supported", f"{cid}: {verdict.rationale}"


def test_rising_from_a_high_to_a_low_value_is_contradicted(refs: list[ResolvedReference]) -> None:
    verdict = judge_one("Renal BILAG scores rose from 4.48 to 1.09", refs, "7")
    assert verdict.status == "contradicted", verdict.rationale


def test_a_period_over_24_months_is_named_as_not_found(refs: list[ResolvedReference]) -> None:
    verdict = judge_one("survival rate over 24 months was 95%", refs, "7")
    assert verdict.status == "partially_supported", verdict.rationale
    assert "24 months" in verdict.rationale


def test_source_without_authors_is_named_by_journal_and_year(
        refs: list[ResolvedReference]) -> None:
    verdict = judge_one("MSCs from lupus patients show impaired growth.", refs, "5")
    assert "[5] Lupus 2018 (abstract)" in verdict.rationale


def test_plain_lupus_implies_sle_but_lupus_nephritis_does_not() -> None:
    glossary = load_glossary()
    plain = analyse("lupus patients", glossary).terms.all
    nephritis = analyse("lupus nephritis patients", glossary).terms.all
    zh_nephritis = analyse("狼疮肾炎患者", glossary).terms.all
    assert "systemic lupus erythematosus" in plain
    assert "systemic lupus erythematosus" not in nephritis
    assert "systemic lupus erythematosus" not in zh_nephritis


def test_antonym_reads_as_its_counterpart_negated() -> None:
    glossary = load_glossary()
    for text in ("a dangerous therapy", "一种危险的治疗方法", "an ineffective therapy"):
        terms = analyse(text, glossary).terms
        assert terms.negated, text
        assert {"safe", "effective"} & terms.key, text
    assert not analyse("not an unsafe therapy", glossary).terms.negated
    assert analyse("not effective", glossary).terms.negated  # one negation, not two


def test_glossary_link_to_an_unknown_term_is_a_clear_error(tmp_path: object) -> None:
    from pathlib import Path

    from claimcheck.errors import InputError

    path = Path(str(tmp_path)) / "mine.yaml"
    path.write_text("terms:\n  - {en: perilous, opposite: no such term}\n", "utf-8")
    with pytest.raises(InputError, match="opposite 'no such term' is not a term"):
        load_glossary(path)
