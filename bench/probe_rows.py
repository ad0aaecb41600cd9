"""The development probes' rows and the SciFact abstracts they were written on, for the stress
tests that rewrite or re-read probe claims (bench/mutations.py, bench/invariance.py,
bench/evidence_removed.py). Held-out probes are never listed here."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def probe_paths(last: int) -> list[Path]:
    """bench/data/article_probe.jsonl, article_probe2.jsonl … article_probe<last>.jsonl."""
    return [ROOT / "bench" / "data" / ("article_probe.jsonl" if i == 1 else f"article_probe{i}.jsonl")
            for i in range(1, last + 1)]


def probe_rows(paths: list[Path]) -> list[dict[str, Any]]:
    """Every labelled row of these probe files, in order."""
    return [json.loads(line) for path in paths
            for line in path.read_text("utf-8").splitlines() if line.strip()]


def cited_docs(rows: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """The SciFact abstracts (../shared/scifact/corpus_cited.jsonl) these rows were written on."""
    wanted = {r["doc_id"] for r in rows}
    docs: dict[int, dict[str, Any]] = {}
    with open(SHARED / "scifact" / "corpus_cited.jsonl", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if doc["doc_id"] in wanted:
                docs[doc["doc_id"]] = doc
    return docs
