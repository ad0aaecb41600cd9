"""HTML report: self-contained, escaped, every claim highlighted with a label and a card."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser

from claimcheck.report import render_html
from report_fixtures import HOSTILE_IMG, HOSTILE_SCRIPT, make_report


class Collector(HTMLParser):
    """Collects elements with their attributes and the text inside each script element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data

    def tags(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.elements if tag == name]


def parse(html: str) -> Collector:
    collector = Collector()
    collector.feed(html)
    collector.close()
    return collector


def test_hostile_text_renders_as_text() -> None:
    html = render_html(make_report())
    doc = parse(html)
    assert len(doc.tags("script")) == 1, "only the page's own inline script"
    assert doc.tags("img") == []
    assert all(not name.startswith("on") for _, attrs in doc.elements for name in attrs)
    assert HOSTILE_SCRIPT not in html and HOSTILE_IMG not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "alert(2)" not in doc.scripts[0] and "</script><script>" not in html


def test_self_contained() -> None:
    html = render_html(make_report())
    doc = parse(html)
    assert doc.tags("link") == [] and doc.tags("iframe") == []
    assert all("src" not in attrs for _, attrs in doc.elements)
    assert "@import" not in html and not re.search(r"url\(\s*['\"]?(https?:)?//", html)
    csp = [a for a in doc.tags("meta") if a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in (csp[0]["content"] or "")


def test_csp_admits_exactly_the_inline_script() -> None:
    doc = parse(render_html(make_report()))
    digest = base64.b64encode(hashlib.sha256(doc.scripts[0].encode()).digest()).decode()
    csp = next(a["content"] for a in doc.tags("meta") if a.get("http-equiv") ==
               "Content-Security-Policy")
    assert f"'sha256-{digest}'" in (csp or "")


def test_every_located_claim_is_highlighted_with_a_text_label() -> None:
    report = make_report()
    html = render_html(report)
    doc = parse(html)
    marks = [a for a in doc.tags("a") if "claim" in (a.get("class") or "").split()]
    statuses = {a["data-status"] for a in marks}
    assert statuses == {c.status for c in report.claims}
    assert html.count('<span class="tag" lang="en">') == len(report.claims)
    assert "✗ contradicted</span>" in html


def test_every_claim_has_an_evidence_card() -> None:
    report = make_report()
    doc = parse(render_html(report))
    cards = [a for a in doc.tags("section") if "card" in (a.get("class") or "").split()]
    assert len(cards) == len(report.claims)
    ids = {a["id"] for a in cards}
    targets = {a["data-card"] for a in doc.tags("a") if a.get("data-card")}
    assert targets == ids


def test_card_details() -> None:
    html = render_html(make_report())
    assert '<mark class="m-match">404</mark>' in html
    assert '<mark class="m-mismatch">41.2%</mark>' in html
    assert "≠ differs from the claim:</strong> 44.1% vs 41.2%" in html
    assert 'href="https://pubmed.ncbi.nlm.nih.gov/30428931/"' in html
    assert "⊘ Retracted — do not rely on this source." in html
    assert "editor: contradicted</strong> — the share is wrong" in html
    assert "RESULTS" in html


def test_filters_and_summary_header() -> None:
    doc = parse(render_html(make_report()))
    filters = {a["data-filter"] for a in doc.tags("input") if a.get("data-filter")}
    assert filters == {c.status for c in make_report().claims}


def test_unlocated_claim_is_listed_separately() -> None:
    report = make_report()
    report.claims[4].location = None
    report.claims[4].text = "A sentence that is not in the article."
    html = render_html(report)
    assert "Claims not located in the text" in html
    assert "A sentence that is not in the article." in html


def test_empty_report_renders() -> None:
    html = make_report(claims=[], references=[], cited=[], article_text="").to_html()
    assert "The report holds no article text." in html
    assert "Nothing needs attention." in html
