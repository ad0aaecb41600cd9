"""Fault suite: answers are validated before use or caching, and every request is bounded.

Each test plays a hostile or broken server (tests/fake_eutils.py fault modes) and asserts the
error, that nothing failing validation was cached, and the time or memory bound.
"""

from __future__ import annotations

import gzip
import sqlite3
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

import eutils_xml
from claimcheck.entrez import CitMatchQuery, EntrezClient, ResponseCache, open_client
from claimcheck.entrez.client import MAX_RESPONSE_BYTES, REQUEST_DEADLINE
from claimcheck.errors import NetworkError
from fake_eutils import FakeEutils, Fault

LANCET = CitMatchQuery(key="1", journal="N Engl J Med", year=2011, volume="365",
                       first_page="2110", author="tsokos gc")


def client_for(fake: FakeEutils, cache: ResponseCache | None = None,
               **options: Any) -> EntrezClient:
    settings: dict[str, Any] = {"rate": 0, "backoff": 0.01, "max_backoff": 0.02,
                                "timeout": 2.0, "max_attempts": 2}
    settings.update(options)
    return EntrezClient(base_url=fake.url, cache=cache, **settings)


def test_cut_citmatch_answer_is_retried_and_never_cached(seed_eutils: FakeEutils,
                                                         tmp_path: Path) -> None:
    """`…|tsokos gc|1|2212` (cut mid-PMID, Content-Length matching) is not a PMID."""
    cache = ResponseCache(tmp_path)
    seed_eutils.fail("ecitmatch", Fault("cut_xml", cut=5), Fault("cut_xml", cut=5))
    with pytest.raises(NetworkError, match="ECitMatch answer cut off"):
        client_for(seed_eutils, cache).ecitmatch([LANCET])
    assert len(cache) == 0
    seed_eutils.fail("ecitmatch", Fault("cut_xml", cut=5))
    client = client_for(seed_eutils, cache)
    assert client.ecitmatch([LANCET]) == {"1": "22129255"}
    assert client.requests_made == 2 and len(cache) == 1


@pytest.mark.parametrize("body", [
    b"n engl j med|2011|365|2110|tsokos gc|1\n",                 # a field missing
    b"n engl j med|2011|365|2110|tsokos gc|9|22129255\n",        # a key never sent
    b"n engl j med|2011|365|2110|tsokos gc|1|<html>\n",          # neither PMID nor NOT_FOUND
    b"a|b|c|d|e|1|22129255\na|b|c|d|e|1|NOT_FOUND\n",            # two lines for one query
])
def test_malformed_citmatch_lines_fail_validation(seed_eutils: FakeEutils, tmp_path: Path,
                                                  body: bytes) -> None:
    cache = ResponseCache(tmp_path)
    seed_eutils.fail("ecitmatch", *[Fault("body", body=body, content_type="text/plain")] * 2)
    with pytest.raises(NetworkError, match="ECitMatch"):
        client_for(seed_eutils, cache).ecitmatch([LANCET])
    assert len(cache) == 0


@pytest.mark.parametrize("kind", ["truncated", "cut_xml"])
def test_cut_efetch_is_not_cached(seed_eutils: FakeEutils, tmp_path: Path, kind: str) -> None:
    cache = ResponseCache(tmp_path)
    seed_eutils.fail("efetch", kind, kind)
    with pytest.raises(NetworkError, match="cut off|malformed"):
        client_for(seed_eutils, cache).efetch_pubmed(["34659214"])
    assert len(cache) == 0


def test_xhtml_outage_page_as_xml_is_not_cached(seed_eutils: FakeEutils, tmp_path: Path) -> None:
    """An outage page served as text/xml fails the root check; the next healthy run fetches."""
    cache = ResponseCache(tmp_path)
    seed_eutils.fail("efetch", "xhtml", "xhtml")
    with pytest.raises(NetworkError, match=r"unexpected XML root <html>"):
        client_for(seed_eutils, cache).efetch_pubmed(["34659214"])
    assert len(cache) == 0
    healthy = client_for(seed_eutils, cache)
    assert "34659214" in healthy.efetch_pubmed(["34659214"])
    assert healthy.requests_made == 1


def test_efetch_with_a_record_not_requested_fails(seed_eutils: FakeEutils,
                                                  tmp_path: Path) -> None:
    other = eutils_xml.pubmed_efetch_xml([{"pmid": "30428931", "title": "Other"}])
    seed_eutils.fail("efetch", *[Fault("body", body=other)] * 2)
    cache = ResponseCache(tmp_path)
    with pytest.raises(NetworkError, match="not requested"):
        client_for(seed_eutils, cache).efetch_pubmed(["34659214"])
    assert len(cache) == 0


def test_a_bad_cache_entry_is_dropped_and_fetched_again(seed_eutils: FakeEutils,
                                                        tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    params = {"db": "pubmed", "id": "34659214", "retmode": "xml"}
    cache.put("efetch", params, b'<?xml version="1.0"?><html><body>down</body></html>')
    client = client_for(seed_eutils, cache)
    assert "34659214" in client.efetch_pubmed(["34659214"])
    assert client.requests_made == 1
    assert b"PubmedArticleSet" in (cache.get("efetch", params) or b"")


def test_drip_server_is_cut_off_at_the_request_deadline(seed_eutils: FakeEutils) -> None:
    seed_eutils.fail("esearch", Fault("drip", delay=0.2))
    client = client_for(seed_eutils, request_deadline=1.0, max_attempts=1)
    start = time.monotonic()
    with pytest.raises(NetworkError, match="request deadline"):
        client.esearch("lupus[ti]")
    assert time.monotonic() - start < 2.0


def test_silent_server_respects_the_run_deadline(seed_eutils: FakeEutils) -> None:
    seed_eutils.fail("esearch", *[Fault("delay", delay=5.0)] * 5)
    client = client_for(seed_eutils, timeout=30.0, request_deadline=30.0, max_attempts=5,
                        deadline=1.5)
    start = time.monotonic()
    with pytest.raises(NetworkError):
        client.esearch("lupus[ti]")
    assert time.monotonic() - start < 3.0


def test_defaults_bound_each_request() -> None:
    client = EntrezClient(rate=0)
    assert client.request_deadline == REQUEST_DEADLINE == 60.0
    assert client.max_response_bytes == MAX_RESPONSE_BYTES == 50_000_000


def test_gzip_bomb_is_refused_with_bounded_memory(seed_eutils: FakeEutils) -> None:
    bomb = gzip.compress(b"\0" * 60_000_000, compresslevel=9)  # ~60 KB on the wire
    seed_eutils.fail("efetch", Fault("gzip_bomb", body=bomb))
    client = client_for(seed_eutils, max_response_bytes=5_000_000, max_attempts=1)
    tracemalloc.start()
    try:
        with pytest.raises(NetworkError, match="larger than 5 MB"):
            client.efetch_pubmed(["34659214"])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000


def test_gzip_answer_within_the_cap_is_read(seed_eutils: FakeEutils) -> None:
    body = eutils_xml.pubmed_efetch_xml([{"pmid": "34659214", "title": "T"}])
    seed_eutils.fail("efetch", Fault("gzip_bomb", body=gzip.compress(body)))
    assert client_for(seed_eutils).efetch_pubmed(["34659214"])["34659214"].title == "T"


# ---------------------------------------------------------------------------- cache faults


def test_cache_that_cannot_be_written_degrades_to_a_warning(seed_eutils: FakeEutils,
                                                            tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    cache = ResponseCache(tmp_path)

    def read_only(*args: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(cache, "put", read_only)
    client = client_for(seed_eutils, cache)
    assert "34659214" in client.efetch_pubmed(["34659214"])
    assert client.cache is None
    assert client.warnings and "readonly" in client.warnings[0]
    assert "34659214" in client.efetch_pubmed(["34659214"])  # goes on without the cache


@pytest.mark.parametrize("fault", ["corrupt", "file_in_place"])
def test_cache_that_cannot_be_opened_degrades_to_a_warning(seed_eutils: FakeEutils,
                                                           tmp_path: Path, fault: str) -> None:
    place = tmp_path / "cache"
    if fault == "corrupt":
        place.mkdir()
        (place / "responses.sqlite").write_bytes(b"this is not a database" * 100)
    else:
        place.write_text("a file where the cache directory should be")
    with open_client(cache_dir=place, eutils_url=seed_eutils.url) as client:
        client.limiter.limit = 0
        assert "34659214" in client.efetch_pubmed(["34659214"])
        assert client.cache is None
        assert client.warnings and "continuing without it" in client.warnings[0]


def test_each_retry_is_announced(seed_eutils: FakeEutils, caplog: pytest.LogCaptureFixture
                                 ) -> None:
    seed_eutils.fail("esearch", 503)
    with caplog.at_level("WARNING", logger="claimcheck.entrez"):
        assert client_for(seed_eutils).esearch("lupus[ti]")
    assert any("esearch: HTTP 503; retrying in" in r.getMessage() and "attempt 2 of 2"
               in r.getMessage() for r in caplog.records)


def test_pmc_article_with_several_id_forms_counts_once() -> None:
    from claimcheck.entrez.validate import validate

    body = (b'<?xml version="1.0"?><pmc-articleset><article><front><article-meta>'
            b'<article-id pub-id-type="pmcid">PMC8516390</article-id>'
            b'<article-id pub-id-type="pmc">8516390</article-id>'
            b'<article-id pub-id-type="pmcaid">8516390</article-id>'
            b"</article-meta></front></article></pmc-articleset>")
    validate("efetch", {"db": "pmc", "id": "8516390", "retmode": "xml"}, body)
