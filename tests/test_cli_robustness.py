"""Bad input to every subcommand: one line on stderr naming the file (and line), exit 2, no traceback.

Each case runs twice: in-process through `claimcheck.cli.main` and as a real process
(`python -m claimcheck.cli`). Nothing here reaches a network: every case fails before any
request, or replays the seed cassette.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimcheck.cli import main
from fake_eutils import FakeEutils
from test_resolve_http import NEJM

REPO = Path(__file__).resolve().parent.parent
SEED_ARTICLE = REPO / "claims" / "msc-sle-2022" / "article.txt"
SEED_CASSETTE = REPO / "cassettes" / "msc-sle-2022.yaml"
ARTICLE = ("Lupus affects mostly women [1].\n\nReferences\n\n1. Tsokos GC. Systemic lupus "
           "erythematosus. N Engl J Med. 2011;365(22):2110-21.\n")


@dataclass(frozen=True)
class Case:
    """argv (with {placeholders} for files in the work dir) and what stderr must say."""

    argv: tuple[str, ...]
    says: tuple[str, ...]  # fragments of the one stderr line, e.g. the file and line
    code: int = 2


def workdir(root: Path) -> Path:
    """The files the cases name, all in `root`."""
    (root / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text(" \n\n\t\n", encoding="utf-8")
    (root / "binary.dat").write_bytes(b"\x00\x01\x02\x03binary\xff\xfe" * 10)
    (root / "latin1.txt").write_bytes("Lupus\nis common\nin Bogotá and São Paulo.\n"
                                      .encode("latin-1"))
    (root / "scan.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    (root / "folder").mkdir()
    (root / "claims_bad_yaml.yaml").write_text("claims:\n- id: c01\n  text: [unclosed\n",
                                               encoding="utf-8")
    (root / "claims_list.yaml").write_text("- c01\n- c02\n", encoding="utf-8")
    (root / "claims_types.yaml").write_text(
        "claims:\n- id: c01\n  text: fine\n- id: c02\n  text: also fine\n  citations: 5\n",
        encoding="utf-8")
    (root / "claims_kind.yaml").write_text("claims:\n- id: c01\n  text: x\n  kind: opinion\n",
                                           encoding="utf-8")
    (root / "claims_status.yaml").write_text(
        "claims:\n- id: c01\n  text: x\n- id: c02\n  text: y\n  expected: supportive\n",
        encoding="utf-8")
    (root / "claims_dup.yaml").write_text(
        "claims:\n- id: c01\n  text: x\n- id: c01\n  text: y\n", encoding="utf-8")
    (root / "claims_gbk.yaml").write_bytes("claims:\n- id: c01\n  text: 中文\n".encode("gbk"))
    (root / "cassette_corrupt.yaml").write_text("interactions: [\n  - {request: \n",
                                                encoding="utf-8")
    (root / "cassette_shape.yaml").write_text("hello: world\n", encoding="utf-8")
    return root


INPUT_CASES: dict[str, Case] = {
    # extract
    "extract-directory": Case(("extract", "{folder}"), ("folder: not a file",)),
    "extract-missing": Case(("extract", "{missing.txt}"), ("missing.txt: no such file",)),
    "extract-empty": Case(("extract", "{empty.txt}"), ("empty.txt: the file is empty",)),
    "extract-blank": Case(("extract", "{blank.txt}"), ("blank.txt: the file is empty",)),
    "extract-binary": Case(("extract", "{binary.dat}"), ("binary.dat: ", "binary file")),
    "extract-pdf": Case(("extract", "{scan.pdf}"), ("scan.pdf: this is a PDF",)),
    "extract-undecodable": Case(("extract", "{latin1.txt}"),
                                ("latin1.txt:3: cannot decode byte 0xe1",)),
    "extract-output-under-a-file": Case(
        ("extract", "{article.txt}", "-o", "{article.txt}/claims.yaml"),
        ("article.txt/claims.yaml: cannot write the claims file", "is a file")),
    "extract-output-is-a-directory": Case(("extract", "{article.txt}", "-o", "{folder}"),
                                          ("folder: is a directory",)),
    # resolve
    "resolve-directory": Case(("resolve", "{folder}", "--offline"), ("folder: not a file",)),
    "resolve-missing": Case(("resolve", "{missing.txt}", "--offline"),
                            ("missing.txt: no such file",)),
    "resolve-empty": Case(("resolve", "{empty.txt}", "--offline"), ("empty.txt: the file is",)),
    "resolve-binary": Case(("resolve", "{binary.dat}", "--offline"), ("binary.dat: ",)),
    "resolve-missing-cassette": Case(("resolve", "{article.txt}", "--cassette", "{nope.yaml}"),
                                     ("nope.yaml: cassette not found",)),
    "resolve-corrupt-cassette": Case(
        ("resolve", "{article.txt}", "--cassette", "{cassette_corrupt.yaml}"),
        ("cassette_corrupt.yaml: not a readable vcrpy cassette",)),
    "resolve-cassette-of-another-shape": Case(
        ("resolve", "{article.txt}", "--cassette", "{cassette_shape.yaml}"),
        ("cassette_shape.yaml: not a readable vcrpy cassette",)),
    "resolve-nothing-to-resolve": Case(("resolve", "--offline"), ("give exactly one of",)),
    "resolve-empty-ref": Case(("resolve", "--ref", "  ", "--offline"), ("--ref is empty",)),
    "resolve-bad-pmid": Case(("resolve", "--pmid", "12ab", "--offline"),
                             ("'12ab' is not a PMID",)),
    # check
    "check-directory": Case(("check", "{folder}", "--offline"), ("folder: not a file",)),
    "check-missing": Case(("check", "{missing.txt}", "--offline"),
                          ("missing.txt: no such file",)),
    "check-empty": Case(("check", "{empty.txt}", "--offline"), ("empty.txt: the file is empty",)),
    "check-binary": Case(("check", "{binary.dat}", "--offline"), ("binary.dat: ",)),
    "check-claims-not-yaml": Case(
        ("check", "{article.txt}", "--offline", "--claims", "{claims_bad_yaml.yaml}"),
        ("claims_bad_yaml.yaml:4: not a valid claims file",)),
    "check-claims-not-a-mapping": Case(
        ("check", "{article.txt}", "--offline", "--claims", "{claims_list.yaml}"),
        ("claims_list.yaml: not a claims file",)),
    "check-claims-wrong-type": Case(
        ("check", "{article.txt}", "--offline", "--claims", "{claims_types.yaml}"),
        ("claims_types.yaml:4: invalid claims file: claims.1.citations",)),
    "check-claims-wrong-kind": Case(
        ("check", "{article.txt}", "--offline", "--claims", "{claims_kind.yaml}"),
        ("claims_kind.yaml:2: invalid claims file: claims.0.kind",)),
    "check-claims-unknown-status": Case(
        ("check", "{article.txt}", "--offline", "--claims", "{claims_status.yaml}"),
        ("claims_status.yaml:4: claim c02: unknown expected status 'supportive'",)),
    "check-claims-duplicate-id": Case(
        ("check", "{article.txt}", "--offline", "--claims", "{claims_dup.yaml}"),
        ("claims_dup.yaml:4: duplicate claim id 'c01'",)),
    "check-claims-not-utf8": Case(
        ("check", "{article.txt}", "--offline", "--claims", "{claims_gbk.yaml}"),
        ("claims_gbk.yaml:3: cannot decode byte",)),
    "check-claims-missing": Case(
        ("check", "{article.txt}", "--offline", "--claims", "{nope.yaml}"),
        ("nope.yaml: no such claims file",)),
    "check-claims-directory": Case(
        ("check", "{article.txt}", "--offline", "--claims", "{folder}"),
        ("folder: not a file",)),
    "check-missing-cassette": Case(("check", "{article.txt}", "--cassette", "{nope.yaml}"),
                                   ("nope.yaml: cassette not found",)),
    "check-corrupt-cassette": Case(
        ("check", "{article.txt}", "--cassette", "{cassette_corrupt.yaml}"),
        ("cassette_corrupt.yaml: not a readable vcrpy cassette",)),
    "check-output-under-a-file": Case(
        ("check", "{article.txt}", "--offline", "-o", "{article.txt}/report.html"),
        ("article.txt/report.html: cannot write the report file", "is a file")),
    "check-output-is-a-directory": Case(
        ("check", "{article.txt}", "--offline", "--format", "json", "-o", "{folder}"),
        ("folder: is a directory",)),
    "check-output-unknown-suffix": Case(
        ("check", "{article.txt}", "--offline", "-o", "{report.pdf}"),
        ("report.pdf: cannot tell the report format",)),
    "check-fail-on-nonsense": Case(("check", "{article.txt}", "--offline", "--fail-on",
                                    "contradicted,nonsense"),
                                   ("unknown --fail-on value 'nonsense'",)),
    "check-unknown-format": Case(("check", "{article.txt}", "--offline", "--format", "pdf"),
                                 ("unknown --format 'pdf'", "html, md, json")),
    "check-missing-glossary": Case(("check", "{article.txt}", "--offline", "--glossary",
                                    "{nope.yaml}"), ("nope.yaml: glossary file not found",)),
}

Runner = Callable[[list[str], Path], tuple[int, str, str]]


def expand(argv: tuple[str, ...], root: Path) -> list[str]:
    """Replace {name} and {name}/rest by paths in `root`."""
    out = []
    for arg in argv:
        if arg.startswith("{"):
            name, _, rest = arg[1:].partition("}")
            arg = str(root / name) + rest
        out.append(arg)
    return out


def in_process(capsys: pytest.CaptureFixture[str]) -> Runner:
    def run(argv: list[str], root: Path) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(argv)
        out, err = capsys.readouterr()
        return code, out, err
    return run


def as_process(argv: list[str], root: Path) -> tuple[int, str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("NCBI_", "CLAIMCHECK_"))}
    env["CLAIMCHECK_CACHE_DIR"] = str(root / "cache")
    done = subprocess.run([sys.executable, "-m", "claimcheck.cli", *argv], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    return done.returncode, done.stdout, done.stderr


@pytest.fixture(params=["main", "subprocess"])
def runner(request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str],
           cache_dir: Path) -> Runner:
    return in_process(capsys) if request.param == "main" else as_process


def assert_one_clear_line(err: str, says: tuple[str, ...]) -> None:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    [line] = lines
    assert line.startswith("claimcheck: ")
    for fragment in says:
        assert fragment in line, line


@pytest.mark.parametrize("name", sorted(INPUT_CASES))
def test_bad_input_is_one_line_and_exit_2(name: str, runner: Runner, tmp_path: Path) -> None:
    case = INPUT_CASES[name]
    root = workdir(tmp_path)
    code, out, err = runner(expand(case.argv, root), root)
    assert code == case.code, err
    assert_one_clear_line(err, case.says)
    assert out == ""


def test_an_unusable_output_is_refused_before_any_work(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str],
                                                       cache_dir: Path) -> None:
    root = workdir(tmp_path)
    # the article is missing too: the -o check must come first and name the output
    code = main(["check", str(root / "missing.txt"), "--offline", "-o", str(root / "folder")])
    err = capsys.readouterr().err
    assert code == 2 and "folder: is a directory" in err


@pytest.mark.parametrize("mode", ["main", "subprocess"])
def test_claims_file_naming_an_unknown_claim_warns_with_its_line(
        mode: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], cache_dir: Path) -> None:
    """A new id whose text is not in the article is allowed (editors add claims) but warned."""
    claims = tmp_path / "claims.yaml"
    claims.write_text("claims:\n- id: c01\n  text: 系统性红斑狼疮(SLE)是一种自身免疫性疾病。\n"
                      "- id: zz99\n  text: This sentence is in another article.\n"
                      "  citations: ['1']\n", encoding="utf-8")
    report = tmp_path / "report.json"
    argv = ["check", str(SEED_ARTICLE), "--claims", str(claims), "--cassette",
            str(SEED_CASSETTE), "-o", str(report)]
    if mode == "main":
        code = main(argv)
        err = capsys.readouterr().err
    else:
        code, _, err = as_process(argv, tmp_path)
    assert code == 0, err
    assert "Traceback" not in err
    warnings = [line for line in err.splitlines() if "zz99" in line]
    assert warnings == [f"claimcheck: warning: {claims}:4: claim zz99 is not an extracted claim "
                        "and its text is not in the article (is this the claims file of another "
                        "article?)"]
    ids = [claim["claim"]["id"] if "claim" in claim else claim["id"]
           for claim in json.loads(report.read_text(encoding="utf-8"))["claims"]]
    assert ids == ["c01", "zz99"]


@pytest.mark.parametrize("printed", ["1. ", "[1]", "3) "])
def test_resolve_ref_with_its_list_number(printed: str, fake_eutils: FakeEutils,
                                          cache_dir: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    fake_eutils.add_records([NEJM])
    code = main(["resolve", "--ref", f"{printed}Tsokos GC. Systemic lupus erythematosus. "
                 "N Engl J Med. 2011;365(22):2110-21.", "--json",
                 "--eutils-url", fake_eutils.url, "--no-cache"])
    out, err = capsys.readouterr()
    assert code == 0, err
    [ref] = json.loads(out)["references"]
    assert (ref["status"], ref["pmid"]) == ("resolved", "22129255")
    assert not [d for d in ref["discrepancies"] if d["field"] == "authors"], ref["discrepancies"]


@pytest.mark.parametrize("content", [b"", b"\x00\x01binary\xff\xfe" * 10],
                         ids=["empty", "binary"])
def test_an_unreadable_cassette_is_bad_input(content: bytes, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str],
                                             cache_dir: Path) -> None:
    root = workdir(tmp_path)
    (root / "cassette.yaml").write_bytes(content)
    code = main(["resolve", str(root / "article.txt"), "--cassette", str(root / "cassette.yaml")])
    err = capsys.readouterr().err
    assert code == 2, err
    assert_one_clear_line(err, ("cassette.yaml: ",))
