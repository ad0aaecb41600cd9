"""A fake NCBI E-utilities server on 127.0.0.1 for the tests, with scripted faults.

    fake = FakeEutils(records=seed_records())
    with fake:                      # starts a ThreadingHTTPServer on a free port
        client = EntrezClient(base_url=fake.url)
        fake.fail("efetch", Fault("status", 429))   # the next efetch answers 429
        ...
        fake.requests               # every request: method, path, utility, params, body

Serves /efetch.fcgi (db=pubmed|pmc, GET or POST), /esearch.fcgi ([doi], [ti], [pmcid], [pmid],
OR-joined terms), /elink.fcgi (dbfrom=pmc db=pubmed, repeated id=), /esummary.fcgi and
/ecitmatch.cgi (bdata lines matched on journal, year, volume, first page, first author).
"""

from __future__ import annotations

import gzip
import json
import random
import re
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import eutils_xml

Record = Mapping[str, Any]

REPO_ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = REPO_ROOT.parent / "shared" / "seed"
SEED_REFERENCES = SEED_DIR / "references.json"

UTILITIES = {
    "/efetch.fcgi": "efetch",
    "/esearch.fcgi": "esearch",
    "/elink.fcgi": "elink",
    "/esummary.fcgi": "esummary",
    "/ecitmatch.cgi": "ecitmatch",
}


@dataclass
class Fault:
    """One scripted failure, served instead of the real answer.

    kind: "status" (HTTP `status`; 429 carries NCBI's JSON body and no Retry-After unless
    `retry_after` is set), "delay" (sleep `delay` s, then answer normally), "truncated"
    (Content-Length larger than the body sent), "cut_xml" (a consistent but cut-off body),
    "html" (an outage page with status 200), "error" (an `<ERROR>` element, status 200),
    "xhtml" (an XHTML outage page served as text/xml), "body" (`body` as `content_type`),
    "drip" (the real answer, one byte every `delay` s), "gzip_bomb" (`size` zero bytes,
    gzip-compressed). `cut` (bytes) makes "cut_xml" drop that many bytes from the end instead
    of half the body (the Content-Length still matching).
    """

    kind: str
    status: int = 200
    delay: float = 0.0
    message: str = "Search Backend failed: Database is not supported"
    retry_after: str | None = None
    body: bytes = b""
    content_type: str = "text/xml; charset=UTF-8"
    cut: int = 0
    size: int = 0


@dataclass
class LoggedRequest:
    """What went over the wire: method, path, utility and all params (query + form body)."""

    method: str
    path: str
    utility: str
    params: dict[str, list[str]]
    body: bytes = b""
    raw_query: str = ""

    def param(self, name: str) -> str | None:
        values = self.params.get(name)
        return values[0] if values else None


@dataclass
class FakeEutils:
    """An in-process E-utilities stand-in serving `records` (PubMed) and `pmc_articles`."""

    records: list[Record] = field(default_factory=list)
    pmc_articles: list[Record] = field(default_factory=list)
    requests: list[LoggedRequest] = field(default_factory=list)
    faults: dict[str, deque[Fault]] = field(default_factory=dict)
    rate_window: bool = False  # answer 429 past 3 (10 with api_key) arrivals in any 1 s
    jitter: float = 0.0  # random delay (0..jitter s) before a request "arrives"
    arrivals: list[tuple[float, bool, int]] = field(default_factory=list)  # (time, key?, status)
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> FakeEutils:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        server.daemon_threads = True
        server.fake = self  # type: ignore[attr-defined]
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeEutils:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """Base URL with a trailing slash, e.g. http://127.0.0.1:43125/"""
        assert self._server is not None, "server not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    # ------------------------------------------------------------------ scripting

    def add_records(self, records: Iterable[Record]) -> None:
        self.records.extend(records)

    def add_pmc_articles(self, articles: Iterable[Record]) -> None:
        self.pmc_articles.extend(articles)

    def fail(self, utility: str, *faults: Fault | int | str) -> None:
        """Queue faults for the next requests to `utility` ("efetch", "esearch", ..., or "*").

        Shorthands: an int is an HTTP status; "timeout" is a 3 s delay; "truncated", "cut_xml",
        "html", "error" are those kinds.
        """
        queue = self.faults.setdefault(utility, deque())
        for fault in faults:
            queue.append(_fault(fault))

    def calls(self, utility: str | None = None) -> list[LoggedRequest]:
        """Logged requests, optionally only those to one utility."""
        return [r for r in self.requests if utility is None or r.utility == utility]

    def over_limit(self, keyed: bool) -> bool:
        """Log an arrival now; True when the sliding one-second window is over NCBI's limit."""
        with self._lock:
            now = time.monotonic()
            limit = 10 if keyed else 3
            recent = [t for t, k, _ in self.arrivals if k == keyed and t > now - 1.0]
            refused = self.rate_window and len(recent) >= limit
            self.arrivals.append((now, keyed, 429 if refused else 200))
            return refused

    def rate_violations(self) -> int:
        """429s this server sent for the sliding window (the evidence for the pacing tests)."""
        return sum(1 for _, _, status in self.arrivals if status == 429)

    def _next_fault(self, utility: str) -> Fault | None:
        with self._lock:
            for key in (utility, "*"):
                queue = self.faults.get(key)
                if queue:
                    return queue.popleft()
        return None

    # ------------------------------------------------------------------ answers

    def answer(self, utility: str, params: Mapping[str, list[str]]) -> tuple[bytes, str]:
        """The body and content type the real service would send for these params."""
        if utility == "efetch":
            return self._efetch(params), "text/xml; charset=UTF-8"
        if utility == "esearch":
            return self._esearch(params), "text/xml; charset=UTF-8"
        if utility == "elink":
            return self._elink(params), "text/xml; charset=UTF-8"
        if utility == "esummary":
            ids = _ids(params)
            return eutils_xml.esummary_xml(self._pubmed(ids)), "text/xml; charset=UTF-8"
        return self._ecitmatch(params), "text/plain; charset=UTF-8"

    def _pubmed(self, ids: Iterable[str]) -> list[Record]:
        by_pmid = {str(r["pmid"]): r for r in self.records if r.get("pmid")}
        return [by_pmid[i] for i in ids if i in by_pmid]

    def _efetch(self, params: Mapping[str, list[str]]) -> bytes:
        db = _first(params, "db") or "pubmed"
        ids = _ids(params)
        if db == "pmc":
            wanted = {_pmc_number(i) for i in ids}
            articles = [a for a in self.pmc_articles
                        if _pmc_number(str(a.get("pmcid", ""))) in wanted]
            return eutils_xml.pmc_efetch_xml(articles)
        return eutils_xml.pubmed_efetch_xml(self._pubmed(ids))

    def _esearch(self, params: Mapping[str, list[str]]) -> bytes:
        db = _first(params, "db") or "pubmed"
        term = _first(params, "term") or ""
        retmax = int(_first(params, "retmax") or 20)
        pool = self.records if db == "pubmed" else self.pmc_articles
        hits: list[str] = []
        for clause in _or_clauses(term):
            for record in pool:
                uid = _uid(record, db)
                if uid and uid not in hits and all(
                        _matches(record, part.strip().strip("()").strip())
                        for part in re.split(r"\s+AND\s+", clause)):
                    hits.append(uid)
        return eutils_xml.esearch_xml(hits[:retmax], count=len(hits), translation=term)

    def _elink(self, params: Mapping[str, list[str]]) -> bytes:
        known = {_pmc_number(str(r["pmcid"])): str(r["pmid"])
                 for r in [*self.records, *self.pmc_articles] if r.get("pmcid") and r.get("pmid")}
        mapping: dict[str, str | None] = {}
        for value in params.get("id", []):
            for pmc_id in value.split(","):
                number = _pmc_number(pmc_id.strip())
                mapping[number] = known.get(number)
        return eutils_xml.elink_pmc_pubmed_xml(mapping)

    def _ecitmatch(self, params: Mapping[str, list[str]]) -> bytes:
        bdata = _first(params, "bdata") or ""
        answers: list[tuple[str, str | None] | tuple[str, str | None, int]] = []
        for line in re.split(r"[\r\n]+", bdata):
            if not line.strip():
                continue
            found = [r for r in self.records if _citmatch(r, line.split("|"))]
            if len(found) == 1:
                answers.append((line, str(found[0]["pmid"])))
            elif found:
                answers.append((line, None, len(found)))
            else:
                answers.append((line, None))
        return eutils_xml.ecitmatch_text(answers)


# ---------------------------------------------------------------------------- matching helpers


def _fault(value: Fault | int | str) -> Fault:
    if isinstance(value, Fault):
        return value
    if isinstance(value, int):
        return Fault("status", status=value)
    if value == "timeout":
        return Fault("delay", delay=3.0)
    return Fault(value)


def _first(params: Mapping[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    return values[0] if values else None


def _ids(params: Mapping[str, list[str]]) -> list[str]:
    return [i.strip() for value in params.get("id", []) for i in value.split(",") if i.strip()]


def _pmc_number(value: str) -> str:
    return value.strip().upper().removeprefix("PMC")


def _uid(record: Record, db: str) -> str | None:
    if db == "pmc":
        return _pmc_number(str(record["pmcid"])) if record.get("pmcid") else None
    return str(record["pmid"]) if record.get("pmid") else None


def _or_clauses(term: str) -> list[str]:
    return [c.strip().strip("()").strip() for c in re.split(r"\s+OR\s+", term) if c.strip()]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _matches(record: Record, clause: str) -> bool:
    match = re.fullmatch(r'"?(.*?)"?\s*\[(\w+)\]', clause)
    value, tag = (match.group(1), match.group(2).lower()) if match else (clause.strip('"'), "all")
    if tag == "doi":
        return str(record.get("doi") or "").lower() == value.strip().lower()
    if tag in ("pmcid", "pmc"):
        return bool(record.get("pmcid")) and _pmc_number(str(record["pmcid"])) == _pmc_number(value)
    if tag in ("pmid", "uid"):
        return str(record.get("pmid") or "") == value.strip()
    if tag in ("ti", "title"):
        haystack = set(_words(str(record.get("title") or "")))
    else:
        haystack = set(_words(" ".join(str(record.get(k) or "") for k in ("title", "abstract"))))
    wanted = _words(value)
    return bool(wanted) and all(w in haystack for w in wanted)


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _citmatch(record: Record, fields: list[str]) -> bool:
    """journal|year|volume|first_page|author|key| against one record; empty fields are free."""
    fields = [*fields, "", "", "", "", ""][:5]
    journal, year, volume, page, author = (f.strip() for f in fields)
    if journal and _squash(journal) not in {_squash(str(record.get(k) or ""))
                                            for k in ("journal", "journal_iso")}:
        return False
    if year and str(record.get("year") or "") != year:
        return False
    if volume and str(record.get("volume") or "") != volume:
        return False
    if page and str(record.get("pages") or "").split("-")[0].strip() != page:
        return False
    if author:
        authors = record.get("authors") or []
        first = authors[0] if authors else {}
        surname = str(first.get("last") or first.get("collective") or "")
        if not surname or _squash(author.split()[0]) != _squash(surname.split()[0]):
            return False
    return bool(journal or volume or page)


# ---------------------------------------------------------------------------- HTTP handler


class _Handler(BaseHTTPRequestHandler):
    server_version = "FakeEutils/1.0"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        self._serve(b"")

    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        length = int(self.headers.get("Content-Length") or 0)
        self._serve(self.rfile.read(length))

    def _serve(self, body: bytes) -> None:
        fake: FakeEutils = self.server.fake  # type: ignore[attr-defined]
        split = urlsplit(self.path)
        path = "/" + split.path.rsplit("/", 1)[-1]
        params = parse_qs(split.query, keep_blank_values=True)
        for name, values in parse_qs(body.decode("utf-8", "replace"),
                                     keep_blank_values=True).items():
            params.setdefault(name, []).extend(values)
        utility = UTILITIES.get(path, "unknown")
        fake.requests.append(LoggedRequest(self.command, split.path, utility, params, body,
                                           split.query))
        if utility == "unknown":
            self._send(404, b"Not found", "text/plain")
            return
        if fake.jitter:
            time.sleep(random.uniform(0, fake.jitter))
        if fake.over_limit(bool(params.get("api_key"))):
            self._send(429, eutils_xml.RATE_LIMIT_JSON, "application/json")
            return
        fault = fake._next_fault(utility)
        try:
            if fault is None or fault.kind == "delay":
                if fault is not None:
                    time.sleep(fault.delay)
                self._send(200, *fake.answer(utility, params))
            else:
                self._fault(fault, fake, utility, params)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout): nothing to do

    def _fault(self, fault: Fault, fake: FakeEutils, utility: str,
               params: Mapping[str, list[str]]) -> None:
        if fault.kind == "status":
            if fault.status == 429:
                headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
                self._send(429, eutils_xml.RATE_LIMIT_JSON, "application/json", headers)
            else:
                page = f"<html><body><h1>{fault.status} Error</h1></body></html>".encode()
                headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
                self._send(fault.status, page, "text/html", headers)
        elif fault.kind == "html":
            self._send(200, eutils_xml.outage_html(), "text/html; charset=UTF-8")
        elif fault.kind == "error":
            self._send(200, eutils_xml.error_xml(fault.message), "text/xml; charset=UTF-8")
        elif fault.kind == "xhtml":
            page = (b'<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/'
                    b'xhtml"><body><h1>Service unavailable</h1></body></html>')
            self._send(200, page, "text/xml; charset=UTF-8")
        elif fault.kind == "body":
            self._send(200, fault.body, fault.content_type)
        elif fault.kind == "gzip_bomb":
            packed = fault.body or gzip.compress(b"\0" * fault.size, compresslevel=9)
            self._send(200, packed, "text/xml; charset=UTF-8", {"Content-Encoding": "gzip"})
        elif fault.kind == "drip":
            full, content_type = fake.answer(utility, params)
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(full)))
            self.end_headers()
            for index in range(len(full)):
                self.wfile.write(full[index:index + 1])
                self.wfile.flush()
                time.sleep(fault.delay)
        elif fault.kind in ("truncated", "cut_xml"):
            full, content_type = fake.answer(utility, params)
            part = full[: len(full) - fault.cut] if fault.cut else full[: max(1, len(full) // 2)]
            if fault.kind == "cut_xml":
                self._send(200, part, content_type)
                return
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(full)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(part)
            self.wfile.flush()
            self.close_connection = True
        else:
            raise ValueError(f"unknown fault kind {fault.kind!r}")

    def _send(self, status: int, body: bytes, content_type: str,
              headers: Mapping[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


# ---------------------------------------------------------------------------- the seed


_SEED_FIELDS = ("pmid", "pmcid", "doi", "title", "authors", "journal", "journal_iso", "year",
                "month", "day", "volume", "issue", "pages", "abstract", "abstract_sections",
                "abstract_partial", "publication_types", "keywords", "language")


def seed_available() -> bool:
    return SEED_REFERENCES.is_file()


def seed_entries() -> list[dict[str, Any]]:
    """The raw entries of shared/seed/references.json (tests skip when it is truly missing)."""
    if not seed_available():
        import pytest

        pytest.skip(f"seed references not found at {SEED_REFERENCES}")
    data: list[dict[str, Any]] = json.loads(SEED_REFERENCES.read_text(encoding="utf-8"))
    return data


def seed_record(entry: Mapping[str, Any]) -> dict[str, Any]:
    """One seed entry as a record dict: null fields dropped, corrections and MeSH mapped."""
    record = {k: entry[k] for k in _SEED_FIELDS if entry.get(k) is not None}
    record["label"] = entry.get("label")
    if entry.get("retraction_or_errata"):
        record["corrections"] = list(entry["retraction_or_errata"])
    if entry.get("mesh_major_as_listed_by_bvs"):
        record["mesh_terms"] = list(entry["mesh_major_as_listed_by_bvs"])
    return record


def seed_records(*, with_pmid_only: bool = True) -> list[dict[str, Any]]:
    """The seed's references as record dicts (by default only those with a known PMID)."""
    records = [seed_record(e) for e in seed_entries()]
    return [r for r in records if r.get("pmid")] if with_pmid_only else records


def seed_pmc_articles() -> list[dict[str, Any]]:
    """PMC articles for the seed records with a PMCID: front matter and abstract, no body
    (the seed holds no full-text body, so none is invented)."""
    return [r for r in seed_records() if r.get("pmcid")]


def running(records: Iterable[Record] = (), pmc_articles: Iterable[Record] = ()
            ) -> Iterator[FakeEutils]:
    """Generator for fixtures: a started server, stopped afterwards."""
    fake = FakeEutils(records=list(records), pmc_articles=list(pmc_articles)).start()
    try:
        yield fake
    finally:
        fake.stop()
