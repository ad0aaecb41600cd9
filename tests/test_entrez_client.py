"""EntrezClient against the fake E-utilities server: retries, pacing, POST, identity."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claimcheck.entrez import CitMatchQuery, EntrezClient, ResponseCache
from claimcheck.errors import NetworkError
from fake_eutils import FakeEutils, Fault

SECRET = "SECRETKEY0123456789abcdef"


def client_for(fake: FakeEutils, **options: Any) -> EntrezClient:
    """A client with fast retries and no pacing unless a test asks for them."""
    settings: dict[str, Any] = {"rate": 0, "backoff": 0.01, "max_backoff": 0.05, "timeout": 2.0}
    settings.update(options)
    return EntrezClient(base_url=fake.url, **settings)


def test_efetch_pubmed_reads_seed_records(seed_eutils: FakeEutils) -> None:
    client = client_for(seed_eutils)
    records = client.efetch_pubmed(["34659214", "30428931", "99999999"])
    assert set(records) == {"34659214", "30428931"}
    li = records["34659214"]
    assert li.pmcid == "PMC8516390"
    assert li.doi == "10.3389/fimmu.2021.728190"
    assert li.journal_iso == "Front Immunol" and li.year == 2021 and li.month == "Sep"
    assert [a.last for a in li.authors][:2] == ["Li", "Guo"]
    liang = records["30428931"]
    assert [s.label for s in liang.abstract][:2] == ["OBJECTIVE", "METHODS"]
    assert "43.4 ± 25.9 months" in liang.abstract_text
    assert client.requests_made == 1
    (request,) = seed_eutils.calls("efetch")
    assert request.method == "GET"
    assert request.param("tool") == "claimcheck"


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_retryable_status_then_success(seed_eutils: FakeEutils, status: int) -> None:
    seed_eutils.fail("efetch", status)
    client = client_for(seed_eutils)
    assert "34659214" in client.efetch_pubmed(["34659214"])
    assert client.requests_made == 2


def test_timeout_then_success(seed_eutils: FakeEutils) -> None:
    seed_eutils.fail("esearch", Fault("delay", delay=1.5))
    client = client_for(seed_eutils, timeout=0.3)
    assert client.esearch('"10.3389/fimmu.2021.728190"[doi]') == ["34659214"]
    assert client.requests_made == 2


@pytest.mark.parametrize("kind", ["truncated", "cut_xml"])
def test_truncated_body_then_success(seed_eutils: FakeEutils, kind: str) -> None:
    seed_eutils.fail("efetch", kind)
    client = client_for(seed_eutils)
    assert "30428931" in client.efetch_pubmed(["30428931"])
    assert client.requests_made == 2


@pytest.mark.parametrize("kind", ["html", "error"])
def test_html_page_and_error_element_are_retried_never_cached(
        seed_eutils: FakeEutils, tmp_path: Path, kind: str) -> None:
    cache = ResponseCache(tmp_path)
    seed_eutils.fail("esearch", kind, kind)
    client = client_for(seed_eutils, cache=cache, max_attempts=2)
    with pytest.raises(NetworkError) as failure:
        client.esearch("lupus[ti]")
    assert failure.value.exit_code == 3
    assert "HTML page" in str(failure.value) if kind == "html" else "error" in str(failure.value)
    assert len(cache) == 0
    assert client.esearch("lupus[ti]")  # the next, good answer is the one cached
    assert len(cache) == 1
    assert b"<ERROR>" not in (cache.get("esearch", {"db": "pubmed", "term": "lupus[ti]",
                                                    "retmax": "20"}) or b"")


def test_retries_exhausted_raise_network_error(seed_eutils: FakeEutils) -> None:
    seed_eutils.fail("efetch", *([503] * 5))
    client = client_for(seed_eutils, max_attempts=3)
    with pytest.raises(NetworkError, match=r"efetch failed after 3 attempts: HTTP 503"):
        client.efetch_pubmed(["34659214"])
    assert client.requests_made == 3


def test_rate_limit_without_retry_after_backs_off_exponentially(seed_eutils: FakeEutils) -> None:
    waits: list[float] = []
    seed_eutils.fail("efetch", 429, 429)
    client = client_for(seed_eutils, sleep=waits.append, backoff=0.5, max_backoff=10)
    client.efetch_pubmed(["34659214"])
    assert len(waits) == 2
    assert 0.5 <= waits[0] <= 1.0 and 1.0 <= waits[1] <= 1.5  # doubling plus jitter


def test_retry_after_is_honoured(seed_eutils: FakeEutils) -> None:
    waits: list[float] = []
    seed_eutils.fail("efetch", Fault("status", 503, retry_after="7"))
    client = client_for(seed_eutils, sleep=waits.append)
    client.efetch_pubmed(["34659214"])
    assert waits == [7.0]


def test_client_error_is_not_retried(fake_eutils: FakeEutils) -> None:
    fake_eutils.fail("esearch", 400)
    client = client_for(fake_eutils)
    with pytest.raises(NetworkError, match="HTTP 400"):
        client.esearch("x")
    assert client.requests_made == 1


def test_long_id_lists_go_by_post(seed_eutils: FakeEutils) -> None:
    client = client_for(seed_eutils)
    many = ["34659214"] + [str(40000000 + i) for i in range(250)]
    assert set(client.efetch_pubmed(many)) == {"34659214"}
    few = [str(40000000 + i) for i in range(200)]
    client.efetch_pubmed(few)
    post, get = seed_eutils.calls("efetch")
    assert post.method == "POST" and post.param("id") == ",".join(many)
    assert b"id=" in post.body and "id" not in post.raw_query
    assert get.method == "GET"


def test_settings_from_environment(seed_eutils: FakeEutils, monkeypatch: pytest.MonkeyPatch
                                   ) -> None:
    monkeypatch.setenv("NCBI_EUTILS_URL", seed_eutils.url.rstrip("/"))
    monkeypatch.setenv("NCBI_EMAIL", "editor@example.org")
    monkeypatch.setenv("NCBI_API_KEY", SECRET)
    client = EntrezClient(rate=0)
    assert client.base_url == seed_eutils.url
    client.esearch("lupus[ti]")
    (request,) = seed_eutils.calls("esearch")
    assert request.param("api_key") == SECRET
    assert request.param("email") == "editor@example.org"
    assert request.param("tool") == "claimcheck"


def test_api_key_never_in_error_messages(seed_eutils: FakeEutils) -> None:
    seed_eutils.fail("efetch", *([502] * 2))
    client = client_for(seed_eutils, api_key=SECRET, email="editor@example.org", max_attempts=2)
    with pytest.raises(NetworkError) as failure:
        client.efetch_pubmed(["34659214"])
    unreachable = EntrezClient(base_url="http://127.0.0.1:9/", api_key=SECRET, rate=0,
                               backoff=0.01, max_attempts=2, timeout=1)
    with pytest.raises(NetworkError) as refused:
        unreachable.esearch("x")
    for error in (failure.value, refused.value):
        assert SECRET not in str(error) and SECRET not in repr(error)
        assert "editor@example.org" not in str(error)


def test_pmc_to_pubmed_is_one_request(seed_eutils: FakeEutils) -> None:
    client = client_for(seed_eutils)
    assert client.pmc_to_pubmed(["PMC8516390", "pmc6236873", "PMC1"]) == {
        "PMC8516390": "34659214", "PMC6236873": "30428931", "PMC1": None}
    (request,) = seed_eutils.calls("elink")
    assert request.params["id"] == ["8516390", "6236873", "1"]
    assert request.param("dbfrom") == "pmc" and request.param("db") == "pubmed"


def test_ecitmatch_batch(seed_eutils: FakeEutils, seed: list[dict[str, Any]]) -> None:
    twin = dict(next(r for r in seed if r["pmid"] == "33713197"), pmid="1")
    seed_eutils.add_records([twin])
    client = client_for(seed_eutils)
    found = client.ecitmatch([
        CitMatchQuery(key="2", journal="N Engl J Med", year=2011, volume="365",
                      first_page="2110", author="Tsokos GC"),
        CitMatchQuery(key="3", journal="frontiers in immunology", year="2021", volume="12",
                      first_page="728190", author="li a"),
        CitMatchQuery(key="4", journal="Arch Immunol Ther Exp (Warsz)", year=2021, volume="69",
                      first_page="7", author="tang wy"),
        CitMatchQuery(key="x|y", journal="Lancet", year=1999, volume="1", first_page="1",
                      author="nobody"),
    ])
    assert found == {"2": "22129255", "3": "34659214", "4": None, "x|y": None}
    assert len(seed_eutils.calls("ecitmatch")) == 1


def test_efetch_pmc_keys_and_passages(seed_eutils: FakeEutils) -> None:
    client = client_for(seed_eutils)
    texts = client.efetch_pmc(["PMC6236873", "8516390"])
    assert set(texts) == {"PMC6236873", "PMC8516390"}
    liang = texts["PMC6236873"]
    assert liang.pmid == "30428931" and not liang.has_body
    assert any("404 patients" in p.text and p.kind == "abstract" for p in liang.passages)
