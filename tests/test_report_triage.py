"""Triage helpers: summary line, risk order, reference problems, --fail-on matching, writing."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.errors import InputError
from claimcheck.models import ClaimResult, Correction, Discrepancy, ResolvedReference
from claimcheck.report import (
    fail_on_matches,
    format_for,
    ordered_by_risk,
    reference_problems,
    summarize,
    summary_line,
    write_reports,
)
from claimcheck.report.highlight import claim_spans, mark_terms, paragraphs
from report_fixtures import make_report


def test_summary_line_counts_and_outputs() -> None:
    line = summary_line(make_report(), ["out/report.html", "out/report.md"])
    assert line.startswith("8 claims: 1 supported, 1 partially supported, 1 contradicted, ")
    assert "; 4 of 6 references with problems — out/report.html, out/report.md" in line


def test_summary_line_singular_and_empty() -> None:
    report = make_report(claims=make_report().claims[1:2], references=[])
    assert summary_line(report) == "1 claim: 1 supported"
    assert summary_line(make_report(claims=[], references=[])) == "0 claims"


def test_summarize_leaves_out_zero_counts() -> None:
    counts = summarize(make_report().claims[:2])
    assert counts == {"unverifiable": 1, "supported": 1}


def test_risk_order_puts_supported_last() -> None:
    order = [c.id for c in ordered_by_risk(make_report().claims)]
    assert order == ["c4", "c6", "c1", "c3", "c7", "c5", "c2", "c8"]


def test_reference_problems() -> None:
    refs = {r.label: r for r in make_report().references}
    assert [p.code for p in reference_problems(refs["4"])] == ["retracted"]
    assert {p.code for p in reference_problems(refs["5"])} == {"erratum", "pmid_mismatch"}
    assert [p.code for p in reference_problems(refs["2"])] == ["citation_error"]
    assert reference_problems(refs["3"]) == []


def test_error_reference_is_a_problem() -> None:
    ref = ResolvedReference(label="9", status="error", reason="HTTP 503 after 5 attempts",
                            discrepancies=[Discrepancy(field="year", cited="1", record="2",
                                                       severity="error")],
                            corrections=[Correction(type="expression_of_concern_in")])
    codes = [p.code for p in reference_problems(ref)]
    assert codes == ["error", "expression_of_concern", "citation_error"]
    assert "HTTP 503" in reference_problems(ref)[0].text


def test_fail_on_matches_statuses_flags_and_reference_problems() -> None:
    report = make_report()
    assert fail_on_matches(report, ["contradicted"]) == {"contradicted": 1}
    assert fail_on_matches(report, ["misattributed"]) == {"misattributed": 1}
    assert fail_on_matches(report, ["retracted", "pmid_mismatch"]) == {
        "retracted": 1, "pmid_mismatch": 1}
    assert fail_on_matches(report, ["ambiguous", "error"]) == {}
    assert fail_on_matches(report, []) == {}


def test_format_for_suffix_and_override() -> None:
    assert format_for("a/report.HTM") == "html"
    assert format_for("report.markdown") == "md"
    assert format_for("report.json") == "json"
    assert format_for("report.txt", "md") == "md"
    with pytest.raises(InputError, match="pass --format"):
        format_for("report.txt")


def test_write_reports_writes_each_format(tmp_path: Path) -> None:
    report = make_report()
    paths = [tmp_path / "sub" / "r.html", tmp_path / "r.md", tmp_path / "r.json"]
    written = write_reports(report, paths)
    assert written == paths
    assert paths[0].read_text(encoding="utf-8").startswith("<!doctype html>")
    assert paths[1].read_text(encoding="utf-8").startswith("# claimcheck report")
    assert paths[2].read_text(encoding="utf-8").lstrip().startswith("{")


def test_write_reports_fails_before_writing(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        write_reports(make_report(), [tmp_path / "ok.md", tmp_path / "bad.docx"])
    assert not (tmp_path / "ok.md").exists()


def test_mark_terms_marks_whole_numbers_only() -> None:
    pieces = mark_terms("Of 160 patients, 60 (37.5%) responded", ["60"], ["37.5% vs 44%"])
    assert ("60", "match") in pieces and ("37.5%", "mismatch") in pieces
    assert "".join(text for text, _ in pieces) == "Of 160 patients, 60 (37.5%) responded"
    assert [t for t, k in pieces if k] == ["60", "37.5%"]


def test_paragraphs_keep_claim_offsets() -> None:
    text = "  Intro line.\n \n       First claim. Tail.\nSecond line.\n\n\nLast."
    claim = ClaimResult(id="x", text="First claim.", status="supported")
    spans, unplaced = claim_spans(text, [claim])
    assert unplaced == []
    paras = paragraphs(text, spans)
    assert [("".join(p.text for p in para.pieces)) for para in paras] == [
        "Intro line.", "First claim. Tail.\nSecond line.", "Last."]
    marked = [p for p in paras[1].pieces if p.claim is not None]
    assert marked[0].text == "First claim." and marked[0].last


def test_overlapping_claims_are_not_double_highlighted() -> None:
    text = "Alpha beta gamma."
    a = ClaimResult(id="a", text="Alpha beta", status="supported")
    b = ClaimResult(id="b", text="beta gamma", status="supported")
    spans, unplaced = claim_spans(text, [a, b])
    assert [s.claim for s in spans] == [0] and unplaced == [1]
