"""Fixtures for the judge tests: seed references as `ResolvedReference`s, seed claims."""

from __future__ import annotations

from typing import Any

from claimcheck.models import (
    AbstractSection,
    Author,
    CitationLink,
    Claim,
    ResolvedReference,
    SourceRecord,
    Verdict,
)
from fake_eutils import seed_entries


def _sections(entry: dict[str, Any]) -> list[AbstractSection]:
    if entry.get("abstract_sections"):
        return [AbstractSection(label=s.get("label"), text=s["text"])
                for s in entry["abstract_sections"]]
    if entry.get("abstract"):
        return [AbstractSection(text=entry["abstract"])]
    partial = entry.get("abstract_partial") or {}
    if partial.get("text"):
        return [AbstractSection(text=partial["text"])]
    return []


def record_from_entry(entry: dict[str, Any], pmid: str) -> SourceRecord:
    return SourceRecord(
        pmid=pmid,
        pmcid=entry.get("pmcid"),
        doi=entry.get("doi"),
        title=entry.get("title") or "",
        authors=[Author(last=a.get("last"), initials=a.get("initials"), fore=a.get("fore"))
                 for a in entry.get("authors") or [] if isinstance(a, dict)],
        journal=entry.get("journal"),
        year=entry.get("year"),
        abstract=_sections(entry),
        publication_types=entry.get("publication_types") or [],
    )


def seed_references() -> list[ResolvedReference]:
    """The seed's 7 references: [1] not indexed, the others resolved with their abstracts."""
    refs = []
    for entry in seed_entries():
        label = entry["label"]
        if not entry.get("title"):
            refs.append(ResolvedReference(
                label=label, status="not_indexed",
                reason="cited from CNKI (Chinese-only journal); no PubMed record"))
            continue
        pmid = entry.get("pmid") or (entry.get("cited_values") or {}).get("pmid_in_url") or ""
        record = record_from_entry(entry, pmid)
        refs.append(ResolvedReference(label=label, status="resolved", pmid=pmid or None,
                                      pmcid=entry.get("pmcid"), method="pmid", confidence=1.0,
                                      record=record))
    return refs


def claim(cid: str, text: str, *cites: str, kind: str = "claim",
          inherited: bool = False) -> Claim:
    links = [CitationLink(label=c, how="inherited" if inherited else "marker") for c in cites]
    return Claim(id=cid, text=text, citations=list(cites), kind=kind,  # type: ignore[arg-type]
                 inherited=inherited, links=links)


# The seed article's claims with their citations (paragraph-closing markers cover the
# earlier sentences of the paragraph).
SEED_CLAIMS: list[Claim] = [
    claim("s1", "目前我国SLE发病率为(20-70)/10万,患病人数超过100万,且呈逐年增长趋势[1]。", "1"),
    claim("s2", "系统性红斑狼疮(SLE)是一种好发于育龄期女性的自身免疫病,以累及多脏器、产生自身抗体和免疫复合物为特征。",
          "1", inherited=True),
    claim("fig2", "上图为SLE可能发病机制    图片来自文献[2]", "2", kind="figure_credit"),
    claim("s3", "既往研究多使用SLE患者自体MSCs,然而结果显示疗效和对疾病进展的控制不佳,这与SLE患者自体的MSCs存在病变有很关系。",
          "1", inherited=True),
    claim("s4", "MSCs剂量依赖性地抑制狼疮T细胞的G1/S期转化和增殖,促进调节性T细胞(Treg)、抑制辅助性T细胞17(Th17)的生成来间接调控T细胞功能;",
          "1", inherited=True),
    claim("fig3", "图片来自文献[3]", "3", kind="figure_credit"),
    claim("fig4", "图片来自文献[4]", "4", kind="figure_credit"),
    claim("s5", "3,正如前面提及的一样,SLE患者的MSCs可能经历了一个衰老过程,并伴随着表型缺陷、生长和免疫调节功能受损等。",
          "5", inherited=True),
    claim("s6", "此外,这些细胞的迁移和归巢能力受损,也更容易发生凋亡。", "5", inherited=True),
    claim("s7", "因此,许多学者推测SLE是一种潜在的MSCs介导的疾病,通过外源性补充健康的MSCs有可能成为治疗SLE的一种优势疗法[5]。",
          "5"),
    claim("s8", "据该专家共识统计分析得知[1],目前全球已经有1500多例SLE患者接受了MSCs治疗,其中大部分患者接受的是异体MSCs移植。",
          "1"),
    claim("s9", "疗效方面,异体MSCs治疗1年后60.5%的患者获得完全缓解,尿蛋白(24h)、不列颠群岛狼疮评估组评分(BILAG)明显下降；",
          "1", inherited=True),
    claim("s10", "治疗4年后50%的患者仍获得临床缓解,4年生存率为94%,总复发率仅为23%。", "1", inherited=True),
    claim("s11", "此外,对于重症难治性SLE,有效率达60%,使重症难治性SLE患者5年病死率从原来的35%-45%下降至16%[1]。",
          "1"),
    claim("s12", "安全性方面,患者对MSCs移植治疗的耐受性良好,少数患者会出现发热、出汗、心悸、面部潮红等一过性输液反应,未见严重不良反应,无移植相关死亡[1]。",
          "1"),
    claim("s13", "在一项回顾性研究中[6],纳入了404名接受异体MSCs移植的自身免疫病患者,其中SLE患者为178名,占44.1%。",
          "6"),
    claim("s14", "所有患者的平均随访时间为43.4± 25.9个月,结果表明,异体MSCs输注对于SLE等自身免疫性疾病患者来说是一种安全的治疗方法。",
          "6", inherited=True),
    claim("s15", "这些患者的不良事件发生率,无论是感染还是恶性肿瘤,都处于可控范围。", "6", inherited=True),
    claim("fig7", "图片来自文献[7]", "7", kind="figure_credit"),
]


RETRACTED_ABSTRACT = (
    "Background: Renal flares limit the benefit of treatment in lupus nephritis. "
    "Methods: In this randomised controlled trial, 120 patients with lupus nephritis received "
    "umbilical cord mesenchymal stem cells or placebo in addition to standard therapy. "
    "Results: Umbilical cord MSCs halved the rate of renal flares at 12 months (11.7% vs 23.3%). "
    "Conclusion: Umbilical cord MSCs reduce renal flares in lupus nephritis."
)


def english_references() -> list[ResolvedReference]:
    """The English test article's references: [1] Tsokos (no abstract), [2] Liang 2018,
    [3] Gu 2014, [4] fictitious and retracted, [5] Li 2021."""
    seed = {ref.label: ref for ref in seed_references()}

    def relabel(seed_label: str, label: str) -> ResolvedReference:
        return seed[seed_label].model_copy(update={"label": label})

    retracted = SourceRecord(
        pmid="99000004", title="Umbilical cord mesenchymal stem cells halve renal flares in "
        "lupus nephritis: a randomised controlled trial",
        authors=[Author(last="Harrow", initials="P")], journal="J Exp Rheumatol Stud",
        year=2019, abstract=[AbstractSection(text=RETRACTED_ABSTRACT)],
        publication_types=["Journal Article", "Retracted Publication"])
    return [
        relabel("2", "1"),
        relabel("6", "2"),
        relabel("7", "3"),
        ResolvedReference(label="4", status="resolved", pmid="99000004", method="doi",
                          retracted=True, record=retracted),
        relabel("3", "5"),
    ]


EN_CLAIMS: list[Claim] = [
    claim("e1", "Systemic lupus erythematosus (SLE) is a chronic autoimmune disease with a wide "
          "range of clinical manifestations.[1]", "1"),
    claim("e2", "In China its incidence is estimated at 20 to 70 per 100,000 people."),
    claim("e3", "In a long-term retrospective study, 404 patients with autoimmune diseases "
          "received mesenchymal stem cell (MSC) infusions between 2007 and 2016.", "2",
          inherited=True),
    claim("e4", "The mean follow-up of all patients was 43.4 ± 25.9 months.", "2", inherited=True),
    claim("e5", "The 5-year survival rate was 94.0%, and serious infections occurred in 12.9% of "
          "patients.[2]", "2"),
    claim("e6", "An open-label trial enrolled 81 patients with active and refractory lupus "
          "nephritis.³", "3"),
    claim("e7", "Within 12 months, 60.5% (49/81) of the patients achieved renal remission, and "
          "renal BILAG scores declined significantly.³", "3"),
    claim("e8", "The trial also showed that MSC transplantation permanently cured lupus nephritis "
          "in most patients.[3]", "3"),
    claim("e9", "A randomised trial reported that umbilical cord MSCs halved the rate of renal "
          "flares in lupus nephritis.[4]", "4"),
    claim("e10", "MSC therapy has been reported to be ineffective in some patients with SLE, which "
          "may be related to MSC- or patient-derived factors.[5]", "5"),
    claim("e11", "Figure 1 adapted from [5].", "5", kind="figure_credit"),
]


def judge_one(text: str, refs: list[ResolvedReference], *labels: str) -> Verdict:
    """The verdict on one claim citing `labels`, judged against `refs`."""
    from claimcheck.evidence import judge_claims

    [verdict] = judge_claims([claim("c", text, *labels)], refs)
    return verdict
