"""The resolver over real HTTP: EntrezClient against the fake E-utilities server on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimcheck.entrez import EntrezClient, ResponseCache, use_cassette
from claimcheck.models import Author, Reference
from claimcheck.resolve import resolve_one, resolve_references
from fake_eutils import FakeEutils

KEY = "SECRET-KEY-0123456789"


def rec(pmid: str, title: str, last: str = "Tsokos", year: int = 2011, **extra: Any
        ) -> dict[str, Any]:
    return {"pmid": pmid, "title": title, "authors": [{"last": last, "initials": "GC"}],
            "journal": "The New England journal of medicine", "journal_iso": "N Engl J Med",
            "year": year, "volume": "365", "issue": "22", "pages": "2110-21", **extra}


NEJM = rec("22129255", "Systemic lupus erythematosus.", doi="10.1056/NEJMra1100359")


def cite(label: str, **fields: Any) -> Reference:
    values: dict[str, Any] = {
        "title": "Systemic lupus erythematosus", "authors": [Author(last="Tsokos", initials="GC")],
        "year": 2011, "journal": "The New Englandjournal of medicine", "volume": "365",
        "issue": "22", "pages": "2110–2121"}
    values.update(fields)
    return Reference(label=label, raw=f"[{label}] Tsokos GC. Systemic lupus erythematosus.",
                     **values)


def client_for(fake: FakeEutils, **options: Any) -> EntrezClient:
    options.setdefault("max_attempts", 2)
    return EntrezClient(base_url=fake.url, rate=0, backoff=0.01, timeout=2.0, **options)


def test_doi_only_reference(fake_eutils: FakeEutils, cache_dir: Path) -> None:
    fake_eutils.add_records([NEJM])
    ref = Reference(label="1", raw="doi:10.1056/nejmra1100359", doi="10.1056/nejmra1100359")
    result = resolve_one(ref, client_for(fake_eutils))
    assert (result.status, result.method, result.pmid) == ("resolved", "doi", "22129255")
    assert [r.utility for r in fake_eutils.requests] == ["esearch", "efetch"]


def test_citmatch_hit_and_not_found(fake_eutils: FakeEutils, cache_dir: Path) -> None:
    fake_eutils.add_records([NEJM])
    hit = cite("1", title=None, journal="N Engl J Med")
    miss = cite("2", title=None, journal="N Engl J Med", volume="366")
    out = {r.label: r for r in resolve_references([hit, miss], client_for(fake_eutils))
           .references}
    assert (out["1"].status, out["1"].method, out["1"].pmid) == ("resolved", "ecitmatch",
                                                                  "22129255")
    assert out["2"].status == "not_found"
    assert len(fake_eutils.calls("ecitmatch")) == 1
    assert "N Engl J Med|2011|365|2110|Tsokos gc|1|" in fake_eutils.calls("ecitmatch")[0].param(
        "bdata")


def test_title_search_near_miss_is_only_a_candidate(fake_eutils: FakeEutils,
                                                    cache_dir: Path) -> None:
    fake_eutils.add_records([rec("500", "Systemic lupus erythematosus: the kidney.", "Other",
                                 2003)])
    result = resolve_one(cite("1", volume=None), client_for(fake_eutils))
    assert result.status == "not_found" and result.pmid is None
    assert [c.pmid for c in result.candidates] == ["500"]
    assert result.candidates[0].why_rejected


def test_wrong_pmid_then_found_by_title(fake_eutils: FakeEutils, cache_dir: Path) -> None:
    fake_eutils.add_records([NEJM, rec("22129253", "Renal biopsy in children.", "Kidd")])
    result = resolve_one(cite("1", pmid="22129253", volume=None), client_for(fake_eutils))
    assert (result.status, result.method, result.pmid) == ("resolved", "title", "22129255")
    assert "pmid_mismatch" in result.flags
    assert [(d.field, d.cited, d.record, d.severity) for d in result.discrepancies] == [
        ("pmid", "22129253", "22129255", "error")]
    assert len(fake_eutils.requests) <= 4


def test_retracted_record_and_erratum(fake_eutils: FakeEutils, cache_dir: Path) -> None:
    fake_eutils.add_records([
        rec("700", "RETRACTED: Stem cells cure lupus.", "Fake", 2019, pages="1-9",
            publication_types=["Journal Article", "Retracted Publication"],
            corrections=[{"type": "retraction_in", "pmid": "701", "source": "Lupus. 2020;1:1"}]),
        rec("800", "A sound trial.", "Good", 2019, pages="10-19",
            corrections=[{"type": "erratum_in", "pmid": "801", "source": "Lupus. 2020;2:2"}]),
    ])
    refs = [cite("1", pmid="700", title="Stem cells cure lupus", authors=[Author(last="Fake")],
                 year=2019, pages="1-9"),
            cite("2", pmid="800", title="A sound trial", authors=[Author(last="Good")],
                 year=2019, pages="10-19")]
    out = {r.label: r for r in resolve_references(refs, client_for(fake_eutils)).references}
    assert out["1"].retracted and out["1"].discrepancies == []
    assert [(c.type, c.pmid) for c in out["1"].corrections] == [("retraction_in", "701")]
    assert not out["2"].retracted
    assert [(c.type, c.pmid) for c in out["2"].corrections] == [("erratum_in", "801")]


def test_failure_part_way_keeps_resolved_references(fake_eutils: FakeEutils,
                                                    cache_dir: Path) -> None:
    fake_eutils.add_records([NEJM])
    fake_eutils.fail("ecitmatch", 503, 503, 503)
    refs = [cite("1", pmid="22129255"), cite("2", title=None, journal="N Engl J Med")]
    out = {r.label: r for r in resolve_references(refs, client_for(fake_eutils)).references}
    assert out["1"].status == "resolved"
    assert out["2"].status == "error" and "network failure" in out["2"].reason


def test_api_key_absent_from_output_cache_and_cassette(fake_eutils: FakeEutils,
                                                       cache_dir: Path, tmp_path: Path) -> None:
    fake_eutils.add_records([NEJM])
    cassette = tmp_path / "key.yaml"
    cache = ResponseCache(tmp_path / "cache")
    with use_cassette(cassette, record_mode="all"):
        client = client_for(fake_eutils, api_key=KEY, email="me@example.org", cache=cache)
        resolution = resolve_references([cite("1", pmid="22129255"), cite("2", doi=NEJM["doi"],
                                         title=None)], client)
    cache.close()
    assert any(r.param("api_key") == KEY for r in fake_eutils.requests)  # sent on the wire
    assert KEY not in resolution.model_dump_json()
    assert KEY not in cassette.read_text()
    assert "me@example.org" not in cassette.read_text()
    for path in (tmp_path / "cache").rglob("*"):
        if path.is_file():
            assert KEY.encode() not in path.read_bytes()


def test_two_hundred_references_within_four_requests(fake_eutils: FakeEutils,
                                                     cache_dir: Path) -> None:
    records, refs = bibliography(200)
    fake_eutils.add_records(records)
    resolution = resolve_references(refs, client_for(fake_eutils))
    assert resolution.requests == len(fake_eutils.requests) <= 4
    assert {r.utility for r in fake_eutils.requests} == {"elink", "esearch", "ecitmatch",
                                                         "efetch"}
    assert fake_eutils.calls("esearch")[0].method == "POST"  # 200 titles and 40 DOIs
    statuses = {r.status for r in resolution.references}
    assert statuses == {"resolved"}, json.dumps([r.reason for r in resolution.references
                                                 if r.status != "resolved"][:3])


def test_two_hundred_references_with_wrong_ids_and_a_retry_within_five_requests(
        fake_eutils: FakeEutils, cache_dir: Path) -> None:
    records, refs = bibliography(200)
    fake_eutils.add_records(records)
    for n, ref in enumerate(refs):  # every reference gives a PMID; one in ten is wrong
        ref.pmid, ref.pmcid, ref.doi = str(30000000 + (n + 1 if n % 10 == 3 else n)), None, None
    fake_eutils.fail("efetch", 429)
    resolution = resolve_references(refs, client_for(fake_eutils))
    assert resolution.requests == len(fake_eutils.requests) <= 5
    assert [r.utility for r in fake_eutils.requests] == ["efetch", "efetch", "esearch", "efetch"]
    wrong = [r for n, r in enumerate(resolution.references) if n % 10 == 3]
    assert {(r.status, r.method, "pmid_mismatch" in r.flags) for r in wrong} == {
        ("resolved", "title", True)}
    statuses = {r.status for r in resolution.references}
    assert statuses == {"resolved"}, json.dumps([r.reason for r in resolution.references
                                                 if r.status != "resolved"][:3])


def bibliography(size: int) -> tuple[list[dict[str, Any]], list[Reference]]:
    """`size` records and citations of them, mixing every way a reference identifies itself."""
    words = ["lupus", "nephritis", "stem", "cell", "kidney", "trial", "cohort", "serum",
             "interferon", "complement", "antibody", "remission", "flare", "biopsy"]
    records: list[dict[str, Any]] = []
    refs: list[Reference] = []
    for n in range(size):
        title = " ".join(words[(n * k) % len(words)] for k in (1, 3, 5)) + f" study {n}"
        record = {"pmid": str(30000000 + n), "title": title.capitalize() + ".",
                  "authors": [{"last": f"Author{n}", "initials": "A"}],
                  "journal": "Lupus", "journal_iso": "Lupus", "year": 2000 + n % 20,
                  "volume": str(n % 30 + 1), "pages": f"{100 + n}-{110 + n}",
                  "doi": f"10.1177/test.{n}", "pmcid": f"PMC{900000 + n}"}
        records.append(record)
        fields: dict[str, Any] = {
            "title": title, "authors": [Author(last=f"Author{n}", initials="A")],
            "year": record["year"], "journal": "Lupus", "volume": record["volume"],
            "pages": record["pages"]}
        kind = n % 5
        if kind == 0:
            fields["pmid"] = record["pmid"]
        elif kind == 1:
            fields["pmcid"] = record["pmcid"]
        elif kind == 2:
            fields["doi"] = record["doi"]
        elif kind == 4:
            fields["journal"] = None  # not eligible for ECitMatch: title search
        refs.append(Reference(label=str(n + 1), raw=f"[{n + 1}] {title}", **fields))
    return records, refs


@pytest.fixture
def no_network_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NCBI_API_KEY", "NCBI_EMAIL", "NCBI_EUTILS_URL"):
        monkeypatch.delenv(name, raising=False)
