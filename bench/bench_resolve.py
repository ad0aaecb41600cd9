"""Benchmark: a bibliography resolved in batches versus one reference at a time.

Both run in this process against the test suite's fake E-utilities server on 127.0.0.1 (with a
word index for esearch, as a real search engine has). The batched
resolver is paced like NCBI without an API key (3 requests/s) and timed for real. The
one-reference-at-a-time loop is run with pacing off to count its requests; its time at NCBI's
pacing is then at least requests ÷ rate (add `--paced-naive` to run it paced, which takes
minutes).

    .venv/bin/python bench/bench_resolve.py [--size 200] [--size 1000] [--rate 3]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

import eutils_xml  # noqa: E402
from claimcheck.entrez import EntrezClient  # noqa: E402
from claimcheck.models import Reference, Resolution  # noqa: E402
from claimcheck.resolve import resolve_one, resolve_references  # noqa: E402
from fake_eutils import FakeEutils, _first, _matches, _or_clauses, _words  # noqa: E402
from test_resolve_http import bibliography  # noqa: E402

Runner = Callable[[EntrezClient], Resolution]
_PART = re.compile(r'"?(.*?)"?\s*\[(\w+)\]')


class IndexedFake(FakeEutils):
    """The test server with a word index for esearch, so that a 1000-clause search takes
    milliseconds (as at NCBI) instead of the test fake's clauses × records scan."""

    def start(self) -> IndexedFake:
        self._by_word: dict[str, set[int]] = {}
        self._by_doi: dict[str, set[int]] = {}
        for n, record in enumerate(self.records):
            for word in _words(str(record.get("title") or "")):
                self._by_word.setdefault(word, set()).add(n)
            self._by_doi.setdefault(str(record.get("doi") or "").lower(), set()).add(n)
        super().start()
        return self

    def _esearch(self, params: Mapping[str, list[str]]) -> bytes:
        term = _first(params, "term") or ""
        retmax = int(_first(params, "retmax") or 20)
        hits: list[str] = []
        for clause in _or_clauses(term):
            parts = [p.strip().strip("()").strip() for p in re.split(r"\s+AND\s+", clause)]
            candidates = set(range(len(self.records)))
            for part in parts:
                found = _PART.fullmatch(part)
                value, tag = (found.group(1), found.group(2).lower()) if found else ("", "")
                if tag == "doi":
                    candidates &= self._by_doi.get(value.strip().lower(), set())
                elif tag == "ti":
                    for word in _words(value):
                        candidates &= self._by_word.get(word, set())
            for n in sorted(candidates):
                record = self.records[n]
                uid = str(record["pmid"])
                if uid not in hits and all(_matches(record, part) for part in parts):
                    hits.append(uid)
        return eutils_xml.esearch_xml(hits[:retmax], count=len(hits), translation=term)


def timed(run: Runner, url: str, rate: float) -> tuple[int, float, int]:
    """(requests, seconds, references resolved) of one run."""
    client = EntrezClient(base_url=url, rate=rate, cache=None)
    started = time.perf_counter()
    resolution = run(client)
    seconds = time.perf_counter() - started
    resolved = sum(1 for r in resolution.references if r.status == "resolved")
    return client.requests_made, seconds, resolved


def bench(size: int, rate: float, paced_naive: bool) -> None:
    records, refs = bibliography(size)

    def batched(client: EntrezClient) -> Resolution:
        return resolve_references(refs, client)

    def one_at_a_time(client: EntrezClient) -> Resolution:
        return Resolution(references=[resolve_one(ref, client) for ref in _fresh(refs)])

    print(f"\n{size} references, NCBI pacing {rate:g} requests/s")
    print(f"{'strategy':<36} {'requests':>8} {'seconds':>9} {'resolved':>9}")
    with IndexedFake(records=records) as fake:
        requests, seconds, resolved = timed(batched, fake.url, rate)
        print(f"{'batched resolve_references':<36} {requests:>8} {seconds:>9.1f} {resolved:>9}")
        requests, seconds, resolved = timed(one_at_a_time, fake.url, rate if paced_naive else 0)
        paced = seconds if paced_naive else requests / rate
        mark = "" if paced_naive else "≥"
        print(f"{'one reference at a time':<36} {requests:>8} {mark + f'{paced:.1f}':>9} "
              f"{resolved:>9}")


def _fresh(refs: list[Reference]) -> list[Reference]:
    return [ref.model_copy(deep=True) for ref in refs]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, action="append",
                        help="references (repeatable; default 200 and 1000)")
    parser.add_argument("--rate", type=float, default=3.0, help="requests/s (NCBI: 3)")
    parser.add_argument("--paced-naive", action="store_true",
                        help="also run the one-at-a-time loop at NCBI pacing (slow)")
    args = parser.parse_args()
    for size in args.size or [200, 1000]:
        bench(size, args.rate, args.paced_naive)
    return 0


if __name__ == "__main__":
    sys.exit(main())
