"""`claimcheck resolve` end to end against the fake E-utilities server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimcheck.cli import main
from fake_eutils import FakeEutils
from test_resolve_http import NEJM

KEY = "CLI-SECRET-KEY-42"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def net(fake: FakeEutils, *extra: str) -> list[str]:
    return ["--eutils-url", fake.url, "--no-cache", *extra]


def article(tmp_path: Path, references: str) -> Path:
    path = tmp_path / "article.txt"
    path.write_text("Lupus is common in women [1]. Stem cells helped [2].\n\n"
                    f"References\n\n{references}\n", encoding="utf-8")
    return path


def test_pmid_json(fake_eutils: FakeEutils, cache_dir: Path,
                   capsys: pytest.CaptureFixture[str]) -> None:
    fake_eutils.add_records([NEJM])
    code, out, err = run(capsys, "resolve", "--pmid", "22129255", "--json",
                         "--api-key", KEY, *net(fake_eutils))
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    assert data["requests"] == 1 and data["mode"] == "live"
    [ref] = data["references"]
    assert (ref["status"], ref["pmid"], ref["method"]) == ("resolved", "22129255", "pmid")
    for key in ("label", "pmcid", "doi", "confidence", "discrepancies", "retracted",
                "corrections", "candidates", "attempts", "reason"):
        assert key in ref
    assert fake_eutils.requests[0].param("api_key") == KEY
    assert KEY not in out and KEY not in err


def test_free_text_reference_table(fake_eutils: FakeEutils, cache_dir: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    fake_eutils.add_records([NEJM])
    code, out, _ = run(capsys, "resolve", "--ref", "Tsokos GC. Systemic lupus erythematosus. "
                       "N Engl J Med. 2011;365(22):2110-21.", *net(fake_eutils))
    assert code == 0
    assert "22129255" in out and "resolved" in out


def test_article_with_a_network_failure_exits_3(fake_eutils: FakeEutils, cache_dir: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path) -> None:
    fake_eutils.add_records([NEJM])
    fake_eutils.fail("esearch", *([503] * 10))
    path = article(tmp_path, "1. Tsokos GC. Systemic lupus erythematosus. N Engl J Med. "
                   "2011;365(22):2110-21. PMID: 22129255\n"
                   "2. Doe J. Stem cells for everything. 2019. doi:10.1000/xyz123")
    code, out, err = run(capsys, "resolve", str(path), "--json", *net(fake_eutils))
    assert code == 3
    refs = {r["label"]: r for r in json.loads(out)["references"]}
    assert refs["1"]["status"] == "resolved"
    assert refs["2"]["status"] == "error" and "network failure" in refs["2"]["reason"]
    assert "Traceback" not in err and "2" in err


def test_csl_output(fake_eutils: FakeEutils, cache_dir: Path,
                    capsys: pytest.CaptureFixture[str]) -> None:
    fake_eutils.add_records([NEJM])
    code, out, _ = run(capsys, "resolve", "--pmid", "22129255", "--csl", *net(fake_eutils))
    assert code == 0
    [item] = json.loads(out)
    assert item["PMID"] == "22129255" and item["type"] == "article-journal"


@pytest.mark.parametrize("argv", [
    ["resolve"],
    ["resolve", "--pmid", "abc"],
    ["resolve", "--pmid", "1", "--ref", "x"],
    ["resolve", "missing-file.txt"],
])
def test_bad_input_exits_2(argv: list[str], cache_dir: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert err.startswith("claimcheck: ") and "Traceback" not in err
