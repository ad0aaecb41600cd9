"""`claimcheck extract` through the real CLI: output modes, bad input, warnings, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "claims" / "msc-sle-2022" / "article.txt"
REFS = "\n\n参考文献\n\n[1]张三.题名一[J].刊名,2020,1(1):1-2.\n[2]李四.题名二[J].刊名,2021,2(1):3-4.\n"


def extract(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "claimcheck.cli", "extract", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120, check=False)


def assert_clean_failure(result: subprocess.CompletedProcess[str], path: Path,
                         words: str) -> None:
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"claimcheck: {path}")
    assert words in lines[0]
    assert result.stdout == ""


def test_json_output_on_the_seed() -> None:
    result = extract(SEED, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"references", "claims", "warnings"}
    assert [r["label"] for r in data["references"]] == [str(n) for n in range(1, 8)]
    first = data["references"][2]
    assert {"label", "raw", "pmid", "pmcid", "doi"} <= set(first)
    assert first["pmcid"] == "PMC8516390"
    study = next(c for c in data["claims"] if c["text"].startswith("所有患者的平均随访时间"))
    assert (study["citations"], study["kind"], study["inherited"]) == (["6"], "claim", True)
    assert {c["kind"] for c in data["claims"]} == {"claim", "figure_credit"}
    assert result.stderr == ""


def test_yaml_on_stdout_and_to_a_file(tmp_path: Path) -> None:
    printed = extract(SEED)
    assert printed.returncode == 0
    document = yaml.safe_load(printed.stdout)
    assert document["claims"][0]["id"] == "c01"
    target = tmp_path / "out" / "claims.yaml"
    written = extract(SEED, "-o", target)
    assert written.returncode == 0
    assert written.stdout == ""
    assert str(target) in written.stderr
    assert target.read_text(encoding="utf-8") == printed.stdout


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    assert_clean_failure(extract(path), path, "no such file")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n\n")
    assert_clean_failure(extract(path), path, "empty")


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 4)
    assert_clean_failure(extract(path), path, "binary")


def test_pdf_file(tmp_path: Path) -> None:
    path = tmp_path / "paper.txt"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    assert_clean_failure(extract(path), path, "PDF")


def test_undecodable_bytes(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes("第一行正常。\n".encode() + b"\x80\x80\xff broken\n")
    result = extract(path)
    assert_clean_failure(result, path, "cannot decode")
    assert f"{path}:2:" in result.stderr


def test_no_reference_list_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "norefs.txt"
    path.write_text("治疗后缓解率为60%[1]。\n", encoding="utf-8")
    result = extract(path, "--json")
    assert result.returncode == 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == (f"claimcheck: warning: {path}: no reference list found "
                                     "(looked for a 参考文献 / References heading or a trailing "
                                     "numbered list); claims will have no sources")
    assert json.loads(result.stdout)["warnings"] == [result.stderr.strip()[21:]]


def test_marker_without_reference_is_a_warning_with_line(tmp_path: Path) -> None:
    path = tmp_path / "marker9.txt"
    path.write_text("标题\n\n缓解率为60%[1]。死亡率为5%[9]。" + REFS, encoding="utf-8")
    result = extract(path, "--json")
    assert result.returncode == 0
    assert result.stderr.strip().splitlines() == [
        f"claimcheck: warning: {path}:3: citation marker [9] points to [9], which is not in "
        "the reference list ([1]–[2])"]
    claims = json.loads(result.stdout)["claims"]
    assert [c["citations"] for c in claims] == [["1"], ["9"]]


def test_duplicate_reference_numbers_are_a_warning_with_line(tmp_path: Path) -> None:
    path = tmp_path / "dup.txt"
    path.write_text("缓解率为60%[1]。" + REFS + "[2]王五.重复[J].刊名,2022,3(1):5-6.\n",
                    encoding="utf-8")
    result = extract(path, "--json")
    assert result.returncode == 0
    assert result.stderr.strip().splitlines() == [
        f"claimcheck: warning: {path}:7: duplicate reference number [2] (first at line 6); "
        "this entry is ignored"]
    assert [r["title"] for r in json.loads(result.stdout)["references"]] == ["题名一", "题名二"]


def test_directory_is_refused(tmp_path: Path) -> None:
    assert_clean_failure(extract(tmp_path), tmp_path, "not a file")


@pytest.mark.parametrize("flags", [["--json", "-o", "x.yaml"]])
def test_json_and_output_are_exclusive(flags: list[str]) -> None:
    result = extract(SEED, *flags)
    assert result.returncode == 2
    assert "not allowed with" in result.stderr
