"""Citation markers written "(1)", "（1,2）", "(1–3)" and 文献3 without brackets; UTF-16 cut to an
odd number of bytes is refused (exit 2), not read as GB18030 mojibake."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from claimcheck.article import parse_text
from claimcheck.article.decode import decode_bytes
from claimcheck.article.markers import cites_in_parentheses, find_markers, strip_markers
from claimcheck.cli import main
from claimcheck.errors import InputError

LABELS = [str(n) for n in range(1, 8)]
REFS = """
## References

1. Knowler WC. Reduction in the incidence of type 2 diabetes. N Engl J Med. 2002;346(6):393-403.
2. Pan XR. Effects of diet and exercise. Diabetes Care. 1997;20(4):537-544.
3. Li G. The long-term effect of lifestyle interventions. Lancet. 2008;371(9626):1783-1789.
"""


@pytest.mark.parametrize(("text", "labels"), [
    ("Metformin lowers glucose (1).", [("1",)]),
    ("Metformin lowers glucose（1）。", [("1",)]),
    ("Two trials (1,2) agree.", [("1", "2")]),
    ("A review (1–3) and a trial (4) agree.", [("1", "2", "3"), ("4",)]),
    ("Smith (1) showed this, and Jones (2) found that.", [("1",), ("2",)]),
    ("研究发现血糖下降了31%（2）。", [("2",)]),
])
def test_parenthesised_markers(text: str, labels: list[tuple[str, ...]]) -> None:
    assert [m.labels for m in find_markers(text, LABELS, parenthesised=True)] == labels


@pytest.mark.parametrize("text", [
    "The aims were (1) to reduce weight and (2) to test the diet.",  # an inline list
    "(1) Eat less.",  # a list item
    "Steps: (1) mix, (2) stir.",
    "The 2019 guideline (2020) changed.",  # a year
    "Patients received 3 (1) mg.",  # a number, then a unit
    "a dose of (2) mg daily",
    "See Figure (2) and Table (3).",
    "见图(1)和表(2)。",
    "The trial enrolled patients (12).",  # not a label of the list
])
def test_parenthesised_numbers_that_are_not_citations(text: str) -> None:
    assert find_markers(text, LABELS, parenthesised=True) == []


def test_parentheses_only_where_the_article_cites_that_way() -> None:
    assert cites_in_parentheses("Metformin works (1). Diet works (2).", LABELS)
    assert not cites_in_parentheses("Metformin works [1]. Diet works (2).", LABELS)
    assert not cites_in_parentheses("Metformin works (1).", ["smith2020"])
    assert find_markers("Diet works (2).", LABELS) == []  # off unless asked for


def test_an_article_citing_in_parentheses() -> None:
    article = parse_text("# T\n\nMetformin lowered the incidence by 31% (1). Lifestyle change "
                         "lowered it by 58%（2）. Both trials agree (1,2). The aims were (1) to "
                         "reduce weight and (2) to test.\n" + REFS, fmt="md")
    cited = {c.text: c.citations for c in article.claims}
    assert cited["Metformin lowered the incidence by 31% (1)."] == ["1"]
    assert cited["Lifestyle change lowered it by 58%（2）."] == ["2"]
    assert cited["Both trials agree (1,2)."] == ["1", "2"]
    assert article.warnings == []


def test_a_bracketed_article_keeps_parenthesised_numbers_as_text() -> None:
    article = parse_text("# T\n\nMetformin lowered it by 31% [1]. The trial arms (2) differed "
                         "by 5%.\n" + REFS, fmt="md")
    assert [c.citations for c in article.claims] == [["1"], ["1"]]  # the second inherits


@pytest.mark.parametrize(("text", "labels"), [
    ("如文献3所述，死亡率下降了20%。", [("3",)]),
    ("参考文献1-3均报告了这一结果。", [("1", "2", "3")]),
    ("见文献2、3。", [("2", "3")]),
])
def test_wenxian_without_brackets(text: str, labels: list[tuple[str, ...]]) -> None:
    assert [m.labels for m in find_markers(text, LABELS)] == labels


def test_wenxian_counts_and_years_are_not_markers() -> None:
    assert find_markers("共检索文献30余篇。", LABELS) == []
    assert find_markers("文献1998年发表。", LABELS) == []
    assert find_markers("文献9提到。", LABELS) == []  # no 9th reference


def test_strip_markers_removes_parenthesised_citations() -> None:
    assert strip_markers("Glucose fell by 31% (1).") == "Glucose fell by 31% ."
    assert strip_markers("Patients received 3 (1) mg.") == "Patients received 3 (1) mg."


TEXT = "二甲双胍可降低糖尿病风险。Metformin lowers the risk.\n"


@pytest.mark.parametrize("data", [
    codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le") + b"x",
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")[:-1],
    ("二甲双胍可降低糖尿病风险" * 3).encode("utf-16-le")[:-1],  # no BOM, no NUL byte
    ("二甲双胍可降低糖尿病风险" * 3).encode("utf-16-be") + b"a",
])
def test_utf16_with_an_odd_number_of_bytes_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="UTF-16"):
        decode_bytes(data, path="a.txt")


def test_gbk_text_is_still_read() -> None:
    for text in ("二甲双胍可降低糖尿病风险。" * 3, "二甲雙胍可降低糖尿病風險。" * 3):
        assert decode_bytes(text.encode("gbk")).text == text


def test_cli_exits_2_on_odd_utf16(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le") + b"x")
    assert main(["extract", str(path)]) == 2
    err = capsys.readouterr().err
    assert "odd number of bytes" in err and "Traceback" not in err
