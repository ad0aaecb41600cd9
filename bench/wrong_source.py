"""False-support stress test (session 13): SciFact train claims against abstracts they do not cite.

    python bench/wrong_source.py                 # summary for English and Chinese train claims
    python bench/wrong_source.py --k 3 --json bench/results/wrong_source.json --dump DIR

Each train claim of ../shared/scifact/claims_train.jsonl is paired with the K abstracts closest
to it in topic (TF-IDF cosine of the English claim against title + abstract) among the abstracts
cited by *train* claims, leaving out the claim's own cited docs. The Chinese claims
(bench/data/scifact_zh_train.jsonl) take the neighbours of their English claim. Every pair goes
through `claimcheck.verify`; on a source the claim does not cite nearly every `supported` is a
false supported (a neighbour can now and then state the claim too: audit the rows by hand).
Deterministic: ties broken by doc id. Only train claims and train-cited abstracts are read.
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import re
import sys
import time
from pathlib import Path
from typing import Any

import claimcheck

ROOT = Path(__file__).resolve().parent.parent
SCIFACT = ROOT.parent / "shared" / "scifact"
ZH_TRAIN = ROOT / "bench" / "data" / "scifact_zh_train.jsonl"
STATUSES = ("supported", "partially_supported", "contradicted")
_WORD = re.compile(r"[a-z0-9][a-z0-9\-]+")
_STOP = frozenset(re.findall(r"\w+", """the of and in to a is with for by on are that as be an
    at or from was were this which not it its than has have can may more less does do no"""))


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP]


def _tfidf(docs: dict[int, list[str]]) -> tuple[dict[int, dict[str, float]], dict[str, float]]:
    df: collections.Counter[str] = collections.Counter()
    for words in docs.values():
        df.update(set(words))
    n = len(docs)
    idf = {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in df.items()}
    return {d: _unit(collections.Counter(ws), idf) for d, ws in docs.items()}, idf


def _unit(counts: collections.Counter[str], idf: dict[str, float]) -> dict[str, float]:
    vec = {w: (1 + math.log(c)) * idf.get(w, 0.0) for w, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {w: v / norm for w, v in vec.items()}


def load() -> tuple[list[dict[str, Any]], dict[int, dict[str, Any]], dict[int, str]]:
    """Train claims, the abstracts train claims cite, and the Chinese claims by id."""
    with open(SCIFACT / "claims_train.jsonl", encoding="utf-8") as fh:
        claims = [json.loads(line) for line in fh if line.strip()]
    cited = {d for c in claims for d in c["cited_doc_ids"]}
    corpus: dict[int, dict[str, Any]] = {}
    with open(SCIFACT / "corpus_cited.jsonl", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if doc["doc_id"] in cited:
                corpus[doc["doc_id"]] = doc
    zh: dict[int, str] = {}
    if ZH_TRAIN.exists():
        with open(ZH_TRAIN, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    d = json.loads(line)
                    zh[int(d["id"])] = d["claim_zh"]
    return claims, corpus, zh


def neighbours(claims: list[dict[str, Any]], corpus: dict[int, dict[str, Any]],
               k: int) -> dict[int, list[int]]:
    """Claim id -> the k uncited train abstracts closest in topic, best first."""
    vecs, idf = _tfidf({d: _words(doc["title"] + " " + " ".join(doc["abstract"]))
                        for d, doc in corpus.items()})
    out = {}
    for claim in claims:
        q = _unit(collections.Counter(_words(claim["claim"])), idf)
        own = set(claim["cited_doc_ids"])
        scored = sorted((-sum(v * vecs[d].get(w, 0.0) for w, v in q.items()), d)
                        for d in corpus if d not in own)
        out[claim["id"]] = [d for _, d in scored[:k]]
    return out


def run(k: int, langs: list[str]) -> dict[str, Any]:
    claims, corpus, zh = load()
    near = neighbours(claims, corpus, k)
    result: dict[str, Any] = {"k": k}
    for lang in langs:
        rows = []
        start = time.perf_counter()
        for claim in claims:
            text = zh.get(claim["id"]) if lang == "zh" else claim["claim"]
            if not text:
                continue
            for rank, doc_id in enumerate(near[claim["id"]], 1):
                doc = corpus[doc_id]
                v = claimcheck.verify(text, title=doc["title"], abstract=doc["abstract"])
                rows.append({"claim_id": claim["id"], "doc_id": doc_id, "rank": rank,
                             "claim": text, "status": v.status, "rationale": v.rationale,
                             "evidence": [e.text for e in v.evidence[:2]]})
        counts = collections.Counter(r["status"] for r in rows)
        result[lang] = {"pairs": len(rows), "seconds": round(time.perf_counter() - start, 1),
                        **{s: counts[s] for s in STATUSES}, "rows": rows}
    return result


def summary(result: dict[str, Any], lang: str) -> str:
    r = result[lang]
    return (f"wrong source ({lang}, train, k={result['k']}): {r['pairs']} pairs, supported "
            f"{r['supported']}, partially_supported {r['partially_supported']}, contradicted "
            f"{r['contradicted']} ({r['seconds']} s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--k", type=int, default=3, help="neighbouring abstracts per claim")
    parser.add_argument("--lang", choices=["en", "zh"], action="append")
    parser.add_argument("--json", type=Path, help="write counts and every non-not_found row")
    parser.add_argument("--list", action="store_true", help="print every supported row")
    args = parser.parse_args(argv)
    langs = args.lang or ["en", "zh"]
    result = run(args.k, langs)
    for lang in langs:
        print(summary(result, lang))
        if args.list:
            for row in result[lang]["rows"]:
                if row["status"] == "supported":
                    print(f"  {row['claim_id']}/{row['doc_id']} {row['claim'][:90]}")
    if args.json:
        for lang in langs:
            result[lang]["rows"] = [r for r in result[lang]["rows"] if r["status"] in STATUSES]
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
