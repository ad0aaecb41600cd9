"""Benchmark: a 200-reference bibliography, batched resolver versus one reference at a time.

Both run in this process against the fake E-utilities server on 127.0.0.1, paced like NCBI
without an API key (3 requests/s), and print the HTTP requests made and the wall time.

    .venv/bin/python bench/bench_resolve.py [--size 200] [--rate 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from claimcheck.entrez import EntrezClient  # noqa: E402
from claimcheck.models import Resolution  # noqa: E402
from claimcheck.resolve import resolve_one, resolve_references  # noqa: E402
from fake_eutils import FakeEutils  # noqa: E402
from test_resolve_http import bibliography  # noqa: E402


def timed(name: str, run: Callable[[EntrezClient], Resolution], url: str,
          rate: float) -> None:
    client = EntrezClient(base_url=url, rate=rate, cache=None)
    started = time.perf_counter()
    resolution = run(client)
    seconds = time.perf_counter() - started
    resolved = sum(1 for r in resolution.references if r.status == "resolved")
    print(f"{name:<34} {client.requests_made:>8} {seconds:>10.1f} {resolved:>9}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=200, help="references (default 200)")
    parser.add_argument("--rate", type=float, default=3.0, help="requests/s (NCBI: 3)")
    args = parser.parse_args()
    records, refs = bibliography(args.size)

    def batched(client: EntrezClient) -> Resolution:
        return resolve_references(refs, client)

    def one_at_a_time(client: EntrezClient) -> Resolution:
        return Resolution(references=[resolve_one(ref, client) for ref in refs])

    print(f"{args.size} references, {args.rate:g} requests/s")
    print(f"{'strategy':<34} {'requests':>8} {'seconds':>10} {'resolved':>9}")
    with FakeEutils(records=records) as fake:
        timed("batched resolve_references", batched, fake.url, args.rate)
        timed("naive loop (resolve_one per ref)", one_at_a_time, fake.url, args.rate)
    return 0


if __name__ == "__main__":
    sys.exit(main())
