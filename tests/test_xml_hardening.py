"""Hostile XML never reaches the network or the file system, and is never cached.

An audit hook records every file open and socket connection made while a body is parsed; for
each attack form the parsers must refuse it with no such event (PubMed, PMC, ESearch, cached
bodies under --offline).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from Bio.Entrez.Parser import DataHandler

import eutils_xml
from claimcheck.entrez import EntrezClient, ResponseCache, parse_esearch, parse_pmc, parse_pubmed
from claimcheck.entrez.validate import validate
from claimcheck.errors import NetworkError, OfflineMiss
from fake_eutils import FakeEutils, Fault

_EVENTS: list[tuple[str, str]] = []
_WATCHING = [False]


def _hook(event: str, args: tuple[object, ...]) -> None:
    if _WATCHING[0] and event in ("open", "socket.connect", "socket.getaddrinfo",
                                  "urllib.Request", "os.open"):
        _EVENTS.append((event, repr(args[:1])))


sys.addaudithook(_hook)


@contextmanager
def guarded() -> Iterator[list[tuple[str, str]]]:
    """Record opens and connections made inside the block."""
    _EVENTS.clear()
    _WATCHING[0] = True
    try:
        yield _EVENTS
    finally:
        _WATCHING[0] = False


HOST = "http://127.0.0.1:9"
RECORD = (b"<PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>T"
          b"</ArticleTitle></Article></MedlineCitation></PubmedArticle>")
ATTACKS = {
    "system_doctype": b'<?xml version="1.0"?>\n<!DOCTYPE PubmedArticleSet SYSTEM "'
                      + HOST.encode() + b'/evil.dtd"><PubmedArticleSet>' + RECORD
                      + b"</PubmedArticleSet>",
    "single_quoted_public": b"<?xml version='1.0'?><!DOCTYPE PubmedArticleSet PUBLIC '-//X//EN'"
                            b" '" + HOST.encode() + b"/x/evil_250101.dtd'><PubmedArticleSet>"
                            + RECORD + b"</PubmedArticleSet>",
    "doctype_after_long_comment": b'<?xml version="1.0"?><!--' + b"x" * 6000 + b'-->'
                                  b'<!DOCTYPE PubmedArticleSet PUBLIC "-//X//EN" "'
                                  + HOST.encode() + b'/late.dtd"><PubmedArticleSet>' + RECORD
                                  + b"</PubmedArticleSet>",
    "ncbi_host_unknown_dtd": b'<?xml version="1.0"?>\n<!DOCTYPE PubmedArticleSet SYSTEM "https://'
                             b'dtd.nlm.nih.gov/ncbi/pubmed/out/unknown.dtd"><PubmedArticleSet>'
                             + RECORD + b"</PubmedArticleSet>",
    "file_system_id": b'<?xml version="1.0"?><!DOCTYPE PubmedArticleSet SYSTEM '
                      b'"file:///etc/passwd"><PubmedArticleSet>' + RECORD
                      + b"</PubmedArticleSet>",
    "external_entity": b'<?xml version="1.0"?><!DOCTYPE PubmedArticleSet [<!ENTITY x SYSTEM '
                       b'"file:///etc/passwd">]><PubmedArticleSet>&x;</PubmedArticleSet>',
    "external_entity_url": b'<?xml version="1.0"?><!DOCTYPE PubmedArticleSet [<!ENTITY x SYSTEM'
                           b' "' + HOST.encode() + b'/x">]><PubmedArticleSet>&x;'
                           b"</PubmedArticleSet>",
    "parameter_entity": b'<?xml version="1.0"?><!DOCTYPE PubmedArticleSet [<!ENTITY % p SYSTEM '
                        b'"' + HOST.encode() + b'/p.dtd"> %p;]><PubmedArticleSet/>',
    "billion_laughs": b'<?xml version="1.0"?><!DOCTYPE PubmedArticleSet [<!ENTITY a "ha">'
                      + b"".join(b'<!ENTITY %c "&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;">'
                                 % ((ord("a") + i + 1,) + (ord("a") + i,) * 10)
                                 for i in range(9))
                      + b"]><PubmedArticleSet>&j;</PubmedArticleSet>",
    "schema_location": b'<?xml version="1.0"?><PubmedArticleSet xmlns:xsi="http://www.w3.org/'
                       b'2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="' + HOST.encode()
                       + b'/evil.xsd">' + RECORD + b"</PubmedArticleSet>",
}
PARAMS = {"db": "pubmed", "id": "1", "retmode": "xml"}


@pytest.fixture(autouse=True)
def empty_user_dtd_dir(tmp_path: Path) -> Iterator[None]:
    saved = DataHandler.local_dtd_dir
    DataHandler.local_dtd_dir = str(tmp_path / "no-dtds")
    yield
    DataHandler.local_dtd_dir = saved


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_each_attack_is_refused_without_io(name: str) -> None:
    body = ATTACKS[name]
    for parse in (parse_pubmed, parse_esearch, parse_pmc):
        with guarded() as events:
            try:
                parse(body)
            except (ValueError, SyntaxError, KeyError):
                pass
            else:  # only ElementTree, which never loads a DTD, may read an external DOCTYPE
                assert parse is parse_pmc and b"ENTITY" not in body, f"{parse.__name__} read it"
        if name != "schema_location" or parse is parse_pmc:
            assert events == [], f"{parse.__name__} touched {events}"
        else:  # the schema loader may look for a bundled XSD, nothing else
            assert all("XSD" in path or "xsd" in path for _, path in events), events


@pytest.mark.parametrize("name", sorted(n for n in ATTACKS if n != "schema_location"))
def test_each_attack_fails_validation(name: str) -> None:
    from claimcheck.entrez.responses import BadResponse

    with guarded() as events, pytest.raises(BadResponse):
        validate("efetch", PARAMS, ATTACKS[name])
    assert events == []


def test_hostile_bodies_are_never_cached(fake_eutils: FakeEutils, tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    for name, body in sorted(ATTACKS.items()):
        if name == "schema_location":
            continue
        fake_eutils.fail("efetch", Fault("body", body=body))
        client = EntrezClient(base_url=fake_eutils.url, cache=cache, rate=0, max_attempts=1)
        with pytest.raises(NetworkError):
            client.efetch_pubmed(["1"])
    assert len(cache) == 0


def test_hostile_cached_body_is_dropped_under_offline(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    cache.put("efetch", PARAMS, ATTACKS["external_entity"])
    client = EntrezClient(cache=cache, offline=True)
    with guarded() as events, pytest.raises(OfflineMiss):
        client.efetch_pubmed(["1"])
    assert [e for e in events if e[0] != "open" or "sqlite" not in e[1]] == []
    assert len(cache) == 0


def test_real_answers_open_only_bundled_dtds(seed: list[dict[str, object]]) -> None:
    bodies = [eutils_xml.pubmed_efetch_xml(seed), eutils_xml.esearch_xml(["1"], count=1)]
    with guarded() as events:
        assert parse_pubmed(bodies[0]) and parse_esearch(bodies[1]) == ["1"]
    assert events and all(event == "open" and "DTDs" in path for event, path in events), events
    assert not any(event.startswith("socket") for event, _ in events)
