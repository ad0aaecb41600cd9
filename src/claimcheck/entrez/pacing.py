"""Request pacing shared by every thread using one client: at most `rate` requests a second."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class RateLimiter:
    """Spaces requests 1/rate seconds apart (a lock plus the next allowed send time).

    A rate of None or 0 disables pacing (cassette replay, tests that measure something else).
    """

    def __init__(self, rate: float | None, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = 1.0 / rate if rate else 0.0
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next_allowed = 0.0

    def wait(self) -> float:
        """Block until this caller may send; returns the seconds waited."""
        if not self.interval:
            return 0.0
        with self._lock:
            now = self._clock()
            slot = max(now, self._next_allowed)
            self._next_allowed = slot + self.interval
        delay = slot - now
        if delay > 0:
            self._sleep(delay)
        return delay
