"""Overstatement flags on the seed article and the four dev-corpus articles, against hand checks.

Usage: python bench/overstatement_articles.py [--shared ../shared]

Runs `claimcheck.check` on claims/msc-sle-2022 (its cassette) and on each article of
../shared/dev-corpus/articles (through that corpus's fake E-utilities server on loopback),
prints every overstatement flag, and compares each with bench/data/overstatement_expected.yaml:
a flag listed there as `correct: true` was checked by hand as a real overstatement.

Then runs the written article bench/data/overstatement_coffee/ (made-up records served by
tests/fake_eutils.py) and prints each flag's precision and recall against its hand labels
(expected.yaml there, one entry per claim).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

import claimcheck
from claimcheck.entrez import EntrezClient
from claimcheck.strength import CODES

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = ROOT / "bench" / "data" / "overstatement_expected.yaml"
WRITTEN = ROOT / "bench" / "data" / "overstatement_coffee"
RESULTS = ROOT / "bench" / "results" / "overstatement_written.json"
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


def written_article_flags(folder: Path = WRITTEN) -> list[tuple[str, set[str]]]:
    """(claim text, overstatement codes shown) for every claim of the written article."""
    sys.path.insert(0, str(ROOT / "tests"))
    from fake_eutils import running  # the test suite's fake E-utilities server

    records = yaml.safe_load((folder / "records.yaml").read_text("utf-8"))
    for fake in running(records):
        client = EntrezClient(base_url=fake.url, rate=0, backoff=0.0)
        report = claimcheck.check(folder / "article.md", client=client)
        return [(c.text, {f.code for f in c.flags if f.code in CODES}) for c in report.claims]
    raise RuntimeError("the fake E-utilities server did not start")


def score_written(shown: list[tuple[str, set[str]]], labels: list[dict[str, Any]]
                  ) -> dict[str, Any]:
    """Per code: true/false positives, misses, precision and recall against the hand labels."""
    def labelled(text: str) -> set[str]:
        hits = [set(e["flags"] or []) for e in labels if text.startswith(e["claim"])]
        if len(hits) != 1:
            raise ValueError(f"claim has {len(hits)} hand labels, needs 1: {text[:70]}")
        return hits[0]

    counts = {code: {"tp": 0, "fp": 0, "fn": 0} for code in CODES}
    errors = []
    for text, codes in shown:
        gold = labelled(text)
        for code in CODES:
            kind = ("tp" if code in gold else "fp") if code in codes else (
                "fn" if code in gold else None)
            if kind:
                counts[code][kind] += 1
                if kind != "tp":
                    errors.append({"claim": text, "code": code,
                                   "error": "false flag" if kind == "fp" else "missed"})
    scores = {}
    for code, c in counts.items():
        shown_n, gold_n = c["tp"] + c["fp"], c["tp"] + c["fn"]
        scores[code] = {**c, "precision": round(c["tp"] / shown_n, 3) if shown_n else None,
                        "recall": round(c["tp"] / gold_n, 3) if gold_n else None}
    return {"claims": len(shown), "flags": scores, "errors": errors}


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
    labels = yaml.safe_load((WRITTEN / "expected.yaml").read_text("utf-8"))
    written = score_written(written_article_flags(), labels)
    print(f"written article {WRITTEN.name} ({written['claims']} claims, hand-labelled):")
    for code, c in written["flags"].items():
        p = "n/a" if c["precision"] is None else f"{c['precision']:.2f}"
        r = "n/a" if c["recall"] is None else f"{c['recall']:.2f}"
        print(f"  {code}: {c['tp'] + c['fp']} shown, {c['tp']} right, {c['fn']} missed; "
              f"precision {p}, recall {r}")
    for error in written["errors"]:
        print(f"  {error['error']}: [{error['code']}] {error['claim']}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(written, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
