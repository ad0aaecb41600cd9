"""Hostile article and source text rendered by a Markdown library: no link, image or HTML
appears that the tool did not write itself (PubMed/PMC links only)."""

from __future__ import annotations

from typing import Any

import pytest
from markdown_it import MarkdownIt

from claimcheck.report import render_markdown
from claimcheck.report.render import md_code
from report_fixtures import make_report

HOSTILE = [
    "[click](javascript:alert(1))",
    "![](https://tracker.example/pixel.png)",
    "<img src=x onerror=alert(1)>",
    "<a href='https://evil.example'>x</a>",
    "<https://evil.example/autolink>",
    "[ref][1]\n\n[1]: https://evil.example",
    "`code` and ``` fences ```",
    "**bold** _it_ | pipe | ![x][y]",
]
TOOL_LINK = ("https://pubmed.ncbi.nlm.nih.gov/", "https://pmc.ncbi.nlm.nih.gov/",
             "https://www.ncbi.nlm.nih.gov/pmc/")


def _tokens(text: str) -> list[Any]:
    parser = MarkdownIt("commonmark").enable("table")
    flat: list[Any] = []
    for token in parser.parse(text):
        flat.append(token)
        flat.extend(token.children or [])
    return flat


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_renders_as_text(hostile: str) -> None:
    report = make_report()
    report.claims[0].text = hostile
    report.claims[0].rationale = hostile
    report.cited[0].raw = hostile
    report.warnings.append(hostile)
    report.inputs.article = hostile.replace("\n", " ")
    for result in report.claims:
        for evidence in result.evidence:
            evidence.text = hostile
    tokens = _tokens(render_markdown(report))
    kinds = {t.type for t in tokens}
    assert not kinds & {"image", "html_inline", "html_block"}, kinds
    links = [t.attrGet("href") for t in tokens if t.type == "link_open"]
    assert links and all(str(h).startswith(TOOL_LINK) for h in links), links
    html = MarkdownIt("commonmark").enable("table").render(render_markdown(report))
    assert 'href="javascript' not in html and "<img" not in html
    assert 'href="https://evil' not in html


def test_code_span_cannot_be_broken_out_of() -> None:
    path = "x`[a](javascript:alert(1))`.txt"
    tokens = _tokens(f"- Article: {md_code(path)}")
    assert [t.content for t in tokens if t.type == "code_inline"] == [path]
    assert not any(t.type == "link_open" for t in tokens)
