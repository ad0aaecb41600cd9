"""The seed article resolved from its committed cassette: all seven outcomes, offline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.article import parse_article
from claimcheck.cli import main
from claimcheck.entrez import open_client
from claimcheck.models import Resolution
from claimcheck.resolve import resolve_references

ROOT = Path(__file__).resolve().parent.parent
CASSETTE = ROOT / "cassettes" / "msc-sle-2022.yaml"
ARTICLE = ROOT / "claims" / "msc-sle-2022" / "article.txt"
if not ARTICLE.is_file():
    ARTICLE = ROOT.parent / "shared" / "seed" / "msc-sle-2022.zh.txt"

# The truth about the seed's references (shared/seed/references.json and its README).
EXPECTED = {
    "2": ("22129255", "pmid"),
    "3": ("34659214", "pmcid"),
    "4": ("33713197", "pmid"),
    "5": ("29631514", "pmid"),
    "6": ("30428931", "pmid"),
    "7": ("25119864", "pmid"),
}


@pytest.fixture(scope="module")
def resolution() -> Resolution:
    article = parse_article(ARTICLE)
    with open_client(cassette=CASSETTE) as client:
        return resolve_references(article.references, client)


def test_seven_outcomes_within_four_requests(resolution: Resolution) -> None:
    out = {r.label: r for r in resolution.references}
    assert sorted(out) == ["1", "2", "3", "4", "5", "6", "7"]
    assert out["1"].status == "not_indexed"
    assert "CNKI" in out["1"].reason and "中华风湿病学杂志" in out["1"].reason
    assert out["1"].attempts[0].outcome == "skipped"
    for label, (pmid, method) in EXPECTED.items():
        assert (out[label].status, out[label].pmid, out[label].method) == (
            "resolved", pmid, method), label
        assert out[label].confidence >= 0.9
    assert out["3"].pmcid == "PMC8516390"
    assert resolution.requests <= 4
    assert resolution.requests == 2  # one elink for [3], one efetch for the six PMIDs
    assert resolution.mode == "cassette"


def test_spacing_damage_is_not_reported(resolution: Resolution) -> None:
    assert [(r.label, d.field) for r in resolution.references for d in r.discrepancies] == []
    assert all(not r.flags and not r.retracted for r in resolution.references)


def test_fields_the_records_lack_are_not_checkable(resolution: Resolution) -> None:
    out = {r.label: r for r in resolution.references}
    assert {"volume", "issue", "pages"} <= set(out["6"].not_checkable)
    assert {"volume", "issue", "pages"} <= set(out["7"].not_checkable)
    assert {"first_author", "authors"} <= set(out["5"].not_checkable)
    assert out["2"].not_checkable == [] and out["4"].not_checkable == []


def test_cassette_holds_no_identity() -> None:
    text = CASSETTE.read_text(encoding="utf-8")
    assert "eutils.ncbi.nlm.nih.gov/entrez/eutils/" in text
    assert "127.0.0.1" not in text
    for name in ("api_key=", "email=", "tool="):
        assert name not in text


def test_cli_prints_the_seven_outcomes_offline(capsys: pytest.CaptureFixture[str],
                                               cache_dir: Path) -> None:
    code = main(["resolve", str(ARTICLE), "--cassette", str(CASSETTE), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    assert data["requests"] <= 4 and data["mode"] == "cassette"
    assert [r["status"] for r in data["references"]] == ["not_indexed"] + ["resolved"] * 6
    assert main(["resolve", str(ARTICLE), "--cassette", str(CASSETTE)]) == 0
    table = capsys.readouterr().out
    for pmid, _ in EXPECTED.values():
        assert pmid in table


def test_offline_with_an_empty_cache_names_each_reference(
        capsys: pytest.CaptureFixture[str], cache_dir: Path) -> None:
    code = main(["resolve", str(ARTICLE), "--offline", "--json"])
    out, err = capsys.readouterr()
    assert code == 3
    refs = {r["label"]: r for r in json.loads(out)["references"]}
    assert refs["1"]["status"] == "not_indexed"
    for label in EXPECTED:
        assert refs[label]["status"] == "error"
        assert "offline" in refs[label]["reason"]
    assert "2, 3, 4, 5, 6, 7" in err
