"""Markers wrapped in links and footnotes: Markdown [^1], [[1]](#ref1), HTML <a href="#ref1">."""

from __future__ import annotations

import pytest

from claimcheck.article import parse_text
from claimcheck.article.markers import find_markers
from claimcheck.article.sentences import split_sentences
from claimcheck.models import Article

TSOKOS = "Tsokos GC. Systemic lupus erythematosus. N Engl J Med. 2011;365(22):2110-21."
SUN = ("Sun L, Wang D, Liang J, et al. Umbilical cord mesenchymal stem cell transplantation in "
       "severe and refractory systemic lupus erythematosus. Arthritis Rheum. 2010;62(8):2467-75.")
GU = "Gu F, Wang D. Allogeneic MSC transplantation. Clin Rheumatol. 2014;33(11):1611-9."


def cited(article: Article) -> dict[str, list[str]]:
    return {claim.text: claim.citations for claim in article.claims}


@pytest.mark.parametrize(("printed", "labels"), [
    ("[^1]", ["1"]),
    ("[^12]", ["12"]),
    ("[^smith2010]", ["smith2010"]),
    ("[[1]](#ref1)", ["1"]),
    ("[[1,3]](#ref1)", ["1", "3"]),
    ("[[2-4]](#cite-2)", ["2", "3", "4"]),
    ("[1](#ref1)", ["1"]),
    ("[1](https://pubmed.ncbi.nlm.nih.gov/22129255/)", ["1"]),
    ("<sup>[1](#ref1)</sup>", ["1"]),
    ("<sup>[[2]](#ref2)</sup>", ["2"]),
])
def test_linked_and_footnote_marker_forms(printed: str, labels: list[str]) -> None:
    [marker] = find_markers(f"Lupus is common{printed} in women.")
    assert marker.text == printed
    assert list(marker.labels) == labels


@pytest.mark.parametrize("text", [
    "See [the consensus](#ref1) for details.",
    "A [link](https://example.org/1) in prose.",
    "[^1]: a footnote definition is not a marker",
])
def test_links_with_words_are_not_markers(text: str) -> None:
    assert find_markers(text) == []


def test_linked_markers_after_the_full_stop_stay_with_their_sentence() -> None:
    text = ("Lupus affects mostly women.[^1] Stem cells helped 40%.[[2]](#ref2) "
            "Third one.[3](#r3) Fourth.<sup>[4](#r4)</sup> End.")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Lupus affects mostly women.[^1]", "Stem cells helped 40%.[[2]](#ref2)",
        "Third one.[3](#r3)", "Fourth.<sup>[4](#r4)</sup>", "End."]


def test_markdown_footnotes_with_definitions_as_the_reference_list() -> None:
    article = parse_text(
        "# Stem cells for lupus\n\n"
        "Lupus affects mostly women.[^1] Stem cells reduced proteinuria in 40% of patients "
        "[^2].\n\n"
        "A later trial found a 30% remission rate[^3] in refractory disease.\n\n"
        f"[^1]: {TSOKOS}\n[^2]: {SUN[:60]}\n    {SUN[60:]}\n[^3]: {GU}\n", fmt="md")
    assert cited(article) == {
        "Lupus affects mostly women.[^1]": ["1"],
        "Stem cells reduced proteinuria in 40% of patients [^2].": ["2"],
        "A later trial found a 30% remission rate[^3] in refractory disease.": ["3"],
    }
    refs = {ref.label: ref for ref in article.references}
    assert list(refs) == ["1", "2", "3"]
    assert refs["1"].authors[0].display() == "Tsokos GC"
    assert refs["2"].title is not None and refs["2"].title.endswith("lupus erythematosus")
    assert refs["2"].line == 8
    assert article.warnings == []


def test_named_footnote_under_a_references_heading() -> None:
    article = parse_text("Stem cells helped 12% of patients.[^sun]\n\n## References\n\n"
                         f"[^sun]: {SUN}\n", fmt="md")
    assert cited(article) == {"Stem cells helped 12% of patients.[^sun]": ["sun"]}
    assert [(r.label, r.year) for r in article.references] == [("sun", 2010)]


def test_markdown_links_around_markers() -> None:
    article = parse_text(
        "Lupus affects mostly women [[1]](#ref1). Stem cells helped 40% of patients.[2](#ref2)\n\n"
        "## References\n\n"
        f"1. <a id=\"ref1\"></a>{TSOKOS}\n2. {SUN}\n", fmt="md")
    assert cited(article) == {"Lupus affects mostly women [[1]](#ref1).": ["1"],
                              "Stem cells helped 40% of patients.[2](#ref2)": ["2"]}
    assert article.warnings == []


def test_markdown_link_to_a_missing_reference_warns() -> None:
    article = parse_text("Lupus is common [[9]](#ref9).\n\n## References\n\n"
                         f"1. {TSOKOS}\n", fmt="md")
    assert any("[[9]](#ref9) points to [9]" in w for w in article.warnings)


HTML = f"""<!doctype html><html><head><title>MSC</title></head><body>
<h1>Stem cells for lupus</h1>
<p>Lupus affects mostly women.<a href="#ref1">[1]</a> Stem cells reduced proteinuria in 40% of
patients.<sup><a href="#ref2">2</a></sup></p>
<p>Remission reached 30%.<sup><a href="#ref1">1</a>,<a href="#ref3">3</a></sup> Relapse was 12%
<a href="#cite-3">3</a>. Pandoc writes notes like this.<a href="#fn2" class="footnote-ref"
id="fnref2"><sup>2</sup></a> See <a href="#methods">Section 2</a> for 5 methods.</p>
<h2>References</h2>
<ol>
<li id="ref1">{TSOKOS}</li>
<li id="ref2"><p>{SUN}<a href="#fnref2" class="footnote-back">↩︎</a></p></li>
<li id="ref3">{GU}</li>
</ol></body></html>"""


def test_html_anchor_markers_and_ordered_list_references() -> None:
    article = parse_text(HTML, fmt="html")
    assert cited(article) == {
        "Lupus affects mostly women.[1]": ["1"],
        "Stem cells reduced proteinuria in 40% of patients.[2]": ["2"],
        "Remission reached 30%.[1,3]": ["1", "3"],
        "Relapse was 12% [3].": ["3"],
        "Pandoc writes notes like this.[2]": ["2"],
        "See Section 2 for 5 methods.": [],
    }
    refs = article.references
    assert [r.label for r in refs] == ["1", "2", "3"]
    assert refs[1].raw == SUN  # <li><p> keeps number and text together; the ↩ back-link is gone
    assert [r.authors[0].display() for r in refs] == ["Tsokos GC", "Sun L", "Gu F"]
    assert article.warnings == []


def test_html_ordered_list_start_value_and_printed_numbers() -> None:
    article = parse_text(
        "<p>Lupus is common.<sup>5</sup> Stem cells help.<sup>7</sup> Trials ran.<sup>8</sup></p>"
        f"<h2>References</h2><ol start=\"5\"><li>{TSOKOS}</li><li value=\"7\">{SUN}</li>"
        f"<li>[8] {GU}</li></ol>", fmt="html")
    assert [r.label for r in article.references] == ["5", "7", "8"]
    assert article.references[2].raw == GU
    assert article.warnings == []


def test_html_unordered_reference_list_is_numbered_in_order() -> None:
    article = parse_text(f"<p>Lupus is common.<sup>2</sup></p><h2>References</h2>"
                         f"<ul><li>{TSOKOS}</li><li>{SUN}</li></ul>", fmt="html")
    assert [r.label for r in article.references] == ["1", "2"]
    assert cited(article) == {"Lupus is common.[2]": ["2"]}
