"""The report reshaped for templates: claims in article and risk order, references with problems."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from claimcheck.models import ClaimResult, Evidence, Flag, Reference, Report, ResolvedReference
from claimcheck.report.highlight import Paragraph, claim_spans, mark_terms, paragraphs
from claimcheck.report.triage import (
    STATUS_DISPLAY_ORDER,
    STATUS_MEANINGS,
    Problem,
    flag_label,
    needs_attention,
    ordered_by_risk,
    reference_problems,
    risk_rank,
    status_label,
    strength_name,
    summarize,
)

_PMCID = re.compile(r"PMC\d+")
_CJK = re.compile(r"[\u3400-\u9fff]")

ROLE_LABELS: dict[str, str] = {
    "supports": "supports the claim",
    "contradicts": "contradicts the claim",
    "related": "related",
    "misattributed": "found in another reference",
    "retracted": "from a retracted source",
}


def pubmed_url(pmid: str | None) -> str | None:
    return f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" if pmid and pmid.isdigit() else None


def pmc_url(pmcid: str | None) -> str | None:
    if pmcid and _PMCID.fullmatch(pmcid):
        return f"https://pmc.ncbi.nlm.nih.gov/articles/{pmcid}/"
    return None


def doi_url(doi: str | None) -> str | None:
    return f"https://doi.org/{quote(doi, safe='/:;()._-<>')}" if doi and doi.startswith("10.") else None


@dataclass
class EvidenceView:
    evidence: Evidence
    pieces: list[tuple[str, str]]
    role_label: str
    pubmed_url: str | None
    pmc_url: str | None


@dataclass
class ReferenceView:
    label: str
    cited: Reference | None
    resolved: ResolvedReference | None
    problems: list[Problem]
    title: str
    pubmed_url: str | None
    pmc_url: str | None
    doi_url: str | None
    citing: list[ClaimView] = field(default_factory=list)

    @property
    def cited_text(self) -> str:
        """The printed reference without its leading "[1]" or "1." label."""
        raw = self.cited.raw.strip() if self.cited else ""
        for prefix in (f"[{self.label}]", f"{self.label}.", f"{self.label} "):
            if raw.startswith(prefix):
                return raw[len(prefix):].strip()
        return raw

    @property
    def worst(self) -> str:
        """"error", "warning" or "" — the most serious problem, for colouring the row."""
        severities = {p.severity for p in self.problems}
        return "error" if "error" in severities else ("warning" if severities else "")


@dataclass
class FlagView:
    code: str
    label: str
    detail: str
    reference: str | None
    compared: Flag | None = None  # an overstatement flag: the claim's and source's quotes

    @property
    def claim_strength(self) -> str:
        return strength_name(self.compared.claim_strength if self.compared else None)

    @property
    def source_strength(self) -> str:
        return strength_name(self.compared.source_strength if self.compared else None)


@dataclass
class ClaimView:
    index: int
    anchor: str
    claim: ClaimResult
    label: str
    rank: int
    attention: bool
    evidence: list[EvidenceView]
    flags: list[FlagView]
    references: list[ReferenceView] = field(default_factory=list)
    placed: bool = True
    number: int = 0  # 1-based position in risk order

    @property
    def line(self) -> int | None:
        return self.claim.location.line if self.claim.location else None

    @property
    def where(self) -> str | None:
        """"line 12" in a text file, "paragraph 3" in a .docx (which has no lines)."""
        location = self.claim.location
        if location is None:
            return None
        return f"line {location.line}" if location.line is not None \
            else f"paragraph {location.paragraph + 1}"

    @property
    def override_label(self) -> str | None:
        override = self.claim.override
        return status_label(override.status) if override else None


def build_context(report: Report) -> dict[str, Any]:
    """Everything the Markdown and HTML templates need, computed once."""
    refs = _reference_views(report)
    by_label = {ref.label: ref for ref in refs}
    claims = [_claim_view(i, claim, by_label) for i, claim in enumerate(report.claims)]
    spans, unplaced = claim_spans(report.article_text, report.claims)
    for index in unplaced:
        claims[index].placed = False
    ordered_claims = ordered_by_risk(report.claims)
    position = {id(claim): n for n, claim in enumerate(ordered_claims)}
    ordered = sorted(claims, key=lambda view: position[id(view.claim)])
    for number, view in enumerate(ordered, start=1):
        view.number = number
    counts = summarize(report.claims)
    article: list[Paragraph] = paragraphs(report.article_text, spans)
    return {
        "report": report,
        "claims": claims,
        "ordered": ordered,
        "attention": [view for view in ordered if view.attention],
        "settled": [view for view in ordered if not view.attention],
        "unplaced": [claims[i] for i in unplaced],
        "paragraphs": article,
        "references": refs,
        "problem_refs": [ref for ref in refs if ref.problems],
        "counts": [(s, status_label(s), counts[s]) for s in STATUS_DISPLAY_ORDER if counts.get(s)],
        "all_statuses": [(s, status_label(s), STATUS_MEANINGS[s]) for s in STATUS_DISPLAY_ORDER],
        "count_of": counts,
        "article_lang": "zh" if _CJK.search(report.article_text) else "en",
        "total": len(report.claims),
    }


def _claim_view(index: int, claim: ClaimResult, refs: dict[str, ReferenceView]) -> ClaimView:
    evidence = [
        EvidenceView(
            evidence=ev,
            pieces=mark_terms(ev.text, ev.matched, ev.mismatched),
            role_label=ROLE_LABELS.get(ev.role, ev.role),
            pubmed_url=pubmed_url(ev.pmid),
            pmc_url=pmc_url(ev.pmcid),
        )
        for ev in claim.evidence
    ]
    flags = [FlagView(f.code, flag_label(f.code), f.detail, f.label,
                      f if f.claim_strength is not None else None) for f in claim.flags]
    view = ClaimView(
        index=index,
        anchor=f"claim-{index + 1}",
        claim=claim,
        label=status_label(claim.status),
        rank=risk_rank(claim),
        attention=needs_attention(claim),
        evidence=evidence,
        flags=flags,
    )
    for label in claim.citations:
        ref = refs.get(label)
        if ref is not None:
            view.references.append(ref)
            ref.citing.append(view)
    return view


def _reference_views(report: Report) -> list[ReferenceView]:
    cited = {ref.label: ref for ref in report.cited}
    resolved = {ref.label: ref for ref in report.references}
    labels = list(cited) + [label for label in resolved if label not in cited]
    views = []
    for label in labels:
        printed, found = cited.get(label), resolved.get(label)
        record = found.record if found else None
        title = (record.title if record and record.title else None) or (
            printed.title if printed and printed.title else ""
        )
        views.append(
            ReferenceView(
                label=label,
                cited=printed,
                resolved=found,
                problems=reference_problems(found) if found else [],
                title=title,
                pubmed_url=pubmed_url(found.pmid if found else None),
                pmc_url=pmc_url(found.pmcid if found else None),
                doi_url=doi_url(found.doi if found else None),
            )
        )
    return views
