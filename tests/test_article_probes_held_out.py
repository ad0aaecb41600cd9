"""The held-out article probes (bench/data/article_probe4.jsonl, written at the start of session 7;
article_probe5.jsonl, written at its end; article_probe6.jsonl, written in session 8 and held out
through session 9; article_probe7.jsonl, written in session 9 and held out for session 10;
article_probe8.jsonl, written in session 10 and held out for session 11; article_probe9.jsonl,
written in session 11 and held out for session 12; article_probe10.jsonl, written in session 12
and held out for session 13; article_probe11.jsonl, written in session 13 and held out for
session 14; article_probe12.jsonl, written in session 14 and held out for session 15;
article_probe13.jsonl, written in session 15 and held out for session 16) have the shape the
runner reads.

These tests check the data files only (fields, ids, balance, apart from every earlier probe; their
train-only sources and verbatim quotes are checked with the others in test_article_probe.py),
never the judge's score on them: a held-out probe is run once when written and once at the end
of the session that holds it out.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

# tests/ is on sys.path
from test_article_probe import (
    EXPECTED,
    FIELDS,
    PROBE,
    PROBE2,
    PROBE3,
    PROBE4,
    PROBE5,
    PROBE6,
    PROBE7,
    PROBE8,
    PROBE9,
    PROBE10,
    PROBE11,
    PROBE12,
    PROBE13,
    SCIFACT,
    _rows,
)

#: (file, id prefix, the probes written before it)
HELD_OUT = [(PROBE4, "p4", (PROBE, PROBE2, PROBE3)), (PROBE5, "p5", (PROBE, PROBE2, PROBE3, PROBE4)),
            (PROBE6, "p6", (PROBE, PROBE2, PROBE3, PROBE4, PROBE5)),
            (PROBE7, "p7", (PROBE, PROBE2, PROBE3, PROBE4, PROBE5, PROBE6)),
            (PROBE8, "p8", (PROBE, PROBE2, PROBE3, PROBE4, PROBE5, PROBE6, PROBE7)),
            (PROBE9, "p9", (PROBE, PROBE2, PROBE3, PROBE4, PROBE5, PROBE6, PROBE7, PROBE8)),
            (PROBE10, "p10", (PROBE, PROBE2, PROBE3, PROBE4, PROBE5, PROBE6, PROBE7, PROBE8, PROBE9)),
            (PROBE11, "p11", (PROBE, PROBE2, PROBE3, PROBE4, PROBE5, PROBE6, PROBE7, PROBE8, PROBE9, PROBE10)),
            (PROBE12, "p12", (PROBE, PROBE2, PROBE3, PROBE4, PROBE5, PROBE6, PROBE7, PROBE8, PROBE9, PROBE10,
                              PROBE11)),
            (PROBE13, "p13", (PROBE, PROBE2, PROBE3, PROBE4, PROBE5, PROBE6, PROBE7, PROBE8, PROBE9, PROBE10,
                              PROBE11, PROBE12))]
IDS = [prefix for _, prefix, _ in HELD_OUT]
#: the topics of the dev corpus (../shared/dev-corpus), which a held-out probe stays off
DEV_TOPICS = re.compile(r"metformin|GLP-1|glucagon-like|SGLT|e-cigarette|electronic cigarette", re.I)


@pytest.mark.parametrize(("probe", "prefix", "earlier"), HELD_OUT, ids=IDS)
def test_rows_parse_with_the_fields_ids_and_a_known_status(
        probe: Path, prefix: str, earlier: tuple[Path, ...]) -> None:
    rows = _rows(probe)
    assert 90 <= len(rows) <= 110
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) == FIELDS, r["id"]
        assert r["lang"] in ("zh", "en") and isinstance(r["doc_id"], int)
        assert r["id"] == f"{prefix}-{r['lang']}-{r['doc_id']}-{r['id'][-2:]}"
        assert r["expected"] in EXPECTED
        assert r["claim"].strip() and r["kind"].strip() and r["claim"].rstrip("。. ").endswith("[1]")
        if r["expected"] == "not_found":
            assert r["evidence"] is None, r["id"]
        else:
            assert r["evidence"] and all(isinstance(q, str) and q for q in r["evidence"]), r["id"]


@pytest.mark.parametrize(("probe", "prefix", "earlier"), HELD_OUT, ids=IDS)
def test_ids_are_numbered_in_order_within_each_abstract(
        probe: Path, prefix: str, earlier: tuple[Path, ...]) -> None:
    seen: Counter[int] = Counter()
    for r in _rows(probe):
        seen[r["doc_id"]] += 1
        assert r["id"].endswith(f"-{seen[r['doc_id']]:02d}"), r["id"]


@pytest.mark.parametrize(("probe", "prefix", "earlier"), HELD_OUT, ids=IDS)
def test_both_languages_every_status_and_one_language_per_abstract(
        probe: Path, prefix: str, earlier: tuple[Path, ...]) -> None:
    rows = _rows(probe)
    for lang in ("zh", "en"):
        assert {r["expected"] for r in rows if r["lang"] == lang} == EXPECTED
    assert 0.4 <= sum(r["lang"] == "zh" for r in rows) / len(rows) <= 0.6
    doc_ids = {r["doc_id"] for r in rows}
    assert len(doc_ids) == 14
    for doc_id in doc_ids:
        assert len({r["lang"] for r in rows if r["doc_id"] == doc_id}) == 1, doc_id
        assert 6 <= sum(r["doc_id"] == doc_id for r in rows) <= 9, doc_id


@pytest.mark.parametrize(("probe", "prefix", "earlier"), HELD_OUT, ids=IDS)
def test_the_statuses_are_near_a_real_article(
        probe: Path, prefix: str, earlier: tuple[Path, ...]) -> None:
    share = Counter(r["expected"] for r in _rows(probe))
    n = sum(share.values())
    assert 0.45 <= share["supported"] / n <= 0.65
    for status in ("partially_supported", "contradicted", "not_found"):
        assert 0.08 <= share[status] / n <= 0.25, status


@pytest.mark.parametrize(("probe", "prefix", "earlier"), HELD_OUT, ids=IDS)
def test_apart_from_every_earlier_probe(
        probe: Path, prefix: str, earlier: tuple[Path, ...]) -> None:
    rows = _rows(probe)
    doc_ids = {r["doc_id"] for r in rows}
    claims = {r["claim"] for r in rows}
    for other in earlier:
        before = _rows(other)
        assert not doc_ids & {r["doc_id"] for r in before}, other.name
        assert not claims & {r["claim"] for r in before}, other.name


@pytest.mark.skipif(not SCIFACT.is_dir(), reason="../shared/scifact is missing")
@pytest.mark.parametrize(("probe", "prefix", "earlier"), HELD_OUT, ids=IDS)
def test_sources_are_off_the_dev_corpus_topics(
        probe: Path, prefix: str, earlier: tuple[Path, ...]) -> None:
    doc_ids = {r["doc_id"] for r in _rows(probe)}
    with open(SCIFACT / "corpus_cited.jsonl", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if doc["doc_id"] in doc_ids:
                text = doc["title"] + " " + " ".join(doc["abstract"])
                assert not DEV_TOPICS.search(text), doc["doc_id"]
