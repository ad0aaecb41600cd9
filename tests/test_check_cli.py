"""`claimcheck check`: outputs, exit codes, progress and quiet, with the pipeline swapped out."""

from __future__ import annotations

import argparse
import io
import json
import sys
import types
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

import claimcheck
from claimcheck.commands import check as check_command
from claimcheck.errors import ClaimcheckError, InputError, NetworkError
from claimcheck.models import Report, ResolvedReference
from report_fixtures import make_report

Calls = list[tuple[Any, dict[str, Any]]]
Install = Callable[[Report | BaseException], Calls]


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def run_cli(argv: Sequence[str]) -> int:
    """The real CLI when every command module is there; otherwise `check` alone, same handling."""
    try:
        from claimcheck.cli import main
    except ImportError:
        parser = argparse.ArgumentParser(prog="claimcheck")
        check_command.add_parser(parser.add_subparsers(dest="command", required=True))
        try:
            args = parser.parse_args(list(argv))
        except SystemExit as exc:
            return int(exc.code or 0)
        try:
            return int(args.run(args))
        except ClaimcheckError as exc:
            print(f"claimcheck: {exc.one_line()}", file=sys.stderr)
            return exc.exit_code
    return main(list(argv))


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> Install:
    """Replace `claimcheck.pipeline.check` by one returning (or raising) what the test gives."""
    try:
        import claimcheck.pipeline as module
    except ImportError:  # the real pipeline's stages are not all in the checkout yet
        module = types.ModuleType("claimcheck.pipeline")
        monkeypatch.setitem(sys.modules, "claimcheck.pipeline", module)
        monkeypatch.setattr(claimcheck, "pipeline", module, raising=False)

    def install(result: Report | BaseException) -> Calls:
        calls: Calls = []

        def check(article: Any, **kwargs: Any) -> Report:
            calls.append((article, kwargs))
            progress = kwargs.get("progress")
            if progress is not None:
                progress("resolve", 0, 6)
                progress("resolve", 6, 6)
                progress("judge", 8, 8)
            if isinstance(result, BaseException):
                raise result
            return result

        monkeypatch.setattr(module, "check", check, raising=False)
        return calls

    return install


def with_reference_error() -> Report:
    report = make_report()
    report.references.append(ResolvedReference(label="7", status="error",
                                               reason="NCBI did not answer"))
    return report


def test_default_prints_json_and_a_summary(fake_pipeline: Install,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    calls = fake_pipeline(make_report())
    assert run_cli(["check", "article.txt"]) == 0
    out, err = capsys.readouterr()
    assert Report.model_validate(json.loads(out)).claims[0].id == "c1"
    assert err.splitlines() == [
        "claimcheck: warning: reference [5] has odd text: <script>alert(1)</script>",
        "8 claims: 1 supported, 1 partially supported, 1 contradicted, 1 not found in source, "
        "1 unverifiable, 1 uncited, 1 retracted source, 1 figure credit; 4 of 6 references "
        "with problems",
    ]
    article, kwargs = calls[0]
    assert article == "article.txt" and kwargs["progress"] is None


def test_format_md_on_stdout(fake_pipeline: Install, capsys: pytest.CaptureFixture[str]) -> None:
    fake_pipeline(make_report())
    assert run_cli(["check", "article.txt", "--format", "md", "-q"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("# claimcheck report") and err == ""


def test_several_outputs(fake_pipeline: Install, tmp_path: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    fake_pipeline(make_report())
    html, md, js = tmp_path / "r.html", tmp_path / "r.md", tmp_path / "out" / "r.json"
    assert run_cli(["check", "a.txt", "-o", str(html), "-o", str(md), "-o", str(js)]) == 0
    assert "<!doctype html>" in html.read_text(encoding="utf-8")
    assert md.read_text(encoding="utf-8").startswith("# claimcheck report")
    json.loads(js.read_text(encoding="utf-8"))
    out, err = capsys.readouterr()
    assert out == ""
    assert err.rstrip().endswith(f" — {html}, {md}, {js}")


def test_options_reach_the_pipeline(fake_pipeline: Install, tmp_path: Path) -> None:
    calls = fake_pipeline(make_report())
    args = ["check", "a.txt", "--claims", "edited.yaml", "--cassette", "c.yaml", "--offline",
            "--glossary", "g.yaml", "--email", "ed@example.org", "-q"]
    assert run_cli(args) == 0
    kwargs = calls[0][1]
    assert kwargs["claims"] == "edited.yaml" and kwargs["cassette"] == "c.yaml"
    assert kwargs["offline"] is True and kwargs["glossary"] == "g.yaml"
    assert kwargs["email"] == "ed@example.org"


def test_claims_override_reaches_every_format(fake_pipeline: Install, tmp_path: Path) -> None:
    fake_pipeline(make_report())
    outs = [tmp_path / "r.md", tmp_path / "r.html", tmp_path / "r.json"]
    args = ["check", "a.txt", "--claims", "edited.yaml", "-q"]
    for out in outs:
        args += ["-o", str(out)]
    assert run_cli(args) == 0
    assert "editor: contradicted" in outs[0].read_text(encoding="utf-8")
    assert "editor: contradicted" in outs[1].read_text(encoding="utf-8")
    claim = json.loads(outs[2].read_text(encoding="utf-8"))["claims"][2]
    assert claim["status"] == "partially_supported"
    assert claim["override"] == {"status": "contradicted", "note": "the share is wrong",
                                 "reviewer": "Li Wei"}


@pytest.mark.parametrize(("fail_on", "code"), [
    ("contradicted", 1),
    ("misattributed", 1),
    ("retracted", 1),
    ("pmid_mismatch", 1),
    ("ambiguous,error", 0),
    ("", 0),
    (" retracted_source , uncited ", 1),
])
def test_fail_on(fake_pipeline: Install, capsys: pytest.CaptureFixture[str], fail_on: str,
                 code: int) -> None:
    fake_pipeline(make_report())
    assert run_cli(["check", "a.txt", "--fail-on", fail_on]) == code
    err = capsys.readouterr().err
    assert ("claimcheck: failing on" in err) is (code == 1)


def test_fail_on_unknown_value_is_a_usage_error(fake_pipeline: Install,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    calls = fake_pipeline(make_report())
    assert run_cli(["check", "a.txt", "--fail-on", "contradicted,bogus"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("claimcheck: unknown --fail-on value 'bogus' (choose from ")
    assert len(err.splitlines()) == 1 and calls == []


def test_unknown_output_suffix_is_a_usage_error(fake_pipeline: Install,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    calls = fake_pipeline(make_report())
    assert run_cli(["check", "a.txt", "-o", "report.docx"]) == 2
    assert "report.docx: cannot tell the report format" in capsys.readouterr().err
    assert calls == []


def test_missing_argument_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["check"]) == 2
    assert "ARTICLE" in capsys.readouterr().err


def test_bad_input_exits_2(fake_pipeline: Install, capsys: pytest.CaptureFixture[str]) -> None:
    fake_pipeline(InputError("file is empty", path="a.txt", hint="give an article"))
    assert run_cli(["check", "a.txt"]) == 2
    assert capsys.readouterr().err == "claimcheck: a.txt: file is empty (give an article)\n"


def test_network_failure_exits_3(fake_pipeline: Install,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    fake_pipeline(NetworkError("NCBI unreachable after 5 attempts"))
    assert run_cli(["check", "a.txt", "-q"]) == 3
    assert "NCBI unreachable" in capsys.readouterr().err


def test_unresolved_references_exit_3_after_writing(fake_pipeline: Install, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    fake_pipeline(with_reference_error())
    out = tmp_path / "r.json"
    assert run_cli(["check", "a.txt", "-o", str(out), "--fail-on", "contradicted"]) == 3
    assert json.loads(out.read_text(encoding="utf-8"))["references"][-1]["status"] == "error"
    assert "references [7] could not be checked" in capsys.readouterr().err


def test_quiet_tty_is_silent(fake_pipeline: Install, monkeypatch: pytest.MonkeyPatch,
                             tmp_path: Path) -> None:
    calls = fake_pipeline(make_report())
    tty = FakeTTY()
    monkeypatch.setattr(sys, "stderr", tty)
    assert run_cli(["check", "a.txt", "-q", "-o", str(tmp_path / "r.md")]) == 0
    assert tty.getvalue() == "" and calls[0][1]["progress"] is None


def test_non_tty_has_no_progress_noise(fake_pipeline: Install, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    report = make_report(warnings=[])
    fake_pipeline(report)
    out = tmp_path / "r.md"
    assert run_cli(["check", "a.txt", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err == check_command.summary_line(report, [str(out)]) + "\n"
    assert "\x1b" not in err and "Resolving" not in err


def test_tty_shows_progress(fake_pipeline: Install, monkeypatch: pytest.MonkeyPatch,
                            tmp_path: Path) -> None:
    calls = fake_pipeline(make_report(warnings=[]))
    tty = FakeTTY()
    monkeypatch.setattr(sys, "stderr", tty)
    assert run_cli(["check", "a.txt", "-o", str(tmp_path / "r.md")]) == 0
    assert callable(calls[0][1]["progress"])
    assert "Resolving references" in tty.getvalue()
    assert tty.getvalue().rstrip().endswith(str(tmp_path / "r.md"))
