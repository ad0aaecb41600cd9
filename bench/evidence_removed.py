"""Evidence-removed test of the judge: the cited abstract without the sentences that state the claim.

    python bench/evidence_removed.py                 # counts, and every claim still supported
    python bench/evidence_removed.py --summary --json out.json

For every development-probe row (bench/data/article_probe.jsonl … article_probe10.jsonl; never a
held-out probe) labelled `supported` whose evidence is quoted, the abstract is read again with
every sentence holding a quoted evidence passage left out (the title too, when it holds one).
What remains is the same study on the same topic, with every word of the claim nearby but not
the statement itself: the hardest wrong source there is. A claim still `supported` is a false
supported unless another sentence restates the finding (a conclusion often repeats a result;
read the survivors by hand). Fewer is better, never at the cost of the probes' own figures.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any

from probe_rows import cited_docs, probe_paths, probe_rows

import claimcheck
from claimcheck.evidence.text import split_sentences

PROBES = probe_paths(10)


def _sentences(doc: dict[str, Any]) -> list[str]:
    abstract = doc["abstract"]
    parts = abstract if isinstance(abstract, list) else [abstract]
    return [s for part in parts for s in split_sentences(part)]


def _holds(sentence: str, evidence: list[str]) -> bool:
    """Does this sentence hold (or sit inside) one of the quoted evidence passages?"""
    return any(e in sentence or sentence in e for e in evidence)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write every verdict here")
    parser.add_argument("--summary", action="store_true", help="counts only")
    args = parser.parse_args(argv)
    rows = probe_rows(PROBES)
    docs = cited_docs(rows)
    tally: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    out = []
    for row in rows:
        evidence = [e for e in row.get("evidence") or [] if e.strip()]
        if row["expected"] != "supported" or not evidence:
            continue
        doc = docs[row["doc_id"]]
        kept = [s for s in _sentences(doc) if not _holds(s, evidence)]
        title = "" if _holds(doc["title"], evidence) else doc["title"]
        verdict = claimcheck.verify(row["claim"], title=title, abstract=kept)
        tally[row["lang"]][verdict.status] += 1
        out.append({"id": row["id"], "lang": row["lang"], "claim": row["claim"],
                    "status": verdict.status, "rationale": verdict.rationale,
                    "quoted": [e.text for e in verdict.evidence][:2]})
        if verdict.status == "supported" and not args.summary:
            print(f"{row['id']}: {row['claim']}\n    {verdict.rationale}")
            for e in verdict.evidence[:2]:
                print(f"    > {e.text[:200]}")
    for lang, counts in sorted(tally.items()):
        total = sum(counts.values())
        print(f"evidence removed ({lang}): {total} claims, supported {counts['supported']}, "
              f"partially_supported {counts['partially_supported']}, contradicted "
              f"{counts['contradicted']}, other "
              f"{total - counts['supported'] - counts['partially_supported'] - counts['contradicted']}")
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
