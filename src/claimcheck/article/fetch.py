"""Fetch an article's web page politely: timeouts, a total deadline, retries, a size cap.

One GET per attempt with a User-Agent naming claimcheck; at most `max_redirects` redirects;
only `text/html` (or XHTML) bodies up to `max_bytes`. Failures are one-line errors:
`NetworkError` (exit 3) for timeouts, refused connections, redirect loops and server errors
after retries; `InputError` (exit 2) for a wrong address (404, 410, other 4xx) or a body that
is not a web page (a PDF, an image) or too large.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
from tenacity import (
    RetryError,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    stop_after_delay,
    wait_exponential,
)

from claimcheck import __version__
from claimcheck.errors import InputError, NetworkError

USER_AGENT = (f"claimcheck/{__version__} (checks health articles against the sources they "
              f"cite; python-requests/{requests.__version__})")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_RETRY_STATUS = {429, 500, 502, 503, 504}
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Page:
    """A fetched page: the address it came from after redirects, its bytes and charset."""

    url: str
    data: bytes
    charset: str | None


class _Transient(Exception):
    """A failure worth another attempt (connection, timeout, 429/5xx)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def is_url(text: str) -> bool:
    return urlsplit(text.strip()).scheme.lower() in ("http", "https")


def fetch_page(url: str, *, timeout: float | None = None, deadline: float = 60.0,
               max_bytes: int = 10_000_000, max_redirects: int = 5, attempts: int = 3,
               backoff: float = 1.0, session: requests.Session | None = None) -> Page:
    """GET `url` and return its HTML; raise `NetworkError` or `InputError` (see module doc).

    `timeout` (seconds to connect and between bytes) defaults to $CLAIMCHECK_FETCH_TIMEOUT or
    20; `deadline` bounds the whole fetch, retries included.
    """
    timeout = timeout if timeout is not None else _env_timeout()
    if not urlsplit(url).netloc:
        raise InputError("not a web address", path=url, hint="give a full http(s):// URL")
    http = session or requests.Session()
    http.max_redirects = max_redirects
    http.headers["User-Agent"] = USER_AGENT
    http.headers["Accept"] = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
    started = time.monotonic()
    retrying = Retrying(
        retry=retry_if_exception_type(_Transient),
        stop=stop_after_attempt(attempts) | stop_after_delay(deadline),
        wait=wait_exponential(multiplier=backoff, max=8 * backoff),
        reraise=False,
    )
    try:
        for attempt in retrying:
            with attempt:
                return _get(http, url, timeout, started + deadline, max_bytes, max_redirects)
    except RetryError as exc:
        last = exc.last_attempt.exception()
        detail = last.message if isinstance(last, _Transient) else str(last)
        raise NetworkError(f"could not fetch the page: {detail}", path=url,
                           hint="check the address and the connection, then try again") from None
    finally:
        if session is None:
            http.close()
    raise AssertionError("unreachable")  # pragma: no cover


def _get(http: requests.Session, url: str, timeout: float, deadline: float, max_bytes: int,
         max_redirects: int) -> Page:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise _Transient("the deadline passed")
    try:
        response = http.get(url, stream=True, timeout=(min(timeout, remaining),
                                                       min(timeout, remaining)))
    except requests.TooManyRedirects:
        raise NetworkError(f"the page redirects more than {max_redirects} times", path=url,
                           hint="open it in a browser and give the final address") from None
    except requests.Timeout:
        raise _Transient(f"no answer within {timeout:g} s") from None
    except requests.ConnectionError as exc:
        raise _Transient(f"cannot connect ({_reason(exc)})") from None
    except requests.RequestException as exc:
        raise InputError(f"cannot fetch this address: {_reason(exc)}", path=url) from None
    with response:
        _check_status(response, url)
        charset = _check_type(response, url)
        data = _read(response, url, deadline, max_bytes)
        return Page(url=response.url or url, data=data, charset=charset)


def _check_status(response: requests.Response, url: str) -> None:
    status = response.status_code
    if status in _RETRY_STATUS:
        raise _Transient(f"the server answered HTTP {status}")
    if status >= 400:
        raise InputError(f"the server answered HTTP {status} ({response.reason or 'error'})",
                         path=url, hint="check the address of the article")


def _check_type(response: requests.Response, url: str) -> str | None:
    header = response.headers.get("Content-Type", "")
    media = header.split(";", 1)[0].strip().lower()
    if media and media not in _HTML_TYPES:
        what = "a PDF" if media == "application/pdf" else \
            "an image" if media.startswith("image/") else media
        raise InputError(f"the address serves {what} ({media}), not a web page", path=url,
                         hint="save the article as text or HTML, or give the page's address")
    for part in header.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _read(response: requests.Response, url: str, deadline: float, max_bytes: int) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise _too_large(url, max_bytes)
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_content(_CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise _too_large(url, max_bytes)
            if time.monotonic() > deadline:
                raise _Transient("the page took too long to download")
            chunks.append(chunk)
    except requests.RequestException as exc:
        raise _Transient(f"the download broke off ({_reason(exc)})") from None
    return b"".join(chunks)


def _too_large(url: str, max_bytes: int) -> InputError:
    return InputError(f"the page is larger than {max_bytes // 1_000_000} MB", path=url,
                      hint="save the article's text and check the file instead")


def _env_timeout() -> float:
    value = os.environ.get("CLAIMCHECK_FETCH_TIMEOUT", "")
    try:
        return max(0.1, float(value)) if value else 20.0
    except ValueError:
        raise InputError(f"CLAIMCHECK_FETCH_TIMEOUT={value!r} is not a number of seconds",
                         hint="set it to e.g. 20") from None


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:160]
