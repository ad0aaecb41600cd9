"""A synthetic Report for the report tests: every status, flags, problems, hostile text.

Built by hand (not by the pipeline) so the renderers can be tested on their own.
"""

from __future__ import annotations

from claimcheck.models import (
    AbstractSection,
    Author,
    CitationLink,
    ClaimResult,
    Correction,
    Discrepancy,
    EditorOverride,
    Evidence,
    Flag,
    Inputs,
    Location,
    Reference,
    Report,
    ResolvedReference,
    SourceRecord,
    Status,
)
from claimcheck.report import summarize

HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_IMG = '<img src=x onerror=alert(1)>'

ARTICLE = f"""间充质干细胞治疗系统性红斑狼疮

目前我国SLE发病率为(20-70)/10万,患病人数超过100万[1]。异体MSCs治疗1年后60.5%的患者获得完全缓解[3]。

在一项回顾性研究中,纳入了404名患者,其中SLE患者为178名,占44.1%[6]。4年生存率为94%[4]。

Lupus affects about 5 million people worldwide. MSC infusion cut proteinuria by half in lupus nephritis [5].

Readers wrote in: {HOSTILE_SCRIPT} and {HOSTILE_IMG} appeared in a comment [2].

图片来自文献[2]

参考文献:
[1]中华医学会风湿病学分会.异体间充质干细胞治疗系统性红斑狼疮专家共识[J].中华风湿病学杂志,2022,26(01):1-8.
[2]Tsokos G. C. (2011). Systemic lupus erythematosus. The New Englandjournal of medicine, 365(22), 2110–2121.
"""


def _loc(text: str) -> Location:
    start = ARTICLE.index(text)
    return Location(paragraph=0, line=ARTICLE[:start].count("\n") + 1, start=start,
                    end=start + len(text))


def _claim(cid: str, text: str, status: Status, citations: list[str], **extra: object) -> ClaimResult:
    return ClaimResult(id=cid, text=text, citations=citations, status=status,
                       location=_loc(text), links=[CitationLink(label=c) for c in citations],
                       **extra)  # type: ignore[arg-type]


def _record(pmid: str, title: str, abstract: str, **extra: object) -> SourceRecord:
    return SourceRecord(pmid=pmid, title=title, year=2018, journal="Stem Cell Res Ther",
                        authors=[Author(last="Liang", initials="J")],
                        abstract=[AbstractSection(label="RESULTS", category="RESULTS",
                                                  text=abstract)], **extra)  # type: ignore[arg-type]


def references() -> list[ResolvedReference]:
    return [
        ResolvedReference(label="1", status="not_indexed", method="none",
                          reason="Chinese-only journal (中华风湿病学杂志), not in PubMed"),
        ResolvedReference(
            label="2", status="resolved", pmid="22129255", method="pmid", confidence=0.97,
            discrepancies=[Discrepancy(field="journal", cited="The New Englandjournal of medicine",
                                       record="N Engl J Med", severity="info",
                                       note="spacing only"),
                           Discrepancy(field="year", cited="2010", record="2011",
                                       severity="warning")],
            record=_record("22129255", "Systemic lupus erythematosus.",
                           f"Abstract mentions {HOSTILE_SCRIPT} as a string."),
        ),
        ResolvedReference(
            label="3", status="resolved", pmid="34659229", pmcid="PMC8516390", method="pmcid",
            confidence=1.0,
            record=_record("34659229", "Mesenchymal Stem Cell Therapy: Hope for Patients",
                           "After 1 year, 60.5% of patients achieved complete remission."),
        ),
        ResolvedReference(
            label="4", status="resolved", pmid="33713197", method="pmid", confidence=1.0,
            retracted=True,
            corrections=[Correction(type="retraction_in", pmid="39999999",
                                    source="Arch Immunol Ther Exp. 2024;72:1")],
            record=_record("33713197", "Functional Characteristics of MSCs in SLE",
                           "The 4-year survival rate was 94%.",
                           publication_types=["Journal Article", "Retracted Publication"]),
        ),
        ResolvedReference(
            label="5", status="resolved", pmid="29631514", method="title", confidence=0.8,
            flags=["pmid_mismatch"],
            corrections=[Correction(type="erratum_in", source="Lupus. 2019;28(3):e1")],
            record=_record("29631514", "MSC transplantation in SLE",
                           "Proteinuria fell from 2.1 g to 1.4 g </script><script>alert(2)"),
        ),
        ResolvedReference(
            label="6", status="resolved", pmid="30428931", pmcid="PMC6236871", method="pmid",
            confidence=1.0,
            record=_record("30428931", "Safety analysis in patients with autoimmune disease",
                           "A total of 404 patients were included; 178 had SLE (41.2%)."),
        ),
    ]


def cited() -> list[Reference]:
    raws = {
        "1": "[1]中华医学会风湿病学分会.异体间充质干细胞治疗系统性红斑狼疮专家共识[J].中华风湿病学杂志,2022,26(01):1-8.",
        "2": "[2]Tsokos G. C. (2011). Systemic lupus erythematosus. The New Englandjournal of medicine, 365(22), 2110–2121.",
        "3": "[3]Li, A. (2021). Mesenchymal Stem Cell Therapy. Frontiers in immunology, 12, 728190.",
        "4": "[4]Tang, W. Y. (2021). Functional Characteristics. Arch Immunol Ther Exp, 69(1), 7.",
        "5": f"[5]Fathollahi, A. (2018). MSC transplantation {HOSTILE_IMG}. Lupus, 27(7).",
        "6": "[6]Liang, J. (2018). Safety analysis. Stem cell research & therapy, 9(1), 312.",
    }
    return [Reference(label=label, raw=raw) for label, raw in raws.items()]


def claims() -> list[ClaimResult]:
    return [
        _claim("c1", "目前我国SLE发病率为(20-70)/10万,患病人数超过100万[1]。", "unverifiable", ["1"],
               rationale="reference [1] is not indexed in PubMed; nothing to read",
               flags=[Flag(code="secondary_citation", label="1", detail="an expert consensus")]),
        _claim("c2", "异体MSCs治疗1年后60.5%的患者获得完全缓解[3]。", "supported", ["3"],
               confidence=0.9, rationale="60.5% complete remission found in the abstract",
               evidence=[Evidence(label="3", pmid="34659229", pmcid="PMC8516390",
                                  section="RESULTS", text="After 1 year, 60.5% of patients "
                                  "achieved complete remission.", matched=["60.5%"],
                                  role="supports", score=0.9)]),
        _claim("c3", "在一项回顾性研究中,纳入了404名患者,其中SLE患者为178名,占44.1%[6]。",
               "partially_supported", ["6"], confidence=0.7,
               rationale="404 patients found; the SLE share is 41.2% in the source, not 44.1%",
               override=EditorOverride(status="contradicted", note="the share is wrong",
                                       reviewer="Li Wei"),
               evidence=[Evidence(label="6", pmid="30428931", section="RESULTS",
                                  text="A total of 404 patients were included; 178 had SLE "
                                  "(41.2%).", matched=["404", "178"],
                                  mismatched=["44.1% vs 41.2%"], role="contradicts", score=0.8)]),
        _claim("c4", "4年生存率为94%[4]。", "retracted_source", ["4"],
               rationale="the only cited source is retracted",
               flags=[Flag(code="retracted_cited", label="4")],
               evidence=[Evidence(label="4", pmid="33713197", section="RESULTS",
                                  text="The 4-year survival rate was 94%.", matched=["94%"],
                                  role="retracted")]),
        _claim("c5", "Lupus affects about 5 million people worldwide.", "uncited", [],
               rationale="a figure with no citation"),
        _claim("c6", "MSC infusion cut proteinuria by half in lupus nephritis [5].", "contradicted",
               ["5"], confidence=0.6, inherited=True,
               rationale="the source reports a fall from 2.1 g to 1.4 g (a third), not half",
               flags=[Flag(code="misattributed", label="3", detail="the halving appears in [3]")],
               evidence=[Evidence(label="5", pmid="29631514", section="RESULTS",
                                  text="Proteinuria fell from 2.1 g to 1.4 g </script>"
                                  "<script>alert(2)", mismatched=["half vs 2.1 g"],
                                  role="contradicts")]),
        _claim("c7", f"Readers wrote in: {HOSTILE_SCRIPT} and {HOSTILE_IMG} appeared in a comment "
               "[2].", "not_found", ["2"], rationale="the abstract says nothing about it",
               note=f"hostile note {HOSTILE_IMG}"),
        _claim("c8", "图片来自文献[2]", "figure_credit", ["2"], kind="figure_credit",
               rationale="an image credit"),
    ]


def make_report(**changes: object) -> Report:
    """The fixture report; keyword arguments replace fields (e.g. references=[...])."""
    found = claims()
    report = Report(
        tool_version="0.1.0",
        generated_at="2024-05-01T12:00:00+00:00",
        inputs=Inputs(article="tests/fixtures/article.txt", article_sha256="ab" * 32),
        mode="cassette",
        requests=4,
        article_title="间充质干细胞治疗系统性红斑狼疮",
        article_text=ARTICLE,
        references=references(),
        cited=cited(),
        claims=found,
        summary=summarize(found),
        warnings=[f"reference [5] has odd text: {HOSTILE_SCRIPT}"],
    )
    return report.model_copy(update=changes)
