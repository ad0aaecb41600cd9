"""Swap test: a claim paired with another paper's abstract must never come out `supported`."""

from __future__ import annotations

import pytest

from claimcheck.evidence import judge_claims
from claimcheck.models import Claim, ResolvedReference
from test_judge_helpers import EN_CLAIMS, SEED_CLAIMS, english_references, seed_references


def _papers() -> list[ResolvedReference]:
    """Every distinct paper with text (seed and the English article's fictitious one)."""
    papers: dict[str, ResolvedReference] = {}
    for ref in [*seed_references(), *english_references()]:
        if ref.record is not None and ref.record.abstract:
            papers.setdefault(ref.record.title, ref)
    return list(papers.values())


def _cited_titles(claim: Claim, refs: list[ResolvedReference]) -> set[str]:
    by_label = {r.label: r for r in refs}
    return {by_label[c].record.title for c in claim.citations
            if c in by_label and by_label[c].record is not None}


CASES = [(c, refs) for claims, refs in ((SEED_CLAIMS, seed_references()),
                                        (EN_CLAIMS, english_references()))
         for c in claims if c.kind == "claim" and c.citations]


@pytest.mark.parametrize(("claim", "refs"), CASES, ids=[c.id for c, _ in CASES])
def test_claim_against_another_paper_is_never_supported(
        claim: Claim, refs: list[ResolvedReference]) -> None:
    own = _cited_titles(claim, refs)
    label = claim.citations[0]
    single = claim.model_copy(update={"citations": [label]})
    for paper in _papers():
        if paper.record is None or paper.record.title in own:
            continue
        swapped = paper.model_copy(update={"label": label, "retracted": False})
        swapped.record = paper.record.model_copy(update={"publication_types": []})
        [verdict] = judge_claims([single], [swapped])
        assert verdict.status != "supported", (claim.id, paper.record.title, verdict.rationale)
