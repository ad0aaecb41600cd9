"""Request pacing the way NCBI counts it: at most N requests in any one-second window.

NCBI answers 429 when more than 3 requests (10 with an API key) arrive within one second, in
a sliding window measured at its servers. `RateLimiter` reserves a send slot so that no window
of `1 s + margin` holds more than N slots; the margin absorbs clock and network jitter (a
request sent later can arrive sooner). Slots are reserved in order and never reordered, so a
slot only has to look back: slot ≥ the N-th previous slot + window.

With a `state_file` (kept next to the cache) the reserved slots are shared by every claimcheck
process on the machine: the file is locked (`fcntl.flock`) while a slot is reserved, then the
caller sleeps outside the lock. Without `fcntl` (Windows) or when the file cannot be used,
pacing is per process.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

WINDOW = 1.0  # NCBI's window, seconds
MARGIN = 0.25  # safety margin for clock and network jitter, seconds
STATE_FILE = "pacing.lock"


class RateLimiter:
    """At most `rate` sends in any `WINDOW + margin` seconds, shared by threads (and, with a
    `state_file`, by processes). A rate of None or 0 disables pacing (cassette replay, tests).
    """

    def __init__(self, rate: float | None, *, margin: float = MARGIN,
                 state_file: str | os.PathLike[str] | None = None,
                 clock: Callable[[], float] = time.time,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.limit = max(1, int(rate)) if rate else 0
        self.window = WINDOW + margin
        self.state_file = Path(state_file) if state_file is not None else None
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._slots: list[float] = []

    def wait(self) -> float:
        """Block until this caller may send; returns the seconds waited."""
        if not self.limit:
            return 0.0
        with self._lock:
            now = self._clock()
            slot = self._reserve_shared(now) if self.state_file else None
            if slot is None:
                self._slots = _reserve(self._slots, now, self.limit, self.window)
                slot = self._slots[-1]
        delay = slot - now
        if delay > 0:
            self._sleep(delay)
        return max(0.0, delay)

    def _reserve_shared(self, now: float) -> float | None:
        assert self.state_file is not None
        if fcntl is None:
            return None
        try:
            self.state_file.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.state_file, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            self.state_file = None  # unusable: fall back to per-process pacing
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            slots = _read_slots(fd, now, self.window)
            slots = _reserve(slots, now, self.limit, self.window)
            data = "\n".join(f"{s:.6f}" for s in slots).encode("ascii")
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, data)
            return slots[-1]
        except OSError:
            self.state_file = None
            return None
        finally:
            os.close(fd)  # closing releases the lock


def _reserve(slots: list[float], now: float, limit: int, window: float) -> list[float]:
    """`slots` (ascending, pruned to the last window) plus the next free one."""
    recent = [s for s in slots if s > now - window]
    slot = now
    if recent:
        slot = max(slot, recent[-1])
    if len(recent) >= limit:
        slot = max(slot, recent[-limit] + window)
    return [*recent[-(limit * 4):], slot]


def _read_slots(fd: int, now: float, window: float) -> list[float]:
    raw = os.read(fd, 65536).decode("ascii", "replace")
    slots: list[float] = []
    for line in raw.split():
        try:
            value = float(line)
        except ValueError:
            continue
        if value <= now + 4 * window:  # a slot far in the future is a clock jump: ignore it
            slots.append(value)
    return sorted(slots)
