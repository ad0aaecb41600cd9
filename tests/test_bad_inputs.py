"""Hostile inputs and outputs through the CLI: one line, exit 2 (or a warning and the normal
code), bounded time and memory, and no network work when the output cannot be written."""

from __future__ import annotations

import time
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


def _alias_bomb() -> str:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 9):
        prev, this = chr(96 + i), chr(97 + i)
        lines.append(f"{this}: &{this} [" + ", ".join([f"*{prev}"] * 9) + "]")
    lines.append("claims:\n- id: c01\n  text: *i")
    return "\n".join(lines) + "\n"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    err = capsys.readouterr().err
    return code, err


@pytest.mark.parametrize("kind", ["alias_bomb", "deep_nesting"])
def test_claims_file_bombs_are_refused(kind: str, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    claims = tmp_path / "claims.yaml"
    text = _alias_bomb() if kind == "alias_bomb" else "claims: " + "[" * 50_000 + "]" * 50_000
    claims.write_text(text, encoding="utf-8")
    start = time.monotonic()
    code, err = run(["check", str(SEED_ARTICLE), "--claims", str(claims), "--cassette",
                     str(SEED_CASSETTE), "-o", str(tmp_path / "r.json")], capsys)
    assert time.monotonic() - start < 10
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1 and "refused claims file" in err
    assert str(claims) in err and ("alias" in err or "deeper" in err)


def test_sparse_giant_article_is_refused_before_reading(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # 1 GiB, sparse: reading it whole would take seconds
        handle.write(b"Lupus [1].\n")
        handle.truncate(1 << 30)
    start = time.monotonic()
    code, err = run(["extract", str(big)], capsys)
    assert time.monotonic() - start < 2
    assert code == 2 and "larger than 20 MB" in err and str(big) in err
    code, err = run(["extract", str(big), "--max-input-size", "5k"], capsys)
    assert code == 2 and "larger than 0.005 MB" in err


def test_max_input_size_allows_a_bigger_file(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE * 2, encoding="utf-8")
    assert run(["extract", str(article), "--max-input-size", "100"], capsys)[0] == 2
    assert run(["extract", str(article), "--max-input-size", "1MB"], capsys)[0] == 0
    assert run(["extract", str(article), "--max-input-size", "lots"], capsys)[0] == 2


@pytest.mark.parametrize("command", ["check", "extract"])
def test_output_equal_to_the_input_is_refused(command: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    extra = ["--cassette", str(SEED_CASSETTE)] if command == "check" else []
    code, err = run([command, str(article), *extra, "-o", str(tmp_path / "." / "article.md")],
                    capsys)
    assert code == 2 and "would overwrite the input" in err
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_unwritable_output_is_found_before_any_request(fake_eutils: FakeEutils, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str],
                                                       cache_dir: Path) -> None:
    fake_eutils.add_records([NEJM])
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, err = run(["check", str(article), "--eutils-url", fake_eutils.url,
                     "-o", "/proc/claimcheck-report.json"], capsys)
    assert code == 2 and "cannot write the report" in err and "/proc/claimcheck" in err
    assert fake_eutils.requests == []


def test_full_disk_is_exit_2_with_the_path(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    code, err = run(["check", str(SEED_ARTICLE), "--cassette", str(SEED_CASSETTE),
                     "--format", "md", "-o", "/dev/full"], capsys)
    assert code == 2 and "/dev/full" in err and "No space left" in err


def test_full_stdout_is_exit_2(tmp_path: Path) -> None:
    import subprocess
    import sys

    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "claimcheck.cli", "extract",
                               str(SEED_ARTICLE)], stdout=full, stderr=subprocess.PIPE,
                              timeout=60)
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert "No space left" in err and "Traceback" not in err


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/", "notaurl",
                                 "http://127.0.0.1:99999/", "http://:80/"])
def test_malformed_eutils_url_is_a_usage_error(url: str, capsys: pytest.CaptureFixture[str],
                                               cache_dir: Path) -> None:
    code, err = run(["resolve", "--pmid", "1", "--eutils-url", url], capsys)
    assert code == 2, err
    assert "E-utilities URL" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("fault", ["corrupt", "file_in_place"])
def test_cache_fault_is_a_warning_not_an_abort(fault: str, fake_eutils: FakeEutils,
                                               tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str],
                                               cache_dir: Path) -> None:
    fake_eutils.add_records([NEJM])
    place = tmp_path / "broken-cache"
    if fault == "corrupt":
        place.mkdir()
        (place / "responses.sqlite").write_bytes(b"garbage" * 1000)
    else:
        place.write_text("not a directory")
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, err = run(["check", str(article), "--eutils-url", fake_eutils.url, "--cache-dir",
                     str(place), "-o", str(tmp_path / "r.json")], capsys)
    assert code == 0, err
    assert "warning: response cache" in err and "continuing without it" in err
    assert (tmp_path / "r.json").is_file()


def test_glossary_alias_bomb_is_refused(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    glossary = tmp_path / "glossary.yaml"
    glossary.write_text(_alias_bomb().replace("claims:\n- id: c01\n  text: *i", "terms: *i"),
                        encoding="utf-8")
    code, err = run(["check", str(SEED_ARTICLE), "--glossary", str(glossary), "--cassette",
                     str(SEED_CASSETTE), "-o", str(tmp_path / "r.json")], capsys)
    assert code == 2 and "refused glossary" in err and str(glossary) in err


def test_run_deadline_ends_a_silent_server_with_exit_3(fake_eutils: FakeEutils, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str],
                                                       cache_dir: Path) -> None:
    from fake_eutils import Fault

    fake_eutils.fail("*", *[Fault("delay", delay=4.0)] * 10)
    start = time.monotonic()
    code, err = run(["resolve", "--pmid", "22129255", "--eutils-url", fake_eutils.url,
                     "--no-cache", "--deadline", "1.5"], capsys)
    assert time.monotonic() - start < 6
    assert code == 3, err
    assert "could not be resolved" in err
