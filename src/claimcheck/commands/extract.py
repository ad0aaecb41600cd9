"""`claimcheck extract`: an article's claims, citation links and parsed reference list."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from claimcheck.article import dump_claims, parse_article
from claimcheck.commands.check import check_output_path
from claimcheck.commands.common import add_input_options
from claimcheck.errors import InputError
from claimcheck.models import Article


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "extract", help="list an article's claims and parse its reference list",
        description="Split an article (.txt, .md, .html, .docx or a web page URL) into sentences, link each claim to the "
                    "references it cites and parse the reference list. Prints the editable "
                    "claims file (YAML) unless --json or -o is given. Exit 2 when the article "
                    "cannot be read.")
    parser.add_argument("article", metavar="ARTICLE", help="article file (.txt, .md, .html, .docx) or http(s):// URL")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true",
                        help="print references, claims and warnings as JSON")
    output.add_argument("-o", "--output", metavar="claims.yaml",
                        help="write the claims file here instead of printing it")
    add_input_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.output:
        check_output_path(args.output, "claims file", [args.article])
    article = parse_article(args.article)
    for warning in article.warnings:
        print(f"claimcheck: warning: {' '.join(warning.split())}", file=sys.stderr)
    if args.json:
        print(json.dumps(to_json(article), ensure_ascii=False, indent=2))
    elif args.output:
        target = Path(args.output)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(dump_claims(article), encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write the claims file: {exc.strerror}",
                             path=str(target)) from None
        print(f"claimcheck: wrote {len(article.claims)} claims and "
              f"{len(article.references)} references to {target}", file=sys.stderr)
    else:
        sys.stdout.write(dump_claims(article))
    return 0


def to_json(article: Article) -> dict[str, Any]:
    """The `extract --json` document: references, claims, warnings and article facts."""
    return {
        "article": {"path": article.path, "title": article.title, "format": article.format,
                    "encoding": article.encoding, "sha256": article.sha256,
                    "url": article.url},
        "references": [r.model_dump(mode="json") for r in article.references],
        "claims": [c.model_dump(mode="json") for c in article.claims],
        "warnings": article.warnings,
    }
