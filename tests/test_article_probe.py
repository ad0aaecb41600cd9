"""The article probes' data files have the shape bench/article_probe.py reads (not the judge's scores).

Two probes: bench/data/article_probe.jsonl (the first, tuned on) and
bench/data/article_probe2.jsonl (the second, on other abstracts, labelled before the judge ran).
Probes 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 13 (each held out in its turn) have their own data tests
(test_article_probe3.py, test_article_probes_held_out.py); the sources and quotes of every probe
are checked here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "bench" / "data" / "article_probe.jsonl"
PROBE2 = ROOT / "bench" / "data" / "article_probe2.jsonl"
PROBE3 = ROOT / "bench" / "data" / "article_probe3.jsonl"
PROBE4 = ROOT / "bench" / "data" / "article_probe4.jsonl"
PROBE5 = ROOT / "bench" / "data" / "article_probe5.jsonl"
PROBE6 = ROOT / "bench" / "data" / "article_probe6.jsonl"
PROBE7 = ROOT / "bench" / "data" / "article_probe7.jsonl"
PROBE8 = ROOT / "bench" / "data" / "article_probe8.jsonl"
PROBE9 = ROOT / "bench" / "data" / "article_probe9.jsonl"
PROBE10 = ROOT / "bench" / "data" / "article_probe10.jsonl"
PROBE11 = ROOT / "bench" / "data" / "article_probe11.jsonl"
PROBE12 = ROOT / "bench" / "data" / "article_probe12.jsonl"
PROBE13 = ROOT / "bench" / "data" / "article_probe13.jsonl"
PROBES = [pytest.param(PROBE, id="probe1"), pytest.param(PROBE2, id="probe2")]
SCIFACT = ROOT.parent / "shared" / "scifact"
FIELDS = {"id", "lang", "doc_id", "claim", "expected", "evidence", "kind", "note"}
EXPECTED = {"supported", "partially_supported", "contradicted", "not_found"}


def _rows(path: Path = PROBE) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _cited(name: str) -> set[int]:
    ids: set[int] = set()
    with open(SCIFACT / name, encoding="utf-8") as fh:
        for line in fh:
            claim = json.loads(line)
            ids.update(claim["cited_doc_ids"])
            ids.update(int(k) for k in claim["evidence"])
    return ids


@pytest.mark.parametrize("path", PROBES)
def test_rows_have_the_fields_and_a_known_status(path: Path) -> None:
    rows = _rows(path)
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


@pytest.mark.parametrize("path", PROBES)
def test_both_languages_and_every_status_are_present(path: Path) -> None:
    rows = _rows(path)
    for lang in ("zh", "en"):
        assert {r["expected"] for r in rows if r["lang"] == lang} == EXPECTED
    assert 0.35 <= sum(r["lang"] == "zh" for r in rows) / len(rows) <= 0.65


@pytest.mark.skipif(not SCIFACT.is_dir(), reason="../shared/scifact is missing")
@pytest.mark.parametrize("path", [*PROBES, pytest.param(PROBE3, id="probe3"),
                                  pytest.param(PROBE4, id="probe4"),
                                  pytest.param(PROBE5, id="probe5"),
                                  pytest.param(PROBE6, id="probe6"),
                                  pytest.param(PROBE7, id="probe7"),
                                  pytest.param(PROBE8, id="probe8"),
                                  pytest.param(PROBE9, id="probe9"),
                                  pytest.param(PROBE10, id="probe10"),
                                  pytest.param(PROBE11, id="probe11"),
                                  pytest.param(PROBE12, id="probe12"),
                                  pytest.param(PROBE13, id="probe13")])
def test_sources_are_train_only_and_quotes_are_verbatim(path: Path) -> None:
    rows = _rows(path)
    dev = _cited("claims_dev.jsonl")
    train = _cited("claims_train.jsonl")
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


def test_the_second_probe_is_apart_from_the_first() -> None:
    first, second = _rows(PROBE), _rows(PROBE2)
    assert not {r["doc_id"] for r in first} & {r["doc_id"] for r in second}
    assert not {r["claim"] for r in first} & {r["claim"] for r in second}
    assert all(r["id"] == f"p2-{r['lang']}-{r['doc_id']}-{r['id'][-2:]}" for r in second)
    assert 12 <= len({r["doc_id"] for r in second}) <= 14
    for doc_id in {r["doc_id"] for r in second}:
        assert len({r["lang"] for r in second if r["doc_id"] == doc_id}) == 1, doc_id


@pytest.mark.skipif(not SCIFACT.is_dir(), reason="../shared/scifact is missing")
def test_the_runner_reads_the_file_given_with_data(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import article_probe
    finally:
        sys.path.remove(str(ROOT / "bench"))
    sample = tmp_path / "sample.jsonl"
    sample.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in _rows(PROBE2)[:2]) + "\n",
                      encoding="utf-8")
    out = tmp_path / "out.json"
    assert article_probe.main(["--data", str(sample), "--summary", "--json", str(out)]) == 0
    results = json.loads(out.read_text("utf-8"))
    assert [r["id"] for r in results] == [r["id"] for r in _rows(PROBE2)[:2]]
    assert all(r["status"] in EXPECTED | {"unverifiable"} and r["rationale"] for r in results)
    assert article_probe.main(["--data", str(tmp_path / "missing.jsonl")]) == 2
