"""Input formats and encodings: UTF-8 ± BOM, GB18030, HTML with <sup> citations, boilerplate."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from claimcheck.article import parse_article, parse_text
from claimcheck.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "claims" / "msc-sle-2022" / "article.txt"


def summary(path: Path) -> list[tuple[str, str, list[str], bool]]:
    article = parse_article(path)
    return [(c.id, c.text, c.citations, c.inherited) for c in article.claims]


def test_gb18030_seed_parses_like_utf8(tmp_path: Path) -> None:
    target = tmp_path / "seed-gb.txt"
    target.write_bytes(SEED.read_text(encoding="utf-8").encode("gb18030"))
    article = parse_article(target)
    assert article.encoding == "gb18030"
    assert summary(target) == summary(SEED)
    assert [r.pmid for r in article.references] == [r.pmid for r in parse_article(SEED).references]


def test_utf8_bom_and_crlf(tmp_path: Path) -> None:
    target = tmp_path / "bom.txt"
    text = SEED.read_text(encoding="utf-8").replace("\n", "\r\n")
    target.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    article = parse_article(target)
    assert article.encoding == "utf-8-sig"
    assert not article.text.startswith("\ufeff")
    assert summary(target) == summary(SEED)


def test_gbk_short_text(tmp_path: Path) -> None:
    target = tmp_path / "gbk.txt"
    target.write_bytes("患者的缓解率为60%[1]。\n\n参考文献\n\n[1]张三.题名[J].刊名,2020,1(1):1-2.\n"
                       .encode("gbk"))
    article = parse_article(target)
    assert article.encoding == "gb18030"
    assert article.claims[0].citations == ["1"]


def test_latin1_is_refused_with_line(tmp_path: Path) -> None:
    target = tmp_path / "latin1.txt"
    target.write_bytes("first line\nCaf\xe9 r\xe9sum\xe9 \xff\xfe end\n".encode("latin-1"))
    with pytest.raises(InputError) as info:
        parse_article(target)
    assert info.value.line == 2
    assert "cannot decode" in info.value.message


def test_damaged_utf8_is_refused_not_read_as_gb18030(tmp_path: Path) -> None:
    target = tmp_path / "damaged.txt"
    data = SEED.read_bytes()
    cut = data.index("目前我国SLE".encode())
    target.write_bytes(data[:cut] + b"\xa1" + data[cut:])
    with pytest.raises(InputError) as info:
        parse_article(target)
    assert info.value.line == 17


HTML = """<!doctype html><html><head><title>MSC news</title><script>var x = "1. fake";</script>
</head><body><nav>首页 &gt; 科普</nav>
<h1>Stem cells for lupus</h1>
<p class="meta">2022/07/12 / 来源:某公众号</p>
<p>Remission was reached by 60.5% of patients.<sup>1,2</sup> The eGFR was 60 ml/min/1.73 m<sup>2</sup>
in most.</p>
<p>These patients had fewer flares.</p>
<h2>References</h2>
<ol><li>Doe J. First trial. Lupus. 2019;28(1):1-9. PMID: 111</li>
<li>Roe R. Second trial. Lupus. 2020;29(2):2-3.</li></ol>
</body></html>"""


def test_html_paragraphs_sup_markers_and_references(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    target.write_text(HTML, encoding="utf-8")
    article = parse_article(target)
    assert article.format == "html"
    assert article.title == "Stem cells for lupus"
    assert "var x" not in article.text
    claims = [(c.text, c.citations, c.inherited) for c in article.claims]
    assert claims == [
        ("Remission was reached by 60.5% of patients.[1,2]", ["1", "2"], False),
        ("The eGFR was 60 ml/min/1.73 m^2 in most.", [], False),
        ("These patients had fewer flares.", [], False),
    ]
    assert [(r.label, r.pmid) for r in article.references] == [("1", "111"), ("2", None)]
    assert article.warnings == []


def test_html_sniffed_from_txt_suffix(tmp_path: Path) -> None:
    target = tmp_path / "page.txt"
    target.write_text(HTML, encoding="utf-8")
    assert parse_article(target).format == "html"


def test_boilerplate_lines_are_not_claims() -> None:
    text = ("首页 > 新闻 > 科普\n标题\n2023-01-05 来源:健康报 作者:王五\n"
            "治疗后死亡率下降了20%。\n")
    article = parse_text(text)
    assert [c.text for c in article.claims] == ["治疗后死亡率下降了20%。"]
    assert article.title == "标题"


def test_markdown_wrapped_paragraph_is_one_paragraph() -> None:
    text = ("# T\n\nThe trial enrolled\n81 patients with lupus nephritis.[1] Remission\n"
            "was reached by 60%.[1]\n\n## References\n\n1. Doe J. T. Lupus. 2019;28:1-9.\n")
    article = parse_text(text, fmt="md")
    assert [(c.text, c.location.line if c.location else 0) for c in article.claims] == [
        ("The trial enrolled\n81 patients with lupus nephritis.[1]", 3),
        ("Remission\nwas reached by 60%.[1]", 4),
    ]
