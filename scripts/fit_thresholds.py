"""Fit the judge's qualitative thresholds on SciFact **train** (never dev), English and Chinese.

    python scripts/fit_thresholds.py

For each (sentence coverage, strong terms) pair it prints macro-F1, SUPPORT precision and the
share of false `supported` on the train pairs; the pair chosen is the best macro-F1 whose
SUPPORT precision is at least 0.85 and whose false-supported share is at most 2%. The chosen
values go into `claimcheck/evidence/judge.py` and docs/statuses.md by hand.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import eval as bench  # noqa: E402

from claimcheck.evidence import judge  # noqa: E402


def score(pairs: list[dict[str, object]]) -> dict[str, object]:
    rows = []
    for pair in pairs:
        verdict = bench.claimcheck.verify(str(pair["claim"]), title=str(pair["title"]),
                                          abstract=pair["abstract"])  # type: ignore[arg-type]
        rows.append((str(pair["gold"]), bench.to_label(verdict.status), verdict.status))
    return bench.three_way(rows)


def main() -> int:
    sets = {"en": bench.scifact_pairs("train", "en"), "zh": bench.scifact_pairs("train", "zh")}
    best = None
    for cov, strong in itertools.product((0.45, 0.5, 0.55, 0.6, 0.65, 0.7), (2, 3, 4)):
        judge.SENTENCE_COVERAGE, judge.MIN_STRONG_TERMS = cov, strong
        line = [f"coverage {cov:.2f} strong {strong}:"]
        ok = True
        total = 0.0
        for lang, pairs in sets.items():
            r = score(pairs)
            prec = r["per_label"]["SUPPORT"]["precision"]  # type: ignore[index]
            share = r["false_supported"] / r["pairs"]  # type: ignore[operator]
            line.append(f"{lang} F1 {r['macro_f1']:.3f} P(S) {prec:.2f} FS {share:.1%}")
            ok &= prec >= 0.85 and share <= 0.02
            total += float(r["macro_f1"])  # type: ignore[arg-type]
        print("  ".join(line), "" if ok else "(fails the precision bound)", flush=True)
        if ok and (best is None or total > best[0]):
            best = (total, cov, strong)
    print("chosen:", best)
    return 0


if __name__ == "__main__":
    sys.exit(main())
