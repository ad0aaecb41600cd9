"""Pacing as NCBI counts it: never more than 3 (10 with a key) requests in any one-second
window at the server, across threads and processes. The fake server's log is the evidence:
it answers 429 for every arrival past the limit in a sliding one-second window."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from claimcheck.entrez import EntrezClient
from claimcheck.entrez.pacing import RateLimiter, _reserve
from fake_eutils import FakeEutils

SECRET = "SECRETKEY0123456789abcdef"


def _windows(times: list[float], width: float = 1.0) -> int:
    """The most arrivals in any window of `width` seconds."""
    times = sorted(times)
    return max((sum(1 for t in times[i:] if t < start + width) for i, start in
                enumerate(times)), default=0)


def test_reserve_never_puts_n_plus_one_slots_in_a_window() -> None:
    slots: list[float] = []
    for _ in range(40):
        slots = _reserve(slots, 100.0, 3, 1.25)
    seen = [100.0 + i // 3 * 1.25 for i in range(40)]
    assert _reserve([], 5.0, 3, 1.25) == [5.0]
    assert slots[-1] == seen[-1]
    clock = [0.0]
    limiter = RateLimiter(3, clock=lambda: clock[0], sleep=lambda s: clock.__setitem__(0, clock[0] + s))
    sent = []
    for _ in range(12):
        limiter.wait()
        sent.append(clock[0])
    assert _windows(sent, 1.25) == 3 and sent[-1] >= 3 * 1.25


def _run(fake: FakeEutils, tmp_path: Path, count: int, **options: object) -> None:
    client = EntrezClient(base_url=fake.url, pacing_file=tmp_path / "pacing.lock",
                          max_attempts=1, **options)  # type: ignore[arg-type]
    for i in range(count):
        client.esearch(f"lupus{i}[ti]")


def test_thirty_requests_at_three_per_second_with_jitter(fake_eutils: FakeEutils,
                                                         tmp_path: Path) -> None:
    fake_eutils.rate_window, fake_eutils.jitter = True, 0.08
    _run(fake_eutils, tmp_path, 30)
    assert len(fake_eutils.calls("esearch")) == 30
    assert fake_eutils.rate_violations() == 0
    assert _windows([t for t, _, _ in fake_eutils.arrivals]) <= 3


def test_thirty_requests_at_ten_per_second_with_a_key(fake_eutils: FakeEutils,
                                                      tmp_path: Path) -> None:
    fake_eutils.rate_window, fake_eutils.jitter = True, 0.05
    _run(fake_eutils, tmp_path, 30, api_key=SECRET)
    assert fake_eutils.rate_violations() == 0
    assert _windows([t for t, _, _ in fake_eutils.arrivals]) <= 10


def test_two_processes_share_the_budget(fake_eutils: FakeEutils, tmp_path: Path) -> None:
    fake_eutils.rate_window, fake_eutils.jitter = True, 0.05
    script = textwrap.dedent(f"""
        from claimcheck.entrez import EntrezClient
        client = EntrezClient(base_url={fake_eutils.url!r}, max_attempts=1,
                              pacing_file={str(tmp_path / "pacing.lock")!r})
        for i in range(15):
            client.esearch("lupus%d[ti]" % i)
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.PIPE)
             for _ in range(2)]
    errors = [p.communicate(timeout=60)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    assert len(fake_eutils.calls("esearch")) == 30
    assert fake_eutils.rate_violations() == 0
    assert _windows([t for t, _, _ in fake_eutils.arrivals]) <= 3
