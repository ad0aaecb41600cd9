"""The judge on the seed article (Chinese) and the English test article."""

from __future__ import annotations

import pytest

from claimcheck.evidence import judge_claims
from claimcheck.models import Verdict
from test_judge_helpers import EN_CLAIMS, SEED_CLAIMS, english_references, seed_references


@pytest.fixture(scope="module")
def seed_verdicts() -> dict[str, Verdict]:
    verdicts = judge_claims(SEED_CLAIMS, seed_references())
    return {v.claim_id: v for v in verdicts}


@pytest.fixture(scope="module")
def en_verdicts() -> dict[str, Verdict]:
    verdicts = judge_claims(EN_CLAIMS, english_references())
    return {v.claim_id: v for v in verdicts}


def test_claims_citing_only_1_are_unverifiable(seed_verdicts: dict[str, Verdict]) -> None:
    only_1 = [c for c in SEED_CLAIMS if c.citations == ["1"] and c.kind == "claim"]
    assert len(only_1) >= 8
    for c in only_1:
        verdict = seed_verdicts[c.id]
        assert verdict.status == "unverifiable", c.id
        assert "[1] not reachable through PubMed" in verdict.rationale


def test_figure_credits(seed_verdicts: dict[str, Verdict]) -> None:
    for cid in ("fig2", "fig3", "fig4", "fig7"):
        assert seed_verdicts[cid].status == "figure_credit"


def test_404_patients_partially_supported(seed_verdicts: dict[str, Verdict]) -> None:
    verdict = seed_verdicts["s13"]
    assert verdict.status == "partially_supported"
    supports = [e for e in verdict.evidence if e.role == "supports"]
    assert supports[0].label == "6" and supports[0].pmid == "30428931"
    assert "404" in supports[0].text and supports[0].section == "Methods"
    assert "178" in verdict.rationale and "44.1%" in verdict.rationale


def test_follow_up_supported_by_6(seed_verdicts: dict[str, Verdict]) -> None:
    verdict = seed_verdicts["s14"]
    assert verdict.status == "supported"
    quotes = {e.section: e.text for e in verdict.evidence if e.role == "supports"}
    assert quotes["Results"].startswith(
        "The mean follow-up period of all patients was 43.4 ± 25.9")
    assert quotes["Conclusion"].startswith(
        "Our data shows that mesenchymal stem cell infusion is a safe therapy")


@pytest.mark.parametrize("cid", ["s5", "s7"])
def test_msc_defect_sentences_supported_by_5(seed_verdicts: dict[str, Verdict], cid: str) -> None:
    verdict = seed_verdicts[cid]
    assert verdict.status == "supported", verdict.rationale
    assert verdict.evidence[0].label == "5"


def test_migration_and_homing_inherited_but_unaddressed_is_uncited(
        seed_verdicts: dict[str, Verdict]) -> None:
    """[5] reaches s6 only from a later marker, and its abstract does not address it."""
    verdict = seed_verdicts["s6"]
    assert verdict.status == "uncited", verdict.rationale
    assert verdict.rationale.startswith("No marker of its own; [5]")


def test_60_5_percent_misattributed_to_7(seed_verdicts: dict[str, Verdict]) -> None:
    verdict = seed_verdicts["s9"]
    assert verdict.status == "unverifiable"
    [flag] = [f for f in verdict.flags if f.code == "misattributed"]
    assert flag.label == "7"
    assert "60.5 % (49/81) patients achieved renal remission" in flag.detail
    assert "complete remission" in flag.detail and "renal remission" in flag.detail
    assert any(e.role == "misattributed" and e.label == "7" for e in verdict.evidence)


def test_inherited_citation_flagged(seed_verdicts: dict[str, Verdict]) -> None:
    assert any(f.code == "inherited_citation" for f in seed_verdicts["s14"].flags)


def test_no_abstract_is_unverifiable(en_verdicts: dict[str, Verdict]) -> None:
    verdict = en_verdicts["e1"]
    assert verdict.status == "unverifiable"
    assert "[1] PubMed record has no abstract" in verdict.rationale


def test_uncited_fact(en_verdicts: dict[str, Verdict]) -> None:
    assert en_verdicts["e2"].status == "uncited"


@pytest.mark.parametrize("cid", ["e3", "e4", "e6", "e7", "e10"])
def test_english_supported(en_verdicts: dict[str, Verdict], cid: str) -> None:
    assert en_verdicts[cid].status == "supported", en_verdicts[cid].rationale


def test_misquoted_survival_contradicted(en_verdicts: dict[str, Verdict]) -> None:
    verdict = en_verdicts["e5"]
    assert verdict.status == "contradicted"
    contra = [e for e in verdict.evidence if e.role == "contradicts"]
    assert contra and "94.0% vs 90.4%" in contra[0].mismatched
    assert any("12.9%" in e.matched for e in verdict.evidence if e.role == "supports")


def test_unaddressed_claim_not_found(en_verdicts: dict[str, Verdict]) -> None:
    assert en_verdicts["e8"].status == "not_found"


def test_retracted_source(en_verdicts: dict[str, Verdict]) -> None:
    verdict = en_verdicts["e9"]
    assert verdict.status == "retracted_source"
    assert any(f.code == "retracted_cited" and f.label == "4" for f in verdict.flags)
    assert verdict.evidence and verdict.evidence[0].role == "retracted"
    assert "It said:" in verdict.rationale


def test_every_verdict_is_explained(seed_verdicts: dict[str, Verdict],
                                    en_verdicts: dict[str, Verdict]) -> None:
    for verdict in [*seed_verdicts.values(), *en_verdicts.values()]:
        assert verdict.rationale and "\n" not in verdict.rationale
        assert 0.0 <= verdict.confidence <= 1.0
