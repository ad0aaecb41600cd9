"""The judge measured on data nobody here wrote (issue 10): SciFact, the dev corpus, the seed.

    python bench/eval.py                      # everything; writes bench/results/eval.json
    python bench/eval.py --only scifact --split train --lang zh

SciFact (../shared/scifact, oracle-abstract setting as in its README) goes through
`claimcheck.verify`; the Chinese claims are the project's own translations in
bench/data/scifact_zh_<split>.jsonl. The dev corpus (../shared/dev-corpus) goes through
`claimcheck.check` against its fake E-utilities server on loopback. The seed and the repo's
English article are checked from their cassette / claims files against the reviewed
`expected` statuses. Tune on SciFact train; report dev.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import re
import sys
import tempfile
import threading
import time
import unicodedata
from pathlib import Path
from typing import Any

import yaml

import claimcheck

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "bench" / "results"
LABELS = ("SUPPORT", "CONTRADICT", "NOINFO")


# ---------------------------------------------------------------- SciFact


def scifact_pairs(split: str, lang: str) -> list[dict[str, Any]]:
    """(claim, abstract, gold label) for every cited doc of every claim of the split."""
    corpus = {}
    with open(SHARED / "scifact" / "corpus_cited.jsonl", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            corpus[doc["doc_id"]] = doc
    zh: dict[int, str] = {}
    if lang == "zh":
        path = ROOT / "bench" / "data" / f"scifact_zh_{split}.jsonl"
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    d = json.loads(line)
                    zh[int(d["id"])] = d["claim_zh"]
    pairs = []
    with open(SHARED / "scifact" / f"claims_{split}.jsonl", encoding="utf-8") as fh:
        for line in fh:
            claim = json.loads(line)
            if lang == "zh" and claim["id"] not in zh:
                continue
            text = zh[claim["id"]] if lang == "zh" else claim["claim"]
            for doc_id in claim["cited_doc_ids"]:
                evidence = claim["evidence"].get(str(doc_id))
                gold = evidence[0]["label"] if evidence else "NOINFO"
                doc = corpus[doc_id]
                pairs.append({"claim_id": claim["id"], "doc_id": doc_id, "claim": text,
                              "title": doc["title"], "abstract": doc["abstract"], "gold": gold})
    return pairs


def to_label(status: str) -> str:
    if status in ("supported", "partially_supported"):
        return "SUPPORT"
    if status == "contradicted":
        return "CONTRADICT"
    return "NOINFO"


def three_way(rows: list[tuple[str, str, str]]) -> dict[str, Any]:
    """Confusion, P/R/F1 per label, macro-F1 and the two worst errors, from (gold, pred, status)."""
    confusion = collections.Counter((g, p) for g, p, _ in rows)
    per: dict[str, dict[str, float]] = {}
    for label in LABELS:
        tp = confusion[(label, label)]
        fp = sum(confusion[(g, label)] for g in LABELS if g != label)
        fn = sum(confusion[(label, p)] for p in LABELS if p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[label] = {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3)}
    n = len(rows)
    return {
        "pairs": n,
        "accuracy": round(sum(confusion[(x, x)] for x in LABELS) / n, 3) if n else 0.0,
        "macro_f1": round(sum(p["f1"] for p in per.values()) / len(LABELS), 3),
        "per_label": per,
        "confusion": {g: {p: confusion[(g, p)] for p in LABELS} for g in LABELS},
        "false_supported": sum(1 for g, _, s in rows if s == "supported" and g != "SUPPORT"),
        "false_contradicted": sum(1 for g, p, _ in rows if p == "CONTRADICT" and g != "CONTRADICT"),
    }


def eval_scifact(split: str, lang: str, dump: Path | None = None) -> dict[str, Any]:
    pairs = scifact_pairs(split, lang)
    if not pairs:
        return {"pairs": 0}
    rows = []
    detail = []
    start = time.perf_counter()
    for pair in pairs:
        verdict = claimcheck.verify(pair["claim"], title=pair["title"], abstract=pair["abstract"])
        rows.append((pair["gold"], to_label(verdict.status), verdict.status))
        detail.append({**{k: pair[k] for k in ("claim_id", "doc_id", "claim", "gold")},
                       "status": verdict.status, "rationale": verdict.rationale,
                       "evidence": [e.text for e in verdict.evidence[:2]]})
    elapsed = time.perf_counter() - start
    result = three_way(rows)
    result["pairs_per_second"] = round(len(pairs) / elapsed, 1)
    result["false_supported_share"] = round(result["false_supported"] / len(pairs), 4)
    if dump is not None:
        dump.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in detail) + "\n",
                        encoding="utf-8")
    return result


# ---------------------------------------------------------------- the dev corpus


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()


def _fake_server() -> tuple[Any, str]:
    spec = importlib.util.spec_from_file_location(
        "dev_fake_eutils", SHARED / "dev-corpus" / "fake_eutils.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    server = module.make_server(0, records_dir=str(SHARED / "dev-corpus" / "records"),
                                rate_limit=0, rate_limit_key=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/entrez/eutils/"


def _reference_row(ref: Any) -> dict[str, Any]:
    fields = {"first_author": "author", "authors": "author", "year": "year",
              "journal": "journal", "volume": "volume", "pages": "pages", "title": "title"}
    errors = sorted({fields[d.field] for d in ref.discrepancies if d.field in fields})
    return {"label": ref.label, "pmid": ref.pmid if ref.status == "resolved" else None,
            "retracted": ref.retracted, "metadata_errors": errors,
            "pmid_title_mismatch": "pmid_mismatch" in ref.flags}


def eval_dev_corpus() -> dict[str, Any]:
    labels = yaml.safe_load((SHARED / "dev-corpus" / "labels.yaml").read_text("utf-8"))
    server, base = _fake_server()
    confusion: collections.Counter[tuple[str, str]] = collections.Counter()
    out: dict[str, Any] = {"articles": {}}
    misses = []
    refs_ok = refs_total = 0
    outputs = []
    start = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory() as cache:
            for art in labels["articles"]:
                path = SHARED / "dev-corpus" / art["file"]
                report = claimcheck.check(path, eutils_url=base, cache_dir=cache, no_cache=True)
                got = [(_norm(c.text), c) for c in report.claims]
                refs = {r.label: _reference_row(r) for r in report.references}
                outputs.append({"id": art["id"], "references": list(refs.values()),
                                "claims": [{"text": c.text, "status": c.status}
                                           for c in report.claims]})
                right = 0
                for ref in art["references"]:
                    refs_total += 1
                    row = refs.get(ref["label"])
                    want = (ref["expected_pmid"], ref["flags"]["retracted"],
                            sorted(ref["flags"]["metadata_errors"]),
                            ref["flags"]["pmid_title_mismatch"])
                    have = (row["pmid"], row["retracted"], row["metadata_errors"],
                            row["pmid_title_mismatch"]) if row else None
                    refs_ok += have == want
                    if have != want:
                        misses.append(f"{art['id']} ref [{ref['label']}]: {have} (want {want})")
                for c in art["claims"]:
                    t = _norm(c["text"])
                    match = next((g for gt, g in got if gt == t), None) or next(
                        (g for gt, g in got if gt and (t in gt or gt in t)), None)
                    status = match.status if match else "<missing>"
                    confusion[(c["expected_status"], status)] += 1
                    right += status == c["expected_status"]
                    if status != c["expected_status"]:
                        why = match.rationale[:160] if match else ""
                        misses.append(f"{art['id']} {c['id']}: {status} (want "
                                      f"{c['expected_status']}) {c['text'][:60]} | {why}")
                out["articles"][art["id"]] = {"right": right, "claims": len(art["claims"])}
    finally:
        server.shutdown()
    total = sum(confusion.values())
    right_all = sum(n for (g, p), n in confusion.items() if g == p)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "dev_corpus_output.json").write_text(
        json.dumps({"articles": outputs}, ensure_ascii=False, indent=1), encoding="utf-8")
    out.update({
        "claims": total, "right": right_all,
        "accuracy": round(right_all / total, 3) if total else 0.0,
        "false_supported": sum(n for (g, p), n in confusion.items()
                               if p == "supported" and g != "supported"),
        "false_contradicted": sum(n for (g, p), n in confusion.items()
                                  if p == "contradicted" and g != "contradicted"),
        "references_right": f"{refs_ok}/{refs_total}",
        "seconds": round(time.perf_counter() - start, 1),
        "confusion": {f"{g} -> {p}": n for (g, p), n in sorted(confusion.items())},
        "misses": misses,
    })
    return out


# ---------------------------------------------------------------- the repo's own articles


def eval_repo_articles() -> dict[str, Any]:
    out = {}
    for name, cassette in (("msc-sle-2022", ROOT / "cassettes" / "msc-sle-2022.yaml"),):
        folder = ROOT / "claims" / name
        article = next(folder.glob("article.*"))
        report = claimcheck.check(article, claims=folder / "claims.yaml", cassette=cassette)
        expected = {c["id"]: c.get("expected", {}).get("status") for c in yaml.safe_load(
            (folder / "claims.yaml").read_text("utf-8"))["claims"]}
        rows = [(expected.get(c.id), c.status, c.id) for c in report.claims
                if expected.get(c.id)]
        out[name] = {"claims": len(rows), "right": sum(1 for e, s, _ in rows if e == s),
                     "misses": [f"{i}: {s} (want {e})" for e, s, i in rows if e != s]}
    return out


# ---------------------------------------------------------------- main


def _print_three_way(name: str, r: dict[str, Any]) -> None:
    if not r.get("pairs"):
        print(f"{name}: no pairs")
        return
    per = r["per_label"]
    print(f"{name}: {r['pairs']} pairs, accuracy {r['accuracy']:.1%}, macro-F1 {r['macro_f1']:.3f}, "
          f"{r['pairs_per_second']} pairs/s")
    for label in LABELS:
        p = per[label]
        row = r["confusion"][label]
        print(f"  {label:<10} P {p['precision']:.2f} R {p['recall']:.2f} F1 {p['f1']:.2f}   "
              f"gold {label:<10} -> " + "  ".join(f"{k} {row[k]}" for k in LABELS))
    print(f"  false supported {r['false_supported']} ({r['false_supported_share']:.1%}), "
          f"false contradicted {r['false_contradicted']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["scifact", "dev", "repo"], action="append")
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument("--lang", choices=["en", "zh"], action="append")
    parser.add_argument("--dump", action="store_true",
                        help="write each SciFact verdict to bench/results/scifact-<split>-<lang>.jsonl")
    args = parser.parse_args(argv)
    parts = args.only or ["scifact", "dev", "repo"]
    langs = args.lang or ["en", "zh"]
    RESULTS.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {}
    if "scifact" in parts:
        for lang in langs:
            if lang == "zh" and not (ROOT / "bench" / "data" /
                                     f"scifact_zh_{args.split}.jsonl").exists():
                continue
            dump = RESULTS / f"scifact-{args.split}-{lang}.jsonl" if args.dump else None
            r = eval_scifact(args.split, lang, dump)
            results[f"scifact_{args.split}_{lang}"] = r
            _print_three_way(f"SciFact {args.split} ({lang} claims, oracle abstract)", r)
    if "dev" in parts:
        r = eval_dev_corpus()
        results["dev_corpus"] = r
        print(f"dev corpus: {r['right']}/{r['claims']} statuses right ({r['accuracy']:.1%}), "
              f"false supported {r['false_supported']}, false contradicted "
              f"{r['false_contradicted']}, references right {r['references_right']}, "
              f"{r['seconds']} s")
        for art, v in r["articles"].items():
            print(f"  {art}: {v['right']}/{v['claims']}")
        for miss in r["misses"]:
            print("  miss: " + miss)
    if "repo" in parts:
        r = eval_repo_articles()
        results["repo_articles"] = r
        for name, v in r.items():
            print(f"{name}: {v['right']}/{v['claims']} reviewed statuses right")
            for miss in v["misses"]:
                print("  miss: " + miss)
    name = "eval.json" if args.split == "dev" and not args.only else \
        f"eval-{'-'.join(parts)}-{args.split}.json"
    (RESULTS / name).write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n",
                                encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
