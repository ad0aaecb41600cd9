"""The third, held-out article probe (bench/data/article_probe3.jsonl) has the shape the runner reads.

These tests check the data file only (fields, train-only sources, verbatim quotes, apart from the
other two probes), never the judge's score on it: the probe is run once, at the end of a session.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_article_probe import _cited, _rows  # the tests directory is on sys.path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
PROBE3 = DATA / "article_probe3.jsonl"
SCIFACT = ROOT.parent / "shared" / "scifact"
FIELDS = {"id", "lang", "doc_id", "claim", "expected", "evidence", "kind", "note"}
EXPECTED = {"supported", "partially_supported", "contradicted", "not_found"}

def test_rows_parse_with_the_fields_and_a_known_status() -> None:
    rows = _rows(PROBE3)
    assert 90 <= len(rows) <= 110
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) == FIELDS, r["id"]
        assert r["lang"] in ("zh", "en") and isinstance(r["doc_id"], int)
        assert r["id"] == f"p3-{r['lang']}-{r['doc_id']}-{r['id'][-2:]}"
        assert r["expected"] in EXPECTED
        assert r["claim"].strip() and r["kind"].strip() and "[1]" in r["claim"]
        if r["expected"] == "not_found":
            assert r["evidence"] is None, r["id"]
        else:
            assert r["evidence"] and all(isinstance(q, str) and q for q in r["evidence"]), r["id"]


def test_both_languages_every_status_and_one_language_per_abstract() -> None:
    rows = _rows(PROBE3)
    for lang in ("zh", "en"):
        assert {r["expected"] for r in rows if r["lang"] == lang} == EXPECTED
    assert 0.4 <= sum(r["lang"] == "zh" for r in rows) / len(rows) <= 0.6
    doc_ids = {r["doc_id"] for r in rows}
    assert 12 <= len(doc_ids) <= 14
    for doc_id in doc_ids:
        assert len({r["lang"] for r in rows if r["doc_id"] == doc_id}) == 1, doc_id
        assert 6 <= sum(r["doc_id"] == doc_id for r in rows) <= 9, doc_id


def test_apart_from_the_first_and_second_probes() -> None:
    rows = _rows(PROBE3)
    doc_ids = {r["doc_id"] for r in rows}
    first = _rows(DATA / "article_probe.jsonl")
    second_path = DATA / "article_probe2.jsonl"
    second_ids = {r["doc_id"] for r in _rows(second_path)}
    assert not doc_ids & {r["doc_id"] for r in first}
    assert not doc_ids & second_ids
    claims = {r["claim"] for r in rows}
    assert not claims & {r["claim"] for r in first}
    if second_path.exists():
        assert not claims & {r["claim"] for r in _rows(second_path)}


@pytest.mark.skipif(not SCIFACT.is_dir(), reason="../shared/scifact is missing")
def test_sources_are_cited_by_train_claims_only_and_quotes_are_verbatim() -> None:
    rows = _rows(PROBE3)
    dev, train = _cited("claims_dev.jsonl"), _cited("claims_train.jsonl")
    docs = {}
    with open(SCIFACT / "corpus_cited.jsonl", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            docs[doc["doc_id"]] = doc["title"] + " " + " ".join(doc["abstract"])
    for r in rows:
        assert r["doc_id"] in docs, r["id"]
        assert r["doc_id"] in train and r["doc_id"] not in dev, r["id"]
        for quote in r["evidence"] or []:
            assert quote in docs[r["doc_id"]], (r["id"], quote)
