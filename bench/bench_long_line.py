"""Quantity extraction and judging on one very long line of figures (issue 12, item 6).

    python bench/bench_long_line.py [--mb 5]

Prints the seconds for `extract_quantities` on the line, at 1/5 and at the full size (the two
should scale linearly), and for judging a claim that long and a source sentence that long.
"""

from __future__ import annotations

import argparse
import time

import claimcheck
from claimcheck.evidence import extract_quantities


def line(size: int) -> str:
    parts, total, i = [], 0, 0
    while total < size:
        piece = f"{i % 97}.{i % 10}%, and "
        parts.append(piece)
        total += len(piece)
        i += 1
    return "".join(parts) + "end."


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0)
    args = parser.parse_args()
    full = int(args.mb * 1_000_000)
    for size in (full // 5, full):
        text = line(size)
        start = time.perf_counter()
        found = extract_quantities(text)
        print(f"extract_quantities: {len(text) / 1e6:.1f} MB, {len(found):,} figures, "
              f"{time.perf_counter() - start:.1f} s", flush=True)
    text = line(full)
    start = time.perf_counter()
    verdict = claimcheck.verify(text, title="A trial", abstract=["Rates were 5.5% and 6.1%."])
    print(f"verify, claim of {len(text) / 1e6:.1f} MB: {verdict.status} in "
          f"{time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    verdict = claimcheck.verify("The rate was 5.5%.", title="A trial", abstract=[line(full // 5)])
    print(f"verify, source sentence of {full / 5e6:.1f} MB: {verdict.status} in "
          f"{time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
