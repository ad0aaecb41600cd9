"""Page furniture: breadcrumbs and date/source lines leave the text; statements stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.article import parse_article, parse_text
from claimcheck.article.furniture import is_breadcrumb, is_furniture, is_metadata

SEED = Path(__file__).resolve().parent.parent / "claims" / "msc-sle-2022" / "article.txt"


@pytest.mark.parametrize("line", [
    "Home › Health › Immunology",
    "新闻中心 > 健康频道 > 正文",
    "首页 › 健康",
    "Start » Wissenschaft » Medizin",
    "Home / News / Lupus",
])
def test_breadcrumbs(line: str) -> None:
    assert is_breadcrumb(line) and is_furniture(line)


@pytest.mark.parametrize("line", [
    "2023-01-05 来源:健康报 作者:王五",
    "发布时间：2021年3月2日 10:30 | 浏览：1,024",
    "Posted: 12 May 2021 | Views: 1,234",
    "3 May 2024, 10:15",
    "编辑：李四  审核：王五",
])
def test_metadata_lines(line: str) -> None:
    assert is_metadata(line) and is_furniture(line)


@pytest.mark.parametrize("line", [
    "IgG > 10 g/L in 60% of patients",
    "结论：间充质干细胞安全有效",
    "2019年的研究显示死亡率下降了20%",
    "The trial ran from 2019 to 2021 and enrolled 81 patients.",
    "结果 > 对照组",
    "Updated 3 May 2024 after the trial [2]",
    "治疗后死亡率下降了20%。",
])
def test_statements_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_leading_furniture_leaves_the_text_and_lines_stay_the_files() -> None:
    text = ("Home › Health › Lupus\n\nStem cells for lupus\n\nPosted: 12 May 2021 | Views: 1,234\n\n"
            "Remission was reached by 60% of the patients.\n")
    article = parse_text(text)
    assert article.text == ("Stem cells for lupus\n\n"
                            "Remission was reached by 60% of the patients.\n")
    assert article.title == "Stem cells for lupus"
    [claim] = article.claims
    assert claim.location is not None and claim.location.line == 7
    assert article.text[claim.location.start:claim.location.end] == claim.text


def test_furniture_inside_the_article_is_not_a_claim_but_stays_text() -> None:
    text = "死亡率下降了20%。\n编辑：李四  审核：王五\n复发率为10%。\n"
    article = parse_text(text)
    assert [c.text for c in article.claims] == ["死亡率下降了20%。", "复发率为10%。"]
    assert "编辑：李四" in article.text


def test_the_seeds_breadcrumb_and_date_line_are_not_article_text() -> None:
    article = parse_article(SEED)
    first_lines = SEED.read_text(encoding="utf-8").split("\n")[:3]
    assert first_lines[0].strip() not in article.text
    assert first_lines[2].strip() not in article.text
    assert article.text.startswith(first_lines[1])  # the title stays
    for claim in article.claims:
        for line in (first_lines[0], first_lines[2]):
            for piece in line.replace("/", " ").split():
                assert piece not in claim.text or piece.isdigit(), (piece, claim.text)
    assert article.claims[0].location is not None and article.claims[0].location.line == 5
