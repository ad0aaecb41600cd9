"""`EntrezClient`: the one way claimcheck talks to NCBI E-utilities.

Every request is paced (3/s, 10/s with an API key, shared by all threads using the client),
retried with exponential backoff and jitter on 429/5xx, connection errors, timeouts and
truncated or unusable bodies, checked, and cached only when it is a real answer.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from email.utils import parsedate_to_datetime
from typing import Literal, TypeVar
from urllib.parse import urlencode

import requests
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
    wait_random,
)

from claimcheck.entrez.cache import IDENTITY_PARAMS, Params, ResponseCache
from claimcheck.entrez.pacing import RateLimiter
from claimcheck.entrez.pmc import parse_pmc
from claimcheck.entrez.pubmed import parse_pubmed
from claimcheck.entrez.responses import BadResponse, check_body, redact
from claimcheck.entrez.results import (
    CitMatchQuery,
    citmatch_bdata,
    clean_field,
    parse_ecitmatch,
    parse_elink,
    parse_esearch,
)
from claimcheck.entrez.xmlread import DTDUnavailable
from claimcheck.errors import NetworkError, OfflineMiss
from claimcheck.models import FullText, SourceRecord

DEFAULT_BASE_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
PATHS = {"efetch": "efetch.fcgi", "esearch": "esearch.fcgi", "elink": "elink.fcgi",
         "esummary": "esummary.fcgi", "ecitmatch": "ecitmatch.cgi"}
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_GET_IDS = 200
MAX_GET_QUERY = 4000  # characters of query string before switching to POST
Mode = Literal["live", "cache", "cassette", "offline"]
_T = TypeVar("_T")


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
    ) -> None:
        url = base_url or os.environ.get("NCBI_EUTILS_URL") or DEFAULT_BASE_URL
        self.base_url = url.rstrip("/") + "/"
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
        self.limiter = RateLimiter(self.rate)
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
            cached = self.cache.get(utility, params)
            if cached is not None:
                with self._count_lock:
                    self.cache_hits += 1
                return cached
        if self.offline:
            raise OfflineMiss(f"offline and not cached: {describe(utility, params)}",
                              hint="run once online, or drop --offline")
        body = self._fetch(utility, params, self._use_post(params) if post is None else post)
        if self.cache is not None:
            self.cache.put(utility, params, body)
        return body

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
        retrying = Retrying(
            stop=stop_after_attempt(self.max_attempts),
            wait=self._wait,
            retry=retry_if_exception_type(_Retryable),
            sleep=self._sleep,
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
            return min(exc.retry_after, self.max_retry_after)
        backoff = (wait_exponential(multiplier=self.backoff, max=self.max_backoff)
                   + wait_random(0, self.backoff))
        return float(backoff(state))

    def _attempt(self, utility: str, params: Params, post: bool) -> bytes:
        url = self.base_url + PATHS[utility]
        items = _wire_items({**params, **self._identity()})
        self.limiter.wait()
        with self._count_lock:
            self.requests_made += 1
        try:
            if post:
                response = self.session.post(url, data=items, timeout=self.timeout)
            else:
                response = self.session.get(url, params=items, timeout=self.timeout)
            body = response.content
        except requests.Timeout:
            raise _Retryable(f"no answer within {self.timeout:g}s (timeout)") from None
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ContentDecodingError) as exc:
            raise _Retryable(self._safe(f"connection failed or body cut off ({exc})")) from None
        except requests.RequestException as exc:
            raise NetworkError(self._safe(f"{utility} request failed: {exc}")) from None
        except Exception as exc:
            if _is_cassette_miss(exc):
                raise OfflineMiss(f"the cassette has no recording of {describe(utility, params)}",
                                  hint="re-record it with make record-cassettes") from None
            raise
        self._check(utility, response, body)
        return body

    def _check(self, utility: str, response: requests.Response, body: bytes) -> None:
        status = response.status_code
        if status in RETRY_STATUSES:
            detail = " (API rate limit exceeded)" if status == 429 else ""
            raise _Retryable(f"HTTP {status}{detail}", _retry_after(response))
        if status >= 400:
            raise NetworkError(f"{utility} answered HTTP {status}",
                               hint="the request was refused; this is not a network blip")
        expected = response.headers.get("Content-Length")
        if (expected and expected.isdigit() and not response.headers.get("Content-Encoding")
                and len(body) < int(expected)):
            raise _Retryable(f"body cut off ({len(body)} of {expected} bytes)")
        try:
            check_body(utility, body, response.headers.get("Content-Type", ""))
        except BadResponse as exc:
            raise _Retryable(exc.reason, exc.retry_after) from None

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
        except (ValueError, RuntimeError, SyntaxError, KeyError) as exc:
            kind = "DTD missing" if isinstance(exc, DTDUnavailable) else type(exc).__name__
            raise NetworkError(f"could not read the {utility} answer ({kind}: {exc})") from None


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
