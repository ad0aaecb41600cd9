"""Three articles the tool had never seen, checked against the fake E-utilities server.

An English news page (HTML), a Chinese popular-science article (Markdown, GB/T 7714) and a
plain-text brief with Vancouver references holding planted citation errors. Expectations were
written by hand from shared/seed/references.json, never from the tool's output.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import claimcheck
from claimcheck.article import parse_article, parse_reference
from claimcheck.entrez import EntrezClient
from claimcheck.evidence import extract_quantities
from claimcheck.models import ClaimResult, Report
from claimcheck.resolve.queries import damage_tolerant_clause
from fake_eutils import FakeEutils, running, seed_records

QA = Path(__file__).resolve().parent / "data" / "qa"
NEWS = QA / "msc-news.en.html"
KEPU = QA / "msc-kepu.zh.md"
BRIEF = QA / "msc-brief.en.txt"


@pytest.fixture(scope="module")
def server() -> Iterator[FakeEutils]:
    records = seed_records(with_pmid_only=False)
    for record in records:
        if record["label"] == "7":  # the PMID the seed article links to
            record["pmid"] = "25119864"
    records = [r for r in records if r.get("pmid")]
    yield from running(records, [r for r in records if r.get("pmcid")])


def _check(path: Path, fake: FakeEutils) -> Report:
    return claimcheck.check(path, client=EntrezClient(base_url=fake.url, rate=0, backoff=0.0))


@pytest.fixture(scope="module")
def news(server: FakeEutils) -> Report:
    return _check(NEWS, server)


@pytest.fixture(scope="module")
def kepu(server: FakeEutils) -> Report:
    return _check(KEPU, server)


@pytest.fixture(scope="module")
def brief(server: FakeEutils) -> Report:
    return _check(BRIEF, server)


def claim_with(report: Report, fragment: str) -> ClaimResult:
    [found] = [c for c in report.claims if fragment in c.text]
    return found


# ---------------------------------------------------------------- (a) English news page, HTML

def test_news_page_keeps_boilerplate_out_of_claims_and_references() -> None:
    article = parse_article(NEWS)
    texts = " ".join(c.text for c in article.claims)
    assert "Subscribe" not in texts and "Dana Whitfield" not in texts
    assert [r.label for r in article.references] == ["1", "2", "3", "4"]
    last = article.references[-1]
    assert "Health Desk" not in last.raw and "Privacy" not in last.raw
    assert last.doi == "10.3389/fimmu.2021.728190"
    assert article.references[1].pmid == "30428931"
    assert article.references[0].pages == "2110-2121"


def test_news_page_links_linked_and_plain_sup_markers() -> None:
    article = parse_article(NEWS)
    by_text = {c.text.split("[")[0]: c for c in article.claims}
    serious = next(c for t, c in by_text.items() if t.startswith("Serious infections"))
    assert serious.citations == ["2"]  # plain <sup>2</sup>
    credit = next(c for c in article.claims if c.text.startswith("Source:"))
    assert credit.kind == "figure_credit" and credit.citations == ["3"]


def test_news_page_resolution_and_statuses(news: Report) -> None:
    assert {r.label: r.status for r in news.references} == {
        "1": "resolved", "2": "resolved", "3": "resolved", "4": "resolved"}
    assert all(not r.discrepancies for r in news.references)
    # a claim with its own figure does not borrow "follow-up" from the clause before it
    assert claim_with(news, "5-year survival rate was 90.4%").status == "supported"
    assert claim_with(news, "Within 12 months, 60.5%").status == "supported"
    assert claim_with(news, "Lupus is an autoimmune").status == "unverifiable"  # no abstract


def test_of_the_n_is_a_fraction() -> None:
    [q] = extract_quantities("Eleven of the 49 patients later had a renal flare.")
    assert (q.kind, q.value, q.denominator) == ("fraction", 11.0, 49.0)


# ---------------------------------------------------------------- (b) Chinese Markdown, GB/T

def test_kepu_markers_and_missing_reference() -> None:
    article = parse_article(KEPU)
    assert claim_with_text(article.claims, "狼疮肾炎是").citations == ["2"]
    assert claim_with_text(article.claims, "多种免疫细胞").citations == ["1", "2", "3"]
    assert any("【6】" in w and "not in the reference list" in w for w in article.warnings)


def claim_with_text(claims: list[claimcheck.Claim], fragment: str) -> claimcheck.Claim:
    [found] = [c for c in claims if fragment in c.text]
    return found


def test_gbt_spaced_initials_and_fields() -> None:
    article = parse_article(KEPU)
    first = article.references[0]
    assert [(a.last, a.initials) for a in first.authors] == [
        ("Fathollahi", "A"), ("Gabalou", "NB"), ("Aslani", "S")]
    assert first.doi == "10.1177/0961203318768889" and first.pages == "1053-1064"
    wanfang = article.references[1]
    assert wanfang.database == "wanfang" and wanfang.journal == "中华风湿病学杂志"


def test_kepu_resolution_and_statuses(kepu: Report) -> None:
    assert {r.label: r.status for r in kepu.references} == {
        "1": "resolved", "2": "not_indexed", "3": "resolved", "4": "resolved", "5": "resolved"}
    assert claim_with(kepu, "死亡和致残").status == "unverifiable"
    assert claim_with(kepu, "5年生存率为90.4%").status == "supported"
    assert claim_with(kepu, "介导的疾病【6】").status == "unverifiable"


# ---------------------------------------------------------------- (c) plain text, Vancouver

def test_brief_reference_fields() -> None:
    refs = {r.label: r for r in parse_article(BRIEF).references}
    assert refs["1"].year == 2009 and refs["1"].journal == "N Engl J Med"
    assert refs["2"].pmid == "30428931"
    assert refs["3"].doi == "10.1186/s13287-018-1053-4" and refs["3"].title is None
    assert refs["7"].url == "https://www.lupusuk.org.uk/"


def test_brief_wrong_year_is_a_discrepancy_not_another_paper(brief: Report) -> None:
    ref = next(r for r in brief.references if r.label == "1")
    assert ref.status == "resolved" and ref.pmid == "22129255"
    assert [(d.field, d.cited, d.record) for d in ref.discrepancies] == [
        ("year", "2009", "2011")]


def test_brief_wrong_pmid_is_flagged_then_resolved_by_title(brief: Report) -> None:
    ref = next(r for r in brief.references if r.label == "2")
    assert ref.status == "resolved" and ref.pmid == "29631514" and ref.method == "title"
    assert "pmid_mismatch" in ref.flags
    assert claim_with(brief, "aberrant cytokine").status == "supported"


def test_brief_doi_only_and_damaged_title(brief: Report) -> None:
    refs = {r.label: r for r in brief.references}
    assert refs["3"].status == "resolved" and refs["3"].pmid == "30428931"
    assert refs["4"].status == "resolved" and refs["4"].pmid == "25119864"
    assert refs["4"].discrepancies == []  # "forlupus … ther apy" is spacing damage only
    assert refs["7"].status == "not_indexed"


def test_brief_figures_joined_by_and_are_judged_apart(brief: Report) -> None:
    # "…infections was 29.5% and five patients (1.2%) developed malignancies": both in Liang
    assert claim_with(brief, "incidence of infections was 29.5%").status == "supported"
    assert claim_with(brief, "8-year survival rate was 90.4%").status == "contradicted"


def test_damage_tolerant_title_clause() -> None:
    clause = damage_tolerant_clause("Allogeneic mesenchymal stem cell transplantation forlupus "
                                    "nephritis patients refractory to conventional ther apy")
    assert clause == ('"Allogeneic mesenchymal stem cell transplantation"[ti] AND '
                      '"nephritis patients refractory to conventional"[ti]')
    assert damage_tolerant_clause("Systemic lupus erythematosus") is None


def test_reference_footer_is_not_joined_to_the_last_entry() -> None:
    article = claimcheck.parse_text(
        "SLE is common [1].\n\nReferences\n\n1. Tsokos GC. Systemic lupus erythematosus. "
        "N Engl J Med. 2011;365(22):2110-21.\n\nhttps://doi.org/10.1056/NEJMra1100359\n\n"
        "Copyright 2023 Health Desk.\n")
    [ref] = article.references
    assert ref.doi == "10.1056/NEJMra1100359" and "Copyright" not in ref.raw


def test_parse_reference_spaced_initials() -> None:
    ref = parse_reference("Liu H F, Wang D. A title[J]. Lupus, 2018, 27(7): 1-8.", "1")
    assert [(a.last, a.initials) for a in ref.authors] == [("Liu", "HF"), ("Wang", "D")]
