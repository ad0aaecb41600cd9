"""The whole pipeline on both bundled articles, against their hand-reviewed claims files.

The seed runs from its cassette; the English article runs against the fake E-utilities server
(its reference 4 is fictitious and retracted). Expected statuses were written by hand from
shared/seed/references.json, never from the tool's output.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import claimcheck
from claimcheck.entrez import EntrezClient
from claimcheck.models import ClaimResult, Report
from fake_eutils import FakeEutils, running, seed_records

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "claims" / "msc-sle-2022"
ENGLISH = ROOT / "claims" / "msc-lupus-review.en"
CASSETTE = ROOT / "cassettes" / "msc-sle-2022.yaml"


def expectations(claims_file: Path) -> dict[str, dict[str, Any]]:
    data = yaml.safe_load(claims_file.read_text(encoding="utf-8"))
    return {c["id"]: c["expected"] for c in data["claims"] if c.get("expected")}


def mismatches(report: Report, expected: dict[str, dict[str, Any]]) -> list[str]:
    by_id = {c.id: c for c in report.claims}
    problems = []
    for cid, exp in expected.items():
        got = by_id[cid]
        codes = {f.code for f in got.flags}
        if got.status != exp["status"]:
            problems.append(f"{cid}: {got.status} != {exp['status']} ({got.rationale})")
        for flag in exp.get("flags", []):
            if flag not in codes:
                problems.append(f"{cid}: flag {flag} missing ({sorted(codes)})")
    return problems


@pytest.fixture(scope="module")
def seed_report() -> Report:
    return claimcheck.check(SEED / "article.txt", claims=SEED / "claims.yaml", cassette=CASSETTE)


def test_seed_statuses_match_the_reviewed_claims_file(seed_report: Report) -> None:
    expected = expectations(SEED / "claims.yaml")
    assert len(expected) == len(seed_report.claims) == 36
    assert mismatches(seed_report, expected) == []


def test_seed_runs_in_a_handful_of_requests(seed_report: Report) -> None:
    assert seed_report.mode == "cassette"
    assert 1 <= seed_report.requests <= 4


def claim_with(report: Report, fragment: str) -> ClaimResult:
    [found] = [c for c in report.claims if fragment in c.text]
    return found


def test_seed_follow_up_is_quoted_from_liang_2018(seed_report: Report) -> None:
    claim = claim_with(seed_report, "43.4± 25.9")
    assert claim.status == "supported"
    quotes = [e for e in claim.evidence if e.role == "supports"]
    assert any(e.pmid == "30428931" and "43.4 ± 25.9 months" in e.text for e in quotes)


def test_seed_misattributed_figure_points_to_gu_2014(seed_report: Report) -> None:
    claim = claim_with(seed_report, "60.5%")
    [flag] = [f for f in claim.flags if f.code == "misattributed"]
    assert flag.label == "7"
    assert any(e.label == "7" and "60.5 % (49/81)" in e.text for e in claim.evidence)


def test_seed_partial_claim_names_what_is_missing(seed_report: Report) -> None:
    claim = claim_with(seed_report, "404名")
    assert claim.status == "partially_supported"
    assert "178" in claim.rationale and "44.1%" in claim.rationale


def test_every_evidence_quote_is_verbatim_from_its_record(seed_report: Report) -> None:
    records = {r.label: r.record for r in seed_report.references if r.record}
    for claim in seed_report.claims:
        for ev in claim.evidence:
            record = records[ev.label]
            assert record is not None
            source = " ".join([record.title, *(s.text for s in record.abstract)])
            squash = re.sub(r"\s+", " ", source)
            assert re.sub(r"\s+", " ", ev.text) in squash, (claim.id, ev.text)


RETRACTED = {
    "label": "4",
    "pmid": "99000004",
    "doi": "10.5555/fict.2019.0042",
    "title": "Umbilical cord mesenchymal stem cells halve renal flares in lupus nephritis: "
             "a randomised controlled trial",
    "authors": [{"last": "Harrow", "initials": "P", "fore": "Peter"},
                {"last": "Quill", "initials": "M", "fore": "Mara"}],
    "journal": "Journal of Experimental Rheumatology Studies",
    "journal_iso": "J Exp Rheumatol Stud",
    "year": 2019, "volume": "12", "issue": "4", "pages": "201-209",
    "abstract": "In this randomised controlled trial, 120 patients with lupus nephritis received "
                "umbilical cord mesenchymal stem cells or placebo. Umbilical cord MSCs halved the "
                "rate of renal flares at 12 months (11.7% vs 23.3%).",
    "publication_types": ["Journal Article", "Retracted Publication"],
    "corrections": [{"type": "retraction_in", "pmid": "99000099",
                     "source": "J Exp Rheumatol Stud. 2020;13(1):1"}],
}


@pytest.fixture(scope="module")
def english_server() -> Any:
    records = seed_records(with_pmid_only=False)
    for record in records:
        if record["label"] == "7":  # the PMID the seed article links to (references.json: null)
            record["pmid"] = "25119864"
    records = [r for r in records if r.get("pmid")] + [RETRACTED]
    yield from running(records, [r for r in records if r.get("pmcid")])


def test_english_article_against_the_fake_server(english_server: FakeEutils) -> None:
    client = EntrezClient(base_url=english_server.url, rate=0, backoff=0.0)
    report = claimcheck.check(ENGLISH / "article.md", claims=ENGLISH / "claims.yaml",
                              client=client)
    assert {r.label: r.status for r in report.references} == {
        "1": "resolved", "2": "resolved", "3": "resolved", "4": "resolved", "5": "resolved"}
    assert mismatches(report, expectations(ENGLISH / "claims.yaml")) == []
    assert report.requests <= 6
    contradicted = claim_with(report, "94.0%")
    assert any("90.4%" in " ".join(e.mismatched) for e in contradicted.evidence)
