"""Stage 4: the report as JSON, Markdown and a self-contained HTML page, plus triage helpers.

JSON is `Report.to_json()`; its schema is `report_schema()` (committed as docs/report.schema.json).
"""

from __future__ import annotations

from claimcheck.report.render import (
    FORMATS,
    format_for,
    render,
    render_html,
    render_markdown,
    write_reports,
)
from claimcheck.report.schema import report_schema
from claimcheck.report.triage import (
    FAIL_ON_VALUES,
    fail_on_matches,
    needs_attention,
    ordered_by_risk,
    reference_problems,
    status_label,
    summarize,
    summary_line,
)

__all__ = [
    "FAIL_ON_VALUES",
    "FORMATS",
    "fail_on_matches",
    "format_for",
    "needs_attention",
    "ordered_by_risk",
    "reference_problems",
    "render",
    "render_html",
    "render_markdown",
    "report_schema",
    "status_label",
    "summarize",
    "summary_line",
    "write_reports",
]
