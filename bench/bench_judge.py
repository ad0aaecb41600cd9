"""Throughput of the judge: claim–source pairs per second on one core.

Run: `.venv/bin/python bench/bench_judge.py [--rounds N]`. A benchmark, not a test: it prints
the rate and the goal (2000 pairs/s). Each source and each claim is analysed once (memoised
on the glossary) and shared by every pair it takes part in; the memo is cleared every round.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from claimcheck.evidence import judge_claims, load_glossary  # noqa: E402
from claimcheck.models import Claim, ResolvedReference  # noqa: E402
from test_judge_helpers import EN_CLAIMS, SEED_CLAIMS, english_references, seed_references  # noqa: E402

GOAL = 2000


def workload(copies: int) -> tuple[list[Claim], list[ResolvedReference], int]:
    """Every claim of both articles citing one readable source at a time: every
    claim-source pair is judged (each claim's own analysis is shared by its pairs)."""
    refs = [r.model_copy(update={"label": f"{i}"}) for i, r in
            enumerate([*seed_references(), *english_references()], start=1)]
    readable = [r.label for r in refs if r.record is not None and r.record.abstract]
    base = [c for c in [*SEED_CLAIMS, *EN_CLAIMS] if c.kind == "claim"]
    claims = [c.model_copy(update={"id": f"{c.id}-{n}-{label}", "citations": [label]})
              for n in range(copies) for c in base for label in readable]
    return claims, refs, len(claims)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    glossary = load_glossary()
    claims, refs, pairs = workload(args.copies)
    judge_claims(claims[:5], refs, glossary=glossary)  # warm up jieba and caches
    best = float("inf")
    for _ in range(args.rounds):
        glossary.memo.clear()  # nothing analysed before the round counts
        start = time.perf_counter()
        judge_claims(claims, refs, glossary=glossary)
        best = min(best, time.perf_counter() - start)
    rate = pairs / best
    print(f"{pairs} claim-source pairs in {best:.3f} s: {rate:,.0f} pairs/s "
          f"(goal {GOAL:,}; {'met' if rate >= GOAL else 'NOT met'})")


if __name__ == "__main__":
    main()
