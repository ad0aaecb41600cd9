"""The batched strategy plan against an in-memory client: outcomes and request budget."""

from __future__ import annotations

from claimcheck.errors import NetworkError, OfflineMiss
from claimcheck.models import Author, Correction, Reference
from claimcheck.resolve import resolve_one, resolve_references, to_csl_json
from test_resolve_doubles import MemoryClient, authors, cite, record, retraction

NEJM = record("22129255", "Systemic lupus erythematosus.", ["Tsokos GC"], 2011,
              journal="The New England journal of medicine", journal_iso="N Engl J Med",
              volume="365", issue="22", pages="2110-21", doi="10.1056/NEJMra1100359")
FRONTIERS = record("34659214", "Mesenchymal Stem Cell Therapy: Hope for Patients With "
                   "Systemic Lupus Erythematosus.", ["Li A", "Guo F"], 2021,
                   journal="Frontiers in immunology", journal_iso="Front Immunol",
                   volume="12", pages="728190", pmcid="PMC8516390")
LUPUS = record("29631514", "Mesenchymal stem cell transplantation in systemic lupus "
               "erythematous, a mesenchymal stem cell disorder.", ["Fathollahi A"], 2018,
               journal="Lupus", journal_iso="Lupus", volume="27", issue="7",
               pages="1053-1064", doi="10.1177/0961203318768889")

CNKI = Reference(
    label="1", raw="[1]中华医学会风湿病学分会.异体间充质干细胞治疗系统性红斑狼疮专家共识[J]."
    "中华风湿病学杂志,2022,26(01):1-8.", authors=[Author(collective="中华医学会风湿病学分会")],
    title="异体间充质干细胞治疗系统性红斑狼疮专家共识", journal="中华风湿病学杂志", year=2022,
    volume="26", issue="01", pages="1-8", database="cnki", publication_type="J")


def by_label(resolution):  # type: ignore[no-untyped-def]
    return {r.label: r for r in resolution.references}


def test_seed_shape_in_two_requests() -> None:
    client = MemoryClient(records=[NEJM, FRONTIERS, LUPUS],
                          pmc_links={"PMC8516390": "34659214"})
    refs = [CNKI,
            cite("2", NEJM, pmid="22129255", journal="The New Englandjournal of medicine"),
            cite("3", FRONTIERS, pmcid="PMC8516390",
                 title="Mesenchymal Stem Cell Therapy: Hope for Patients WithSystemic Lupus "
                       "Erythematosus"),
            cite("5", LUPUS, urls=["https://pubmed.ncbi.nlm.nih.gov/29631514/"])]
    resolution = resolve_references(refs, client)
    out = by_label(resolution)
    assert out["1"].status == "not_indexed"
    assert "CNKI" in out["1"].reason and "中华风湿病学杂志" in out["1"].reason
    assert (out["2"].status, out["2"].method, out["2"].pmid) == ("resolved", "pmid", "22129255")
    assert (out["3"].status, out["3"].method, out["3"].pmid) == ("resolved", "pmcid", "34659214")
    assert out["5"].pmid == "29631514"  # PMID taken from the printed link
    assert all(r.discrepancies == [] for r in resolution.references)
    assert resolution.requests == 2
    assert client.called("pmc_to_pubmed") == 1 and client.called("efetch_pubmed") == 1
    assert out["2"].confidence == 1.0


def test_doi_only_reference() -> None:
    client = MemoryClient(records=[NEJM, LUPUS])
    ref = cite("7", LUPUS, doi="10.1177/0961203318768889")
    result = resolve_one(ref, client)
    assert (result.status, result.method, result.pmid) == ("resolved", "doi", "29631514")
    assert client.called("esearch") == 1 and client.called("efetch_pubmed") == 1


def test_citmatch_hit_and_not_found() -> None:
    client = MemoryClient(records=[NEJM, LUPUS])
    hit = cite("1", NEJM, journal="N Engl J Med", title=None)
    missing = cite("2", NEJM, journal="N Engl J Med", volume="999", title=None)
    out = by_label(resolve_references([hit, missing], client))
    assert (out["1"].status, out["1"].method, out["1"].pmid) == ("resolved", "ecitmatch",
                                                                  "22129255")
    assert out["2"].status == "not_found"
    assert [a.outcome for a in out["2"].attempts if a.method == "ecitmatch"] == ["miss"]
    assert client.called("ecitmatch") == 1


def test_title_search_with_near_miss_is_a_candidate_not_the_answer() -> None:
    near = record("111", "Systemic lupus erythematosus in children", ["Brown K"], 2015)
    client = MemoryClient(records=[near])
    ref = cite("1", title="Systemic lupus erythematosus", authors=authors("Tsokos GC"),
               year=2011, journal="N Engl J Med")
    result = resolve_one(ref, client)
    assert result.status == "not_found" and result.pmid is None
    assert [c.pmid for c in result.candidates] == ["111"]
    assert "first author" in result.candidates[0].why_rejected
    assert "year" in result.candidates[0].why_rejected


def test_title_search_confirms_a_damaged_title() -> None:
    client = MemoryClient(records=[FRONTIERS])
    ref = cite("1", FRONTIERS, title="Mesenchymal Stem Cell Therapy Hope for Patients With "
               "Systemic Lupus Erythematosus", volume=None)
    result = resolve_one(ref, client)
    assert (result.status, result.method, result.pmid) == ("resolved", "title", "34659214")


def test_wrong_pmid_is_flagged_and_resolved_another_way() -> None:
    other = record("22129253", "Some other paper on kidneys", ["Jones P"], 2011)
    client = MemoryClient(records=[NEJM, other])
    ref = cite("2", NEJM, pmid="22129253", journal="N Engl J Med")
    result = resolve_one(ref, client)
    assert result.status == "resolved" and result.pmid == "22129255"
    assert result.method == "title"  # one esearch for the titles of wrong identifiers
    assert "pmid_mismatch" in result.flags
    pmid_issue = [d for d in result.discrepancies if d.field == "pmid"]
    assert pmid_issue and pmid_issue[0].severity == "error"
    assert pmid_issue[0].cited == "22129253" and pmid_issue[0].record == "22129255"
    assert "Some other paper on kidneys" in pmid_issue[0].note
    assert [a.outcome for a in result.attempts][:2] == ["mismatch", "hit"]
    assert resolve_references([ref], MemoryClient(records=[NEJM, other])).requests <= 4


def test_wrong_pmid_with_nothing_else_found() -> None:
    other = record("5", "Some other paper on kidneys", ["Jones P"], 2011)
    result = resolve_one(cite("2", NEJM, pmid="5"), MemoryClient(records=[other]))
    assert result.status == "not_found"
    assert result.flags == ["pmid_mismatch"]
    assert result.discrepancies[0].field == "pmid"


def test_retracted_and_corrected_records() -> None:
    retracted = record("77", "RETRACTED: Stem cells cure lupus.", ["Fake A"], 2019,
                       publication_types=["Journal Article", "Retracted Publication"],
                       corrections=[retraction("88")])
    corrected = record("78", "A sound paper.", ["Good B"], 2019, corrections=[
        Correction(type="erratum_in", pmid="99", source="J Test. 2020;2:3")])
    client = MemoryClient(records=[retracted, corrected])
    out = by_label(resolve_references([cite("1", retracted, pmid="77", title="Stem cells cure "
                                            "lupus"), cite("2", corrected, pmid="78")], client))
    assert out["1"].retracted and out["1"].discrepancies == []
    assert [(c.type, c.pmid) for c in out["1"].corrections] == [("retraction_in", "88")]
    assert not out["2"].retracted
    assert [(c.type, c.pmid) for c in out["2"].corrections] == [("erratum_in", "99")]
    assert "erratum" in out["2"].flags


def test_several_equal_matches_are_ambiguous() -> None:
    a = record("1", "Lupus today.", ["Smith J"], 2020)
    b = record("2", "Lupus today.", ["Smith J"], 2020)
    result = resolve_one(cite("9", title="Lupus today", authors=authors("Smith J"), year=2020),
                         MemoryClient(records=[a, b]))
    assert result.status == "ambiguous" and {c.pmid for c in result.candidates} == {"1", "2"}


def test_network_failure_part_way_keeps_what_was_resolved() -> None:
    client = MemoryClient(records=[NEJM, LUPUS],
                          failures={"ecitmatch": NetworkError("NCBI kept failing: HTTP 503")})
    refs = [cite("1", NEJM, pmid="22129255"), cite("2", LUPUS, title=None)]
    out = by_label(resolve_references(refs, client))
    assert out["1"].status == "resolved"
    assert out["2"].status == "error" and "HTTP 503" in out["2"].reason


def test_offline_miss_names_each_reference() -> None:
    client = MemoryClient(records=[NEJM, LUPUS], pmc_links={"PMC1": "29631514"},
                          failures={"pmc_to_pubmed": OfflineMiss("elink not cached")})
    refs = [cite("1", NEJM, pmid="22129255"), cite("2", LUPUS, pmcid="PMC1")]
    out = by_label(resolve_references(refs, client))
    assert out["1"].status == "resolved"
    assert out["2"].status == "error" and "offline" in out["2"].reason


def test_not_indexed_kinds_need_no_request() -> None:
    book = Reference(label="1", raw="[1]王某.风湿病学[M].北京:人民卫生出版社,2018.",
                     title="Rheumatology", publication_type="M")
    web = Reference(label="2", raw="[2] https://example.org/page", url="https://example.org/page")
    empty = Reference(label="3", raw="[3] ???")
    client = MemoryClient()
    out = by_label(resolve_references([CNKI, book, web, empty], client))
    assert [out[k].status for k in "0123"[1:]] == ["not_indexed", "not_indexed", "not_found"]
    assert out["1"].status == "not_indexed"
    assert client.requests_made == 0


def test_two_hundred_references_within_four_requests() -> None:
    records, refs = [], []
    for n in range(200):
        rec = record(str(1000 + n), f"Study number {n} of lupus cohort {n * 7}",
                     [f"Author{n} A"], 2000 + n % 20, volume=str(n % 40 + 1),
                     pages=f"{n + 1}-{n + 9}", doi=f"10.1000/test.{n}", pmcid=f"PMC{5000 + n}")
        records.append(rec)
        kind = n % 5
        if kind == 0:
            refs.append(cite(str(n), rec, pmid=rec.pmid))
        elif kind == 1:
            refs.append(cite(str(n), rec, pmcid=rec.pmcid))
        elif kind == 2:
            refs.append(cite(str(n), rec, doi=rec.doi))
        elif kind == 3:
            refs.append(cite(str(n), rec))
        else:
            refs.append(cite(str(n), rec, journal=None))
    client = MemoryClient(records=records, pmc_links={r.pmcid or "": r.pmid for r in records})
    resolution = resolve_references(refs, client)
    assert resolution.requests <= 4
    assert all(r.status == "resolved" for r in resolution.references)
    methods = {r.method for r in resolution.references}
    assert methods == {"pmid", "pmcid", "doi", "ecitmatch", "title"}


def test_progress_reports_every_round() -> None:
    seen: list[tuple[int, int]] = []
    resolve_references([CNKI, cite("2", NEJM, pmid="22129255")], MemoryClient(records=[NEJM]),
                       progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (2, 2)


def test_csl_export() -> None:
    client = MemoryClient(records=[NEJM])
    refs = [CNKI, cite("2", NEJM, pmid="22129255")]
    items = to_csl_json(resolve_references(refs, client).references, refs)
    assert items[1]["PMID"] == "22129255" and items[1]["container-title-short"] == "N Engl J Med"
    assert items[1]["author"] == [{"family": "Tsokos", "given": "GC"}]
    assert items[0]["container-title"] == "中华风湿病学杂志"
    assert items[0]["author"] == [{"literal": "中华医学会风湿病学分会"}]
    assert items[0]["note"].startswith("not_indexed")


def test_offline_miss_in_one_round_leaves_the_other_strategies_running() -> None:
    client = MemoryClient(records=[NEJM, LUPUS],
                          failures={"esearch": OfflineMiss("esearch not cached")})
    refs = [cite("1", NEJM, pmid="22129255"), cite("2", LUPUS)]
    out = by_label(resolve_references(refs, client))
    assert out["1"].status == "resolved"
    assert (out["2"].status, out["2"].method) == ("resolved", "ecitmatch")
    client = MemoryClient(records=[NEJM, LUPUS],
                          failures={"efetch_pubmed": OfflineMiss("efetch not cached")})
    out = by_label(resolve_references(refs, client))
    assert {r.status for r in out.values()} == {"error"} and "offline" in out["1"].reason


def test_second_network_failure_stops_the_run() -> None:
    client = MemoryClient(records=[NEJM, LUPUS, FRONTIERS],
                          failures={"pmc_to_pubmed": NetworkError("connection refused"),
                                    "esearch": NetworkError("connection refused")})
    refs = [cite("1", FRONTIERS, pmcid="PMC8516390"), cite("2", LUPUS, doi=LUPUS.doi),
            cite("3", NEJM, pmid="22129255")]
    out = by_label(resolve_references(refs, client))
    assert [out[k].status for k in "123"] == ["error", "error", "error"]
    assert client.called("efetch_pubmed") == 0  # nothing more is sent once NCBI is down
