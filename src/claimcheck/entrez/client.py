"""`EntrezClient`: the one way claimcheck talks to NCBI E-utilities.

Every request is paced (3/s, 10/s with an API key, shared by all threads using the client),
retried with exponential backoff and jitter on 429/5xx, connection errors, timeouts and
truncated or unusable bodies, checked, and cached only when it is a real answer.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from email.utils import parsedate_to_datetime
from typing import Literal, TypeVar
from urllib.parse import urlencode, urlsplit
from xml.parsers.expat import ExpatError

import requests
import urllib3.exceptions
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
    wait_random,
)

from claimcheck.entrez.cache import IDENTITY_PARAMS, Params, ResponseCache
from claimcheck.entrez.pacing import STATE_FILE, RateLimiter
from claimcheck.entrez.pmc import parse_pmc
from claimcheck.entrez.pubmed import parse_pubmed
from claimcheck.entrez.responses import BadResponse, redact
from claimcheck.entrez.results import (
    CitMatchQuery,
    citmatch_bdata,
    clean_field,
    parse_ecitmatch,
    parse_elink,
    parse_esearch,
)
from claimcheck.entrez.validate import validate
from claimcheck.entrez.xmlread import DTDUnavailable
from claimcheck.errors import InputError, NetworkError, OfflineMiss
from claimcheck.models import FullText, SourceRecord

DEFAULT_BASE_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
PATHS = {"efetch": "efetch.fcgi", "esearch": "esearch.fcgi", "elink": "elink.fcgi",
         "esummary": "esummary.fcgi", "ecitmatch": "ecitmatch.cgi"}
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_GET_IDS = 200
MAX_GET_QUERY = 4000  # characters of query string before switching to POST
REQUEST_DEADLINE = 60.0  # seconds for one request: connect, headers and the whole body
MAX_RESPONSE_BYTES = 50_000_000  # decompressed
_CHUNK = 65536
Mode = Literal["live", "cache", "cassette", "offline"]
_T = TypeVar("_T")
_LOG = logging.getLogger("claimcheck.entrez")  # retry notices (the CLI prints them to stderr)


class _Retryable(Exception):
    """A failure worth another attempt; `reason` is safe to show (no secrets)."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class EntrezClient:
    """Paced, retried, cached access to E-utilities, with typed PubMed/PMC readers.

    Settings not given fall back to $NCBI_EUTILS_URL, $NCBI_EMAIL and $NCBI_API_KEY.
    `backoff` is the first retry wait in seconds (doubling, with jitter, up to `max_backoff`);
    `rate` overrides the requests/second (0 disables pacing); `sleep` is used for retry waits.
    `request_deadline` bounds one request (connect + whole body), `deadline` the whole run
    (seconds from now; None: unbounded); `max_response_bytes` caps a decompressed body.
    `pacing_file` is the lock file shared with other processes (default: next to the cache).
    Cache faults never abort: the cache is dropped and a line is added to `warnings`.
    """

    def __init__(
        self,
        base_url: str | None = None,
        email: str | None = None,
        api_key: str | None = None,
        tool: str = "claimcheck",
        cache: ResponseCache | None = None,
        offline: bool = False,
        refresh: bool = False,
        timeout: float = 30.0,
        max_attempts: int = 5,
        session: requests.Session | None = None,
        *,
        backoff: float = 1.0,
        max_backoff: float = 30.0,
        max_retry_after: float = 60.0,
        rate: float | None = None,
        sleep: Callable[[float], None] = time.sleep,
        cassette: bool = False,
        request_deadline: float = REQUEST_DEADLINE,
        deadline: float | None = None,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        pacing_file: str | os.PathLike[str] | None = None,
    ) -> None:
        url = base_url or os.environ.get("NCBI_EUTILS_URL") or DEFAULT_BASE_URL
        self.base_url = check_base_url(url)
        self.email = email or os.environ.get("NCBI_EMAIL") or None
        self.api_key = api_key or os.environ.get("NCBI_API_KEY") or None
        self.tool = tool
        self.cache = cache
        self.offline = offline
        self.refresh = refresh
        self.timeout = timeout
        self.max_attempts = max(1, max_attempts)
        self.session = session or requests.Session()
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after
        self.cassette = cassette
        self._sleep = sleep
        self.rate = rate if rate is not None else (10.0 if self.api_key else 3.0)
        if pacing_file is None and cache is not None:
            pacing_file = cache.path.parent / STATE_FILE
        self.limiter = RateLimiter(self.rate, state_file=pacing_file)
        self.request_deadline = request_deadline
        self.run_deadline = time.monotonic() + deadline if deadline is not None else None
        self.max_response_bytes = max_response_bytes
        self.warnings: list[str] = []
        self.requests_made = 0
        self.cache_hits = 0
        self._count_lock = threading.Lock()

    # ------------------------------------------------------------------ state

    @property
    def mode(self) -> Mode:
        """cassette, offline, cache (every answer so far came from the cache) or live."""
        if self.cassette:
            return "cassette"
        if self.offline:
            return "offline"
        if self.cache_hits and not self.requests_made:
            return "cache"
        return "live"

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> EntrezClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ raw calls

    def call(self, utility: str, params: Params, *, post: bool | None = None) -> bytes:
        """One E-utility answer (bytes), from the cache or the network; paced and retried.

        `post=None` chooses POST when an id list exceeds 200 ids or the query is long.
        Raises NetworkError when retries are exhausted, OfflineMiss when offline and uncached.
        """
        if utility not in PATHS:
            raise ValueError(f"unknown E-utility {utility!r}; expected one of {sorted(PATHS)}")
        if self.cache is not None and not self.refresh:
            cached = self._cached(utility, params)
            if cached is not None:
                with self._count_lock:
                    self.cache_hits += 1
                return cached
        if self.offline:
            raise OfflineMiss(f"offline and not cached: {describe(utility, params)}",
                              hint="run once online, or drop --offline")
        body = self._fetch(utility, params, self._use_post(params) if post is None else post)
        if self.cache is not None:
            try:
                self.cache.put(utility, params, body)
            except (sqlite3.Error, OSError) as exc:
                self._drop_cache(exc)
        return body

    def _cached(self, utility: str, params: Params) -> bytes | None:
        """A cached answer that still passes validation; a bad entry is dropped, not served."""
        assert self.cache is not None
        try:
            cached = self.cache.get(utility, params)
            if cached is None:
                return None
            try:
                validate(utility, params, cached)
            except BadResponse:
                self.cache.delete(utility, params)
                return None
            return cached
        except (sqlite3.Error, OSError) as exc:
            self._drop_cache(exc)
            return None

    def _drop_cache(self, exc: BaseException) -> None:
        """A cache that cannot be read or written: warn once and go on without it."""
        if self.cache is not None:
            where = self.cache.path
            self.cache = None
            self.warnings.append(f"response cache {where} unusable ({exc}); continuing "
                                 "without it")

    def _use_post(self, params: Params) -> bool:
        ids = params.get("id")
        if isinstance(ids, str):
            count = len(ids.split(","))
        elif isinstance(ids, (list, tuple)):
            count = sum(len(str(v).split(",")) for v in ids)
        else:
            count = 0
        query_length = len(urlencode(_wire_items(params), doseq=True))
        return count > MAX_GET_IDS or query_length > MAX_GET_QUERY

    def _fetch(self, utility: str, params: Params, post: bool) -> bytes:
        def notice(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            wait = state.next_action.sleep if state.next_action else 0.0
            _LOG.warning("%s: %s; retrying in %.1f s (attempt %d of %d)", utility,
                         getattr(exc, "reason", exc), wait, state.attempt_number + 1,
                         self.max_attempts)

        retrying = Retrying(
            stop=stop_after_attempt(self.max_attempts),
            wait=self._wait,
            retry=retry_if_exception_type(_Retryable),
            sleep=self._sleep,
            before_sleep=notice,
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    return self._attempt(utility, params, post)
        except _Retryable as exc:
            raise NetworkError(
                f"{utility} failed after {self.max_attempts} attempts: {exc.reason}",
                hint="NCBI may be down or rate-limiting; try again later or use --cassette",
            ) from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, _Retryable) and exc.retry_after is not None:
            wait = min(exc.retry_after, self.max_retry_after)
        else:
            backoff = (wait_exponential(multiplier=self.backoff, max=self.max_backoff)
                       + wait_random(0, self.backoff))
            wait = float(backoff(state))
        if self.run_deadline is not None:  # never sleep past the run's deadline
            wait = max(0.0, min(wait, self.run_deadline - time.monotonic()))
        return wait

    def _attempt(self, utility: str, params: Params, post: bool) -> bytes:
        url = self.base_url + PATHS[utility]
        items = _wire_items({**params, **self._identity()})
        self._check_run_deadline(utility)
        self.limiter.wait()
        self._check_run_deadline(utility)
        with self._count_lock:
            self.requests_made += 1
        deadline = time.monotonic() + self.request_deadline
        if self.run_deadline is not None:
            deadline = min(deadline, self.run_deadline)
        per_read = max(0.001, min(self.timeout, deadline - time.monotonic()))
        headers = {"Accept-Encoding": "gzip, deflate"}
        try:
            if post:
                response = self.session.post(url, data=items, timeout=(per_read, per_read),
                                             stream=True, headers=headers)
            else:
                response = self.session.get(url, params=items, timeout=(per_read, per_read),
                                            stream=True, headers=headers)
            try:
                self._check_status(utility, response)
                body = self._read_body(response, deadline)
            finally:
                response.close()
        except requests.Timeout:
            raise _Retryable(f"no answer within {per_read:g}s (timeout)") from None
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ContentDecodingError) as exc:
            raise _Retryable(self._safe(f"connection failed or body cut off ({exc})")) from None
        except requests.RequestException as exc:  # before OSError: requests' are OSErrors
            raise NetworkError(self._safe(f"{utility} request failed: {exc}")) from None
        except (urllib3.exceptions.HTTPError, OSError) as exc:  # while reading the body
            raise _Retryable(self._safe(f"connection failed or body cut off ({exc})")) from None
        except (_Retryable, NetworkError):
            raise
        except Exception as exc:
            if _is_cassette_miss(exc):
                raise OfflineMiss(f"the cassette has no recording of {describe(utility, params)}",
                                  hint="re-record it with make record-cassettes") from None
            raise
        try:
            validate(utility, params, body, response.headers.get("Content-Type", ""))
        except BadResponse as exc:
            raise _Retryable(exc.reason, exc.retry_after) from None
        return body

    def _check_run_deadline(self, utility: str) -> None:
        if self.run_deadline is not None and time.monotonic() >= self.run_deadline:
            raise NetworkError(f"{utility} not sent: the run's deadline has passed",
                               hint="raise --deadline, or try again later")

    def _check_status(self, utility: str, response: requests.Response) -> None:
        status = response.status_code
        if status in RETRY_STATUSES:
            detail = " (API rate limit exceeded)" if status == 429 else ""
            raise _Retryable(f"HTTP {status}{detail}", _retry_after(response))
        if status >= 400:
            raise NetworkError(f"{utility} answered HTTP {status}",
                               hint="the request was refused; this is not a network blip")

    def _read_body(self, response: requests.Response, deadline: float) -> bytes:
        """The whole body within `deadline`, decompressed, at most `max_response_bytes`."""
        encoding = response.headers.get("Content-Encoding", "").strip().lower()
        if encoding in ("", "identity"):
            decoder = None
        elif encoding in ("gzip", "x-gzip", "deflate"):
            decoder = zlib.decompressobj(47 if encoding != "deflate" else zlib.MAX_WBITS)
        else:
            raise _Retryable(f"unsupported Content-Encoding {encoding!r}")
        raw, size, limit = 0, 0, self.max_response_bytes
        chunks: list[bytes] = []
        while True:
            if time.monotonic() > deadline:
                raise _Retryable(f"no complete answer within {self.request_deadline:g}s "
                                 "(request deadline)")
            data = _read_some(response.raw)
            if not data:
                break
            raw += len(data)
            pieces = [data]
            if decoder is not None:  # bounded inflation: never more than the cap in memory
                pieces = [decoder.decompress(data, limit - size + 1)]
                while decoder.unconsumed_tail and size + sum(map(len, pieces)) <= limit:
                    room = limit - size - sum(map(len, pieces)) + 1
                    pieces.append(decoder.decompress(decoder.unconsumed_tail, room))
            size += sum(map(len, pieces))
            chunks.extend(pieces)
            if size > limit or raw > limit:
                raise NetworkError(
                    f"the answer is larger than {limit / 1_000_000:g} MB; refused",
                    hint="ask for fewer records per request")
        if decoder is not None:
            chunks.append(decoder.flush())
            if not decoder.eof:
                raise _Retryable("compressed body cut off")
        expected = response.headers.get("Content-Length", "")
        if expected.isdigit() and raw < int(expected):
            raise _Retryable(f"body cut off ({raw} of {expected} bytes)")
        return b"".join(chunks)

    def _identity(self) -> dict[str, str]:
        identity = {"tool": self.tool}
        if self.email:
            identity["email"] = self.email
        if self.api_key:
            identity["api_key"] = self.api_key
        return identity

    def _safe(self, text: str) -> str:
        return redact(text, (self.api_key, self.email))

    # ------------------------------------------------------------------ typed readers

    def efetch_pubmed(self, pmids: Sequence[str]) -> dict[str, SourceRecord]:
        """PubMed records by PMID, in one request (POST beyond 200 ids); absent ids left out."""
        ids = _unique(str(p).strip() for p in pmids)
        if not ids:
            return {}
        body = self.call("efetch", {"db": "pubmed", "id": ",".join(ids), "retmode": "xml"})
        records = self._parse("efetch", lambda: parse_pubmed(body))
        return {r.pmid: r for r in records}

    def efetch_pmc(self, pmcids: Sequence[str]) -> dict[str, FullText]:
        """PMC full texts keyed "PMC…" (front matter, abstract and body when PMC has it)."""
        numbers = _unique(pmc_number(p) for p in pmcids)
        if not numbers:
            return {}
        body = self.call("efetch", {"db": "pmc", "id": ",".join(numbers), "retmode": "xml"})
        texts = self._parse("efetch", lambda: parse_pmc(body))
        return {t.pmcid: t for t in texts}

    def esearch(self, term: str, *, db: str = "pubmed", retmax: int = 20) -> list[str]:
        """UIDs matching an Entrez query (e.g. '"10.1056/x"[doi]', 'lupus stem cells[ti]')."""
        body = self.call("esearch", {"db": db, "term": term, "retmax": str(retmax)})
        return self._parse("esearch", lambda: parse_esearch(body))

    def pmc_to_pubmed(self, pmcids: Sequence[str]) -> dict[str, str | None]:
        """"PMC…" → PMID (None when PMC links to no PubMed record), in one ELink request."""
        numbers = _unique(pmc_number(p) for p in pmcids)
        if not numbers:
            return {}
        body = self.call("elink", {"dbfrom": "pmc", "db": "pubmed", "linkname": "pmc_pubmed",
                                   "id": numbers})
        links = self._parse("elink", lambda: parse_elink(body))
        return {f"PMC{n}": next(iter(links.get(n, [])), None) for n in numbers}

    def ecitmatch(self, queries: Sequence[CitMatchQuery]) -> dict[str, str | None]:
        """key → PMID for every citation, in one ECitMatch request (None: not found/ambiguous)."""
        if not queries:
            return {}
        body = self.call("ecitmatch", {"db": "pubmed", "retmode": "xml",
                                       "bdata": citmatch_bdata(queries)})
        found = parse_ecitmatch(body)
        return {q.key: found.get(clean_field(q.key)) for q in queries}

    def _parse(self, utility: str, parse: Callable[[], _T]) -> _T:
        try:
            return parse()
        except (ValueError, RuntimeError, SyntaxError, KeyError, ExpatError) as exc:
            kind = "DTD missing" if isinstance(exc, DTDUnavailable) else type(exc).__name__
            raise NetworkError(f"could not read the {utility} answer ({kind}: {exc})") from None


def check_base_url(url: str) -> str:
    """`url` with one trailing slash, or InputError (exit 2) unless it is http(s) with a host
    and a valid port."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise InputError(f"E-utilities URL {url!r} is not a valid URL ({exc})",
                         hint="e.g. https://eutils.ncbi.nlm.nih.gov/entrez/eutils/") from None
    if parts.scheme not in ("http", "https") or not parts.hostname or port == 0:
        raise InputError(f"E-utilities URL {url!r} (--eutils-url, $NCBI_EUTILS_URL) must be an "
                         "http(s) URL with a host",
                         hint="e.g. https://eutils.ncbi.nlm.nih.gov/entrez/eutils/")
    return url.strip().rstrip("/") + "/"


def pmc_number(pmcid: str) -> str:
    """"PMC8516390" / "pmc8516390" / "8516390" → "8516390"."""
    return str(pmcid).strip().upper().removeprefix("PMC")


def describe(utility: str, params: Params) -> str:
    """A short, secret-free description of a request for messages."""
    shown = " ".join(f"{name}={value}" for name, value in _wire_items(params)
                     if name not in IDENTITY_PARAMS)
    text = f"{utility} {shown}".replace("\r", " | ")
    return text if len(text) <= 300 else text[:297] + "..."


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value:
            seen.setdefault(value, None)
    return list(seen)


def _wire_items(params: Mapping[str, object]) -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    for name, value in params.items():
        if isinstance(value, (list, tuple)):
            items.extend((name, str(v)) for v in value)
        else:
            items.append((name, str(value)))
    return items


def _read_some(raw: object) -> bytes:
    """At most one chunk of the still-encoded body, as soon as any of it has arrived."""
    try:
        return bytes(raw.read1(_CHUNK, decode_content=False))  # type: ignore[attr-defined]
    except TypeError:  # vcrpy's replayed response: a plain stream, already decoded
        return bytes(raw.read1(_CHUNK))  # type: ignore[attr-defined]


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _is_cassette_miss(exc: Exception) -> bool:
    try:
        from vcr.errors import CannotOverwriteExistingCassetteException
    except ImportError:  # pragma: no cover - vcrpy is a dependency
        return False
    return isinstance(exc, CannotOverwriteExistingCassetteException)
