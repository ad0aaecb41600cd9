"""The article probe's data file has the shape bench/article_probe.py reads (not the judge's scores)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "bench" / "data" / "article_probe.jsonl"
SCIFACT = ROOT.parent / "shared" / "scifact"
FIELDS = {"id", "lang", "doc_id", "claim", "expected", "evidence", "kind", "note"}
EXPECTED = {"supported", "partially_supported", "contradicted", "not_found"}


def _rows() -> list[dict[str, Any]]:
    with open(PROBE, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _cited(name: str) -> set[int]:
    ids: set[int] = set()
    with open(SCIFACT / name, encoding="utf-8") as fh:
        for line in fh:
            claim = json.loads(line)
            ids.update(claim["cited_doc_ids"])
            ids.update(int(k) for k in claim["evidence"])
    return ids


def test_rows_have_the_fields_and_a_known_status() -> None:
    rows = _rows()
    assert len(rows) >= 60
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert set(r) == FIELDS, r["id"]
        assert r["lang"] in ("zh", "en")
        assert r["expected"] in EXPECTED
        assert isinstance(r["doc_id"], int)
        assert r["claim"].strip() and r["kind"].strip()
        if r["expected"] == "not_found":
            assert r["evidence"] is None, r["id"]
        else:
            assert r["evidence"] and all(isinstance(q, str) and q for q in r["evidence"]), r["id"]


def test_both_languages_and_every_status_are_present() -> None:
    rows = _rows()
    for lang in ("zh", "en"):
        assert {r["expected"] for r in rows if r["lang"] == lang} == EXPECTED
    assert 0.35 <= sum(r["lang"] == "zh" for r in rows) / len(rows) <= 0.65


@pytest.mark.skipif(not SCIFACT.is_dir(), reason="../shared/scifact is missing")
def test_sources_are_train_only_and_quotes_are_verbatim() -> None:
    rows = _rows()
    dev = _cited("claims_dev.jsonl")
    train = _cited("claims_train.jsonl")
    docs = {}
    with open(SCIFACT / "corpus_cited.jsonl", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            docs[doc["doc_id"]] = doc["title"] + " " + " ".join(doc["abstract"])
    for r in rows:
        assert r["doc_id"] in train and r["doc_id"] not in dev, r["id"]
        for quote in r["evidence"] or []:
            assert quote in docs[r["doc_id"]], (r["id"], quote)
