"""`claimcheck resolve`: find each reference's PubMed record and check the citation."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from claimcheck.commands.common import add_input_options, add_network_options
from claimcheck.errors import InputError
from claimcheck.models import Reference, Resolution, ResolvedReference

STATUS_STYLE = {"resolved": "green", "not_indexed": "yellow", "not_found": "red",
                "ambiguous": "magenta", "error": "bold red"}


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "resolve", help="resolve an article's references through PubMed and check them",
        description="Resolve every reference of an article (or one free-text reference, or a "
                    "PMID) to its PubMed record: how it was found, how sure, what the citation "
                    "got wrong, retractions and corrections. Exit 3 when a network failure "
                    "left references unresolved.")
    parser.add_argument("article", nargs="?", metavar="ARTICLE",
                        help="article file (.txt, .md, .html, .docx) or http(s):// URL "
                             "with a reference list")
    parser.add_argument("--ref", metavar="TEXT", help="resolve one free-text reference")
    parser.add_argument("--pmid", metavar="N", help="resolve one PMID")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="JSON on stdout")
    output.add_argument("--csl", action="store_true", help="CSL-JSON of the references")
    add_network_options(parser)
    add_input_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    references = _references(args)
    resolution = _resolve(references, args)
    if args.csl:
        from claimcheck.resolve import to_csl_json

        items = to_csl_json(resolution.references, references)
        print(json.dumps(items, ensure_ascii=False, indent=2))
    elif args.json:
        print(json.dumps(to_json(resolution), ensure_ascii=False, indent=2))
    else:
        print_table(resolution, Console(soft_wrap=False))
    failed = [r.label for r in resolution.references if r.status == "error"]
    if failed:
        print(f"claimcheck: {len(failed)} reference(s) could not be resolved because of a "
              f"network or offline failure: {', '.join(failed)}", file=sys.stderr)
        return 3
    return 0


def _references(args: argparse.Namespace) -> list[Reference]:
    given = [name for name in ("article", "ref", "pmid") if getattr(args, name)]
    if len(given) != 1:
        raise InputError("give exactly one of ARTICLE, --ref TEXT or --pmid N",
                         hint="e.g. claimcheck resolve article.txt")
    if args.pmid:
        pmid = str(args.pmid).strip()
        if not pmid.isdigit():
            raise InputError(f"--pmid {args.pmid!r} is not a PMID", hint="digits only")
        return [Reference(label="1", raw=f"PMID: {pmid}", pmid=pmid)]
    from claimcheck.article import parse_article, parse_reference

    if args.ref:
        if not args.ref.strip():
            raise InputError("--ref is empty", hint="give the reference text in quotes")
        return [parse_reference(args.ref.strip(), "1")]
    article = parse_article(args.article)
    for warning in article.warnings:
        print(f"claimcheck: warning: {warning}", file=sys.stderr)
    if not article.references:
        raise InputError("no reference list found", path=str(args.article),
                         hint="references go under a heading such as 参考文献 or References")
    return list(article.references)


def _resolve(references: list[Reference], args: argparse.Namespace) -> Resolution:
    from claimcheck.entrez import open_client
    from claimcheck.resolve import resolve_references

    with open_client(cassette=args.cassette, offline=args.offline, cache_dir=args.cache_dir,
                     no_cache=args.no_cache, refresh=args.refresh, email=args.email,
                     api_key=args.api_key, eutils_url=args.eutils_url,
                     deadline=args.deadline) as client:
        resolution = resolve_references(references, client, progress=_progress())
        for warning in client.warnings:
            print(f"claimcheck: warning: {warning}", file=sys.stderr)
        return resolution


def _progress() -> Callable[[int, int], None] | None:
    if not sys.stderr.isatty():
        return None
    console = Console(stderr=True)

    def report(done: int, total: int) -> None:
        console.print(f"[dim]resolved {done}/{total} references[/dim]", end="\r")

    return report


def to_json(resolution: Resolution) -> dict[str, Any]:
    """The `resolve --json` document: requests, mode and one object per reference."""
    return {
        "requests": resolution.requests,
        "mode": resolution.mode,
        "references": [_reference_json(r) for r in resolution.references],
    }


def _reference_json(resolved: ResolvedReference) -> dict[str, Any]:
    data = resolved.model_dump(mode="json", exclude={"record"})
    record = resolved.record
    if record is not None:
        data["record"] = {"title": record.title, "journal": record.journal,
                          "journal_iso": record.journal_iso, "year": record.year,
                          "volume": record.volume, "issue": record.issue,
                          "pages": record.pages or record.elocation,
                          "authors": [a.display() for a in record.authors],
                          "publication_types": record.publication_types}
    return data


def print_table(resolution: Resolution, console: Console) -> None:
    """One row per reference: status, identifiers, method, confidence, problems."""
    table = Table(title=f"References ({resolution.requests} requests, {resolution.mode})")
    for column in ("ref", "status", "PMID", "method", "conf.", "citation problems / reason"):
        table.add_column(column, overflow="fold")
    for ref in resolution.references:
        table.add_row(escape(ref.label), f"[{STATUS_STYLE[ref.status]}]{ref.status}[/]",
                      ref.pmid or "—", ref.method if ref.status == "resolved" else "—",
                      f"{ref.confidence:.2f}" if ref.status == "resolved" else "—",
                      _problems(ref))
    console.print(table)


def _problems(ref: ResolvedReference) -> str:
    lines: list[str] = []
    if ref.retracted:
        lines.append("[bold red]RETRACTED[/]")
    lines += [f"{c.type.replace('_', ' ')} PMID {c.pmid or '?'}" for c in ref.corrections
              if c.type != "retraction_in" or not ref.retracted]
    lines += [escape(f"{d.severity}: {d.field} “{d.cited}” ≠ “{d.record or '?'}”")
              for d in ref.discrepancies]
    if ref.not_checkable:
        lines.append(f"[dim]not checkable: {', '.join(ref.not_checkable)}[/]")
    if ref.status != "resolved":
        lines.append(escape(ref.reason))
        lines += [escape(f"candidate PMID {c.pmid}: {c.why_rejected}")
                  for c in ref.candidates[:3]]
    return "\n".join(lines) or "[green]citation agrees[/]"
