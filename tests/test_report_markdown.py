"""Markdown report: snapshot, risk order, editor overrides, escaping."""

from __future__ import annotations

import os
import re
from pathlib import Path

from claimcheck.models import EditorOverride
from claimcheck.report import render_markdown
from report_fixtures import HOSTILE_SCRIPT, make_report

SNAPSHOT = Path(__file__).parent / "snapshots" / "report_fixture.md"


def test_markdown_snapshot() -> None:
    text = render_markdown(make_report())
    if os.environ.get("CLAIMCHECK_UPDATE_SNAPSHOTS"):
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(text, encoding="utf-8")
    assert SNAPSHOT.exists(), "no snapshot yet: run with CLAIMCHECK_UPDATE_SNAPSHOTS=1"
    assert text == SNAPSHOT.read_text(encoding="utf-8"), (
        "Markdown changed; if intended, rerun with CLAIMCHECK_UPDATE_SNAPSHOTS=1"
    )


def test_to_markdown_uses_the_renderer() -> None:
    report = make_report()
    assert report.to_markdown() == render_markdown(report)


def test_attention_sections_follow_risk_order() -> None:
    text = render_markdown(make_report())
    headings = re.findall(r"^### \d+\. \*\*([a-z ]+)\*\*.*claim (c\d)", text, flags=re.M)
    assert headings == [
        ("retracted source", "c4"),
        ("contradicted", "c6"),
        ("unverifiable", "c1"),
        ("partially supported", "c3"),
        ("not found in source", "c7"),
        ("uncited", "c5"),
    ]
    settled = text.split("## Supported claims and figure credits")[1]
    assert "claim c2" in settled and "claim c8" in settled


def test_misattributed_flag_raises_the_risk() -> None:
    report = make_report()
    claim = report.claims[5]  # c6, contradicted + misattributed
    report.claims[5] = claim.model_copy(update={"status": "not_found"})
    text = render_markdown(report)
    first = re.search(r"^### 2\. .*claim (c\d)", text, flags=re.M)
    assert first is not None and first.group(1) == "c6"


def test_override_is_shown_beside_the_tool_verdict() -> None:
    text = render_markdown(make_report())
    assert "**partially supported** · **editor: contradicted** — claim c3" in text
    assert "Editor: **contradicted** — the share is wrong (Li Wei); tool: partially supported" in text


def test_override_on_a_supported_claim_also_shows() -> None:
    report = make_report()
    report.claims[1].override = EditorOverride(status="not_found", note="wrong table")
    assert "**supported** · **editor: not found in source**" in render_markdown(report)


def test_evidence_is_quoted_with_a_pubmed_link() -> None:
    text = render_markdown(make_report())
    assert "PMID [30428931](https://pubmed.ncbi.nlm.nih.gov/30428931/)" in text
    assert "    > A total of 404 patients were included; 178 had SLE \\(41.2%\\)." in text
    assert "**mismatched: 44.1% vs 41.2%**" in text


def test_reference_problems_are_summarised() -> None:
    text = render_markdown(make_report())
    summary = text.split("## Claims needing attention")[0]
    assert "### References with problems (4 of 6)" in summary
    assert "retracted: Arch Immunol Ther Exp. 2024;72:1" in summary
    assert "PMID mismatch" in summary
    assert "spacing only" not in summary  # info-level discrepancies are not problems


def test_hostile_text_is_escaped() -> None:
    text = render_markdown(make_report())
    assert HOSTILE_SCRIPT in make_report().article_text
    assert re.search(r"(?<!\\)<", text) is None, "every < is backslash-escaped"
    assert "\\<img src=x onerror=alert\\(1\\)\\>" in text
    assert "\\<script\\>alert\\(1\\)\\</script\\>" in text


def test_table_cells_escape_pipes() -> None:
    report = make_report()
    report.cited[0].raw = "A | B"
    assert "A \\| B" in render_markdown(report)


def test_empty_report_renders() -> None:
    text = make_report(claims=[], references=[], cited=[], article_text="", warnings=[])
    rendered = render_markdown(text)
    assert "| **total** | **0** | |" in rendered
    assert "## Claims needing attention (0)" in rendered
