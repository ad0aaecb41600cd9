"""Claim-strength benchmark: 4-class macro-F1 and confusion matrix on the held-back rows.

Usage: python bench/eval_strength.py [--shared ../shared/claim-strength] [--out bench/results/eval_strength.json]

Held back = every row whose index % 5 == 4 of ../shared/claim-strength/pubmed_conclusions.csv,
press_releases.csv and bench/data/claim_strength_zh.csv; the model was fitted on the rest
(scripts/fit_strength.py). `chinese_hard` is bench/data/claim_strength_zh_hard.csv, all of it held
back (80 harder sentences, issue 9h). `--part train` scores the development rows instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from claimcheck.strength import claim_strength
from claimcheck.strength.corpus import load_labelled, split

ROOT = Path(__file__).resolve().parents[1]
LABELS = (0, 1, 2, 3)


def evaluate(rows: list[tuple[str, int]]) -> dict[str, Any]:
    """Macro-F1, per-class precision/recall/F1 and the confusion matrix (rows = gold)."""
    matrix = [[0] * len(LABELS) for _ in LABELS]
    for sentence, gold in rows:
        matrix[gold][claim_strength(sentence).label] += 1
    per_class: dict[str, dict[str, Any]] = {}
    for k in LABELS:
        tp = matrix[k][k]
        predicted = sum(matrix[g][k] for g in LABELS)
        actual = sum(matrix[k])
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
        per_class[str(k)] = {"precision": round(precision, 3), "recall": round(recall, 3),
                             "f1": round(f1, 3), "n": actual}
    macro = sum(float(c["f1"]) for c in per_class.values()) / len(LABELS)
    accuracy = sum(matrix[k][k] for k in LABELS) / max(len(rows), 1)
    return {"n": len(rows), "macro_f1": round(macro, 3), "accuracy": round(accuracy, 3),
            "per_class": per_class, "confusion": matrix}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "claim-strength")
    parser.add_argument("--zh", type=Path, default=ROOT / "bench" / "data" / "claim_strength_zh.csv")
    parser.add_argument("--zh-hard", type=Path,
                        default=ROOT / "bench" / "data" / "claim_strength_zh_hard.csv")
    parser.add_argument("--part", choices=("test", "train"), default="test")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "eval_strength.json")
    args = parser.parse_args(argv)
    files = {"pubmed_conclusions": args.shared / "pubmed_conclusions.csv",
             "press_releases": args.shared / "press_releases.csv",
             "chinese": args.zh}
    missing = [str(p) for p in files.values() if not p.is_file()]
    if missing:
        print(f"eval_strength: missing {', '.join(missing)} (../shared/claim-strength is read "
              "in place)", file=sys.stderr)
        return 2
    results = {name: evaluate(split(load_labelled(path), args.part))
               for name, path in files.items()}
    if args.part == "test" and args.zh_hard.is_file():
        # every row is held back: none is fitted on (issue 9h)
        results["chinese_hard"] = evaluate(load_labelled(args.zh_hard))
    for name, result in results.items():
        print(f"{name} ({args.part}, n={result['n']}): macro-F1 {result['macro_f1']:.3f}, "
              f"accuracy {result['accuracy']:.3f}")
        print("  gold\\pred     0    1    2    3")
        for gold, row in zip(LABELS, result["confusion"], strict=True):
            print(f"  {gold:>9} " + " ".join(f"{n:>4}" for n in row))
    if args.part == "test":
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"part": args.part, **results}, indent=2) + "\n", "utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
