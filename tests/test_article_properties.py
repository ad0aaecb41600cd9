"""Property tests: the parser never raises on text, and bytes give an Article or an InputError."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.article import parse_article, parse_reference, parse_text
from claimcheck.errors import InputError
from claimcheck.models import Article

PIECES = st.sampled_from([
    "[1]", "[1-3]", "[2]-[4]", "［1］", "【2】", "¹²", "<sup>1,2</sup>", "。", "；", ". ", "!", "?",
    "\n", "\n\n", "参考文献:\n", "References\n", "1. ", "[1]", "https://pubmed.ncbi.nlm.nih.gov/1/",
    "《专家共识》", "该专家共识", "这些患者", "The trial ", "60.5%", "et al. ", "图片来自文献[3]",
    "# ", "*", "首页 > ", "2022/07/12 来源:", "[J].刊名,2020,1(1):1-2.", "(2020). ", "2020;1(2):3-4.",
])
TEXT = st.lists(st.one_of(st.text(max_size=30), PIECES), max_size=40).map("".join)


def check_offsets(article: Article) -> None:
    for claim in article.claims:
        if claim.location is not None:
            assert article.text[claim.location.start:claim.location.end] == claim.text
    assert len({c.id for c in article.claims}) == len(article.claims)


@settings(max_examples=300, deadline=None)
@given(text=TEXT, fmt=st.sampled_from(["txt", "md", "html"]))
def test_parse_text_never_raises(text: str, fmt: str) -> None:
    article = parse_text(text, fmt=fmt)  # type: ignore[arg-type]
    check_offsets(article)


@settings(max_examples=200, deadline=None)
@given(raw=TEXT, label=st.text(min_size=1, max_size=3))
def test_parse_reference_never_raises(raw: str, label: str) -> None:
    reference = parse_reference(raw, label)
    assert reference.raw == raw


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=300),
                      TEXT.map(lambda t: t.encode("utf-8")),
                      TEXT.map(lambda t: t.encode("gb18030"))),
       suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_arbitrary_bytes_give_an_article_or_input_error(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(data)
        try:
            article = parse_article(path)
        except InputError as error:
            assert error.exit_code == 2
            assert "\n" not in error.one_line()
        else:
            check_offsets(article)
