"""The third, held-out article probe (bench/data/article_probe3.jsonl) has the shape the runner reads.

These tests check the data file only (fields, balance, apart from the other two probes; its
train-only sources and verbatim quotes are checked with the others in test_article_probe.py),
never the judge's score on it: the probe is run once, at the end of a session.
"""

from __future__ import annotations

from pathlib import Path

from test_article_probe import EXPECTED, FIELDS, PROBE3, _rows  # tests/ is on sys.path

DATA = Path(__file__).resolve().parent.parent / "bench" / "data"


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
    second = _rows(DATA / "article_probe2.jsonl")
    assert not doc_ids & {r["doc_id"] for r in first}
    assert not doc_ids & {r["doc_id"] for r in second}
    claims = {r["claim"] for r in rows}
    assert not claims & {r["claim"] for r in first}
    assert not claims & {r["claim"] for r in second}
