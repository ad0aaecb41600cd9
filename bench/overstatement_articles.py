"""Overstatement flags on the seed article and the four dev-corpus articles, against hand checks.

Usage: python bench/overstatement_articles.py [--shared ../shared]

Runs `claimcheck.check` on claims/msc-sle-2022 (its cassette) and on each article of
../shared/dev-corpus/articles (through that corpus's fake E-utilities server on loopback),
prints every overstatement flag, and compares each with bench/data/overstatement_expected.yaml:
a flag listed there as `correct: true` was checked by hand as a real overstatement.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

import claimcheck
from claimcheck.strength import CODES

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = ROOT / "bench" / "data" / "overstatement_expected.yaml"
DEV_ARTICLES = ("metformin-zh", "glp1-zh", "ecig-en", "sglt2-en")


@contextmanager
def fake_eutils(corpus: Path) -> Iterator[str]:
    """The dev corpus's fake E-utilities server, in-process on loopback; yields its base URL."""
    spec = importlib.util.spec_from_file_location("dev_fake_eutils", corpus / "fake_eutils.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {corpus / 'fake_eutils.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    server = module.make_server(0, records_dir=str(corpus / "records"), rate_limit=0,
                                rate_limit_key=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/entrez/eutils/"
    finally:
        server.shutdown()
        server.server_close()


def article_flags(shared: Path) -> dict[str, list[dict[str, Any]]]:
    """article id → its overstatement flags (claim id, code, label, quotes, strengths)."""
    found: dict[str, list[dict[str, Any]]] = {}
    seed = claimcheck.check(ROOT / "claims" / "msc-sle-2022" / "article.txt",
                            claims=ROOT / "claims" / "msc-sle-2022" / "claims.yaml",
                            cassette=ROOT / "cassettes" / "msc-sle-2022.yaml")
    found["msc-sle-2022"] = _flags(seed)
    corpus = shared / "dev-corpus"
    with fake_eutils(corpus) as url:
        for name in DEV_ARTICLES:
            report = claimcheck.check(corpus / "articles" / f"{name}.md", eutils_url=url,
                                      no_cache=True, email="bench@example.org")
            found[name] = _flags(report)
    return found


def _flags(report: claimcheck.Report) -> list[dict[str, Any]]:
    return [{"claim": claim.text, "status": claim.status, "code": flag.code, "label": flag.label,
             "claim_quote": flag.claim_quote, "claim_strength": flag.claim_strength,
             "source_quote": flag.source_quote, "source_strength": flag.source_strength,
             "source_design": flag.source_design, "detail": flag.detail}
            for claim in report.claims for flag in claim.flags if flag.code in CODES]


def compare(found: dict[str, list[dict[str, Any]]], expected: dict[str, Any]) -> dict[str, Any]:
    """Per code: flags shown, hand-checked correct, precision; flags with no hand check."""
    by_key = {(a, e["claim"], e["code"], str(e.get("label"))): bool(e["correct"])
              for a, entries in expected.items() for e in entries or []}
    counts: dict[str, dict[str, int]] = {code: {"shown": 0, "correct": 0} for code in CODES}
    unchecked = []
    for article, flags in found.items():
        for flag in flags:
            key = (article, flag["claim"], flag["code"], str(flag["label"]))
            counts[flag["code"]]["shown"] += 1
            if key not in by_key:
                unchecked.append(key)
            elif by_key[key]:
                counts[flag["code"]]["correct"] += 1
    missing = [key for key in by_key if key not in
               {(a, f["claim"], f["code"], str(f["label"])) for a, fl in found.items() for f in fl}]
    precision = {code: (c["correct"] / c["shown"] if c["shown"] else None)
                 for code, c in counts.items()}
    return {"counts": counts, "precision": precision, "unchecked": unchecked,
            "expected_not_shown": missing}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    found = article_flags(args.shared)
    expected = yaml.safe_load(EXPECTED.read_text("utf-8")) if EXPECTED.is_file() else {}
    for article, flags in found.items():
        print(f"{article}: {len(flags)} overstatement flag(s)")
        for flag in flags:
            print(f"  [{flag['code']}] ref {flag['label']} ({flag['status']}): {flag['claim']}")
            print(f"      claim {flag['claim_strength']} “{flag['claim_quote']}” / source "
                  f"{flag['source_strength']} “{flag['source_quote']}” — {flag['source_design']}")
    result = compare(found, expected or {})
    for code, c in result["counts"].items():
        p = result["precision"][code]
        print(f"{code}: {c['shown']} shown, {c['correct']} correct by hand check"
              + (f", precision {p:.2f}" if p is not None else ""))
    for key in result["unchecked"]:
        print(f"not hand-checked yet: {key}")
    for key in result["expected_not_shown"]:
        print(f"expected but not shown: {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
