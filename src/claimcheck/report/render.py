"""Render a report as Markdown or HTML (jinja2 templates shipped in `templates/`) and write it."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Sequence
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Literal

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from claimcheck.errors import InputError
from claimcheck.models import Report
from claimcheck.report.triage import inherited_from
from claimcheck.report.views import build_context

Format = Literal["html", "md", "json"]
FORMATS: tuple[Format, ...] = ("html", "md", "json")

_SUFFIXES: dict[str, Format] = {
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
    ".json": "json",
}
# Every character that can open Markdown syntax inline: emphasis, code, links and images
# ([, ], (, ), !), raw HTML and autolinks (<, >), tables (|). Entities need no escape:
# a character written as an entity is text, never syntax.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]()!<>|])")


def render_markdown(report: Report) -> str:
    """The report as Markdown: summary, claims needing attention by risk, references."""
    return _environment(html=False).get_template("report.md.j2").render(build_context(report))


def render_html(report: Report) -> str:
    """The report as one self-contained HTML page (inline CSS and script, nothing remote).

    A Content-Security-Policy admits only the page's own script (by hash) and nothing remote.
    """
    script = _script()
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    context = build_context(report)
    context.update(script=Markup(script), script_hash=f"sha256-{digest}")
    return _environment(html=True).get_template("report.html.j2").render(context)


def render(report: Report, fmt: Format) -> str:
    """The report in one of FORMATS."""
    if fmt == "html":
        return render_html(report)
    if fmt == "md":
        return render_markdown(report)
    return report.to_json() + "\n"


def format_for(path: str | Path, fmt: str | None = None) -> Format:
    """The format to write `path` in: `fmt` when given, else from the suffix."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise InputError(f"unknown format {fmt!r}", hint="use html, md or json")
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIXES:
        raise InputError("cannot tell the report format from the file name", path=str(path),
                         hint="name it .html, .md or .json, or pass --format")
    return _SUFFIXES[suffix]


def write_reports(report: Report, paths: Sequence[str | Path], fmt: str | None = None) -> list[Path]:
    """Write the report to each path (format from the suffix unless `fmt`); returns the paths."""
    formats = [format_for(path, fmt) for path in paths]  # fail before writing anything
    written: list[Path] = []
    for path, each in zip(paths, formats, strict=True):
        target = Path(path)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(render(report, each), encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write the report: {exc.strerror}", path=str(path)) from exc
        written.append(target)
    return written


def md_text(value: object) -> str:
    """Escape Markdown syntax and HTML in one line of foreign text; newlines become spaces."""
    text = " ".join(str(value).split())
    return _MD_SPECIAL.sub(r"\\\1", text)


def md_code(value: object) -> str:
    """Foreign text as an inline code span: a fence longer than any backtick run inside it."""
    text = " ".join(str(value).split())
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    return f"{fence} {text} {fence}" if longest else f"{fence}{text}{fence}"


def md_quote(value: object) -> str:
    """Foreign text as a Markdown block quote, line by line."""
    lines = [_MD_SPECIAL.sub(r"\\\1", line.strip()) for line in str(value).splitlines()]
    return "\n".join(f"> {line}" if line else ">" for line in lines)


@cache
def _script() -> str:
    return (files("claimcheck.report") / "templates" / "report.js").read_text(encoding="utf-8")


@cache
def _environment(*, html: bool) -> Environment:
    env = Environment(
        loader=PackageLoader("claimcheck.report", "templates"),
        autoescape=html,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_text
    env.filters["mdquote"] = md_quote
    env.filters["mdcode"] = md_code
    env.filters["inherited_from"] = inherited_from
    return env
