"""Overstatement flags in the JSON, Markdown and HTML reports, and with --fail-on."""

from __future__ import annotations

import json

from claimcheck.models import Flag, Report
from claimcheck.report import fail_on_matches, render_html, render_markdown
from claimcheck.report.triage import FAIL_ON_VALUES, needs_attention
from report_fixtures import make_report

FLAG = Flag(code="overstated_causal", label="5",
            detail="the claim states a direct cause (cut); the source is an observational study",
            claim_quote="cut", claim_strength=3,
            source_quote="MSC infusion was associated with lower proteinuria.",
            source_strength=1, source_section="CONCLUSIONS",
            source_design="observational (MeSH: Cohort Studies)")


def _report() -> Report:
    report = make_report()
    claims = [c.model_copy(update={"flags": [*c.flags, FLAG]}) if "proteinuria" in c.text else c
              for c in report.claims]
    return report.model_copy(update={"claims": claims})


def test_flag_in_json() -> None:
    data = json.loads(_report().to_json())
    flags = [f for c in data["claims"] for f in c["flags"] if f["code"] == "overstated_causal"]
    assert flags == [FLAG.model_dump()]


def test_flag_in_markdown_quotes_both_sides() -> None:
    text = render_markdown(_report())
    assert "overstated causal" in text
    assert "Claim (3 direct causal): “cut”" in text
    assert "Source [5] CONCLUSIONS (1 correlational): “MSC infusion was associated with lower proteinuria.”" in text
    assert r"Source design: observational \(MeSH: Cohort Studies\)" in text  # escaped


def test_flag_in_html_quotes_both_sides() -> None:
    html = render_html(_report())
    assert 'class="flag code-overstated_causal"' in html
    assert "claim · 3 direct causal" in html
    assert "<q>MSC infusion was associated with lower proteinuria.</q>" in html


def test_fail_on_and_attention() -> None:
    assert {"overstated_causal", "overstated_certainty", "animal_to_human"} <= FAIL_ON_VALUES
    assert fail_on_matches(_report(), ["overstated_causal"]) == {"overstated_causal": 1}
    assert fail_on_matches(make_report(), ["overstated_causal"]) == {}
    flagged = [c for c in _report().claims if any(f.code == FLAG.code for f in c.flags)]
    assert flagged and all(needs_attention(c) for c in flagged)
