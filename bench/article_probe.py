"""The judge on article-style sentences about SciFact abstracts (issue 10, the article probe).

    python bench/article_probe.py              # figures and every miss with its rationale
    python bench/article_probe.py --lang zh    # one language
    python bench/article_probe.py --json out.json
    python bench/article_probe.py --data bench/data/article_probe2.jsonl   # the second probe

Each line of bench/data/article_probe.jsonl (or of the file given with --data, such as the second
probe bench/data/article_probe2.jsonl) is a sentence a popular-science article could say about one
abstract of ../shared/scifact/corpus_cited.jsonl (cited by SciFact train claims only), with the
status a careful reader gives it. The claim, with its citation marker, goes through
`claimcheck.verify` against that abstract's title and sentences, read in place from ../shared.
A development probe: look at the misses by class, never tune a rule to one of its sentences.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any

import claimcheck

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PROBE = ROOT / "bench" / "data" / "article_probe.jsonl"
STATUSES = ("supported", "partially_supported", "contradicted", "not_found")


def load_probe(path: Path = PROBE) -> list[dict[str, Any]]:
    """The probe's rows, in file order."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_docs(doc_ids: set[int]) -> dict[int, dict[str, Any]]:
    """The cited abstracts the probe needs, from ../shared/scifact/corpus_cited.jsonl."""
    docs = {}
    with open(SHARED / "scifact" / "corpus_cited.jsonl", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if doc["doc_id"] in doc_ids:
                docs[doc["doc_id"]] = doc
    return docs


def run(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each row with the judge's status and rationale added."""
    docs = load_docs({r["doc_id"] for r in rows})
    out = []
    for row in rows:
        doc = docs[row["doc_id"]]
        verdict = claimcheck.verify(row["claim"], title=doc["title"], abstract=doc["abstract"])
        out.append({**row, "status": verdict.status, "rationale": verdict.rationale,
                    "quoted": [e.text for e in verdict.evidence[:2]]})
    return out


def figures(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Accuracy, the two worst errors and the confusion table of a set of results."""
    n = len(results)
    confusion = collections.Counter((r["expected"], r["status"]) for r in results)
    return {
        "claims": n,
        "accuracy": round(sum(r["status"] == r["expected"] for r in results) / n, 3) if n else 0.0,
        "false_supported": sum(1 for r in results
                               if r["status"] == "supported" and r["expected"] != "supported"),
        "false_contradicted": sum(1 for r in results
                                  if r["status"] == "contradicted" and r["expected"] != "contradicted"),
        "confusion": {e: {s: c for (e2, s), c in sorted(confusion.items()) if e2 == e}
                      for e in STATUSES},
    }


def _print_figures(name: str, fig: dict[str, Any]) -> None:
    print(f"{name:>4}: {fig['claims']} claims, accuracy {fig['accuracy']:.3f}, "
          f"false supported {fig['false_supported']}, false contradicted {fig['false_contradicted']}")
    for expected, row in fig["confusion"].items():
        cells = ", ".join(f"{s} {c}" for s, c in row.items())
        print(f"        expected {expected}: {cells}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=PROBE,
                        help="the probe file (default bench/data/article_probe.jsonl)")
    parser.add_argument("--lang", choices=("zh", "en"), help="only this language")
    parser.add_argument("--json", type=Path, help="also write every result to this file")
    parser.add_argument("--summary", action="store_true", help="figures only, no misses")
    args = parser.parse_args(argv)
    try:
        probe = load_probe(args.data)
    except (OSError, ValueError) as exc:
        print(f"{args.data}: cannot read the probe ({exc}); give a JSONL file with --data",
              file=sys.stderr)
        return 2
    rows = [r for r in probe if args.lang is None or r["lang"] == args.lang]
    results = run(rows)
    _print_figures("all", figures(results))
    for lang in ("zh", "en"):
        part = [r for r in results if r["lang"] == lang]
        if part:
            _print_figures(lang, figures(part))
    misses = [r for r in results if r["status"] != r["expected"]]
    print(f"{len(misses)} misses" if args.summary else f"\n{len(misses)} misses")
    for r in [] if args.summary else misses:
        print(f"\n{r['id']} [{r['kind']}] expected {r['expected']}, got {r['status']}")
        print(f"  claim: {r['claim']}")
        if r.get("note"):
            print(f"  note: {r['note']}")
        print(f"  rationale: {r['rationale']}")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
