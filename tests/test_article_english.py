"""The English Markdown article: Vancouver references, [n] and superscript markers."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.article import parse_article
from claimcheck.models import Article

ARTICLE = (Path(__file__).resolve().parent.parent / "claims" / "msc-lupus-review.en"
           / "article.md")


@pytest.fixture(scope="module")
def article() -> Article:
    return parse_article(ARTICLE)


def test_title_format_and_no_warnings(article: Article) -> None:
    assert article.format == "md"
    assert article.title == "Mesenchymal stem cells for lupus: what the studies say"
    assert article.warnings == []


def test_vancouver_references(article: Article) -> None:
    refs = {r.label: r for r in article.references}
    assert list(refs) == ["1", "2", "3", "4", "5"]
    assert all(r.style == "vancouver" for r in refs.values())
    assert refs["1"].doi == "10.1056/NEJMra1100359"
    assert (refs["1"].journal, refs["1"].year, refs["1"].volume, refs["1"].issue,
            refs["1"].pages) == ("N Engl J Med", 2011, "365", "22", "2110-21")
    assert refs["3"].pmid == "25119864"
    assert refs["4"].doi == "10.5555/fict.2019.0042"
    assert [a.last for a in refs["2"].authors] == ["Liang", "Zhang", "Kong", "Deng", "Wang",
                                                  "Feng"]
    assert refs["5"].title == ("Mesenchymal stem cell therapy: hope for patients with systemic "
                               "lupus erythematosus")
    assert (refs["5"].volume, refs["5"].issue, refs["5"].pages) == ("12", None, "728190")


def test_headings_and_the_italic_note_are_not_claims(article: Article) -> None:
    texts = " ".join(c.text for c in article.claims)
    for absent in ("Background", "Safety over the long term", "Reference 4 is fictitious",
                   "what the studies say", "References"):
        assert absent not in texts


def test_claims_and_links(article: Article) -> None:
    got = [(c.text.split()[0], c.kind, c.citations, c.inherited) for c in article.claims]
    assert got == [
        ("Systemic", "claim", ["1"], False),
        ("In", "claim", [], False),  # uncited incidence figure
        ("In", "claim", ["2"], True),
        ("The", "claim", ["2"], True),
        ("The", "claim", ["2"], False),
        ("These", "claim", ["2"], True),  # continues the study just cited
        ("An", "claim", ["3"], False),
        ("Within", "claim", ["3"], False),
        ("The", "claim", ["3"], False),
        ("A", "claim", ["4"], False),
        ("MSC", "claim", ["5"], False),
        ("Figure", "figure_credit", ["5"], False),
    ]


def test_superscript_markers_stay_with_their_sentence(article: Article) -> None:
    trial = [c for c in article.claims if "3" in c.citations]
    assert trial[0].text.endswith("lupus nephritis.³")
    assert trial[0].links[0].marker == "³"
    assert trial[1].text.startswith("Within 12 months, 60.5% (49/81)")
    assert trial[2].links[0].marker == "[3]"


def test_decimals_and_plus_minus_do_not_split(article: Article) -> None:
    texts = [c.text for c in article.claims]
    assert "The mean follow-up of all patients was 43.4 ± 25.9 months." in texts
    assert "These patients had a malignancy rate of 1.2%." in texts
