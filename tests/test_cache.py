"""ResponseCache and the client's cache, refresh and offline behaviour."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from claimcheck.entrez import EntrezClient, OfflineMiss, ResponseCache, open_client
from fake_eutils import FakeEutils

SECRET = "SECRETKEY0123456789abcdef"


def test_key_ignores_identity_params() -> None:
    base = {"db": "pubmed", "id": "1,2"}
    assert ResponseCache.key("efetch", base) == ResponseCache.key(
        "efetch", {**base, "api_key": SECRET, "email": "a@b.c", "tool": "other"})
    assert ResponseCache.key("efetch", base) != ResponseCache.key("esearch", base)
    assert ResponseCache.key("efetch", {"id": "1", "db": "pubmed"}) == ResponseCache.key(
        "efetch", {"db": "pubmed", "id": "1"})


def test_entries_expire(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path / "c.sqlite", ttl=-1)
    cache.put("esearch", {"term": "x"}, b"<x/>")
    assert cache.get("esearch", {"term": "x"}) is None
    assert cache.purge_expired() == 1


def test_cache_hit_avoids_http(seed_eutils: FakeEutils, tmp_path: Path) -> None:
    with ResponseCache(tmp_path) as cache:
        first = EntrezClient(base_url=seed_eutils.url, cache=cache, rate=0)
        first.efetch_pubmed(["34659214"])
        again = EntrezClient(base_url=seed_eutils.url, cache=cache, rate=0)
        assert again.efetch_pubmed(["34659214"])["34659214"].pmcid == "PMC8516390"
        assert (again.requests_made, again.mode) == (0, "cache")
    assert len(seed_eutils.calls("efetch")) == 1


def test_api_key_never_stored(seed_eutils: FakeEutils, tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    client = EntrezClient(base_url=seed_eutils.url, cache=cache, rate=0, api_key=SECRET,
                          email="editor@example.org")
    client.esearch("lupus[ti]")
    client.efetch_pubmed(["34659214"])
    assert seed_eutils.calls()[0].param("api_key") == SECRET
    cache.close()
    stored = cache.path.read_bytes()
    assert SECRET.encode() not in stored and b"editor@example.org" not in stored


def test_refresh_fetches_again_and_rewrites(seed_eutils: FakeEutils, tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    EntrezClient(base_url=seed_eutils.url, cache=cache, rate=0).esearch("lupus[ti]")
    refreshing = EntrezClient(base_url=seed_eutils.url, cache=cache, rate=0, refresh=True)
    refreshing.esearch("lupus[ti]")
    assert refreshing.requests_made == 1 and len(cache) == 1


def test_offline_answers_from_cache_and_names_misses(seed_eutils: FakeEutils,
                                                     tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    EntrezClient(base_url=seed_eutils.url, cache=cache, rate=0).efetch_pubmed(["34659214"])
    offline = EntrezClient(base_url=seed_eutils.url, cache=cache, offline=True)
    assert "34659214" in offline.efetch_pubmed(["34659214"])
    with pytest.raises(OfflineMiss, match=r"efetch.*30428931") as miss:
        offline.efetch_pubmed(["30428931"])
    assert miss.value.exit_code == 3
    assert offline.requests_made == 0 and offline.mode == "offline"


def test_open_client_uses_cache_dir_from_environment(seed_eutils: FakeEutils,
                                                     cache_dir: Path) -> None:
    with open_client(eutils_url=seed_eutils.url) as client:
        client.rate = 0
        client.limiter.limit = 0
        client.esearch("lupus[ti]")
        assert client.mode == "live"
    assert (cache_dir / "responses.sqlite").is_file()
    with open_client(eutils_url=seed_eutils.url, offline=True) as offline:
        assert offline.esearch("lupus[ti]")
    with open_client(eutils_url=seed_eutils.url, no_cache=True, offline=True) as nothing, \
            pytest.raises(OfflineMiss):
        nothing.esearch("lupus[ti]")


def test_cache_is_thread_safe(tmp_path: Path) -> None:
    import threading

    cache = ResponseCache(tmp_path)
    threads = [threading.Thread(target=lambda i=i: cache.put("esearch", {"term": str(i)}, b"x"))
               for i in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(cache) == 20
    assert time.time() > 0
