"""`claimcheck check ARTICLE`: run the whole pipeline and write the report(s).

Exit codes: 0 nothing matched --fail-on; 1 a claim or reference matched it; 2 bad input or
usage; 3 a network failure left references unresolved (`error`).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from claimcheck.commands.common import add_input_options, add_network_options
from claimcheck.errors import InputError
from claimcheck.models import Report
from claimcheck.report import (
    FAIL_ON_VALUES,
    FORMATS,
    fail_on_matches,
    format_for,
    render,
    summary_line,
    write_reports,
)

ProgressCallback = Callable[[str, int, int], None]

STAGE_LABELS = {
    "resolve": "Resolving references",
    "fulltext": "Fetching PMC full text",
    "judge": "Judging claims",
}


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `check` on the top-level parser."""
    parser = subparsers.add_parser(
        "check",
        help="check an article's claims against its sources and write a report",
        description="Check every claim of an article against the PubMed/PMC sources it cites. "
                    "Exit codes: 0 ok, 1 --fail-on matched, 2 bad input, 3 network failure.",
    )
    parser.add_argument("article", metavar="ARTICLE", help="the article: a .txt, .md, .html or .docx file, "
                        "or the http(s):// address of a web page")
    parser.add_argument("--claims", metavar="FILE",
                        help="an edited claims file (from `claimcheck extract`) to use instead "
                             "of the extracted claims; its editor overrides appear in the report")
    parser.add_argument("--format", metavar="{" + ",".join(FORMATS) + "}",
                        help="report format (default: from each -o suffix; json on stdout)")
    parser.add_argument("-o", "--output", metavar="PATH", action="append", default=[],
                        dest="outputs",
                        help="write the report here (.html, .md or .json); repeat for several")
    add_network_options(parser)
    parser.add_argument("--fail-on", metavar="STATUS[,STATUS…]", default="",
                        help="exit 1 when a claim status or flag (contradicted, misattributed, …) "
                             "or a reference problem (retracted, pmid_mismatch, …) is found")
    parser.add_argument("--glossary", metavar="FILE", help="extra zh→en terms for the judge (YAML)")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no progress, warnings or summary on stderr")
    add_input_options(parser)
    parser.set_defaults(run=run)


def parse_fail_on(value: str) -> list[str]:
    """Split a --fail-on list and reject unknown codes (exit 2)."""
    codes = [code.strip() for code in value.split(",") if code.strip()]
    unknown = [code for code in codes if code not in FAIL_ON_VALUES]
    if unknown:
        raise InputError(f"unknown --fail-on value {unknown[0]!r}",
                         hint="choose from " + ", ".join(sorted(FAIL_ON_VALUES)))
    return codes


def run(args: argparse.Namespace) -> int:
    """Check the article, write or print the report, return the exit code."""
    from claimcheck import pipeline  # late: keeps `--help` fast and lets tests swap the pipeline

    fail_on = parse_fail_on(args.fail_on)
    if args.format is not None and args.format not in FORMATS:
        raise InputError(f"unknown --format {args.format!r}", hint="use " + ", ".join(FORMATS))
    inputs = [args.article, args.claims, args.cassette, args.glossary]
    for path in args.outputs:  # an unusable -o is a usage error before any work
        check_output_path(path, "report file", inputs)
        format_for(path, args.format)
    stderr = sys.stderr
    with progress_display(stderr, enabled=stderr.isatty() and not args.quiet) as progress:
        report = pipeline.check(
            args.article,
            claims=args.claims,
            cassette=args.cassette,
            offline=args.offline,
            cache_dir=args.cache_dir,
            no_cache=args.no_cache,
            refresh=args.refresh,
            email=args.email,
            api_key=args.api_key,
            eutils_url=args.eutils_url,
            deadline=args.deadline,
            glossary=args.glossary,
            progress=progress,
        )
    if args.outputs:
        written = write_reports(report, args.outputs, args.format)
    else:
        written = []
        text = render(report, args.format or "json")
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        sys.stdout.flush()
    if not args.quiet:
        for warning in report.warnings:
            print(f"claimcheck: warning: {warning}", file=stderr)
        print(summary_line(report, [str(p) for p in written]), file=stderr)
    return exit_code(report, fail_on, stderr=None if args.quiet else stderr)


def check_output_path(path: str, what: str = "report file",
                      inputs: Sequence[str | None] = ()) -> None:
    """Refuse an -o before any work is done (exit 2): a directory, a path under a file, one of
    the input files, or a place that cannot be written."""
    target = Path(path)
    if target.is_dir():
        raise InputError(f"is a directory, not a {what}", path=path,
                         hint="name a file inside it")
    for given in inputs:
        if given and _same_file(target, Path(given)):
            raise InputError(f"the {what} would overwrite the input {given}", path=path,
                             hint="write the output somewhere else")
    for parent in target.parents:
        if parent.exists():
            if not parent.is_dir():
                raise InputError(f"cannot write the {what}: {parent} is a file, not a directory",
                                 path=path)
            break
    _probe_writable(target, what)


def _same_file(one: Path, two: Path) -> bool:
    try:
        return one.exists() and two.exists() and os.path.samefile(one, two)
    except OSError:
        return False


def _probe_writable(target: Path, what: str) -> None:
    """Open the output (or a scratch file beside it) for writing without changing anything."""
    try:
        if target.exists():
            with target.open("ab"):
                pass
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=target.parent, prefix=".claimcheck-"):
                pass
    except OSError as exc:
        raise InputError(f"cannot write the {what}: {exc.strerror}", path=str(target),
                         hint="choose a writable place") from None


def exit_code(report: Report, fail_on: list[str], *, stderr: TextIO | None = None) -> int:
    """3 when references stayed unresolved for network reasons, 1 when --fail-on matched, else 0."""
    failed = [ref.label for ref in report.references if ref.status == "error"]
    if failed:
        if stderr:
            labels = ", ".join(f"[{label}]" for label in failed)
            print(f"claimcheck: network failure: references {labels} could not be checked",
                  file=stderr)
        return 3
    hits = fail_on_matches(report, fail_on)
    if hits:
        if stderr:
            found = ", ".join(f"{code} ×{n}" for code, n in hits.items())
            print(f"claimcheck: failing on {found}", file=stderr)
        return 1
    return 0


@contextmanager
def progress_display(stream: TextIO, *, enabled: bool) -> Iterator[ProgressCallback | None]:
    """A rich progress display on `stream` when enabled; yields the pipeline's callback or None."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn

    tasks: dict[str, TaskID] = {}
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  console=Console(file=stream), transient=True) as bar:

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(STAGE_LABELS.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update
