"""Parsing every E-utilities answer kind with the network blocked (no DTD download)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from Bio.Entrez.Parser import DataHandler

import eutils_xml
from claimcheck.entrez import (
    parse_ecitmatch,
    parse_elink,
    parse_esearch,
    parse_pmc,
    parse_pubmed,
)
from claimcheck.entrez.xmlread import DTDUnavailable, entrez_read, local_dtd, with_local_dtd

RETRACTED: dict[str, Any] = {
    "pmid": "11111111",
    "title": "RETRACTED: Stem cells cure <i>everything</i>",
    "authors": [{"collective": "SLE Study Group"},
                {"last": "Doe", "initials": "J", "fore": "Jane"}],
    "journal": "Lupus", "journal_iso": "Lupus", "medline_date": "2019 Nov-Dec",
    "volume": "28", "pages": "e1-e9", "elocation": "0961203319000001",
    "abstract_sections": [{"label": "Background", "text": "B."},
                          {"label": "Results", "text": "R."}],
    "publication_types": ["Journal Article", "Retracted Publication"],
    "mesh_terms": ["Lupus Erythematosus, Systemic"], "keywords": ["stem cells"],
    "language": ["eng"],
    "corrections": [
        {"type": "retraction_in", "pmid": "22222222", "source": "Lupus. 2020;29(1):100"},
        {"type": "ErratumIn", "source": "Lupus. 2019;28(14):1700"},
        {"type": "expression_of_concern_in", "pmid": "33333333", "source": "Lupus. 2019"},
        {"type": "corrected_and_republished_from", "pmid": "44444444", "source": "x"},
    ],
}


@pytest.fixture
def no_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Sockets refuse to connect, and Biopython's per-user DTD cache is an empty directory,
    so only the DTDs bundled with Biopython can be used."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network blocked by test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    saved = DataHandler.local_dtd_dir
    empty = tmp_path / "dtds"
    empty.mkdir()
    DataHandler.local_dtd_dir = str(empty)
    yield
    DataHandler.local_dtd_dir = saved
    assert list(empty.iterdir()) == [], "a DTD was downloaded"


def test_pubmed_record_fields(no_network: None) -> None:
    (record,) = parse_pubmed(eutils_xml.pubmed_efetch_xml([RETRACTED]))
    assert record.title == "RETRACTED: Stem cells cure everything"
    assert record.authors[0].collective == "SLE Study Group"
    assert (record.authors[1].last, record.authors[1].initials) == ("Doe", "J")
    assert (record.year, record.month) == (2019, "Nov")  # MedlineDate fallback
    assert (record.pages, record.elocation) == ("e1-e9", "0961203319000001")
    assert [(s.label, s.category) for s in record.abstract] == [
        ("BACKGROUND", "BACKGROUND"), ("RESULTS", "RESULTS")]
    assert record.mesh_terms == ["Lupus Erythematosus, Systemic"]
    assert record.keywords == ["stem cells"] and record.language == ["eng"]
    assert record.retracted
    assert [(c.type, c.pmid) for c in record.corrections] == [
        ("retraction_in", "22222222"), ("erratum_in", None),
        ("expression_of_concern_in", "33333333"), ("corrected_and_republished_from", "44444444")]
    assert record.corrections[0].source == "Lupus. 2020;29(1):100"


def test_erratum_is_not_a_retraction(no_network: None) -> None:
    erratum = dict(RETRACTED, publication_types=["Journal Article"],
                   corrections=[{"type": "erratum_in", "pmid": "5", "source": "s"}])
    (record,) = parse_pubmed(eutils_xml.pubmed_efetch_xml([erratum]))
    assert not record.retracted and record.corrections[0].type == "erratum_in"


def test_absent_fields_stay_absent(no_network: None) -> None:
    xml = eutils_xml.pubmed_efetch_xml([{"pmid": "7", "title": "T", "volume": None}])
    assert b"<Volume" not in xml and b"<Abstract" not in xml and b"<PubDate" not in xml
    (record,) = parse_pubmed(xml)
    assert record.volume is None and record.year is None and record.abstract == []


def test_seed_records_parse(no_network: None, seed: list[dict[str, Any]]) -> None:
    records = {r.pmid: r for r in parse_pubmed(eutils_xml.pubmed_efetch_xml(seed))}
    assert set(records) == {str(r["pmid"]) for r in seed}
    lupus = records["29631514"]  # a partial abstract stays partial
    assert lupus.abstract_text.endswith("may meet the current therapeutic")
    assert records["22129255"].abstract == []  # no abstract seen: none invented


def test_newer_pubmed_dtd_falls_back_to_bundled(no_network: None) -> None:
    xml = eutils_xml.pubmed_efetch_xml([RETRACTED]).replace(b"pubmed_250101", b"pubmed_290101")
    assert local_dtd("https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_290101.dtd").endswith(
        "pubmed_250101.dtd")
    assert with_local_dtd(xml) == xml
    assert parse_pubmed(xml)[0].pmid == "11111111"
    unknown = xml.replace(b"pubmed_290101.dtd", b"nosuchfamily_290101.dtd")
    with pytest.raises(DTDUnavailable):
        with_local_dtd(unknown)


def test_pmc_full_text(no_network: None) -> None:
    article = {
        "pmcid": "PMC123", "pmid": "9", "title": "A trial", "abstract": "Short abstract.",
        "body": [{"title": "Results", "paragraphs": ["178 of 404 patients had SLE."],
                  "tables": [{"label": "Table 1", "caption": "Diagnoses",
                              "rows": [["Disease", "n"], ["SLE", "178 (44.1%)"]]}],
                  "figures": [{"label": "Figure 2", "caption": "Survival"}]}],
    }
    xml = eutils_xml.pmc_efetch_xml([article]).replace(b"had SLE.", b"had&nbsp;SLE.")
    (text,) = parse_pmc(xml)
    assert (text.pmcid, text.pmid, text.has_body) == ("PMC123", "9", True)
    kinds = [(p.kind, p.section, p.text) for p in text.passages]
    assert ("title", "Title", "A trial") in kinds
    assert ("abstract", "Abstract", "Short abstract.") in kinds
    assert ("paragraph", "Results", "178 of 404 patients had SLE.") in kinds
    assert ("caption", "Results", "Table 1. Diagnoses") in kinds
    assert ("table_cell", "Results", "178 (44.1%)") in kinds
    assert ("caption", "Results", "Figure 2. Survival") in kinds


def test_pmc_without_body(no_network: None) -> None:
    (text,) = parse_pmc(eutils_xml.pmc_efetch_xml([{"pmcid": "PMC5", "title": "T"}]))
    assert not text.has_body and [p.kind for p in text.passages] == ["title"]


def test_esearch_elink_esummary_ecitmatch(no_network: None) -> None:
    assert parse_esearch(eutils_xml.esearch_xml(["1", "2"], count=10)) == ["1", "2"]
    assert parse_esearch(eutils_xml.esearch_xml([])) == []
    links = parse_elink(eutils_xml.elink_pmc_pubmed_xml({"PMC8516390": "34659214", "77": None}))
    assert links == {"8516390": ["34659214"], "77": []}
    summary = entrez_read(eutils_xml.esummary_xml([{"pmid": "5", "title": "T", "year": 2020}]))
    assert summary[0]["Id"] == "5" and summary[0]["Title"] == "T"
    text = eutils_xml.ecitmatch_text([("n engl j med|2011|365|2110|tsokos gc|2|", "22129255"),
                                      ("lancet|1999|1|1|x|3|", None),
                                      ("lupus|2018|27|1053|x|5|", None, 2)])
    assert parse_ecitmatch(text) == {"2": "22129255", "3": None, "5": None}


def test_error_element_raises(no_network: None) -> None:
    with pytest.raises(RuntimeError, match="Invalid query"):
        entrez_read(eutils_xml.error_xml("Invalid query"))
