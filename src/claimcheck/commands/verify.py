"""`claimcheck verify`: one claim against one source (a PMID, or an abstract in a file)."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape

from claimcheck.commands.common import add_network_options
from claimcheck.errors import InputError
from claimcheck.models import SourceRecord, Verdict


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "verify", help="judge one claim against one source (PMID or abstract file)",
        description="Judge one claim, Chinese or English, against the title and abstract of "
                    "one source: a PubMed record fetched by PMID, or an abstract in a text "
                    "file. Prints the status, the deciding source sentences and why.")
    parser.add_argument("claim", metavar="CLAIM", help="the claim, in quotes")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--pmid", metavar="N", help="fetch the source's PubMed record")
    source.add_argument("--abstract-file", metavar="FILE",
                        help="a UTF-8 (or GB18030) text file holding the abstract")
    parser.add_argument("--title", default="", help="the source's title (with --abstract-file)")
    parser.add_argument("--json", action="store_true", help="the verdict as JSON on stdout")
    add_network_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from claimcheck.evidence import verify

    claim = str(args.claim).strip()
    if not claim:
        raise InputError("the claim is empty", hint='give it in quotes: claimcheck verify "…"')
    if args.pmid:
        verdict = verify(claim, record=_fetch(args))
    else:
        title, abstract = args.title, _read_abstract(args.abstract_file)
        if not title:
            title, abstract = split_title(abstract)
            if title:
                Console(stderr=True, soft_wrap=True).print(
                    f"[dim]reading the first line of {escape(args.abstract_file)} as the "
                    "title (give --title to set it)[/dim]")
        verdict = verify(claim, title=title, abstract=abstract)
    if args.json:
        print(json.dumps(verdict.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        show(verdict, Console(soft_wrap=True))
    return 0


def show(verdict: Verdict, console: Console) -> None:
    """Status, rationale, then each deciding sentence with its section and role."""
    console.print(f"[bold]{verdict.status}[/bold]  {escape(verdict.rationale)}")
    for item in verdict.evidence:
        where = item.section or item.source
        console.print(f"  {item.role:<12} [dim]{escape(where)}[/dim]  {escape(item.text)}")


def _fetch(args: argparse.Namespace) -> SourceRecord:
    from claimcheck.entrez import open_client

    pmid = str(args.pmid).strip()
    if not pmid.isdigit():
        raise InputError(f"--pmid {args.pmid!r} is not a PMID", hint="digits only")
    with open_client(cassette=args.cassette, offline=args.offline, cache_dir=args.cache_dir,
                     no_cache=args.no_cache, refresh=args.refresh, email=args.email,
                     api_key=args.api_key, eutils_url=args.eutils_url,
                     deadline=args.deadline) as client:
        record = client.efetch_pubmed([pmid]).get(pmid)
    if record is None:
        raise InputError(f"PubMed has no record {pmid}", hint="check the PMID")
    return record


def _read_abstract(name: str) -> str:
    from claimcheck.article.decode import decode_bytes, read_file_bytes

    data = read_file_bytes(Path(name), where=name, what="the abstract file",
                           missing="abstract file not found",
                           missing_hint="give a text file holding the abstract",
                           not_file_hint="give a text file, not a folder")
    return decode_bytes(data, path=name).text


#: a line that ends as a sentence does (a title does not)
_SENTENCE_END = re.compile(r"[.!?。！？]['\"”’)）]*\s*$")


def split_title(text: str) -> tuple[str, str]:
    """The first line as the title where it reads as one (no sentence-final stop, at most 300
    characters, more text after it), and the rest; else no title and the whole text. Read as
    an abstract sentence, a title ("X versus Y for Z") would be taken for a finding."""
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    if not rest.strip() or len(first) > 300 or _SENTENCE_END.search(first) or \
            first.endswith((":", "：")):
        return "", text
    return first, rest
