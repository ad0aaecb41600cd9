"""Which key terms keep gold-supported English claims from being stated (session 11).

For every English probe row (1-7) expected supported or partially supported, and every
SciFact train EN pair labelled SUPPORT, that a measurement left `not_found` (or, with
`--all`, not `supported`), the claim is read again against its abstract and the best
sentence's missing key terms are tallied: how often each term is missing, and its kind
(glossary kind, or everyday / rare English). The same tally over gold NOINFO pairs left
`not_found` shows what a fix letting a term through would risk.

    python bench/tally_missing.py --results DIR   # a directory bench/measure.sh wrote [--all] [--top 60] [--rows]
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
from pathlib import Path
from typing import Any

from claimcheck.evidence.analysis import analyse
from claimcheck.evidence.glossary import Glossary, load_glossary
from claimcheck.evidence.judge import _Judge
from claimcheck.evidence.match import everyday
from claimcheck.evidence.sources import build_source, with_claim_abbreviations
from claimcheck.evidence.verify import rejoined
from claimcheck.models import AbstractSection, ResolvedReference, SourceRecord

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _corpus() -> dict[int, dict[str, Any]]:
    with open(SHARED / "scifact" / "corpus_cited.jsonl", encoding="utf-8") as fh:
        return {d["doc_id"]: d for d in map(json.loads, fh)}


def missing_terms(claim: str, doc: dict[str, Any], g: Glossary) -> tuple[list[str], float, str]:
    """The best sentence's missing key terms (as printed), its score and its text."""
    record = SourceRecord(pmid="", title=doc["title"], abstract=[
        AbstractSection(text=s) for s in rejoined(list(doc["abstract"])) if s.strip()])
    ref = ResolvedReference(label="1", status="resolved", record=record, method="pmid")
    source = with_claim_abbreviations(build_source("1", ref, {}, {}, g), claim, g)
    analysed = analyse(claim, g, claim=True)
    judge = _Judge(g, {"1": source}, {})
    anchors = any(q.is_anchor for q in analysed.quantities)
    best = judge._best_units(analysed, [source], 1, findings_only=not anchors)
    if not best:
        return [], 0.0, ""
    unit, cov = best[0]
    return ([f"{analysed.terms.surface.get(c, c.lstrip('~'))}|{_kind(c, g)}"
             for c in sorted(cov.missing)], cov.score, unit.text)


def _kind(concept: str, g: Glossary) -> str:
    kind = g.kind(concept)
    if concept.startswith("~"):
        return "everyday" if everyday(concept) else "rare"
    return kind or "concept"


def rows(results: Path, everything: bool) -> list[tuple[str, str, str, int, str]]:
    """(id, gold, status, doc_id, claim) of the rows to read."""
    out = []
    for path in sorted(glob.glob(str(results / "probe*.json"))):
        with open(path, encoding="utf-8") as fh:
            probe = json.load(fh)
        for r in probe:
            if r["lang"] != "en":
                continue
            gold = "SUPPORT" if r["expected"] in ("supported", "partially_supported") else "NO"
            out.append((r["id"], gold, r["status"], r["doc_id"], r["claim"]))
    with open(results / "scifact-train-en.jsonl", encoding="utf-8") as fh:
        for d in map(json.loads, fh):
            out.append((f"sf-{d['claim_id']}-{d['doc_id']}", d["gold"], d["status"],
                        d["doc_id"], d["claim"]))
    wanted = ("not_found", "partially_supported") if everything else ("not_found",)
    return [r for r in out if r[2] in wanted and r[1] in ("SUPPORT", "NOINFO", "NO")]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--results", type=Path, required=True)
    ap.add_argument("--all", action="store_true", help="also partially supported rows")
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--rows", action="store_true", help="print each row's missing terms")
    args = ap.parse_args(argv)
    g = load_glossary()
    docs = _corpus()
    pos: collections.Counter[str] = collections.Counter()
    neg: collections.Counter[str] = collections.Counter()
    for rid, gold, status, doc_id, claim in rows(args.results, args.all):
        terms, score, text = missing_terms(claim, docs[doc_id], g)
        (pos if gold == "SUPPORT" else neg).update(terms)
        if args.rows and gold == "SUPPORT":
            print(f"{rid} {status} {score:.2f} missing={terms}\n  C: {claim}\n  S: {text}")
    print(f"{'term|kind':40} supported-gold  not-supported-gold")
    for term, n in pos.most_common(args.top):
        print(f"{term:40} {n:5} {neg[term]:5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
