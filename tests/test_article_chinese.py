"""Traditional Chinese and full-width digits: read like Simplified, quoted as printed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import opencc
import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck
from claimcheck.article import parse_article, parse_text
from claimcheck.article.chinese import is_traditional, narrow_width, to_simplified
from claimcheck.entrez import EntrezClient
from claimcheck.evidence import extract_quantities
from claimcheck.models import Report
from fake_eutils import FakeEutils, running, seed_records

ROOT = Path(__file__).resolve().parent.parent
KEPU = ROOT / "tests" / "data" / "qa" / "msc-kepu.zh.md"
SEED = ROOT / "claims" / "msc-sle-2022" / "article.txt"
CASSETTE = ROOT / "cassettes" / "msc-sle-2022.yaml"
S2T = opencc.OpenCC("s2t")


def _traditional(source: Path, target: Path) -> Path:
    target.write_text(S2T.convert(source.read_text(encoding="utf-8")), encoding="utf-8")
    return target


@given(st.text(alphabet=st.characters(min_codepoint=0x3000, max_codepoint=0x9FFF)
               | st.characters(min_codepoint=0xFF00, max_codepoint=0xFFEF)
               | st.sampled_from(list("0123456789.,% \n"))))
def test_to_simplified_keeps_the_length(text: str) -> None:
    assert len(to_simplified(text)) == len(text)


def test_detection() -> None:
    assert is_traditional("間充質幹細胞治療系統性紅斑狼瘡安全有效")
    assert not is_traditional("间充质干细胞治疗系统性红斑狼疮安全有效")
    assert not is_traditional("Mesenchymal stem cells for lupus.")
    assert to_simplified("間充質幹細胞治療") == "间充质干细胞治疗"


def test_full_width_digits_and_signs_are_digits() -> None:
    assert narrow_width("５年生存率为９０．４％，共１，２００例") == "5年生存率为90.4%，共1,200例"
    [q] = [q for q in extract_quantities(to_simplified("５年生存率為９０．４％")) if q.kind == "percent"]
    assert q.value == 90.4
    article = parse_text("研究共納入４０４例患者［１］。\n\n參考文獻\n\n"
                         "［１］Liang J. Safety analysis. Stem Cell Res Ther. 2018;9:312.\n")
    [claim] = article.claims
    assert claim.text == "研究共納入４０４例患者［１］。"  # quoted as printed
    assert claim.citations == ["1"]
    assert [r.label for r in article.references] == ["1"]
    reference = article.references[0]
    assert (reference.raw, reference.year) == (
        "Liang J. Safety analysis. Stem Cell Res Ther. 2018;9:312.", 2018)


def test_traditional_article_keeps_its_characters_and_places(tmp_path: Path) -> None:
    simplified = parse_article(KEPU)
    traditional = parse_article(_traditional(KEPU, tmp_path / "kepu.zh-hant.md"))
    assert traditional.text == S2T.convert(simplified.text)
    assert len(traditional.claims) == len(simplified.claims)
    for trad, simp in zip(traditional.claims, simplified.claims, strict=True):
        assert trad.text == S2T.convert(simp.text)
        assert trad.citations == simp.citations and trad.kind == simp.kind
        assert trad.location == simp.location
        assert [link.marker for link in trad.links] == [
            S2T.convert(link.marker) if link.marker else None for link in simp.links]
    assert [r.raw for r in traditional.references] == [
        S2T.convert(r.raw) for r in simplified.references]
    assert [(r.title, r.journal, r.year, r.pages) for r in traditional.references] == [
        (S2T.convert(r.title) if r.title else None, S2T.convert(r.journal) if r.journal else None,
         r.year, r.pages) for r in simplified.references]
    assert [w.replace(str(tmp_path / "kepu.zh-hant.md"), "F") for w in traditional.warnings] \
        == [S2T.convert(w.replace(str(KEPU), "F")) for w in simplified.warnings]


@pytest.fixture(scope="module")
def server() -> Iterator[FakeEutils]:
    records = [r for r in seed_records(with_pmid_only=False) if r.get("pmid")]
    yield from running(records, [r for r in records if r.get("pmcid")])


def _statuses(report: Report) -> list[tuple[str, str, list[str]]]:
    return [(c.id, c.status, sorted(f.code for f in c.flags)) for c in report.claims]


def test_traditional_kepu_gets_the_same_statuses(tmp_path: Path, server: FakeEutils) -> None:
    def check(path: Path) -> Report:
        return claimcheck.check(path, client=EntrezClient(base_url=server.url, rate=0,
                                                          backoff=0.0))

    simplified = check(KEPU)
    traditional = check(_traditional(KEPU, tmp_path / "kepu.zh-hant.md"))
    assert _statuses(traditional) == _statuses(simplified)
    assert {c.status for c in simplified.claims} >= {"supported", "unverifiable"}
    assert [r.status for r in traditional.references] == [r.status for r in simplified.references]


def test_traditional_seed_gets_the_same_statuses(tmp_path: Path) -> None:
    simplified = claimcheck.check(SEED, cassette=CASSETTE)
    traditional = claimcheck.check(_traditional(SEED, tmp_path / "seed.zh-hant.txt"),
                                   cassette=CASSETTE)
    assert _statuses(traditional) == _statuses(simplified)
    assert traditional.summary == simplified.summary
    assert traditional.claims[0].text.startswith("《異體間充質幹細胞")
    markdown = traditional.to_markdown()
    assert "異體間充質幹細胞" in markdown and "异体间充质干细胞" not in markdown
