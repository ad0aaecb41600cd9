"""`ResponseCache`: successful E-utilities answers in SQLite, keyed without secrets."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import platformdirs

DEFAULT_TTL = 30 * 24 * 3600.0  # 30 days
FILENAME = "responses.sqlite"
IDENTITY_PARAMS = frozenset({"api_key", "email", "tool"})

ParamValue = str | int | Sequence[str]
Params = Mapping[str, ParamValue]


def default_cache_dir() -> Path:
    """$CLAIMCHECK_CACHE_DIR, else the user cache dir (e.g. ~/.cache/claimcheck)."""
    configured = os.environ.get("CLAIMCHECK_CACHE_DIR")
    return Path(configured) if configured else Path(platformdirs.user_cache_dir("claimcheck"))


def canonical_request(utility: str, params: Params) -> str:
    """The request as stable JSON: utility and sorted params, without api_key/email/tool."""
    clean = {name: [str(v) for v in value] if isinstance(value, (list, tuple)) else str(value)
             for name, value in sorted(params.items()) if name not in IDENTITY_PARAMS}
    return json.dumps({"utility": utility, "params": clean}, sort_keys=True, ensure_ascii=False)


class ResponseCache:
    """A persistent cache of validated answers (never errors), with expiry.

    The client stores only answers that passed `validate.validate` and validates every entry
    again when it is read (a bad entry is deleted, not served).

    `path` is a directory (the file `responses.sqlite` is kept in it) or a `.sqlite`/`.db`
    file; None means `default_cache_dir()`.
    """

    def __init__(self, path: str | Path | None = None, *, ttl: float = DEFAULT_TTL) -> None:
        target = Path(path) if path is not None else default_cache_dir()
        if target.suffix not in (".sqlite", ".db"):
            target = target / FILENAME
        target.parent.mkdir(parents=True, exist_ok=True)
        self.path = target
        self.ttl = ttl
        self.hits = 0
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(target), check_same_thread=False, timeout=30.0)
        with self._db:
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, utility TEXT, "
                "request TEXT, body BLOB, stored_at REAL, expires_at REAL)")

    @staticmethod
    def key(utility: str, params: Params) -> str:
        return hashlib.sha256(canonical_request(utility, params).encode("utf-8")).hexdigest()

    def get(self, utility: str, params: Params) -> bytes | None:
        """The stored answer, or None when absent or expired."""
        with self._lock:
            row = self._db.execute(
                "SELECT body, expires_at FROM responses WHERE key = ?",
                (self.key(utility, params),)).fetchone()
        if row is None or row[1] < time.time():
            return None
        self.hits += 1
        return bytes(row[0])

    def delete(self, utility: str, params: Params) -> None:
        """Drop one entry (a cached answer that no longer passes validation)."""
        with self._lock, self._db:
            self._db.execute("DELETE FROM responses WHERE key = ?", (self.key(utility, params),))

    def put(self, utility: str, params: Params, body: bytes) -> None:
        """Store an answer the caller has checked to be a success."""
        now = time.time()
        with self._lock, self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO responses VALUES (?, ?, ?, ?, ?, ?)",
                (self.key(utility, params), utility, canonical_request(utility, params),
                 body, now, now + self.ttl))

    def purge_expired(self) -> int:
        with self._lock, self._db:
            return self._db.execute("DELETE FROM responses WHERE expires_at < ?",
                                    (time.time(),)).rowcount

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM responses").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> ResponseCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
