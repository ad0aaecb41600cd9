"""The development probes' rows and the SciFact abstracts they were written on, for the stress
tests that rewrite or re-read probe claims (bench/mutations.py, bench/invariance.py,
bench/evidence_removed.py). Held-out probes are never listed here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from article_probe import ROOT, load_docs, load_probe

import claimcheck


def probe_paths(last: int) -> list[Path]:
    """bench/data/article_probe.jsonl, article_probe2.jsonl … article_probe<last>.jsonl."""
    return [ROOT / "bench" / "data" / ("article_probe.jsonl" if i == 1 else f"article_probe{i}.jsonl")
            for i in range(1, last + 1)]


def probe_rows(paths: list[Path]) -> list[dict[str, Any]]:
    """Every labelled row of these probe files, in order."""
    return [row for path in paths for row in load_probe(path)]


def cited_docs(rows: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """The SciFact abstracts (../shared/scifact/corpus_cited.jsonl) these rows were written on."""
    return load_docs({r["doc_id"] for r in rows})


def judged_supported(rows: list[dict[str, Any]], docs: dict[int, dict[str, Any]]
                     ) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Each row labelled `supported` that the judge calls `supported`, with its abstract: the
    claims a rewrite may start from."""
    for row in rows:
        if row["expected"] != "supported":
            continue
        doc = docs[row["doc_id"]]
        if claimcheck.verify(row["claim"], title=doc["title"],
                             abstract=doc["abstract"]).status == "supported":
            yield row, doc
