"""The editable claims file: dump → edit → load → apply."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from claimcheck.article import apply_claims, dump_claims, load_claims, parse_article
from claimcheck.errors import InputError
from claimcheck.models import Article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "claims" / "msc-sle-2022" / "article.txt"


@pytest.fixture(scope="module")
def article() -> Article:
    return parse_article(SEED)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_round_trip_keeps_every_claim(article: Article, tmp_path: Path) -> None:
    loaded = load_claims(write(tmp_path, dump_claims(article)))
    assert loaded.article_sha256 == article.sha256
    assert apply_claims(article, loaded).claims == article.claims


def test_dump_has_ids_lines_links(article: Article) -> None:
    document = yaml.safe_load(dump_claims(article))
    first = document["claims"][5]
    assert first["id"] == "c06"
    assert first["citations"] == ["1"]
    assert first["inherited"] is True
    assert first["links"] == [{"label": "1", "how": "inherited", "marker": "[1]",
                               "via": "later_marker"}]
    assert first["location"]["line"] == 17
    assert "note" not in first and "expected" not in first


def test_edits_are_applied_and_a_dropped_claim_stays_dropped(article: Article,
                                                            tmp_path: Path) -> None:
    document = yaml.safe_load(dump_claims(article))
    document["claims"] = [c for c in document["claims"] if c["id"] != "c02"]
    c03 = next(c for c in document["claims"] if c["id"] == "c03")
    c03.update(citations=[1, 6], note="also in [6]",
               expected="supported", override={"status": "contradicted", "reviewer": "ed"})
    del c03["links"], c03["location"]
    document["claims"].append({"id": "x1", "text": "因此,目前大都使用健康异体的MSCs[1]。",
                               "citations": ["1"], "kind": "claim"})
    applied = apply_claims(article, load_claims(write(tmp_path, yaml.safe_dump(
        document, allow_unicode=True))))
    ids = [c.id for c in applied.claims]
    assert "c02" not in ids and ids[-1] == "x1" and len(ids) == len(article.claims)
    edited = next(c for c in applied.claims if c.id == "c03")
    assert edited.citations == ["1", "6"]
    assert [(lk.label, lk.how, lk.marker) for lk in edited.links] == [
        ("1", "inherited", "《异体间充质干细胞治疗系统性红斑狼疮专家共识》"), ("6", "marker", None)]
    assert edited.note == "also in [6]"
    assert edited.expected is not None and edited.expected.status == "supported"
    assert edited.override is not None and edited.override.reviewer == "ed"
    assert edited.location is not None and edited.location.line == 5
    added = applied.claims[-1]
    assert added.location is not None and added.location.line == 35
    assert applied.warnings == []


def test_unknown_label_is_a_warning(article: Article, tmp_path: Path) -> None:
    text = "claims:\n- id: c01\n  text: 新增的句子。\n  citations: ['9']\n"
    applied = apply_claims(article, load_claims(write(tmp_path, text)))
    assert applied.warnings == [f"{tmp_path / 'claims.yaml'}: claim c01 cites [9], which is not "
                                "in the article's reference list"]
    assert applied.claims[0].location is None


def test_other_article_version_is_a_warning(article: Article, tmp_path: Path) -> None:
    text = "article_sha256: abc\nclaims: []\n"
    applied = apply_claims(article, load_claims(write(tmp_path, text)))
    assert applied.claims == []
    assert "another version of the article" in applied.warnings[0]


@pytest.mark.parametrize(("text", "line", "words"), [
    ("claims:\n- id: c01\n  text: [unclosed\n", 4, "not a valid claims file"),
    ("claims:\n- id: c01\n  text: a\n- id: c02\n  text: b\n  kind: opinion\n", 4, "claims.1.kind"),
    ("claims:\n- id: c01\n  text: a\n- id: c01\n  text: b\n", 4, "duplicate claim id"),
    ("claims:\n- id: c01\n  txt: a\n", 2, "claims.0"),
])
def test_malformed_claims_files(tmp_path: Path, text: str, line: int, words: str) -> None:
    with pytest.raises(InputError) as info:
        load_claims(write(tmp_path, text))
    assert info.value.line == line
    assert words in info.value.message


@pytest.mark.parametrize("text", ["", "just a string\n", "claims: 3\n"])
def test_not_a_claims_file(tmp_path: Path, text: str) -> None:
    with pytest.raises(InputError, match="not a claims file"):
        load_claims(write(tmp_path, text))


def test_missing_claims_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such claims file"):
        load_claims(tmp_path / "missing.yaml")
